"""The local live-chat service behind a preview: sessions, agents' inboxes, hand-offs.

A :class:`PreviewSession` plays one visitor: it drives a
:class:`~designer.engine.conversation.Conversation` and, once a Live Chat
card hands over, carries the visitor's lines to the chosen agent's
:class:`Inbox` and the agent's lines back. Inboxes are asyncio queues, so a
simulated agent is simply a task that waits on its queue and answers after a
delay, and a person playing the agent uses the very same methods.

Everything is announced as :mod:`designer.engine.events` values to the
session's subscribers (the chat view, the canvas highlight, tests).
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Callable, Coroutine, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol

from designer.engine.conversation import Conversation, Flow
from designer.engine.events import (
    AgentJoined,
    AgentSaid,
    BotSaid,
    Ended,
    Event,
    Outcome,
    Transferred,
    VisitorSaid,
)
from designer.engine.routing import AgentState, Router, Visitor
from designer.model.routing import AgentRouting, TeamRouting
from designer.model.wording import Wording, wording, wording_from

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


@dataclass(frozen=True)
class Line:
    """One line of a transcript."""

    at: datetime
    sender: str  # "bot", "visitor", "agent" or "system"
    author: str
    text: str
    said: Wording | None = field(default=None, compare=False)  # a line the app wrote


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
    ) -> object: ...


@dataclass(eq=False)
class Chat:
    """A live chat between a preview visitor and an agent."""

    id: int
    session: PreviewSession
    agent: AgentState
    lines: list[Line] = field(default_factory=list)
    unread: int = 0
    closed: bool = False

    @property
    def fields(self) -> dict[str, str]:
        """What the visitor told the bot, for the agent's visitor panel."""
        return dict(self.session.conversation.fields)


class Inbox:
    """One agent's chats; incoming chats also wait in an asyncio queue."""

    def __init__(self, hub: LiveChatHub, agent: AgentState) -> None:
        self.hub = hub
        self.agent = agent
        self.chats: list[Chat] = []
        self.incoming: asyncio.Queue[Chat] = asyncio.Queue()
        self.listeners: list[Callable[[str, Chat], None]] = []  # ("arrived"|"message"|"closed")

    def active(self) -> list[Chat]:
        return [c for c in self.chats if not c.closed]

    def reply(self, chat: Chat, text: str, said: Wording | None = None) -> None:
        """The agent answers; the visitor sees it at once.

        ``said`` is the wording of a line the app wrote (a simulated agent's),
        so the preview can show it in the app's language.
        """
        self._check(chat)
        text = text.strip()
        if not text:
            return
        chat.session._agent_said(self.agent, text, said)
        self._notify("message", chat)

    def mark_read(self, chat: Chat) -> None:
        chat.unread = 0

    def close(self, chat: Chat) -> None:
        """End the session: the visitor is told, the agent's place is freed."""
        self._check(chat)
        chat.session._close_chat(wording("{agent} ended the chat", agent=self.agent.name))

    def transfer(self, chat: Chat, *, agent: str | None = None, team: str | None = None) -> bool:
        """Hand the chat to another agent or team; False (and nothing changes) if nobody can."""
        self._check(chat)
        if (agent is None) == (team is None):
            raise ValueError("transfer to exactly one agent or one team")
        routing = AgentRouting(agent=agent) if agent else TeamRouting(team=team or "")
        decision = self.hub.router.route(routing, chat.session.visitor, option_only=True)
        if decision.agent is None or decision.agent.email == self.agent.email:
            return False
        session = chat.session
        self.hub.router.release(self.agent.email)
        chat.closed = True
        self._notify("closed", chat)
        self.hub.router.assign(decision)
        session._emit(
            Transferred(
                self.agent.email,
                decision.agent.email,
                decision.agent.name,
                decision.explain(),
                decision.said,
            )
        )
        self.hub._deliver(session, decision.agent)
        return True

    def _check(self, chat: Chat) -> None:
        if chat not in self.chats:
            raise ValueError(f"this chat is not in {self.agent.name}'s inbox")
        if chat.closed:
            raise ValueError("this chat is closed")

    def _notify(self, what: str, chat: Chat) -> None:
        for listener in list(self.listeners):
            listener(what, chat)


class LiveChatHub:
    """The preview's local live-chat service: routing, inboxes, simulated agents."""

    def __init__(
        self,
        router: Router,
        *,
        simulated: set[str] | frozenset[str] = frozenset(),
        reply_delay: float = 2.0,
        transcripts: TranscriptSink | None = None,
        dialog_name: str = "",
    ) -> None:
        self.router = router
        self.inboxes = {a.email: Inbox(self, a) for a in router.agents}
        self.simulated = {e for e in simulated if e in self.inboxes}
        self.reply_delay = reply_delay
        self.transcripts = transcripts
        self.dialog_name = dialog_name
        self._ids = itertools.count(1)
        self._tasks: set[asyncio.Task[None]] = set()

    def open_session(self, flow: Flow, visitor: Visitor) -> PreviewSession:
        return PreviewSession(self, flow, visitor)

    def start_simulated_agents(self) -> None:
        """Start a task per simulated agent; call from inside the running event loop."""
        for email in sorted(self.simulated):
            self._spawn(self._play_agent(self.inboxes[email]))

    async def aclose(self) -> None:
        """Stop the simulated agents (end of preview)."""
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    async def _play_agent(self, inbox: Inbox) -> None:
        """A simulated agent: greets each new chat, then answers each visitor line.

        Each greeting is its own task: chats arriving together are all greeted
        after one delay, not one delay after another (under load the last
        visitor in the queue would wait for everyone else's greeting).
        """
        answered: dict[int, int] = {}

        def on_event(what: str, chat: Chat) -> None:
            if what == "message" and chat.lines and chat.lines[-1].sender == "visitor":
                self._spawn(self._answer(inbox, chat, answered))
            elif what == "closed":
                answered.pop(chat.id, None)  # a long preview does not keep every chat's count

        inbox.listeners.append(on_event)
        try:
            while True:
                chat = await inbox.incoming.get()
                self._spawn(self._answer(inbox, chat, answered))
        finally:
            if on_event in inbox.listeners:  # the preview may have dropped every listener first
                inbox.listeners.remove(on_event)

    async def _answer(self, inbox: Inbox, chat: Chat, answered: dict[int, int]) -> None:
        await asyncio.sleep(self.reply_delay)
        if chat.closed:
            return
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

    def _deliver(self, session: PreviewSession, agent: AgentState) -> Chat:
        inbox = self.inboxes[agent.email]
        chat = Chat(next(self._ids), session, agent, lines=list(session.lines))
        inbox.chats.append(chat)
        session.chat = chat
        session._emit(
            AgentJoined(session.conversation.path[-1], agent.email, agent.name, agent.avatar)
        )
        inbox.incoming.put_nowait(chat)
        inbox._notify("arrived", chat)
        return chat

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
        self.transcripts.save_transcript(
            dialog=self.dialog_name,
            visitor=profile,
            agent=agent,
            outcome=outcome,
            lines=list(session.lines),
        )


class PreviewSession:
    """One visitor in the preview, from the first card to the end of the live chat."""

    def __init__(self, hub: LiveChatHub, flow: Flow, visitor: Visitor) -> None:
        self.hub = hub
        self.visitor = visitor
        self.conversation = Conversation(
            flow, visitor, hub.router, default_fallback=hub.router.default_fallback
        )
        self.lines: list[Line] = []
        self.chat: Chat | None = None
        self.finished = False
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
        """Type a line: to the bot while it asks, to the agent once connected."""
        if self.chat is not None and not self.chat.closed:
            text = text.strip()
            if text:
                self._emit(VisitorSaid(self.conversation.path[-1], text))
                self.chat.unread += 1
                self.hub.inboxes[self.chat.agent.email]._notify("message", self.chat)
            return
        self._play(self.conversation.reply(text))

    def leave(self) -> None:
        if self.chat is not None and not self.chat.closed:
            self._close_chat(wording("the visitor left"))
        elif not self.finished:
            self._play(self.conversation.leave())

    # --- inside the engine ---------------------------------------------------------------

    def _play(self, events: list[Event]) -> None:
        for event in events:
            if isinstance(event, Ended) and event.outcome is Outcome.LIVE_CHAT:
                # The bot's part is over; the session ends when the live chat does.
                decision = self.conversation.decision
                assert decision is not None and decision.agent is not None
                self.hub._deliver(self, decision.agent)
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
        chat.closed = True
        self.hub.router.release(chat.agent.email)
        self.finished = True
        path = tuple(self.conversation.path)
        self._emit(Ended(path[-1], Outcome.LIVE_CHAT, why.text, path, (why,)))
        self.hub.inboxes[chat.agent.email]._notify("closed", chat)
        self.hub._save(self, chat.agent.email, Outcome.LIVE_CHAT.value)

    def _emit(self, event: Event) -> None:
        line = _line(event)
        if line is not None:
            self.lines.append(line)
            if self.chat is not None and not self.chat.closed:
                self.chat.lines.append(line)
        for listener in list(self._listeners):
            listener(event)
        if self._queue is not None:
            self._queue.put_nowait(event)


def _line(event: Event) -> Line | None:
    now = datetime.now(UTC)
    if isinstance(event, BotSaid):
        return Line(now, "bot", "Bot", event.text, event.said)
    if isinstance(event, VisitorSaid):
        return Line(now, "visitor", "Visitor", event.text)
    if isinstance(event, AgentSaid):
        return Line(now, "agent", event.name, event.text, event.said)
    if isinstance(event, AgentJoined):
        return Line(now, "system", "", f"{event.name} joined the chat")
    if isinstance(event, Transferred):
        return Line(now, "system", "", f"Transferred to {event.to_name}")
    if isinstance(event, Ended) and event.outcome is not Outcome.LIVE_CHAT:
        return Line(now, "system", "", f"Conversation ended: {event.reason}")
    return None
