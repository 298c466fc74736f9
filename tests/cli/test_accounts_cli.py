"""``designer accounts`` and ``designer settings`` as a user runs them: a real process each time."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from designer.cli.settings import EPILOG as SETTINGS_EPILOG
from designer.store.settings import SETTINGS

from .process import designer, fails, ok


@pytest.fixture
def team(env: dict[str, str]) -> dict[str, str]:
    ok(env, "agents", "add", "Ana", "ana@example.com", "--live-chat")
    ok(env, "agents", "add", "Sam Rivera", "sam@example.com", "--live-chat")
    return env


def test_add_list_remove(team: dict[str, str]) -> None:
    assert ok(team, "accounts", "list").startswith("No account routing yet: map a domain with")
    assert ok(team, "accounts", "add", "Globex.COM", "ANA@example.com") == (
        "Visitors with an email at globex.com now go to Ana <ana@example.com> before any "
        "card's routing.\n"
    )
    ok(team, "accounts", "add", "initech.com", "sam@example.com")
    table = ok(team, "accounts", "list").splitlines()
    assert [row.split() for row in table] == [
        ["DOMAIN", "AGENT", "NAME"],
        ["globex.com", "ana@example.com", "Ana"],
        ["initech.com", "sam@example.com", "Sam", "Rivera"],
    ]
    assert json.loads(ok(team, "accounts", "list", "--json"))[1] == {
        "domain": "initech.com",
        "agent": "sam@example.com",
        "agent_name": "Sam Rivera",
    }
    assert ok(team, "accounts", "remove", "initech.com") == (
        "Removed account routing for initech.com (it went to sam@example.com); its visitors "
        "follow each card's routing again.\n"
    )
    assert [a["domain"] for a in json.loads(ok(team, "accounts", "list", "--json"))] == [
        "globex.com"
    ]


def test_mistakes_are_one_sentence_with_exit_code_2(team: dict[str, str]) -> None:
    ok(team, "accounts", "add", "globex.com", "ana@example.com")
    assert fails(team, "accounts", "add", "hooli.com", "anna@example.com") == (
        "designer: no agent with email 'anna@example.com' in this workspace (did you mean "
        "'ana@example.com'?); see 'designer agents list'"
    )
    assert "globex.com already goes to ana@example.com; an account has one agent" in fails(
        team, "accounts", "add", "globex.com", "sam@example.com"
    )
    assert "write only what follows the @, like globex.com" in fails(
        team, "accounts", "add", "bob@globex.com", "ana@example.com"
    )
    assert "(did you mean 'globex.com'?)" in fails(team, "accounts", "remove", "globex.co")


def test_removing_an_agent_says_their_accounts_go_back_to_card_routing(
    team: dict[str, str],
) -> None:
    ok(team, "accounts", "add", "globex.com", "sam@example.com")
    assert ok(team, "agents", "remove", "sam@example.com") == (
        "Removed agent Sam Rivera <sam@example.com> from the workspace; the visitors of "
        "globex.com (their accounts) now follow each card's routing.\n"
    )
    assert ok(team, "accounts", "list").startswith("No account routing yet")


def test_import_a_good_file_then_a_bad_one(team: dict[str, str], tmp_path: Path) -> None:
    ok(team, "accounts", "add", "globex.com", "ana@example.com")
    good = tmp_path / "crm.csv"
    good.write_text(
        "domain,agent\nglobex.com,sam@example.com\nhooli.com,ana@example.com\n", encoding="utf-8"
    )
    assert ok(team, "accounts", "import", str(good)) == (
        f"Imported {good}: 1 domain added, 1 moved to another agent, 0 unchanged.\n"
    )
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "domain,agent\ninitech.com,ana@example.com\npiedpiper.com,sam.rivera@example.com\n",
        encoding="utf-8",
    )
    assert fails(team, "accounts", "import", str(bad), "--replace") == (
        f"designer: {bad}: line 3: no agent with email 'sam.rivera@example.com' in this "
        "workspace (did you mean 'sam@example.com'?); correct the email, or add the agent with "
        "'designer agents add' first (nothing was imported)"
    )
    duplicate = tmp_path / "twice.csv"
    duplicate.write_text(
        "domain,agent\ninitech.com,ana@example.com\nINITECH.com,sam@example.com\n",
        encoding="utf-8",
    )
    assert fails(team, "accounts", "import", str(duplicate)) == (
        f"designer: {duplicate}: line 3: initech.com is already on line 2; keep one line per "
        "domain: an account has one agent (nothing was imported)"
    )
    assert "this file does not exist" in fails(team, "accounts", "import", str(tmp_path / "x.csv"))
    listed = json.loads(ok(team, "accounts", "list", "--json"))
    assert {a["domain"]: a["agent"] for a in listed} == {
        "globex.com": "sam@example.com",
        "hooli.com": "ana@example.com",
    }
    only = tmp_path / "only.csv"
    only.write_text("agent,domain\nana@example.com,hooli.com\n", encoding="utf-8")
    assert ok(team, "accounts", "import", str(only), "--replace") == (
        f"Imported {only}: 0 domains added, 0 moved to another agent, 1 unchanged, 1 removed.\n"
    )


def test_an_account_of_an_agent_without_live_chat_is_noted(env: dict[str, str]) -> None:
    ok(env, "agents", "add", "Bo", "bo@example.com")
    done = designer(env, "accounts", "add", "globex.com", "bo@example.com")
    assert done.returncode == 0
    assert done.stderr.startswith("designer: note: bo@example.com cannot take live chats")
    assert "'designer agents grant EMAIL'" in done.stderr


def test_settings_switch_the_safety_net(env: dict[str, str]) -> None:
    rows = {row.split()[0]: row.split()[1] for row in ok(env, "settings", "list").splitlines()}
    assert rows["round_robin_when_nobody_eligible"] == "true"
    assert ok(env, "settings", "set", "round_robin_when_nobody_eligible", "off") == (
        "Set round_robin_when_nobody_eligible to false.\n"
    )
    listed = json.loads(ok(env, "settings", "list", "--json"))
    assert listed["round_robin_when_nobody_eligible"] is False
    assert fails(env, "settings", "set", "round_robin_when_nobody_eligible", "maybe") == (
        "designer: 'maybe' is not a valid round_robin_when_nobody_eligible: give true or false"
    )
    assert "(did you mean 'round_robin_when_nobody_eligible'?)" in fails(
        env, "settings", "set", "round_robin_when_nobody", "true"
    )
    assert "from 10 to 500" in fails(env, "settings", "set", "visitor_wait_seconds", "5")
    ok(env, "settings", "set", "visitor_wait_seconds", "30")
    assert json.loads(ok(env, "settings", "list", "--json"))["visitor_wait_seconds"] == 30


def test_the_settings_help_names_every_setting() -> None:
    """The help is written out (no database import at start-up): it must not fall behind."""
    assert all(f"\n  {key} " in SETTINGS_EPILOG for key in SETTINGS)
