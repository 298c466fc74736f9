"""The first workspace schema: agents, teams, round-robin, transcripts, runs, settings.

Revision ID: 0001
Revises:
Create Date: 2026-11-01

Written by hand and frozen: it does not import the live table classes, so a
later change to ``tables.py`` needs a new revision rather than silently
changing what this one creates.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "agent",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("email", sa.String(254), nullable=False),
        sa.Column("avatar_path", sa.String(1024), nullable=True),
        sa.Column("avatar_image", sa.LargeBinary(), nullable=True),
        sa.Column("live_chat", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("status", sa.String(16), nullable=False, server_default="available"),
        sa.Column("max_chats", sa.Integer(), nullable=False, server_default="5"),
        sa.Column("simulated", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.CheckConstraint("status IN ('available', 'away', 'offline')", name="ck_agent_status"),
        sa.CheckConstraint("max_chats >= 1 AND max_chats <= 10", name="ck_agent_max_chats"),
        sa.UniqueConstraint("email", name="uq_agent_email"),
    )
    op.create_table(
        "team",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(120), nullable=False),
        sa.UniqueConstraint("name", name="uq_team_name"),
    )
    op.create_table(
        "team_member",
        sa.Column(
            "team_id",
            sa.Integer(),
            sa.ForeignKey("team.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "agent_id",
            sa.Integer(),
            sa.ForeignKey("agent.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("position", sa.Integer(), nullable=False, server_default="0"),
    )
    op.create_index("ix_team_member_agent_id", "team_member", ["agent_id"])
    op.create_table(
        "round_robin_position",
        sa.Column("pool", sa.String(200), primary_key=True),
        sa.Column("last_agent_email", sa.String(254), nullable=False),
    )
    op.create_table(
        "conversation",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("dialog", sa.String(1024), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("visitor", sa.JSON(), nullable=False),
        sa.Column("agent_email", sa.String(254), nullable=True),
        sa.Column("outcome", sa.String(40), nullable=False),
    )
    op.create_table(
        "message",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "conversation_id",
            sa.Integer(),
            sa.ForeignKey("conversation.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("sender", sa.String(16), nullable=False),
        sa.Column("author", sa.String(120), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "sender IN ('bot', 'visitor', 'agent', 'system')", name="ck_message_sender"
        ),
    )
    op.create_index("ix_message_conversation_id", "message", ["conversation_id"])
    op.create_table(
        "simulation_run",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("dialog", sa.String(1024), nullable=False),
        sa.Column("visitors", sa.Integer(), nullable=False),
        sa.Column("seed", sa.BigInteger(), nullable=True),
        sa.Column("results", sa.JSON(), nullable=False),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(80), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )


def downgrade() -> None:
    for table in (
        "setting",
        "simulation_run",
        "message",
        "conversation",
        "round_robin_position",
        "team_member",
        "team",
        "agent",
    ):
        op.drop_table(table)
