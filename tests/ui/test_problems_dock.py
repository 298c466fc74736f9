"""The Problems dock lists validation live, and takes the marketer to the card concerned.

In French, the list, the card tooltips, the export warning and the routing panel
word every problem in French, from the same templates the command line fills in English.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from designer.model.routing import AgentRouting, CustomRules, Rule
from designer.model.validation import AgentInfo, Problem, Severity, StaticDirectory
from designer.ui import translations
from designer.ui.plain_text import as_plain_tooltip
from designer.ui.problem_text import problem_text
from designer.ui.problems_dock import CARD_ROLE, ProblemsDock, summary
from designer.ui.routing_panel import RoutingPanel

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


# --- in the marketer's language -------------------------------------------------------------

NBSP = "\u00a0"  # French puts one inside « » and before a colon


def quoted(text: str) -> str:
    return f"«{NBSP}{text}{NBSP}»"


@pytest.fixture
def french(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """French installed for one test (compiled into a per-test cache), English again after."""
    monkeypatch.setattr(translations, "cache_dir", lambda: tmp_path / "qm-cache")
    assert translations.install_translators("fr") == "fr"
    yield
    translations.remove_translators()


def test_in_french_the_list_and_the_card_say_each_problem_in_french(french, qtbot, main_window):
    controller = main_window.controller
    controller.update_card("ask-sales", answers=[])  # a Question visitors cannot answer
    booking = controller.add_card("meeting_booking", 0.0, 0.0)
    controller.update_card(booking, title="Book a demo")
    controller.revalidate()
    dock = main_window.problems
    listed = rows(dock)
    row = next(i for i, r in enumerate(listed) if r[2] == "no-answers")
    said = (
        f"{quoted('Want to talk to sales?')} n'a aucune réponse{NBSP}: ajoutez des boutons de "
        "réponse ou laissez les visiteurs taper leur réponse."
    )
    # the marketer's title and the code the command line prints stay as they are
    assert listed[row] == ("Want to talk to sales?", said, "no-answers")
    assert dock.tree.topLevelItem(row).toolTip(1) == as_plain_tooltip(said)
    assert not {r[1] for r in listed} & {p.message for p in controller.problems}  # no English
    # a Meeting booking card's fixed exits are named as on the canvas
    exits = sorted(r[1] for r in listed if r[2] == "dead-end")
    assert exits == [
        f"L'issue {quoted(name)} de {quoted('Book a demo')} ne mène nulle part{NBSP}: reliez-la "
        "à une carte, ou à une carte Fin."
        for name in ("Aucun créneau", "Rendez-vous pris")
    ]
    # hovering the card's badge says the same sentence
    item = main_window.view.dialog_scene().card_item("ask-sales")
    assert item.tooltip_text() == as_plain_tooltip(f"Erreur{NBSP}: {said}")


def test_in_french_the_export_warning_lists_the_errors_in_french(french, main_window, boxes):
    main_window.controller.set_start(None)
    main_window.exports.actions["markdown"].trigger()  # the boxes answer Cancel
    ((kind, _title, text),) = boxes.asked
    assert kind == "question"
    assert (
        f"• Le dialogue n'a pas de carte de départ{NBSP}: choisissez la carte que les visiteurs "
        "voient en premier." in text
    )
    assert "no start card" not in text


def test_in_french_the_routing_panel_words_its_problems_in_french(french, qtbot, controller):
    controller.set_directory(
        StaticDirectory([AgentInfo("bo@acme.example", "Bo", False)], {"EMEA": []})
    )
    panel = RoutingPanel(controller, lambda: None)
    qtbot.addWidget(panel)
    controller.update_card("sales-chat", routing=AgentRouting(agent="bo@acme.example"))
    controller.revalidate()
    panel.show_card("sales-chat")
    assert panel.notes.text() == (
        f"⚠ {quoted('Chat with sales')} envoie les visiteurs à l'agent "
        f"{quoted('bo@acme.example')}, qui n'a pas l'autorisation Chat en direct{NBSP}: "
        "accordez-la-lui ou choisissez un autre agent."
    )
    rules = CustomRules(rules=[Rule(team="EMEA"), Rule(agent="ghost@acme.example")])
    controller.update_card("sales-chat", routing=rules)
    controller.revalidate()
    assert panel.rule_problems(1) == [  # beside the rule, numbers and names in place
        f"La règle 2 de {quoted('Chat with sales')} envoie les visiteurs à l'agent "
        f"{quoted('ghost@acme.example')}, qui n'est pas dans cet espace de travail{NBSP}: "
        "ajoutez cet agent ou choisissez-en un autre.",
        f"La règle 2 de {quoted('Chat with sales')} ne peut jamais s'appliquer, car la règle 1 "
        f"prend déjà tous ses visiteurs{NBSP}: placez la règle 2 au-dessus de la règle 1, ou "
        "restreignez la règle 1.",
    ]


def test_without_a_translation_the_sentence_is_the_command_lines(qapp):
    """English (no catalogue) fills the template into exactly the message the CLI prints."""
    ask = Problem("no-answers", Severity.ERROR, "q", "'Q' has no answers: add some.")
    assert problem_text(ask) == ask.message  # made by hand: no template to translate


def test_the_sentence_takes_the_room_and_no_code_is_cut(qtbot, main_window, live_chat_mid_branch):
    """At the default window size the fix sentence is what gets the width, not the code."""
    main_window.resize(1440, 900)
    assert main_window.files.open_path(live_chat_mid_branch, ask=False)
    dock = main_window.problems
    dock.show()
    tree = dock.tree
    qtbot.waitUntil(lambda: tree.viewport().width() > 1000)
    card, sentence, code = (tree.columnWidth(c) for c in range(3))
    assert sentence > card + code
    assert card + sentence + code <= tree.viewport().width() + 1  # no sideways scrolling
    metrics = tree.fontMetrics()
    longest = max(rows(dock), key=lambda r: metrics.horizontalAdvance(r[2]))[2]
    assert code > metrics.horizontalAdvance("no-info-capture-before-live-chat")
    assert code > metrics.horizontalAdvance(longest)
    main_window.resize(1800, 900)  # a wider window widens the sentence, not the code
    qtbot.waitUntil(lambda: tree.columnWidth(1) > sentence)
    assert tree.columnWidth(2) == code
