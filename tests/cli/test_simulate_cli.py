"""``designer simulate`` as marketing ops run it: a real process, a real workspace."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .process import designer

EXAMPLES = Path(__file__).parents[2] / "examples"
SALES = str(EXAMPLES / "talk-to-sales.json")


@pytest.fixture
def staffed(env: dict[str, str]) -> dict[str, str]:
    for args in (
        ("agents", "add", "Ana", "ana@acme.example", "--live-chat"),
        ("agents", "add", "Léa", "lea@acme.example", "--live-chat"),
        ("agents", "add", "Sam Rivera", "sam.rivera@acme.example", "--live-chat"),
        ("teams", "add", "EMEA"),
        ("teams", "add-member", "EMEA", "ana@acme.example"),
        ("teams", "add-member", "EMEA", "lea@acme.example"),
    ):
        assert designer(env, *args).returncode == 0
    return env


def test_json_report_is_deterministic_and_routes_to_the_workspace_agents(staffed):
    args = ("simulate", SALES, "--visitors", "400", "--seed", "5", "--json")
    first = designer(staffed, *args)
    second = designer(staffed, *args)
    assert first.returncode == 0, first.stderr
    assert first.stdout == second.stdout
    report = json.loads(first.stdout)
    assert report["visitors"] == 400
    assert sum(report["outcomes"].values()) == 400
    assert set(report["assignments_per_agent"]) <= {
        "ana@acme.example",
        "lea@acme.example",
        "sam.rivera@acme.example",
    }
    assert report["assignments_per_team"]["EMEA"] == report["assignments_per_agent"].get(
        "ana@acme.example", 0
    ) + report["assignments_per_agent"].get("lea@acme.example", 0)
    assert report["fallbacks_by_reason"]["No rule matched this visitor"] > 0


def test_text_report_and_saved_run(staffed):
    done = designer(staffed, "simulate", SALES, "--visitors", "200", "--save")
    assert done.returncode == 0, done.stderr
    assert "Simulation of 200 visitors through 'Talk to sales'" in done.stdout
    assert "Assignments per agent:" in done.stdout
    assert "Kept as simulation run 1 in the workspace." in done.stderr
    # in a marketer's words: outcomes as phrases, agents by name, rules by their card's title
    assert "handed to an agent (live chat)" in done.stdout
    assert "reached an End card" in done.stdout
    assert "Ana <ana@acme.example>" in done.stdout
    assert "'Chat with sales' (sales-chat): rule 1" in done.stdout
    assert "live_chat" not in done.stdout and "  ended" not in done.stdout


def test_empty_workspace_says_why_everyone_gets_the_fallback(env):
    done = designer(env, "simulate", SALES, "--visitors", "50")
    assert done.returncode == 0
    assert "the workspace has no agents" in done.stdout


def test_profile_mix_steers_visitors_and_bad_mix_is_one_sentence(env, tmp_path):
    mix = tmp_path / "mix.json"
    mix.write_text(
        json.dumps({"profiles": [{"country": "US", "answers": {"ask-sales": {"no": 1}}}]})
    )
    report = json.loads(
        designer(
            env, "simulate", SALES, "--profiles", str(mix), "--visitors", "30", "--json"
        ).stdout
    )
    assert report["outcomes"] == {"ended": 30}
    mix.write_text(json.dumps({"profiles": []}))
    done = designer(env, "simulate", SALES, "--profiles", str(mix))
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert "mix.json" in done.stderr and "$.profiles" in done.stderr


def test_a_negative_answer_weight_is_refused_with_its_place(env, tmp_path):
    mix = tmp_path / "mix.json"
    mix.write_text(json.dumps({"profiles": [{"answers": {"ask-sales": {"no": -1}}}]}))
    done = designer(env, "simulate", SALES, "--profiles", str(mix))
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert "$.profiles[0].answers.ask-sales.no" in done.stderr
    assert "greater than or equal to 0" in done.stderr


def test_bad_arguments_are_explained(env):
    done = designer(env, "simulate", SALES, "--visitors", "zero")
    assert done.returncode == 2 and "not a whole number" in done.stderr
    done = designer(env, "simulate", str(EXAMPLES / "missing.json"))
    assert (
        done.returncode == 2 and "missing.json" in done.stderr and "does not exist" in done.stderr
    )


def test_a_question_without_answers_and_a_refused_button_are_reported_not_a_traceback(
    env, tmp_path
):
    """Both load (validation flags them): visitors stop at the question, press again if refused."""
    dialog = json.loads(Path(SALES).read_text(encoding="utf-8"))
    for card in dialog["cards"]:
        if card["id"] == "contact":  # the email offered as buttons, one its check refuses
            card["fields"][1]["options"] = ["My work email", "camille@example.fr"]
        if card["id"] == "browse":  # nothing to press or type
            card.update(type="question", answers=[], allow_free_text=False)
            card.setdefault("text", "Anything else?")
    path = tmp_path / "stuck.json"
    path.write_text(json.dumps(dialog), encoding="utf-8")
    done = designer(env, "simulate", str(path), "--visitors", "300")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert "Stopped mid-branch (dead ends) per card:" in done.stdout
    report = json.loads(designer(env, "simulate", str(path), "--visitors", "300", "--json").stdout)
    assert set(report["dead_ends_per_card"]) == {"browse"}
    assert report["card_visits"]["offline-note"] > 0  # past the refused button
