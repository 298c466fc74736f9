"""The local live-chat service behind a preview: sessions, agents' inboxes, hand-offs.

A :class:`PreviewSession` plays one visitor: it drives a
:class:`~designer.engine.conversation.Conversation` and, once a Live Chat
card hands over, offers the chat to the chosen agent's :class:`Inbox`. The
agent accepts or declines; a decline, or no Accept within ``visitor_wait``
seconds, tries one more agent of the same pool, then the card's fallback
(:mod:`designer.engine.offers`). Once accepted, the session carries the
visitor's lines to the agent and the agent's lines back. Inboxes are asyncio
queues, so a simulated agent is simply a task that waits on its queue, takes
the chat (or not) and answers after a delay, and a person playing the agent
uses the very same methods.

Everything is announced as :mod:`designer.engine.events` values to the
session's subscribers (the chat view, the canvas highlight, tests).
"""

from __future__ import annotations

import asyncio
import itertools
import time
from collections.abc import Callable, Coroutine, Mapping
from datetime import UTC, datetime
from typing import Protocol

from designer.engine.chats import MAX_SCORE, Chat, ChatEnd, Line, Transfer, check_score
from designer.engine.conversation import Conversation, Flow
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
    VisitorSaid,
)
from designer.engine.offer_story import connecting, joined
from designer.engine.offers import Offers, WhenOffered
from designer.engine.routing import AgentState, Router, Visitor
from designer.errors import DesignerError
from designer.model.routing import AgentRouting, TeamRouting
from designer.model.wording import Wording, wording, wording_from

__all__ = [
    "MAX_SCORE",
    "SIMULATED_LINES",
    "UNNAMED_GREETING",
    "Chat",
    "ChatEnd",
    "Inbox",
    "Line",
    "LiveChatHub",
    "PreviewSession",
    "TranscriptSink",
    "Transfer",
    "WhenOffered",
    "simulated_line",
]

Listener = Callable[[Event], None]

SIMULATED_LINES = (
    "Hi {name}, thanks for reaching out! How can I help?",
    "Good question. Let me check that for you.",
    "Thanks! I've noted that down. Anything else I can help with?",
)
"""What a simulated agent types: the greeting, then the next line for each visitor line.

English templates the preview shows in the app's language (marked for
translation in ``designer.ui.worded``); transcripts keep the English.
"""
UNNAMED_GREETING = "Hi there, thanks for reaching out! How can I help?"
"""The greeting when the visitor gave no first name (a translation has no "there")."""


def simulated_line(n: int, first_name: str | None) -> Wording:
    """The simulated agent's line after ``n`` lines of its own in this chat."""
    if n > 0:
        return wording_from(SIMULATED_LINES[min(n, len(SIMULATED_LINES) - 1)])
    if first_name:
        return wording_from(SIMULATED_LINES[0], name=first_name)
    return wording_from(UNNAMED_GREETING)


class TranscriptSink(Protocol):
    """Where finished preview conversations are kept (the workspace)."""

    def save_transcript(
        self,
        *,
        dialog: str,
        visitor: Mapping[str, object],
        agent: str | None,
        outcome: str,
        lines: list[Line],
        score: int | None = None,
    ) -> object: ...

    def score_transcript(self, transcript: object, score: int | None) -> None:
        """Score a conversation kept already; ``transcript`` is what saving it returned."""


class Inbox:
    """One agent's chats; chats offered to them also wait in an asyncio queue."""

    def __init__(self, hub: LiveChatHub, agent: AgentState) -> None:
        self.hub = hub
        self.agent = agent
        self.chats: list[Chat] = []
        self.incoming: asyncio.Queue[Chat] = asyncio.Queue()
        # told (what, chat): "arrived" (offered), "accepted", "message" or "closed"
        self.listeners: list[Callable[[str, Chat], None]] = []

    def active(self) -> list[Chat]:
        """Chats not closed: those offered and those accepted."""
        return [c for c in self.chats if not c.closed]

    def accept(self, chat: Chat) -> None:
        """Take the offered chat: the visitor sees the agent join (nothing if already taken)."""
        self._check(chat)
        if chat.offer is not None:
            self.hub.offers.accept(chat)

    def decline(self, chat: Chat) -> None:
        """Refuse the offered chat: one more agent of the pool is tried, else the fallback."""
        self._check(chat)
        if chat.offer is None:
            raise ValueError("this chat was accepted already: end it or transfer it instead")
        self.hub.offers.not_accepted(chat, timed_out=False)

    def reply(self, chat: Chat, text: str, said: Wording | None = None) -> None:
        """The agent answers; the visitor sees it at once. Answering an offered chat takes it.

        ``said`` is the wording of a line the app wrote (a simulated agent's),
        so the preview can show it in the app's language.
        """
        self._check(chat)
        text = text.strip()
        if not text:
            return
        self.accept(chat)
        chat.session._agent_said(self.agent, text, said)
        chat.session._notify_chats("message")

    def mark_read(self, chat: Chat) -> None:
        chat.unread = 0

    def score(self, chat: Chat, score: int | None) -> None:
        """Score the conversation 0-3 (None clears it), during the chat or after it ended.

        The score is saved with the transcript when the conversation ends; once
        saved, the kept transcript is updated at once (errors come from the sink).
        """
        if chat not in self.chats:
            raise ValueError(f"this chat is not in {self.agent.name}'s inbox")
        if not chat.scorable:
            raise ValueError("only a chat the agent took can be scored")
        score = check_score(score)
        session = chat.session
        if session.transcript is not None and self.hub.transcripts is not None:
            self.hub.transcripts.score_transcript(session.transcript, score)
        session.score = score
        self._notify("scored", chat)

    def close(self, chat: Chat) -> None:
        """End the session: the visitor is told, the agent's place is freed.

        An offered chat is accepted first, so the transcript says who ended it.
        """
        self._check(chat)
        self.accept(chat)
        chat.session._close_chat(wording("{agent} ended the chat", agent=self.agent.name))

    def transfer(self, chat: Chat, *, agent: str | None = None, team: str | None = None) -> bool:
        """Offer the chat to another agent or team; False (and nothing changes) if nobody can.

        :meth:`try_transfer` says why, too.
        """
        return self.try_transfer(chat, agent=agent, team=team).started

    def try_transfer(
        self, chat: Chat, *, agent: str | None = None, team: str | None = None
    ) -> Transfer:
        """Offer the chat to another agent or team, saying why they can take it, or why not.

        The chat stays here, and the agent keeps talking, until the target
        accepts; in a team, one more member is tried if the first declines.
        """
        self._check(chat)
        if (agent is None) == (team is None):
            raise ValueError("transfer to exactly one agent or one team")
        refused = self.hub.offers.refuse_transfer(chat, agent)
        if refused is not None:
            return refused
        routing = AgentRouting(agent=agent) if agent else TeamRouting(team=team or "")
        decision = self.hub.router.route(routing, chat.session.visitor, option_only=True)
        return self.hub.offers.transfer(chat, decision, agent=agent, team=team)

    def _check(self, chat: Chat) -> None:
        if chat not in self.chats:
            raise ValueError(f"this chat is not in {self.agent.name}'s inbox")
        if chat.closed:
            raise ValueError("this chat is closed")

    def _notify(self, what: str, chat: Chat) -> None:
        for listener in list(self.listeners):
            listener(what, chat)


class LiveChatHub:
    """The preview's local live-chat service: routing, offers, inboxes, simulated agents.

    ``reply_delay`` is how long a simulated agent takes to accept and to
    answer, ``visitor_wait`` how long an offer waits for Accept (the
    workspace's ``visitor_wait_seconds``) on ``clock``; tests pass small
    values. ``when_offered`` says what each simulated agent does with an offer
    (accept unless told otherwise): preview state, not the workspace's.
    """

    def __init__(
        self,
        router: Router,
        *,
        simulated: set[str] | frozenset[str] = frozenset(),
        reply_delay: float = 2.0,
        visitor_wait: float = 100.0,
        clock: Callable[[], float] = time.monotonic,
        when_offered: dict[str, WhenOffered] | None = None,
        transcripts: TranscriptSink | None = None,
        dialog_name: str = "",
    ) -> None:
        self.router = router
        self.inboxes = {a.email: Inbox(self, a) for a in router.agents}
        self.simulated = {e for e in simulated if e in self.inboxes}
        self.reply_delay = reply_delay
        self.visitor_wait = visitor_wait
        self.clock = clock
        self.when_offered: dict[str, WhenOffered] = {} if when_offered is None else when_offered
        self.transcripts = transcripts
        self.dialog_name = dialog_name
        # Where a failed transcript save is said (the preview's status line); the
        # conversation goes on. Unset, the error propagates (tests, scripts).
        self.on_error: Callable[[str], None] | None = None
        self.offers = Offers(self)
        self._ids = itertools.count(1)
        self._tasks: set[asyncio.Task[None]] = set()

    def open_session(self, flow: Flow, visitor: Visitor) -> PreviewSession:
        return PreviewSession(self, flow, visitor)

    def start_simulated_agents(self) -> None:
        """Start a task per simulated agent; call from inside the running event loop."""
        for email in sorted(self.simulated):
            self._spawn(self._play_agent(self.inboxes[email]))

    async def aclose(self) -> None:
        """Stop the simulated agents and the offers' clocks (end of preview)."""
        self.offers.cancel_timers()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    async def _play_agent(self, inbox: Inbox) -> None:
        """A simulated agent: takes each offered chat, greets, then answers each visitor line.

        Each chat is its own task: chats arriving together are all taken
        after one delay, not one delay after another (under load the last
        visitor in the queue would wait for everyone else's greeting).
        """
        answered: dict[int, int] = {}

        def on_event(what: str, chat: Chat) -> None:
            if what == "message" and not chat.offered and _waits_for_answer(chat):
                self._spawn(self._answer(inbox, chat, answered))
            elif what == "closed":
                answered.pop(chat.id, None)  # a long preview does not keep every chat's count

        inbox.listeners.append(on_event)
        try:
            while True:
                chat = await inbox.incoming.get()
                self._spawn(self._take(inbox, chat, answered))
        finally:
            if on_event in inbox.listeners:  # the preview may have dropped every listener first
                inbox.listeners.remove(on_event)

    async def _take(self, inbox: Inbox, chat: Chat, answered: dict[int, int]) -> None:
        """After the agent's delay: accept and greet, decline, or let the offer time out."""
        await asyncio.sleep(self.reply_delay)
        if chat.closed:
            return
        if chat.offer is not None:
            choice = self.when_offered.get(inbox.agent.email, WhenOffered.ACCEPT)
            if choice is WhenOffered.DECLINE:
                inbox.decline(chat)
                return
            if choice is WhenOffered.IGNORE:
                return
            inbox.accept(chat)
        waiting = _waits_for_answer(chat)  # the visitor wrote while the chat was offered
        self._say_next(inbox, chat, answered)
        if waiting:
            self._spawn(self._answer(inbox, chat, answered))

    async def _answer(self, inbox: Inbox, chat: Chat, answered: dict[int, int]) -> None:
        await asyncio.sleep(self.reply_delay)
        if not chat.closed:
            self._say_next(inbox, chat, answered)

    def _say_next(self, inbox: Inbox, chat: Chat, answered: dict[int, int]) -> None:
        n = answered.get(chat.id, 0)
        answered[chat.id] = n + 1
        said = simulated_line(n, chat.fields.get("first_name"))
        inbox.reply(chat, said.text, said)

    def _spawn(self, coro: Coroutine[object, object, None]) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._finished)

    def _finished(self, task: asyncio.Task[None]) -> None:
        """Forget a finished task; a failure goes to the loop's handler at once, not at GC."""
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            task.get_loop().call_exception_handler(
                {"message": "a simulated agent failed", "exception": task.exception(), "task": task}
            )

    def _save(self, session: PreviewSession, agent: str | None, outcome: str) -> None:
        if self.transcripts is None:
            return
        v = session.visitor
        profile = {
            "country": v.country,
            "region": v.region,
            "city": v.city,
            "page_url": v.page_url,
            "fields": dict(session.conversation.fields),
        }
        try:
            session.transcript = self.transcripts.save_transcript(
                dialog=self.dialog_name,
                visitor=profile,
                agent=agent,
                outcome=outcome,
                lines=list(session.lines),
                score=session.score,
            )
        except DesignerError as exc:
            # A busy or vanished workspace must not stop a time-out's or a decline's
            # hand-off half way (they run in asyncio callbacks): say it, go on.
            if self.on_error is None:
                raise
            self.on_error(str(exc))


class PreviewSession:
    """One visitor in the preview, from the first card to the end of the live chat."""

    def __init__(self, hub: LiveChatHub, flow: Flow, visitor: Visitor) -> None:
        self.hub = hub
        self.visitor = visitor
        self.conversation = Conversation(
            flow, visitor, hub.router, default_fallback=hub.router.default_fallback
        )
        self.lines: list[Line] = []
        self.chat: Chat | None = None  # offered, then accepted; a transfer's replaces it on Accept
        self.finished = False
        self.score: int | None = None  # the agent's 0-3, saved with the transcript
        self.transcript: object | None = None  # what the sink returned on saving it (its id)
        self._listeners: list[Listener] = []
        self._queue: asyncio.Queue[Event] | None = None

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def stream(self) -> asyncio.Queue[Event]:
        """Events as an asyncio queue, for consumers that prefer awaiting to callbacks."""
        if self._queue is None:
            self._queue = asyncio.Queue()
        return self._queue

    # --- the visitor's actions -------------------------------------------------------------

    def start(self) -> None:
        self._play(self.conversation.start())

    def choose(self, key: str) -> None:
        self._play(self.conversation.choose(key))

    def reply(self, text: str) -> None:
        """Type a line: to the bot while it asks, to the agent once the chat is offered.

        What the visitor writes while the offer waits is kept: the agent reads it on Accept.
        """
        if self.chat is not None and not self.chat.closed:
            text = text.strip()
            if text:
                self._emit(VisitorSaid(self.conversation.path[-1], text))
                for chat in self._open_chats():
                    chat.unread += 1
                self._notify_chats("message")
            return
        self._play(self.conversation.reply(text))

    def leave(self) -> None:
        if self.chat is not None and not self.chat.closed:
            self._close_chat(wording("the visitor left"))
        elif not self.finished:
            self._play(self.conversation.leave())

    # --- inside the engine ---------------------------------------------------------------

    def _open_chats(self) -> list[Chat]:
        """The visitor's chat and, while a transfer waits, the chat offered to its target."""
        chat = self.chat
        if chat is None or chat.closed:
            return []
        pending = chat.transferring
        return [chat] if pending is None else [chat, pending]

    def _notify_chats(self, what: str) -> None:
        for chat in self._open_chats():
            self.hub.inboxes[chat.agent.email]._notify(what, chat)

    def _play(self, events: list[Event]) -> None:
        for event in events:
            if isinstance(event, Ended) and event.outcome is Outcome.LIVE_CHAT:
                # The bot's part is over: the chat is offered; the session ends with the chat.
                decision = self.conversation.decision
                assert decision is not None and decision.agent is not None
                card_id = event.card_id or self.conversation.path[-1]
                self.hub.offers.hand_off(self, decision, card_id)
            else:
                self._emit(event)
                if isinstance(event, Ended):
                    self.finished = True
                    self.hub._save(self, None, event.outcome.value)

    def _agent_said(self, agent: AgentState, text: str, said: Wording | None = None) -> None:
        self._emit(AgentSaid(agent.email, agent.name, text, said))

    def _close_chat(self, why: Wording) -> None:
        chat = self.chat
        assert chat is not None
        pending = chat.transferring
        if pending is not None:
            self.hub.offers.withdraw(pending)
        self.finished = True
        path = tuple(self.conversation.path)
        if chat.offer is not None:  # nobody accepted yet: the visitor left while waiting
            self.hub.offers.withdraw(chat)
            self._emit(Ended(path[-1], Outcome.DROPPED, why.text, path, (why,)))
            self.hub._save(self, None, Outcome.DROPPED.value)
            return
        chat.closed = True
        chat.end = ChatEnd.ENDED
        self.hub.router.release(chat.agent.email)
        self._emit(Ended(path[-1], Outcome.LIVE_CHAT, why.text, path, (why,)))
        self.hub.inboxes[chat.agent.email]._notify("closed", chat)
        self.hub._save(self, chat.agent.email, Outcome.LIVE_CHAT.value)

    def _emit(self, event: Event) -> None:
        line = _line(event)
        if line is not None:
            self.lines.append(line)
            for chat in self._open_chats():
                chat.lines.append(line)
        for listener in list(self._listeners):
            listener(event)
        if self._queue is not None:
            self._queue.put_nowait(event)


def _waits_for_answer(chat: Chat) -> bool:
    """Whether the visitor's last words came after the last bot or agent line."""
    for line in reversed(chat.lines):
        if line.sender == "visitor":
            return True
        if line.sender in ("agent", "bot"):
            return False
    return False


def _line(event: Event) -> Line | None:
    now = datetime.now(UTC)
    if isinstance(event, BotSaid):
        return Line(now, "bot", "Bot", event.text, event.said)
    if isinstance(event, VisitorSaid):
        return Line(now, "visitor", "Visitor", event.text)
    if isinstance(event, AgentSaid):
        return Line(now, "agent", event.name, event.text, event.said)
    if isinstance(event, ChatOffered):
        return _system(now, event.said or connecting(event.name))
    if isinstance(event, AgentJoined):
        return _system(now, event.said or joined(event.name))
    if isinstance(event, NotAccepted | Transferred):
        if event.said:  # the story's first sentence; the preview shows the whole story
            return _system(now, event.said[0])
        return Line(now, "system", "", event.reason.partition("\n")[0])
    if isinstance(event, Ended) and event.outcome is not Outcome.LIVE_CHAT:
        return Line(now, "system", "", f"Conversation ended: {event.reason}")
    return None


def _system(now: datetime, said: Wording) -> Line:
    """A line the app writes into the transcript: English text, and its wording for the UI."""
    return Line(now, "system", "", said.text, said)
