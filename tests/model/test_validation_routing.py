"""Routing codes: unknown agents and teams, shadowed rules, nobody allowed to chat.

Each case gives the "talk to sales" Live Chat card another routing; the
clean dialog and its workspace come from conftest.py.
"""

from __future__ import annotations

import pytest

from designer.model.cards import MeetingBookingCard
from designer.model.criteria import Attribute, Criterion, Operator
from designer.model.dialog import Dialog, Edge
from designer.model.routing import AgentRouting, CustomRules, RoundRobin, Rule, TeamRouting
from designer.model.validation import CODES, AgentInfo, StaticDirectory, validate

FR_BE = Criterion(attribute=Attribute.COUNTRY, operator=Operator.ONE_OF, value=["FR", "BE"])
FR = Criterion(attribute=Attribute.COUNTRY, value="FR")
Routing = RoundRobin | AgentRouting | TeamRouting | CustomRules


def rules(*pairs: tuple[list[Criterion], str]) -> CustomRules:
    """Custom rules from (criteria, target) pairs; a target with '@' is an agent."""
    return CustomRules(
        rules=[
            Rule(criteria=c, agent=t) if "@" in t else Rule(criteria=c, team=t) for c, t in pairs
        ]
    )


def routed(d: Dialog, routing: Routing) -> Dialog:
    """The dialog with the Live Chat card 'chat' routed another way."""
    cards = [c.model_copy(update={"routing": routing}) if c.id == "chat" else c for c in d.cards]
    return d.model_copy(update={"cards": cards})


# (case, code, routing that produces it, close routing that does not)
CASES = [
    ("wider rule first", "rule-shadowed", rules(([FR_BE], "EMEA"), ([FR], "ann@example.com")),
     rules(([FR], "ann@example.com"), ([FR_BE], "EMEA"))),
    ("catch-all first", "rule-shadowed", rules(([], "EMEA"), ([FR], "ann@example.com")),
     rules(([FR], "ann@example.com"), ([], "EMEA"))),
    ("agent without permission", "no-live-chat-agent", AgentRouting(agent="bob@example.com"),
     AgentRouting(agent="ann@example.com")),
    ("team without permission", "no-live-chat-agent", TeamRouting(team="Night"),
     TeamRouting(team="EMEA")),
    ("rules without permission", "no-live-chat-agent",
     rules(([FR], "bob@example.com"), ([], "Night")),
     rules(([FR], "bob@example.com"), ([], "EMEA"))),
    ("no rules at all", "no-live-chat-agent", CustomRules(), rules(([], "EMEA"))),
    ("unknown agent", "unknown-agent", AgentRouting(agent="zed@example.com"),
     AgentRouting(agent="ANN@example.com")),
    ("unknown agent in a rule", "unknown-agent", rules(([FR], "zed@example.com")),
     rules(([FR], "ann@example.com"))),
    ("unknown team", "unknown-team", TeamRouting(team="APAC"), TeamRouting(team="EMEA")),
    ("unknown team in a rule", "unknown-team", rules(([FR], "APAC")), rules(([FR], "EMEA"))),
]  # fmt: skip


@pytest.mark.parametrize(("name", "code", "bad", "good"), CASES, ids=[c[0] for c in CASES])
def test_routing_mistake_is_reported(name, code, bad, good, sales_dialog, workspace):
    found = [p for p in validate(routed(sales_dialog, bad), workspace) if p.code == code]
    assert found
    assert all(p.card_id == "chat" and p.severity is CODES[code][0] for p in found)
    assert all("'Talk to sales'" in p.message for p in found)


@pytest.mark.parametrize(("name", "code", "bad", "good"), CASES, ids=[c[0] for c in CASES])
def test_close_routing_is_not_reported(name, code, bad, good, sales_dialog, workspace):
    assert code not in [p.code for p in validate(routed(sales_dialog, good), workspace)]


def test_every_routing_code_has_a_case():
    assert {c[1] for c in CASES} == {
        "rule-shadowed",
        "no-live-chat-agent",
        "unknown-agent",
        "unknown-team",
    }


def test_rule_shadowed_names_both_rules_one_based(sales_dialog):
    d = routed(sales_dialog, rules(([FR], "EMEA"), ([FR_BE], "EMEA"), ([FR], "EMEA")))
    [p] = validate(d)
    assert p.code == "rule-shadowed"
    assert "Rule 3" in p.message and "rule 1" in p.message
    assert p.path == "$.cards[4].routing.rules[2]"


def test_workspace_checks_need_a_directory(sales_dialog):
    assert validate(routed(sales_dialog, AgentRouting(agent="zed@example.com"))) == []
    assert validate(routed(sales_dialog, TeamRouting(team="APAC"))) == []


def test_unknown_targets_are_not_also_reported_as_unreachable_agents(sales_dialog, workspace):
    d = routed(sales_dialog, AgentRouting(agent="zed@example.com"))
    [p] = validate(d, workspace)
    assert (p.code, p.path) == ("unknown-agent", "$.cards[4].routing.agent")


def test_meeting_booking_routing_is_checked_but_needs_no_live_chat(sales_dialog, workspace):
    booking = MeetingBookingCard(
        id="meet", title="Book a call", text="Pick a slot", routing=AgentRouting(agent="x@y.z")
    )
    # Maybe later -> Book a call -> Goodbye, either way
    edges = [e for e in sales_dialog.edges if e.source != "later"]
    edges += [Edge(source="later", port="next", target="meet")]
    edges += [Edge(source="meet", port=p, target="bye") for p in ("booked", "no_slot")]
    d = sales_dialog.model_copy(update={"cards": [*sales_dialog.cards, booking], "edges": edges})
    directory = StaticDirectory(
        [*workspace.agents(), AgentInfo("x@y.z", "X", live_chat=False)],
        {"EMEA": ["ann@example.com"]},
    )
    assert validate(d, directory) == []
    [p] = validate(d, workspace)
    assert (p.code, p.card_id, p.path) == ("unknown-agent", "meet", "$.cards[7].routing.agent")
    assert "'Book a call'" in p.message


def test_round_robin_needs_someone_with_the_permission(sales_dialog):
    d = routed(sales_dialog, RoundRobin())
    assert validate(d, StaticDirectory([AgentInfo("a@b.c", "A", live_chat=True)])) == []
    nobody = StaticDirectory([AgentInfo("a@b.c", "A", live_chat=False)])
    assert [p.code for p in validate(d, nobody)] == ["no-live-chat-agent"]
