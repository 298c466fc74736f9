"""What the workspace hands out: plain frozen values, never live database rows.

Callers (the engine, the CLI, the UI) keep these as long as they like without
a session behind them, and cannot change the database by accident.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import Any, Protocol

from designer.store.tables import utcnow


class _Unset(Enum):
    UNSET = "unset"


UNSET = _Unset.UNSET
"""Marks a keyword of :meth:`Workspace.edit_agent` that should stay as it is."""


@dataclass(frozen=True, slots=True)
class AgentRecord:
    """An agent as routing and the inbox see it; ``teams`` in name order."""

    name: str
    email: str
    live_chat: bool
    status: str
    max_chats: int
    simulated: bool = False
    avatar_path: str | None = None
    avatar_image: bytes | None = field(default=None, repr=False)
    teams: tuple[str, ...] = ()

    @property
    def display(self) -> str:
        """``Name <email>``, how messages name an agent."""
        return f"{self.name} <{self.email}>"

    def to_dict(self) -> dict[str, Any]:
        """JSON-friendly form; the picture bytes are only flagged, not dumped."""
        return {
            "name": self.name,
            "email": self.email,
            "live_chat": self.live_chat,
            "status": self.status,
            "max_chats": self.max_chats,
            "simulated": self.simulated,
            "avatar_path": self.avatar_path,
            "has_avatar_image": self.avatar_image is not None,
            "teams": list(self.teams),
        }


@dataclass(frozen=True, slots=True)
class TeamRecord:
    """A team and its members' emails, in the order they were added."""

    name: str
    members: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "members": list(self.members)}


@dataclass(frozen=True, slots=True)
class AccountRecord:
    """Account routing for one email domain: visitors from it go to this agent first."""

    domain: str
    agent: str  # the agent's email
    agent_name: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"domain": self.domain, "agent": self.agent, "agent_name": self.agent_name}


@dataclass(frozen=True, slots=True)
class AccountImport:
    """What importing an account-routing file changed, domain by domain."""

    added: tuple[str, ...] = ()
    moved: tuple[str, ...] = ()  # already mapped, now to the file's agent
    unchanged: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()  # only with ``replace=True``: mapped but not in the file

    @property
    def changed(self) -> bool:
        return bool(self.added or self.moved or self.removed)


@dataclass(frozen=True, slots=True)
class MessageRecord:
    """One transcript line; ``sender`` is bot, visitor, agent or system."""

    sender: str
    text: str
    at: datetime = field(default_factory=utcnow)
    author: str | None = None


class TranscriptLine(Protocol):
    """Anything shaped like a transcript line (the engine's ``Line`` included)."""

    @property
    def sender(self) -> str: ...

    @property
    def text(self) -> str: ...

    @property
    def at(self) -> datetime: ...

    @property
    def author(self) -> str | None: ...


@dataclass(frozen=True, slots=True)
class ConversationSummary:
    """A saved conversation without its transcript, for lists."""

    id: int
    dialog: str
    started_at: datetime
    ended_at: datetime | None
    agent_email: str | None
    outcome: str
    message_count: int


@dataclass(frozen=True, slots=True)
class ConversationRecord:
    """A saved conversation with its visitor profile and transcript."""

    id: int
    dialog: str
    started_at: datetime
    ended_at: datetime | None
    visitor: dict[str, Any]
    agent_email: str | None
    outcome: str
    messages: tuple[MessageRecord, ...] = ()


@dataclass(frozen=True, slots=True)
class SimulationRunRecord:
    """A stored simulation: what was run and what came out."""

    id: int
    created_at: datetime
    dialog: str
    visitors: int
    seed: int | None
    results: dict[str, Any]
