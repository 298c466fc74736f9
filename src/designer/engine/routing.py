"""Which agent takes a visitor's chat, and why: the routing decision.

A :class:`Router` holds the workspace's agents and teams and applies a Live
Chat card's routing option (round-robin, agent, team, custom rules) to one
visitor, returning a :class:`Decision` that names the agent or the fallback
message and says why in plain words, for the preview to show.

An agent is eligible when they hold the Live Chat permission, are available
and are under their concurrent-chat limit. Routing never fails: when nobody
eligible is found the visitor gets the card's fallback message, else the
workspace default.

Not modelled yet (PRODUCT.md "Live chat routing"): account routing by the
visitor's email domain, the second attempt after an agent declines or lets the
visitor wait too long, the workspace switch that falls back to round-robin over
every available agent, availability schedules, and meeting booking as a fallback.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from designer.engine.round_robin import (
    ALL_POOL,
    MemoryPositions,
    RoundRobinPool,
    RoundRobinPositions,
    pool_team,
    team_pool,
)
from designer.model.criteria import Attribute, Criterion, all_match
from designer.model.routing import AgentRouting, CustomRules, RoundRobin, TeamRouting

__all__ = [
    "ALL_POOL",
    "DEFAULT_FALLBACK",
    "AgentState",
    "AgentStatus",
    "Decision",
    "MemoryPositions",
    "RoundRobinPositions",
    "Router",
    "Visitor",
    "availability_text",
    "team_pool",
]

DEFAULT_FALLBACK = (
    "All our agents are busy right now. Leave us your email and we will get back to you."
)
"""Used only when the workspace default fallback is blank: a visitor never gets silence."""

_AGENTS_AVAILABLE = Attribute.AGENTS_AVAILABLE.value


def availability_text(available: bool) -> str:
    """The value the ``agents_available`` criterion sees: ``yes`` or ``no``."""
    return "yes" if available else "no"


class AgentStatus(StrEnum):
    """An agent's presence; only ``available`` agents are offered chats."""

    AVAILABLE = "available"
    AWAY = "away"
    OFFLINE = "offline"


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

    def ineligibility(self) -> str | None:
        """Why they cannot take a chat now, worded to follow their name; None if they can."""
        if not self.live_chat:
            return "has no Live Chat permission"
        if self.status != AgentStatus.AVAILABLE:
            return f"is {self.status}"
        if self.active_chats >= self.max_chats:
            n = self.max_chats
            return f"is at their limit of {n} chat{'s' if n != 1 else ''}"
        return None


@dataclass(frozen=True)
class Visitor:
    """What routing rules can test about a visitor: location, page and captured fields."""

    country: str | None = None
    region: str | None = None
    city: str | None = None
    page_url: str | None = None
    fields: Mapping[str, str] = field(default_factory=dict)

    def lookup(self) -> dict[str, str | None]:
        """Values keyed by :meth:`Criterion.subject`; the router fills ``agents_available``."""
        values: dict[str, str | None] = {
            "country": self.country,
            "region": self.region,
            "city": self.city,
            "page_url": self.page_url,
            _AGENTS_AVAILABLE: None,
        }
        for key, value in self.fields.items():
            values[f"field:{key}"] = value
        return values


@dataclass(frozen=True)
class Decision:
    """One routing outcome: an agent, or the fallback message, never both.

    ``reasons`` is the story in order (rule matched, agents skipped, who was
    picked or why the fallback); ``skipped`` holds the same skips as data.
    """

    agent: AgentState | None
    fallback_message: str | None
    rule_index: int | None = None
    pool: str | None = None
    skipped: tuple[tuple[str, str], ...] = ()
    reasons: tuple[str, ...] = ()

    @property
    def assigned(self) -> bool:
        """Whether an agent takes the chat (else the visitor gets the fallback)."""
        return self.agent is not None

    def explain(self) -> str:
        """Why this agent, or why the fallback: one plain sentence per line."""
        return "\n".join(self.reasons)


_Option = RoundRobin | AgentRouting | TeamRouting | CustomRules


class Router:
    """Applies routing options to visitors over one workspace's agents and teams.

    Agents are indexed by email once, so each decision costs one pass over at
    most one pool, however many visitors a simulation sends.
    """

    def __init__(
        self,
        agents: Sequence[AgentState],
        teams: Mapping[str, Sequence[str]],
        positions: RoundRobinPositions,
        default_fallback: str = DEFAULT_FALLBACK,
    ) -> None:
        self._by_email: dict[str, AgentState] = {}
        for agent in agents:
            key = agent.email.casefold()
            if key in self._by_email:
                raise ValueError(f"agent {agent.email} is listed twice")
            self._by_email[key] = agent
        self._all = RoundRobinPool(ALL_POOL, list(agents))
        self._teams: dict[str, RoundRobinPool[AgentState]] = {}
        for name, emails in teams.items():
            members: dict[str, AgentState] = {}
            for email in emails:
                agent = self._by_email.get(email.casefold())
                # Members outside the workspace cannot take chats; the store prevents them.
                if agent is not None:
                    members.setdefault(agent.email.casefold(), agent)
            self._teams[name] = RoundRobinPool(team_pool(name), list(members.values()))
        self.positions = positions
        self.default_fallback = default_fallback.strip() or DEFAULT_FALLBACK

    # --- lookups -------------------------------------------------------------------

    @property
    def agents(self) -> tuple[AgentState, ...]:
        """Every agent, in the stable order round-robin follows."""
        return self._all.members

    def agent(self, email: str) -> AgentState | None:
        """The agent with this email (any case), if in the workspace."""
        return self._by_email.get(email.casefold())

    def any_available(self, pool: str | None = None) -> bool:
        """Whether anyone in the pool (default: the workspace) could take a chat now."""
        if pool is None or pool == ALL_POOL:
            return self._all.any_eligible()
        team = pool_team(pool)
        if team is None:
            raise ValueError(f"unknown pool {pool!r}: use 'all' or 'team:<name>'")
        found = self._teams.get(team)
        return found is not None and found.any_eligible()

    # --- routing -------------------------------------------------------------------

    def route(
        self,
        routing: _Option,
        visitor: Visitor | None = None,
        fallback_message: str | None = None,
    ) -> Decision:
        """Decide who takes this visitor's chat; moves round-robin positions, not chat counts."""
        fallback = (fallback_message or "").strip() or self.default_fallback
        if isinstance(routing, RoundRobin):
            return self._round_robin(self._all, "all agents", fallback, [], None)
        if isinstance(routing, AgentRouting):
            return self._direct(routing.agent, fallback, [], None)
        if isinstance(routing, TeamRouting):
            return self._team(routing.team, fallback, [], None)
        if isinstance(routing, CustomRules):
            return self._custom(routing, visitor or Visitor(), fallback)
        raise TypeError(f"not a routing option: {routing!r}")

    def assign(self, decision: Decision) -> AgentState | None:
        """Open the decided chat: the agent's count goes up (None for a fallback).

        Refuses an agent who can no longer take it, so limits hold even when
        the caller lets time pass between :meth:`route` and this call.
        """
        if decision.agent is None:
            return None
        agent = self._known(decision.agent.email)
        reason = agent.ineligibility()
        if reason is not None:
            raise ValueError(f"{agent.label} {reason}: route the visitor again")
        agent.active_chats += 1
        return agent

    def release(self, email: str) -> AgentState:
        """Close one of the agent's chats, freeing a place under their limit."""
        agent = self._known(email)
        if agent.active_chats <= 0:
            raise ValueError(f"{agent.label} has no open chat to close")
        agent.active_chats -= 1
        return agent

    # --- the options -----------------------------------------------------------------

    def _known(self, email: str) -> AgentState:
        agent = self._by_email.get(email.casefold())
        if agent is None:
            raise ValueError(f"agent {email} is not in the workspace")
        return agent

    def _round_robin(
        self,
        pool: RoundRobinPool[AgentState],
        who: str,
        fallback: str,
        reasons: list[str],
        rule_index: int | None,
    ) -> Decision:
        if not pool.members:
            reasons.append(f"There is nobody in {who}.")
            return _fallback(fallback, reasons, rule_index, pool.key, ())
        agent, skipped_agents = pool.next(self.positions)
        skipped = tuple((a.email, why) for a, why in skipped_agents)
        if agent is None:
            why = ", ".join(f"{a.label} {r}" for a, r in skipped_agents)
            reasons.append(f"Nobody in {who} can take the chat: {why}.")
            return _fallback(fallback, reasons, rule_index, pool.key, skipped)
        reasons.extend(f"Skipped {a.label}, who {r}." for a, r in skipped_agents)
        reasons.append(f"Picked {agent.label}: next in round-robin order among {who}.")
        return Decision(agent, None, rule_index, pool.key, skipped, tuple(reasons))

    def _direct(
        self, email: str, fallback: str, reasons: list[str], rule_index: int | None
    ) -> Decision:
        whose = "the card's" if rule_index is None else "the rule's"
        agent = self._by_email.get(email.casefold())
        if agent is None:
            reasons.append(f"Agent {email} is not in the workspace.")
            return _fallback(fallback, reasons, rule_index, None, ())
        reason = agent.ineligibility()
        if reason is not None:
            reasons.append(f"{agent.label}, {whose} agent, {reason}.")
            return _fallback(fallback, reasons, rule_index, None, ((agent.email, reason),))
        reasons.append(f"Picked {agent.label}: {whose} agent, who can take the chat.")
        return Decision(agent, None, rule_index, None, (), tuple(reasons))

    def _team(
        self, name: str, fallback: str, reasons: list[str], rule_index: int | None
    ) -> Decision:
        pool = self._teams.get(name)
        if pool is None:
            reasons.append(f"Team {name} is not in the workspace.")
            return _fallback(fallback, reasons, rule_index, team_pool(name), ())
        return self._round_robin(pool, f"team {name}", fallback, reasons, rule_index)

    def _custom(self, routing: CustomRules, visitor: Visitor, fallback: str) -> Decision:
        lookup = visitor.lookup()
        if _tests_availability(routing):
            lookup[_AGENTS_AVAILABLE] = availability_text(self._all.any_eligible())
        for index, rule in enumerate(routing.rules):
            if not all_match(rule.criteria, lookup):
                continue
            reasons = [f"Rule {index + 1} matched: {rule.describe()}."]
            if rule.agent is not None:
                return self._direct(rule.agent, fallback, reasons, index)
            assert rule.team is not None  # a rule names exactly one target
            return self._team(rule.team, fallback, reasons, index)
        why = "No rule matched this visitor." if routing.rules else "The card has no rules."
        return _fallback(fallback, [why], None, None, ())


def _tests_availability(routing: CustomRules) -> bool:
    """Whether any rule asks if agents are available (worth counting them only then)."""
    return any(_is_availability(c) for rule in routing.rules for c in rule.criteria)


def _is_availability(criterion: Criterion) -> bool:
    return criterion.attribute is Attribute.AGENTS_AVAILABLE


def _fallback(
    message: str,
    reasons: list[str],
    rule_index: int | None,
    pool: str | None,
    skipped: tuple[tuple[str, str], ...],
) -> Decision:
    reasons.append("The visitor gets the fallback message.")
    return Decision(None, message, rule_index, pool, skipped, tuple(reasons))
