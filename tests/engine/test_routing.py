"""Routing decisions option by option, with the reasons the preview shows."""

from __future__ import annotations

import subprocess
import sys

import pytest

from designer.engine.round_robin import ALL_POOL, MemoryPositions, pool_team, team_pool
from designer.engine.routing import (
    DEFAULT_FALLBACK,
    AgentState,
    AgentStatus,
    Decision,
    Router,
    Visitor,
    availability_text,
)
from designer.model.criteria import Attribute, Criterion, Operator
from designer.model.routing import AgentRouting, CustomRules, RoundRobin, Rule, TeamRouting

WORKSPACE_DEFAULT = "Sorry, nobody is free. We will email you."


def agent(
    name: str,
    *,
    live_chat: bool = True,
    status: AgentStatus = AgentStatus.AVAILABLE,
    max_chats: int = 5,
    active_chats: int = 0,
) -> AgentState:
    return AgentState(
        email=f"{name.lower()}@example.com",
        name=name,
        live_chat=live_chat,
        status=status,
        max_chats=max_chats,
        active_chats=active_chats,
    )


def router(
    agents: list[AgentState],
    teams: dict[str, list[str]] | None = None,
    positions: MemoryPositions | None = None,
) -> Router:
    return Router(agents, teams or {}, positions or MemoryPositions(), WORKSPACE_DEFAULT)


def picks(r: Router, routing: RoundRobin | TeamRouting, n: int) -> list[str | None]:
    return [d.agent.name if d.agent else None for d in (r.route(routing) for _ in range(n))]


def country_rule(countries: list[str], **target: str) -> Rule:
    crit = Criterion(attribute=Attribute.COUNTRY, operator=Operator.ONE_OF, value=countries)
    return Rule(criteria=[crit], **target)


# --- agents ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("state", "reason"),
    [
        (agent("Ana"), None),
        (agent("Ana", live_chat=False), "has no Live Chat permission"),
        (agent("Ana", status=AgentStatus.AWAY), "is away"),
        (agent("Ana", status=AgentStatus.OFFLINE), "is offline"),
        (agent("Ana", max_chats=3, active_chats=3), "is at their limit of 3 chats"),
        (agent("Ana", max_chats=1, active_chats=1), "is at their limit of 1 chat"),
        (agent("Ana", max_chats=3, active_chats=2), None),
        # The permission is the first thing that disqualifies.
        (agent("Ana", live_chat=False, status=AgentStatus.AWAY), "has no Live Chat permission"),
    ],
)
def test_ineligibility_reasons(state: AgentState, reason: str | None) -> None:
    assert state.ineligibility() == reason


def test_status_given_as_plain_text_from_the_store_still_works() -> None:
    assert agent("Ana", status="available").ineligibility() is None  # type: ignore[arg-type]
    assert agent("Ana", status="away").ineligibility() == "is away"  # type: ignore[arg-type]


def test_duplicate_agents_are_refused() -> None:
    with pytest.raises(ValueError, match="listed twice"):
        router([agent("Ana"), agent("ANA")])


def test_pool_names() -> None:
    assert team_pool("EMEA") == "team:EMEA"
    assert pool_team("team:EMEA") == "EMEA"
    assert pool_team(ALL_POOL) is None


def test_memory_positions() -> None:
    positions = MemoryPositions()
    assert positions.get("all") is None
    positions.set("all", "ana@example.com")
    assert positions.get("all") == "ana@example.com"
    assert positions.get("team:EMEA") is None


# --- round-robin -------------------------------------------------------------------


def test_round_robin_goes_in_order_and_wraps() -> None:
    r = router([agent("Ana"), agent("Bo"), agent("Cy")])
    assert picks(r, RoundRobin(), 5) == ["Ana", "Bo", "Cy", "Ana", "Bo"]


def test_round_robin_stores_the_last_agent_served() -> None:
    positions = MemoryPositions()
    r = router([agent("Ana"), agent("Bo")], positions=positions)
    decision = r.route(RoundRobin())
    assert decision.pool == ALL_POOL
    assert positions.get(ALL_POOL) == "ana@example.com"


def test_round_robin_starts_after_the_stored_position() -> None:
    positions = MemoryPositions()
    positions.set(ALL_POOL, "BO@example.com")
    r = router([agent("Ana"), agent("Bo"), agent("Cy")], positions=positions)
    assert picks(r, RoundRobin(), 2) == ["Cy", "Ana"]


def test_round_robin_restarts_when_the_stored_agent_left() -> None:
    positions = MemoryPositions()
    positions.set(ALL_POOL, "gone@example.com")
    r = router([agent("Ana"), agent("Bo")], positions=positions)
    assert picks(r, RoundRobin(), 1) == ["Ana"]


def test_round_robin_skips_each_kind_of_ineligible_agent_with_its_reason() -> None:
    r = router(
        [
            agent("Ana", live_chat=False),
            agent("Bo", status=AgentStatus.AWAY),
            agent("Cy", status=AgentStatus.OFFLINE),
            agent("Di", max_chats=2, active_chats=2),
            agent("Ed"),
        ]
    )
    decision = r.route(RoundRobin())
    assert decision.agent is not None and decision.agent.name == "Ed"
    assert decision.fallback_message is None
    assert decision.skipped == (
        ("ana@example.com", "has no Live Chat permission"),
        ("bo@example.com", "is away"),
        ("cy@example.com", "is offline"),
        ("di@example.com", "is at their limit of 2 chats"),
    )
    assert decision.explain().splitlines() == [
        "Skipped Ana, who has no Live Chat permission.",
        "Skipped Bo, who is away.",
        "Skipped Cy, who is offline.",
        "Skipped Di, who is at their limit of 2 chats.",
        "Picked Ed: next in round-robin order among all agents.",
    ]


def test_round_robin_only_lists_agents_considered_before_the_pick() -> None:
    r = router([agent("Ana"), agent("Bo", status=AgentStatus.AWAY), agent("Cy")])
    assert r.route(RoundRobin()).skipped == ()
    assert r.route(RoundRobin()).skipped == (("bo@example.com", "is away"),)


def test_round_robin_with_nobody_eligible_falls_back_and_keeps_the_position() -> None:
    positions = MemoryPositions()
    positions.set(ALL_POOL, "ana@example.com")
    r = router(
        [agent("Ana", status=AgentStatus.AWAY), agent("Bo", max_chats=3, active_chats=3)],
        positions=positions,
    )
    decision = r.route(RoundRobin())
    assert decision.agent is None
    assert decision.fallback_message == WORKSPACE_DEFAULT
    assert [email for email, _ in decision.skipped] == ["bo@example.com", "ana@example.com"]
    assert positions.get(ALL_POOL) == "ana@example.com"
    assert decision.explain() == (
        "Nobody in all agents can take the chat: Bo is at their limit of 3 chats, Ana is away.\n"
        "The visitor gets the fallback message."
    )


def test_round_robin_in_an_empty_workspace_falls_back() -> None:
    decision = router([]).route(RoundRobin())
    assert decision.agent is None
    assert decision.fallback_message == WORKSPACE_DEFAULT
    assert "There is nobody in all agents." in decision.explain()


# --- agent -------------------------------------------------------------------------


def test_agent_option_picks_that_agent_every_time() -> None:
    r = router([agent("Ana"), agent("Bo")])
    for _ in range(3):
        decision = r.route(AgentRouting(agent="bo@example.com"))
        assert decision.agent is not None and decision.agent.name == "Bo"
        assert decision.pool is None
    assert "Picked Bo: the card's agent" in decision.explain()


def test_agent_option_matches_email_in_any_case() -> None:
    decision = router([agent("Ana")]).route(AgentRouting(agent="Ana@Example.COM"))
    assert decision.agent is not None and decision.agent.name == "Ana"


@pytest.mark.parametrize(
    ("state", "reason"),
    [
        (agent("Ana", live_chat=False), "has no Live Chat permission"),
        (agent("Ana", status=AgentStatus.AWAY), "is away"),
        (agent("Ana", status=AgentStatus.OFFLINE), "is offline"),
        (agent("Ana", max_chats=3, active_chats=3), "is at their limit of 3 chats"),
    ],
)
def test_agent_option_falls_back_when_the_agent_cannot_take_it(
    state: AgentState, reason: str
) -> None:
    r = router([state, agent("Bo")])  # Bo is free but never tried: the card names Ana.
    decision = r.route(AgentRouting(agent="ana@example.com"))
    assert decision.agent is None
    assert decision.fallback_message == WORKSPACE_DEFAULT
    assert decision.skipped == (("ana@example.com", reason),)
    assert decision.explain().splitlines()[0] == f"Ana, the card's agent, {reason}."


def test_agent_option_with_an_unknown_agent_falls_back() -> None:
    decision = router([agent("Ana")]).route(AgentRouting(agent="x@example.com"))
    assert decision.agent is None
    assert decision.explain().splitlines() == [
        "Agent x@example.com is not in the workspace.",
        "The visitor gets the fallback message.",
    ]


# --- team --------------------------------------------------------------------------

TEAMS = {"EMEA": ["cy@example.com", "ana@example.com"], "US": ["bo@example.com"]}


def test_team_option_round_robins_in_membership_order() -> None:
    r = router([agent("Ana"), agent("Bo"), agent("Cy")], TEAMS)
    assert picks(r, TeamRouting(team="EMEA"), 3) == ["Cy", "Ana", "Cy"]
    assert r.route(TeamRouting(team="EMEA")).pool == "team:EMEA"


def test_team_and_workspace_pools_keep_separate_positions() -> None:
    positions = MemoryPositions()
    r = router([agent("Ana"), agent("Bo"), agent("Cy")], TEAMS, positions)
    assert picks(r, TeamRouting(team="EMEA"), 1) == ["Cy"]
    assert picks(r, RoundRobin(), 1) == ["Ana"]
    assert picks(r, TeamRouting(team="EMEA"), 1) == ["Ana"]
    assert positions.get("team:EMEA") == "ana@example.com"
    assert positions.get(ALL_POOL) == "ana@example.com"


def test_team_with_nobody_eligible_says_who_and_why() -> None:
    r = router(
        [
            agent("Ana", status=AgentStatus.AWAY),
            agent("Bo", max_chats=3, active_chats=3),
            agent("Cy"),
        ],
        {"EMEA": ["ana@example.com", "bo@example.com"]},
    )
    decision = r.route(TeamRouting(team="EMEA"), fallback_message="Book a call instead.")
    assert decision.agent is None
    assert decision.fallback_message == "Book a call instead."
    assert decision.explain().splitlines()[0] == (
        "Nobody in team EMEA can take the chat: Ana is away, Bo is at their limit of 3 chats."
    )


def test_unknown_team_falls_back() -> None:
    decision = router([agent("Ana")], TEAMS).route(TeamRouting(team="APAC"))
    assert decision.agent is None
    assert decision.pool == "team:APAC"
    assert decision.explain().splitlines()[0] == "Team APAC is not in the workspace."


def test_empty_team_falls_back() -> None:
    r = router([agent("Ana")], {"Empty": [], "Ghosts": ["gone@example.com"]})
    for team in ("Empty", "Ghosts"):
        decision = r.route(TeamRouting(team=team))
        assert decision.agent is None
        assert decision.explain().splitlines()[0] == f"There is nobody in team {team}."


def test_team_member_listed_twice_is_served_once_per_turn() -> None:
    r = router(
        [agent("Ana"), agent("Bo")],
        {"T": ["ana@example.com", "ANA@example.com", "bo@example.com"]},
    )
    assert picks(r, TeamRouting(team="T"), 4) == ["Ana", "Bo", "Ana", "Bo"]


# --- custom rules ------------------------------------------------------------------


def rules_router() -> Router:
    return router([agent("Ana"), agent("Bo"), agent("Cy")], TEAMS)


def test_first_matching_rule_wins() -> None:
    routing = CustomRules(
        rules=[
            country_rule(["US"], agent="bo@example.com"),
            country_rule(["FR", "BE"], team="EMEA"),
            country_rule(["FR"], agent="ana@example.com"),  # shadowed by rule 2
        ]
    )
    decision = rules_router().route(routing, Visitor(country="fr"))
    assert decision.rule_index == 1
    assert decision.pool == "team:EMEA"
    assert decision.agent is not None and decision.agent.name == "Cy"
    assert decision.explain().splitlines() == [
        "Rule 2 matched: country is one of FR, BE → team EMEA.",
        "Picked Cy: next in round-robin order among team EMEA.",
    ]


def test_rule_order_decides_between_overlapping_rules() -> None:
    a = country_rule(["FR"], agent="ana@example.com")
    b = country_rule(["FR"], agent="bo@example.com")
    r = rules_router()
    first = r.route(CustomRules(rules=[a, b]), Visitor(country="FR"))
    second = r.route(CustomRules(rules=[b, a]), Visitor(country="FR"))
    assert first.agent is not None and first.agent.name == "Ana"
    assert second.agent is not None and second.agent.name == "Bo"


def test_rule_naming_an_agent() -> None:
    routing = CustomRules(rules=[country_rule(["US"], agent="bo@example.com")])
    decision = rules_router().route(routing, Visitor(country="US"))
    assert decision.rule_index == 0
    assert decision.pool is None
    assert decision.agent is not None and decision.agent.name == "Bo"
    assert decision.explain().splitlines() == [
        "Rule 1 matched: country is one of US → agent bo@example.com.",
        "Picked Bo: the rule's agent, who can take the chat.",
    ]


def test_matched_rule_whose_agent_is_away_falls_back_without_trying_later_rules() -> None:
    r = router([agent("Ana", status=AgentStatus.AWAY), agent("Bo")])
    routing = CustomRules(
        rules=[
            country_rule(["FR"], agent="ana@example.com"),
            country_rule(["FR"], agent="bo@example.com"),
        ]
    )
    decision = r.route(routing, Visitor(country="FR"))
    assert decision.agent is None
    assert decision.rule_index == 0
    assert decision.explain().splitlines() == [
        "Rule 1 matched: country is one of FR → agent ana@example.com.",
        "Ana, the rule's agent, is away.",
        "The visitor gets the fallback message.",
    ]


def test_no_rule_matched() -> None:
    routing = CustomRules(rules=[country_rule(["US"], agent="bo@example.com")])
    decision = rules_router().route(routing, Visitor(country="DE"), "Write to us!")
    assert decision.agent is None
    assert decision.rule_index is None
    assert decision.fallback_message == "Write to us!"
    assert decision.explain() == (
        "No rule matched this visitor.\nThe visitor gets the fallback message."
    )


def test_unknown_visitor_matches_no_positive_rule() -> None:
    routing = CustomRules(rules=[country_rule(["US"], agent="bo@example.com")])
    assert rules_router().route(routing).agent is None


def test_no_rules_at_all() -> None:
    decision = rules_router().route(CustomRules(), Visitor(country="FR"))
    assert decision.agent is None
    assert decision.explain().splitlines()[0] == "The card has no rules."


def test_rule_without_criteria_takes_every_visitor() -> None:
    routing = CustomRules(rules=[Rule(agent="cy@example.com")])
    decision = rules_router().route(routing, Visitor())
    assert decision.agent is not None and decision.agent.name == "Cy"
    assert (
        decision.explain().splitlines()[0]
        == "Rule 1 matched: every visitor → agent cy@example.com."
    )


def test_rules_on_page_url_region_city_and_captured_fields() -> None:
    routing = CustomRules(
        rules=[
            Rule(
                criteria=[
                    Criterion(attribute=Attribute.PAGE_URL, operator="contains", value="/pricing"),
                    Criterion(attribute=Attribute.FIELD, field="plan", value="Enterprise"),
                ],
                agent="ana@example.com",
            ),
            Rule(
                criteria=[
                    Criterion(attribute=Attribute.REGION, value="Bavaria"),
                    Criterion(attribute=Attribute.CITY, value="Munich"),
                ],
                agent="bo@example.com",
            ),
        ]
    )
    r = rules_router()
    enterprise = Visitor(page_url="https://x.test/pricing", fields={"plan": "enterprise"})
    munich = Visitor(region="Bavaria", city="munich ")
    assert r.route(routing, enterprise).rule_index == 0
    assert r.route(routing, munich).rule_index == 1
    assert r.route(routing, Visitor(page_url="https://x.test/pricing")).rule_index is None


def test_rules_can_test_whether_agents_are_available() -> None:
    routing = CustomRules(
        rules=[
            Rule(
                criteria=[Criterion(attribute=Attribute.AGENTS_AVAILABLE, value="no")],
                agent="cy@example.com",
            ),
            Rule(agent="ana@example.com"),
        ]
    )
    busy = router([agent("Ana", status=AgentStatus.AWAY), agent("Cy", live_chat=False)])
    free = router([agent("Ana"), agent("Cy")])
    assert busy.route(routing).rule_index == 0
    assert free.route(routing).rule_index == 1


# --- fallback message --------------------------------------------------------------


def test_card_fallback_overrides_the_workspace_default() -> None:
    r = router([])
    assert r.route(RoundRobin(), fallback_message="Leave a note").fallback_message == "Leave a note"
    assert r.route(RoundRobin(), fallback_message="  ").fallback_message == WORKSPACE_DEFAULT
    assert r.route(RoundRobin()).fallback_message == WORKSPACE_DEFAULT


def test_blank_workspace_default_still_gives_a_message() -> None:
    r = Router([], {}, MemoryPositions(), "   ")
    assert r.route(RoundRobin()).fallback_message == DEFAULT_FALLBACK


def test_not_a_routing_option_is_a_programming_error() -> None:
    with pytest.raises(TypeError):
        router([]).route("round_robin")  # type: ignore[arg-type]


# --- assign and release ------------------------------------------------------------


def test_assign_holds_the_chat_open_until_release() -> None:
    r = router([agent("Ana", max_chats=1), agent("Bo", max_chats=1)])
    first = r.route(RoundRobin())
    assert first.agent is not None and first.agent.active_chats == 0  # route does not count
    assert r.assign(first) is first.agent
    assert first.agent.active_chats == 1
    second = r.route(RoundRobin())
    r.assign(second)
    third = r.route(RoundRobin())
    assert third.agent is None  # both at their limit of one chat
    assert r.assign(third) is None
    r.release("bo@example.com")
    fourth = r.route(RoundRobin())
    assert fourth.agent is not None and fourth.agent.name == "Bo"
    assert fourth.skipped == (("ana@example.com", "is at their limit of 1 chat"),)


def test_assign_refuses_an_agent_who_can_no_longer_take_the_chat() -> None:
    r = router([agent("Ana")])
    decision = r.route(RoundRobin())
    assert decision.agent is not None
    decision.agent.status = AgentStatus.AWAY
    with pytest.raises(ValueError, match="Ana is away"):
        r.assign(decision)
    assert decision.agent.active_chats == 0


def test_release_errors() -> None:
    r = router([agent("Ana")])
    with pytest.raises(ValueError, match="no open chat"):
        r.release("ana@example.com")
    with pytest.raises(ValueError, match="not in the workspace"):
        r.release("x@example.com")


def test_assign_counts_the_routers_agent_even_for_a_copied_decision() -> None:
    r = router([agent("Ana")])
    decision = r.route(RoundRobin())
    copy = Decision(agent("Ana"), None)
    r.assign(copy)
    assert decision.agent is not None and decision.agent.active_chats == 1


# --- availability and visitors -----------------------------------------------------


def test_any_available() -> None:
    r = router(
        [agent("Ana", status=AgentStatus.AWAY), agent("Bo"), agent("Cy", live_chat=False)],
        {"EMEA": ["ana@example.com", "cy@example.com"], "US": ["bo@example.com"]},
    )
    assert r.any_available()
    assert r.any_available(ALL_POOL)
    assert r.any_available("team:US")
    assert not r.any_available("team:EMEA")
    assert not r.any_available("team:APAC")
    assert not router([]).any_available()
    with pytest.raises(ValueError, match="unknown pool"):
        r.any_available("EMEA")


def test_availability_text() -> None:
    assert availability_text(True) == "yes"
    assert availability_text(False) == "no"


def test_visitor_lookup_is_keyed_like_criteria() -> None:
    visitor = Visitor(country="FR", city="Lyon", fields={"email": "a@b.fr"})
    lookup = visitor.lookup()
    assert lookup == {
        "country": "FR",
        "region": None,
        "city": "Lyon",
        "page_url": None,
        "agents_available": None,
        "field:email": "a@b.fr",
    }
    crit = Criterion(attribute=Attribute.FIELD, field="email", operator="is_known")
    assert crit.subject() in lookup


def test_router_lookups() -> None:
    ana, bo = agent("Ana"), agent("Bo")
    r = router([ana, bo])
    assert r.agents == (ana, bo)
    assert r.agent("BO@example.com") is bo
    assert r.agent("x@example.com") is None


def test_engine_imports_no_qt() -> None:
    code = (
        "import sys, designer.engine.routing; "
        "sys.exit(any(m.split('.')[0] in ('PySide6', 'shiboken6', 'qasync') for m in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
