"""``designer settings ...``: the workspace's settings from a terminal.

Until now the settings (fallback message, default chat limit, visitor wait,
the routing safety net) could only be read by code; marketing ops need to
switch the safety net off or change the fallback without the app.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from designer.cli.workspace import _RAW, EXIT_OK, _leaf, _print_help, _table

if TYPE_CHECKING:
    from designer.store import Workspace

EPILOG = """\
settings:
  fallback_message                   what a visitor reads when no agent can take the chat
  default_max_chats                  the concurrent-chat limit a new agent gets (1-10)
  visitor_wait_seconds               how long an offered chat waits (10-500 s)
  round_robin_when_nobody_eligible   true: when a card's routing finds nobody who can take
                                     the chat, every agent is tried in round-robin order;
                                     false: those visitors get the fallback message

examples:
  designer settings list
  designer settings set round_robin_when_nobody_eligible false
  designer settings set fallback_message "Leave us your email: we answer within a day."
"""

_TRUE = {"true", "on", "yes", "1"}
_FALSE = {"false", "off", "no", "0"}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``settings`` command to the ``designer`` parser."""
    settings = subparsers.add_parser(
        "settings",
        help="show and change workspace settings (fallback message, routing safety net...)",
        description="Show and change the workspace's settings.",
        epilog=EPILOG,
        formatter_class=_RAW,
    )
    settings.set_defaults(handler=lambda _args: _print_help(settings))
    actions = settings.add_subparsers(dest="action", metavar="ACTION")
    listing = _leaf(actions, "list", "show every setting", _list, "designer settings list")
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    change = _leaf(
        actions,
        "set",
        "change a setting",
        _set,
        "designer settings set round_robin_when_nobody_eligible false",
    )
    change.add_argument("key", metavar="SETTING", help="the setting's name (see 'list')")
    change.add_argument("value", metavar="VALUE", help="the new value")


def _list(workspace: Workspace, args: argparse.Namespace) -> int:
    from designer.store.settings import SETTINGS

    values = workspace.settings()
    if args.json:
        print(json.dumps(values, indent=2, ensure_ascii=False))
    else:
        rows = [[k, _shown(v), SETTINGS[k].description] for k, v in values.items()]
        _table(["SETTING", "VALUE", "WHAT IT DOES"], rows)
    return EXIT_OK


def _set(workspace: Workspace, args: argparse.Namespace) -> int:
    from designer.store.settings import SETTINGS

    spec = SETTINGS.get(args.key)
    value = _typed(args.value, spec.default) if spec is not None else args.value
    workspace.set_setting(args.key, value)  # an unknown key or a bad value: one sentence
    print(f"Set {args.key} to {_shown(workspace.get_setting(args.key))}.")
    return EXIT_OK


def _typed(text: str, default: Any) -> Any:
    """The typed words as the setting's kind; anything else goes on as text, to be refused."""
    if isinstance(default, bool):
        word = text.strip().lower()
        return True if word in _TRUE else False if word in _FALSE else text
    if isinstance(default, int):
        try:
            return int(text.strip())
        except ValueError:
            return text
    return text


def _shown(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value
