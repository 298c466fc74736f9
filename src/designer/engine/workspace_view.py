"""Building a router from whatever holds the workspace's people.

The engine does not import the store (layers point down to the model only);
it reads agents and teams through these small protocols, which the store's
``Workspace`` satisfies, and so can a test double or a JSON file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from designer.engine.round_robin import RoundRobinPositions
from designer.engine.routing import AgentState, AgentStatus, MemoryPositions, Router


class AgentLike(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def email(self) -> str: ...
    @property
    def live_chat(self) -> bool: ...
    @property
    def status(self) -> str: ...
    @property
    def max_chats(self) -> int: ...


class TeamLike(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def members(self) -> Sequence[str]: ...


class PeopleSource(Protocol):
    """What a router needs from a workspace."""

    def list_agents(self) -> Sequence[AgentLike]: ...
    def list_teams(self) -> Sequence[TeamLike]: ...
    def settings(self) -> dict[str, Any]: ...


def agent_states(agents: Sequence[AgentLike]) -> list[AgentState]:
    """Routing's view of each agent, with no chats open yet."""
    return [
        AgentState(
            a.email,
            a.name,
            a.live_chat,
            AgentStatus(a.status),
            a.max_chats,
            0,
            getattr(a, "avatar_path", None),
        )
        for a in agents
    ]


@dataclass(frozen=True)
class People:
    """A workspace's people as the engine uses them: agents, teams, default fallback."""

    agents: list[AgentState]
    teams: dict[str, list[str]]
    fallback: str  # blank: the engine's own default


def people_of(source: PeopleSource) -> People:
    """Read agents, teams and the default fallback message once."""
    return People(
        agent_states(source.list_agents()),
        {t.name: list(t.members) for t in source.list_teams()},
        str(source.settings().get("fallback_message") or "").strip(),
    )


def router_for(source: PeopleSource, positions: RoundRobinPositions | None = None) -> Router:
    """A router over the workspace's agents and teams, using its default fallback.

    Pass the workspace's persistent positions for a preview (round-robin goes on
    where the last preview left it); a simulation keeps its own in memory.
    """
    people = people_of(source)
    args = (people.agents, people.teams, positions or MemoryPositions())
    return Router(*args, people.fallback) if people.fallback else Router(*args)


def simulated_agents(source: PeopleSource) -> set[str]:
    """Emails of the agents marked 'simulated', who answer by themselves in preview."""
    return {a.email for a in source.list_agents() if getattr(a, "simulated", False)}
