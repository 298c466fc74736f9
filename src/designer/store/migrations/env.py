"""Alembic environment: migrate the connection that Stream Designer hands over.

The workspace opens its own connection, begins the transaction and passes the
connection in ``config.attributes["connection"]``; this file never creates an
engine, so all migrations of one open run in that single transaction.
"""

from __future__ import annotations

from alembic import context

from designer.store.tables import metadata


def run_migrations() -> None:
    """Run the pending revisions on the connection the workspace passed in."""
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError(
            "designer's migrations run through designer.store.database.upgrade(); "
            "open the workspace instead of calling alembic directly"
        )
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


# Alembic sets ``context.config`` only while it runs this file; a plain import does nothing.
if getattr(context, "config", None) is not None:
    run_migrations()
