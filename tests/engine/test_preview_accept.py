"""An offered chat waits for the agent's Accept; a decline or a time-out tries one more agent.

PRODUCT.md, "Live chat routing" step 2: the agent is offered the chat; if they
decline or do not accept within the visitor wait time, one more agent of the
same pool is tried (two attempts at most), then the fallback message. Each
step explains itself like routing does. Time-outs use small injected waits
under plain asyncio; nothing here sleeps for real.
"""

from __future__ import annotations

import asyncio

from designer.engine.conversation import Flow
from designer.engine.events import (
    AgentJoined,
    AgentSaid,
    BotSaid,
    ChatOffered,
    Ended,
    Event,
    NotAccepted,
    Outcome,
    Transferred,
)
from designer.engine.preview import ChatEnd, LiveChatHub, WhenOffered
from designer.engine.routing import AgentState, AgentStatus, MemoryPositions, Router, Visitor
from designer.model.cards import LiveChatCard
from designer.model.dialog import Dialog
from designer.model.routing import AgentRouting, RoundRobin, Routing, TeamRouting

ANA, LEA, SAM = "ana@acme.example", "lea@acme.example", "sam@acme.example"
FALLBACK = "We will email you within the hour."


class Sink:
    def __init__(self) -> None:
        self.saved: list[dict] = []

    def save_transcript(self, **kwargs) -> None:
        self.saved.append(kwargs)


def people() -> list[AgentState]:
    return [
        AgentState(ANA, "Ana Costa", True, AgentStatus.AVAILABLE, 2),
        AgentState(LEA, "Léa", True, AgentStatus.AVAILABLE, 2),
        AgentState(SAM, "Sam Rivera", True, AgentStatus.AVAILABLE, 2),
    ]


def make_hub(**kwargs) -> LiveChatHub:
    router = Router(people(), {"EMEA": [ANA, LEA]}, MemoryPositions())
    return LiveChatHub(router, dialog_name="Chat", **kwargs)


def flow(routing: Routing | None = None) -> Flow:
    card = LiveChatCard(
        id="chat",
        text="One moment, please.",
        routing=routing or TeamRouting(team="EMEA"),
        fallback_message=FALLBACK,
    )
    return Flow(Dialog(start="chat", cards=[card]))


def visit(hub: LiveChatHub, routing: Routing | None = None):
    session = hub.open_session(flow(routing), Visitor(country="FR"))
    seen: list[Event] = []
    session.subscribe(seen.append)
    session.start()
    return session, seen


def story(seen: list[Event]) -> list[str]:
    return [line for e in seen if isinstance(e, NotAccepted) for line in e.reason.splitlines()]


def test_the_visitor_waits_for_the_accept_and_what_they_write_meanwhile_is_kept():
    hub = make_hub()
    session, seen = visit(hub)
    chat = session.chat
    assert chat is not None and chat.agent.email == ANA and chat.offered
    (offered,) = [e for e in seen if isinstance(e, ChatOffered)]
    assert (offered.name, offered.attempt) == ("Ana Costa", 1)
    assert "Connecting you with Ana Costa…" in [line.text for line in session.lines]
    assert not any(isinstance(e, AgentJoined) for e in seen)

    session.reply("Is anyone there?")
    assert chat.unread == 1
    hub.inboxes[ANA].accept(chat)
    joined = [e for e in seen if isinstance(e, AgentJoined)]
    assert [j.name for j in joined] == ["Ana Costa"]
    texts = [line.text for line in chat.lines]
    assert texts.index("Is anyone there?") < texts.index("Ana Costa joined the chat")
    assert chat.wait_left() is None and not session.finished


def test_a_decline_offers_the_chat_to_the_next_agent_of_the_team():
    hub = make_hub()
    session, seen = visit(hub)
    first = session.chat
    hub.inboxes[ANA].decline(first)
    assert first.closed and first.end is ChatEnd.DECLINED
    assert story(seen) == ["Ana Costa declined; offered to Léa, next in team EMEA."]
    second = session.chat
    assert second is not first and second.agent.email == LEA and second.offered
    assert [e.attempt for e in seen if isinstance(e, ChatOffered)] == [1, 2]
    agents = {a.email: a.active_chats for a in hub.router.agents}
    assert agents == {ANA: 0, LEA: 1, SAM: 0}  # Ana's place is free again
    hub.inboxes[LEA].accept(second)
    assert [e.name for e in seen if isinstance(e, AgentJoined)] == ["Léa"]
    # round-robin goes on after Léa, who took the chat: the next visitor is offered to Ana
    other, _ = visit(hub)
    assert other.chat.agent.email == ANA


def test_after_two_attempts_the_visitor_gets_the_fallback_and_the_transcript_says_why():
    sink = Sink()
    hub = make_hub(transcripts=sink)
    session, seen = visit(hub)
    hub.inboxes[ANA].decline(session.chat)
    hub.inboxes[LEA].decline(session.chat)
    assert story(seen) == [
        "Ana Costa declined; offered to Léa, next in team EMEA.",
        "Léa declined; two agents were offered the chat, the most a visitor waits for.",
        "The visitor gets the fallback message.",
    ]
    assert [e.text for e in seen if isinstance(e, BotSaid)][-1] == FALLBACK
    assert isinstance(seen[-1], Ended) and seen[-1].outcome is Outcome.FALLBACK
    assert session.finished and all(a.active_chats == 0 for a in hub.router.agents)
    (saved,) = sink.saved
    assert saved["outcome"] == "fallback" and saved["agent"] is None
    lines = [line.text for line in saved["lines"]]
    assert "Léa declined; two agents were offered the chat, the most a visitor waits for." in lines


def test_the_cards_only_agent_declining_leads_straight_to_the_fallback():
    hub = make_hub()
    session, seen = visit(hub, AgentRouting(agent=SAM))
    hub.inboxes[SAM].decline(session.chat)
    assert story(seen) == [
        "Sam Rivera declined; the card names only Sam Rivera.",
        "The visitor gets the fallback message.",
    ]
    assert session.finished and seen[-1].outcome is Outcome.FALLBACK  # type: ignore[union-attr]


def test_nobody_else_in_the_team_says_who_was_skipped_and_why():
    hub = make_hub()
    hub.router.agent(LEA).status = AgentStatus.AWAY  # type: ignore[union-attr]
    session, seen = visit(hub)
    hub.inboxes[ANA].decline(session.chat)
    assert story(seen) == [
        "Ana Costa declined; nobody else in team EMEA can take the chat.",
        "Skipped Léa, who is away.",
        "The visitor gets the fallback message.",
    ]
    assert session.finished


def test_a_second_attempt_among_all_agents_is_the_next_in_round_robin_order():
    hub = make_hub()
    session, seen = visit(hub, RoundRobin())
    assert session.chat.agent.email == ANA
    hub.inboxes[ANA].decline(session.chat)
    assert story(seen) == ["Ana Costa declined; offered to Léa, next among all agents."]


def test_not_accepting_in_time_counts_as_declining():
    async def scenario() -> tuple[list[Event], LiveChatHub]:
        hub = make_hub(visitor_wait=0.05)
        session, seen = visit(hub)
        events = session.stream()
        while not session.finished:
            await asyncio.wait_for(events.get(), timeout=5)
        return seen, hub

    seen, hub = asyncio.run(scenario())
    assert story(seen) == [
        "Ana Costa did not accept within 0.05 s; offered to Léa, next in team EMEA.",
        "Léa did not accept within 0.05 s; two agents were offered the chat, the most a visitor "
        "waits for.",
        "The visitor gets the fallback message.",
    ]
    assert [e.timed_out for e in seen if isinstance(e, NotAccepted)] == [True, True]
    chats = [c for inbox in hub.inboxes.values() for c in inbox.chats]
    assert [c.end for c in chats] == [ChatEnd.MISSED, ChatEnd.MISSED]


def test_an_accepted_chat_never_times_out():
    async def scenario() -> bool:
        hub = make_hub(visitor_wait=0.02)
        session, _ = visit(hub)
        chat = session.chat
        assert chat.wait_left() <= 0.02  # the clock runs; no loop turn yet, so no time-out
        hub.inboxes[ANA].accept(chat)
        await asyncio.sleep(0.1)  # well past the wait: the cancelled clock must not fire
        return chat.closed

    assert asyncio.run(scenario()) is False


def test_simulated_agents_decline_or_stay_silent_as_the_preview_says():
    async def scenario() -> list[Event]:
        hub = make_hub(
            simulated={ANA, LEA},
            reply_delay=0.01,  # Ana declines at once, long before her offer could time out
            visitor_wait=0.3,
            when_offered={ANA: WhenOffered.DECLINE, LEA: WhenOffered.IGNORE},
        )
        hub.start_simulated_agents()
        session, seen = visit(hub)
        events = session.stream()
        while not session.finished:
            await asyncio.wait_for(events.get(), timeout=5)
        await hub.aclose()
        return seen

    seen = asyncio.run(scenario())
    assert story(seen) == [
        "Ana Costa declined; offered to Léa, next in team EMEA.",
        "Léa did not accept within 0.3 s; two agents were offered the chat, the most a visitor "
        "waits for.",
        "The visitor gets the fallback message.",
    ]
    assert seen[-1].outcome is Outcome.FALLBACK  # type: ignore[union-attr]


def test_a_simulated_agent_accepts_then_answers_what_the_visitor_wrote_while_waiting():
    async def scenario() -> list[Event]:
        hub = make_hub(simulated={ANA}, reply_delay=0.02)
        hub.start_simulated_agents()
        session, seen = visit(hub)
        session.reply("Do you ship to Lyon?")  # before Ana accepts
        events = session.stream()
        said = 0
        while said < 2:
            if isinstance(await asyncio.wait_for(events.get(), timeout=5), AgentSaid):
                said += 1
        await hub.aclose()
        return seen

    seen = asyncio.run(scenario())
    kinds = [type(e).__name__ for e in seen if not isinstance(e, BotSaid)]
    joined = kinds.index("AgentJoined")
    assert kinds.index("VisitorSaid") < joined < kinds.index("AgentSaid")
    lines = [e.text for e in seen if isinstance(e, AgentSaid)]
    assert lines == [
        "Hi there, thanks for reaching out! How can I help?",
        "Good question. Let me check that for you.",
    ]


def test_the_visitor_leaving_while_offered_frees_the_place_and_ends_as_dropped():
    sink = Sink()
    hub = make_hub(transcripts=sink)
    session, seen = visit(hub)
    chat = session.chat
    session.leave()
    assert chat.closed and chat.end is ChatEnd.WITHDRAWN
    assert seen[-1].outcome is Outcome.DROPPED  # type: ignore[union-attr]
    assert all(a.active_chats == 0 for a in hub.router.agents)
    assert sink.saved[0]["outcome"] == "dropped" and sink.saved[0]["agent"] is None


def test_the_system_lines_carry_their_wording_for_the_preview_to_translate():
    hub = make_hub()
    session, _ = visit(hub)
    hub.inboxes[ANA].accept(session.chat)
    system = {line.text: line.said for line in session.chat.lines if line.sender == "system"}
    assert system["Connecting you with Ana Costa…"].template == "Connecting you with {agent}…"
    assert system["Ana Costa joined the chat"].template == "{agent} joined the chat"
    assert dict(system["Ana Costa joined the chat"].args) == {"agent": "Ana Costa"}


# --- transfers ---------------------------------------------------------------------------------


def accepted(hub: LiveChatHub, routing: Routing | None = None):
    session, seen = visit(hub, routing)
    hub.inboxes[session.chat.agent.email].accept(session.chat)
    return session, seen


def test_a_transfer_to_an_agent_says_who_sent_it_and_why_they_can_take_it():
    hub = make_hub()
    session, seen = accepted(hub)
    ana = hub.inboxes[ANA]
    result = ana.try_transfer(session.chat, agent=SAM)
    assert result and result.reason.splitlines() == [
        "Transferred by Ana Costa to Sam Rivera.",
        "Sam Rivera has the Live Chat permission, is available and has 0 of 2 chats open.",
    ]
    (transferred,) = [e for e in seen if isinstance(e, Transferred)]
    assert "card's agent" not in transferred.reason
    assert [e.name for e in seen if isinstance(e, AgentJoined)] == ["Ana Costa"]  # not Sam yet
    assert seen[-1] == ChatOffered("chat", SAM, "Sam Rivera", 1)


def test_a_declined_transfer_leaves_the_chat_with_its_sender():
    hub = make_hub()
    session, seen = accepted(hub)
    chat = session.chat
    hub.inboxes[ANA].transfer(chat, agent=SAM)
    pending = chat.transferring
    session.reply("Still there?")  # both see it: Ana has the chat, Sam is offered it
    assert pending.lines[-1].text == chat.lines[-1].text == "Still there?"
    hub.inboxes[SAM].decline(pending)
    assert story(seen) == ["Sam Rivera declined; the chat stays with Ana Costa."]
    assert session.chat is chat and not chat.closed and chat.transferring is None
    assert hub.router.agent(SAM).active_chats == 0  # type: ignore[union-attr]
    hub.inboxes[ANA].reply(chat, "Yes, still me.")
    assert seen[-1] == AgentSaid(ANA, "Ana Costa", "Yes, still me.")


def test_a_team_transfer_skips_its_sender_and_tries_one_more_member():
    hub = make_hub()
    router = hub.router
    session, seen = accepted(hub, AgentRouting(agent=ANA))
    router.positions.set("team:EMEA", LEA)  # Ana would be next in the team: she sends it
    result = hub.inboxes[ANA].try_transfer(session.chat, team="EMEA")
    assert result.reason.splitlines() == [
        "Transferred by Ana Costa to team EMEA.",
        "Skipped Ana Costa, who is handing the chat on.",
        "Picked Léa: next in round-robin order among team EMEA.",
    ]
    hub.inboxes[LEA].decline(session.chat.transferring)
    assert story(seen) == [
        "Léa declined; nobody else in team EMEA can take the chat, so the chat stays with "
        "Ana Costa."
    ]


def test_a_refused_transfer_says_why_and_changes_nothing():
    hub = make_hub()
    session, seen = accepted(hub)
    hub.router.agent(SAM).status = AgentStatus.AWAY  # type: ignore[union-attr]
    count = len(seen)
    result = hub.inboxes[ANA].try_transfer(session.chat, agent=SAM)
    assert not result
    assert result.reason.splitlines() == ["Sam Rivera is away.", "The chat stays with Ana Costa."]
    assert len(seen) == count and not session.chat.closed
    hub.router.agent(LEA).status = AgentStatus.AWAY  # type: ignore[union-attr]
    result = hub.inboxes[ANA].try_transfer(session.chat, team="EMEA")
    assert result.reason.splitlines() == [
        "Nobody else in team EMEA can take the chat.",
        "Skipped Léa, who is away.",
        "The chat stays with Ana Costa.",
    ]


def test_the_visitor_leaving_during_a_transfer_withdraws_the_offer():
    hub = make_hub()
    session, _ = accepted(hub)
    chat = session.chat
    hub.inboxes[ANA].transfer(chat, agent=SAM)
    pending = chat.transferring
    session.leave()
    assert pending.closed and pending.end is ChatEnd.WITHDRAWN
    assert chat.closed and chat.end is ChatEnd.ENDED
    assert all(a.active_chats == 0 for a in hub.router.agents)
