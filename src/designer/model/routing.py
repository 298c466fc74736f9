"""How a Live Chat card chooses its agent: the four routing options.

Agents are named by their email and teams by their name, so a dialog file
stays readable and can move between workspaces that hold the same people.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from designer.model.criteria import Criterion

AgentRef = Annotated[str, Field(min_length=1, max_length=254, description="The agent's email.")]
TeamRef = Annotated[str, Field(min_length=1, max_length=120, description="The team's name.")]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RoundRobin(_Strict):
    """Chats go to every eligible agent of the workspace in turn."""

    kind: Literal["round_robin"] = "round_robin"

    def describe(self) -> str:
        return "Round-robin over all agents"


class AgentRouting(_Strict):
    """One chosen agent receives every chat."""

    kind: Literal["agent"] = "agent"
    agent: AgentRef

    def describe(self) -> str:
        return f"Agent {self.agent}"


class TeamRouting(_Strict):
    """One chosen team receives the chat, round-robin within the team."""

    kind: Literal["team"] = "team"
    team: TeamRef

    def describe(self) -> str:
        return f"Team {self.team} (round-robin within the team)"


class Rule(_Strict):
    """A custom rule: when every criterion holds, send to the agent or the team."""

    criteria: list[Criterion] = Field(default_factory=list, max_length=50)
    agent: AgentRef | None = None
    team: TeamRef | None = None

    @model_validator(mode="after")
    def _one_target(self) -> Rule:
        if (self.agent is None) == (self.team is None):
            raise ValueError("a rule names exactly one target: an agent or a team")
        return self

    def target(self) -> str:
        return f"agent {self.agent}" if self.agent else f"team {self.team}"

    def describe(self) -> str:
        when = " and ".join(c.describe() for c in self.criteria) or "every visitor"
        return f"{when} → {self.target()}"


class CustomRules(_Strict):
    """Rules tried in order; the first that matches names the agent or team."""

    kind: Literal["custom_rules"] = "custom_rules"
    rules: list[Rule] = Field(default_factory=list, max_length=200)

    def describe(self) -> str:
        n = len(self.rules)
        return f"Custom rules ({n} rule{'s' if n != 1 else ''}), else fallback"


Routing = Annotated[
    RoundRobin | AgentRouting | TeamRouting | CustomRules, Field(discriminator="kind")
]


def routing_agents(routing: RoundRobin | AgentRouting | TeamRouting | CustomRules) -> set[str]:
    """Every agent a routing option names directly."""
    if isinstance(routing, AgentRouting):
        return {routing.agent}
    if isinstance(routing, CustomRules):
        return {r.agent for r in routing.rules if r.agent}
    return set()


def routing_teams(routing: RoundRobin | AgentRouting | TeamRouting | CustomRules) -> set[str]:
    """Every team a routing option names directly."""
    if isinstance(routing, TeamRouting):
        return {routing.team}
    if isinstance(routing, CustomRules):
        return {r.team for r in routing.rules if r.team}
    return set()
