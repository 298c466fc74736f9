"""The preview's live-chat side: hand-off to an inbox, replies, transfer, transcripts."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from designer.engine.conversation import Flow
from designer.engine.events import (
    AgentJoined,
    AgentSaid,
    ChatOffered,
    Ended,
    Outcome,
    Routed,
    Transferred,
)
from designer.engine.preview import LiveChatHub
from designer.engine.routing import AgentState, AgentStatus, MemoryPositions, Router, Visitor
from designer.errors import DesignerError
from designer.model.dialog import Dialog

EXAMPLES = Path(__file__).parents[2] / "examples"
SALES = Flow(Dialog.model_validate_json((EXAMPLES / "talk-to-sales.json").read_text()))


class Sink:
    def __init__(self) -> None:
        self.saved: list[dict] = []

    def save_transcript(self, **kwargs) -> None:
        self.saved.append(kwargs)


def hub(**kwargs) -> LiveChatHub:
    agents = [
        AgentState("ana@acme.example", "Ana", True, AgentStatus.AVAILABLE, 2),
        AgentState("sam.rivera@acme.example", "Sam Rivera", True, AgentStatus.AVAILABLE, 2),
    ]
    router = Router(agents, {"EMEA": ["ana@acme.example"]}, MemoryPositions())
    return LiveChatHub(router, dialog_name="Talk to sales", **kwargs)


def to_live_chat(session) -> None:
    session.start()
    session.choose("yes")
    session.reply("Camille")
    session.reply("camille@example.fr")
    session.reply("Acme")


def test_french_visitor_lands_in_ana_inbox_and_they_talk():
    sink = Sink()
    h = hub(transcripts=sink)
    session = h.open_session(SALES, Visitor(country="FR"))
    seen = []
    session.subscribe(seen.append)
    arrivals = []
    h.inboxes["ana@acme.example"].listeners.append(lambda what, chat: arrivals.append(what))
    to_live_chat(session)

    assert any(isinstance(e, Routed) and "Rule 1 matched" in e.decision.explain() for e in seen)
    inbox = h.inboxes["ana@acme.example"]
    (chat,) = inbox.active()
    assert chat.fields["email"] == "camille@example.fr"
    assert arrivals == ["arrived"]
    assert inbox.agent.active_chats == 1  # an offered chat holds its place
    # offered, not joined: Ana joins when she accepts
    assert [e.name for e in seen if isinstance(e, ChatOffered)] == ["Ana"]
    assert not any(isinstance(e, AgentJoined) for e in seen) and chat.offered
    inbox.accept(chat)
    assert [e.name for e in seen if isinstance(e, AgentJoined)] == ["Ana"]
    assert arrivals == ["arrived", "accepted"] and not chat.offered

    session.reply("Do you offer a discount for NGOs?")
    assert chat.unread == 1 and arrivals[-1] == "message"
    inbox.reply(chat, "We do: 30% off.")
    assert AgentSaid("ana@acme.example", "Ana", "We do: 30% off.") in seen
    assert not session.finished

    inbox.close(chat)
    assert session.finished and chat.closed
    assert inbox.agent.active_chats == 0
    assert isinstance(seen[-1], Ended) and seen[-1].outcome is Outcome.LIVE_CHAT
    (saved,) = sink.saved
    assert saved["agent"] == "ana@acme.example" and saved["outcome"] == "live_chat"
    texts = [line.text for line in saved["lines"]]
    assert "Do you offer a discount for NGOs?" in texts and "We do: 30% off." in texts
    assert "Ana joined the chat" in texts


def test_fallback_conversation_is_saved_with_its_outcome():
    sink = Sink()
    session = hub(transcripts=sink).open_session(SALES, Visitor(country="JP"))
    to_live_chat(session)
    assert session.finished
    assert sink.saved[0]["outcome"] == "fallback" and sink.saved[0]["agent"] is None


def test_transfer_moves_the_chat_to_another_agent():
    h = hub()
    session = h.open_session(SALES, Visitor(country="FR"))
    seen = []
    session.subscribe(seen.append)
    to_live_chat(session)
    ana = h.inboxes["ana@acme.example"]
    (chat,) = ana.active()
    ana.accept(chat)
    assert ana.transfer(chat, agent="sam.rivera@acme.example")
    sam = h.inboxes["sam.rivera@acme.example"]
    (moved,) = sam.active()
    assert any(isinstance(e, Transferred) and e.to_name == "Sam Rivera" for e in seen)
    # Ana keeps the chat until Sam accepts; both places are held meanwhile
    assert not chat.closed and chat.transferring is moved and moved.offered
    assert (ana.agent.active_chats, sam.agent.active_chats) == (1, 1)
    sam.accept(moved)
    assert chat.closed and ana.agent.active_chats == 0 and session.chat is moved
    assert sam.agent.active_chats == 1
    assert "Camille" in [line.text for line in moved.lines]  # the history travels along
    with pytest.raises(ValueError, match="not in Ana's inbox"):
        ana.reply(moved, "still here?")
    assert not sam.transfer(moved, agent="nobody@acme.example")
    assert sam.active() == [moved]


def test_simulated_agent_answers_by_itself():
    async def scenario() -> list:
        h = hub(simulated={"ana@acme.example"}, reply_delay=0.01)
        h.start_simulated_agents()
        session = h.open_session(SALES, Visitor(country="BE"))
        events = session.stream()
        to_live_chat(session)
        said = []
        while len(said) < 2:
            event = await asyncio.wait_for(events.get(), timeout=5)
            if isinstance(event, AgentSaid):
                said.append(event.text)
                if len(said) == 1:
                    session.reply("What does it cost?")
        await h.aclose()
        return said

    said = asyncio.run(scenario())
    assert said[0] == "Hi Camille, thanks for reaching out! How can I help?"
    assert said[1] == "Good question. Let me check that for you."


class BusySink(Sink):
    """A workspace that cannot take the transcript (locked by another program, say)."""

    def save_transcript(self, **kwargs):
        raise DesignerError("the workspace is busy; try again in a moment", code="store.busy")


def test_a_transcript_the_workspace_refuses_is_said_and_the_visitor_is_not_stuck():
    said: list[str] = []
    h = hub(transcripts=BusySink())
    h.on_error = said.append
    session = h.open_session(SALES, Visitor(country="JP"))  # matches no rule: the fallback
    to_live_chat(session)
    assert session.finished and session.transcript is None
    assert said == ["the workspace is busy; try again in a moment"]


def test_without_someone_to_tell_a_refused_transcript_is_an_error():
    session = hub(transcripts=BusySink()).open_session(SALES, Visitor(country="JP"))
    with pytest.raises(DesignerError, match="busy"):
        to_live_chat(session)
