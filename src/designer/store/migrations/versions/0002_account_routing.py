"""Account routing: an email domain mapped to the agent who owns that account.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-20

Written by hand and frozen, like 0001: a new table only, so existing rows are
untouched on every backend and no SQLite table is rebuilt.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "account_route",
        sa.Column("domain", sa.String(253), primary_key=True),
        sa.Column(
            "agent_id",
            sa.Integer(),
            sa.ForeignKey("agent.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.CheckConstraint("domain = lower(domain)", name="ck_account_route_domain_lower"),
    )
    op.create_index("ix_account_route_agent_id", "account_route", ["agent_id"])


def downgrade() -> None:
    op.drop_index("ix_account_route_agent_id", table_name="account_route")
    op.drop_table("account_route")
