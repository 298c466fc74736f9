"""The Problems dock lists validation live, and takes the marketer to the card concerned."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from designer.model.validation import Problem, Severity
from designer.ui.problems_dock import CARD_ROLE, ProblemsDock, summary

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture
def live_chat_mid_branch(tmp_path: Path) -> Path:
    """The example with a link leaving its Live Chat card: the seed's classic mistake."""
    data = json.loads((EXAMPLES / "talk-to-sales.json").read_text(encoding="utf-8"))
    data["edges"].append({"from": "sales-chat", "branch": "next", "to": "offline-note"})
    path = tmp_path / "live-chat-mid-branch.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def rows(dock: ProblemsDock) -> list[tuple[str, str, str]]:
    tree = dock.tree
    return [
        tuple(tree.topLevelItem(i).text(c) for c in range(3))  # type: ignore[misc]
        for i in range(tree.topLevelItemCount())
    ]


def test_summary_counts_errors_and_warnings():
    error = Problem("dead-end", Severity.ERROR, "a", "x")
    warning = Problem("unreachable", Severity.WARNING, "b", "y")
    assert summary([]) == "No problems"
    assert summary([error]) == "1 error"
    assert summary([error, error, warning]) == "2 errors, 1 warning"
    assert summary([warning, warning]) == "2 warnings"


def test_a_clean_dialog_says_so(main_window):
    dock = main_window.problems
    assert dock.objectName() == "problems"
    assert dock.windowTitle() == "Problems"
    assert rows(dock)[0][0].startswith("No problems")
    assert not dock.tree.topLevelItem(0).flags() & Qt.ItemFlag.ItemIsEnabled


def test_live_chat_with_an_outgoing_link_is_flagged_on_card_and_in_the_list(
    qtbot, main_window, live_chat_mid_branch
):
    assert main_window.files.open_path(live_chat_mid_branch, ask=False)
    controller = main_window.controller
    codes = [p.code for p in controller.problems_for("sales-chat")]
    assert "live-chat-not-last" in codes
    item = main_window.view.dialog_scene().card_item("sales-chat")
    assert "must be the last card of its branch" in item.tooltip_text()  # the badge's sentence

    dock = main_window.problems
    listed = rows(dock)
    row = next(i for i, r in enumerate(listed) if r[2] == "live-chat-not-last")
    assert listed[row][0] == "Chat with sales"
    assert "last card of its branch" in listed[row][1]
    assert "1 error" in dock.windowTitle()
    assert main_window.problem_label.text() == summary(controller.problems)

    # clicking the row selects the card and brings it to the middle of the canvas
    view = main_window.view
    view.zoom_reset()
    view.centerOn(view.dialog_scene().card_item("welcome"))
    tree_item = dock.tree.topLevelItem(row)
    assert tree_item.data(0, CARD_ROLE) == "sales-chat"
    with qtbot.waitSignal(controller.focusRequested) as focused:
        rect = dock.tree.visualItemRect(tree_item)
        qtbot.mouseClick(dock.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert focused.args == ["sales-chat"]
    assert view.dialog_scene().selected_card_ids() == ["sales-chat"]
    centre = view.mapToScene(view.viewport().rect().center())
    assert item.sceneBoundingRect().adjusted(-2, -2, 2, 2).contains(centre)


def test_the_list_follows_edits_live(qtbot, main_window):
    controller = main_window.controller
    dock = main_window.problems
    controller.disconnect_port("browse", "next")
    # the card leads nowhere (error); once the marketer pauses, the paths are walked
    # again and the End after it shows as cut off (warning)
    qtbot.waitUntil(lambda: [r[2] for r in rows(dock)] == ["dead-end", "unreachable"])
    assert [r[0] for r in rows(dock)] == ["Just browsing", "End"]
    assert dock.windowTitle() == "Problems — 1 error, 1 warning"
    assert main_window.problem_label.text() == "1 error, 1 warning"
    controller.undo_stack.undo()
    qtbot.waitUntil(lambda: dock.windowTitle() == "Problems")
    assert main_window.problem_label.text() == "No problems"


def test_dialog_wide_problems_have_no_card_to_focus(qtbot, main_window):
    controller = main_window.controller
    controller.new_document()
    main_window.add_card_in_view("message")
    controller.set_start(None)
    qtbot.waitUntil(lambda: any(p.code == "no-start" for p in controller.problems))
    dock = main_window.problems
    row = next(i for i, r in enumerate(rows(dock)) if r[2] == "no-start")
    assert rows(dock)[row][0] == "(the dialog)"
    emitted: list[str] = []
    controller.focusRequested.connect(emitted.append)
    dock.tree.itemClicked.emit(dock.tree.topLevelItem(row), 0)
    assert emitted == []
    controller.undo_stack.setClean()


def test_an_edit_replaces_only_the_rows_it_changed(qtbot, main_window):
    controller = main_window.controller
    dock = main_window.problems
    for edge in list(controller.document.edges())[:4]:
        controller.disconnect_port(edge.source, edge.port)
    controller.revalidate()
    assert len(rows(dock)) >= 4
    renamed = controller.problems[0].card_id
    kept = {
        dock.tree.topLevelItem(i).text(1): dock.tree.topLevelItem(i)
        for i in range(dock.tree.topLevelItemCount())
        if dock.tree.topLevelItem(i).data(0, CARD_ROLE) != renamed
    }
    controller.update_card(renamed, title="Renamed card")
    qtbot.waitUntil(lambda: any("Renamed card" in r[1] for r in rows(dock)))
    controller.revalidate()
    # the list says exactly what validation says, in its order...
    assert [r[1] for r in rows(dock)] == [p.message for p in controller.problems]
    # ...and the rows of the other cards are the very same items as before
    for i in range(dock.tree.topLevelItemCount()):
        item = dock.tree.topLevelItem(i)
        if item.text(1) in kept:
            assert item is kept[item.text(1)]
