"""Upgrading dialog files written by older Stream Designers, one version at a time.

A step turns the raw JSON of format version N into version N+1. Steps work on
plain dicts, before pydantic sees the data, so the current models never have
to know what older files looked like. Register a step with :func:`step` when
:data:`designer.model.dialog.VERSION` goes up.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from designer.errors import DesignerError
from designer.model import dialog

Migration = Callable[[dict[str, Any]], dict[str, Any]]

MIGRATIONS: dict[int, Migration] = {}
"""Format version N -> the step producing version N+1 from it."""

FIRST_VERSION = 1


def step(from_version: int) -> Callable[[Migration], Migration]:
    """Register the decorated function as the step from ``from_version`` to the next."""

    def register(func: Migration) -> Migration:
        MIGRATIONS[from_version] = func
        return func

    return register


def current_version() -> int:
    """The version this build writes (read at call time, so tests can raise it)."""
    return dialog.VERSION


def file_version(data: dict[str, Any], source: str) -> int:
    """The file's ``version``, checked to be a whole number this build can read."""
    current = current_version()
    if "version" not in data:
        raise DesignerError(
            f'the file has no "version"; add "version": {current} next to "format" '
            "(the format version it was written in)",
            code="missing-version",
            file=source,
            path="$",
        )
    version = data["version"]
    if type(version) is not int or version < FIRST_VERSION:
        shown = json.dumps(version, ensure_ascii=True)[:40]
        raise DesignerError(
            f'"version" must be a whole number such as {current}, not {shown}; set it to the '
            f"format version the file was written in (this Stream Designer writes {current})",
            code="invalid-version",
            file=source,
            path="$.version",
        )
    if version > current:
        raise DesignerError(
            f"was written by a newer Stream Designer (format version {version}; this one reads "
            f"up to {current}): update Stream Designer to open it",
            code="newer-version",
            file=source,
            path="$.version",
        )
    return version


def migrate(data: dict[str, Any], source: str) -> dict[str, Any]:
    """Bring a parsed dialog file up to the current format version.

    Raises :class:`DesignerError` when the version is missing, unknown, newer than
    this build, or a step cannot make sense of the file.
    """
    version = file_version(data, source)
    current = current_version()
    for old in range(version, current):
        func = MIGRATIONS.get(old)
        if func is None:
            raise DesignerError(
                f"was written in format version {version}, which this Stream Designer can no "
                f"longer upgrade; open and save it with an older Stream Designer first",
                code="old-version",
                file=source,
                path="$.version",
            )
        try:
            upgraded = func(data)
        except DesignerError:
            raise
        except Exception as exc:  # a step meeting a damaged file must not leak a traceback
            raise DesignerError(
                f"could not be upgraded from format version {old} to {old + 1} "
                f"({type(exc).__name__}: {str(exc)[:80]}); the file looks damaged: restore "
                "it from a backup or version control",
                code="migration-failed",
                file=source,
                path="$",
            ) from exc
        if not isinstance(upgraded, dict):
            raise DesignerError(
                f"could not be upgraded from format version {old} to {old + 1}; "
                "restore it from a backup or version control",
                code="migration-failed",
                file=source,
                path="$",
            )
        upgraded["version"] = old + 1
        data = upgraded
    return data
