"""The conversation score 0-3: carried by the chat, saved with the transcript, updated after.

PRODUCT.md, "Agents and their inbox": the agent gives a conversation a score
from 0 to 3. The engine keeps it per conversation (one transcript, even
across a transfer) and hands it to the transcript sink.
"""

from __future__ import annotations

import pytest

from designer.engine.conversation import Flow
from designer.engine.preview import LiveChatHub
from designer.engine.routing import AgentState, AgentStatus, MemoryPositions, Router, Visitor
from designer.model.cards import LiveChatCard
from designer.model.dialog import Dialog
from designer.model.routing import AgentRouting, TeamRouting

ANA, LEA = "ana@acme.example", "lea@acme.example"


class Sink:
    """Keeps saved transcripts by id, as the workspace does."""

    def __init__(self) -> None:
        self.saved: dict[int, dict] = {}
        self.rescored: list[tuple[object, int | None]] = []

    def save_transcript(self, **kwargs) -> int:
        key = len(self.saved) + 1
        self.saved[key] = kwargs
        return key

    def score_transcript(self, transcript: object, score: int | None) -> None:
        self.rescored.append((transcript, score))
        assert isinstance(transcript, int)
        self.saved[transcript]["score"] = score


def make_hub(sink: Sink) -> LiveChatHub:
    agents = [
        AgentState(ANA, "Ana Costa", True, AgentStatus.AVAILABLE, 2),
        AgentState(LEA, "Léa", True, AgentStatus.AVAILABLE, 2),
    ]
    router = Router(agents, {"EMEA": [ANA, LEA]}, MemoryPositions())
    return LiveChatHub(router, dialog_name="Chat", transcripts=sink)


def start(hub: LiveChatHub, routing=None):
    card = LiveChatCard(id="chat", text="One moment.", routing=routing or AgentRouting(agent=ANA))
    session = hub.open_session(Flow(Dialog(start="chat", cards=[card])), Visitor(country="FR"))
    session.start()
    assert session.chat is not None
    return session, session.chat


def test_a_score_set_during_the_chat_is_saved_with_the_transcript() -> None:
    sink = Sink()
    hub = make_hub(sink)
    _session, chat = start(hub)
    inbox = hub.inboxes[ANA]
    inbox.accept(chat)
    assert chat.score is None
    inbox.score(chat, 2)
    assert chat.score == 2
    assert sink.saved == {}  # nothing is kept before the conversation ends
    inbox.close(chat)
    (saved,) = sink.saved.values()
    assert saved["score"] == 2 and saved["agent"] == ANA
    assert sink.rescored == []  # saved once, with its score


def test_an_unscored_conversation_is_saved_with_no_score() -> None:
    sink = Sink()
    hub = make_hub(sink)
    _session, chat = start(hub)
    hub.inboxes[ANA].close(chat)
    (saved,) = sink.saved.values()
    assert saved["score"] is None


def test_scoring_after_the_end_updates_the_saved_transcript() -> None:
    sink = Sink()
    hub = make_hub(sink)
    session, chat = start(hub)
    inbox = hub.inboxes[ANA]
    inbox.close(chat)
    inbox.score(chat, 3)
    assert chat.score == 3
    assert sink.rescored == [(session.transcript, 3)]
    assert sink.saved[1]["score"] == 3
    inbox.score(chat, None)  # cleared again
    assert chat.score is None and sink.saved[1]["score"] is None


def test_the_inbox_is_told_when_a_chat_is_scored() -> None:
    hub = make_hub(Sink())
    _session, chat = start(hub)
    inbox = hub.inboxes[ANA]
    inbox.accept(chat)
    heard: list[tuple[str, int | None]] = []
    inbox.listeners.append(lambda what, c: heard.append((what, c.score)))
    inbox.score(chat, 1)
    assert heard == [("scored", 1)]


def test_a_failed_update_leaves_the_score_as_it_was() -> None:
    class Failing(Sink):
        def score_transcript(self, transcript: object, score: int | None) -> None:
            raise RuntimeError("the workspace is busy")

    hub = make_hub(Failing())
    _session, chat = start(hub)
    inbox = hub.inboxes[ANA]
    inbox.accept(chat)
    inbox.score(chat, 1)
    inbox.close(chat)
    with pytest.raises(RuntimeError):
        inbox.score(chat, 3)
    assert chat.score == 1  # the inbox shows what is kept, not what failed to be


@pytest.mark.parametrize("bad", [-1, 4, 1.5, True])
def test_a_score_outside_0_to_3_is_refused(bad: object) -> None:
    hub = make_hub(Sink())
    _session, chat = start(hub)
    hub.inboxes[ANA].accept(chat)
    with pytest.raises(ValueError, match="from 0 to 3"):
        hub.inboxes[ANA].score(chat, bad)  # type: ignore[arg-type]
    assert chat.score is None


def test_only_a_chat_the_agent_took_can_be_scored() -> None:
    hub = make_hub(Sink())
    _session, offered = start(hub, TeamRouting(team="EMEA"))
    inbox = hub.inboxes[offered.agent.email]
    assert not offered.scorable
    with pytest.raises(ValueError, match="took"):
        inbox.score(offered, 2)
    inbox.decline(offered)
    assert not offered.scorable  # declined: the next agent scores it
    with pytest.raises(ValueError):
        hub.inboxes[LEA if offered.agent.email == ANA else ANA].score(offered, 2)


def test_the_score_follows_the_conversation_through_a_transfer() -> None:
    sink = Sink()
    hub = make_hub(sink)
    _session, first = start(hub)
    ana, lea = hub.inboxes[ANA], hub.inboxes[LEA]
    ana.accept(first)
    ana.score(first, 1)
    assert ana.transfer(first, agent=LEA)
    second = first.transferring
    assert second is not None
    lea.accept(second)
    assert first.scorable and second.score == 1  # Léa sees Ana's score
    lea.score(second, 3)
    assert first.score == 3  # one conversation, one score
    lea.close(second)
    (saved,) = sink.saved.values()
    assert saved["score"] == 3 and saved["agent"] == LEA
