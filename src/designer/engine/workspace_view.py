"""Building a router from whatever holds the workspace's people.

The engine does not import the store (layers point down to the model only);
it reads agents, teams, settings and account routing through these small
protocols, which the store's ``Workspace`` satisfies, and so can a test double
or a JSON file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
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


class AccountLike(Protocol):
    @property
    def domain(self) -> str: ...
    @property
    def agent(self) -> str: ...


class PeopleSource(Protocol):
    """What a router needs from a workspace.

    A source may also offer ``list_accounts()`` (account routing, domain ->
    agent); one without it, like one whose settings lack the switch, routes
    by the card's option alone.
    """

    def list_agents(self) -> Sequence[AgentLike]: ...
    def list_teams(self) -> Sequence[TeamLike]: ...
    def settings(self) -> dict[str, Any]: ...


SAFETY_NET_SETTING = "round_robin_when_nobody_eligible"
"""The workspace switch for routing's safety net (the store keeps its default: on)."""


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
    """A workspace's people as the engine uses them.

    Agents, teams, the default fallback, the safety-net switch and account
    routing (email domain -> agent email); :meth:`routing` gives the last two
    as the keywords :class:`Router` and the simulator take.
    """

    agents: list[AgentState]
    teams: dict[str, list[str]]
    fallback: str  # blank: the engine's own default
    safety_net: bool = False
    accounts: dict[str, str] = field(default_factory=dict)

    def routing(self) -> dict[str, Any]:
        """``safety_net=`` and ``accounts=``, for ``Router(...)`` and ``Simulator(...)``."""
        return {"safety_net": self.safety_net, "accounts": dict(self.accounts)}


def people_of(source: PeopleSource) -> People:
    """Read agents, teams, settings and account routing once."""
    settings = source.settings()
    list_accounts = getattr(source, "list_accounts", None)
    accounts: Sequence[AccountLike] = list_accounts() if list_accounts is not None else ()
    return People(
        agent_states(source.list_agents()),
        {t.name: list(t.members) for t in source.list_teams()},
        str(settings.get("fallback_message") or "").strip(),
        settings.get(SAFETY_NET_SETTING) is True,
        {a.domain: a.agent for a in accounts},
    )


def router_for(source: PeopleSource, positions: RoundRobinPositions | None = None) -> Router:
    """A router over the workspace's agents and teams, with its fallback, switch and accounts.

    Pass the workspace's persistent positions for a preview (round-robin goes on
    where the last preview left it); a simulation keeps its own in memory.
    """
    people = people_of(source)
    positions = positions or MemoryPositions()
    # A blank fallback is the engine's own default (the router's rule for blank text).
    return Router(people.agents, people.teams, positions, people.fallback, **people.routing())


def simulated_agents(source: PeopleSource) -> set[str]:
    """Emails of the agents marked 'simulated', who answer by themselves in preview."""
    return {a.email for a in source.list_agents() if getattr(a, "simulated", False)}
