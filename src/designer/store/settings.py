"""Workspace settings and round-robin positions: small state that must outlive a preview."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlmodel import select

from designer.errors import DesignerError
from designer.store.base import WorkspaceBase
from designer.store.checks import check_max_chats, did_you_mean, normalize_email
from designer.store.tables import DEFAULT_MAX_CHATS, RoundRobinPosition, Setting


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError("write a non-empty text")
    return value.strip()


def _wait_seconds(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 10 <= value <= 500:
        raise ValueError("give a number of seconds from 10 to 500")
    return value


def _switch(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError("give true or false")
    return value


def _max_chats(value: Any) -> int:
    try:
        return check_max_chats(value)
    except DesignerError as exc:
        raise ValueError(exc.message) from exc


@dataclass(frozen=True)
class SettingSpec:
    """A known setting: its default, what it is for and how a value is checked."""

    default: Any
    description: str
    check: Callable[[Any], Any]


SETTINGS: dict[str, SettingSpec] = {
    "fallback_message": SettingSpec(
        "Sorry, nobody is available to chat right now. Leave your email and we will "
        "get back to you.",
        "what a visitor reads when no agent can take the chat (a card may override it)",
        _text,
    ),
    "default_max_chats": SettingSpec(
        DEFAULT_MAX_CHATS, "the concurrent-chat limit a new agent gets (1-10)", _max_chats
    ),
    "visitor_wait_seconds": SettingSpec(
        100, "how long an offered chat waits for the agent to accept (10-500 s)", _wait_seconds
    ),
    "round_robin_when_nobody_eligible": SettingSpec(
        True, "when a card's option finds nobody, try every available agent", _switch
    ),
}


class SettingsOps(WorkspaceBase):
    """Read and change workspace settings; unset ones read as their default."""

    def get_setting(self, key: str) -> Any:
        """The value of ``key``, or its default when never set."""
        spec = _spec(key)
        with self._transaction() as session:
            row = session.get(Setting, key)
            return spec.default if row is None else json.loads(row.value)

    def set_setting(self, key: str, value: Any) -> None:
        """Check and store ``value`` for ``key``."""
        spec = _spec(key)
        try:
            checked = spec.check(value)
        except ValueError as exc:
            raise DesignerError(
                f"{value!r} is not a valid {key}: {exc}", code="store.invalid_setting"
            ) from exc
        with self._transaction() as session:
            row = session.get(Setting, key) or Setting(key=key, value="")
            row.value = json.dumps(checked)
            session.add(row)

    def settings(self) -> dict[str, Any]:
        """Every known setting with its current value."""
        with self._transaction() as session:
            stored = {row.key: json.loads(row.value) for row in session.exec(select(Setting))}
        return {key: stored.get(key, spec.default) for key, spec in SETTINGS.items()}

    @property
    def round_robin(self) -> RoundRobinPositions:
        """Round-robin positions per pool, kept so rotation continues across previews."""
        return RoundRobinPositions(self)


class RoundRobinPositions:
    """``get(pool)`` / ``set(pool, email)``: the store the routing engine expects."""

    def __init__(self, workspace: WorkspaceBase) -> None:
        self._workspace = workspace

    def get(self, pool: str) -> str | None:
        """The email of the agent last served in ``pool``, None when none yet."""
        with self._workspace._transaction() as session:
            row = session.get(RoundRobinPosition, pool)
            return None if row is None else row.last_agent_email

    def set(self, pool: str, email: str) -> None:
        """Remember that ``email`` was the last agent served in ``pool``."""
        with self._workspace._transaction() as session:
            row = session.get(RoundRobinPosition, pool) or RoundRobinPosition(
                pool=pool, last_agent_email=""
            )
            row.last_agent_email = normalize_email(email)
            session.add(row)

    def all(self) -> dict[str, str]:
        """Every pool and its last agent, for display and tests."""
        with self._workspace._transaction() as session:
            rows = session.exec(select(RoundRobinPosition)).all()
            return {row.pool: row.last_agent_email for row in rows}


def _spec(key: str) -> SettingSpec:
    spec = SETTINGS.get(key)
    if spec is None:
        raise DesignerError(
            f"there is no setting '{key}'{did_you_mean(key, SETTINGS)}; "
            f"known settings: {', '.join(SETTINGS)}",
            code="store.unknown_setting",
        )
    return spec
