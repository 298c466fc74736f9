"""Routing promises that must hold over any run: fairness, limits, one outcome, memory."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from designer.engine.round_robin import ALL_POOL, MemoryPositions, team_pool
from designer.engine.routing import AgentState, AgentStatus, Router, Visitor
from designer.model.criteria import Attribute, Criterion, Operator
from designer.model.routing import AgentRouting, CustomRules, RoundRobin, Rule, TeamRouting

SETTINGS = settings(max_examples=200, deadline=None)
AMPLE = 1_000_000
COUNTRIES = ["FR", "BE", "US", "DE"]
TEAM_NAMES = ["EMEA", "US", "Empty"]
DEFAULT = "Nobody is free right now."


def email(i: int) -> str:
    return f"agent{i}@example.com"


def free_agent(i: int) -> AgentState:
    return AgentState(email(i), f"Agent {i}", True, AgentStatus.AVAILABLE, AMPLE)


@st.composite
def random_agent(draw: st.DrawFn, i: int) -> AgentState:
    limit = draw(st.integers(1, 3))
    return AgentState(
        email=email(i),
        name=f"Agent {i}",
        live_chat=draw(st.booleans()),
        status=draw(st.sampled_from(list(AgentStatus))),
        max_chats=limit,
        active_chats=draw(st.integers(0, limit)),
    )


@st.composite
def workspaces(draw: st.DrawFn) -> tuple[list[AgentState], dict[str, list[str]]]:
    n = draw(st.integers(0, 6))
    agents = [draw(random_agent(i)) for i in range(n)]
    # Teams may list agents who left the workspace (index n and beyond).
    member = st.integers(0, n + 1).map(email)
    teams = {name: draw(st.lists(member, max_size=5)) for name in TEAM_NAMES[:2]}
    teams["Empty"] = []
    return agents, teams


agent_refs = st.integers(0, 7).map(email)
team_refs = st.sampled_from([*TEAM_NAMES, "Unknown"])
criteria = st.one_of(
    st.lists(st.sampled_from(COUNTRIES), min_size=1, max_size=3).map(
        lambda cs: Criterion(attribute=Attribute.COUNTRY, operator=Operator.ONE_OF, value=cs)
    ),
    st.sampled_from(["yes", "no"]).map(
        lambda v: Criterion(attribute=Attribute.AGENTS_AVAILABLE, value=v)
    ),
    st.sampled_from(["pro", "free"]).map(
        lambda v: Criterion(attribute=Attribute.FIELD, field="plan", value=v)
    ),
)
rules = st.builds(
    lambda cs, target, is_agent: (
        Rule(criteria=cs, agent=target[0]) if is_agent else Rule(criteria=cs, team=target[1])
    ),
    st.lists(criteria, max_size=2),
    st.tuples(agent_refs, team_refs),
    st.booleans(),
)
options = st.one_of(
    st.just(RoundRobin()),
    agent_refs.map(lambda a: AgentRouting(agent=a)),
    team_refs.map(lambda t: TeamRouting(team=t)),
    st.lists(rules, max_size=4).map(lambda rs: CustomRules(rules=rs)),
)
visitors = st.builds(
    Visitor,
    country=st.none() | st.sampled_from(COUNTRIES),
    fields=st.sampled_from([{}, {"plan": "pro"}, {"plan": "free"}]),
)


# --- (1) fairness ------------------------------------------------------------------


@SETTINGS
@given(
    n_agents=st.integers(1, 8),
    chats=st.lists(st.booleans(), max_size=120),
    start=st.none() | st.integers(0, 9),
)
def test_round_robin_is_fair_among_always_available_agents(
    n_agents: int, chats: list[bool], start: int | None
) -> None:
    agents = [free_agent(i) for i in range(n_agents)]
    positions = MemoryPositions()
    if start is not None:
        positions.set(ALL_POOL, email(start))  # any stored position, even a departed agent's
    r = Router(agents, {}, positions, DEFAULT)
    counts = Counter({a.email: 0 for a in agents})
    for keep in chats:
        agent = r.assign(r.route(RoundRobin()))
        assert agent is not None
        counts[agent.email] += 1
        if not keep:
            r.release(agent.email)
    assert max(counts.values()) - min(counts.values()) <= 1


@SETTINGS
@given(
    n_agents=st.integers(1, 8),
    members=st.lists(st.integers(0, 7), min_size=1, max_size=8, unique=True),
    chats=st.lists(st.sampled_from(["team", "all", "release"]), max_size=120),
)
def test_team_round_robin_is_fair_within_the_team(
    n_agents: int, members: list[int], chats: list[str]
) -> None:
    members = [m % n_agents for m in members]
    team = list(dict.fromkeys(email(m) for m in members))
    agents = [free_agent(i) for i in range(n_agents)]
    r = Router(agents, {"T": team}, MemoryPositions(), DEFAULT)
    counts = Counter({e: 0 for e in team})
    held: list[str] = []
    for step in chats:
        if step == "release":
            if held:
                r.release(held.pop())
            continue
        # Workspace round-robin in between must not disturb the team's rotation.
        routing = TeamRouting(team="T") if step == "team" else RoundRobin()
        decision = r.route(routing)
        agent = r.assign(decision)
        assert agent is not None
        held.append(agent.email)
        if step == "team":
            assert decision.pool == team_pool("T")
            counts[agent.email] += 1
    assert max(counts.values()) - min(counts.values()) <= 1


@SETTINGS
@given(data=st.data(), n_steady=st.integers(1, 5), n_flaky=st.integers(0, 4))
def test_fairness_holds_while_other_agents_come_and_go(
    data: st.DataObject, n_steady: int, n_flaky: int
) -> None:
    """The product's promise: skipping others never unbalances the always-available."""
    n = n_steady + n_flaky
    order = data.draw(st.permutations(range(n)))
    agents = [free_agent(i) for i in order]
    steady = {email(i) for i in range(n_steady)}
    flaky = [a for a in agents if a.email not in steady]
    r = Router(agents, {}, MemoryPositions(), DEFAULT)
    counts = Counter(dict.fromkeys(steady, 0))
    for _ in range(data.draw(st.integers(0, 60))):
        for a in flaky:
            a.status = data.draw(st.sampled_from(list(AgentStatus)))
        agent = r.assign(r.route(RoundRobin()))
        assert agent is not None
        if agent.email in steady:
            counts[agent.email] += 1
    assert max(counts.values()) - min(counts.values()) <= 1


# --- (2) eligibility and limits ----------------------------------------------------


@SETTINGS
@given(
    workspace=workspaces(),
    data=st.data(),
    steps=st.lists(st.sampled_from(["route", "route", "release", "toggle"]), max_size=60),
)
def test_no_chat_goes_to_an_agent_who_cannot_take_it(
    workspace: tuple[list[AgentState], dict[str, list[str]]],
    data: st.DataObject,
    steps: list[str],
) -> None:
    agents, teams = workspace
    r = Router(agents, teams, MemoryPositions(), DEFAULT)
    for step in steps:
        if step == "release":
            busy = [a for a in agents if a.active_chats > 0]
            if busy:
                r.release(data.draw(st.sampled_from(busy)).email)
        elif step == "toggle" and agents:
            who = data.draw(st.sampled_from(agents))
            who.status = data.draw(st.sampled_from(list(AgentStatus)))
        else:
            decision = r.route(data.draw(options), data.draw(visitors))
            chosen = decision.agent
            if chosen is not None:
                assert chosen.live_chat
                assert chosen.status == AgentStatus.AVAILABLE
                assert chosen.active_chats < chosen.max_chats
                for skipped_email, reason in decision.skipped:
                    assert r.agent(skipped_email).ineligibility() == reason  # type: ignore[union-attr]
            r.assign(decision)
        assert all(0 <= a.active_chats <= a.max_chats for a in agents)


# --- (3) exactly one outcome -------------------------------------------------------


@SETTINGS
@given(
    workspace=workspaces(),
    routes=st.lists(st.tuples(options, visitors, st.sampled_from([None, "", " ", "Call us"]))),
)
def test_every_visitor_gets_an_agent_xor_a_fallback_message(
    workspace: tuple[list[AgentState], dict[str, list[str]]],
    routes: list[tuple[RoundRobin | AgentRouting | TeamRouting | CustomRules, Visitor, str]],
) -> None:
    agents, teams = workspace
    r = Router(agents, teams, MemoryPositions(), DEFAULT)
    open_before = sum(a.active_chats for a in agents)
    assigned = fallbacks = 0
    for routing, visitor, card_fallback in routes:
        decision = r.route(routing, visitor, card_fallback)
        assert (decision.agent is None) != (decision.fallback_message is None)
        assert decision.explain()
        if decision.agent is None:
            expected = card_fallback.strip() if card_fallback and card_fallback.strip() else DEFAULT
            assert decision.fallback_message == expected
            assert decision.explain().endswith("The visitor gets the fallback message.")
            fallbacks += 1
        else:
            assert decision.agent.label in decision.explain()
            assigned += 1
        r.assign(decision)
    assert assigned + fallbacks == len(routes)
    # Each assigned visitor holds exactly one chat: none lost, none counted twice.
    assert sum(a.active_chats for a in agents) == open_before + assigned


# --- (4) the position outlives the router ------------------------------------------


def _picks(r: Router, routing: RoundRobin | TeamRouting, n: int) -> list[str | None]:
    out = []
    for _ in range(n):
        d = r.route(routing)
        out.append(d.agent.email if d.agent else None)
    return out


@SETTINGS
@given(
    workspace=workspaces(),
    first=st.integers(0, 12),
    second=st.integers(0, 12),
    team=st.sampled_from([None, *TEAM_NAMES]),
)
def test_a_fresh_router_sharing_positions_continues_the_order(
    workspace: tuple[list[AgentState], dict[str, list[str]]],
    first: int,
    second: int,
    team: str | None,
) -> None:
    agents, teams = workspace
    routing = RoundRobin() if team is None else TeamRouting(team=team)
    # Positions persist; chat counts do not (route only), so both runs see the same agents.
    one_go = _picks(Router(agents, teams, MemoryPositions(), DEFAULT), routing, first + second)
    shared = MemoryPositions()
    before = _picks(Router(agents, teams, shared, DEFAULT), routing, first)
    after = _picks(Router(list(agents), dict(teams), shared, DEFAULT), routing, second)
    assert before + after == one_go
