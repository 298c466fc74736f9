"""The workspace: one object for everything kept between sessions.

Open it with :meth:`Workspace.open` (or as a context manager); the schema is
upgraded in place on open, so code below never meets an old layout. Every
method is its own transaction and returns plain frozen records.
"""

from __future__ import annotations

from pathlib import Path
from types import TracebackType

from sqlalchemy.engine import Engine

from designer.store.accounts import AccountOps
from designer.store.agents import AgentOps
from designer.store.database import create_workspace_engine, translate_errors, upgrade
from designer.store.history import HistoryOps
from designer.store.location import display_url, prepare_location, resolve_database_url, sqlite_file
from designer.store.teams import TeamOps


class Workspace(AgentOps, TeamOps, AccountOps, HistoryOps):
    """Agents, teams, account routing, settings, round-robin positions, transcripts and runs."""

    def __init__(self, engine: Engine, revision: str) -> None:
        """Wrap an engine whose schema is current; use :meth:`open` instead."""
        super().__init__(engine)
        self.revision = revision

    @classmethod
    def open(cls, url: str | None = None) -> Workspace:
        """Open (and create or upgrade) the workspace at ``url``.

        ``url`` is a SQLAlchemy URL or a file path; None means
        ``DESIGNER_DATABASE_URL`` or, failing that, the default file in the
        user's data folder.
        """
        resolved, is_default = resolve_database_url(url)
        prepare_location(resolved, is_default=is_default)
        engine = create_workspace_engine(resolved)
        try:
            revision = upgrade(engine)
        except BaseException:
            engine.dispose()
            raise
        return cls(engine, revision)

    @property
    def location(self) -> str:
        """Where the data lives, as users may see it (no password)."""
        return display_url(self.engine.url)

    @property
    def path(self) -> Path | None:
        """The SQLite file, or None for a server database."""
        return sqlite_file(self.engine.url)

    def close(self) -> None:
        """Release the connections; calling it twice is harmless."""
        if self._engine is not None:
            with translate_errors(self._engine.url):
                self._engine.dispose()
            self._engine = None

    def __enter__(self) -> Workspace:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        where = self.location if self._engine is not None else "closed"
        return f"<Workspace {where} at revision {self.revision}>"
