"""The part of :class:`~designer.store.workspace.Workspace` every section shares.

One method, one transaction: each public method opens a session, commits on
success and rolls back on any error, so a caller never sees half an edit.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import func
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from designer.errors import DesignerError
from designer.store.checks import did_you_mean, normalize_email
from designer.store.database import translate_errors
from designer.store.tables import Agent, Team


class WorkspaceBase:
    """Holds the engine and the transaction helper the sections build on."""

    _engine: Engine | None

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine; an error once the workspace is closed."""
        if self._engine is None:
            raise DesignerError("this workspace is closed; open it again", code="store.closed")
        return self._engine

    @contextmanager
    def _transaction(self) -> Iterator[Session]:
        engine = self.engine
        with (
            translate_errors(engine.url),
            Session(engine, expire_on_commit=False) as session,
            session.begin(),
        ):
            yield session

    def _find_agent(self, session: Session, email: str) -> Agent | None:
        return session.exec(select(Agent).where(Agent.email == normalize_email(email))).first()

    def _agent_row(self, session: Session, email: str) -> Agent:
        agent = self._find_agent(session, email)
        if agent is None:
            known = session.exec(select(Agent.email)).all()
            hint = did_you_mean(normalize_email(email), known)
            raise DesignerError(
                f"no agent with email '{email.strip()}' in this workspace{hint}; "
                "see 'designer agents list'",
                code="store.unknown_agent",
            )
        return agent

    def _find_team(self, session: Session, name: str) -> Team | None:
        wanted = " ".join(name.split())
        team = session.exec(select(Team).where(Team.name == wanted)).first()
        if team is None:
            team = session.exec(select(Team).where(func.lower(Team.name) == wanted.lower())).first()
        return team

    def _team_row(self, session: Session, name: str) -> Team:
        team = self._find_team(session, name)
        if team is None:
            hint = did_you_mean(name.strip(), session.exec(select(Team.name)).all())
            raise DesignerError(
                f"no team named '{name.strip()}' in this workspace{hint}; "
                "see 'designer teams list'",
                code="store.unknown_team",
            )
        return team
