"""The workspace tables, as SQLModel classes.

These classes describe the *current* schema for queries; the schema itself is
created and changed only by the Alembic revisions in ``migrations/``, and a
test compares the two so they cannot drift apart. Constraints carry explicit
names so later revisions can address them on every backend.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from designer.model.score import MAX_SCORE
from designer.store.constants import (
    AGENT_STATUSES,
    DEFAULT_MAX_CHATS,
    MAX_CHATS,
    MESSAGE_SENDERS,
    MIN_CHATS,
)


class UTCDateTime(sa.TypeDecorator[datetime]):
    """Timestamps stored as naive UTC and read back as aware UTC.

    SQLite keeps no time zone, PostgreSQL would convert to the server's: storing
    naive UTC everywhere gives the same value back on both.
    """

    impl = sa.DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value

    def process_result_value(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


def utcnow() -> datetime:
    """Now, aware and in UTC: the only clock the workspace stores."""
    return datetime.now(UTC)


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Agent(SQLModel, table=True):
    """A live-chat agent; the email is how dialogs and routing name them."""

    __tablename__ = "agent"
    __table_args__ = (
        sa.CheckConstraint(_in("status", AGENT_STATUSES), name="ck_agent_status"),
        sa.CheckConstraint(
            f"max_chats >= {MIN_CHATS} AND max_chats <= {MAX_CHATS}", name="ck_agent_max_chats"
        ),
        sa.UniqueConstraint("email", name="uq_agent_email"),
    )

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=120)
    email: str = Field(max_length=254)
    avatar_path: str | None = Field(default=None, max_length=1024)
    avatar_image: bytes | None = Field(default=None, sa_type=sa.LargeBinary)
    live_chat: bool = False
    status: str = Field(default="available", max_length=16)
    max_chats: int = DEFAULT_MAX_CHATS
    simulated: bool = False


class Team(SQLModel, table=True):
    """A named group of agents, routed to round-robin within itself."""

    __tablename__ = "team"
    __table_args__ = (sa.UniqueConstraint("name", name="uq_team_name"),)

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=120)


class TeamMember(SQLModel, table=True):
    """An agent's place in a team; removing either side removes the row."""

    __tablename__ = "team_member"
    __table_args__ = (sa.Index("ix_team_member_agent_id", "agent_id"),)

    team_id: int = Field(
        sa_column=sa.Column(
            sa.Integer, sa.ForeignKey("team.id", ondelete="CASCADE"), primary_key=True
        )
    )
    agent_id: int = Field(
        sa_column=sa.Column(
            sa.Integer, sa.ForeignKey("agent.id", ondelete="CASCADE"), primary_key=True
        )
    )
    position: int = 0


class AccountRoute(SQLModel, table=True):
    """Account routing: visitors whose email is at ``domain`` go to this agent first.

    One agent per domain (the key); removing the agent removes their domains,
    so their visitors are routed by the card again instead of to nobody.
    """

    __tablename__ = "account_route"
    __table_args__ = (
        sa.CheckConstraint("domain = lower(domain)", name="ck_account_route_domain_lower"),
        sa.Index("ix_account_route_agent_id", "agent_id"),
    )

    domain: str = Field(max_length=253, primary_key=True)
    agent_id: int = Field(
        sa_column=sa.Column(
            sa.Integer, sa.ForeignKey("agent.id", ondelete="CASCADE"), nullable=False
        )
    )


class RoundRobinPosition(SQLModel, table=True):
    """Who was last served in a pool, so round-robin continues across previews."""

    __tablename__ = "round_robin_position"

    pool: str = Field(max_length=200, primary_key=True)
    last_agent_email: str = Field(max_length=254)


class Conversation(SQLModel, table=True):
    """A saved preview conversation (its transcript is in :class:`Message`)."""

    __tablename__ = "conversation"
    __table_args__ = (
        sa.CheckConstraint(f"score >= 0 AND score <= {MAX_SCORE}", name="ck_conversation_score"),
    )

    id: int | None = Field(default=None, primary_key=True)
    dialog: str = Field(max_length=1024)
    started_at: datetime = Field(sa_column=sa.Column(UTCDateTime(), nullable=False))
    ended_at: datetime | None = Field(default=None, sa_column=sa.Column(UTCDateTime()))
    visitor: dict[str, Any] = Field(
        default_factory=dict, sa_column=sa.Column(sa.JSON(), nullable=False)
    )
    agent_email: str | None = Field(default=None, max_length=254)
    outcome: str = Field(max_length=40)
    score: int | None = None  # 0 to MAX_SCORE, set by the agent; None when not scored


class Message(SQLModel, table=True):
    """One line of a transcript, in the order it was said."""

    __tablename__ = "message"
    __table_args__ = (sa.CheckConstraint(_in("sender", MESSAGE_SENDERS), name="ck_message_sender"),)

    id: int | None = Field(default=None, primary_key=True)
    conversation_id: int = Field(
        sa_column=sa.Column(
            sa.Integer,
            sa.ForeignKey("conversation.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        )
    )
    at: datetime = Field(sa_column=sa.Column(UTCDateTime(), nullable=False))
    sender: str = Field(max_length=16)
    author: str | None = Field(default=None, max_length=120)
    text: str = Field(sa_type=sa.Text)


class SimulationRun(SQLModel, table=True):
    """A batch simulation and its results, kept to compare runs after edits."""

    __tablename__ = "simulation_run"

    id: int | None = Field(default=None, primary_key=True)
    created_at: datetime = Field(sa_column=sa.Column(UTCDateTime(), nullable=False))
    dialog: str = Field(max_length=1024)
    visitors: int
    seed: int | None = Field(default=None, sa_type=sa.BigInteger)
    results: dict[str, Any] = Field(
        default_factory=dict, sa_column=sa.Column(sa.JSON(), nullable=False)
    )


class Setting(SQLModel, table=True):
    """A workspace setting; the value is JSON text so types survive the trip."""

    __tablename__ = "setting"

    key: str = Field(max_length=80, primary_key=True)
    value: str = Field(sa_type=sa.Text)


metadata = SQLModel.metadata
