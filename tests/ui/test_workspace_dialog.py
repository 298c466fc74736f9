"""The Agents and teams dialog edits the workspace database and says why when it cannot."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QSpinBox

from designer.ui.workspace_dialog import EMAIL, LIVE_CHAT, MAX, NAME, STATUS, WorkspaceDialog


@pytest.fixture
def dialog(qtbot, workspace) -> WorkspaceDialog:
    widget = WorkspaceDialog(workspace)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_lists_the_workspace(dialog):
    emails = [dialog.table.item(r, EMAIL).text() for r in range(dialog.table.rowCount())]
    assert emails == [
        "ana@acme.example",
        "bo@acme.example",
        "lea@acme.example",
        "sam.rivera@acme.example",
    ]
    assert dialog.table.item(0, 6).text() == "EMEA"
    assert [dialog.team_list.item(i).text() for i in range(dialog.team_list.count())] == ["EMEA"]


def test_add_an_agent(qtbot, dialog, workspace):
    qtbot.keyClicks(dialog.new_name, "Zoe Martin")
    qtbot.keyClicks(dialog.new_email, "zoe@acme.example")
    with qtbot.waitSignal(dialog.changed):
        click(qtbot, dialog.add_agent)
    agent = workspace.agent("zoe@acme.example")
    assert agent is not None and agent.name == "Zoe Martin" and agent.live_chat
    assert dialog.row_of("zoe@acme.example") >= 0
    assert dialog.new_email.text() == ""


def test_a_duplicate_email_shows_the_sentence(qtbot, dialog, workspace):
    qtbot.keyClicks(dialog.new_name, "Ana again")
    qtbot.keyClicks(dialog.new_email, "ANA@acme.example")
    with qtbot.assertNotEmitted(dialog.changed):
        click(qtbot, dialog.add_agent)
    assert dialog.error.showing
    assert "An agent with email ana@acme.example already exists" in dialog.error.text()
    assert len(workspace.list_agents()) == 4
    assert dialog.new_email.text() == "ANA@acme.example"  # kept to be fixed


def test_grant_and_revoke_live_chat(qtbot, dialog, workspace):
    row = dialog.row_of("bo@acme.example")
    box = dialog.cell(row, LIVE_CHAT, QCheckBox)
    assert not box.isChecked()
    with qtbot.waitSignal(dialog.changed):
        click(qtbot, box)
    assert workspace.agent("bo@acme.example").live_chat
    box = dialog.cell(dialog.row_of("bo@acme.example"), LIVE_CHAT, QCheckBox)
    click(qtbot, box)
    assert not workspace.agent("bo@acme.example").live_chat
    assert not box.isChecked()


def test_edit_status_limit_and_name(qtbot, dialog, workspace):
    row = dialog.row_of("lea@acme.example")
    status = dialog.cell(row, STATUS, QComboBox)
    status.setCurrentIndex(status.findData("away"))
    status.activated.emit(status.currentIndex())
    dialog.cell(row, MAX, QSpinBox).setValue(8)
    dialog.table.item(row, NAME).setText("Léa Dubois")
    agent = workspace.agent("lea@acme.example")
    assert (agent.status, agent.max_chats, agent.name) == ("away", 8, "Léa Dubois")


def test_a_refused_email_edit_is_explained_and_undone_in_the_table(qtbot, dialog, workspace):
    row = dialog.row_of("bo@acme.example")
    dialog.table.item(row, EMAIL).setText("not an email")
    assert "not a valid email address" in dialog.error.text()
    assert dialog.table.item(row, EMAIL).text() == "bo@acme.example"
    assert workspace.agent("bo@acme.example") is not None


def test_remove_an_agent_after_confirming(qtbot, dialog, workspace, monkeypatch):
    monkeypatch.setattr(dialog, "confirm", lambda question: "bo@acme.example" in question)
    dialog.table.selectRow(dialog.row_of("bo@acme.example"))
    click(qtbot, dialog.remove_agent)
    assert workspace.agent("bo@acme.example") is None
    assert dialog.row_of("bo@acme.example") == -1


def test_teams_and_members(qtbot, dialog, workspace, monkeypatch):
    assert dialog.selected_team() == "EMEA"
    assert dialog.members.count() == 2
    dialog.member_picker.setCurrentIndex(dialog.member_picker.findData("sam.rivera@acme.example"))
    with qtbot.waitSignal(dialog.changed):
        click(qtbot, dialog.add_member)
    assert workspace.team("EMEA").members == (
        "ana@acme.example",
        "lea@acme.example",
        "sam.rivera@acme.example",
    )
    assert "EMEA" in dialog.table.item(dialog.row_of("sam.rivera@acme.example"), 6).text()
    dialog.members.setCurrentRow(0)
    click(qtbot, dialog.remove_member)
    assert workspace.team("EMEA").members == ("lea@acme.example", "sam.rivera@acme.example")

    qtbot.keyClicks(dialog.new_team, "Americas")
    click(qtbot, dialog.findChild(type(dialog.add_member), "add-team"))
    assert workspace.team("Americas") is not None
    assert dialog.selected_team() == "Americas"
    assert dialog.members.count() == 0
    qtbot.keyClicks(dialog.new_team, "emea")
    qtbot.keyClick(dialog.new_team, Qt.Key.Key_Return)
    assert dialog.error.text().startswith("A team named 'EMEA' already exists")
    assert dialog.selected_team() == "Americas"
    monkeypatch.setattr(dialog, "confirm", lambda question: True)
    click(qtbot, dialog.remove_team)
    assert workspace.team("Americas") is None
    assert [t.name for t in workspace.list_teams()] == ["EMEA"]
