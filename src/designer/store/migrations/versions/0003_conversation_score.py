"""The conversation score: how promising the agent found a conversation, 0 to 3.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25

Written by hand and frozen, like 0001 and 0002: one nullable column, so every
saved conversation is kept and reads back as not scored. The range check
needs a table rebuild on SQLite (batch mode; the upgrade turns foreign keys
off around it, so the transcripts' messages are not cascaded away).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("conversation") as batch:
        batch.add_column(sa.Column("score", sa.Integer(), nullable=True))
        batch.create_check_constraint("ck_conversation_score", "score >= 0 AND score <= 3")


def downgrade() -> None:
    with op.batch_alter_table("conversation") as batch:
        batch.drop_constraint("ck_conversation_score", type_="check")
        batch.drop_column("score")
