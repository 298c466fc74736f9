"""Live validation: after any edits it says exactly what a full validation says, and
rechecks only what an edit touched."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from designer.errors import DesignerError
from designer.model.cards import (
    CARD_CLASSES,
    ActionCard,
    Answer,
    CaptureField,
    ConditionCard,
    GoToCard,
    InfoCaptureCard,
    LiveChatCard,
    Outcome,
    QuestionCard,
)
from designer.model.codec import load_dialog
from designer.model.criteria import Attribute, Criterion
from designer.model.dialog import Edge
from designer.model.document import Document
from designer.model.routing import AgentRouting, CustomRules, RoundRobin, Rule, TeamRouting
from designer.model.validation import AgentInfo, Problem, StaticDirectory, validate
from designer.model.validation.live import LiveValidation

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "examples").glob("*.json"))
PATH_CODES = {
    "unreachable",
    "no-question-before-live-chat",
    "no-info-capture-before-live-chat",
    "no-availability-check",
    "loop-without-exit",
}
DIRECTORIES = [
    None,
    StaticDirectory(),
    StaticDirectory(
        [AgentInfo("ann@example.com", "Ann", True), AgentInfo("bob@example.com", "Bob", False)],
        {"EMEA": ["ann@example.com"], "Night": ["bob@example.com"]},
    ),
]
ROUTINGS = [
    RoundRobin(),
    AgentRouting(agent="ann@example.com"),
    AgentRouting(agent="bob@example.com"),
    AgentRouting(agent="nobody@example.com"),
    TeamRouting(team="EMEA"),
    TeamRouting(team="Ghosts"),
    CustomRules(
        rules=[
            Rule(criteria=[Criterion(attribute=Attribute.COUNTRY, value="France")], team="EMEA"),
            Rule(criteria=[Criterion(attribute=Attribute.COUNTRY, value="France")], agent="x@y.z"),
        ]
    ),
]
AVAILABLE = Criterion(attribute=Attribute.AGENTS_AVAILABLE, value="yes")


class LiveMatchesFull(RuleBasedStateMachine):
    """Random edits of an example dialog; live problems always equal a full validation."""

    def __init__(self) -> None:
        super().__init__()
        self.directory = DIRECTORIES[2]
        self.doc = Document(load_dialog(EXAMPLES[len(EXAMPLES) - 1]))
        self.doc.add_card(GoToCard(id="again", target=self.doc.card_ids()[1]))
        self.live = LiveValidation(self.doc, self.directory)
        self.deferred = False
        self.shown: dict[str | None, list[Problem]] = {}
        """Each card's problems when the editor last asked what changed."""

    def ids(self) -> list[str]:
        return self.doc.card_ids() or ["missing"]

    def of_type(self, cls: type) -> list[str]:
        return [c.id for c in self.doc.cards() if isinstance(c, cls)]

    @rule(kind=st.sampled_from(sorted(CARD_CLASSES)), data=st.data())
    def add(self, kind: str, data: st.DataObject) -> None:
        card = CARD_CLASSES[kind].model_validate({"id": self.doc.new_card_id(kind)})
        index = data.draw(st.none() | st.integers(0, len(self.doc)))
        self.doc.add_card(card, index)

    @rule(data=st.data())
    def remove(self, data: st.DataObject) -> None:
        with contextlib.suppress(DesignerError):
            self.doc.remove_card(data.draw(st.sampled_from(self.ids())))

    @rule(data=st.data())
    def restore(self, data: st.DataObject) -> None:
        """Remove then put back: the card returns to its old place (undo)."""
        card_id = data.draw(st.sampled_from(self.ids()))
        with contextlib.suppress(DesignerError):
            self.doc.restore_card(self.doc.remove_card(card_id))

    @rule(data=st.data())
    def connect(self, data: st.DataObject) -> None:
        source = data.draw(st.sampled_from(self.ids()))
        target = data.draw(st.sampled_from(self.ids()))
        if source in self.doc:
            ports = self.doc.card(source).port_keys()
            if ports:
                with contextlib.suppress(DesignerError):
                    self.doc.connect(source, data.draw(st.sampled_from(ports)), target)

    @rule(data=st.data(), port=st.sampled_from(["next", "ghost-port", "yes"]))
    def broken_edge(self, data: st.DataObject, port: str) -> None:
        """A link validation flags, as a file or an undo can bring it."""
        source = data.draw(st.sampled_from([*self.ids(), "nowhere"]))
        target = data.draw(st.sampled_from([*self.ids(), "ghost"]))
        self.doc.add_edge(Edge(source=source, port=port, target=target))

    @rule(data=st.data())
    def disconnect(self, data: st.DataObject) -> None:
        edges = sorted(self.doc.edges(), key=lambda e: e.key)
        if edges:
            edge = data.draw(st.sampled_from(edges))
            self.doc.disconnect(edge.source, edge.port)

    @rule(data=st.data(), title=st.sampled_from(["", "Renamed", "Ask again"]))
    def rename(self, data: st.DataObject, title: str) -> None:
        card_id = data.draw(st.sampled_from(self.ids()))
        if card_id in self.doc:
            self.doc.update_card(card_id, title=title)

    @rule(data=st.data(), n=st.integers(0, 3), free=st.booleans())
    def answers(self, data: st.DataObject, n: int, free: bool) -> None:
        questions = self.of_type(QuestionCard)
        if questions:
            answers = [Answer(id=f"a{k}", label=f"Answer {k}") for k in range(n)]
            qid = data.draw(st.sampled_from(questions))
            self.doc.update_card(qid, answers=answers, allow_free_text=free)

    @rule(data=st.data(), text=st.sampled_from(["", "  ", "Hello"]))
    def text(self, data: st.DataObject, text: str) -> None:
        cards = self.of_type(QuestionCard) + [c.id for c in self.doc.cards() if c.type == "message"]
        if cards:
            self.doc.update_card(data.draw(st.sampled_from(cards)), text=text)

    @rule(data=st.data())
    def goto(self, data: st.DataObject) -> None:
        gotos = self.of_type(GoToCard)
        if gotos:
            target = data.draw(st.none() | st.sampled_from([*self.ids(), "later-card"]))
            self.doc.update_card(data.draw(st.sampled_from(gotos)), target=target)

    @rule(data=st.data())
    def remove_a_jump_target(self, data: st.DataObject) -> None:
        """The Go To is left pointing at a card that is gone (and back again on undo)."""
        jumps = [c for c in self.doc.cards() if isinstance(c, GoToCard) and c.target in self.doc]
        if jumps:
            target = data.draw(st.sampled_from(jumps)).target
            removed = self.doc.remove_card(target)
            if data.draw(st.booleans()):
                # A broken link it had (see broken_edge) cannot be made again: the card
                # comes back without it, as in ``restore``.
                with contextlib.suppress(DesignerError):
                    self.doc.restore_card(removed)

    @rule(data=st.data())
    def start(self, data: st.DataObject) -> None:
        self.doc.set_start(data.draw(st.none() | st.sampled_from(self.doc.card_ids() or [None])))

    @rule(data=st.data(), poke=st.sampled_from([None, "Hi!"]))
    def poke(self, data: st.DataObject, poke: str | None) -> None:
        card_id = data.draw(st.sampled_from(self.ids()))
        if card_id in self.doc:
            self.doc.update_card(card_id, poke=poke)

    @rule(data=st.data(), routing=st.sampled_from(ROUTINGS))
    def route(self, data: st.DataObject, routing) -> None:
        chats = self.of_type(LiveChatCard)
        if chats:
            self.doc.set_routing(data.draw(st.sampled_from(chats)), routing)

    @rule(data=st.data(), n=st.integers(0, 2), checks=st.booleans())
    def outcomes(self, data: st.DataObject, n: int, checks: bool) -> None:
        conditions = self.of_type(ConditionCard)
        if conditions:
            crit = [AVAILABLE] if checks else []
            outcomes = [Outcome(id=f"o{k}", label=f"O{k}", criteria=crit) for k in range(n)]
            self.doc.update_card(data.draw(st.sampled_from(conditions)), outcomes=outcomes)

    @rule(data=st.data(), kinds=st.lists(st.sampled_from(["first_name", "email", "company"])))
    def capture(self, data: st.DataObject, kinds: list[str]) -> None:
        captures = self.of_type(InfoCaptureCard)
        if captures:
            fields = [CaptureField(kind=k, prompt="?") for k in dict.fromkeys(kinds)]
            self.doc.update_card(data.draw(st.sampled_from(captures)), fields=fields)

    @rule(data=st.data(), value=st.sampled_from(["", "Ann"]))
    def action(self, data: st.DataObject, value: str) -> None:
        actions = self.of_type(ActionCard)
        if actions:
            aid = data.draw(st.sampled_from(actions))
            self.doc.update_card(aid, field="first_name", value=value)

    @rule(which=st.integers(0, len(DIRECTORIES) - 1))
    def workspace(self, which: int) -> None:
        self.directory = DIRECTORIES[which]
        self.live.set_directory(self.directory)

    @rule(deferred=st.booleans())
    def defer_paths(self, deferred: bool) -> None:
        """The editor leaves the graph walks for when the marketer pauses."""
        self.deferred = deferred

    @invariant()
    def same_as_full_validation(self) -> None:
        expected = validate(self.doc.to_dialog(), self.directory)
        if self.deferred:
            self.live.refresh(paths=False)
            got = [p for p in self.live.problems() if p.code not in PATH_CODES]
            assert got == [p for p in expected if p.code not in PATH_CODES]
            ids = set(self.doc.card_ids())
            assert all(p.card_id in ids for p in self.live.problems() if p.code in PATH_CODES)
        else:
            self.live.refresh()
            assert self.live.problems() == expected
        self.each_card_and_what_changed()

    def each_card_and_what_changed(self) -> None:
        """Each card's list is its share of the whole list, and the changed cards are exactly
        those whose list differs from when the editor last asked (what the canvas repaints)."""
        problems = self.live.problems()
        assert self.live.problems() is problems  # nothing changed: the very same list
        by_card: dict[str | None, list[Problem]] = {}
        for p in problems:
            by_card.setdefault(p.card_id, []).append(p)
        for card_id in {None, *self.doc.card_ids(), *by_card, *self.shown}:
            assert self.live.problems_of(card_id) == by_card.get(card_id, [])
        changed = {
            c for c in by_card.keys() | self.shown.keys() if by_card.get(c) != self.shown.get(c)
        }
        assert self.live.take_changed_cards() == changed
        assert self.live.take_changed_cards() == set()
        self.shown = by_card


LiveMatchesFull.TestCase.settings = settings(
    max_examples=150,
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
test_live_validation_matches_full_validation = LiveMatchesFull.TestCase


def big_document(n: int) -> Document:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from generate import generated_dialog  # the benchmarks' realistic generator
    finally:
        sys.path.remove(str(ROOT / "bench"))
    return Document(generated_dialog(n))


@pytest.fixture(scope="module")
def big() -> Document:
    return big_document(2000)


def test_a_rename_rechecks_one_card_and_walks_nothing(big: Document) -> None:
    live = LiveValidation(big)
    live.refresh()
    before = list(live.problems())
    walks, checked = live.graph_walks, live.cards_checked
    chat = next(c for c in big.cards() if isinstance(c, LiveChatCard))
    big.update_card(chat.id, title="Sales team")
    live.refresh()
    assert live.graph_walks == walks  # a title is not a path
    assert live.cards_checked == checked + 1
    after = live.problems()
    assert after == validate(big.to_dialog())
    assert any("'Sales team'" in p.message for p in after)  # the path warning is reworded
    assert len(after) == len(before)


def test_adding_an_answer_walks_nothing_and_reports_its_dead_end(big: Document) -> None:
    live = LiveValidation(big)
    live.refresh()
    walks = live.graph_walks
    question = next(c for c in big.cards() if isinstance(c, QuestionCard))
    big.update_card(question.id, answers=[*question.answers, Answer(id="later", label="Later")])
    live.refresh()
    assert live.graph_walks == walks
    dead = [p for p in live.problems() if p.code == "dead-end" and p.card_id == question.id]
    assert [p.message for p in dead] == [
        f"Answer 'Later' of '{question.display_title()}' leads nowhere: connect it to a card, "
        "or to an End card."
    ]


def test_a_link_rewalks_the_paths_but_only_when_asked(big: Document) -> None:
    live = LiveValidation(big)
    live.refresh()
    walks = live.graph_walks
    edge = next(iter(big.edges()))
    big.disconnect(edge.source, edge.port)
    live.refresh(paths=False)
    assert live.graph_walks == walks and live.paths_pending
    assert any(p.code == "dead-end" and p.card_id == edge.source for p in live.problems())
    live.refresh()
    assert live.graph_walks == walks + 1 and not live.paths_pending
    assert live.problems() == validate(big.to_dialog())


def test_removing_a_card_drops_its_path_problems_at_once(big: Document) -> None:
    live = LiveValidation(big)
    live.refresh()
    flagged = next(p.card_id for p in live.problems() if p.code in PATH_CODES)
    big.remove_card(flagged)
    live.refresh(paths=False)
    assert all(p.card_id != flagged for p in live.problems())


def test_closed_validation_no_longer_follows_the_document(big: Document) -> None:
    live = LiveValidation(big)
    live.refresh()
    live.close()
    card = next(c for c in big.cards() if isinstance(c, QuestionCard))
    big.update_card(card.id, text="")
    assert not live.refresh()
