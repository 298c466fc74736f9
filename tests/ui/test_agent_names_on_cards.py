"""A Live Chat card names the agents its routing sends to as the workspace names them.

The file stores agents by email (it travels between workspaces); the canvas
shows "Agent Sam Rivera", as the Simulation panel and the inbox do, and follows
a rename made in Manage Agents and Teams. An email the workspace does not know
stays as written.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from designer.model.cards import LiveChatCard
from designer.model.dialog import Dialog
from designer.model.routing import AgentRouting, CustomRules, Rule
from designer.ui.workspace_access import WorkspaceAccess

from .test_french_names import drawn_texts


@pytest.fixture
def window(qtbot, controller, boxes, workspace, tmp_path: Path):
    from designer.ui.main_window import MainWindow

    win = MainWindow(controller, WorkspaceAccess(f"sqlite:///{tmp_path / 'workspace.sqlite3'}"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.controller.new_document(
        Dialog(
            name="Names",
            start="chat",
            cards=[
                LiveChatCard(id="chat", routing=AgentRouting(agent="sam.rivera@acme.example")),
                LiveChatCard(
                    id="rules",
                    routing=CustomRules(rules=[Rule(agent="ghost@acme.example")]),
                ),
            ],
        )
    )
    yield win
    win.controller.undo_stack.setClean()
    win.close()


def test_the_card_names_the_agent_as_the_workspace_does(window) -> None:
    assert "Agent Sam Rivera" in drawn_texts(window, "chat")
    # an email the workspace does not know is shown as written
    assert "ghost@acme.example" in " ".join(drawn_texts(window, "rules"))


def test_a_rename_in_the_workspace_shows_on_the_card(window, workspace) -> None:
    workspace.edit_agent("sam.rivera@acme.example", name="Samuel Rivera")
    window.workspace_access.notify_changed()  # what the Agents and Teams dialog does
    assert "Agent Samuel Rivera" in drawn_texts(window, "chat")


def test_the_file_keeps_the_email(window) -> None:
    card = window.controller.document.card("chat")
    assert card.routing.agent == "sam.rivera@acme.example"
