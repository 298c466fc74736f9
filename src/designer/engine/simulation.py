"""Many visitors through one dialog and the routing: where do they go?

Visitors arrive on a simulated clock (exponential gaps), walk the dialog with
answers drawn from their profile, and live chats occupy agents for a random
length, so concurrency limits and round-robin order behave as on a real day.
Everything draws from one seeded generator: the same seed gives the same
report. :class:`Simulator` works in batches so a UI can show progress and
cancel between two batches.
"""

from __future__ import annotations

import heapq
import random
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import Any, cast

from designer.engine.compiled_flow import (
    ACTION,
    CONDITION,
    END,
    GOTO,
    INFO_CAPTURE,
    LIVE_CHAT,
    MEETING,
    MEETING_KEYS,
    PASS,
    QUESTION,
    CompiledFlow,
    FieldStep,
    Node,
)
from designer.engine.conversation import MAX_SILENT_STEPS, Flow
from designer.engine.events import Outcome
from designer.engine.profiles import DEFAULT_MIX, Profile, ProfileMix
from designer.engine.round_robin import pool_team
from designer.engine.routing import (
    AgentState,
    Decision,
    MemoryPositions,
    Router,
    Step,
    Visitor,
    availability_text,
)
from designer.engine.tokens import check_value, fill_tokens
from designer.model.cards import (
    ELSE,
    FREE_TEXT,
    NO_SLOT,
    ActionCard,
    LiveChatCard,
    MeetingBookingCard,
)
from designer.model.criteria import Attribute, Criterion
from designer.model.dialog import Dialog

_SAMPLE_VALUES = {
    "first_name": "Alex",
    "last_name": "Martin",
    "company": "Example Corp",
    "job_title": "Marketing manager",
    "phone": "+33 1 23 45 67 89",
}


@dataclass
class SimulationReport:
    """Where the visitors went: the figures the CLI prints and the UI charts."""

    visitors: int = 0
    seed: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    assignments: Counter[str] = field(default_factory=Counter)  # agent email -> chats
    teams: Counter[str] = field(default_factory=Counter)  # team name -> chats
    rules: Counter[str] = field(default_factory=Counter)  # "card#rule n" -> matches
    fallbacks: Counter[str] = field(default_factory=Counter)  # reason -> visitors
    # Chats the safety net gave out, by why the card's option found nobody (as fallbacks are).
    safety_net: Counter[str] = field(default_factory=Counter)
    accounts: Counter[str] = field(default_factory=Counter)  # agent email -> chats by account
    drop_offs: Counter[str] = field(default_factory=Counter)  # card id -> visitors who left
    dead_ends: Counter[str] = field(default_factory=Counter)  # card id -> visitors stuck
    paths: Counter[tuple[str, ...]] = field(default_factory=Counter)
    round_robin_order: list[str] = field(default_factory=list)  # first assignments, in order

    @property
    def steps(self) -> int:
        """Cards walked in all."""
        return sum(len(path) * n for path, n in self.paths.items())

    @property
    def card_visits(self) -> Counter[str]:
        """How many visitors entered each card (derived from the paths)."""
        visits: Counter[str] = Counter()
        for path, n in self.paths.items():
            for card in set(path):
                visits[card] += n * path.count(card)
        return visits

    @property
    def edge_visits(self) -> Counter[tuple[str, str]]:
        """How many times visitors went from one card to the next (for the heat overlay)."""
        visits: Counter[tuple[str, str]] = Counter()
        for path, n in self.paths.items():
            for pair in pairwise(path):
                visits[pair] += n
        return visits

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready form with stable ordering (most frequent first, then name)."""

        def ranked(counter: Counter[Any]) -> dict[str, int]:
            items = sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0])))
            return {(" → ".join(k) if isinstance(k, tuple) else str(k)): v for k, v in items}

        return {
            "visitors": self.visitors,
            "seed": self.seed,
            "outcomes": ranked(self.outcomes),
            "assignments_per_agent": ranked(self.assignments),
            "assignments_per_team": ranked(self.teams),
            "rule_matches": ranked(self.rules),
            "fallbacks_by_reason": ranked(self.fallbacks),
            "safety_net_by_reason": ranked(self.safety_net),
            "account_assignments_per_agent": ranked(self.accounts),
            "drop_offs_per_card": ranked(self.drop_offs),
            "dead_ends_per_card": ranked(self.dead_ends),
            "card_visits": ranked(self.card_visits),
            "paths": ranked(self.paths),
            "round_robin_order": self.round_robin_order,
            "card_steps": self.steps,
        }


class Simulator:
    """Runs visitors through a dialog in batches; deterministic for a seed.

    Visitors walk the dialog compiled once (:mod:`designer.engine.compiled_flow`)
    by the rules of the preview's :class:`~designer.engine.conversation.Conversation`,
    without its event stream: a simulation reads only where each visitor went.
    Random draws happen in a fixed order (arrival, profile, then per prompt the
    drop-off and the answer, then the chat length), so one seed, one report.
    """

    ORDER_KEPT = 50  # how many first assignments the report lists in order

    def __init__(
        self,
        dialog: Dialog,
        agents: Sequence[AgentState],
        teams: dict[str, list[str]],
        *,
        visitors: int,
        mix: ProfileMix = DEFAULT_MIX,
        seed: int = 0,
        default_fallback: str = "",
        safety_net: bool = False,
        accounts: Mapping[str, str] | None = None,
    ) -> None:
        """``safety_net`` and ``accounts`` as the workspace has them (``People.routing()``)."""
        self.flow = Flow(dialog)
        self.compiled = CompiledFlow(self.flow)
        # Copies: a simulation never changes the workspace's agents.
        self.agents = [
            AgentState(a.email, a.name, a.live_chat, a.status, a.max_chats, 0, a.avatar)
            for a in agents
        ]
        self.router = Router(
            self.agents,
            teams,
            MemoryPositions(),
            default_fallback,
            safety_net=safety_net,
            accounts=accounts,
        )
        self.total = visitors
        self.mix = mix
        self.rng = random.Random(seed)
        self.report = SimulationReport(seed=seed)
        self._weights = list(_cumulative([p.weight for p in mix.profiles]))
        self._behaviours = [_Behaviour(p) for p in mix.profiles]
        self._arrival_rate = 1.0 / mix.arrival_seconds
        self._chat_rate = 1.0 / (mix.chat_minutes * 60)
        self._clock = 0.0
        self._open_chats: list[tuple[float, int, str]] = []  # (ends at, visitor, agent)

    @property
    def done(self) -> int:
        return self.report.visitors

    @property
    def finished(self) -> bool:
        return self.report.visitors >= self.total

    def run(self) -> SimulationReport:
        """Run every visitor at once (the CLI's way)."""
        self.step(self.total)
        return self.report

    def step(self, count: int) -> int:
        """Run up to ``count`` more visitors; return how many ran."""
        todo = min(count, self.total - self.report.visitors)
        for _ in range(todo):
            self._one_visitor()
        return todo

    # --- one visitor -------------------------------------------------------------------

    def _one_visitor(self) -> None:
        rng = self.rng
        number = self.report.visitors
        self._clock += rng.expovariate(self._arrival_rate)
        chats = self._open_chats
        if chats and chats[0][0] <= self._clock:
            self._release_until(self._clock)
        weights = self._weights
        behaviour = self._behaviours[_pick(weights, rng.random() * weights[-1])]
        outcome, card_id, path, decision = self._walk(behaviour, number)
        self._record(outcome, card_id, path, decision, number)

    def _walk(self, who: _Behaviour, number: int) -> _Walked:
        """Where one visitor goes: the Conversation's rules, with the prompts answered here.

        One loop with the card types inline: this is the simulation's hot path.
        ``steps`` counts cards entered since the visitor last acted, as the
        Conversation does, so silent Go To loops stop at the same card.
        """
        rng = self.rng
        draw = rng.random
        drop = who.drop_rate
        chosen = who.cumulative
        path: list[str] = []
        visit = path.append
        decision: Decision | None = None
        node = self.compiled.start
        if node is None:
            return _DEAD_END, None, path, None
        fields = dict(who.fields)
        steps = asked = 0
        while True:
            steps += 1
            if steps > MAX_SILENT_STEPS:
                return _LOOP, node.id, path, decision
            visit(node.id)
            kind = node.kind
            if kind == PASS:
                nxt = node.next
            elif kind == QUESTION:
                if drop and draw() < drop:
                    return _DROPPED, node.id, path, decision
                asked += 1
                if asked > MAX_PROMPTS:  # answers that only ever lead back: stuck for good
                    return _LOOP, node.id, path, decision
                answers = node.answers
                if answers:
                    cumulative = chosen.get(node, _UNSET)
                    if cumulative is _UNSET:
                        cumulative = who.weigh(node, [a.id for a in answers])
                    if cumulative:
                        answer = answers[_pick(cumulative, draw() * cumulative[-1])]
                    else:
                        answer = rng.choice(answers)
                    if node.store_in:
                        fields[node.store_in] = answer.value or answer.label
                    nxt = node.ports.get(answer.id)
                else:  # typed (a Question with neither is compiled as NO_ANSWER)
                    if node.store_in:
                        fields[node.store_in] = _FREE_TEXT_REPLY
                    nxt = node.ports.get(FREE_TEXT)
                steps = 0
            elif kind == INFO_CAPTURE:
                typed = who.typed
                for spec in node.fields:
                    key = spec.key
                    if spec.skip_when_known and fields.get(key):
                        continue
                    steps = 0
                    while True:  # asked again until the value is accepted
                        if drop and draw() < drop:
                            return _DROPPED, node.id, path, decision
                        options = spec.options
                        if options:
                            value = self._pick_option(who, node, spec)
                        else:
                            known = typed.get(key)
                            value = _made_up(key, number) if known is None else known
                        if not value:
                            if not spec.required:
                                break
                        elif spec.validation is None or check_value(spec.validation, value) is None:
                            break
                        if not drop and not (options and self._may_pass(who, spec)):
                            # The same refused value (or only refused buttons) again and
                            # again, and this visitor never leaves: stuck here for good.
                            return _LOOP, node.id, path, decision
                    if value:
                        fields[key] = value
                nxt = node.next
            elif kind == CONDITION:
                nxt = node.ports.get(who.condition_port(node, fields, self.router))
            elif kind == LIVE_CHAT:
                chat = cast(LiveChatCard, node.card)
                decision = self.router.route(chat.routing, who.now(fields), chat.fallback_message)
                if decision.agent is None:
                    return _FALLBACK, node.id, path, decision
                self.router.assign(decision)
                return _LIVE_CHAT, node.id, path, decision
            elif kind == END:
                return _ENDED, node.id, path, decision
            elif kind == GOTO:
                nxt = node.next
            elif kind == ACTION:
                action = cast(ActionCard, node.card)
                value = action.value
                fields[action.field] = fill_tokens(value, fields) if "{{" in value else value
                nxt = node.next
            elif kind == MEETING:
                meeting = cast(MeetingBookingCard, node.card)
                decision = self.router.route(
                    meeting.routing, who.now(fields), meeting.fallback_message
                )
                if decision.agent is None:
                    nxt = node.ports.get(NO_SLOT)
                else:
                    if drop and draw() < drop:
                        return _DROPPED, node.id, path, decision
                    cumulative = chosen.get(node, _UNSET)
                    if cumulative is _UNSET:
                        cumulative = who.weigh(node, MEETING_KEYS)
                    if cumulative:
                        key = MEETING_KEYS[_pick(cumulative, draw() * cumulative[-1])]
                    else:
                        key = rng.choice(MEETING_KEYS)
                    nxt = node.ports.get(key)
                    steps = 0
            else:  # NO_ANSWER: the question is said, then nothing can be pressed or typed
                return _DEAD_END, node.id, path, decision
            if nxt is None:
                return _DEAD_END, node.id, path, decision
            node = nxt

    def _pick_option(self, who: _Behaviour, node: Node, spec: FieldStep) -> str:
        """The option a visitor presses for a field offered as buttons (maybe one it refuses)."""
        options = spec.options
        cumulative = who.cumulative.get(spec, _UNSET)
        if cumulative is _UNSET:
            cumulative = who.weigh(node, [str(i) for i in range(len(options))], spec)
        if cumulative:
            return options[_pick(cumulative, self.rng.random() * cumulative[-1])]
        return self.rng.choice(options)

    @staticmethod
    def _may_pass(who: _Behaviour, spec: FieldStep) -> bool:
        """Whether this profile ever presses an option the field accepts.

        Asked only after a refusal by a visitor who never leaves: if not, they
        would press refused buttons forever, so the walk ends as a loop.
        """
        options = spec.options
        cumulative = who.cumulative[spec]  # set by the press just refused
        if cumulative is not None:  # weighted: only options _pick can land on are pressed
            pressed: list[str] = []
            floor = 0.0
            for option, upto in zip(options, cumulative, strict=True):
                if min(upto, cumulative[-1]) > floor:
                    pressed.append(option)
                floor = max(floor, upto)
            options = tuple(pressed)
        return any(_accepts(spec, value) for value in options)

    def _record(
        self,
        outcome: str,
        card_id: str | None,
        path: list[str],
        decision: Decision | None,
        number: int,
    ) -> None:
        report = self.report
        report.visitors += 1
        report.paths[tuple(path)] += 1
        report.outcomes[outcome] += 1
        if outcome == _DROPPED and card_id:
            report.drop_offs[card_id] += 1
        elif outcome == _DEAD_END and card_id:
            report.dead_ends[card_id] += 1
        elif outcome == _FALLBACK:
            report.fallbacks[_fallback_kind(decision, "")] += 1
        if decision is None:
            return
        if decision.rule_index is not None:
            report.rules[f"{card_id}: rule {decision.rule_index + 1}"] += 1
        if outcome == _LIVE_CHAT and decision.agent:
            email = decision.agent.email
            report.assignments[email] += 1
            step = decision.step
            if step is not _OPTION:
                if step is _SAFETY_NET:
                    report.safety_net[_fallback_kind(decision.option, "")] += 1
                else:
                    report.accounts[email] += 1
            team = pool_team(decision.pool) if decision.pool else None
            if team:
                report.teams[team] += 1
            if len(report.round_robin_order) < self.ORDER_KEPT:
                report.round_robin_order.append(email)
            length = self.rng.expovariate(self._chat_rate)
            heapq.heappush(self._open_chats, (self._clock + length, number, email))

    def _release_until(self, now: float) -> None:
        chats = self._open_chats
        while chats and chats[0][0] <= now:
            _, _, email = heapq.heappop(chats)
            self.router.release(email)


_Walked = tuple[str, "str | None", list[str], "Decision | None"]
"""How a walk ended: outcome, the card it ended on, the path, the last routing decision."""

# Outcomes as their report keys: reading an enum's ``.value`` 100,000 times shows up.
_ENDED, _LIVE_CHAT, _FALLBACK = Outcome.ENDED.value, Outcome.LIVE_CHAT.value, Outcome.FALLBACK.value
MAX_PROMPTS = 10_000
"""Questions one simulated visitor may be asked before they count as stuck in a loop."""

_DEAD_END, _LOOP, _DROPPED = Outcome.DEAD_END.value, Outcome.LOOP.value, Outcome.DROPPED.value
_OPTION, _SAFETY_NET, _ACCOUNT = Step.OPTION, Step.SAFETY_NET, Step.ACCOUNT
_FREE_TEXT_REPLY = "I have a question about pricing"
_UNSET: Any = object()

_Branch = tuple[str, bool, bool, tuple[tuple[str, Criterion], ...]]
"""A Condition outcome for one profile: port, holds if agents available / if not, field tests."""


def _accepts(spec: FieldStep, value: str) -> bool:
    """The Conversation's check of a field's value: required and, if any, its validation."""
    if not value:
        return not spec.required
    return spec.validation is None or check_value(spec.validation, value) is None


def _made_up(key: str, number: int) -> str:
    """What visitor ``number`` types into a field their profile does not fill."""
    return (f"visitor{number}@example.com" if key == "email" else f"{key} {number}").strip()


class _Behaviour:
    """One profile of the mix as the walker reads it, with its choices worked out once.

    Answer weights and the parts of Condition cards that depend only on the
    profile (country, page...) are computed the first time a visitor of this
    profile reaches the card, then reused by every later visitor.
    """

    def __init__(self, profile: Profile) -> None:
        self.profile = profile
        self.drop_rate = profile.drop_rate
        self.fields = profile.fields
        self.visitor = Visitor(
            profile.country, profile.region, profile.city, profile.page_url, profile.fields
        )
        self._static = self.visitor.lookup()
        # What the visitor types into each field whose value does not depend on who
        # they are (trimmed, as the Conversation trims replies); others are made up
        # per visitor: visitor<n>@example.com, "<field> <n>".
        self.typed = {k: v.strip() for k, v in _SAMPLE_VALUES.items() if k != "email"}
        self.typed.update((k, v.strip()) for k, v in profile.fields.items())
        # Cumulative answer weights per prompt (a node, or a field offering
        # options); None: answer uniformly. Filled the first time each is asked.
        self.cumulative: dict[object, list[float] | None] = {}
        self._plans: dict[int, tuple[_Branch, ...]] = {}

    def now(self, fields: dict[str, str]) -> Visitor:
        """The visitor as routing sees them at a hand-off: the profile and what they typed."""
        return replace(self.visitor, fields=fields)

    def weigh(
        self, node: Node, keys: Sequence[str], spec: FieldStep | None = None
    ) -> list[float] | None:
        """The profile's cumulative weights for the buttons ``keys`` of this prompt."""
        given = self.profile.answers.get(node.id) or {}
        w = [given.get(k, 0.0) for k in keys]
        found = self.cumulative[spec or node] = _cumulative(w) if sum(w) > 0 else None
        return found

    def condition_port(self, node: Node, fields: dict[str, str], router: Router) -> str:
        """The port a Condition card takes: the first outcome whose criteria all hold."""
        plan = self._plans.get(node.index)
        if plan is None:
            plan = self._plans[node.index] = self._plan(node)
        available: bool | None = None
        for port, if_yes, if_no, checks in plan:
            if if_yes != if_no:  # the outcome asks whether agents are available
                if available is None:
                    available = router.any_available()
                if not (if_yes if available else if_no):
                    continue
            for key, criterion in checks:
                if not criterion.matches(fields.get(key)):
                    break
            else:
                return port
        return ELSE

    def _plan(self, node: Node) -> tuple[_Branch, ...]:
        """The card's outcomes with everything fixed by the profile already decided.

        Each branch keeps whether it can hold when agents are available and
        when not, and the captured-field tests left for the walk.
        """
        plan: list[_Branch] = []
        for port, criteria in node.outcomes:
            if_yes = if_no = True
            checks: list[tuple[str, Criterion]] = []
            for c in criteria:
                if c.attribute is Attribute.FIELD:
                    assert c.field is not None  # the model insists on it
                    checks.append((c.field, c))
                elif c.attribute is Attribute.AGENTS_AVAILABLE:
                    if_yes = if_yes and c.matches(availability_text(True))
                    if_no = if_no and c.matches(availability_text(False))
                elif not c.matches(self._static.get(c.subject())):
                    if_yes = if_no = False
            if not (if_yes or if_no):
                continue  # never holds for this profile
            plan.append((port, if_yes, if_no, tuple(checks)))
            if if_yes and if_no and not checks:
                break  # always holds: later outcomes are never reached
        return tuple(plan)


def _fallback_kind(decision: Decision | None, reason: str) -> str:
    """A fallback's cause, grouped so the report has a few lines, not one per day.

    Also why a card's option found nobody, for chats the safety net then gave out.
    """
    if decision is None:
        return reason
    if decision.step is _SAFETY_NET:  # the option found nobody, and neither did the net
        return f"{_fallback_kind(decision.option, reason)}, nor any other agent"
    if decision.step is _ACCOUNT:
        if decision.skipped:
            return f"account agent {decision.skipped[0][0]} could not take the chat"
        return decision.reason(1).rstrip(".")  # the account's agent left the workspace
    if decision.pool:
        team = pool_team(decision.pool)
        return (
            f"nobody in team {team} could take the chat"
            if team
            else ("nobody in the workspace could take the chat")
        )
    if decision.skipped:
        return f"agent {decision.skipped[0][0]} could not take the chat"
    cause = decision.reason(-2) if len(decision.story) >= 2 else reason
    return cause.rstrip(".")


def _cumulative(weights: Sequence[float]) -> list[float]:
    total = 0.0
    out = []
    for w in weights:
        total += w
        out.append(total)
    return out


def _pick(cumulative: list[float], x: float) -> int:
    for i, c in enumerate(cumulative):
        if x < c:
            return i
    return len(cumulative) - 1
