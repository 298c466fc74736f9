"""Where the workspace database lives.

By default a SQLite file in the user's data folder, so a marketer never has to
think about it; ``DESIGNER_DATABASE_URL`` or ``--database`` point at any
SQLAlchemy URL instead (a shared PostgreSQL workspace), and a plain file path
is taken as a SQLite file because that is what people type.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from designer.errors import DesignerError

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

# SQLAlchemy is imported where a URL is parsed, not here: the editor asks whether a
# workspace exists at start-up, and importing SQLAlchemy costs half a second.

ENV_VAR = "DESIGNER_DATABASE_URL"
APP_NAME = "stream-designer"
DEFAULT_FILE_NAME = "workspace.sqlite3"


def default_database_path() -> Path:
    """The SQLite file used when nothing else is configured."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / DEFAULT_FILE_NAME


def sqlite_url(path: str | Path) -> str:
    """A SQLAlchemy URL for a SQLite file, absolute so the working folder never matters."""
    return f"sqlite:///{Path(path).expanduser().resolve()}"


def resolve_database_url(
    explicit: str | None = None, environ: Mapping[str, str] | None = None
) -> tuple[str, bool]:
    """The URL to open and whether it is the default location.

    ``explicit`` (from ``--database``) wins over ``DESIGNER_DATABASE_URL``,
    which wins over the default file.
    """
    env = os.environ if environ is None else environ
    raw = (explicit or "").strip() or env.get(ENV_VAR, "").strip()
    if not raw:
        return sqlite_url(default_database_path()), True
    if "://" not in raw:
        return sqlite_url(raw), False
    parse_url(raw)
    return raw, False


def parse_url(url: str) -> URL:
    """Parse a database URL, or say in one sentence what is wrong with it."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(url)
    except (ArgumentError, ValueError) as exc:
        raise DesignerError(
            f"'{url}' is not a database URL ({exc}); give a file path or a URL such as "
            "postgresql+psycopg://user@host/dbname",
            code="store.bad_url",
        ) from exc


def sqlite_file(url: str | URL) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory SQLite."""
    parsed = parse_url(url) if isinstance(url, str) else url
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database or ""
    if database in ("", ":memory:") or database.startswith("file:"):
        return None
    return Path(database)


def display_url(url: str | URL) -> str:
    """The URL as users may see it: a file path for SQLite, no password otherwise."""
    parsed = parse_url(url) if isinstance(url, str) else url
    path = sqlite_file(parsed)
    if path is not None:
        return str(path)
    return parsed.render_as_string(hide_password=True)


def prepare_location(url: str, *, is_default: bool) -> None:
    """Create the default data folder on first use; refuse a missing folder otherwise.

    A missing folder in a path the user typed is more likely a typo than a
    wish, so only the default location is created silently.
    """
    path = sqlite_file(url)
    if path is None or path.parent.is_dir():
        return
    if is_default:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DesignerError(
                f"cannot create the workspace folder ({exc.strerror}); set "
                f"{ENV_VAR} to a database you can write",
                code="store.no_folder",
                file=path.parent,
            ) from exc
        return
    raise DesignerError(
        "the folder for this workspace database does not exist; create it or choose "
        "another file with --database",
        code="store.no_folder",
        file=path,
    )
