"""Agents, teams, settings and round-robin positions, on every backend."""

from __future__ import annotations

import pytest

from designer.errors import DesignerError
from designer.store import Workspace


def test_add_and_list_agents_sorted_by_name(workspace: Workspace) -> None:
    workspace.add_agent("Zoe Park", "zoe@example.com")
    added = workspace.add_agent("Ana Lima", " Ana@Example.COM ", live_chat=True, max_chats=3)
    assert added.email == "ana@example.com"
    assert [a.name for a in workspace.list_agents()] == ["Ana Lima", "Zoe Park"]
    ana = workspace.agent("ANA@example.com")
    assert ana is not None
    assert (ana.live_chat, ana.max_chats, ana.status, ana.simulated) == (
        True,
        3,
        "available",
        False,
    )
    assert workspace.agent("nobody@example.com") is None


def test_new_agent_gets_workspace_default_limit(workspace: Workspace) -> None:
    assert workspace.add_agent("A", "a@example.com").max_chats == 5
    workspace.set_setting("default_max_chats", 2)
    assert workspace.add_agent("B", "b@example.com").max_chats == 2


def test_duplicate_email_says_to_edit(workspace: Workspace) -> None:
    workspace.add_agent("Ana", "ana@example.com")
    with pytest.raises(DesignerError) as caught:
        workspace.add_agent("Other Ana", "ANA@example.com")
    assert caught.value.code == "store.duplicate_agent"
    assert "an agent with email ana@example.com already exists" in str(caught.value)
    assert "designer agents edit" in str(caught.value)
    assert len(workspace.list_agents()) == 1


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"email": "not-an-email"}, "store.invalid_email"),
        ({"email": "a@b"}, "store.invalid_email"),
        ({"max_chats": 0}, "store.invalid_max_chats"),
        ({"max_chats": 11}, "store.invalid_max_chats"),
        ({"status": "busy"}, "store.invalid_status"),
        ({"name": "   "}, "store.invalid_name"),
        ({"name": "x" * 121}, "store.invalid_name"),
    ],
)
def test_invalid_agents_are_refused(workspace: Workspace, kwargs: dict, code: str) -> None:
    args = {"name": "Ana", "email": "ana@example.com", **kwargs}
    with pytest.raises(DesignerError) as caught:
        workspace.add_agent(args.pop("name"), args.pop("email"), **args)
    assert caught.value.code == code
    assert workspace.list_agents() == []


def test_max_chats_bounds_are_inclusive(workspace: Workspace) -> None:
    assert workspace.add_agent("One", "one@example.com", max_chats=1).max_chats == 1
    assert workspace.add_agent("Ten", "ten@example.com", max_chats=10).max_chats == 10


def test_unknown_agent_suggests_the_closest(workspace: Workspace) -> None:
    workspace.add_agent("Ana", "ana@example.com")
    for action in (workspace.remove_agent, workspace.grant, workspace.revoke):
        with pytest.raises(DesignerError) as caught:
            action("anna@example.com")
        assert caught.value.code == "store.unknown_agent"
        assert "(did you mean 'ana@example.com'?)" in str(caught.value)


def test_edit_changes_only_what_is_given(workspace: Workspace) -> None:
    workspace.add_agent("Ana", "ana@example.com", live_chat=True, max_chats=4)
    edited = workspace.edit_agent("ana@example.com", status="away", simulated=True)
    assert (edited.name, edited.live_chat, edited.max_chats) == ("Ana", True, 4)
    assert (edited.status, edited.simulated) == ("away", True)
    with pytest.raises(DesignerError):
        workspace.edit_agent("ana@example.com", name="Ana B", max_chats=99)
    unchanged = workspace.agent("ana@example.com")
    assert unchanged is not None and unchanged.name == "Ana"  # all or nothing


def test_edit_email_keeps_teams_and_round_robin_place(workspace: Workspace) -> None:
    workspace.add_agent("Ana", "ana@example.com")
    workspace.add_agent("Bo", "bo@example.com")
    workspace.add_team("Sales")
    workspace.add_member("Sales", "ana@example.com")
    workspace.round_robin.set("team:Sales", "ana@example.com")
    edited = workspace.edit_agent("ana@example.com", new_email="ana.lima@example.com")
    assert edited.teams == ("Sales",)
    assert workspace.team_members("Sales") == ["ana.lima@example.com"]
    assert workspace.round_robin.get("team:Sales") == "ana.lima@example.com"
    with pytest.raises(DesignerError) as caught:
        workspace.edit_agent("bo@example.com", new_email="ana.lima@example.com")
    assert caught.value.code == "store.duplicate_agent"


def test_avatar_as_path_or_bytes(workspace: Workspace, tmp_path) -> None:
    picture = tmp_path / "ana.png"
    with_path = workspace.add_agent("Ana", "ana@example.com", avatar=picture)
    assert with_path.avatar_path == str(picture) and with_path.avatar_image is None
    data = bytes(range(256)) * 40
    with_bytes = workspace.add_agent("Bo", "bo@example.com", avatar=data)
    stored = workspace.agent("bo@example.com")
    assert stored is not None and stored.avatar_image == data and with_bytes.avatar_path is None
    cleared = workspace.edit_agent("bo@example.com", avatar=None)
    assert cleared.avatar_image is None and cleared.avatar_path is None
    assert cleared.to_dict()["has_avatar_image"] is False


def test_grant_and_revoke_report_whether_anything_changed(workspace: Workspace) -> None:
    workspace.add_agent("Ana", "ana@example.com")
    assert workspace.grant("ana@example.com") is True
    assert workspace.grant("ana@example.com") is False
    assert workspace.agent("ana@example.com").live_chat is True  # type: ignore[union-attr]
    assert workspace.revoke("ana@example.com") is True
    assert workspace.revoke("ana@example.com") is False
    assert workspace.agent("ana@example.com").live_chat is False  # type: ignore[union-attr]


def test_remove_agent_removes_memberships_not_teams(workspace: Workspace) -> None:
    workspace.add_agent("Ana", "ana@example.com")
    workspace.add_agent("Bo", "bo@example.com")
    workspace.add_team("Sales")
    workspace.add_member("Sales", "ana@example.com")
    workspace.add_member("Sales", "bo@example.com")
    removed = workspace.remove_agent("ana@example.com")
    assert removed.teams == ("Sales",)
    assert workspace.team_members("Sales") == ["bo@example.com"]
    assert [a.email for a in workspace.list_agents()] == ["bo@example.com"]


def test_teams_keep_members_in_joining_order(workspace: Workspace) -> None:
    for name in ("Cy", "Ana", "Bo"):
        workspace.add_agent(name, f"{name.lower()}@example.com")
    workspace.add_team("Support")
    workspace.add_team("Sales")
    for email in ("cy@example.com", "ana@example.com", "bo@example.com"):
        workspace.add_member("sales", email)  # letter case of a team name does not matter
    workspace.add_member("Support", "ana@example.com")
    teams = workspace.list_teams()
    assert [t.name for t in teams] == ["Sales", "Support"]
    assert teams[0].members == ("cy@example.com", "ana@example.com", "bo@example.com")
    workspace.remove_member("Sales", "ana@example.com")
    workspace.add_member("Sales", "ana@example.com")
    assert workspace.team_members("Sales") == [
        "cy@example.com",
        "bo@example.com",
        "ana@example.com",
    ]
    ana = workspace.agent("ana@example.com")
    assert ana is not None and ana.teams == ("Sales", "Support")
    assert workspace.team_members("Nope") is None


def test_team_errors_name_the_team_and_the_fix(workspace: Workspace) -> None:
    workspace.add_agent("Ana", "ana@example.com")
    workspace.add_team("Sales")
    with pytest.raises(DesignerError) as duplicate:
        workspace.add_team("sales")
    assert duplicate.value.code == "store.duplicate_team"
    assert "a team named 'Sales' already exists" in str(duplicate.value)
    with pytest.raises(DesignerError) as unknown:
        workspace.add_member("Salse", "ana@example.com")
    assert unknown.value.code == "store.unknown_team"
    assert "did you mean 'Sales'?" in str(unknown.value)
    with pytest.raises(DesignerError) as not_member:
        workspace.remove_member("Sales", "ana@example.com")
    assert not_member.value.code == "store.not_a_member"
    workspace.add_member("Sales", "ana@example.com")
    with pytest.raises(DesignerError) as twice:
        workspace.add_member("Sales", "ana@example.com")
    assert twice.value.code == "store.duplicate_member"
    with pytest.raises(DesignerError) as unknown_agent:
        workspace.add_member("Sales", "zed@example.com")
    assert unknown_agent.value.code == "store.unknown_agent"


def test_remove_team_keeps_its_agents(workspace: Workspace) -> None:
    workspace.add_agent("Ana", "ana@example.com")
    workspace.add_team("Sales")
    workspace.add_member("Sales", "ana@example.com")
    removed = workspace.remove_team("SALES")
    assert removed.members == ("ana@example.com",)
    assert workspace.list_teams() == []
    assert workspace.agent("ana@example.com").teams == ()  # type: ignore[union-attr]


def test_round_robin_positions_persist(database_url: str) -> None:
    with Workspace.open(database_url) as first:
        assert first.round_robin.get("all") is None
        first.round_robin.set("all", "Ana@example.com")
        first.round_robin.set("all", "bo@example.com")
        first.round_robin.set("team:Sales", "ana@example.com")
    with Workspace.open(database_url) as again:
        assert again.round_robin.get("all") == "bo@example.com"
        assert again.round_robin.all() == {
            "all": "bo@example.com",
            "team:Sales": "ana@example.com",
        }


def test_round_robin_store_fits_the_engine(workspace: Workspace) -> None:
    engine_round_robin = pytest.importorskip("designer.engine.round_robin")
    positions: engine_round_robin.RoundRobinPositions = workspace.round_robin
    positions.set("all", "ana@example.com")
    assert positions.get("all") == "ana@example.com"


def test_settings_have_defaults_and_are_checked(workspace: Workspace) -> None:
    assert workspace.get_setting("default_max_chats") == 5
    assert workspace.get_setting("visitor_wait_seconds") == 100
    assert workspace.get_setting("round_robin_when_nobody_eligible") is True
    workspace.set_setting("fallback_message", "  Back soon!  ")
    workspace.set_setting("visitor_wait_seconds", 30)
    assert workspace.settings()["fallback_message"] == "Back soon!"
    assert workspace.get_setting("visitor_wait_seconds") == 30
    for key, bad in (
        ("visitor_wait_seconds", 5),
        ("default_max_chats", 11),
        ("fallback_message", " "),
        ("round_robin_when_nobody_eligible", "yes"),
    ):
        with pytest.raises(DesignerError) as caught:
            workspace.set_setting(key, bad)
        assert caught.value.code == "store.invalid_setting"
    with pytest.raises(DesignerError) as unknown:
        workspace.get_setting("fallback_mesage")
    assert "did you mean 'fallback_message'?" in str(unknown.value)


def test_closed_workspace_says_so(database_url: str) -> None:
    opened = Workspace.open(database_url)
    opened.close()
    opened.close()
    with pytest.raises(DesignerError, match="closed"):
        opened.list_agents()
