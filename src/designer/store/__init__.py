"""The workspace database: agents, teams, account routing, transcripts, simulation runs.

SQLModel tables with Alembic migrations; a SQLite file in the user's data
folder by default, any SQLAlchemy URL (PostgreSQL for a shared workspace)
through ``DESIGNER_DATABASE_URL`` or ``--database``. Pure Python: no Qt.

Names are loaded on first use, so ``designer --help`` and commands that never
touch the workspace do not pay for importing SQLAlchemy.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from designer.store.constants import AGENT_STATUSES, MESSAGE_SENDERS

if TYPE_CHECKING:
    from designer.store.location import ENV_VAR, default_database_path, resolve_database_url
    from designer.store.records import (
        UNSET,
        AccountImport,
        AccountRecord,
        AgentRecord,
        ConversationRecord,
        ConversationSummary,
        MessageRecord,
        SimulationRunRecord,
        TeamRecord,
        TranscriptLine,
    )
    from designer.store.settings import SETTINGS, RoundRobinPositions
    from designer.store.workspace import Workspace

_HOMES = {
    "ENV_VAR": "location",
    "default_database_path": "location",
    "resolve_database_url": "location",
    "UNSET": "records",
    "AccountImport": "records",
    "AccountRecord": "records",
    "AgentRecord": "records",
    "ConversationRecord": "records",
    "ConversationSummary": "records",
    "MessageRecord": "records",
    "SimulationRunRecord": "records",
    "TeamRecord": "records",
    "TranscriptLine": "records",
    "SETTINGS": "settings",
    "RoundRobinPositions": "settings",
    "Workspace": "workspace",
}

__all__ = [
    "AGENT_STATUSES",
    "ENV_VAR",
    "MESSAGE_SENDERS",
    "SETTINGS",
    "UNSET",
    "AccountImport",
    "AccountRecord",
    "AgentRecord",
    "ConversationRecord",
    "ConversationSummary",
    "MessageRecord",
    "RoundRobinPositions",
    "SimulationRunRecord",
    "TeamRecord",
    "TranscriptLine",
    "Workspace",
    "default_database_path",
    "resolve_database_url",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'designer.store' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"designer.store.{home}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
