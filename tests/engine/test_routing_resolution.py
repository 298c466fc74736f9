"""Routing's resolution order (PRODUCT.md): account routing, the card's option, the safety net.

Examples first, each a sentence a marketer would read in the preview; then
properties over generated workspaces, options, accounts and visitors.
"""

from __future__ import annotations

import asyncio
import copy

from hypothesis import given, settings
from hypothesis import strategies as st

from designer.engine.conversation import Flow
from designer.engine.preview import LiveChatHub
from designer.engine.round_robin import ALL_POOL, MemoryPositions
from designer.engine.routing import (
    AgentState,
    AgentStatus,
    Decision,
    Router,
    Step,
    Visitor,
    email_domain,
)
from designer.model.cards import LiveChatCard
from designer.model.criteria import Attribute, Criterion, Operator
from designer.model.dialog import Dialog
from designer.model.routing import AgentRouting, CustomRules, RoundRobin, Rule, TeamRouting

SETTINGS = settings(max_examples=200, deadline=None)
Option = RoundRobin | AgentRouting | TeamRouting | CustomRules
DEFAULT = "Nobody is free right now."
ANA, LEA, SAM = "ana@acme.example", "lea@acme.example", "sam@acme.example"


def trio(lea: AgentStatus = AgentStatus.AWAY) -> list[AgentState]:
    """Ana, Léa and Sam, all with Live Chat; Léa is away unless told otherwise."""
    return [
        AgentState(ANA, "Ana", True, AgentStatus.AVAILABLE, 2),
        AgentState(LEA, "Léa", True, lea, 2),
        AgentState(SAM, "Sam", True, AgentStatus.AVAILABLE, 2),
    ]


def visitor_from(email: str) -> Visitor:
    return Visitor(fields={"email": email})


def picked(decision: Decision) -> str | None:
    """The email of the agent who takes the chat, None for the fallback."""
    return decision.agent.email if decision.agent is not None else None


# --- the safety net -------------------------------------------------------------------------


def test_the_qa_case_the_cards_agent_is_away_and_the_others_take_the_chat_in_turn():
    r = Router(trio(), {}, MemoryPositions(), DEFAULT, safety_net=True)
    order = []
    for _ in range(4):
        decision = r.route(AgentRouting(agent=LEA))
        assert decision.step is Step.SAFETY_NET and decision.pool == ALL_POOL
        order.append(picked(decision))
    assert order == [ANA, SAM, ANA, SAM]  # round-robin over everyone, Léa skipped
    assert decision.reasons == (
        "Léa, the card's agent, is away.",
        "Nobody the card names can take the chat, so every agent is tried in round-robin order.",
        "Skipped Léa, who is away.",
        "Picked Sam: next in round-robin order among all agents.",
    )
    # What the card's own option found is kept, for reports grouping these chats.
    assert decision.option is not None and decision.option.skipped == ((LEA, "is away"),)


def test_with_the_switch_off_the_same_visitor_gets_the_fallback():
    decision = Router(trio(), {}, MemoryPositions(), DEFAULT).route(AgentRouting(agent=LEA))
    assert decision.agent is None and decision.step is Step.OPTION
    assert decision.reasons[-1] == "The visitor gets the fallback message."


def test_the_net_keeps_the_all_agents_position_shared_with_round_robin_cards():
    positions = MemoryPositions()
    r = Router(trio(), {"Night": [LEA]}, positions, DEFAULT, safety_net=True)
    assert picked(r.route(RoundRobin())) == ANA
    assert picked(r.route(TeamRouting(team="Night"))) == SAM
    assert positions.get(ALL_POOL) == SAM
    assert picked(r.route(RoundRobin())) == ANA


def test_a_team_rule_or_unknown_target_that_finds_nobody_is_caught_too():
    r = Router(trio(), {"Night": [LEA], "Empty": []}, MemoryPositions(), DEFAULT, safety_net=True)
    in_fr = Criterion(attribute=Attribute.COUNTRY, operator=Operator.EQUALS, value="FR")
    rules = CustomRules(rules=[Rule(criteria=[in_fr], team="Night")])
    for routing, visitor in (
        (TeamRouting(team="Night"), None),
        (TeamRouting(team="Empty"), None),
        (TeamRouting(team="Ghosts"), None),
        (AgentRouting(agent="ghost@acme.example"), None),
        (rules, Visitor(country="FR")),
    ):
        decision = r.route(routing, visitor)
        assert decision.step is Step.SAFETY_NET and decision.agent is not None, routing
    assert decision.rule_index == 0  # the rule still matched, as the report counts it


def test_no_rule_matched_still_gets_the_cards_fallback():
    """The card says so itself: an unmatched visitor gets the fallback (PRODUCT.md's table)."""
    r = Router(trio(), {}, MemoryPositions(), "Call us", safety_net=True)
    in_fr = Criterion(attribute=Attribute.COUNTRY, operator=Operator.EQUALS, value="FR")
    for routing in (CustomRules(rules=[Rule(criteria=[in_fr], agent=ANA)]), CustomRules()):
        decision = r.route(routing, Visitor(country="JP"))
        assert (decision.agent, decision.step, decision.fallback_message) == (
            None,
            Step.OPTION,
            "Call us",
        )


def test_when_nobody_at_all_can_chat_the_net_says_so_and_the_fallback_follows():
    agents = trio()
    for a in agents:
        a.status = AgentStatus.OFFLINE
    decision = Router(agents, {}, MemoryPositions(), DEFAULT, safety_net=True).route(
        AgentRouting(agent=LEA), None, "Back soon"
    )
    assert decision.agent is None and decision.fallback_message == "Back soon"
    assert decision.step is Step.SAFETY_NET
    assert decision.reasons[-2:] == (
        "Nobody in all agents can take the chat: Ana is offline, Léa is offline, Sam is offline.",
        "The visitor gets the fallback message.",
    )


# --- account routing ------------------------------------------------------------------------


def test_an_accounts_visitor_goes_to_its_agent_before_the_cards_option():
    r = Router(
        trio(AgentStatus.AVAILABLE), {}, MemoryPositions(), DEFAULT, accounts={"Globex.COM": LEA}
    )
    decision = r.route(AgentRouting(agent=SAM), visitor_from("Kim@GLOBEX.com"))
    assert (picked(decision), decision.step) == (LEA, Step.ACCOUNT)
    assert decision.reasons == (
        "The visitor's email domain globex.com is an account of Léa.",
        "Picked Léa: the account's agent, who can take the chat.",
    )
    other = r.route(AgentRouting(agent=SAM), visitor_from("kim@initech.com"))
    assert (picked(other), other.step) == (SAM, Step.OPTION)


def test_an_unavailable_account_agent_means_the_fallback_even_with_the_safety_net():
    positions = MemoryPositions()
    r = Router(trio(), {}, positions, DEFAULT, safety_net=True, accounts={"globex.com": LEA})
    decision = r.route(RoundRobin(), visitor_from("kim@globex.com"), "We will call you")
    assert decision.agent is None and decision.fallback_message == "We will call you"
    assert decision.step is Step.ACCOUNT and decision.skipped == ((LEA, "is away"),)
    assert decision.reasons == (
        "The visitor's email domain globex.com is an account of Léa.",
        "Léa, the account's agent, is away.",
        "An account's visitors go to its agent only: nobody else is tried.",
        "The visitor gets the fallback message.",
    )
    assert positions.get(ALL_POOL) is None  # round-robin was not even asked


def test_a_visitor_without_a_usable_email_is_routed_by_the_card():
    r = Router(trio(), {}, MemoryPositions(), DEFAULT, accounts={"globex.com": LEA})
    for fields in ({}, {"email": ""}, {"email": "not an email"}, {"email": "kim@"}):
        assert r.route(RoundRobin(), Visitor(fields=fields)).step is Step.OPTION
    assert email_domain(" Kim@Globex.COM. ") == "globex.com"
    assert email_domain("kim") is None


def test_a_transfer_goes_where_it_is_sent_or_nowhere():
    """The agent chose the target: neither account routing nor the safety net redirects it."""
    agents = trio(AgentStatus.AVAILABLE)
    r = Router(
        agents, {"Night": []}, MemoryPositions(), safety_net=True, accounts={"globex.com": ANA}
    )
    kim = visitor_from("kim@globex.com")
    assert picked(r.route(AgentRouting(agent=SAM), kim, option_only=True)) == SAM
    assert r.route(TeamRouting(team="Night"), kim, option_only=True).agent is None
    assert picked(r.route(TeamRouting(team="Night"), kim)) == ANA


def test_the_previews_transfer_to_an_empty_team_changes_nothing():
    async def scenario() -> None:
        agents = trio(AgentStatus.AVAILABLE)
        router = Router(agents, {"Night": []}, MemoryPositions(), safety_net=True)
        hub = LiveChatHub(router)
        card = LiveChatCard(id="chat", routing=AgentRouting(agent=LEA))
        session = hub.open_session(Flow(Dialog(start="chat", cards=[card])), Visitor())
        session.start()
        chat = session.chat
        assert chat is not None and chat.agent.email == LEA
        assert hub.inboxes[LEA].transfer(chat, team="Night") is False
        assert not chat.closed and [a.active_chats for a in agents] == [0, 1, 0]

    asyncio.run(scenario())


# --- properties -----------------------------------------------------------------------------


def email(i: int) -> str:
    return f"agent{i}@example.com"


@st.composite
def random_agent(draw: st.DrawFn, i: int) -> AgentState:
    limit = draw(st.integers(1, 3))
    return AgentState(
        email(i),
        f"Agent {i}",
        draw(st.booleans()),
        draw(st.sampled_from(list(AgentStatus))),
        limit,
        draw(st.integers(0, limit)),
    )


@st.composite
def setups(draw: st.DrawFn) -> tuple[list[AgentState], dict[str, list[str]], dict[str, str]]:
    """Agents, teams (maybe naming departed agents) and accounts (maybe to departed agents)."""
    n = draw(st.integers(0, 5))
    agents = [draw(random_agent(i)) for i in range(n)]
    member = st.integers(0, n + 1).map(email)
    teams = {"EMEA": draw(st.lists(member, max_size=4)), "Empty": []}
    accounts = draw(st.dictionaries(st.sampled_from(DOMAINS), member, max_size=3))
    return agents, teams, accounts


DOMAINS = ["globex.com", "initech.com", "hooli.com"]
agent_refs = st.integers(0, 6).map(email)
options = st.one_of(
    st.just(RoundRobin()),
    agent_refs.map(lambda a: AgentRouting(agent=a)),
    st.sampled_from(["EMEA", "Empty", "Unknown"]).map(lambda t: TeamRouting(team=t)),
    st.lists(
        st.builds(
            lambda c, a: Rule(criteria=[Criterion(attribute=Attribute.COUNTRY, value=c)], agent=a),
            st.sampled_from(["FR", "US"]),
            agent_refs,
        ),
        max_size=3,
    ).map(lambda rules: CustomRules(rules=rules)),
)
visitors = st.builds(
    Visitor,
    country=st.sampled_from(["FR", "US", None]),
    fields=st.one_of(
        st.just({}),
        st.sampled_from([*DOMAINS, "other.org"]).map(lambda d: {"email": f"kim@{d.upper()}"}),
    ),
)
steps = st.lists(
    st.tuples(options, visitors, st.booleans(), st.sampled_from(["keep", "release", "toggle"])),
    max_size=40,
)


def _can_chat(agent: AgentState | None) -> bool:
    return agent is not None and agent.ineligibility() is None


@SETTINGS
@given(setup=setups(), safety_net=st.booleans(), plan=steps, data=st.data())
def test_each_visitor_is_routed_once_by_the_first_step_that_applies(
    setup: tuple[list[AgentState], dict[str, list[str]], dict[str, str]],
    safety_net: bool,
    plan: list[tuple[Option, Visitor, bool, str]],
    data: st.DataObject,
) -> None:
    agents, teams, accounts = setup
    positions = MemoryPositions()
    r = Router(agents, teams, positions, DEFAULT, safety_net=safety_net, accounts=accounts)
    held: list[str] = []
    assigned = 0
    for routing, visitor, transfer, then in plan:
        # The card's option alone, from the same state: what steps 1 and 3 may override.
        alone = Router(agents, teams, copy.deepcopy(positions), DEFAULT).route(routing, visitor)
        before = copy.deepcopy(positions)
        anyone = any(_can_chat(a) for a in agents)
        decision = r.route(routing, visitor, option_only=transfer)

        # Exactly one outcome, and never an agent who cannot take the chat.
        assert (decision.agent is None) != (decision.fallback_message is None)
        assert decision.agent is None or _can_chat(decision.agent)
        assert decision.explain()

        owner = accounts.get(email_domain(visitor.email) or "")
        if owner is not None and not transfer:
            # Account routing: the account's agent or the fallback, nobody else, no rotation.
            assert decision.step is Step.ACCOUNT
            mapped = r.agent(owner)
            if _can_chat(mapped):
                assert decision.agent is mapped
            else:
                assert decision.agent is None
                assert repr(positions) == repr(before)
        elif alone.agent is not None:
            # The card's option found someone: neither the account nor the net changes that.
            assert decision == alone and decision.step is Step.OPTION
        else:
            catches = (
                safety_net
                and not transfer
                and not isinstance(routing, RoundRobin)
                and not (isinstance(routing, CustomRules) and alone.rule_index is None)
            )
            if catches:
                assert decision.step is Step.SAFETY_NET
                assert decision.pool == ALL_POOL
                assert (decision.agent is not None) == anyone
                assert decision.option == alone
            else:
                assert decision == alone and decision.step is Step.OPTION
        if decision.agent is not None:
            r.assign(decision)
            held.append(decision.agent.email)
            assigned += 1
        if then == "release" and held:
            r.release(held.pop(data.draw(st.integers(0, len(held) - 1))))
        elif then == "toggle" and agents:
            data.draw(st.sampled_from(agents)).status = data.draw(
                st.sampled_from(list(AgentStatus))
            )
    assert all(0 <= a.active_chats <= a.max_chats for a in agents)
    assert len(held) <= assigned


@SETTINGS
@given(n=st.integers(2, 6), away=st.integers(0, 5), chats=st.integers(0, 60))
def test_the_safety_net_is_fair_among_always_available_agents(
    n: int, away: int, chats: int
) -> None:
    """Chats the net gives out follow the all-agents rotation: counts differ by at most one."""
    agents = [
        AgentState(email(i), f"Agent {i}", True, AgentStatus.AVAILABLE, 10**6) for i in range(n)
    ]
    target = agents[away % n]
    target.status = AgentStatus.AWAY
    r = Router(agents, {}, MemoryPositions(), DEFAULT, safety_net=True)
    counts = {a.email: 0 for a in agents if a is not target}
    for _ in range(chats):
        decision = r.route(AgentRouting(agent=target.email))
        agent = r.assign(decision)
        assert agent is not None and decision.step is Step.SAFETY_NET
        counts[agent.email] += 1
    assert max(counts.values()) - min(counts.values()) <= 1
