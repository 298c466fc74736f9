"""Who routing deals with: agents as they are right now, and the visitor being routed.

Kept apart from the router (:mod:`designer.engine.routing`, which re-exports
these names) because the preview, the simulator and the inbox hold and
change these objects too: an agent's status, their open chats, a visitor's
captured fields.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from designer.model.criteria import Attribute
from designer.model.wording import Wording, wording

AGENTS_AVAILABLE = Attribute.AGENTS_AVAILABLE.value
"""The criterion subject the router answers itself (``yes`` / ``no``)."""


def availability_text(available: bool) -> str:
    """The value the ``agents_available`` criterion sees: ``yes`` or ``no``."""
    return "yes" if available else "no"


def normalise_domain(domain: str) -> str:
    """How account routing keys a domain: trimmed, lower-case, no leading ``@`` or final dot."""
    return domain.strip().lower().removeprefix("@").rstrip(".")


def email_domain(email: str | None) -> str | None:
    """The normalised domain of an email address, None when there is no usable one."""
    if not email:
        return None
    _, at, domain = email.strip().rpartition("@")
    domain = normalise_domain(domain) if at else ""
    return domain or None


class AgentStatus(StrEnum):
    """An agent's presence; only ``available`` agents are offered chats."""

    AVAILABLE = "available"
    AWAY = "away"
    OFFLINE = "offline"


# Why an agent cannot take a chat, as a clause that follows their name in a sentence.
_NO_PERMISSION = wording("has no Live Chat permission")
_NOT_AVAILABLE = {AgentStatus.AWAY: wording("is away"), AgentStatus.OFFLINE: wording("is offline")}
_AT_LIMIT: dict[int, Wording] = {}


def _at_limit(n: int) -> Wording:
    """'is at their limit of 3 chats', made once per limit: agents at it are skipped often."""
    said = _AT_LIMIT.get(n)
    if said is None:
        if n == 1:
            said = wording("is at their limit of {n} chat", n=str(n))
        else:
            said = wording("is at their limit of {n} chats", n=str(n))
        _AT_LIMIT[n] = said
    return said


@dataclass(eq=False)
class AgentState:
    """An agent as routing sees them right now.

    Mutable on purpose: a preview toggles status and holds chats open, and the
    router reads the same objects, so the next decision sees the change.
    """

    email: str
    name: str
    live_chat: bool
    status: AgentStatus
    max_chats: int
    active_chats: int = 0
    avatar: str | None = None

    @property
    def label(self) -> str:
        """How explanations name the agent: their name, else their email."""
        return self.name or self.email

    def unavailability(self) -> Wording | None:
        """Why they cannot take a chat now, worded to follow their name; None if they can."""
        if not self.live_chat:
            return _NO_PERMISSION
        if self.status != AgentStatus.AVAILABLE:
            return _NOT_AVAILABLE[self.status]
        if self.active_chats >= self.max_chats:
            return _at_limit(self.max_chats)
        return None

    def ineligibility(self) -> str | None:
        """:meth:`unavailability` in English, e.g. ``is away``; None if they can take a chat."""
        live, status, chats = self.live_chat, self.status, self.active_chats
        if live and status == AgentStatus.AVAILABLE and chats < self.max_chats:
            return None  # every simulated visitor asks this of agent after agent: no wording
        why = self.unavailability()
        return None if why is None else why.text


@dataclass(frozen=True)
class Visitor:
    """What routing rules can test about a visitor: location, page and captured fields."""

    country: str | None = None
    region: str | None = None
    city: str | None = None
    page_url: str | None = None
    fields: Mapping[str, str] = field(default_factory=dict)

    @property
    def email(self) -> str | None:
        """The visitor's email when known (the ``email`` field): account routing reads it."""
        return self.fields.get("email")

    def lookup(self) -> dict[str, str | None]:
        """Values keyed by :meth:`Criterion.subject`; the router fills ``agents_available``."""
        values: dict[str, str | None] = {
            "country": self.country,
            "region": self.region,
            "city": self.city,
            "page_url": self.page_url,
            AGENTS_AVAILABLE: None,
        }
        for key, value in self.fields.items():
            values[f"field:{key}"] = value
        return values
