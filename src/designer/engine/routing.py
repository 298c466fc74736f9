"""Which agent takes a visitor's chat, and why: the routing decision.

A :class:`Router` holds the workspace's agents and teams and applies a Live
Chat card's routing option (round-robin, agent, team, custom rules) to one
visitor, returning a :class:`Decision` that names the agent or the fallback
message and says why in plain words, for the preview to show. Each line of
that story is a template with named values (:mod:`designer.model.wording`),
worded only when someone reads it: the simulator routes 100,000 visitors and
reads almost none, the preview words them in the marketer's language.

An agent is eligible when they hold the Live Chat permission, are available
and are under their concurrent-chat limit. Resolution follows PRODUCT.md
("Live chat routing"), in order:

1. account routing: when the workspace maps the visitor's email domain to an
   agent, that agent if they can take the chat, else the fallback (no other
   agent is tried);
2. the card's option (round-robin, agent, team, custom rules);
3. the safety net: when the option named someone but nobody there can take
   the chat, round-robin over every agent (the workspace's "all" pool and its
   kept position), if the workspace switch is on;
4. the fallback message: the card's, else the workspace default. Routing
   never fails.

A visitor who matches no custom rule gets the fallback directly: the card says
so (PRODUCT.md's table), it did not look for anyone. A transfer, or a second
attempt in the same pool, names its target on purpose, so it skips steps 1
and 3 (``route(..., option_only=True)``).

The second attempt after an agent declines or lets the visitor wait too long
is the preview's (:mod:`designer.engine.offers`), which asks the router again
with ``option_only``. Not modelled yet: availability schedules, and meeting
booking as a fallback.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import cached_property

from designer.engine.people import (
    AGENTS_AVAILABLE,
    AgentState,
    AgentStatus,
    Visitor,
    availability_text,
    email_domain,
    normalise_domain,
)
from designer.engine.round_robin import (
    ALL_POOL,
    MemoryPositions,
    RoundRobinPool,
    RoundRobinPositions,
    pool_team,
    team_pool,
)
from designer.model.criteria import Attribute, Criterion, all_match
from designer.model.routing import AgentRouting, CustomRules, RoundRobin, Rule, TeamRouting
from designer.model.wording import Wording, wording

__all__ = [
    "ALL_POOL",
    "DEFAULT_FALLBACK",
    "DEFAULT_FALLBACK_SAID",
    "AgentState",
    "AgentStatus",
    "Decision",
    "MemoryPositions",
    "RoundRobinPositions",
    "Router",
    "Step",
    "Visitor",
    "availability_text",
    "email_domain",
    "normalise_domain",
    "team_pool",
]

DEFAULT_FALLBACK_SAID = wording(
    "All our agents are busy right now. Leave us your email and we will get back to you."
)
"""Used only when the workspace default fallback is blank: a visitor never gets silence."""
DEFAULT_FALLBACK = DEFAULT_FALLBACK_SAID.text


class Step(StrEnum):
    """Which step of the resolution decided: account routing, the card's option, the safety net."""

    ACCOUNT = "account"
    OPTION = "option"
    SAFETY_NET = "safety_net"


_Line = tuple[str, dict[str, object]]
"""One sentence of a decision's story, not worded yet: its template and its values.

A value is text, a :class:`Wording` (why an agent was skipped), a :class:`Rule`
(described only when read: describing one costs more than routing a visitor)
or a list of (agent, why) pairs, said as "Ana is away, Bo is offline".
"""


def _story_line(template: str, /, **args: object) -> _Line:
    """A line of the story: ``template`` must be a string literal, so lupdate can extract it."""
    return template, args


@dataclass(frozen=True)
class Decision:
    """One routing outcome: an agent, or the fallback message, never both.

    The story says in order which rule matched, who was skipped, who was
    picked or why the fallback (:attr:`said`, :attr:`reasons`, :meth:`explain`);
    ``skipped`` holds the same skips as data, ``pool`` the round-robin pool
    that was asked, and ``step`` which step of the resolution decided. When the
    safety net stepped in, ``option`` keeps what the card's own option decided
    (a report groups those visitors by it). Decisions compare by what they
    decide, not by how the story is told.
    """

    agent: AgentState | None
    fallback_message: str | None
    rule_index: int | None = None
    pool: str | None = None
    skipped: tuple[tuple[str, str], ...] = ()
    story: tuple[_Line, ...] = field(default=(), compare=False, repr=False)
    step: Step = Step.OPTION
    option: Decision | None = field(default=None, compare=False, repr=False)

    @property
    def assigned(self) -> bool:
        """Whether an agent takes the chat (else the visitor gets the fallback)."""
        return self.agent is not None

    @cached_property
    def said(self) -> tuple[Wording, ...]:
        """The story, one sentence a line, with the templates the editor translates."""
        return tuple(_worded(template, args) for template, args in self.story)

    @property
    def reasons(self) -> tuple[str, ...]:
        """The story in English, one sentence a line (reports group fallbacks by these)."""
        return tuple(said.text for said in self.said)

    def reason(self, index: int) -> str:
        """One sentence of the story in English, worded alone (a simulation's report reads one)."""
        template, args = self.story[index]
        return _worded(template, args).text if args else template.format_map(args)

    def explain(self) -> str:
        """Why this agent, or why the fallback: one plain sentence per line."""
        return "\n".join(self.reasons)


def _worded(template: str, args: Mapping[str, object]) -> Wording:
    values: dict[str, str | Wording] = {}
    for name, value in args.items():
        if isinstance(value, Rule):
            values[name] = value.describe()
        elif isinstance(value, list):
            values[name] = _listing(value)
        else:
            assert isinstance(value, str | Wording), value
            values[name] = value
    return Wording(template, tuple(values.items()), template.format_map(values))


def _listing(skips: list[tuple[str, Wording]]) -> Wording:
    """'Ana is away, Bo is offline': a clause per agent, each translated on its own."""
    values: dict[str, str | Wording] = {}
    for i, (label, why) in enumerate(skips):
        values[f"agent{i}"], values[f"reason{i}"] = label, why
    template = ", ".join(f"{{agent{i}}} {{reason{i}}}" for i in range(len(skips)))
    return Wording(template, tuple(values.items()), template.format_map(values))


_Option = RoundRobin | AgentRouting | TeamRouting | CustomRules


class Router:
    """Applies routing options to visitors over one workspace's agents and teams.

    Agents are indexed by email once, so each decision costs one pass over at
    most one pool (two with the safety net), however many visitors a
    simulation sends. ``safety_net`` is the workspace switch
    ``round_robin_when_nobody_eligible`` and ``accounts`` its account routing
    (email domain -> agent email); both are off unless the caller passes them,
    as :func:`designer.engine.workspace_view.router_for` does from a workspace.
    """

    def __init__(
        self,
        agents: Sequence[AgentState],
        teams: Mapping[str, Sequence[str]],
        positions: RoundRobinPositions,
        default_fallback: str = DEFAULT_FALLBACK,
        *,
        safety_net: bool = False,
        accounts: Mapping[str, str] | None = None,
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
        self.safety_net = safety_net
        self.accounts: dict[str, str] = {
            normalise_domain(domain): email.strip() for domain, email in (accounts or {}).items()
        }

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
        *,
        option_only: bool = False,
    ) -> Decision:
        """Decide who takes this visitor's chat; moves round-robin positions, not chat counts.

        Account routing first, then the card's option, then the safety net
        (module docstring). ``option_only`` applies the option alone, for a
        transfer or a second attempt that names its agent, team or pool on
        purpose: it goes there or nowhere.
        """
        fallback = (fallback_message or "").strip() or self.default_fallback
        if self.accounts and not option_only and visitor is not None:
            domain = email_domain(visitor.email)
            if domain is not None and domain in self.accounts:
                return self._account(domain, self.accounts[domain], fallback)
        decision = self._option(routing, visitor, fallback)
        # No safety net after round-robin (the net is that very pool) nor for a visitor
        # who matched no rule (the card itself gives them the fallback).
        if (
            decision.agent is None
            and self.safety_net
            and not option_only
            and not isinstance(routing, RoundRobin)
            and not (isinstance(routing, CustomRules) and decision.rule_index is None)
        ):
            return self._safety_net(decision, fallback)
        return decision

    def _option(self, routing: _Option, visitor: Visitor | None, fallback: str) -> Decision:
        """Step 2: the card's own routing option, with the fallback when it finds nobody."""
        if isinstance(routing, RoundRobin):
            return self._round_robin(self._all, None, fallback, [], None)
        if isinstance(routing, AgentRouting):
            return self._direct(routing.agent, fallback, [], None)
        if isinstance(routing, TeamRouting):
            return self._team(routing.team, fallback, [], None)
        if isinstance(routing, CustomRules):
            return self._custom(routing, visitor or Visitor(), fallback)
        raise TypeError(f"not a routing option: {routing!r}")

    def _account(self, domain: str, owner: str, fallback: str) -> Decision:
        """Step 1: the account's agent, or the fallback; nobody else is ever tried."""
        agent = self._by_email.get(owner.casefold())
        label = agent.label if agent is not None else owner
        story = [
            _story_line(
                "The visitor's email domain {domain} is an account of {agent}.",
                domain=domain,
                agent=label,
            )
        ]
        skipped: tuple[tuple[str, str], ...] = ()
        if agent is None:
            story.append(_story_line("Agent {email} is not in the workspace.", email=owner))
        else:
            why = agent.unavailability()
            if why is None:
                story.append(
                    _story_line(
                        "Picked {agent}: the account's agent, who can take the chat.",
                        agent=label,
                    )
                )
                return Decision(agent, None, None, None, (), tuple(story), Step.ACCOUNT)
            story.append(
                _story_line("{agent}, the account's agent, {reason}.", agent=label, reason=why)
            )
            skipped = ((agent.email, why.text),)
        story.append(_ACCOUNT_ONLY)
        decision = _fallback(fallback, story, None, None, skipped)
        return replace(decision, step=Step.ACCOUNT)

    def _safety_net(self, option: Decision, fallback: str) -> Decision:
        """Step 3: round-robin over every agent, told after what the option found."""
        story = [*option.story[:-1], _SAFETY_NET]  # the option's story, without its fallback
        decision = self._round_robin(self._all, None, fallback, story, option.rule_index)
        return replace(decision, step=Step.SAFETY_NET, option=option)

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
        team: str | None,
        fallback: str,
        story: list[_Line],
        rule_index: int | None,
    ) -> Decision:
        """Round-robin over ``team``, or over all agents when None."""
        if not pool.members:
            if team is None:
                story.append(_story_line("There is nobody in all agents."))
            else:
                story.append(_story_line("There is nobody in team {team}.", team=team))
            return _fallback(fallback, story, rule_index, pool.key, ())
        agent, skipped_agents = pool.next(self.positions)
        skipped: tuple[tuple[str, str], ...] = ()
        skips: list[tuple[str, Wording]] = []
        if skipped_agents:
            skipped = tuple((a.email, why) for a, why in skipped_agents)
            # Nothing has changed since the pool asked: the same reasons, as clauses.
            skips = [(a.label, _why(a)) for a, _ in skipped_agents]
        if agent is None:
            if team is None:
                story.append(
                    _story_line("Nobody in all agents can take the chat: {why}.", why=skips)
                )
            else:
                story.append(
                    _story_line(
                        "Nobody in team {team} can take the chat: {why}.", team=team, why=skips
                    )
                )
            return _fallback(fallback, story, rule_index, pool.key, skipped)
        for label, why in skips:
            story.append(_story_line("Skipped {agent}, who {reason}.", agent=label, reason=why))
        if team is None:
            story.append(
                _story_line(
                    "Picked {agent}: next in round-robin order among all agents.",
                    agent=agent.label,
                )
            )
        else:
            story.append(
                _story_line(
                    "Picked {agent}: next in round-robin order among team {team}.",
                    agent=agent.label,
                    team=team,
                )
            )
        return Decision(agent, None, rule_index, pool.key, skipped, tuple(story))

    def _direct(
        self, email: str, fallback: str, story: list[_Line], rule_index: int | None
    ) -> Decision:
        """The card's agent (``rule_index`` None) or a rule's."""
        agent = self._by_email.get(email.casefold())
        if agent is None:
            story.append(_story_line("Agent {email} is not in the workspace.", email=email))
            return _fallback(fallback, story, rule_index, None, ())
        why = agent.unavailability()
        if why is not None:
            if rule_index is None:
                story.append(
                    _story_line(
                        "{agent}, the card's agent, {reason}.", agent=agent.label, reason=why
                    )
                )
            else:
                story.append(
                    _story_line(
                        "{agent}, the rule's agent, {reason}.", agent=agent.label, reason=why
                    )
                )
            return _fallback(fallback, story, rule_index, None, ((agent.email, why.text),))
        if rule_index is None:
            story.append(
                _story_line(
                    "Picked {agent}: the card's agent, who can take the chat.", agent=agent.label
                )
            )
        else:
            story.append(
                _story_line(
                    "Picked {agent}: the rule's agent, who can take the chat.", agent=agent.label
                )
            )
        return Decision(agent, None, rule_index, None, (), tuple(story))

    def _team(
        self, name: str, fallback: str, story: list[_Line], rule_index: int | None
    ) -> Decision:
        pool = self._teams.get(name)
        if pool is None:
            story.append(_story_line("Team {team} is not in the workspace.", team=name))
            return _fallback(fallback, story, rule_index, team_pool(name), ())
        return self._round_robin(pool, name, fallback, story, rule_index)

    def _custom(self, routing: CustomRules, visitor: Visitor, fallback: str) -> Decision:
        lookup = visitor.lookup()
        if _tests_availability(routing):
            lookup[AGENTS_AVAILABLE] = availability_text(self._all.any_eligible())
        for index, rule in enumerate(routing.rules):
            if not all_match(rule.criteria, lookup):
                continue
            story = [_story_line("Rule {n} matched: {rule}.", n=str(index + 1), rule=rule)]
            if rule.agent is not None:
                return self._direct(rule.agent, fallback, story, index)
            assert rule.team is not None  # a rule names exactly one target
            return self._team(rule.team, fallback, story, index)
        return _fallback(fallback, [_NO_RULE if routing.rules else _NO_RULES], None, None, ())


def _why(agent: AgentState) -> Wording:
    why = agent.unavailability()
    assert why is not None, agent  # only agents who cannot take a chat are skipped
    return why


def _tests_availability(routing: CustomRules) -> bool:
    """Whether any rule asks if agents are available (worth counting them only then)."""
    return any(_is_availability(c) for rule in routing.rules for c in rule.criteria)


def _is_availability(criterion: Criterion) -> bool:
    return criterion.attribute is Attribute.AGENTS_AVAILABLE


_NO_RULE = _story_line("No rule matched this visitor.")
_NO_RULES = _story_line("The card has no rules.")
_GETS_FALLBACK = _story_line("The visitor gets the fallback message.")
_ACCOUNT_ONLY = _story_line("An account's visitors go to its agent only: nobody else is tried.")
_SAFETY_NET = _story_line(
    "Nobody the card names can take the chat, so every agent is tried in round-robin order."
)


def _fallback(
    message: str,
    story: list[_Line],
    rule_index: int | None,
    pool: str | None,
    skipped: tuple[tuple[str, str], ...],
) -> Decision:
    story.append(_GETS_FALLBACK)
    return Decision(None, message, rule_index, pool, skipped, tuple(story))
