"""The preview's live-chat service under load: 10,000 visitors, 50 agents, plain asyncio.

All 10,000 visitor sessions are opened up front and held at once; they start
talking at random moments over 150 ticks of a logical clock (the first
thousand together, a burst no team could absorb), routed round-robin over 50 local agents of
mixed capacity (1 to 10 chats; a few away or without the Live Chat
permission), all played by the hub's simulated agents. Each assigned visitor
waits for the greeting, asks a question, waits for the answer and leaves.

Checked while it runs, at every decision and assignment: the pick is the
round-robin one (the first eligible agent after the last one served), no agent
ever holds more chats than their limit. Checked at the end: every visitor
was routed exactly once, to an agent or to the fallback message; nobody was
passed over while able to take a chat (between two chats for one agent,
another got two only if the first was at their limit in between); every
place was freed; no task failed; and the whole run ended before the deadline
(no deadlock).
"""

from __future__ import annotations

import asyncio
import random
import time
from collections import Counter
from typing import Any

from designer.engine.conversation import Flow
from designer.engine.events import AgentJoined, AgentSaid, BotSaid, Ended, Event, Outcome, Routed
from designer.engine.preview import LiveChatHub, PreviewSession
from designer.engine.routing import AgentState, AgentStatus, Decision, MemoryPositions, Router
from designer.engine.routing import Visitor as Profile
from designer.model.dialog import Dialog

VISITORS = 10_000
BURST = 1_000
AGENTS = 50
TICKS = 150
DEADLINE_SECONDS = 120.0
FALLBACK = "Everyone is busy: we will email you."

DIALOG = Dialog.model_validate(
    {
        "name": "Load",
        "start": "hi",
        "cards": [
            {"type": "message", "id": "hi", "text": "Hi!"},
            {"type": "live_chat", "id": "chat", "fallback_message": FALLBACK},
        ],
        "edges": [{"from": "hi", "branch": "next", "to": "chat"}],
    }
)


def staff(rng: random.Random) -> list[AgentState]:
    """50 agents, capacities 1-10; three away and two without the Live Chat permission."""
    agents = []
    for n in range(AGENTS):
        status = AgentStatus.AWAY if n in (7, 21, 35) else AgentStatus.AVAILABLE
        agents.append(
            AgentState(f"agent{n}@acme.example", f"Agent {n}", n not in (12, 40), status,
                       max_chats=rng.randint(1, 10))
        )  # fmt: skip
    return agents


class Referee:
    """Watches every routing decision and every assignment as they happen."""

    def __init__(self, router: Router) -> None:
        self.router = router
        self.order = {a.email: i for i, a in enumerate(router.agents)}
        self.last: str | None = None  # kept here, not read from the router's positions
        self.picks: list[str] = []
        self.decisions: list[tuple[str | None, frozenset[str]]] = []  # (picked, passed over)
        self.peak: Counter[str] = Counter()
        self.open: Counter[str] = Counter()
        route, assign = router.route, router.assign

        def checked_route(*args: Any, **kwargs: Any) -> Decision:
            expected = self.round_robin_pick()
            decision = route(*args, **kwargs)
            got = decision.agent.email if decision.agent else None
            assert got == expected, f"round-robin picked {got}, its order says {expected}"
            self.last = got or self.last
            self.decisions.append((got, frozenset(email for email, _ in decision.skipped)))
            return decision

        def checked_assign(decision: Decision) -> AgentState | None:
            agent = assign(decision)
            if agent is not None:
                assert 0 < agent.active_chats <= agent.max_chats, (agent.email, agent.active_chats)
                self.picks.append(agent.email)
                self.peak[agent.email] = max(self.peak[agent.email], agent.active_chats)
            return agent

        router.route = checked_route  # type: ignore[method-assign]
        router.assign = checked_assign  # type: ignore[method-assign]

    def round_robin_pick(self) -> str | None:
        """Who round-robin must pick now: the first eligible agent after the last one served."""
        agents = self.router.agents
        start = self.order[self.last] + 1 if self.last is not None else 0
        for step in range(len(agents)):
            agent = agents[(start + step) % len(agents)]
            if agent.ineligibility() is None:
                return agent.email
        return None

    def inbox_event(self, what: str, email: str, limit: int) -> None:
        """An independent tally from the inboxes' own notifications."""
        if what == "arrived":
            self.open[email] += 1
            assert self.open[email] <= limit, f"{email} holds {self.open[email]} > {limit}"
        elif what == "closed":
            self.open[email] -= 1


class Clock:
    """Logical time: tick t is an event; chats progress fully between two ticks.

    Arrivals and chat lengths are counted in ticks, not seconds, so the run
    is the same on a fast laptop and on a loaded CI machine.
    """

    def __init__(self, ticks: int) -> None:
        self.ticks = [asyncio.Event() for _ in range(ticks)]
        self.now = 0

    async def until(self, tick: int) -> None:
        await self.ticks[min(tick, len(self.ticks) - 1)].wait()

    async def run(self, settle: int) -> None:
        for tick, event in enumerate(self.ticks):
            self.now = tick
            event.set()
            for _ in range(settle):  # let every chat started by now take its turns
                await asyncio.sleep(0)


async def visit(session: PreviewSession, clock: Clock, arrival: int, stay: int) -> str:
    """One visitor: arrive, be routed; if an agent joins, ask one question and leave."""
    seen: list[Event] = []
    session.subscribe(seen.append)
    events = session.stream()
    await clock.until(arrival)
    session.start()
    if session.chat is not None:
        await _until_agent_speaks(events)  # the greeting
        session.reply("What does it cost?")
        await _until_agent_speaks(events)  # the answer
        await clock.until(clock.now + stay)
        session.leave()
    return _outcome(seen)


async def _until_agent_speaks(events: asyncio.Queue[Event]) -> None:
    while not isinstance(await asyncio.wait_for(events.get(), 30), AgentSaid):
        pass


def _outcome(events: list[Event]) -> str:
    """'agent' or 'fallback', after checking the visitor was routed exactly once."""
    routed = [e for e in events if isinstance(e, Routed)]
    joined = [e for e in events if isinstance(e, AgentJoined)]
    ended = [e for e in events if isinstance(e, Ended)]
    assert len(routed) == 1 and len(ended) == 1, (routed, ended)
    if routed[0].decision.agent is not None:
        assert len(joined) == 1 and joined[0].email == routed[0].decision.agent.email
        assert ended[0].outcome is Outcome.LIVE_CHAT
        return "agent"
    assert joined == [] and ended[0].outcome is Outcome.FALLBACK
    assert [e.text for e in events if isinstance(e, BotSaid)].count(FALLBACK) == 1
    return "fallback"


async def run(seed: int) -> dict[str, Any]:
    rng = random.Random(seed)
    agents = staff(rng)
    router = Router(agents, {}, MemoryPositions())
    referee = Referee(router)
    hub = LiveChatHub(router, simulated={a.email for a in agents}, reply_delay=0)
    for inbox in hub.inboxes.values():
        limit = inbox.agent.max_chats
        inbox.listeners.append(lambda what, chat, e=inbox.agent.email, m=limit: (
            referee.inbox_event(what, e, m)))  # fmt: skip
    failures: list[dict[str, Any]] = []
    asyncio.get_running_loop().set_exception_handler(
        lambda _loop, context: failures.append(context)
    )
    hub.start_simulated_agents()

    flow = Flow(DIALOG)
    sessions = [hub.open_session(flow, Profile(country="FR")) for _ in range(VISITORS)]
    clock = Clock(TICKS)
    arrivals = [0] * BURST + [rng.randrange(1, TICKS - 10) for _ in range(VISITORS - BURST)]
    visitors = [
        visit(session, clock, arrival, rng.randint(1, 4))
        for session, arrival in zip(sessions, arrivals, strict=True)
    ]
    began = time.perf_counter()
    outcomes, _ = await asyncio.gather(asyncio.gather(*visitors), clock.run(settle=12))
    seconds = time.perf_counter() - began
    await hub.aclose()
    return {
        "agents": agents,
        "referee": referee,
        "outcomes": Counter(outcomes),
        "sessions": sessions,
        "failures": failures,
        "seconds": seconds,
    }


def test_ten_thousand_visitors_and_fifty_agents() -> None:
    began = time.perf_counter()
    report = asyncio.run(asyncio.wait_for(run(seed=11), DEADLINE_SECONDS))  # the deadlock guard
    took = time.perf_counter() - began
    agents: list[AgentState] = report["agents"]
    referee: Referee = report["referee"]
    outcomes: Counter[str] = report["outcomes"]

    assert report["failures"] == []  # no task died with an exception
    assert outcomes["agent"] + outcomes["fallback"] == VISITORS  # each routed exactly once
    capacity = sum(a.max_chats for a in agents if a.ineligibility() is None)
    assert outcomes["fallback"] >= BURST - capacity  # the burst overflowed...
    assert outcomes["agent"] > capacity  # ...and freed places were taken again
    assert len(referee.picks) == outcomes["agent"] and len(referee.decisions) == VISITORS
    assert all(s.finished for s in report["sessions"])

    for agent in agents:
        assert agent.active_chats == 0 and referee.open[agent.email] == 0  # every place freed
        assert referee.peak[agent.email] <= agent.max_chats
        if agent.status is not AgentStatus.AVAILABLE or not agent.live_chat:
            assert referee.peak[agent.email] == 0 and agent.email not in referee.picks
    assert any(referee.peak[a.email] == a.max_chats for a in agents)  # limits were reached

    # Nobody is passed over while they can take a chat: between two chats for one agent,
    # another agent gets a second one only if the first was skipped (at their limit) meanwhile.
    laps = 0
    last_pick: dict[str, int] = {}
    for i, (email, _) in enumerate(referee.decisions):
        if email is None:
            continue
        if email in last_pick:
            between = referee.decisions[last_pick[email] + 1 : i]
            counts = Counter(picked for picked, _ in between if picked is not None)
            if counts and max(counts.values()) > 1:
                assert any(email in passed for _, passed in between), (email, counts)
            laps += 1
        last_pick[email] = i
    assert laps >= outcomes["agent"] - AGENTS  # every repeat chat was checked

    per_agent = Counter(referee.picks)
    print(
        f"\n{VISITORS} sessions held, {outcomes['agent']} chats, {outcomes['fallback']} fallbacks, "
        f"{capacity} places, chats per agent {min(per_agent.values())}-"
        f"{max(per_agent.values())}, visitors ran in {report['seconds']:.1f} s, "
        f"whole test {took:.1f} s"
    )
