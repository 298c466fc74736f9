"""Round-robin pools whose position outlives one preview.

A pool is either every agent of the workspace (``"all"``) or one team
(``"team:<name>"``). Its position is the email of the last agent served, kept
behind :class:`RoundRobinPositions` so the workspace database can persist it
and round-robin continues across previews instead of restarting at the top.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, Protocol, TypeVar

ALL_POOL = "all"
_TEAM_PREFIX = "team:"


def team_pool(team: str) -> str:
    """The pool key of a team, as stored with its position."""
    return f"{_TEAM_PREFIX}{team}"


def pool_team(pool: str) -> str | None:
    """The team a pool key names, or None for the workspace-wide pool."""
    return pool[len(_TEAM_PREFIX) :] if pool.startswith(_TEAM_PREFIX) else None


class RoundRobinPositions(Protocol):
    """Where each pool's last served agent is remembered (memory or the workspace)."""

    def get(self, pool: str) -> str | None:
        """The email of the last agent served in ``pool``, if any."""
        ...

    def set(self, pool: str, email: str) -> None:
        """Remember ``email`` as the last agent served in ``pool``."""
        ...


class MemoryPositions:
    """Positions kept in a dict: for tests, simulations and previews without a workspace."""

    def __init__(self) -> None:
        self._last: dict[str, str] = {}

    def get(self, pool: str) -> str | None:
        return self._last.get(pool)

    def set(self, pool: str, email: str) -> None:
        self._last[pool] = email

    def __repr__(self) -> str:
        return f"MemoryPositions({self._last!r})"


class Candidate(Protocol):
    """What a pool needs of an agent: who they are and whether they can take a chat."""

    @property
    def email(self) -> str: ...

    def ineligibility(self) -> str | None: ...


C = TypeVar("C", bound=Candidate)


class RoundRobinPool(Generic[C]):
    """Members in a fixed order, served in turn starting after the stored position.

    The order never changes while the pool lives, which is what makes the
    rotation fair: among always-eligible members, counts differ by at most one.
    """

    __slots__ = ("_index", "key", "members")

    def __init__(self, key: str, members: Sequence[C]) -> None:
        self.key = key
        self.members: tuple[C, ...] = tuple(members)
        # Emails compare case-insensitively: people type them both ways.
        self._index = {m.email.casefold(): i for i, m in enumerate(self.members)}

    def __len__(self) -> int:
        return len(self.members)

    def next(self, positions: RoundRobinPositions) -> tuple[C | None, list[tuple[C, str]]]:
        """The next eligible member (stored as the new position) and who was skipped, why.

        An unknown stored position (the agent left the pool) restarts at the top.
        """
        members = self.members
        n = len(members)
        last = positions.get(self.key)
        start = 0
        if last is not None:
            at = self._index.get(last.casefold())
            if at is not None:
                start = at + 1
        skipped: list[tuple[C, str]] = []
        for step in range(n):
            member = members[(start + step) % n]
            reason = member.ineligibility()
            if reason is None:
                positions.set(self.key, member.email)
                return member, skipped
            skipped.append((member, reason))
        return None, skipped

    def any_eligible(self) -> bool:
        """Whether some member could take a chat right now."""
        return any(m.ineligibility() is None for m in self.members)
