"""``designer agents ...``, ``teams ...`` (and, from their modules, ``accounts``, ``settings``).

Every command opens the workspace named by ``--database`` (or
``DESIGNER_DATABASE_URL``, or the default file), does one thing in one
transaction, and prints one sentence saying what changed.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from designer.errors import DesignerError
from designer.store.constants import AGENT_STATUSES, MAX_CHATS, MIN_CHATS

if TYPE_CHECKING:
    from designer.store import AgentRecord, TeamRecord, Workspace

EXIT_OK = 0

_RAW = argparse.RawDescriptionHelpFormatter

AGENTS_EPILOG = """\
examples:
  designer agents list
  designer agents add "Ana Lima" ana@example.com --live-chat --max-chats 3
  designer agents edit ana@example.com --status away
  designer agents grant ana@example.com
  designer agents remove ana@example.com
  designer agents list --json --database postgresql+psycopg://me@db.example.com/chat
"""

TEAMS_EPILOG = """\
examples:
  designer teams add Sales
  designer teams add-member Sales ana@example.com
  designer teams list
  designer teams remove-member Sales ana@example.com
  designer teams remove Sales
"""

DATABASE_HELP = (
    "the workspace database: a SQLAlchemy URL (sqlite:///..., postgresql+psycopg://...) or a "
    "file path; default $DESIGNER_DATABASE_URL, else workspace.sqlite3 in your data folder"
)

Handler = Callable[["Workspace", argparse.Namespace], int]


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the workspace's commands: ``agents``, ``teams``, ``accounts`` and ``settings``."""
    from designer.cli import accounts, settings  # they build on the helpers below

    _register_agents(subparsers)
    _register_teams(subparsers)
    accounts.register(subparsers)
    settings.register(subparsers)


def _register_agents(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    agents = subparsers.add_parser(
        "agents",
        help="list, add, edit and remove live-chat agents",
        description="Manage the live-chat agents of the workspace.",
        epilog=AGENTS_EPILOG,
        formatter_class=_RAW,
    )
    agents.set_defaults(handler=lambda _args: _print_help(agents))
    actions = agents.add_subparsers(dest="action", metavar="ACTION")

    listing = _leaf(actions, "list", "show every agent", _agents_list, "designer agents list")
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")

    add = _leaf(
        actions,
        "add",
        "add an agent",
        _agents_add,
        'designer agents add "Ana Lima" ana@example.com --live-chat',
    )
    add.add_argument("name", metavar="NAME", help="the name visitors see in the chat")
    add.add_argument("email", metavar="EMAIL", help="the agent's email; dialogs route by it")
    add.add_argument("--live-chat", action="store_true", help="grant the Live Chat permission now")
    _agent_options(add)
    add.add_argument("--simulated", action="store_true", help="answer chats automatically")

    edit = _leaf(
        actions,
        "edit",
        "change an agent",
        _agents_edit,
        "designer agents edit ana@example.com --name 'Ana M. Lima' --max-chats 4",
    )
    edit.add_argument("target", metavar="EMAIL", help="the agent to change")
    edit.add_argument("--name", help="a new name")
    edit.add_argument("--email", dest="new_email", metavar="EMAIL", help="a new email")
    _agent_options(edit)
    edit.add_argument("--no-avatar", action="store_true", help="remove the picture")
    simulated = edit.add_mutually_exclusive_group()
    simulated.add_argument(
        "--simulated",
        dest="simulated",
        action="store_true",
        default=None,
        help="answer chats automatically",
    )
    simulated.add_argument(
        "--not-simulated",
        dest="simulated",
        action="store_false",
        help="a person answers the chats",
    )

    for verb, text, handler in (
        ("remove", "remove an agent (and their team memberships)", _agents_remove),
        ("grant", "give an agent the Live Chat permission", _agents_grant),
        ("revoke", "take the Live Chat permission away", _agents_revoke),
    ):
        leaf = _leaf(actions, verb, text, handler, f"designer agents {verb} ana@example.com")
        leaf.add_argument("target", metavar="EMAIL", help="the agent's email")


def _register_teams(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    teams = subparsers.add_parser(
        "teams",
        help="list, add and remove teams and their members",
        description="Manage the teams of the workspace; a Team routing option "
        "sends chats round-robin within a team.",
        epilog=TEAMS_EPILOG,
        formatter_class=_RAW,
    )
    teams.set_defaults(handler=lambda _args: _print_help(teams))
    actions = teams.add_subparsers(dest="action", metavar="ACTION")

    listing = _leaf(actions, "list", "show every team", _teams_list, "designer teams list")
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    for verb, text, handler in (
        ("add", "create a team", _teams_add),
        ("remove", "remove a team (its agents stay)", _teams_remove),
    ):
        leaf = _leaf(actions, verb, text, handler, f"designer teams {verb} Sales")
        leaf.add_argument("team", metavar="TEAM", help="the team's name")
    for verb, text, handler in (
        ("add-member", "add an agent to a team", _teams_add_member),
        ("remove-member", "take an agent out of a team", _teams_remove_member),
    ):
        leaf = _leaf(actions, verb, text, handler, f"designer teams {verb} Sales ana@example.com")
        leaf.add_argument("team", metavar="TEAM", help="the team's name")
        leaf.add_argument("target", metavar="EMAIL", help="the agent's email")


def _leaf(
    actions: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    text: str,
    handler: Handler,
    example: str,
) -> argparse.ArgumentParser:
    parser = actions.add_parser(
        name,
        help=text,
        description=text[0].upper() + text[1:] + ".",
        epilog=f"example:\n  {example}\n",
        formatter_class=_RAW,
    )
    parser.add_argument("--database", metavar="URL", help=DATABASE_HELP)
    parser.set_defaults(handler=lambda args: _run(handler, args))
    return parser


def _agent_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--max-chats",
        type=int,
        metavar="N",
        help=f"concurrent chats at most, {MIN_CHATS}-{MAX_CHATS} (default: the workspace's, 5)",
    )
    parser.add_argument("--status", metavar="STATUS", help=f"one of {', '.join(AGENT_STATUSES)}")
    parser.add_argument("--avatar", metavar="PATH", help="a picture shown in the chat")


def _print_help(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return EXIT_OK


def _run(handler: Handler, args: argparse.Namespace) -> int:
    from designer.store import Workspace  # only commands that use it pay for SQLAlchemy

    with Workspace.open(args.database) as workspace:
        return handler(workspace, args)


def _avatar(path: str) -> Path:
    picture = Path(path).expanduser()
    if not picture.is_file():
        raise DesignerError(
            "this avatar picture does not exist; give the path of an image file",
            code="store.no_avatar",
            file=path,
        )
    return picture.resolve()


def _describe(agent: AgentRecord) -> str:
    permission = "with Live Chat" if agent.live_chat else "without Live Chat"
    kind = ", simulated" if agent.simulated else ""
    return f"{agent.display} ({permission}, {agent.status}, up to {agent.max_chats} chats{kind})"


def _agents_list(workspace: Workspace, args: argparse.Namespace) -> int:
    agents = workspace.list_agents()
    if args.json:
        print(json.dumps([agent.to_dict() for agent in agents], indent=2))
    elif not agents:
        print("No agents yet: add one with 'designer agents add NAME EMAIL --live-chat'.")
    else:
        rows = [
            [
                a.name,
                a.email,
                "yes" if a.live_chat else "no",
                a.status + (" (simulated)" if a.simulated else ""),
                str(a.max_chats),
                ", ".join(a.teams) or "-",
            ]
            for a in agents
        ]
        _table(["NAME", "EMAIL", "LIVE CHAT", "STATUS", "MAX CHATS", "TEAMS"], rows)
    return EXIT_OK


def _agents_add(workspace: Workspace, args: argparse.Namespace) -> int:
    agent = workspace.add_agent(
        args.name,
        args.email,
        live_chat=args.live_chat,
        max_chats=args.max_chats,
        status=args.status or "available",
        avatar=_avatar(args.avatar) if args.avatar else None,
        simulated=args.simulated,
    )
    print(f"Added agent {_describe(agent)}.")
    return EXIT_OK


def _agents_edit(workspace: Workspace, args: argparse.Namespace) -> int:
    changes: dict[str, Any] = {
        key: value
        for key, value in (
            ("name", args.name),
            ("new_email", args.new_email),
            ("max_chats", args.max_chats),
            ("status", args.status),
            ("simulated", args.simulated),
        )
        if value is not None
    }
    if args.avatar and args.no_avatar:
        raise DesignerError("give --avatar or --no-avatar, not both", code="cli.usage")
    if args.avatar:
        changes["avatar"] = _avatar(args.avatar)
    elif args.no_avatar:
        changes["avatar"] = None
    if not changes:
        raise DesignerError(
            "nothing to change: give at least one of --name, --email, --max-chats, "
            "--status, --avatar, --no-avatar, --simulated, --not-simulated "
            "(Live Chat is changed with 'designer agents grant' or 'revoke')",
            code="cli.usage",
        )
    agent = workspace.edit_agent(args.target, **changes)
    print(f"Updated agent {_describe(agent)}.")
    return EXIT_OK


def _agents_remove(workspace: Workspace, args: argparse.Namespace) -> int:
    domains = workspace.accounts_of(args.target)
    agent = workspace.remove_agent(args.target)
    teams = f" and from {', '.join(agent.teams)}" if agent.teams else ""
    accounts = ""
    if domains:
        accounts = (
            f"; the visitors of {', '.join(domains)} (their accounts) now follow each "
            "card's routing"
        )
    print(f"Removed agent {agent.display} from the workspace{teams}{accounts}.")
    return EXIT_OK


def _agents_grant(workspace: Workspace, args: argparse.Namespace) -> int:
    changed = workspace.grant(args.target)
    agent = workspace.agent(args.target)
    assert agent is not None
    if changed:
        print(f"Granted Live Chat to {agent.display}: routing can now send them chats.")
    else:
        print(f"{agent.display} already holds Live Chat; nothing changed.")
    return EXIT_OK


def _agents_revoke(workspace: Workspace, args: argparse.Namespace) -> int:
    changed = workspace.revoke(args.target)
    agent = workspace.agent(args.target)
    assert agent is not None
    if changed:
        print(f"Revoked Live Chat from {agent.display}: routing will skip them.")
    else:
        print(f"{agent.display} did not hold Live Chat; nothing changed.")
    return EXIT_OK


def _teams_list(workspace: Workspace, args: argparse.Namespace) -> int:
    teams = workspace.list_teams()
    if args.json:
        print(json.dumps([team.to_dict() for team in teams], indent=2))
    elif not teams:
        print("No teams yet: create one with 'designer teams add NAME'.")
    else:
        rows = [[t.name, str(len(t.members)), ", ".join(t.members) or "-"] for t in teams]
        _table(["TEAM", "MEMBERS", "EMAILS"], rows)
    return EXIT_OK


def _teams_add(workspace: Workspace, args: argparse.Namespace) -> int:
    team = workspace.add_team(args.team)
    print(
        f'Added team {team.name}; add agents with \'designer teams add-member "{team.name}" '
        "EMAIL'."
    )
    return EXIT_OK


def _teams_remove(workspace: Workspace, args: argparse.Namespace) -> int:
    team = workspace.remove_team(args.team)
    print(f"Removed team {team.name} ({_members(team)}); its agents stay in the workspace.")
    return EXIT_OK


def _teams_add_member(workspace: Workspace, args: argparse.Namespace) -> int:
    team = workspace.add_member(args.team, args.target)
    print(f"Added {team.members[-1]} to team {team.name} ({_members(team)}).")
    return EXIT_OK


def _teams_remove_member(workspace: Workspace, args: argparse.Namespace) -> int:
    email = args.target.strip().lower()
    team = workspace.remove_member(args.team, args.target)
    print(f"Removed {email} from team {team.name} ({_members(team)} left).")
    return EXIT_OK


def _members(team: TeamRecord) -> str:
    count = len(team.members)
    return f"{count} member" + ("" if count == 1 else "s")


def _table(headers: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(cell) for cell in column) for column in zip(headers, *rows, strict=False)]
    for row in [headers, *rows]:
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        )
