"""The Accounts tab maps email domains to agents, imports CSV files and explains refusals."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from designer.ui.workspace_accounts import AGENT, AGENT_EMAIL, DOMAIN
from designer.ui.workspace_dialog import WorkspaceDialog


@pytest.fixture
def dialog(qtbot, workspace) -> WorkspaceDialog:
    widget = WorkspaceDialog(workspace)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.tabs.setCurrentWidget(widget.accounts)
    return widget


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def shown(dialog: WorkspaceDialog) -> list[tuple[str, str, str]]:
    table = dialog.accounts.table
    return [
        tuple(table.item(row, column).text() for column in (DOMAIN, AGENT, AGENT_EMAIL))
        for row in range(table.rowCount())
    ]


def choose_file(monkeypatch, path: Path) -> list[tuple]:
    """Answer the open-file dialog with ``path``; returns what it was asked."""
    asked: list[tuple] = []

    def answer(*args, **_kwargs):
        asked.append(args)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(answer))
    return asked


def pick_agent(dialog: WorkspaceDialog, email: str) -> None:
    picker = dialog.accounts.agent_picker
    index = picker.findData(email)
    assert index >= 0, f"{email} is not offered"
    picker.setCurrentIndex(index)


def test_add_a_domain_for_an_agent_picked_by_name(qtbot, dialog, workspace):
    tab = dialog.accounts
    assert tab.empty.isVisible() and shown(dialog) == []
    assert tab.agent_picker.itemText(tab.agent_picker.findData("lea@acme.example")) == (
        "Léa <lea@acme.example>"
    )
    assert not tab.add.isEnabled()  # nothing typed yet
    qtbot.keyClicks(tab.new_domain, " Globex.COM ")
    pick_agent(dialog, "lea@acme.example")
    with qtbot.waitSignal(dialog.changed):
        click(qtbot, tab.add)
    assert workspace.account("globex.com").agent == "lea@acme.example"
    assert shown(dialog) == [("globex.com", "Léa", "lea@acme.example")]
    assert tab.selected_domains() == ["globex.com"]
    assert tab.new_domain.text() == "" and not tab.empty.isVisible()
    assert tab.agent_picker.currentData() == "lea@acme.example"  # kept for the next domain
    assert not dialog.error.showing


def test_a_taken_or_malformed_domain_shows_the_store_sentence(qtbot, dialog, workspace):
    workspace.add_account("acme.com", "ana@acme.example")
    dialog.reload()
    tab = dialog.accounts
    qtbot.keyClicks(tab.new_domain, "acme.com")
    pick_agent(dialog, "sam.rivera@acme.example")
    with qtbot.assertNotEmitted(dialog.changed):
        qtbot.keyClick(tab.new_domain, Qt.Key.Key_Return)
    assert dialog.error.showing
    assert dialog.error.text().startswith(
        "Acme.com already goes to ana@acme.example; an account has one agent"
    )
    assert workspace.account("acme.com").agent == "ana@acme.example"
    assert tab.new_domain.text() == "acme.com"  # kept to be fixed

    tab.new_domain.setText("sales@initech.com")
    click(qtbot, tab.add)
    assert "'sales@initech.com' is not an email domain; write only what follows the @" in (
        dialog.error.text()
    )
    assert [a.domain for a in workspace.list_accounts()] == ["acme.com"]

    tab.new_domain.setText("initech.com")
    click(qtbot, tab.add)
    assert not dialog.error.showing  # a success clears the last refusal
    assert [a.domain for a in workspace.list_accounts()] == ["acme.com", "initech.com"]


def test_remove_the_selected_domains(qtbot, dialog, workspace):
    for domain in ("acme.com", "globex.com", "initech.com"):
        workspace.add_account(domain, "ana@acme.example")
    dialog.reload()
    tab = dialog.accounts
    assert not tab.remove.isEnabled()
    tab.table.selectRow(tab.row_of("globex.com"))
    with qtbot.waitSignal(dialog.changed):
        click(qtbot, tab.remove)
    assert [a.domain for a in workspace.list_accounts()] == ["acme.com", "initech.com"]
    assert [row[0] for row in shown(dialog)] == ["acme.com", "initech.com"]
    assert not tab.remove.isEnabled()

    tab.table.setFocus()
    tab.table.selectRow(tab.row_of("initech.com"))
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert [a.domain for a in workspace.list_accounts()] == ["acme.com"]


def test_import_a_good_csv_and_see_what_it_changed(qtbot, dialog, workspace, tmp_path, monkeypatch):
    workspace.add_account("acme.com", "ana@acme.example")
    workspace.add_account("globex.com", "sam.rivera@acme.example")
    dialog.reload()
    csv = tmp_path / "crm-export.csv"
    csv.write_text(
        "\ufeffagent;domain\n"  # Excel in French: a BOM, semicolons, columns swapped
        "lea@acme.example;acme.com\n"
        "sam.rivera@acme.example;globex.com\n"
        "bo@acme.example;initech.com\n"
        "bo@acme.example;umbrella.com\n",
        encoding="utf-8",
    )
    asked = choose_file(monkeypatch, csv)
    with qtbot.waitSignal(dialog.changed):
        click(qtbot, dialog.accounts.import_button)
    assert asked and "*.csv" in asked[0][3]
    assert {a.domain: a.agent for a in workspace.list_accounts()} == {
        "acme.com": "lea@acme.example",
        "globex.com": "sam.rivera@acme.example",
        "initech.com": "bo@acme.example",
        "umbrella.com": "bo@acme.example",
    }
    summary = dialog.accounts.summary
    assert summary.isVisible()
    assert summary.text() == (
        "Imported crm-export.csv: 2 domains added, 1 moved to another agent, 1 unchanged."
    )
    assert shown(dialog)[0] == ("acme.com", "Léa", "lea@acme.example")
    # Bo may not chat: his accounts' visitors always get the fallback, and the tab says so.
    note = dialog.accounts.note
    assert note.isVisible()
    assert note.text() == (
        "Bo cannot take live chats, so visitors of initech.com, umbrella.com get the "
        "fallback message: grant Live Chat on the Agents tab."
    )
    flagged = dialog.accounts.table.item(dialog.accounts.row_of("umbrella.com"), DOMAIN)
    assert not flagged.icon().isNull() and "Bo cannot take live chats" in flagged.toolTip()
    fine = dialog.accounts.table.item(dialog.accounts.row_of("acme.com"), DOMAIN)
    assert fine.icon().isNull() and fine.toolTip() == ""
    assert not dialog.error.showing


def test_replacing_asks_first_and_reports_what_was_removed(
    qtbot, dialog, workspace, tmp_path, monkeypatch, boxes
):
    for domain in ("acme.com", "globex.com", "initech.com"):
        workspace.add_account(domain, "ana@acme.example")
    dialog.reload()
    csv = tmp_path / "accounts.csv"
    csv.write_text("domain,agent\nacme.com,ana@acme.example\n", encoding="utf-8")
    choose_file(monkeypatch, csv)
    dialog.accounts.replace.setChecked(True)

    boxes.answer = QMessageBox.StandardButton.No
    with qtbot.assertNotEmitted(dialog.changed):
        click(qtbot, dialog.accounts.import_button)
    assert len(workspace.list_accounts()) == 3
    kind, _title, question = boxes.asked[-1]
    assert kind == "question"
    assert question.startswith("Replace the account list with accounts.csv's?")

    boxes.answer = QMessageBox.StandardButton.Yes
    click(qtbot, dialog.accounts.import_button)
    assert [a.domain for a in workspace.list_accounts()] == ["acme.com"]
    assert dialog.accounts.summary.text() == (
        "Imported accounts.csv: 1 unchanged, 2 removed (globex.com, initech.com)."
    )


@pytest.mark.parametrize(
    ("content", "sentence"),
    [
        (
            "domain,agent\nacme.com,ana@acme.example\nglobex.com,zoe@acme.example\n",
            "line 3: no agent with email 'zoe@acme.example' in this workspace",
        ),
        (
            "acme.com,ana@acme.example\n",
            "line 1: the file starts with an account, not the header; add the line "
            "domain,agent above it",
        ),
    ],
)
def test_a_bad_csv_shows_the_sentence_and_imports_nothing(
    qtbot, dialog, workspace, tmp_path, monkeypatch, content, sentence
):
    csv = tmp_path / "bad.csv"
    csv.write_text(content, encoding="utf-8")
    choose_file(monkeypatch, csv)
    with qtbot.assertNotEmitted(dialog.changed):
        click(qtbot, dialog.accounts.import_button)
    assert dialog.error.showing
    text = dialog.error.text()
    assert text.startswith(str(csv)) and sentence in text
    assert "(nothing was imported)" in text
    assert "Traceback" not in text
    assert workspace.list_accounts() == [] and shown(dialog) == []
    assert not dialog.accounts.summary.isVisible()


def test_a_file_that_is_not_utf8_is_explained(qtbot, dialog, workspace, tmp_path, monkeypatch):
    csv = tmp_path / "latin1.csv"
    csv.write_bytes("domain,agent\nsociété.fr,ana@acme.example\n".encode("latin-1"))
    choose_file(monkeypatch, csv)
    click(qtbot, dialog.accounts.import_button)
    assert "save it from your spreadsheet as 'CSV UTF-8'" in dialog.error.text()
    assert workspace.list_accounts() == []


def test_cancelling_the_file_dialog_changes_nothing(qtbot, dialog, workspace, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: ("", "")))
    with qtbot.assertNotEmitted(dialog.changed):
        click(qtbot, dialog.accounts.import_button)
    assert not dialog.error.showing and not dialog.accounts.summary.isVisible()


def test_removing_an_agent_names_their_domains_and_takes_them_along(
    qtbot, dialog, workspace, monkeypatch
):
    workspace.add_account("globex.com", "bo@acme.example")
    workspace.add_account("acme.com", "bo@acme.example")
    workspace.add_account("initech.com", "ana@acme.example")
    dialog.reload()
    questions: list[str] = []
    monkeypatch.setattr(dialog, "confirm", lambda question: questions.append(question) or True)
    dialog.tabs.setCurrentIndex(0)
    dialog.table.selectRow(dialog.row_of("bo@acme.example"))
    with qtbot.waitSignal(dialog.changed):
        click(qtbot, dialog.remove_agent)
    assert questions == [
        "Remove bo@acme.example from the workspace and from their teams? Their account "
        "routing goes too: visitors of acme.com, globex.com will follow each card's routing "
        "again. Saved transcripts stay."
    ]
    assert [a.domain for a in workspace.list_accounts()] == ["initech.com"]
    assert [row[0] for row in shown(dialog)] == ["initech.com"]
    assert dialog.accounts.agent_picker.findData("bo@acme.example") == -1


def test_a_long_list_of_domains_is_cut_short_in_the_question(qtbot, dialog, workspace, monkeypatch):
    for i in range(9):
        workspace.add_account(f"client{i}.com", "ana@acme.example")
    questions: list[str] = []
    monkeypatch.setattr(dialog, "confirm", lambda question: questions.append(question) or False)
    dialog.table.selectRow(dialog.row_of("ana@acme.example"))
    click(qtbot, dialog.remove_agent)
    listed = ", ".join(f"client{i}.com" for i in range(5))
    assert f"visitors of {listed} and 4 more will follow" in questions[0]
    assert len(workspace.accounts_of("ana@acme.example")) == 9  # answered no


def test_changes_made_elsewhere_show_when_the_dialog_is_active_again(qtbot, dialog, workspace):
    workspace.add_account("acme.com", "bo@acme.example")
    dialog.reload()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(other.isActiveWindow)

    workspace.remove_agent("bo@acme.example")  # as 'designer agents remove' in a terminal would
    workspace.add_agent("Zoé", "zoe@acme.example", live_chat=True)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: shown(dialog) == [])
    assert dialog.accounts.agent_picker.findData("bo@acme.example") == -1
    assert dialog.accounts.agent_picker.findData("zoe@acme.example") >= 0
