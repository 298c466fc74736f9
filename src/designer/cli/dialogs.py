"""``designer validate``, ``designer schema`` and ``designer export``: dialog files headless.

These are what marketing ops run in CI, so output is stable and greppable
(``file: card-id: code: sentence``) and exit codes mean one thing each:
0 clean, 1 problems that fail the run, 2 a file that cannot be read. The
model is imported inside the handlers so ``designer --help`` stays fast.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import TYPE_CHECKING, Any

from designer.errors import DesignerError

if TYPE_CHECKING:
    from designer.model.validation import Directory, Problem

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_ERROR = 2

_RAW = argparse.RawDescriptionHelpFormatter

VALIDATE_EPILOG = """\
Each problem is printed as  FILE: CARD: CODE: what to do  (CARD is - when the
problem concerns the whole dialog); a summary goes to stderr.

exit codes:
  0  no errors (with --strict: no warnings either)
  1  problems that fail the run were found
  2  a file could not be read (the other files are still checked)

examples:
  designer validate examples/talk-to-sales.json
  designer validate dialogs/*.json --strict
  designer validate talk.json --json > problems.json
  designer validate talk.json --database sqlite:///team-workspace.sqlite3
"""

SCHEMA_EPILOG = """\
examples:
  designer schema > dialog.schema.json
  designer schema | python -m json.tool
"""

EXPORT_EPILOG = """\
The script lists every conversation path from the start card to an End, a
Live Chat hand-off, a loop or a dead end, with the bot's lines and the
visitor's answers, for review by people who do not open the app.
A dialog with validation errors is not exported unless --force is given.

examples:
  designer export examples/talk-to-sales.json --script talk-to-sales.md
  designer export talk.json --script -            print the script
  designer export talk.json --html talk.html      a page to mail or attach
  designer export draft.json --script draft.md --force
  designer export talk.json --png talk.png --scale 2
  designer export talk.json --svg talk.svg
"""

DATABASE_HELP = (
    "the workspace whose agents and teams routing may name (a SQLAlchemy URL or a file "
    "path); default $DESIGNER_DATABASE_URL, else your workspace file if it exists"
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``validate``, ``schema`` and ``export`` to the ``designer`` parser."""
    validate = subparsers.add_parser(
        "validate",
        help="check dialog files and list their problems",
        description="Check dialog files: every error and warning, with the card and the fix.",
        epilog=VALIDATE_EPILOG,
        formatter_class=_RAW,
    )
    validate.add_argument("files", nargs="+", metavar="FILE", help="dialog files to check")
    validate.add_argument("--json", action="store_true", help="print the problems as JSON")
    validate.add_argument("--strict", action="store_true", help="warnings fail the run too")
    validate.add_argument("--database", metavar="URL", help=DATABASE_HELP)
    validate.set_defaults(handler=run_validate)

    schema = subparsers.add_parser(
        "schema",
        help="print the JSON Schema of dialog files",
        description="Print the JSON Schema that dialog files follow.",
        epilog=SCHEMA_EPILOG,
        formatter_class=_RAW,
    )
    schema.set_defaults(handler=run_schema)

    export = subparsers.add_parser(
        "export",
        help="export the conversation script (Markdown, HTML) or a picture of the flow (PNG, SVG)",
        description="Export a dialog for people who do not open the app.",
        epilog=EXPORT_EPILOG,
        formatter_class=_RAW,
    )
    export.add_argument("file", metavar="FILE", help="the dialog file")
    export.add_argument(
        "--script",
        metavar="OUT.md",
        help="write the conversation script as Markdown (- for stdout)",
    )
    export.add_argument(
        "--html",
        metavar="OUT.html",
        help="write the conversation script as a standalone HTML page (- for stdout)",
    )
    export.add_argument("--png", metavar="OUT.png", help="write a picture of the flow as PNG")
    export.add_argument("--svg", metavar="OUT.svg", help="write a picture of the flow as SVG")
    export.add_argument(
        "--scale", type=float, default=1.0, help="picture scale, e.g. 2 for sharp prints (PNG)"
    )
    export.add_argument("--force", action="store_true", help="export despite validation errors")
    export.add_argument("--database", metavar="URL", help=DATABASE_HELP)
    export.set_defaults(handler=run_export)


# --- validate ---------------------------------------------------------------------


def run_validate(args: argparse.Namespace) -> int:
    """Check every file, even after one fails to load; the worst outcome sets the exit code."""
    from designer.model.codec import load_dialog
    from designer.model.validation import validate

    directory = workspace_directory(args.database)
    entries: list[dict[str, Any]] = []
    errors = warnings = unreadable = 0
    for name in args.files:
        try:
            dialog = load_dialog(name)
        except DesignerError as exc:
            unreadable += 1
            entries.append(_unreadable_entry(name, exc))
            if not args.json:
                print(f"designer: {_with_file(exc, name)}", file=sys.stderr)
            continue
        for problem in validate(dialog, directory):
            errors += problem.is_error
            warnings += not problem.is_error
            entries.append({"file": name, **problem.to_dict()})
            if not args.json:
                print(problem_line(name, problem))
    if args.json:
        print(json.dumps(entries, indent=2, ensure_ascii=False))
    print(_summary(errors, warnings, len(args.files), unreadable), file=sys.stderr)
    if unreadable:
        return EXIT_ERROR
    if errors or (args.strict and warnings):
        return EXIT_PROBLEMS
    return EXIT_OK


def problem_line(file: str, problem: Problem) -> str:
    """``file: card-id: code: sentence``, the line CI logs and editors can parse."""
    return f"{file}: {problem.card_id or '-'}: {problem.code}: {problem.message}"


def _unreadable_entry(file: str, exc: DesignerError) -> dict[str, Any]:
    return {
        "file": file,
        "card": exc.card_id,
        "code": exc.code,
        "severity": "error",
        "message": exc.message,
        "path": exc.path,
    }


def _with_file(exc: DesignerError, file: str) -> str:
    """The error's sentence, naming the file even when the error itself did not."""
    return str(exc) if exc.file else f"{file}: {exc}"


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _summary(errors: int, warnings: int, files: int, unreadable: int) -> str:
    """``2 errors, 1 warning in 1 file``; unreadable files are counted apart."""
    checked = files - unreadable
    found = (
        f"{_count(errors, 'error')}, {_count(warnings, 'warning')}"
        if errors or warnings
        else "no problems"
    )
    parts = [f"{found} in {_count(checked, 'file')}"] if checked else []
    if unreadable:
        parts.append(f"{_count(unreadable, 'file')} could not be read")
    return "; ".join(parts)


# --- the workspace, when there is one ---------------------------------------------


def workspace_directory(database: str | None) -> Directory | None:
    """The workspace's agents and teams, so routing to unknown people is caught.

    Only an explicit ``--database``, ``DESIGNER_DATABASE_URL`` or an existing
    default workspace file is used: validation never creates a workspace, and
    an empty one (no agents, no teams yet) checks nothing, as a file may be
    designed before its people exist. Only a failing explicit ``--database``
    stops the run; otherwise a warning says the people were not checked.
    """
    try:
        from designer.store.location import (
            ENV_VAR,
            default_database_path,
            resolve_database_url,
            sqlite_file,
        )
        from designer.store.workspace import Workspace
    except ImportError:
        return None
    from designer.model.validation import AgentInfo, StaticDirectory

    if not (database or os.environ.get(ENV_VAR, "").strip() or default_database_path().exists()):
        return None
    try:
        url, _default = resolve_database_url(database)
        file = sqlite_file(url)
        if file is not None and not file.exists():
            if database:
                raise DesignerError(
                    f"there is no workspace database at {file}; check the --database value",
                    code="no-workspace",
                )
            return None
        with Workspace.open(url) as workspace:
            agents = workspace.list_agents()
            teams = workspace.list_teams()
    except DesignerError as exc:
        if database:
            raise
        print(f"designer: warning: agents and teams are not checked: {exc}", file=sys.stderr)
        return None
    if not agents and not teams:
        return None
    return StaticDirectory(
        [AgentInfo(a.email, a.name, a.live_chat) for a in agents],
        {t.name: list(t.members) for t in teams},
    )


# --- schema -----------------------------------------------------------------------


def run_schema(args: argparse.Namespace) -> int:
    """Print the JSON Schema dialog files follow."""
    from designer.model.schema import schema_text

    text = schema_text()
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return EXIT_OK


# --- export -----------------------------------------------------------------------


def run_export(args: argparse.Namespace) -> int:
    """Write the script or pictures of a dialog, unless validation errors block the export."""
    from designer.model.codec import load_dialog
    from designer.model.script import script_markdown
    from designer.model.script_html import script_html
    from designer.model.validation import validate

    if not (args.script or args.html or args.png or args.svg):
        raise DesignerError(
            "say what to export, e.g. --script OUT.md (or --script - to print it), "
            "--html OUT.html, --png OUT.png or --svg OUT.svg",
            code="usage",
        )
    if not 0.1 <= args.scale <= 8:
        raise DesignerError("give a --scale from 0.1 to 8", code="usage")
    dialog = load_dialog(args.file)
    problems = [p for p in validate(dialog, workspace_directory(args.database)) if p.is_error]
    if problems:
        for problem in problems:
            print(problem_line(args.file, problem), file=sys.stderr)
        errors = _count(len(problems), "error")
        if not args.force:
            print(
                f"designer: {args.file} was not exported: it has {errors}; fix "
                f"{'it' if len(problems) == 1 else 'them'} (see 'designer validate') "
                "or export anyway with --force",
                file=sys.stderr,
            )
            return EXIT_PROBLEMS
        print(f"designer: exporting {args.file} despite {errors} (--force)", file=sys.stderr)
    for fmt in ("png", "svg"):
        target = getattr(args, fmt)
        if target:
            # Only picture formats need Qt; the script export never loads it.
            from designer.ui.picture_export import export_picture

            export_picture(dialog, target, fmt, args.scale)
            print(f"Wrote a picture of '{dialog.name}' to {target}.")
    if args.script:
        _write_script(args.script, script_markdown(dialog), dialog.name)
    if args.html:
        _write_script(args.html, script_html(dialog), dialog.name)
    return EXIT_OK


def _write_script(target: str, text: str, name: str) -> None:
    """Print the script for ``-``, else write it atomically and say where."""
    if target == "-":
        sys.stdout.write(text)
        return
    from designer.atomic_file import write_atomic

    write_atomic(target, text.encode("utf-8"))
    print(f"Wrote the conversation script of '{name}' to {target}.")
