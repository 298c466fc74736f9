"""The QA report, replayed: a card's agent cannot chat while the others sit idle.

With the workspace switch on (its default), the simulator hands those visitors
to the other agents in round-robin order and the report counts them apart;
with it off, they get the fallback message as before. Account routing shows in
the report too.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from designer.engine.profiles import Profile, ProfileMix, load_profile_mix
from designer.engine.routing import AgentState, AgentStatus
from designer.engine.simulation import Simulator
from designer.model.cards import LiveChatCard, MessageCard
from designer.model.dialog import Dialog, Edge
from designer.model.routing import AgentRouting

EXAMPLES = Path(__file__).parents[2] / "examples"
ANA, LEA, SAM = "ana@acme.example", "lea@acme.example", "sam.rivera@acme.example"
LEA_CANNOT = "agent lea@acme.example could not take the chat"
QUIET_DAY = ProfileMix(arrival_seconds=120, chat_minutes=1, profiles=[Profile(drop_rate=0)])


def people() -> list[AgentState]:
    """Ana, Léa and Sam are all available; Léa lacks the Live Chat permission."""
    return [
        AgentState(ANA, "Ana", True, AgentStatus.AVAILABLE, 5),
        AgentState(LEA, "Léa", False, AgentStatus.AVAILABLE, 5),
        AgentState(SAM, "Sam Rivera", True, AgentStatus.AVAILABLE, 5),
    ]


def to_lea() -> Dialog:
    return Dialog(
        start="hi",
        cards=[
            MessageCard(id="hi", text="Hello!"),
            LiveChatCard(id="chat", routing=AgentRouting(agent=LEA), fallback_message="Later!"),
        ],
        edges=[Edge(source="hi", port="next", target="chat")],
    )


def test_with_the_switch_on_nobody_gets_the_fallback_while_others_are_free():
    report = Simulator(
        to_lea(), people(), {}, visitors=1000, seed=3, mix=QUIET_DAY, safety_net=True
    ).run()
    assert report.outcomes == {"live_chat": 1000}
    assert report.fallbacks == {}
    assert set(report.assignments) == {ANA, SAM}
    assert abs(report.assignments[ANA] - report.assignments[SAM]) <= 1  # round-robin
    assert report.safety_net == {LEA_CANNOT: 1000}
    assert report.to_dict()["safety_net_by_reason"] == {LEA_CANNOT: 1000}
    assert report.round_robin_order[:4] == [ANA, SAM, ANA, SAM]


def test_with_the_switch_off_every_visitor_gets_the_fallback():
    report = Simulator(to_lea(), people(), {}, visitors=1000, seed=3, mix=QUIET_DAY).run()
    assert report.outcomes == {"fallback": 1000}
    assert report.fallbacks == {LEA_CANNOT: 1000}
    assert report.assignments == {} and report.safety_net == {}


def test_when_everyone_is_busy_the_report_says_nobody_else_could_either():
    busy = ProfileMix(arrival_seconds=1, chat_minutes=60, profiles=[Profile(drop_rate=0)])
    report = Simulator(
        to_lea(), people(), {}, visitors=200, seed=1, mix=busy, safety_net=True
    ).run()
    chats = report.outcomes["live_chat"]
    assert 10 <= chats < 20  # Ana's and Sam's five chats each, and a few that ended early
    assert report.fallbacks == {f"{LEA_CANNOT}, nor any other agent": 200 - chats}


@pytest.mark.parametrize("safety_net", [False, True])
def test_the_bundled_example_capacity_fallbacks_become_safety_net_chats(safety_net: bool):
    """The QA's run of talk-to-sales: US visitors wait on Sam, French ones on team EMEA."""
    dialog = Dialog.model_validate_json((EXAMPLES / "talk-to-sales.json").read_text())
    agents = [*people(), AgentState("bo@acme.example", "Bo", False, AgentStatus.AVAILABLE, 5)]
    agents[1].live_chat = True  # the example's workspace: Léa chats too
    mix = load_profile_mix(EXAMPLES / "simulation" / "profiles.json")
    report = Simulator(
        dialog,
        agents,
        {"EMEA": [ANA, LEA]},
        visitors=10_000,
        seed=0,
        mix=mix,
        safety_net=safety_net,
    ).run()
    capacity = {
        "agent sam.rivera@acme.example could not take the chat",
        "nobody in team EMEA could take the chat",
    }
    if safety_net:
        assert set(report.fallbacks) == {"No rule matched this visitor"}  # the card's own choice
        assert set(report.safety_net) == capacity
    else:
        assert capacity <= set(report.fallbacks)
        assert report.safety_net == {}


def test_account_routing_is_counted_per_agent():
    mix = ProfileMix(
        arrival_seconds=60,
        chat_minutes=5,
        profiles=[
            Profile(fields={"email": "kim@globex.example"}, drop_rate=0),
            Profile(drop_rate=0),
        ],
    )
    agents = people()
    agents[0].max_chats = 1_000  # Ana always has room; Sam takes one chat at a time
    agents[2].max_chats = 1
    report = Simulator(
        to_lea(),
        agents,
        {},
        visitors=400,
        seed=2,
        mix=mix,
        safety_net=True,
        accounts={"globex.example": SAM},
    ).run()
    from_globex = report.accounts[SAM]
    assert report.to_dict()["account_assignments_per_agent"] == {SAM: from_globex}
    # When Sam is at his limit, his account's visitors get the fallback: nobody else is tried.
    sam_full = report.fallbacks["account agent sam.rivera@acme.example could not take the chat"]
    assert sam_full > 0 and set(report.fallbacks) == {
        "account agent sam.rivera@acme.example could not take the chat"
    }
    assert 150 < from_globex + sam_full < 250  # about half the visitors write from globex
    assert report.safety_net == {LEA_CANNOT: 400 - from_globex - sam_full}
    assert report.outcomes == {"live_chat": 400 - sam_full, "fallback": sam_full}


def test_an_account_whose_agent_left_is_reported_as_such():
    mix = ProfileMix(profiles=[Profile(fields={"email": "kim@globex.example"}, drop_rate=0)])
    report = Simulator(
        to_lea(),
        people(),
        {},
        visitors=50,
        mix=mix,
        safety_net=True,
        accounts={"globex.example": "gone@acme.example"},
    ).run()
    assert report.fallbacks == {"Agent gone@acme.example is not in the workspace": 50}
    assert report.safety_net == {}  # an account's visitors never reach the net
