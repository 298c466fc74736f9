"""The schema: created and upgraded in place by Alembic, never silently dropped."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from importlib import resources
from pathlib import Path

import alembic.command
import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from designer.errors import DesignerError
from designer.store import Workspace
from designer.store import database as db
from designer.store.tables import metadata

NEXT = f"{int(db.HEAD_REVISION) + 1:04d}"  # the revision after this build's newest
NEXT_REVISION = '''
"""A hypothetical next schema: agents get a nickname (rebuilds the table on SQLite)."""
import sqlalchemy as sa
from alembic import op

revision = "NEXT"
down_revision = "HEAD"
branch_labels = None
depends_on = None


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    with op.batch_alter_table("agent", recreate="always" if sqlite else "auto") as batch:
        batch.add_column(sa.Column("nickname", sa.String(40), nullable=True))
    op.execute("UPDATE agent SET nickname = name")
    FAIL


def downgrade() -> None:
    op.drop_column("agent", "nickname")
'''


def _scripts_with_next_revision(tmp_path: Path, *, fail: bool) -> str:
    """A copy of the shipped migrations plus one more revision, as a later build would have."""
    shipped = resources.files("designer.store") / "migrations"
    target = tmp_path / "migrations"
    with resources.as_file(shipped) as source:
        shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
    body = NEXT_REVISION.replace("FAIL", "raise RuntimeError('boom')" if fail else "")
    body = body.replace("NEXT", NEXT).replace("HEAD", db.HEAD_REVISION)
    (target / "versions" / f"{NEXT}_nickname.py").write_text(body)
    return str(target)


def _tables(url: str) -> set[str]:
    engine = sa.create_engine(url)
    try:
        return set(sa.inspect(engine).get_table_names())
    finally:
        engine.dispose()


def _fill(workspace: Workspace) -> None:
    workspace.add_agent("Ana", "ana@example.com", live_chat=True)
    workspace.add_team("Sales")
    workspace.add_member("Sales", "ana@example.com")
    workspace.round_robin.set("team:Sales", "ana@example.com")


def test_empty_database_is_created_at_head(database_url: str) -> None:
    with Workspace.open(database_url) as workspace:
        assert workspace.revision == db.head_revision() == db.HEAD_REVISION == "0003"
        assert db.current_revision(workspace.engine) == "0003"
    assert set(metadata.tables) | {"alembic_version"} <= _tables(database_url)


def test_migrations_match_the_table_classes(workspace: Workspace) -> None:
    with workspace.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, metadata) == []


def test_opening_a_current_workspace_runs_no_migration(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Workspace.open(database_url) as workspace:
        _fill(workspace)

    def no_upgrade(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a current workspace must not be migrated again")

    monkeypatch.setattr(alembic.command, "upgrade", no_upgrade)
    with Workspace.open(database_url) as again:
        assert again.team_members("Sales") == ["ana@example.com"]


def test_upgrade_in_place_keeps_every_row(database_url: str, tmp_path: Path) -> None:
    with Workspace.open(database_url) as workspace:
        _fill(workspace)
    engine = db.create_workspace_engine(database_url)
    try:
        scripts = _scripts_with_next_revision(tmp_path, fail=False)
        assert db.upgrade(engine, scripts) == NEXT
        with engine.connect() as connection:
            rows = connection.exec_driver_sql("SELECT email, nickname FROM agent").all()
            members = connection.exec_driver_sql("SELECT count(*) FROM team_member").scalar()
        assert rows == [("ana@example.com", "Ana")]
        assert members == 1  # the table rebuild did not cascade into memberships
    finally:
        engine.dispose()
    # This build does not know the next revision: it refuses rather than guess.
    with pytest.raises(DesignerError) as caught:
        Workspace.open(database_url)
    assert caught.value.code == "store.newer_schema"
    assert "created by a newer Stream Designer" in str(caught.value)
    assert "update" in str(caught.value)


def test_failed_upgrade_changes_nothing(database_url: str, tmp_path: Path) -> None:
    with Workspace.open(database_url) as workspace:
        _fill(workspace)
    engine = db.create_workspace_engine(database_url)
    try:
        with pytest.raises(RuntimeError, match="boom"):
            db.upgrade(engine, _scripts_with_next_revision(tmp_path, fail=True))
        assert db.current_revision(engine) == db.HEAD_REVISION
        columns = {c["name"] for c in sa.inspect(engine).get_columns("agent")}
        assert "nickname" not in columns
    finally:
        engine.dispose()
    with Workspace.open(database_url) as again:
        assert again.team_members("Sales") == ["ana@example.com"]


def test_unknown_revision_is_refused_untouched(database_url: str) -> None:
    with Workspace.open(database_url) as workspace:
        _fill(workspace)
        with workspace.engine.begin() as connection:
            connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0099'")
    with pytest.raises(DesignerError, match=r"newer Stream Designer .*'0099'.*update"):
        Workspace.open(database_url)
    engine = sa.create_engine(database_url)
    try:
        with engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT count(*) FROM agent").scalar() == 1
    finally:
        engine.dispose()


def test_tables_not_made_by_us_are_refused(database_url: str) -> None:
    engine = sa.create_engine(database_url)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql("CREATE TABLE agent (id INTEGER PRIMARY KEY, who TEXT)")
    finally:
        engine.dispose()
    with pytest.raises(DesignerError) as caught:
        Workspace.open(database_url)
    assert caught.value.code == "store.foreign_tables"
    assert "agent" in str(caught.value)


@pytest.mark.parametrize(
    "content",
    [b"name,email\nAna,ana@example.com\n" * 50, b"SQLite format 3\x00" + b"\xff" * 2000],
    ids=["csv", "damaged"],
)
def test_a_file_that_is_not_a_workspace_names_the_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "agents.csv"
    path.write_bytes(content)
    with pytest.raises(DesignerError) as caught:
        Workspace.open(str(path))
    assert caught.value.code == "store.not_a_database"
    assert str(path) in str(caught.value)
    assert path.read_bytes() == content  # never overwritten


def test_sqlite_connections_have_foreign_keys_wal_and_a_busy_timeout(tmp_path: Path) -> None:
    with Workspace.open(str(tmp_path / "w.sqlite3")) as workspace:
        _fill(workspace)
        with workspace.engine.connect() as connection:
            pragma = connection.exec_driver_sql
            assert pragma("PRAGMA foreign_keys").scalar() == 1
            assert pragma("PRAGMA journal_mode").scalar() == "wal"
            assert pragma("PRAGMA busy_timeout").scalar() == db.BUSY_TIMEOUT_MS
        with workspace.engine.begin() as connection:
            connection.exec_driver_sql("DELETE FROM agent")
            assert connection.exec_driver_sql("SELECT count(*) FROM team_member").scalar() == 0


def test_foreign_keys_cascade_on_every_backend(workspace: Workspace) -> None:
    _fill(workspace)
    with workspace.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM team")
        assert connection.exec_driver_sql("SELECT count(*) FROM team_member").scalar() == 0
        with pytest.raises(sa.exc.IntegrityError), connection.begin_nested():
            connection.exec_driver_sql(
                "INSERT INTO team_member (team_id, agent_id, position) VALUES (999, 999, 1)"
            )


def test_a_writer_waits_for_another_instead_of_failing(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite3"
    with Workspace.open(str(path)) as workspace:
        other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        other.execute("BEGIN IMMEDIATE")
        other.execute("INSERT INTO team (name) VALUES ('Held')")
        release = threading.Timer(0.3, other.execute, args=("COMMIT",))
        release.start()
        try:
            workspace.add_team("Sales")
        finally:
            release.join()
            other.close()
        assert [t.name for t in workspace.list_teams()] == ["Held", "Sales"]


def test_a_writer_blocked_too_long_gets_a_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 200)
    path = tmp_path / "w.sqlite3"
    with Workspace.open(str(path)) as workspace:
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(DesignerError) as caught:
                workspace.add_team("Sales")
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert caught.value.code == "store.busy"
        assert "another Stream Designer is writing" in str(caught.value)
        assert workspace.list_teams() == []
