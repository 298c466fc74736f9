"""Simulating many visitors: deterministic, consistent, and honest about capacity."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from designer.engine.profiles import Profile, ProfileMix, load_profile_mix
from designer.engine.routing import AgentState, AgentStatus
from designer.engine.simulation import Simulator
from designer.errors import DesignerError
from designer.model.dialog import Dialog

EXAMPLES = Path(__file__).parents[2] / "examples"
SALES = Dialog.model_validate_json((EXAMPLES / "talk-to-sales.json").read_text())
TEAMS = {"EMEA": ["ana@acme.example", "lea@acme.example"]}


def agents(limit: int = 3) -> list[AgentState]:
    return [
        AgentState("ana@acme.example", "Ana", True, AgentStatus.AVAILABLE, limit),
        AgentState("lea@acme.example", "Léa", True, AgentStatus.AVAILABLE, limit),
        AgentState("sam.rivera@acme.example", "Sam", True, AgentStatus.AVAILABLE, limit),
    ]


def test_same_seed_same_report_and_another_seed_differs():
    a = Simulator(SALES, agents(), TEAMS, visitors=2000, seed=7).run().to_dict()
    b = Simulator(SALES, agents(), TEAMS, visitors=2000, seed=7).run().to_dict()
    c = Simulator(SALES, agents(), TEAMS, visitors=2000, seed=8).run().to_dict()
    assert a == b
    assert a != c


def test_every_visitor_is_counted_once_and_chats_match_assignments():
    report = Simulator(SALES, agents(), TEAMS, visitors=3000, seed=1).run()
    assert sum(report.outcomes.values()) == 3000
    assert sum(report.paths.values()) == 3000
    assert sum(report.assignments.values()) == report.outcomes["live_chat"]
    assert (
        report.teams["EMEA"]
        == report.assignments["ana@acme.example"] + report.assignments["lea@acme.example"]
    )
    assert sum(report.drop_offs.values()) == report.outcomes["dropped"]
    assert sum(report.fallbacks.values()) == report.outcomes["fallback"]
    assert report.card_visits["welcome"] == 3000
    assert report.steps == sum(len(p) * n for p, n in report.paths.items())


def test_capacity_is_never_exceeded_during_a_busy_run():
    sim = Simulator(
        SALES,
        agents(limit=1),
        TEAMS,
        visitors=4000,
        seed=3,
        mix=ProfileMix(arrival_seconds=5, chat_minutes=30, profiles=[Profile(country="FR")]),
    )
    peak = 0
    while not sim.finished:
        sim.step(10)
        peak = max(peak, *(a.active_chats for a in sim.agents))
    assert peak == 1
    report = sim.report
    # Agents are saturated, so many French visitors get the fallback for a full team.
    assert report.fallbacks["nobody in team EMEA could take the chat"] > 0
    assert report.outcomes["live_chat"] > 0


def test_answer_weights_steer_visitors():
    mix = ProfileMix(profiles=[Profile(country="US", answers={"ask-sales": {"no": 1}})])
    report = Simulator(SALES, agents(), TEAMS, visitors=500, seed=2, mix=mix).run()
    assert report.card_visits["browse"] == 500
    assert report.card_visits.get("contact", 0) == 0
    assert report.outcomes == {"ended": 500}


def test_round_robin_alternates_within_the_team():
    mix = ProfileMix(
        profiles=[Profile(country="BE", answers={"ask-sales": {"yes": 1}})],
        chat_minutes=0.01,
    )
    report = Simulator(SALES, agents(), TEAMS, visitors=50, seed=5, mix=mix).run()
    order = report.round_robin_order
    assert len(order) >= 10
    assert all(a != b for a, b in itertools.pairwise(order))
    assert abs(report.assignments["ana@acme.example"] - report.assignments["lea@acme.example"]) <= 1


def test_no_rule_matched_is_reported_as_the_fallback_reason():
    mix = ProfileMix(profiles=[Profile(country="JP", answers={"ask-sales": {"yes": 1}})])
    report = Simulator(SALES, agents(), TEAMS, visitors=100, seed=1, mix=mix).run()
    assert report.fallbacks == {"No rule matched this visitor": 100}


def test_profile_mix_file_errors_name_the_place(tmp_path):
    good = tmp_path / "mix.json"
    good.write_text(json.dumps({"profiles": [{"name": "FR", "country": "FR", "weight": 2}]}))
    assert load_profile_mix(good).profiles[0].weight == 2
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"profiles": [{"name": "FR", "weight": -1}]}))
    with pytest.raises(DesignerError) as err:
        load_profile_mix(bad)
    assert "$.profiles[0].weight" in str(err.value) and "bad.json" in str(err.value)
    broken = tmp_path / "broken.json"
    broken.write_text("{")
    with pytest.raises(DesignerError, match="line 1"):
        load_profile_mix(broken)
    with pytest.raises(DesignerError, match="does not exist"):
        load_profile_mix(tmp_path / "none.json")


def test_the_shipped_profile_mix_loads_and_steers_parisians_to_sales():
    mix = load_profile_mix(EXAMPLES / "simulation" / "profiles.json")
    assert [p.country for p in mix.profiles] == ["FR", "BE", "US", "JP"]
    report = Simulator(SALES, agents(), TEAMS, visitors=1000, seed=4, mix=mix).run()
    assert report.teams["EMEA"] > 0


def _stuck_dialog(validation: str | None) -> Dialog:
    """A question whose only answer leads back to it, or a field that refuses the visitor."""
    if validation is None:
        cards = [
            {
                "type": "question",
                "id": "again",
                "text": "Sure?",
                "answers": [{"id": "y", "label": "Yes"}],
            }
        ]
        edges = [{"from": "again", "branch": "y", "to": "again"}]
    else:
        cards = [
            {
                "type": "info_capture",
                "id": "mail",
                "fields": [
                    {
                        "kind": "custom",
                        "name": "work_email",
                        "prompt": "Work email?",
                        "validation": validation,
                    }
                ],
            },
            {"type": "end", "id": "bye"},
        ]
        edges = [{"from": "mail", "branch": "next", "to": "bye"}]
    return Dialog.model_validate({"start": cards[0]["id"], "cards": cards, "edges": edges})


@pytest.mark.parametrize("validation", [None, "email"])
def test_a_visitor_who_can_never_get_past_a_card_ends_as_a_loop_not_a_hang(validation):
    # drop rate 0: they never give up, and the dialog never lets them through
    mix = ProfileMix(profiles=[Profile(drop_rate=0.0)])  # types "work_email 1": not an email
    report = Simulator(_stuck_dialog(validation), [], {}, visitors=5, seed=1, mix=mix).run()
    assert report.outcomes == {"loop": 5}


def _option_dialog(options: list[str]) -> Dialog:
    """One required work email offered as buttons, then an End card."""
    field = {
        "kind": "custom",
        "name": "work_email",
        "validation": "email",
        "options": options,
    }
    cards = [
        {"type": "info_capture", "id": "mail", "fields": [field]},
        {"type": "end", "id": "bye"},
    ]
    edges = [{"from": "mail", "branch": "next", "to": "bye"}]
    return Dialog.model_validate({"start": "mail", "cards": cards, "edges": edges})


@pytest.mark.parametrize(
    ("options", "weights"),
    [
        (["not an email", ""], None),  # every button refused
        (["not an email", "ana@acme.example"], {"0": 1.0}),  # the good one never pressed
        (["not an email", "ana@acme.example"], {"0": 2.0, "1": 0.0}),  # nor here
    ],
)
def test_a_visitor_pressing_only_refused_buttons_ends_as_a_loop_not_a_hang(options, weights):
    answers = {"mail": weights} if weights else {}
    mix = ProfileMix(profiles=[Profile(drop_rate=0.0, answers=answers)])
    report = Simulator(_option_dialog(options), [], {}, visitors=5, seed=1, mix=mix).run()
    assert report.outcomes == {"loop": 5}


def test_a_refused_button_is_pressed_again_until_a_good_one():
    mix = ProfileMix(profiles=[Profile(drop_rate=0.0, answers={"mail": {"0": 5.0, "1": 1.0}})])
    dialog = _option_dialog(["not an email", "ana@acme.example"])
    report = Simulator(dialog, [], {}, visitors=50, seed=1, mix=mix).run()
    assert report.outcomes == {"ended": 50}
