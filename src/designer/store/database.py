"""Connections and schema upgrades for the workspace database.

SQLite gets what a desktop app shared by the GUI and the command line needs:
foreign keys on every connection, WAL so a reader never blocks the writer, a
busy timeout instead of an instant "database is locked", and a real ``BEGIN
IMMEDIATE`` so a transaction (schema changes included) is all-or-nothing and
writers queue up instead of failing half-way.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy import event, exc
from sqlalchemy.engine import Connection, Engine

from designer.errors import DesignerError
from designer.store.location import ENV_VAR, display_url, parse_url, sqlite_file
from designer.store.tables import metadata

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

BUSY_TIMEOUT_MS = 10_000
SCRIPT_LOCATION = "designer.store:migrations"
HEAD_REVISION = "0003"
"""The newest revision in ``migrations/versions`` (a test keeps the two equal).

Known without loading Alembic, so opening a current workspace (every command
line call) skips importing and scanning the migration scripts.
"""
# Any 64-bit number: serialises two first opens of one PostgreSQL workspace.
_PG_MIGRATION_LOCK = 0x5354_5245_414D


def create_workspace_engine(url: str) -> Engine:
    """An engine for ``url`` with the per-connection settings the workspace relies on."""
    parsed = parse_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = sa.create_engine(
            parsed, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
        )
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    if parsed.drivername in ("postgres", "postgresql"):
        # psycopg (v3) is the driver we test with; psycopg2 is what SQLAlchemy guesses.
        parsed = parsed.set(drivername="postgresql+psycopg")
    try:
        return sa.create_engine(parsed, pool_pre_ping=True)
    except (exc.NoSuchModuleError, ModuleNotFoundError) as error:
        if parsed.get_backend_name() == "postgresql":
            fix = "install the PostgreSQL driver with: pip install 'psycopg[binary]'"
        else:
            fix = "use a sqlite:/// or postgresql+psycopg:// URL"
        raise DesignerError(
            f"Stream Designer cannot talk to '{parsed.drivername}' databases ({error}); {fix}",
            code="store.bad_url",
        ) from error


def _sqlite_on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Take over transaction control from pysqlite (see _sqlite_on_begin).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
    finally:
        cursor.close()


def _sqlite_on_begin(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def script_directory(script_location: str = SCRIPT_LOCATION) -> ScriptDirectory:
    """The revisions this build knows."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config(script_location))


def head_revision(script_location: str = SCRIPT_LOCATION) -> str:
    """The newest schema revision this build can create."""
    head = script_directory(script_location).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision stamped in the database, None for a database never opened."""
    with translate_errors(engine.url), engine.connect() as connection:
        return _stamped(connection)


def _stamped(connection: Connection) -> str | None:
    if not sa.inspect(connection).has_table("alembic_version"):
        return None
    rows = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalars().all()
    if len(rows) > 1:
        return ",".join(sorted(rows))  # branches: never made by this project
    return rows[0] if rows else None


def upgrade(engine: Engine, script_location: str = SCRIPT_LOCATION) -> str:
    """Bring the schema to this build's head in one transaction; return the revision.

    Nothing is done when the database is already current. A database stamped
    with a revision this build does not know was written by a newer Stream
    Designer and is left alone.
    """
    if script_location == SCRIPT_LOCATION:
        with translate_errors(engine.url), engine.connect() as connection:
            if _stamped(connection) == HEAD_REVISION:
                return HEAD_REVISION
    from alembic import command

    script = script_directory(script_location)
    head = script.get_current_head()
    assert head is not None, "the migrations folder has no revision"
    known = {revision.revision for revision in script.walk_revisions()}
    with translate_errors(engine.url), engine.connect() as connection:
        is_sqlite = connection.dialect.name == "sqlite"
        if is_sqlite:
            # Table rebuilds drop the old table; with foreign keys on, that DELETE
            # would cascade into child rows. The pragma is ignored inside a
            # transaction, so it is switched before BEGIN and checked before COMMIT.
            _raw_execute(connection, "PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                if connection.dialect.name == "postgresql":
                    connection.execute(
                        sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK}
                    )
                current = _stamped(connection)
                if current == head:
                    return head
                if current is not None and current not in known:
                    raise _newer_schema(engine.url, current)
                if current is None:
                    _refuse_foreign_tables(connection, engine.url)
                config = _alembic_config(script_location)
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                if is_sqlite:
                    _check_foreign_keys(connection, engine.url)
        finally:
            if is_sqlite:
                _raw_execute(connection, "PRAGMA foreign_keys = ON")
    return head


def _alembic_config(script_location: str) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", script_location)
    return config


def _raw_execute(connection: Connection, sql: str) -> None:
    """Run ``sql`` on the driver connection, outside SQLAlchemy's transaction."""
    driver = connection.connection.driver_connection
    assert driver is not None
    driver.execute(sql)


def _refuse_foreign_tables(connection: Connection, url: sa.URL) -> None:
    """Refuse a database that has our table names but was not made by us."""
    clashes = sorted(set(sa.inspect(connection).get_table_names()) & set(metadata.tables))
    if clashes:
        raise DesignerError(
            f"this database already holds tables named {', '.join(clashes)} that Stream "
            "Designer did not create; point --database or DESIGNER_DATABASE_URL at an empty "
            "database or a workspace",
            code="store.foreign_tables",
            file=display_url(url),
        )


def _check_foreign_keys(connection: Connection, url: sa.URL) -> None:
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise DesignerError(
            f"upgrading the workspace would break {len(broken)} links between rows, so "
            "nothing was changed; report this with the database file attached",
            code="store.upgrade_failed",
            file=display_url(url),
        )


def _newer_schema(url: sa.URL, revision: str) -> DesignerError:
    return DesignerError(
        f"this workspace was created by a newer Stream Designer (schema revision "
        f"'{revision}'); update Stream Designer to open it",
        code="store.newer_schema",
        file=display_url(url),
    )


@contextmanager
def translate_errors(url: sa.URL) -> Iterator[None]:
    """Turn driver failures into one sentence that names the database and the fix."""
    where = display_url(url)
    try:
        yield
    except DesignerError:
        raise
    except (exc.DBAPIError, sqlite3.Error) as error:
        raise _describe(error, url, where) from error


def _describe(error: Exception, url: sa.URL, where: str) -> DesignerError:
    original = getattr(error, "orig", error) or error
    detail = (
        str(original).strip().splitlines()[0] if str(original).strip() else type(original).__name__
    )
    lowered = detail.lower()
    path = sqlite_file(url)
    if path is not None:
        if "not a database" in lowered or "malformed" in lowered:
            return DesignerError(
                "this file is not a Stream Designer workspace database (SQLite says: "
                f"{detail}); choose another file with --database or {ENV_VAR}",
                code="store.not_a_database",
                file=where,
            )
        if "locked" in lowered or "busy" in lowered:
            return DesignerError(
                "the workspace database is busy: another Stream Designer is writing to it; "
                "try again in a moment",
                code="store.busy",
                file=where,
            )
        if "unable to open" in lowered or "readonly" in lowered or "read-only" in lowered:
            return DesignerError(
                f"cannot open or write the workspace database ({detail}); check the file's "
                f"permissions or choose another with --database or {ENV_VAR}",
                code="store.cannot_open",
                file=where,
            )
    if isinstance(error, exc.OperationalError) and path is None:
        return DesignerError(
            f"cannot reach the workspace database ({detail}); check that the server is "
            f"running and the URL given by --database or {ENV_VAR}",
            code="store.unreachable",
            file=where,
        )
    return DesignerError(
        f"the workspace database refused the change ({detail}); nothing was saved",
        code="store.database_error",
        file=where,
    )
