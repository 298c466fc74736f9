"""The preview engine with a real workspace: round-robin goes on, transcripts are kept."""

from __future__ import annotations

from pathlib import Path

from designer.engine.conversation import Flow
from designer.engine.preview import LiveChatHub
from designer.engine.routing import Visitor
from designer.engine.workspace_view import router_for
from designer.model.codec import load_dialog
from designer.store import Workspace

SUPPORT = Flow(load_dialog(Path(__file__).parents[2] / "examples" / "support-desk.json"))


def staff(ws: Workspace) -> None:
    ws.add_agent("Ana", "ana@acme.example", live_chat=True)
    ws.add_agent("Bo", "bo@acme.example", live_chat=True)
    ws.add_agent("Cy", "cy@acme.example", live_chat=False)


def technical_visitor(hub: LiveChatHub) -> str:
    session = hub.open_session(SUPPORT, Visitor(country="FR"))
    session.start()
    session.choose("technical")
    session.reply("Camille")
    session.reply("camille@example.fr")
    session.reply("")
    assert session.chat is not None, session.lines
    email = session.chat.agent.email
    hub.inboxes[email].close(session.chat)
    return email


def test_round_robin_continues_across_previews_and_transcripts_are_kept(tmp_path):
    url = f"sqlite:///{tmp_path}/ws.sqlite3"
    with Workspace.open(url) as ws:
        staff(ws)
    served = []
    for _ in range(3):  # three separate previews, each opening the workspace anew
        with Workspace.open(url) as ws:
            hub = LiveChatHub(router_for(ws, ws.round_robin), transcripts=ws, dialog_name="Support")
            served.append(technical_visitor(hub))
    assert served == ["ana@acme.example", "bo@acme.example", "ana@acme.example"]
    with Workspace.open(url) as ws:
        conversations = ws.list_conversations()
        assert len(conversations) == 3
        record = ws.conversation(conversations[0].id)
        assert record.agent_email == "ana@acme.example"
        texts = [m.text for m in record.messages]
        assert "What can we help you with today?" in texts
        assert "Ana joined the chat" in texts
