"""The ``designer`` command: the app with no sub-command, headless work with one.

Each sub-command lives in a module of this package that exposes
``register(subparsers)``; the handler it sets returns the exit code. Every
:class:`DesignerError` becomes one sentence on stderr and exit code 2 —
never a traceback. Nothing here imports Qt.
"""

from __future__ import annotations

import argparse
import difflib
import sys
from collections.abc import Sequence
from pathlib import Path

from designer import __version__, launch
from designer.errors import DesignerError

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_ERROR = 2

EPILOG = """\
examples:
  designer                                  open the app
  designer examples/talk-to-sales.json      open a dialog in the app
  designer validate dialogs/*.json          check dialogs (exit 1 on errors)
  designer export talk.json --script talk.md
  designer schema > dialog.schema.json
"""


def build_parser() -> argparse.ArgumentParser:
    from designer.cli import dialogs

    parser = argparse.ArgumentParser(
        prog="designer",
        description="Stream Designer: design, check and preview website chat dialogues.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    dialogs.register(sub)
    for name in _OPTIONAL_MODULES:
        module = _import_optional(name)
        if module is not None:
            module.register(sub)
    return parser


_OPTIONAL_MODULES = ("designer.cli.workspace", "designer.cli.simulate")


def _import_optional(name: str):  # type: ignore[no-untyped-def]
    import importlib

    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name == name:
            return None
        raise


def _open_app(argv: Sequence[str]) -> int:
    launch.prepare_for_app()  # the collector held, library start-up work skipped (launch.py)
    try:
        from designer.app import run  # type: ignore[import-not-found]
    except ModuleNotFoundError as exc:
        if exc.name not in ("designer.app", "PySide6"):
            raise
        print(
            "designer: the desktop app is not part of this build yet; the headless "
            "commands work: see 'designer --help'.",
            file=sys.stderr,
        )
        return EXIT_OK
    return int(run(list(argv)))


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``designer`` console script."""
    args_in = list(sys.argv[1:] if argv is None else argv)
    if not args_in or (args_in[0] not in _known_commands() and not args_in[0].startswith("-")):
        unknown = _unknown_command(args_in[0]) if args_in else None
        if unknown:
            print(f"designer: {unknown}", file=sys.stderr)
            return EXIT_ERROR
        return _open_app(args_in)
    parser = build_parser()
    args = parser.parse_args(args_in)
    if not getattr(args, "handler", None):
        parser.print_help()
        return EXIT_OK
    try:
        return int(args.handler(args))
    except DesignerError as exc:
        print(f"designer: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("designer: interrupted", file=sys.stderr)
        return 130


def _unknown_command(word: str) -> str | None:
    """The sentence for a first word that is neither a command nor a dialog file, else None.

    ``designer validat talk.json`` must not open the app on a file called
    "validat" (or, in CI without a display, complain about the display).
    Anything that exists, or looks like a path (a folder or a suffix), is
    still the app's to open and explain.
    """
    path = Path(word)
    if path.exists() or path.suffix or len(path.parts) > 1:
        return None
    commands = sorted(_known_commands())
    close = difflib.get_close_matches(word.lower(), commands, n=1, cutoff=0.6)
    hint = f" (did you mean '{close[0]}'?)" if close else ""
    return (
        f"'{word}' is neither a command{hint} nor a dialog file; "
        f"the commands are {', '.join(commands)}, and 'designer FILE.json' opens a dialog"
    )


def _known_commands() -> set[str]:
    parser = build_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
