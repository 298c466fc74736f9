"""What validation needs to know about the workspace: its agents and teams.

Validation lives in the model layer and must not import the store, so the
workspace is seen through this small protocol. The store will provide a
database-backed one; :class:`StaticDirectory` serves tests and the command line.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class AgentInfo:
    """An agent as validation sees it: who they are and whether they may take live chats."""

    email: str
    name: str
    live_chat: bool


class Directory(Protocol):
    """The agents and teams of a workspace, looked up by email and by team name."""

    def agent(self, email: str) -> AgentInfo | None:
        """The agent with this email, or None when the workspace has none."""
        ...

    def team_members(self, name: str) -> list[str] | None:
        """The emails of the team's members, or None when there is no such team."""
        ...

    def agents(self) -> list[AgentInfo]:
        """Every agent of the workspace."""
        ...


class StaticDirectory:
    """A directory held in memory, for tests and the command line.

    Emails are matched case-insensitively, as mail systems do; team names exactly.
    """

    def __init__(
        self,
        agents: Iterable[AgentInfo] = (),
        teams: Mapping[str, Iterable[str]] | None = None,
    ) -> None:
        self._agents = list(agents)
        self._by_email = {a.email.casefold(): a for a in self._agents}
        self._teams = {name: list(members) for name, members in (teams or {}).items()}

    def agent(self, email: str) -> AgentInfo | None:
        return self._by_email.get(email.casefold())

    def team_members(self, name: str) -> list[str] | None:
        members = self._teams.get(name)
        return None if members is None else list(members)

    def agents(self) -> list[AgentInfo]:
        return list(self._agents)
