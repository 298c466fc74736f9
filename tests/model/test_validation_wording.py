"""Every validation sentence is a template the editor can translate, and says what the CLI says.

The command line prints ``Problem.message``; the editor translates
``Problem.template`` and fills it with ``Problem.args``. These tests hold the
two together for every sentence any rule can write (a seeded corpus of broken
dialogs reaches each one), and check that every template is a string literal
where lupdate can find it.
"""

from __future__ import annotations

import ast
import random
import string
from pathlib import Path

import pytest

from designer.model.cards import (
    ActionCard,
    Answer,
    CaptureField,
    Card,
    ConditionCard,
    EndCard,
    GoalCard,
    GoToCard,
    InfoCaptureCard,
    LiveChatCard,
    MeetingBookingCard,
    MessageCard,
    Outcome,
    QuestionCard,
)
from designer.model.criteria import Attribute, Criterion, Operator
from designer.model.dialog import Dialog, Edge
from designer.model.routing import AgentRouting, CustomRules, RoundRobin, Rule, TeamRouting
from designer.model.validation import AgentInfo, Problem, Severity, StaticDirectory, validate
from designer.model.validation.problems import problem, wording

VALIDATION = Path(validate.__code__.co_filename).resolve().parent


def _wording_calls() -> list[tuple[str, ast.Call]]:
    found = []
    for path in sorted(VALIDATION.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "wording":
                found.append((path.name, node))
    return found


def _templates() -> set[str]:
    return {call.args[0].value for _, call in _wording_calls()}


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def test_every_template_is_a_literal_lupdate_can_extract():
    """A template held in a variable or built by an f-string would never reach the .ts."""
    calls = _wording_calls()
    assert len(calls) > 40
    for where, call in calls:
        first = call.args[0] if call.args else None
        assert isinstance(first, ast.Constant) and isinstance(first.value, str), (
            f"{where}:{call.lineno}: wording() needs a string literal first"
        )
        assert all(name in _fields(first.value) for name in (k.arg for k in call.keywords) if name)


# --- a corpus of broken dialogs ------------------------------------------------------------

AGENTS = ["ann@example.com", "bob@example.com", "ghost@example.com"]
TEAMS = ["EMEA", "Nobody", "Phantom"]
DIRECTORIES = [
    None,
    StaticDirectory(
        [AgentInfo("ann@example.com", "Ann", True), AgentInfo("bob@example.com", "Bob", False)],
        {"EMEA": ["ann@example.com"], "Nobody": ["bob@example.com"]},
    ),
    StaticDirectory([AgentInfo("bob@example.com", "Bob", False)], {"Nobody": ["bob@example.com"]}),
]
CRITERIA = [
    [Criterion(attribute=Attribute.AGENTS_AVAILABLE, value="yes")],
    [Criterion(attribute=Attribute.AGENTS_AVAILABLE, value="no")],
    [Criterion(attribute=Attribute.COUNTRY, value="FR")],
    [Criterion(attribute=Attribute.COUNTRY, operator=Operator.ONE_OF, value=["FR", "BE"])],
    [Criterion(attribute=Attribute.COUNTRY, operator=Operator.ONE_OF, value=["FR", "France"])],
    [Criterion(attribute=Attribute.COUNTRY, value="Korea")],
    [Criterion(attribute=Attribute.COUNTRY, value="")],
    [Criterion(attribute=Attribute.CITY, operator=Operator.NOT_EQUALS, value="")],
    [Criterion(attribute=Attribute.AGENTS_AVAILABLE, value="maybe")],
    [],
]


def _routing(r: random.Random) -> RoundRobin | AgentRouting | TeamRouting | CustomRules:
    kind = r.randrange(4)
    if kind == 0:
        return RoundRobin()
    if kind == 1:
        return AgentRouting(agent=r.choice(AGENTS))
    if kind == 2:
        return TeamRouting(team=r.choice(TEAMS))
    rules = [
        Rule(criteria=r.choice(CRITERIA), agent=r.choice(AGENTS))
        if r.random() < 0.5
        else Rule(criteria=r.choice(CRITERIA), team=r.choice(TEAMS))
        for _ in range(r.randrange(4))
    ]
    return CustomRules(rules=rules)


def _card(r: random.Random, i: int, ids: list[str]) -> Card:
    card_id = f"c{i}" if r.random() < 0.9 or not ids else r.choice(ids)  # some duplicate ids
    common = {"id": card_id, "title": r.choice(["", f"Card {i}", "Sam's {offer}"])}
    if r.random() < 0.1:
        common["poke"] = "Hey"
    kind = r.randrange(10)
    if kind == 0:
        return MessageCard(**common, text=r.choice(["", "Hi"]))
    if kind == 1:
        answers = [Answer(id=f"a{j}", label=f"Answer {j}") for j in range(r.randrange(3))]
        return QuestionCard(
            **common,
            text=r.choice(["", "Chat?"]),
            answers=answers,
            allow_free_text=r.random() < 0.3,
            store_in_field=r.choice([None, "email", "first_name"]),
        )
    if kind == 2:
        fields = [
            CaptureField(kind=k, required=r.random() < 0.7)
            for k in ("first_name", "email")
            if r.random() < 0.6
        ]
        if r.random() < 0.3:  # a picklist its own check may refuse (option-refused)
            check = r.choice(["email", "phone"])
            options = [r.choice(["Skip", "ana@acme.example", "+33 1 23 45 67 89"])]
            fields.append(
                CaptureField(kind="custom", name="reach_me", validation=check, options=options)
            )
        return InfoCaptureCard(**common, fields=fields)
    if kind == 3:
        return LiveChatCard(**common, routing=_routing(r))
    if kind == 4:
        return MeetingBookingCard(**common, routing=_routing(r))
    if kind == 5:
        outcomes = [
            Outcome(id=f"o{j}", label=r.choice(["", "Open"]), criteria=r.choice(CRITERIA))
            for j in range(r.randrange(3))
        ]
        return ConditionCard(**common, outcomes=outcomes)
    if kind == 6:
        return GoToCard(**common, target=r.choice([None, "ghost", *ids[-5:], card_id]))
    if kind == 7:
        return EndCard(**common)
    if kind == 8:
        value = r.choice(["", "x"])
        return ActionCard(**common, field=r.choice(["email", "first_name"]), value=value)
    return GoalCard(**common)


def _dialog(seed: int) -> Dialog:
    r = random.Random(seed)
    cards: list[Card] = []
    for i in range(r.randrange(1, 12)):
        cards.append(_card(r, i, [c.id for c in cards]))
    ids = [c.id for c in cards]
    edges = []
    for card in cards:
        ports = [key for key, _ in card.ports()] or ["next"]  # a link out of an ending card
        for port in ports:
            if r.random() < 0.75:
                edges.append(Edge(source=card.id, port=port, target=r.choice([*ids, "ghost"])))
            if r.random() < 0.05:
                edges.append(Edge(source=card.id, port=port, target=r.choice(ids)))  # a 2nd one
        if r.random() < 0.1:
            edges.append(Edge(source=card.id, port=r.choice(["next", "gone"]), target=ids[0]))
        if r.random() < 0.05:
            edges.append(Edge(source="nosuch", port="next", target=r.choice([*ids, "gone"])))
    start = r.choice([None, "ghost", *ids, *ids])
    return Dialog.model_construct(start=start, cards=cards, edges=edges)  # as a file may hold


@pytest.fixture(scope="module")
def corpus() -> list[Problem]:
    return [p for seed in range(500) for d in DIRECTORIES for p in validate(_dialog(seed), d)]


def test_the_corpus_reaches_every_sentence(corpus: list[Problem]):
    assert {p.template for p in corpus} == _templates()


def test_every_message_is_its_template_filled_with_its_args(corpus: list[Problem]):
    """So the editor's wording, translated or not, can never drift from the command line's."""
    for p in corpus:
        args = dict(p.args)
        assert p.message == p.template.format_map(args), p
        assert set(args) == _fields(p.template), p  # a translation may use any of them
        assert all(isinstance(v, str) for v in args.values()), p


def test_a_title_that_looks_like_a_field_is_quoted_as_written():
    d = Dialog(start="q", cards=[QuestionCard(id="q", title="Sam's {offer}", text="Hi?")])
    [p] = [p for p in validate(d) if p.code == "no-answers"]
    assert p.message.startswith("'Sam's {offer}' has no answers")
    assert dict(p.args) == {"title": "Sam's {offer}"}


def test_problems_differ_by_their_wording_and_stay_hashable():
    said = wording("'{title}' has no answers: add answers.", title="Ask")
    one = problem("no-answers", "q", said, "$.cards[0]")
    assert one == problem("no-answers", "q", said, "$.cards[0]")
    assert hash(one) == hash(problem("no-answers", "q", said, "$.cards[0]"))
    other = problem("no-answers", "q", wording("'{title}' x: y.", title="Ask"), "$.cards[0]")
    assert one != other
    assert (one.severity, one.message) == (Severity.ERROR, "'Ask' has no answers: add answers.")
    assert one.to_dict()["message"] == one.message  # the JSON form is unchanged
    assert set(one.to_dict()) == {"code", "severity", "card", "path", "message"}
