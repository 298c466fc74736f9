"""``designer accounts ...``: account routing (email domain -> agent) from a terminal.

Routing's first step (PRODUCT.md): a visitor whose email is at a mapped domain
goes to that domain's agent, or gets the fallback message when that agent
cannot take the chat. Same shape as ``designer agents`` and ``teams``: one
transaction, one sentence; errors are one sentence with exit code 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING

from designer.cli.workspace import _RAW, EXIT_OK, _leaf, _print_help, _table

if TYPE_CHECKING:
    from designer.store import AccountImport, Workspace

EPILOG = """\
Account routing comes before each Live Chat card's own routing: a visitor whose
email is at a listed domain goes to that domain's agent, and when that agent
cannot take the chat the visitor gets the fallback message (no other agent is
tried). Removing an agent removes their domains.

CSV file (UTF-8, a header line, then one domain a line; ';' works too):
  domain,agent
  acme.com,ana@example.com
  globex.com,sam@example.com

examples:
  designer accounts add acme.com ana@example.com
  designer accounts list
  designer accounts import accounts.csv
  designer accounts import crm-export.csv --replace
  designer accounts remove acme.com
"""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``accounts`` command to the ``designer`` parser."""
    accounts = subparsers.add_parser(
        "accounts",
        help="route visitors by their email domain to the agent who owns the account",
        description="Manage account routing: which agent takes the visitors of each email "
        "domain, before any card's routing.",
        epilog=EPILOG,
        formatter_class=_RAW,
    )
    accounts.set_defaults(handler=lambda _args: _print_help(accounts))
    actions = accounts.add_subparsers(dest="action", metavar="ACTION")

    listing = _leaf(actions, "list", "show every mapped domain", _list, "designer accounts list")
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")

    add = _leaf(
        actions,
        "add",
        "send a domain's visitors to an agent first",
        _add,
        "designer accounts add acme.com ana@example.com",
    )
    add.add_argument("domain", metavar="DOMAIN", help="the email domain, like acme.com")
    add.add_argument("agent", metavar="AGENT", help="the agent's email")

    remove = _leaf(
        actions,
        "remove",
        "stop routing a domain by account",
        _remove,
        "designer accounts remove acme.com",
    )
    remove.add_argument("domain", metavar="DOMAIN", help="the email domain")

    load = _leaf(
        actions,
        "import",
        "add or re-assign the domains of a CSV file (all or nothing)",
        _import,
        "designer accounts import accounts.csv",
    )
    load.add_argument("file", metavar="FILE.csv", help="a CSV file with the columns domain,agent")
    load.add_argument(
        "--replace",
        action="store_true",
        help="also remove the mapped domains the file does not list",
    )


def _list(workspace: Workspace, args: argparse.Namespace) -> int:
    accounts = workspace.list_accounts()
    if args.json:
        print(json.dumps([account.to_dict() for account in accounts], indent=2))
    elif not accounts:
        print(
            "No account routing yet: map a domain with 'designer accounts add DOMAIN AGENT' "
            "or import a CSV file with 'designer accounts import FILE.csv'."
        )
    else:
        rows = [[a.domain, a.agent, a.agent_name or "-"] for a in accounts]
        _table(["DOMAIN", "AGENT", "NAME"], rows)
    return EXIT_OK


def _add(workspace: Workspace, args: argparse.Namespace) -> int:
    account = workspace.add_account(args.domain, args.agent)
    print(
        f"Visitors with an email at {account.domain} now go to {account.agent_name} "
        f"<{account.agent}> before any card's routing."
    )
    _note_without_live_chat(workspace, [account.agent])
    return EXIT_OK


def _remove(workspace: Workspace, args: argparse.Namespace) -> int:
    account = workspace.remove_account(args.domain)
    print(
        f"Removed account routing for {account.domain} (it went to {account.agent}); "
        "its visitors follow each card's routing again."
    )
    return EXIT_OK


def _import(workspace: Workspace, args: argparse.Namespace) -> int:
    done = workspace.import_accounts(args.file, replace=args.replace)
    print(f"Imported {args.file}: {_summary(done)}.")
    _note_without_live_chat(workspace, [a.agent for a in workspace.list_accounts()])
    return EXIT_OK


def _summary(done: AccountImport) -> str:
    parts = [
        _count(len(done.added), "domain added", "domains added"),
        _count(len(done.moved), "moved to another agent", "moved to another agent"),
        _count(len(done.unchanged), "unchanged", "unchanged"),
    ]
    if done.removed:
        parts.append(_count(len(done.removed), "removed", "removed"))
    return ", ".join(parts)


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _note_without_live_chat(workspace: Workspace, emails: Iterable[str]) -> None:
    """Account visitors of an agent without Live Chat always get the fallback: say so."""
    wanted = set(emails)
    missing = sorted(
        a.email for a in workspace.list_agents() if a.email in wanted and not a.live_chat
    )
    if missing:
        print(
            f"designer: note: {', '.join(missing)} cannot take live chats (no Live Chat "
            "permission), so their accounts' visitors get the fallback message; grant it with "
            "'designer agents grant EMAIL'",
            file=sys.stderr,
        )
