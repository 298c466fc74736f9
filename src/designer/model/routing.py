"""How a Live Chat card chooses its agent: the four routing options.

Agents are named by their email and teams by their name, so a dialog file
stays readable and can move between workspaces that hold the same people.

Each option describes itself as a :class:`~designer.model.wording.WordedText`:
the English the command line, scripts and reports print, with its wording
beside it for the editor, which shows it in the marketer's language (the
templates are marked for translation in ``designer.ui.worded.TABLED_WORDS``).
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from designer.model.criteria import Criterion, describe_all
from designer.model.wording import WordedText, wording

AgentRef = Annotated[str, Field(min_length=1, max_length=254, description="The agent's email.")]
TeamRef = Annotated[str, Field(min_length=1, max_length=120, description="The team's name.")]


EVERY_VISITOR = WordedText(wording("every visitor"))
"""What a rule without criteria matches."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RoundRobin(_Strict):
    """Chats go to every eligible agent of the workspace in turn."""

    kind: Literal["round_robin"] = "round_robin"

    def describe(self) -> str:
        return WordedText(wording("Round-robin over all agents"))


class AgentRouting(_Strict):
    """One chosen agent receives every chat."""

    kind: Literal["agent"] = "agent"
    agent: AgentRef

    def describe(self) -> str:
        return WordedText(wording("Agent {agent}", agent=self.agent))


class TeamRouting(_Strict):
    """One chosen team receives the chat, round-robin within the team."""

    kind: Literal["team"] = "team"
    team: TeamRef

    def describe(self) -> str:
        return WordedText(wording("Team {team} (round-robin within the team)", team=self.team))


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
        if self.agent:
            return WordedText(wording("agent {agent}", agent=self.agent))
        return WordedText(wording("team {team}", team=self.team or ""))

    def describe(self) -> str:
        when = describe_all(self.criteria, EVERY_VISITOR)
        return WordedText(wording("{when} → {target}", when=when, target=self.target()))


class CustomRules(_Strict):
    """Rules tried in order; the first that matches names the agent or team."""

    kind: Literal["custom_rules"] = "custom_rules"
    rules: list[Rule] = Field(default_factory=list, max_length=200)

    def describe(self) -> str:
        n = len(self.rules)
        if n == 1:
            return WordedText(wording("Custom rules (1 rule), else fallback"))
        return WordedText(wording("Custom rules ({n} rules), else fallback", n=str(n)))


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
