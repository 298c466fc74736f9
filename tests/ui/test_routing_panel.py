"""The routing-options panel: real clicks change the Live Chat card's routing in the model."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QRadioButton

from designer.model.routing import AgentRouting, CustomRules, RoundRobin, Rule, TeamRouting
from designer.model.validation import AgentInfo, StaticDirectory
from designer.store import Workspace
from designer.ui.routing_panel import RoutingPanel

CARD = "sales-chat"


@pytest.fixture
def panel(qtbot, controller, workspace) -> RoutingPanel:
    widget = RoutingPanel(controller, lambda: workspace)
    qtbot.addWidget(widget)
    widget.resize(420, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.show_card(CARD)
    return widget


def routing(controller):
    return controller.document.card(CARD).routing


def radio(panel: RoutingPanel, option: str) -> QRadioButton:
    found = panel.findChild(QRadioButton, f"routing-{option}")
    assert found is not None
    return found


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def choose(qtbot, combo: QComboBox, value: str) -> None:
    """Walk the closed combo with the arrow keys to ``value``, as a keyboard user does."""
    target = combo.findData(value)
    assert target >= 0, f"{value!r} is not offered"
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)


def test_each_option_by_clicking(qtbot, panel, controller):
    assert radio(panel, "custom_rules").isChecked()
    click(qtbot, radio(panel, "round_robin"))
    assert routing(controller) == RoundRobin()
    assert panel.agent_picker.isHidden() and panel.rules.isHidden()

    click(qtbot, radio(panel, "agent"))
    assert routing(controller) == AgentRouting(agent="ana@acme.example")  # first who may chat
    assert not panel.agent_picker.isHidden()
    choose(qtbot, panel.agent_picker, "sam.rivera@acme.example")
    assert routing(controller) == AgentRouting(agent="sam.rivera@acme.example")

    click(qtbot, radio(panel, "team"))
    assert routing(controller) == TeamRouting(team="EMEA")
    assert panel.team_picker.currentData() == "EMEA"

    click(qtbot, radio(panel, "custom_rules"))
    assert routing(controller) == CustomRules(rules=[Rule(criteria=[], team="EMEA")])
    assert len(panel.rules.rows) == 1

    controller.undo_stack.undo()
    assert routing(controller) == TeamRouting(team="EMEA")
    assert radio(panel, "team").isChecked()


def test_switching_from_rules_to_agent_keeps_the_rules_agent(qtbot, panel, controller):
    click(qtbot, radio(panel, "agent"))
    assert routing(controller) == AgentRouting(agent="sam.rivera@acme.example")


def test_agent_picker_marks_who_lacks_the_live_chat_permission(qtbot, panel):
    click(qtbot, radio(panel, "agent"))
    picker = panel.agent_picker
    texts = {picker.itemData(i): picker.itemText(i) for i in range(picker.count())}
    assert texts["bo@acme.example"] == "Bo <bo@acme.example> — no Live Chat permission"
    assert texts["ana@acme.example"] == "Ana <ana@acme.example>"
    bo = picker.findData("bo@acme.example")
    assert not picker.itemIcon(bo).isNull()
    assert "permission" in picker.itemData(bo, Qt.ItemDataRole.ToolTipRole)


def test_rules_add_reorder_remove_follow_the_model(qtbot, panel, controller):
    click(qtbot, panel.add_rule)
    rules = routing(controller).rules
    assert len(rules) == 3
    assert rules[2] == Rule(criteria=[], team="EMEA")
    click(qtbot, panel.rules.rows[2].up)
    assert routing(controller).rules[1] == Rule(criteria=[], team="EMEA")
    assert routing(controller).rules[2].agent == "sam.rivera@acme.example"
    click(qtbot, panel.rules.rows[0].remove)
    rules = routing(controller).rules
    assert [r.target() for r in rules] == ["team EMEA", "agent sam.rivera@acme.example"]
    assert len(panel.rules.rows) == 2


def test_a_rules_criteria_and_target_are_edited_in_the_row(qtbot, panel, controller):
    row = panel.rules.rows[1]
    value = row.criteria.rows.rows[0].value
    value.setFocus()
    value.selectAll()
    qtbot.keyClicks(value, "US, CA")
    criterion = routing(controller).rules[1].criteria[0]
    assert criterion.value == "US, CA"  # "is" keeps one text; switch to "is one of" for a list
    operator = row.criteria.rows.rows[0].operator
    choose(qtbot, operator, "one_of")
    assert routing(controller).rules[1].criteria[0].value == ["US", "CA"]
    choose(qtbot, row.kind, "team")
    assert routing(controller).rules[1] == Rule(
        criteria=routing(controller).rules[1].criteria, team="EMEA"
    )
    choose(qtbot, row.kind, "agent")
    choose(qtbot, row.target, "lea@acme.example")
    assert routing(controller).rules[1].agent == "lea@acme.example"


def test_a_shadowed_rule_shows_the_warning_next_to_it(qtbot, panel, controller):
    click(qtbot, panel.add_rule)  # a rule for every visitor, last: harmless
    qtbot.waitUntil(lambda: len(panel.rules.rows) == 3)
    assert all(row.warning.isHidden() for row in panel.rules.rows)
    click(qtbot, panel.rules.rows[2].up)
    click(qtbot, panel.rules.rows[1].up)  # now first: it takes every visitor
    rows = panel.rules.rows
    qtbot.waitUntil(lambda: not rows[1].warning.isHidden())
    assert rows[0].warning.isHidden()
    assert "Rule 2 of 'Chat with sales' can never match" in rows[1].warning.text()
    assert "Rule 3" in rows[2].warning.text() and not rows[2].warning.isHidden()
    click(qtbot, rows[0].down)
    click(qtbot, rows[1].down)
    qtbot.waitUntil(lambda: all(row.warning.isHidden() for row in panel.rules.rows))


def test_routing_problems_without_a_rule_show_under_the_options(qtbot, panel, controller):
    controller.set_directory(
        StaticDirectory(
            [AgentInfo("ana@acme.example", "Ana", True), AgentInfo("bo@acme.example", "Bo", False)],
            {"EMEA": ["ana@acme.example"]},
        )
    )
    click(qtbot, radio(panel, "agent"))
    choose(qtbot, panel.agent_picker, "bo@acme.example")
    qtbot.waitUntil(lambda: not panel.notes.isHidden())
    assert "does not hold the Live" in panel.notes.text()


def test_an_empty_workspace_still_lets_the_options_work(qtbot, controller, tmp_path):
    empty = Workspace.open(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    try:
        panel = RoutingPanel(controller, lambda: empty)
        qtbot.addWidget(panel)
        panel.show_card(CARD)
        click(qtbot, radio(panel, "agent"))  # the rules named Sam: kept
        assert routing(controller) == AgentRouting(agent="sam.rivera@acme.example")
        picker = panel.agent_picker
        texts = [picker.itemText(i) for i in range(picker.count())]
        assert texts[0] == "No agents in the workspace — Manage agents…"
        assert not picker.model().item(0).isEnabled()
        assert texts[1] == "sam.rivera@acme.example — not in this workspace"
        click(qtbot, radio(panel, "round_robin"))
        assert routing(controller) == RoundRobin()
        click(qtbot, radio(panel, "team"))  # nobody to name: explained, nothing changes
        assert routing(controller) == RoundRobin()
        assert radio(panel, "round_robin").isChecked()
        assert "no teams" in panel.error.text()
    finally:
        empty.close()


def test_no_workspace_disables_managing(qtbot, controller):
    panel = RoutingPanel(controller, lambda: None)
    qtbot.addWidget(panel)
    panel.show_card(CARD)
    assert not panel.manage.isEnabled()
    assert panel.rules.rows  # the document's rules are shown all the same


def test_a_card_without_routing_shows_nothing(qtbot, controller, workspace):
    panel = RoutingPanel(controller, lambda: workspace)
    qtbot.addWidget(panel)
    panel.show_card("welcome")
    assert panel.card_id is None and not panel.isEnabled()


def test_the_workspace_dialog_changes_reach_the_pickers(qtbot, panel, workspace):
    panel.open_workspace_dialog()
    from designer.ui.workspace_dialog import WorkspaceDialog

    dialog = panel.window().findChild(WorkspaceDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.new_name.setText("Zoé")
    dialog.new_email.setText("zoe@acme.example")
    with qtbot.waitSignal(dialog.changed):
        click(qtbot, dialog.add_agent)
    click(qtbot, radio(panel, "agent"))
    assert panel.agent_picker.findData("zoe@acme.example") >= 0
    dialog.close()


def test_an_agent_with_a_picture_shows_it_as_the_icon(qtbot, controller, workspace, tmp_path):
    from PySide6.QtGui import QColor, QPixmap

    picture = tmp_path / "ana.png"
    pixmap = QPixmap(32, 32)
    pixmap.fill(QColor("teal"))
    assert pixmap.save(str(picture))
    workspace.edit_agent("ana@acme.example", avatar=picture)
    panel = RoutingPanel(controller, lambda: workspace)
    qtbot.addWidget(panel)
    panel.show_card(CARD)
    click(qtbot, radio(panel, "agent"))
    picker = panel.agent_picker
    ana = picker.findData("ana@acme.example")
    lea = picker.findData("lea@acme.example")
    assert not picker.itemIcon(ana).isNull()
    assert picker.itemIcon(lea).isNull()  # no picture, permission held: no marker
