"""Undo and redo restore the exact document, whatever the user did (stateful hypothesis)."""

from __future__ import annotations

import contextlib
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from designer.errors import DesignerError
from designer.model.cards import CARD_CLASSES, Answer
from designer.model.codec import dumps_dialog
from designer.model.criteria import Criterion
from designer.model.routing import AgentRouting, CustomRules, RoundRobin, Rule, TeamRouting
from designer.ui.controller import DocumentController, new_session

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "talk-to-sales.json"
ROUTINGS = [
    RoundRobin(),
    AgentRouting(agent="sam.rivera@acme.example"),
    TeamRouting(team="EMEA"),
    CustomRules(rules=[Rule(criteria=[Criterion(attribute="country", value="FR")], team="EMEA")]),
]


class EditorMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.ctrl = DocumentController()
        self.ctrl.open(EXAMPLE)
        self.original = self.saved()

    def saved(self) -> str:
        return dumps_dialog(self.ctrl.document.to_dialog())

    def ids(self) -> list[str]:
        return self.ctrl.document.card_ids()

    @rule(kind=st.sampled_from(sorted(CARD_CLASSES)), x=st.integers(-900, 900))
    def add(self, kind: str, x: int) -> None:
        self.ctrl.add_card(kind, float(x), float(-x))

    @precondition(lambda self: len(self.ids()) > 0)
    @rule(data=st.data())
    def remove(self, data: st.DataObject) -> None:
        chosen = data.draw(st.lists(st.sampled_from(self.ids()), min_size=1, max_size=3))
        self.ctrl.remove_cards(chosen)

    @precondition(lambda self: len(self.ids()) > 0)
    @rule(data=st.data(), dx=st.integers(-200, 200), steps=st.integers(1, 4))
    def drag(self, data: st.DataObject, dx: int, steps: int) -> None:
        card_id = data.draw(st.sampled_from(self.ids()))
        session = new_session()
        start = self.ctrl.document.card(card_id).position
        for i in range(1, steps + 1):
            self.ctrl.move_cards({card_id: (start.x + dx * i, start.y)}, session=session)

    @precondition(lambda self: len(self.ids()) > 1)
    @rule(data=st.data())
    def connect(self, data: st.DataObject) -> None:
        source = data.draw(st.sampled_from(self.ids()))
        ports = self.ctrl.document.card(source).port_keys()
        target = data.draw(st.sampled_from(self.ids()))
        if ports:
            self.ctrl.connect_cards(source, data.draw(st.sampled_from(ports)), target)

    @precondition(lambda self: any(True for _ in self.ctrl.document.edges()))
    @rule(data=st.data())
    def disconnect(self, data: st.DataObject) -> None:
        edge = data.draw(st.sampled_from(sorted(self.ctrl.document.edges(), key=lambda e: e.key)))
        self.ctrl.disconnect_port(edge.source, edge.port)

    @rule(data=st.data(), n=st.integers(0, 3))
    def edit_answers(self, data: st.DataObject, n: int) -> None:
        questions = [c.id for c in self.ctrl.document.cards() if c.type == "question"]
        if questions:
            qid = data.draw(st.sampled_from(questions))
            answers = [Answer(id=f"a{i}", label=f"Answer {i}") for i in range(n)]
            if data.draw(st.booleans()):
                answers.insert(0, Answer(id="yes", label="Yes, renamed"))
            self.ctrl.update_card(qid, answers=answers)

    @rule(data=st.data(), text=st.text(max_size=12))
    def type_text(self, data: st.DataObject, text: str) -> None:
        messages = [c.id for c in self.ctrl.document.cards() if c.type == "message"]
        if messages:
            mid = data.draw(st.sampled_from(messages))
            session = new_session()
            for i in range(1, len(text) + 1):
                self.ctrl.update_card(mid, session=session, text=text[:i])

    @rule(data=st.data(), routing=st.sampled_from(ROUTINGS))
    def route(self, data: st.DataObject, routing) -> None:
        chats = [c.id for c in self.ctrl.document.cards() if c.type == "live_chat"]
        if chats:
            self.ctrl.set_routing(data.draw(st.sampled_from(chats)), routing)

    @precondition(lambda self: len(self.ids()) > 0)
    @rule(data=st.data())
    def paste(self, data: st.DataObject) -> None:
        chosen = data.draw(st.lists(st.sampled_from(self.ids()), min_size=1, max_size=4))
        fragment = self.ctrl.copy_fragment(chosen)
        self.ctrl.paste_fragment(fragment, (40.0, 40.0))

    @rule(data=st.data())
    def refused_edit(self, data: st.DataObject) -> None:
        if self.ids():
            with contextlib.suppress(DesignerError):
                self.ctrl.update_card(data.draw(st.sampled_from(self.ids())), title="x" * 600)

    @invariant()
    def undo_all_then_redo_all(self) -> None:
        stack = self.ctrl.undo_stack
        latest = self.saved()
        index = stack.index()
        stack.setIndex(0)
        assert self.saved() == self.original
        stack.setIndex(index)
        assert self.saved() == latest


EditorMachine.TestCase.settings = settings(
    max_examples=40,
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def test_undo_redo_restore_the_exact_document(qtbot) -> None:
    EditorMachine.TestCase().runTest()
