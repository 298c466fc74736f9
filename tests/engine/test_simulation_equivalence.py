"""The simulator's compiled walker sends visitors exactly where the preview's Conversation does.

The simulator no longer drives :class:`Conversation` (too slow for 100,000
visitors); it walks a compiled copy of the same rules. These tests keep the
old way as the reference: :class:`ReferenceSimulator` is the simulator as it
was, every visitor driving a real Conversation prompt by prompt with the same
random draws. For generated dialogs, workspaces and visitor mixes, both must
give the same report to the last counter, the same round-robin order and the
same open chats. Neither may fail on any dialog: every visitor ends somewhere.
"""

from __future__ import annotations

import heapq
import random
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

from designer.engine.conversation import Conversation, Flow
from designer.engine.events import Outcome, Prompt
from designer.engine.profiles import DEFAULT_MIX, Profile, ProfileMix, load_profile_mix
from designer.engine.round_robin import pool_team
from designer.engine.routing import AgentState, AgentStatus, MemoryPositions, Router, Step, Visitor
from designer.engine.simulation import (
    SimulationReport,
    Simulator,
    _cumulative,
    _fallback_kind,
    _pick,
)
from designer.model.cards import (
    ActionCard,
    Answer,
    CaptureField,
    Card,
    ConditionCard,
    EndCard,
    FieldKind,
    GoalCard,
    GoToCard,
    InfoCaptureCard,
    LiveChatCard,
    MeetingBookingCard,
    MessageCard,
    QuestionCard,
    Validation,
    WhenKnown,
)
from designer.model.cards import Outcome as Branch
from designer.model.criteria import Attribute, Criterion, Operator
from designer.model.dialog import Dialog, Edge
from designer.model.routing import AgentRouting, CustomRules, RoundRobin, Rule, TeamRouting

EXAMPLES = Path(__file__).parents[2] / "examples"

_SAMPLE_VALUES = {
    "first_name": "Alex",
    "last_name": "Martin",
    "company": "Example Corp",
    "job_title": "Marketing manager",
    "phone": "+33 1 23 45 67 89",
}


class ReferenceSimulator:
    """The simulator before the compiled walker: each visitor drives a real Conversation.

    ``quiet=False`` plays every visitor exactly as the preview does (events,
    explanations); ``quiet=True`` is how the simulator used to run.
    """

    ORDER_KEPT = Simulator.ORDER_KEPT

    def __init__(
        self,
        dialog: Dialog,
        agents: Sequence[AgentState],
        teams: dict[str, list[str]],
        *,
        visitors: int,
        mix: ProfileMix = DEFAULT_MIX,
        seed: int = 0,
        quiet: bool = True,
        safety_net: bool = False,
        accounts: Mapping[str, str] | None = None,
    ) -> None:
        self.flow = Flow(dialog)
        self.agents = [
            AgentState(a.email, a.name, a.live_chat, a.status, a.max_chats, 0, a.avatar)
            for a in agents
        ]
        self.router = Router(
            self.agents, teams, MemoryPositions(), safety_net=safety_net, accounts=accounts
        )
        self.total = visitors
        self.mix = mix
        self.quiet = quiet
        self.rng = random.Random(seed)
        self.report = SimulationReport(seed=seed)
        self._weights = list(_cumulative([p.weight for p in mix.profiles]))
        self._visitors = [
            Visitor(p.country, p.region, p.city, p.page_url, p.fields) for p in mix.profiles
        ]
        self._weights_cache: dict[tuple[int, Prompt], list[float] | None] = {}
        self._clock = 0.0
        self._open_chats: list[tuple[float, int, str]] = []

    @property
    def done(self) -> int:
        return self.report.visitors

    def step(self, count: int) -> None:
        for _ in range(min(count, self.total - self.report.visitors)):
            self._one_visitor()

    def _one_visitor(self) -> None:
        rng = self.rng
        number = self.report.visitors
        self._clock += rng.expovariate(1.0 / self.mix.arrival_seconds)
        self._release_until(self._clock)
        index = _pick(self._weights, rng.random() * self._weights[-1])
        profile = self.mix.profiles[index]
        conv = Conversation(self.flow, self._visitors[index], self.router, quiet=self.quiet)
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
        key = (id(profile), prompt)
        if key not in self._weights_cache:
            weights = profile.answers.get(prompt.card_id) or {}
            w = [weights.get(c.key, 0.0) for c in prompt.choices]
            self._weights_cache[key] = _cumulative(w) if sum(w) > 0 else None
        return self._weights_cache[key]

    def _record(self, conv: Conversation, number: int) -> None:
        ended = conv.ended
        # A Conversation that stopped waiting must have ended: anything else would
        # leave a preview visitor with nothing to do.
        assert ended is not None, "the conversation stopped waiting without ending"
        report = self.report
        report.visitors += 1
        report.paths[tuple(conv.path)] += 1
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
            if decision.step is Step.SAFETY_NET:
                report.safety_net[_fallback_kind(decision.option, "")] += 1
            elif decision.step is Step.ACCOUNT:
                report.accounts[email] += 1
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


Sim = Simulator | ReferenceSimulator


def play(sim: Sim, batches: Sequence[int] = ()) -> tuple[int, str | None]:
    """Run to the end (in the given batch sizes first); how many visitors ran, and any failure."""
    try:
        for size in batches:
            sim.step(size)
        sim.step(sim.total)
    except (ValueError, AssertionError) as exc:
        return sim.done, type(exc).__name__
    return sim.done, None


def assert_same_run(fast: Simulator, reference: ReferenceSimulator) -> None:
    assert fast.report.to_dict() == reference.report.to_dict()
    assert fast.report.round_robin_order == reference.report.round_robin_order
    assert fast.report.paths == reference.report.paths
    assert [a.active_chats for a in fast.agents] == [a.active_chats for a in reference.agents]
    assert sorted(fast._open_chats) == sorted(reference._open_chats)


# --- the shipped examples ------------------------------------------------------------


def workspace() -> tuple[list[AgentState], dict[str, list[str]]]:
    agents = [
        AgentState("ana@acme.example", "Ana", True, AgentStatus.AVAILABLE, 1),
        AgentState("lea@acme.example", "Léa", True, AgentStatus.AVAILABLE, 2),
        AgentState("sam.rivera@acme.example", "Sam", True, AgentStatus.AVAILABLE, 1),
        AgentState("off@acme.example", "Off", True, AgentStatus.OFFLINE, 3),
        AgentState("nolive@acme.example", "No live", False, AgentStatus.AVAILABLE, 3),
    ]
    teams = {
        "EMEA": ["ana@acme.example", "lea@acme.example", "off@acme.example"],
        "Billing": ["sam.rivera@acme.example", "nolive@acme.example"],
    }
    return agents, teams


SHIPPED = load_profile_mix(EXAMPLES / "simulation" / "profiles.json")
STEADY = ProfileMix(  # no drop-offs at all for some visitors, and answers pinned
    arrival_seconds=10,
    chat_minutes=20,
    profiles=[
        Profile(country="FR", fields={"first_name": "Camille"}, answers={"ask-sales": {"yes": 1}}),
        Profile(country="US", weight=2, answers={"topic": {"technical": 1, "billing": 1}}),
        Profile(country="JP", fields={"email": "not an email"}, drop_rate=0.3),
    ],
)
KNOWN_EMAILS = ProfileMix(  # visitors whose email routing already knows: account routing
    arrival_seconds=10,
    chat_minutes=20,
    profiles=[
        Profile(country="FR", fields={"email": "camille@globex.example"}),
        Profile(
            country="US", fields={"email": "jo@acme.example"}, answers={"ask-sales": {"yes": 1}}
        ),
        Profile(country="BE", answers={"ask-sales": {"yes": 1}}, drop_rate=0.1),
    ],
)
ACCOUNTS = {"globex.example": "sam.rivera@acme.example", "acme.example": "off@acme.example"}
ROUTING = {  # the card's option alone, and what a workspace adds: safety net, accounts
    "card-only": {},
    "net-and-accounts": {"safety_net": True, "accounts": ACCOUNTS},
}


@pytest.mark.parametrize("example", ["talk-to-sales", "support-desk"])
@pytest.mark.parametrize(
    "mix",
    [DEFAULT_MIX, SHIPPED, STEADY, KNOWN_EMAILS],
    ids=["default", "shipped", "steady", "known-emails"],
)
@pytest.mark.parametrize("seed", [0, 1, 7])
@pytest.mark.parametrize("routing", list(ROUTING))
def test_examples_give_the_same_report_as_the_conversation(example, mix, seed, routing):
    dialog = Dialog.model_validate_json((EXAMPLES / f"{example}.json").read_text())
    agents, teams = workspace()
    options = ROUTING[routing]
    fast = Simulator(dialog, agents, teams, visitors=1500, seed=seed, mix=mix, **options)
    reference = ReferenceSimulator(
        dialog, agents, teams, visitors=1500, seed=seed, mix=mix, **options
    )
    assert play(fast) == play(reference) == (1500, None)
    assert_same_run(fast, reference)
    assert sum(fast.report.outcomes.values()) == 1500


def test_the_compared_runs_exercise_routing_capacity_and_drop_offs():
    """Guard against two idle runs agreeing: the comparison above covers real work."""
    dialog = Dialog.model_validate_json((EXAMPLES / "talk-to-sales.json").read_text())
    agents, teams = workspace()
    reference = ReferenceSimulator(dialog, agents, teams, visitors=1500, seed=1, mix=STEADY)
    play(reference)
    report = reference.report
    assert report.outcomes["live_chat"] > 0
    assert report.teams["EMEA"] > 0
    assert report.rules["sales-chat: rule 1"] > 0
    assert report.fallbacks["nobody in team EMEA could take the chat"] > 0  # agents at capacity
    assert report.drop_offs["contact"] > 0  # including visitors asked their email again
    assert len(report.paths) >= 5


def test_the_compared_runs_exercise_the_safety_net_and_account_routing():
    """The same guard for the workspace's routing: each new step decides for some visitors."""
    dialog = Dialog.model_validate_json((EXAMPLES / "talk-to-sales.json").read_text())
    agents, teams = workspace()
    for mix, seen in ((STEADY, "safety net"), (KNOWN_EMAILS, "accounts")):
        reference = ReferenceSimulator(
            dialog, agents, teams, visitors=1500, seed=1, mix=mix, **ROUTING["net-and-accounts"]
        )
        play(reference)
        report = reference.report
        if seen == "safety net":
            assert report.safety_net["nobody in team EMEA could take the chat"] > 0
            assert report.safety_net["agent sam.rivera@acme.example could not take the chat"] > 0
            assert set(report.fallbacks) == {"No rule matched this visitor"}  # none for capacity
        else:
            assert report.accounts["sam.rivera@acme.example"] > 0
            assert report.fallbacks["account agent off@acme.example could not take the chat"] > 0


# --- generated dialogs ------------------------------------------------------------------
#
# A plain seeded generator rather than Hypothesis strategies: Hypothesis favours
# its simplest choices (empty lists, first branches, small seeds, repeated), which
# left most generated conditions without criteria and a third of the dialogs
# without a start. Here every feature has a set chance and each case number is
# one reproducible dialog, workspace and visitor mix.

CASES = 200

IDS = [f"c{i}" for i in range(7)]
PORT_IDS = ["yes", "no", "next", "a1"]  # "next" as an answer id must still be an answer
COUNTRIES = ["FR", "BE", "US", "JP"]
KINDS = [
    *["question", "info", "condition", "live_chat"] * 2,
    *["condition", "action"],
    *["message", "goal", "action", "goto", "end", "meeting"],
]
LAST_KINDS = ["end", "live_chat", "live_chat", "goto", "message"]


def email(i: int) -> str:
    return f"agent{i}@acme.example"


def a_criterion(rng: random.Random) -> Criterion:
    roll = rng.randrange(8)
    if roll in (0, 7):
        return Criterion(attribute=Attribute.AGENTS_AVAILABLE, value=rng.choice(["yes", "no"]))
    if roll == 1:
        return Criterion(
            attribute=Attribute.COUNTRY,
            operator=Operator.ONE_OF,
            value=rng.sample(COUNTRIES, rng.randint(1, 2)),
        )
    if roll == 2:
        return Criterion(
            attribute=Attribute.COUNTRY, operator=Operator.NOT_EQUALS, value=rng.choice(COUNTRIES)
        )
    if roll == 3:
        op = rng.choice([Operator.IS_KNOWN, Operator.IS_UNKNOWN])
        return Criterion(attribute=rng.choice([Attribute.REGION, Attribute.PAGE_URL]), operator=op)
    if roll == 4:
        return Criterion(attribute=Attribute.PAGE_URL, operator=Operator.CONTAINS, value="pricing")
    if roll == 5:
        field = rng.choice(["first_name", "email", "topic", "custom", "account_id"])
        op = rng.choice([Operator.IS_KNOWN, Operator.IS_UNKNOWN])
        return Criterion(attribute=Attribute.FIELD, field=field, operator=op)
    value = rng.choice(["yes", "Billing", "example", "pricing", "picked", "A-42", "Large", "x"])
    field = rng.choice(["topic", "email", "account_id", "company", "custom"])
    return Criterion(
        attribute=Attribute.FIELD, field=field, operator=Operator.CONTAINS, value=value
    )


def some_criteria(rng: random.Random) -> list[Criterion]:
    """One or two tests; sometimes none (the branch always holds)."""
    return [a_criterion(rng) for _ in range(rng.choice([0, 1, 1, 1, 2, 2]))]


def a_routing(rng: random.Random) -> RoundRobin | AgentRouting | TeamRouting | CustomRules:
    agent = email(rng.randrange(5))  # agent4 is never in the workspace
    team = rng.choice(["EMEA", "US", "Unknown"])
    kind = rng.randrange(4)
    if kind == 0:
        return RoundRobin()
    if kind == 1:
        return AgentRouting(agent=agent)
    if kind == 2:
        return TeamRouting(team=team)
    rules = []
    for _ in range(rng.randint(0, 3)):
        target = {"agent": email(rng.randrange(5))} if rng.random() < 0.5 else {"team": team}
        rules.append(Rule(criteria=some_criteria(rng), **target))
    return CustomRules(rules=rules)


def some_fields(rng: random.Random) -> list[CaptureField]:
    names = ["first_name", "email", "company", "phone", "account_id", "custom"]
    fields = []
    for kind in rng.sample(names, rng.randint(1, 3)):
        custom = kind in ("account_id", "custom")
        options = rng.choice([[]] * 6 + [["Small", "Large"]] * 2 + [["", "sales@acme.example"]])
        validation = rng.choice(list(Validation))
        required = rng.random() < 0.5
        if options and rng.random() < 0.5:
            # Otherwise a button may be refused by its own field: pressed again.
            validation, required = Validation.NONE, False
        fields.append(
            CaptureField(
                kind=FieldKind.CUSTOM if custom else FieldKind(kind),
                name=kind if custom else None,
                required=required,
                validation=validation,
                options=options,
                when_known=rng.choice(list(WhenKnown)),
            )
        )
    return fields


def a_card(rng: random.Random, card_id: str, ids: Sequence[str], kinds: Sequence[str]) -> Card:
    kind = rng.choice(kinds)
    fallback = rng.choice([None, "Back soon!"])
    if kind == "message":
        return MessageCard(id=card_id, text=rng.choice(["Hi", "Hi {{first_name}}"]))
    if kind == "question":
        roll = rng.random()  # sometimes typed answers only, now and then nothing at all
        answers = [] if roll < 0.25 else rng.sample(PORT_IDS, rng.randint(1, 3))
        return QuestionCard(
            id=card_id,
            text="Which one?",
            answers=[
                Answer(id=a, label=f"Answer {a}", value=rng.choice([None, "picked"]))
                for a in answers
            ],
            allow_free_text=roll >= 0.1 and (roll < 0.25 or rng.random() < 0.6),
            store_in_field=rng.choice([None, "topic", "first_name", "email"]),
        )
    if kind == "info":
        return InfoCaptureCard(id=card_id, fields=some_fields(rng))
    if kind == "condition":
        ports = rng.sample(["available", "yes", "next"], rng.choice([0, 1, 1, 2, 3]))
        return ConditionCard(
            id=card_id, outcomes=[Branch(id=p, criteria=some_criteria(rng)) for p in ports]
        )
    if kind == "goal":
        return GoalCard(id=card_id, name="Lead", score=2)
    if kind == "action":
        return ActionCard(
            id=card_id,
            field=rng.choice(["topic", "first_name", "custom"]),
            value=rng.choice(["", "set", "{{first_name}}", '{{lead.firstName:"x"}}']),
        )
    if kind == "goto":
        return GoToCard(id=card_id, target=rng.choice([*ids, *ids, None, "missing"]))
    if kind == "end":
        return EndCard(id=card_id, message="Bye")
    if kind == "live_chat":
        return LiveChatCard(id=card_id, routing=a_routing(rng), fallback_message=fallback)
    return MeetingBookingCard(id=card_id, routing=a_routing(rng), fallback_message=fallback)


def a_dialog(rng: random.Random) -> Dialog:
    """A small graph that mostly flows forward, with loops back, gaps and stray links."""
    ids = IDS[: rng.randint(2, len(IDS))]
    cards = [a_card(rng, card_id, ids, KINDS) for card_id in ids[:-1]]
    cards.append(a_card(rng, ids[-1], ids, LAST_KINDS))
    edges = []
    for index, card in enumerate(cards):
        later = ids[index + 1 :] or ids
        for port in card.port_keys():
            roll = rng.random()
            if roll < 0.05:
                continue  # this port leads nowhere
            target = "missing" if roll < 0.08 else rng.choice(ids if roll < 0.3 else later)
            edges.append(Edge(source=card.id, port=port, target=target))
    if rng.random() < 0.1:  # a duplicate id: the first card wins
        cards.append(a_card(rng, ids[0], ids, KINDS))
    if rng.random() < 0.2:  # a stray link: from a missing card, or a port a card lacks
        source = rng.choice([*ids, "missing"])
        edges.append(Edge(source=source, port="next", target=rng.choice(ids)))
    start = rng.choice([None, "missing"]) if rng.random() < 0.05 else ids[0]
    return Dialog(start=start, cards=cards, edges=edges)


def a_workspace(rng: random.Random) -> tuple[list[AgentState], dict[str, list[str]]]:
    agents = [
        AgentState(
            email(i),
            f"Agent {i}",
            rng.random() < 0.8,  # mostly with the Live Chat permission
            rng.choice([AgentStatus.AVAILABLE] * 3 + [AgentStatus.AWAY, AgentStatus.OFFLINE]),
            rng.randint(1, 2),
        )
        for i in range(rng.choice([0, 1, 2, 3, 3, 4]))
    ]
    teams = {
        name: [email(rng.randrange(5)) for _ in range(rng.randint(0, 3))] for name in ("EMEA", "US")
    }
    return agents, teams


def a_mix(rng: random.Random) -> ProfileMix:
    ports = [*PORT_IDS, "booked", "no_slot", "0", "1", "free_text"]
    profiles = []
    for _ in range(rng.randint(1, 3)):
        answers = {
            card_id: {port: rng.choice([0.0, 1.0, 3.0]) for port in rng.sample(ports, 3)}
            for card_id in rng.sample(IDS, rng.randint(0, 4))
        }
        profiles.append(
            Profile(
                weight=rng.choice([1.0, 2.5]),
                country=rng.choice([*COUNTRIES, None]),
                region=rng.choice([None, "CA"]),
                page_url=rng.choice([None, "https://acme.example/pricing"]),
                fields=rng.choice(
                    [
                        {},
                        {},
                        {"first_name": "Camille"},
                        {"email": "cam@example.fr", "topic": "Billing"},
                        {"email": "not an email"},
                        {"company": "  "},
                        {"account_id": " A-42 "},
                    ]
                ),
                answers=answers,
                # Never 0 here: a generated dialog may ask forever (a question that
                # loops back to itself, a field nobody's value passes), and a visitor
                # who never leaves would never finish. The examples cover 0.
                drop_rate=rng.choice([0.05, 0.05, 0.2, 0.6]),
            )
        )
    return ProfileMix(
        arrival_seconds=rng.choice([2.0, 30.0]),
        chat_minutes=rng.choice([0.5, 8.0, 60.0]),
        profiles=profiles,
    )


def a_routing_setup(rng: random.Random) -> dict[str, object]:
    """The workspace's switch and account routing (domains of a_mix's emails), or neither."""
    accounts = {
        domain: email(rng.randrange(5))  # agent4 is never in the workspace
        for domain in rng.sample(["example.fr", "example.com", "acme.example"], rng.randint(0, 2))
    }
    return {"safety_net": rng.random() < 0.6, "accounts": accounts}


def compare(
    dialog: Dialog,
    people: tuple[list[AgentState], dict[str, list[str]]],
    mix: ProfileMix,
    seed: int,
    batches: Sequence[int],
    routing: Mapping[str, object] | None = None,
) -> None:
    agents, teams = people
    options: dict[str, Any] = dict(routing or {})
    runs: dict[str, Callable[[], Sim]] = {
        "fast": lambda: Simulator(
            dialog,
            agents,
            teams,
            visitors=40,
            seed=seed,
            mix=mix,
            **options,
        ),
        "quiet": lambda: ReferenceSimulator(
            dialog,
            agents,
            teams,
            visitors=40,
            seed=seed,
            mix=mix,
            **options,
        ),
        "preview": lambda: ReferenceSimulator(
            dialog,
            agents,
            teams,
            visitors=40,
            seed=seed,
            mix=mix,
            quiet=False,
            **options,
        ),
    }
    sims = {name: make() for name, make in runs.items()}
    ended = {name: play(sim, batches if name == "fast" else ()) for name, sim in sims.items()}
    fast = sims["fast"]
    assert isinstance(fast, Simulator)
    for name in ("quiet", "preview"):
        reference = sims[name]
        assert isinstance(reference, ReferenceSimulator)
        # Whatever the dialog, every visitor ends somewhere: no run may fail.
        assert ended["fast"] == ended[name] == (40, None), name
        assert_same_run(fast, reference)


@pytest.mark.parametrize("case", range(CASES))
def test_generated_dialogs_give_the_same_report_as_the_conversation(case):
    rng = random.Random(case)
    dialog, people, mix = a_dialog(rng), a_workspace(rng), a_mix(rng)
    batches = [rng.randint(1, 15) for _ in range(rng.randint(0, 3))]
    # Drawn last, so each case keeps the dialog, workspace and mix it always had.
    compare(dialog, people, mix, seed=case, batches=batches, routing=a_routing_setup(rng))


def both_ways(cards: list[Card], links: list[tuple[str, str, str]], mix: ProfileMix) -> Simulator:
    """Run a small dialog both ways, check they agree, and return the fast run."""
    edges = [Edge(source=a, port=port, target=b) for a, port, b in links]
    dialog = Dialog(start=cards[0].id, cards=cards, edges=edges)
    fast = Simulator(dialog, [], {}, visitors=200, seed=3, mix=mix)
    reference = ReferenceSimulator(dialog, [], {}, visitors=200, seed=3, mix=mix)
    assert play(fast) == play(reference) == (200, None)
    assert_same_run(fast, reference)
    return fast


def field_test(port: str, field: str, operator: Operator, value: str = "") -> ConditionCard:
    test = Criterion(attribute=Attribute.FIELD, field=field, operator=operator, value=value)
    return ConditionCard(id="check", outcomes=[Branch(id=port, criteria=[test])])


def test_a_typed_answer_is_stored_and_tested_as_in_the_preview():
    cards = [
        QuestionCard(
            id="ask", text="How can we help?", allow_free_text=True, store_in_field="topic"
        ),
        field_test("pricing", "topic", Operator.CONTAINS, "pricing"),
        EndCard(id="sales"),
        EndCard(id="other"),
    ]
    links = [
        ("ask", "free_text", "check"),
        ("check", "pricing", "sales"),
        ("check", "else", "other"),
    ]
    report = both_ways(cards, links, ProfileMix(profiles=[Profile()])).report
    # Simulated visitors type "I have a question about pricing".
    assert report.card_visits["sales"] == 200
    assert "other" not in report.card_visits


def test_an_action_fills_tokens_from_captured_fields_as_in_the_preview():
    cards = [
        ActionCard(id="greet", field="greeting", value="{{first_name}}"),
        field_test("named", "greeting", Operator.IS_KNOWN),
        EndCard(id="by-name"),
        EndCard(id="anonymous"),
    ]
    links = [
        ("greet", "next", "check"),
        ("check", "named", "by-name"),
        ("check", "else", "anonymous"),
    ]
    mix = ProfileMix(profiles=[Profile(fields={"first_name": "Camille"}), Profile()])
    report = both_ways(cards, links, mix).report
    assert report.card_visits["by-name"] > 0
    assert report.card_visits["anonymous"] > 0  # an unknown name fills in as nothing


def test_made_up_emails_pass_the_email_check_as_in_the_preview():
    ask = InfoCaptureCard(
        id="ask", fields=[CaptureField(kind=FieldKind.EMAIL, validation=Validation.EMAIL)]
    )
    cards = [ask, EndCard(id="done")]
    # A visitor whose email were refused would be asked until they leave.
    mix = ProfileMix(profiles=[Profile(drop_rate=0.05)])
    report = both_ways(cards, [("ask", "next", "done")], mix).report
    assert report.outcomes["ended"] > 170  # only the 5% who leave at once do not finish


def test_a_silent_go_to_loop_stops_on_the_same_card_as_the_conversation():
    dialog = Dialog(
        start="a",
        cards=[MessageCard(id="a"), GoToCard(id="b", target="a")],
        edges=[Edge(source="a", port="next", target="b")],
    )
    fast = Simulator(dialog, [], {}, visitors=3, seed=1)
    reference = ReferenceSimulator(dialog, [], {}, visitors=3, seed=1)
    play(fast)
    play(reference)
    assert_same_run(fast, reference)
    assert fast.report.outcomes == {"loop": 3}
    (path,) = fast.report.paths
    assert len(path) == 1000


def test_a_question_without_answers_is_a_dead_end_as_in_the_preview():
    """Nothing to press or type: visitors stop there, and nobody is asked (no draw)."""
    first = QuestionCard(
        id="first", text="Sales?", answers=[Answer(id="yes", label="Y"), Answer(id="no", label="N")]
    )
    cards = [first, QuestionCard(id="mute", text="Well?"), EndCard(id="bye")]
    links = [("first", "yes", "mute"), ("first", "no", "bye")]
    # Drop-offs draw per prompt: one extra draw at "mute" would shift every later visitor.
    mix = ProfileMix(profiles=[Profile(drop_rate=0.2)])
    report = both_ways(cards, links, mix).report
    assert report.dead_ends["mute"] == report.card_visits["mute"] > 40
    assert "mute" not in report.drop_offs
    assert report.outcomes["dead_end"] == report.dead_ends["mute"]


def test_a_question_without_answers_as_the_start_card():
    dialog = Dialog(start="q", cards=[QuestionCard(id="q", text="Well?")])
    fast = Simulator(dialog, [], {}, visitors=5, seed=1)
    reference = ReferenceSimulator(dialog, [], {}, visitors=5, seed=1)
    assert play(fast) == play(reference) == (5, None)
    assert_same_run(fast, reference)
    assert fast.report.dead_ends == {"q": 5}


@pytest.mark.parametrize("drop_rate", [0.0, 0.3])
@pytest.mark.parametrize("required", [True, False])
def test_an_option_its_field_refuses_is_pressed_again_as_in_the_preview(drop_rate, required):
    """Refused buttons are offered again: visitors press until one passes (or they leave)."""
    email = CaptureField(
        kind=FieldKind.EMAIL,
        required=required,
        validation=Validation.EMAIL,
        options=["not an email", "", "ana@acme.example"],
    )
    cards = [InfoCaptureCard(id="ask", fields=[email]), EndCard(id="bye")]
    mix = ProfileMix(
        profiles=[
            Profile(drop_rate=drop_rate),  # uniform: refused two times in three, or one
            Profile(drop_rate=drop_rate, answers={"ask": {"0": 3, "2": 1}}),
        ]
    )
    report = both_ways(cards, [("ask", "next", "bye")], mix).report
    if drop_rate:
        assert report.drop_offs["ask"] > 0
    else:
        assert report.outcomes == {"ended": 200}
