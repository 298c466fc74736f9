"""Document operations keep the graph consistent and say what changed."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from designer.errors import DesignerError
from designer.model.cards import Answer, EndCard, LiveChatCard, MessageCard, QuestionCard
from designer.model.dialog import Dialog, Edge
from designer.model.document import Document
from designer.model.routing import AgentRouting, TeamRouting


def small_doc() -> Document:
    doc = Document(Dialog(name="Talk"))
    doc.add_card(MessageCard(id="hi", text="Hello"))
    doc.add_card(
        QuestionCard(
            id="ask",
            text="Chat?",
            answers=[Answer(id="yes", label="Yes"), Answer(id="no", label="No")],
        )
    )
    doc.add_card(LiveChatCard(id="chat"))
    doc.add_card(EndCard(id="bye"))
    doc.connect("hi", "next", "ask")
    doc.connect("ask", "yes", "chat")
    doc.connect("ask", "no", "bye")
    doc.set_start("hi")
    return doc


class Recorder:
    def __init__(self, doc: Document) -> None:
        self.seen: list[tuple] = []
        for name in (
            "card_added",
            "card_removed",
            "card_changed",
            "card_moved",
            "edge_added",
            "edge_removed",
            "start_changed",
            "meta_changed",
        ):
            getattr(doc.events, name).connect(
                lambda *args, _name=name: self.seen.append((_name, *args))
            )


def test_removing_a_card_removes_its_edges_and_announces_them():
    doc = small_doc()
    rec = Recorder(doc)
    removed = doc.remove_card("ask")
    assert "ask" not in doc
    assert list(doc.edges()) == []
    assert [name for name, *_ in rec.seen] == ["edge_removed"] * 3 + ["card_removed"]
    assert {e.key for e in removed.edges} == {("hi", "next"), ("ask", "yes"), ("ask", "no")}


def test_restore_puts_back_the_exact_document():
    doc = small_doc()
    before = doc.to_dialog()
    doc.restore_card(doc.remove_card("hi"))
    assert doc.to_dialog() == before
    assert doc.start == "hi"


def test_connect_replaces_the_edge_of_that_port():
    doc = small_doc()
    rec = Recorder(doc)
    old = doc.connect("ask", "no", "chat")
    assert old == Edge(source="ask", port="no", target="bye")
    assert doc.edge("ask", "no").target == "chat"
    assert [n for n, *_ in rec.seen] == ["edge_removed", "edge_added"]
    assert doc.connect("ask", "no", "chat") is None  # same link again: no change, no event
    assert len(rec.seen) == 2


def test_live_chat_cannot_be_followed():
    doc = small_doc()
    with pytest.raises(DesignerError, match="ends its branch"):
        doc.connect("chat", "next", "bye")
    with pytest.raises(DesignerError, match="no output 'maybe'"):
        doc.connect("ask", "maybe", "bye")
    with pytest.raises(DesignerError, match="no card 'nowhere'"):
        doc.connect("ask", "yes", "nowhere")


def test_removing_an_answer_removes_its_edge_and_update_says_so():
    doc = small_doc()
    rec = Recorder(doc)
    upd = doc.update_card("ask", answers=[Answer(id="yes", label="Sure")])
    assert doc.card("ask").port_keys() == ["yes"]
    assert doc.edge("ask", "no") is None
    assert doc.edge("ask", "yes").target == "chat"  # renamed answer keeps its edge
    assert upd.removed_edges == (Edge(source="ask", port="no", target="bye"),)
    assert rec.seen[-1] == ("card_changed", "ask", ("answers",))


def test_invalid_update_names_the_property_and_changes_nothing():
    doc = small_doc()
    before = doc.to_dialog()
    with pytest.raises(DesignerError, match="answers"):
        doc.update_card("ask", answers=[{"id": "a b", "label": "x"}])
    with pytest.raises(DesignerError, match="cannot be changed"):
        doc.update_card("ask", type="message")
    assert doc.to_dialog() == before


def test_set_routing_only_on_cards_with_routing():
    doc = small_doc()
    doc.set_routing("chat", TeamRouting(team="EMEA"))
    assert doc.card("chat").routing == TeamRouting(team="EMEA")
    with pytest.raises(DesignerError, match="has no routing"):
        doc.set_routing("hi", AgentRouting(agent="a@b.c"))


def test_move_announces_the_new_position_once():
    doc = small_doc()
    rec = Recorder(doc)
    old = doc.move_card("hi", 40, 80)
    assert (old.x, old.y) == (0, 0)
    doc.move_card("hi", 40, 80)
    assert [n for n, *_ in rec.seen] == ["card_moved"]
    assert doc.card("hi").position.x == 40


def test_meta_and_start():
    doc = small_doc()
    assert doc.set_meta(name="Sales") == {"name": "Talk"}
    with pytest.raises(DesignerError, match="language"):
        doc.set_meta(language="not a language")
    assert doc.set_start("ask") == "hi"
    with pytest.raises(DesignerError):
        doc.set_start("nope")


def test_new_card_ids_are_readable_and_fresh():
    doc = small_doc()
    assert doc.new_card_id("info_capture") == "info-capture-1"
    doc.add_card(MessageCard(id="message-1"))
    assert doc.new_card_id("message") == "message-2"


def test_duplicate_ids_in_a_dialog_are_refused_by_the_editor():
    dialog = Dialog(cards=[MessageCard(id="a"), MessageCard(id="a")])
    with pytest.raises(DesignerError, match="used by two cards"):
        Document(dialog)


# --- every operation can be undone by its returned value -------------------------

ops = st.lists(
    st.tuples(
        st.sampled_from(["add", "remove", "connect", "disconnect", "move", "answers", "start"]),
        st.integers(0, 9),
        st.integers(0, 9),
        st.integers(-500, 500),
    ),
    max_size=30,
)


@settings(max_examples=150, deadline=None)
@given(ops)
def test_undoing_every_operation_in_reverse_restores_the_document(sequence):
    doc = small_doc()
    original = doc.to_dialog()
    undo: list = []
    for op, i, j, n in sequence:
        ids = doc.card_ids()
        a = ids[i % len(ids)] if ids else None
        b = ids[j % len(ids)] if ids else None
        if op == "add":
            cid = doc.new_card_id("message")
            doc.add_card(MessageCard(id=cid, text=str(n)), index=i)
            undo.append(lambda cid=cid: doc.remove_card(cid))
        elif op == "remove" and a:
            removed = doc.remove_card(a)
            undo.append(lambda r=removed: doc.restore_card(r))
        elif op == "connect" and a and b and doc.card(a).port_keys():
            port = doc.card(a).port_keys()[j % len(doc.card(a).port_keys())]
            previous = doc.edge(a, port)
            doc.connect(a, port, b)
            undo.append(
                lambda a=a, port=port, p=previous: doc.add_edge(p) if p else doc.disconnect(a, port)
            )
        elif op == "disconnect" and a and doc.edges_from(a):
            edge = doc.disconnect(a, doc.edges_from(a)[0].port)
            undo.append(lambda e=edge: doc.add_edge(e))
        elif op == "move" and a:
            old = doc.move_card(a, n, -n)
            undo.append(lambda a=a, o=old: doc.move_card(a, o.x, o.y))
        elif op == "answers" and a and doc.card(a).type == "question":
            upd = doc.update_card(a, answers=[Answer(id="yes", label=f"Yes {n}")])
            undo.append(
                lambda u=upd: (doc.replace_card(u.old), [doc.add_edge(e) for e in u.removed_edges])
            )
        elif op == "start" and a:
            old_start = doc.set_start(a)
            undo.append(lambda s=old_start: doc.set_start(s))
    for step in reversed(undo):
        step()
    assert doc.to_dialog() == original
