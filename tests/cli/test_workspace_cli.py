"""``designer agents`` and ``designer teams`` as a user runs them: a real process each time."""

from __future__ import annotations

import json
from pathlib import Path

from .process import fails, ok


def test_add_list_and_json(env: dict[str, str]) -> None:
    assert ok(env, "agents", "list").startswith("No agents yet")
    out = ok(env, "agents", "add", "Ana Lima", "ana@example.com", "--live-chat", "--max-chats", "3")
    assert (
        out
        == "Added agent Ana Lima <ana@example.com> (with Live Chat, available, up to 3 chats).\n"
    )
    ok(env, "agents", "add", "Bo", "bo@example.com", "--status", "away", "--simulated")
    table = ok(env, "agents", "list").splitlines()
    assert table[0].split() == ["NAME", "EMAIL", "LIVE", "CHAT", "STATUS", "MAX", "CHATS", "TEAMS"]
    assert table[1].split() == ["Ana", "Lima", "ana@example.com", "yes", "available", "3", "-"]
    assert table[2].split() == ["Bo", "bo@example.com", "no", "away", "(simulated)", "5", "-"]
    listed = json.loads(ok(env, "agents", "list", "--json"))
    assert [a["email"] for a in listed] == ["ana@example.com", "bo@example.com"]
    assert listed[1] | {"teams": None} == {
        "name": "Bo",
        "email": "bo@example.com",
        "live_chat": False,
        "status": "away",
        "max_chats": 5,
        "simulated": True,
        "avatar_path": None,
        "has_avatar_image": False,
        "teams": None,
    }


def test_duplicate_unknown_and_invalid_are_one_sentence(env: dict[str, str]) -> None:
    ok(env, "agents", "add", "Ana", "ana@example.com")
    assert "an agent with email ana@example.com already exists; use 'designer agents edit" in fails(
        env, "agents", "add", "Other", "ANA@example.com"
    )
    assert "(did you mean 'ana@example.com'?)" in fails(env, "agents", "remove", "anna@example.com")
    assert "not a valid email address" in fails(env, "agents", "add", "X", "x-at-example")
    assert "from 1 to 10, not 11" in fails(
        env, "agents", "add", "X", "x@example.com", "--max-chats", "11"
    )
    assert "use one of available, away, offline" in fails(
        env, "agents", "edit", "ana@example.com", "--status", "busy"
    )
    assert "nothing to change" in fails(env, "agents", "edit", "ana@example.com")


def test_edit_grant_revoke_remove(env: dict[str, str], tmp_path: Path) -> None:
    ok(env, "agents", "add", "Ana", "ana@example.com")
    picture = tmp_path / "ana.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n")
    out = ok(
        env,
        "agents",
        "edit",
        "ana@example.com",
        "--name",
        "Ana Lima",
        "--email",
        "ana.lima@example.com",
        "--max-chats",
        "7",
        "--avatar",
        str(picture),
    )
    assert out.startswith("Updated agent Ana Lima <ana.lima@example.com> (without Live Chat")
    agent = json.loads(ok(env, "agents", "list", "--json"))[0]
    assert (agent["max_chats"], agent["avatar_path"]) == (7, str(picture))
    assert "avatar picture does not exist" in fails(
        env, "agents", "edit", "ana.lima@example.com", "--avatar", str(tmp_path / "none.png")
    )
    assert ok(env, "agents", "grant", "ana.lima@example.com").startswith(
        "Granted Live Chat to Ana Lima <ana.lima@example.com>"
    )
    assert "already holds Live Chat" in ok(env, "agents", "grant", "ana.lima@example.com")
    assert ok(env, "agents", "revoke", "ana.lima@example.com").startswith("Revoked Live Chat")
    assert "did not hold Live Chat" in ok(env, "agents", "revoke", "ana.lima@example.com")
    assert ok(env, "agents", "remove", "ana.lima@example.com") == (
        "Removed agent Ana Lima <ana.lima@example.com> from the workspace.\n"
    )
    assert json.loads(ok(env, "agents", "list", "--json")) == []


def test_teams_and_members(env: dict[str, str]) -> None:
    ok(env, "agents", "add", "Ana", "ana@example.com", "--live-chat")
    ok(env, "agents", "add", "Bo", "bo@example.com")
    assert ok(env, "teams", "list").startswith("No teams yet")
    assert ok(env, "teams", "add", "Sales").startswith("Added team Sales;")
    assert "a team named 'Sales' already exists" in fails(env, "teams", "add", "sales")
    assert ok(env, "teams", "add-member", "Sales", "bo@example.com") == (
        "Added bo@example.com to team Sales (1 member).\n"
    )
    ok(env, "teams", "add-member", "Sales", "ana@example.com")
    assert "already a member of team 'Sales'" in fails(
        env, "teams", "add-member", "Sales", "ana@example.com"
    )
    assert "(did you mean 'Sales'?)" in fails(env, "teams", "add-member", "Sale", "ana@example.com")
    assert ok(env, "teams", "list").splitlines() == [
        "TEAM   MEMBERS  EMAILS",
        "Sales  2        bo@example.com, ana@example.com",
    ]
    assert "Sales" in ok(env, "agents", "list").splitlines()[1]
    assert ok(env, "teams", "remove-member", "Sales", "bo@example.com") == (
        "Removed bo@example.com from team Sales (1 member left).\n"
    )
    assert "is not a member of team 'Sales'" in fails(
        env, "teams", "remove-member", "Sales", "bo@example.com"
    )
    assert json.loads(ok(env, "teams", "list", "--json")) == [
        {"name": "Sales", "members": ["ana@example.com"]}
    ]
    assert ok(env, "teams", "remove", "Sales").startswith("Removed team Sales (1 member)")
    assert "no team named 'Sales'" in fails(env, "teams", "remove", "Sales")


def test_database_option_wins_over_the_environment(env: dict[str, str], tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    ok(env, "agents", "add", "Ana", "ana@example.com", "--database", str(other))
    assert other.is_file()
    assert ok(env, "agents", "list").startswith("No agents yet")
    assert "ana@example.com" in ok(env, "agents", "list", "--database", f"sqlite:///{other}")


def test_a_file_that_is_not_a_workspace(env: dict[str, str], tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("these are my notes, not a database\n" * 40)
    message = fails(env, "teams", "list", "--database", str(notes))
    assert str(notes) in message and "not a Stream Designer workspace database" in message


def test_help_has_examples_and_the_database_option(env: dict[str, str]) -> None:
    assert "examples:" in ok(env, "agents", "--help")
    assert "examples:" in ok(env, "teams", "--help")
    for command in (("agents", "add"), ("agents", "edit"), ("teams", "add-member")):
        text = ok(env, *command, "--help")
        assert "--database URL" in text and "example:" in text
    assert "ACTION" in ok(env, "agents")  # no action: the command's help, exit 0
