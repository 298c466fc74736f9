"""Checks on what users type, each failing with a sentence that says what to do."""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterable
from typing import Any

from designer.errors import DesignerError
from designer.store.tables import AGENT_STATUSES, MAX_CHATS, MESSAGE_SENDERS, MIN_CHATS

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
NAME_MAX = 120


def normalize_email(email: str) -> str:
    """Emails compare case-insensitively, as mail servers treat them in practice."""
    return email.strip().lower()


def check_email(email: str) -> str:
    """The normalized email, or an error saying what a valid one looks like."""
    value = normalize_email(email)
    if len(value) > 254 or not _EMAIL.match(value):
        raise DesignerError(
            f"'{email}' is not a valid email address; write it like ana@example.com",
            code="store.invalid_email",
        )
    return value


_LABEL = re.compile(r"^[^\W_](?:[\w-]*[^\W_])?$")
DOMAIN_MAX = 253


def normalize_domain(domain: str) -> str:
    """Domains compare case-insensitively; a leading ``@`` or a final dot is not part of one."""
    return domain.strip().lower().removeprefix("@").rstrip(".")


def check_domain(domain: str) -> str:
    """The normalized email domain (``acme.com``), or an error saying how to write one."""
    value = normalize_domain(domain)
    shown = domain.strip()
    if "@" in value:
        fix = f"write only what follows the @, like {value.rpartition('@')[2] or 'acme.com'}"
    elif "/" in value or ":" in value:
        fix = "write the domain alone, without http:// or a path, like acme.com"
    else:
        labels = value.split(".")
        if (
            len(value) <= DOMAIN_MAX
            and len(labels) >= 2
            and all(len(label) <= 63 and _LABEL.match(label) for label in labels)
        ):
            return value
        fix = "write it like acme.com"
    raise DesignerError(f"'{shown}' is not an email domain; {fix}", code="store.invalid_domain")


def check_name(name: str, what: str) -> str:
    """A trimmed, non-empty name of at most 120 characters."""
    value = " ".join(name.split())
    if not value:
        raise DesignerError(f"the {what} name is empty; give a name", code="store.invalid_name")
    if len(value) > NAME_MAX:
        raise DesignerError(
            f"the {what} name '{value[:30]}...' is {len(value)} characters long; "
            f"keep it to {NAME_MAX}",
            code="store.invalid_name",
        )
    return value


def check_status(status: str) -> str:
    value = status.strip().lower()
    if value not in AGENT_STATUSES:
        raise DesignerError(
            f"'{status}' is not an agent status; use one of {', '.join(AGENT_STATUSES)}",
            code="store.invalid_status",
        )
    return value


def check_max_chats(max_chats: int) -> int:
    if (
        isinstance(max_chats, bool)
        or not isinstance(max_chats, int)
        or not (MIN_CHATS <= max_chats <= MAX_CHATS)
    ):
        raise DesignerError(
            f"the concurrent-chat limit must be from {MIN_CHATS} to {MAX_CHATS}, not {max_chats}",
            code="store.invalid_max_chats",
        )
    return max_chats


def check_sender(sender: str) -> str:
    if sender not in MESSAGE_SENDERS:
        raise DesignerError(
            f"'{sender}' is not a message sender; use one of {', '.join(MESSAGE_SENDERS)}",
            code="store.invalid_sender",
        )
    return sender


def as_json(value: Any, what: str) -> Any:
    """A JSON round-trip of ``value``, so both backends store and return the same thing."""
    try:
        return json.loads(json.dumps(value))
    except (TypeError, ValueError) as exc:
        raise DesignerError(
            f"the {what} cannot be saved as JSON ({exc}); keep to text, numbers, "
            "lists and mappings",
            code="store.not_json",
        ) from exc


def did_you_mean(wanted: str, known: Iterable[str]) -> str:
    """`` (did you mean 'x'?)`` for the closest known name, or nothing."""
    choices = list(known)
    lowered = {choice.lower(): choice for choice in choices}
    matches = difflib.get_close_matches(wanted.lower(), list(lowered), n=1, cutoff=0.6)
    return f" (did you mean '{lowered[matches[0]]}'?)" if matches else ""
