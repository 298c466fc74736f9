"""The Simulation dock: runs without freezing the window, matches the engine, heat, CSV, keep.

The runner is QTimer-driven (see ``designer.ui.simulation.runner``), so these
tests need no asyncio loop; one thin test runs it inside qasync's loop as the
app does. Nothing sleeps: every wait is ``qtbot.waitUntil``.
"""

from __future__ import annotations

import asyncio
import csv
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QStyleOptionViewItem

from designer.engine.profiles import DEFAULT_MIX, ProfileMix, load_profile_mix
from designer.engine.simulation import Simulator
from designer.engine.workspace_view import people_of
from designer.errors import DesignerError
from designer.ui.simulation.mix_editor import MixEditor
from designer.ui.simulation.results import heat_maps
from designer.ui.simulation.runner import SimulationRunner
from designer.ui.workspace_access import WorkspaceAccess

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
CHARTED = (
    "assignments_per_agent",
    "assignments_per_team",
    "fallbacks_by_reason",
    "safety_net_by_reason",
    "drop_offs_per_card",
)


@pytest.fixture
def window(qtbot, controller, boxes, workspace, tmp_path):
    """A main window on the example whose workspace has Ana, Léa, Sam Rivera, Bo and EMEA."""
    from designer.ui.main_window import MainWindow

    win = MainWindow(controller, WorkspaceAccess(f"sqlite:///{tmp_path / 'workspace.sqlite3'}"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.simulation.open_panel()
    yield win
    win.controller.undo_stack.setClean()
    win.close()


@pytest.fixture
def dock(window):
    return window.simulation


def engine_report(window, visitors: int, seed: int, mix: ProfileMix = DEFAULT_MIX) -> Simulator:
    """The same simulation straight through the engine, as ``designer simulate`` runs it."""
    people = people_of(window.workspace_access.workspace())
    sim = Simulator(
        window.controller.document.to_dialog(),
        people.agents,
        people.teams,
        visitors=visitors,
        mix=mix,
        seed=seed,
        default_fallback=people.fallback,
        **people.routing(),
    )
    sim.run()
    return sim


def run_and_wait(qtbot, dock, visitors: int = 1000, seed: int = 0) -> dict:
    dock.visitors.setValue(visitors)
    dock.seed.setValue(seed)
    qtbot.mouseClick(dock.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dock.results is not None, timeout=60_000)
    return dock.results


# --- running -----------------------------------------------------------------------------------


def test_ten_thousand_visitors_run_while_the_ui_keeps_processing_events(qtbot, window, dock):
    ticks = {"during": 0}
    progress_seen: list[int] = []

    def tick() -> None:
        if dock.runner.running:
            ticks["during"] += 1
            progress_seen.append(dock.progress.value())

    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(tick)
    timer.start()
    try:
        results = run_and_wait(qtbot, dock, visitors=10_000, seed=7)
    finally:
        timer.stop()

    # the window's event loop turned between batches: the timer fired while progress advanced
    assert ticks["during"] > 5
    assert len(set(progress_seen)) > 3
    assert progress_seen == sorted(progress_seen) and 0 < max(progress_seen) <= 10_000
    assert dock.runner.batches > 3
    assert dock.progress.value() == 10_000
    assert dock.progress.text() == "10,000 of 10,000 visitors"
    assert dock.state.text().startswith("Done: 10,000 visitors in ")

    # what the panel holds and charts is exactly the engine's report for the same seed and mix
    expected = engine_report(window, 10_000, 7).report.to_dict()
    assert results == expected
    assert dock.report is not None and dock.report.to_dict() == expected
    charted = dock.page.chart_data()
    for key in CHARTED:
        assert charted[key] == expected[key], key
    assert sum(charted["assignments_per_agent"].values()) == expected["outcomes"]["live_chat"]
    labels = {b.label for b in dock.page.view.agents.bars()}
    assert labels == {"Ana", "Léa", "Sam Rivera"}  # names, not emails
    # Sam cannot take chats: the workspace's safety net (on by default) gives them to others
    assert expected["safety_net_by_reason"]
    assert any("Sam Rivera" in b.label for b in dock.page.view.safety_net.bars())
    assert dock.page.view.safety_net.isVisible()
    assert dock.page.view.summary.text().startswith("10,000 visitors: ")
    assert not dock.people_note.isVisible()


def test_cancel_stops_between_batches_and_shows_no_results(qtbot, dock):
    dock.visitors.setValue(100_000)
    qtbot.mouseClick(dock.run_button, Qt.MouseButton.LeftButton)
    assert dock.cancel_button.isEnabled() and not dock.run_button.isEnabled()
    qtbot.waitUntil(lambda: dock.progress.value() >= 500)
    qtbot.mouseClick(dock.cancel_button, Qt.MouseButton.LeftButton)

    stopped_at = dock.progress.value()
    assert 0 < stopped_at < 100_000
    assert not dock.runner.running
    for _ in range(20):
        QCoreApplication.processEvents()
    assert dock.progress.value() == stopped_at
    assert dock.results is None and dock.report is None
    assert dock.page.placeholder.isVisible() and not dock.page.view.isVisible()
    assert dock.state.text().startswith("Cancelled after ")
    assert "of 100,000 visitors; no results." in dock.state.text()
    assert dock.run_button.isEnabled() and not dock.cancel_button.isEnabled()


def test_a_stale_run_never_lands(qtbot, window, dock):
    dock.visitors.setValue(100_000)
    dock.run()
    qtbot.waitUntil(lambda: dock.progress.value() > 0)
    window.controller.open(EXAMPLES / "support-desk.json")  # another dialog: the run is dropped
    assert not dock.runner.running and dock.results is None
    assert dock.state.text() == ""
    # a late signal from the dropped run is ignored
    late = Simulator(window.controller.document.to_dialog(), [], {}, visitors=10)
    late.run()
    dock.runner.finished.emit(dock.runner.generation, late.report)
    assert dock.results is None

    run_and_wait(qtbot, dock, visitors=200)
    shown = dock.results
    dock.runner.finished.emit(dock.runner.generation - 1, late.report)
    assert dock.results is shown


def test_the_runner_also_works_inside_the_qasync_loop(qapp, window):
    """The app runs Qt under qasync's asyncio loop: batches and coroutines interleave."""
    import qasync

    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    runner = SimulationRunner()
    simulator = Simulator(window.controller.document.to_dialog(), [], {}, visitors=3000, seed=3)

    async def run() -> tuple[object, int]:
        done = loop.create_future()
        runner.finished.connect(lambda _g, report: done.done() or done.set_result(report))
        runner.start(simulator)
        turns = 0
        while not done.done():
            await asyncio.sleep(0)
            turns += 1
        return done.result(), turns

    try:
        report, turns = loop.run_until_complete(run())
    finally:
        loop.close()
        asyncio.set_event_loop(None)
    expected = Simulator(window.controller.document.to_dialog(), [], {}, visitors=3000, seed=3)
    assert report.to_dict() == expected.run().to_dict()
    assert turns > 1


# --- the heat overlay ------------------------------------------------------------------------


def test_heat_overlay_on_off_and_off_when_the_dialog_changes(qtbot, window, dock):
    results = run_and_wait(qtbot, dock, visitors=1000, seed=1)
    scene = window.view.dialog_scene()
    assert scene.card_heat("welcome") is None

    cards, links = heat_maps(results)
    assert cards == dict(dock.report.card_visits)
    assert links == dict(dock.report.edge_visits)

    dock.page.heat.setChecked(True)
    assert scene.card_heat("welcome") == (1.0, 1000)
    for card_id, visits in dock.report.card_visits.items():
        assert scene.card_heat(card_id)[1] == visits
    assert scene.edge_weight(("welcome", "next")) > 1.0

    dock.page.heat.setChecked(False)
    assert scene.card_heat("welcome") is None
    assert scene.edge_weight(("welcome", "next")) == 1.0

    dock.page.heat.setChecked(True)
    window.controller.update_card("browse", title="Browse the site")
    assert scene.card_heat("welcome") is None
    assert not dock.page.heat.isChecked() and not dock.page.heat.isEnabled()
    assert dock.page.stale
    assert "run again" in dock.page.source.text()

    run_and_wait(qtbot, dock, visitors=500)  # a fresh run is current again
    assert not dock.page.stale and dock.page.heat.isEnabled()


def test_opening_another_dialog_clears_results_and_heat(qtbot, window, dock):
    run_and_wait(qtbot, dock, visitors=300)
    dock.page.heat.setChecked(True)
    window.controller.open(EXAMPLES / "support-desk.json")
    assert dock.results is None
    assert window.view.dialog_scene().card_heat("welcome") is None


# --- export and keep -----------------------------------------------------------------------------


def test_export_csv_writes_one_section_per_table(qtbot, dock, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    results = run_and_wait(qtbot, dock, visitors=2000, seed=4)
    target = tmp_path / "out" / "talk-simulation.csv"
    target.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), ""))
    )
    qtbot.mouseClick(dock.page.export_button, Qt.MouseButton.LeftButton)

    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # so spreadsheets read UTF-8 names
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    titles = [r[0] for i, r in enumerate(rows) if r and i > 0 and not rows[i - 1]]
    assert titles == [
        "Outcomes",
        "Live chats per agent",
        "Live chats per team",
        "Custom rules matched",
        "Fallback messages by reason",
        "Drop-offs per card",
        "Dead ends per card",
        "Card visits",
        "Paths",
        "Round-robin order (first chats)",
    ]
    assert rows[1] == ["Visitors", "2000"] and rows[2] == ["Seed", "4"]
    start = rows.index(["Live chats per agent"])
    end = rows.index([], start)
    assert rows[start + 1] == ["Agent email", "Agent", "Chats", "Share of visitors"]
    agents = {r[0]: (r[1], int(r[2])) for r in rows[start + 2 : end]}
    assert {e: n for e, (_name, n) in agents.items()} == results["assignments_per_agent"]
    assert agents["lea@acme.example"][0] == "Léa"
    assert not list(target.parent.glob(".*.tmp"))  # the atomic write left nothing behind
    assert "exported" in dock.last_message


def test_keep_in_workspace_and_reopen_a_kept_run(qtbot, window, dock, workspace):
    kept_results = run_and_wait(qtbot, dock, visitors=800, seed=9)
    assert workspace.list_simulation_runs() == []
    qtbot.mouseClick(dock.page.keep_button, Qt.MouseButton.LeftButton)

    runs = workspace.list_simulation_runs()
    assert len(runs) == 1
    run = runs[0]
    assert (run.visitors, run.seed, run.results) == (800, 9, kept_results)
    assert run.dialog == str(window.controller.path)
    assert not dock.page.keep_button.isEnabled() and dock.page.keep_button.text() == "Kept"
    assert dock.kept_runs.run_ids() == [run.id]
    assert "800 visitors, seed 9" in dock.kept_runs.list.item(0).text()

    run_and_wait(qtbot, dock, visitors=400, seed=2)
    assert dock.results["visitors"] == 400 and dock.page.keep_button.isEnabled()

    dock.kept_runs.list.setCurrentRow(0)
    qtbot.mouseClick(dock.kept_runs.show_button, Qt.MouseButton.LeftButton)
    assert dock.results == kept_results
    charted = dock.page.chart_data()
    for key in CHARTED:
        assert charted[key] == kept_results[key]
    assert dock.page.source.text().startswith(f"Kept run {run.id}, ")
    assert not dock.page.keep_button.isEnabled()
    dock.page.heat.setChecked(True)  # a kept run draws the same heat from its stored paths
    scene = window.view.dialog_scene()
    assert scene.card_heat("welcome") == (1.0, 800)


# --- people --------------------------------------------------------------------------------------


def test_without_a_workspace_a_line_explains_that_every_live_chat_falls_back(
    qtbot, controller, boxes, tmp_path
):
    from designer.ui.main_window import MainWindow

    missing = tmp_path / "none" / "workspace.sqlite3"
    win = MainWindow(controller, WorkspaceAccess(f"sqlite:///{missing}"))
    qtbot.addWidget(win)
    win.show()
    dock = win.simulation
    dock.open_panel()
    assert dock.people_note.isVisible()
    assert "no agents" in dock.people_note.text()
    assert "Manage Agents and Teams" in dock.people_note.text()
    results = run_and_wait(qtbot, dock, visitors=500)
    assert "live_chat" not in results["outcomes"]
    # the example checks "agents online" first: with nobody, visitors get the offline note
    assert results["card_visits"]["offline-note"] > 0 and "sales-chat" not in results["card_visits"]
    assert dock.page.view.agents.bars() == []
    assert not missing.exists()  # looking for agents created no workspace
    win.close()


def test_a_dialog_without_start_card_or_a_bad_mix_does_not_run(dock, window):
    dock.mix_editor.table.setRowCount(0)
    assert not dock.run()
    assert "visitor profile" in dock.mix_editor.error.text()
    assert dock.tabs.currentWidget() is dock.mix_editor
    window.controller.new_document()
    assert not dock.run()
    assert "no start card" in dock.state.text()


def test_the_menus_open_the_dock(window):
    dock = window.simulation
    dock.hide()
    dialog_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Dialog")
    assert dock.show_action in dialog_menu.actions()
    dock.show_action.trigger()
    assert dock.isVisible()
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert dock.toggleViewAction() in view_menu.actions()


# --- the visitor mix -----------------------------------------------------------------------------


def test_the_mix_editor_round_trips_a_profile_mix_file(qtbot, tmp_path):
    editor = MixEditor()
    qtbot.addWidget(editor)
    assert editor.mix() == DEFAULT_MIX

    source = EXAMPLES / "simulation" / "profiles.json"
    assert editor.load(source)
    assert editor.mix() == load_profile_mix(source)
    assert editor.table.rowCount() == 4
    assert "Known fields: first_name = Camille" in editor.table.item(0, 0).toolTip()

    editor.table.item(0, 1).setData(Qt.ItemDataRole.EditRole, 5.0)  # weight
    # the drop rate is a 0-1 chance in files, a percentage on screen and in its spin box
    delegate = editor.table.itemDelegateForColumn(6)
    index = editor.table.model().index(1, 6)
    option = QStyleOptionViewItem()
    delegate.initStyleOption(option, index)
    assert option.text == "8%"
    spin = delegate.createEditor(editor.table.viewport(), option, index)
    delegate.setEditorData(spin, index)
    assert spin.value() == 8.0
    spin.setValue(25.0)
    delegate.setModelData(spin, editor.table.model(), index)
    editor.chat.setValue(12)
    editor.add_profile()
    editor.table.item(4, 2).setData(Qt.ItemDataRole.EditRole, "IT")
    saved = tmp_path / "mix.json"
    assert editor.save(saved)

    again = load_profile_mix(saved)
    assert again == editor.mix()
    assert again.chat_minutes == 12 and again.arrival_seconds == 20
    assert again.profiles[0].weight == 5 and again.profiles[1].drop_rate == 0.25
    assert again.profiles[0].answers == {"ask-sales": {"yes": 3, "no": 1}}  # kept, no column
    assert again.profiles[4].country == "IT" and again.profiles[4].region is None
    assert "region" not in json.loads(saved.read_text())["profiles"][4]

    editor.table.selectRow(4)
    editor.remove_selected()
    assert len(editor.mix().profiles) == 4


def test_a_bad_mix_file_shows_its_sentence_and_keeps_the_mix(qtbot, tmp_path):
    editor = MixEditor()
    qtbot.addWidget(editor)
    editor.show()
    before = editor.mix()

    broken = tmp_path / "broken.json"
    broken.write_text('{"profiles": [', encoding="utf-8")
    with pytest.raises(DesignerError) as expected:
        load_profile_mix(broken)
    assert not editor.load(broken)
    assert editor.error.isVisible()
    assert editor.error.text() == str(expected.value)
    assert "not valid JSON" in editor.error.text()
    assert editor.mix() == before

    wrong = tmp_path / "wrong.json"
    wrong.write_text('{"profiles": [{"name": "x", "drop_rate": 2}]}', encoding="utf-8")
    assert not editor.load(wrong)
    assert "$.profiles[0].drop_rate" in editor.error.text()

    assert editor.load(EXAMPLES / "simulation" / "profiles.json")
    assert not editor.error.isVisible()
