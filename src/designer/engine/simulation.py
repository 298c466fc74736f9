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
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from designer.engine.conversation import Conversation, Flow
from designer.engine.events import Outcome, Prompt
from designer.engine.profiles import DEFAULT_MIX, Profile, ProfileMix
from designer.engine.round_robin import pool_team
from designer.engine.routing import AgentState, Decision, MemoryPositions, Router, Visitor
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
            "drop_offs_per_card": ranked(self.drop_offs),
            "dead_ends_per_card": ranked(self.dead_ends),
            "card_visits": ranked(self.card_visits),
            "paths": ranked(self.paths),
            "round_robin_order": self.round_robin_order,
            "card_steps": self.steps,
        }


class Simulator:
    """Runs visitors through a dialog in batches; deterministic for a seed."""

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
    ) -> None:
        self.flow = Flow(dialog)
        # Copies: a simulation never changes the workspace's agents.
        self.agents = [
            AgentState(a.email, a.name, a.live_chat, a.status, a.max_chats, 0, a.avatar)
            for a in agents
        ]
        args = (self.agents, teams, MemoryPositions())
        self.router = Router(*args, default_fallback) if default_fallback else Router(*args)
        self.total = visitors
        self.mix = mix
        self.rng = random.Random(seed)
        self.report = SimulationReport(seed=seed)
        self._weights = list(_cumulative([p.weight for p in mix.profiles]))
        self._visitors = [
            Visitor(p.country, p.region, p.city, p.page_url, p.fields) for p in mix.profiles
        ]
        self._weights_cache: dict[tuple[int, Prompt], list[float] | None] = {}
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
        report = self.report
        number = report.visitors
        self._clock += rng.expovariate(1.0 / self.mix.arrival_seconds)
        self._release_until(self._clock)
        index = _pick(self._weights, rng.random() * self._weights[-1])
        profile = self.mix.profiles[index]
        conv = Conversation(self.flow, self._visitors[index], self.router, quiet=True)
        conv.start()
        while conv.prompt is not None:
            if profile.drop_rate and rng.random() < profile.drop_rate:
                conv.leave()
                break
            self._respond(conv, conv.prompt, profile, number)
        self._record(conv, number)

    def _respond(self, conv: Conversation, prompt: Prompt, profile: Profile, n: int) -> None:
        if prompt.choices:
            cumulative = self._answer_weights(profile, prompt)
            if cumulative:
                index = _pick(cumulative, self.rng.random() * cumulative[-1])
                conv.choose(prompt.choices[index].key)
            else:
                conv.choose(self.rng.choice(prompt.choices).key)
            return
        key = prompt.field
        if key is None:
            conv.reply("I have a question about pricing")
        elif key in profile.fields:
            conv.reply(profile.fields[key])
        elif key == "email":
            conv.reply(f"visitor{n}@example.com")
        else:
            conv.reply(_SAMPLE_VALUES.get(key, f"{key} {n}"))

    def _answer_weights(self, profile: Profile, prompt: Prompt) -> list[float] | None:
        """The profile's cumulative answer weights for this prompt, worked out once."""
        key = (id(profile), prompt)
        if key not in self._weights_cache:
            weights = profile.answers.get(prompt.card_id) or {}
            w = [weights.get(c.key, 0.0) for c in prompt.choices]
            self._weights_cache[key] = _cumulative(w) if sum(w) > 0 else None
        return self._weights_cache[key]

    def _record(self, conv: Conversation, number: int) -> None:
        report = self.report
        report.visitors += 1
        ended = conv.ended
        assert ended is not None
        path = tuple(conv.path)
        report.paths[path] += 1
        report.outcomes[ended.outcome.value] += 1
        decision = conv.decision
        if ended.outcome is Outcome.DROPPED and ended.card_id:
            report.drop_offs[ended.card_id] += 1
        elif ended.outcome is Outcome.DEAD_END and ended.card_id:
            report.dead_ends[ended.card_id] += 1
        elif ended.outcome is Outcome.FALLBACK:
            report.fallbacks[_fallback_kind(decision, ended.reason)] += 1
        if decision is not None and decision.rule_index is not None:
            report.rules[f"{ended.card_id}: rule {decision.rule_index + 1}"] += 1
        if ended.outcome is Outcome.LIVE_CHAT and decision and decision.agent:
            email = decision.agent.email
            report.assignments[email] += 1
            team = pool_team(decision.pool) if decision.pool else None
            if team:
                report.teams[team] += 1
            if len(report.round_robin_order) < self.ORDER_KEPT:
                report.round_robin_order.append(email)
            length = self.rng.expovariate(1.0 / (self.mix.chat_minutes * 60))
            heapq.heappush(self._open_chats, (self._clock + length, number, email))

    def _release_until(self, now: float) -> None:
        chats = self._open_chats
        while chats and chats[0][0] <= now:
            _, _, email = heapq.heappop(chats)
            self.router.release(email)


def _fallback_kind(decision: Decision | None, reason: str) -> str:
    """A fallback's cause, grouped so the report has a few lines, not one per day."""
    if decision is None:
        return reason
    if decision.pool:
        team = pool_team(decision.pool)
        return (
            f"nobody in team {team} could take the chat"
            if team
            else ("nobody in the workspace could take the chat")
        )
    if decision.skipped:
        return f"agent {decision.skipped[0][0]} could not take the chat"
    cause = decision.reasons[-2] if len(decision.reasons) >= 2 else reason
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
