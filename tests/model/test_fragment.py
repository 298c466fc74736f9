"""Copy and paste: a fragment keeps its inner links, and pasting never breaks the document."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from designer.errors import DesignerError
from designer.model.cards import (
    ID_PATTERN,
    Answer,
    EndCard,
    GoToCard,
    MessageCard,
    Position,
    QuestionCard,
)
from designer.model.codec import load_dialog
from designer.model.dialog import Dialog, Edge
from designer.model.document import Document
from designer.model.fragment import FORMAT, Fragment, extract, rebase

EXAMPLES = sorted((Path(__file__).parents[2] / "examples").glob("*.json"))
NO_CARDS = "the clipboard holds no Stream Designer cards; copy cards first"


def menu_doc() -> Document:
    """hi -> ask (yes: chat-1, no: bye); again jumps back to ask."""
    doc = Document(Dialog(name="Menu"))
    doc.add_card(MessageCard(id="hi", text="Hello", poke="Need help?", position=Position(x=0, y=0)))
    doc.add_card(
        QuestionCard(
            id="ask",
            text="Chat?",
            answers=[Answer(id="yes", label="Yes"), Answer(id="no", label="No")],
            position=Position(x=0, y=160),
        )
    )
    doc.add_card(MessageCard(id="chat-1", text="Sure", position=Position(x=-200, y=320)))
    doc.add_card(EndCard(id="bye", position=Position(x=200, y=320)))
    doc.add_card(GoToCard(id="again", target="ask", position=Position(x=-200, y=480)))
    doc.connect("hi", "next", "ask")
    doc.connect("ask", "yes", "chat-1")
    doc.connect("ask", "no", "bye")
    doc.connect("chat-1", "next", "again")
    doc.set_start("hi")
    return doc


def paste(doc: Document, fragment: Fragment, offset: tuple[float, float]) -> Fragment:
    """Paste as the editor does: rebase against the document, then add cards and links."""
    piece = rebase(fragment, set(doc.card_ids()), offset)
    for card in piece.cards:
        doc.add_card(card)
    for edge in piece.edges:
        doc.connect(edge.source, edge.port, edge.target)
    return piece


# --- extract ---------------------------------------------------------------------------


def test_extract_keeps_only_links_inside_the_selection() -> None:
    doc = menu_doc()
    piece = extract(doc, ["bye", "ask", "hi"])
    assert [c.id for c in piece.cards] == ["hi", "ask", "bye"]  # document order
    assert {(e.source, e.port, e.target) for e in piece.edges} == {
        ("hi", "next", "ask"),
        ("ask", "no", "bye"),
    }


def test_extract_of_one_card_or_of_nothing() -> None:
    doc = menu_doc()
    assert extract(doc, ["ask"]).edges == []
    assert extract(doc, []) == Fragment()
    assert [c.id for c in extract(doc, ["ask", "not-there"]).cards] == ["ask"]


# --- rebase ----------------------------------------------------------------------------


def test_rebase_renames_only_taken_ids_and_rewires_links_and_jumps() -> None:
    doc = menu_doc()
    piece = extract(doc, ["ask", "chat-1", "again", "bye"])
    pasted = rebase(piece, {"ask", "chat-1", "hi"}, (40, 60))
    assert [c.id for c in pasted.cards] == ["ask-2", "chat-2", "bye", "again"]
    assert {(e.source, e.port, e.target) for e in pasted.edges} == {
        ("ask-2", "yes", "chat-2"),
        ("ask-2", "no", "bye"),
        ("chat-2", "next", "again"),
    }
    jump = next(c for c in pasted.cards if isinstance(c, GoToCard))
    assert jump.target == "ask-2"


def test_rebase_shifts_positions_and_clears_pokes() -> None:
    piece = extract(menu_doc(), ["hi", "ask", "chat-1"])
    pasted = rebase(piece, set(), (40, -20.5))
    assert [c.id for c in pasted.cards] == ["hi", "ask", "chat-1"]
    assert [(c.position.x, c.position.y) for c in pasted.cards] == [
        (40, -20.5),
        (40, 139.5),
        (-160, 299.5),
    ]
    assert all(c.poke is None for c in pasted.cards)
    assert piece.cards[0].poke == "Need help?"  # the copy itself is untouched


def test_rebase_keeps_a_jump_that_leaves_the_fragment() -> None:
    pasted = rebase(extract(menu_doc(), ["again"]), {"again"}, (0, 0))
    assert [(c.id, c.target) for c in pasted.cards if isinstance(c, GoToCard)] == [
        ("again-2", "ask")
    ]


def test_rebase_drops_links_that_leave_the_fragment() -> None:
    stray = Fragment(
        cards=[MessageCard(id="a"), MessageCard(id="b")],
        edges=[
            Edge(source="a", port="next", target="b"),
            Edge(source="b", port="next", target="elsewhere"),
        ],
    )
    pasted = rebase(stray, {"a"}, (0, 0))
    assert [(e.source, e.target) for e in pasted.edges] == [("a-2", "b")]


def test_fresh_ids_never_collide_with_each_other() -> None:
    piece = Fragment(cards=[MessageCard(id="a"), MessageCard(id="a-2"), MessageCard(id="a-3")])
    pasted = rebase(piece, {"a", "a-2", "a-3"}, (0, 0))
    ids = [c.id for c in pasted.cards]
    assert len(set(ids)) == 3
    assert not set(ids) & {"a", "a-2", "a-3"}


def test_pasting_twice_gives_two_copies() -> None:
    doc = menu_doc()
    piece = extract(doc, ["ask", "chat-1", "bye"])
    first = paste(doc, piece, (40, 40))
    second = paste(doc, piece, (80, 80))
    assert [c.id for c in first.cards] == ["ask-2", "chat-2", "bye-2"]
    assert [c.id for c in second.cards] == ["ask-3", "chat-3", "bye-3"]
    assert len(doc) == 11


def test_fresh_ids_stay_valid_ids() -> None:
    long_ids = ["a" * 64, "b" * 63 + "7", "c" * 62 + "-9"]
    piece = Fragment(cards=[MessageCard(id=i) for i in long_ids])
    pasted = rebase(piece, set(long_ids), (0, 0))
    assert all(re.match(ID_PATTERN, c.id) for c in pasted.cards)
    assert Fragment.from_text(pasted.to_text()) == pasted


# --- the clipboard text ---------------------------------------------------------------------


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_text_round_trip(path: Path) -> None:
    doc = Document(load_dialog(path))
    piece = extract(doc, doc.card_ids())
    text = piece.to_text()
    assert json.loads(text)["format"] == FORMAT
    assert Fragment.from_text(text) == piece


def test_text_uses_the_file_names_for_links() -> None:
    data = json.loads(extract(menu_doc(), ["hi", "ask"]).to_text())
    assert data["edges"] == [{"from": "hi", "branch": "next", "to": "ask"}]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "hello",
        "[1, 2]",
        "{}",
        '{"format": "something/else", "cards": []}',
        '{"format": "stream-designer/cards", "cards": [{"type": "nope", "id": "x"}]}',
        '{"format": "stream-designer/cards", "cards": [], "extra": 1}',
        '{"format": "stream-designer/cards", "cards": [{"type": "message", "id": "bad id"}]}',
    ],
)
def test_from_text_refuses_what_is_not_cards(text: str) -> None:
    with pytest.raises(DesignerError) as caught:
        Fragment.from_text(text)
    assert caught.value.code == "no-cards"
    assert str(caught.value) == NO_CARDS


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_from_text_refuses_a_dialog_file(path: Path) -> None:
    with pytest.raises(DesignerError, match=re.escape(NO_CARDS)):
        Fragment.from_text(path.read_text(encoding="utf-8"))


# --- any selection of the examples, pasted back -------------------------------------------


@st.composite
def selections(draw: st.DrawFn) -> tuple[Dialog, list[list[str]], tuple[float, float]]:
    """Some picks from an example (or the menu, which has a Go To) and a paste offset."""
    source = draw(st.sampled_from([*EXAMPLES, None]))
    dialog = load_dialog(source) if source else menu_doc().to_dialog()
    ids = [c.id for c in dialog.cards]
    picks = draw(st.lists(st.lists(st.sampled_from(ids), unique=True), min_size=1, max_size=3))
    offset = draw(st.tuples(st.integers(-500, 500), st.integers(-500, 500)))
    return dialog, picks, (float(offset[0]), float(offset[1]))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(selections(), st.booleans())
def test_pasting_any_selection_keeps_the_document_whole(
    case: tuple[Dialog, list[list[str]], tuple[float, float]], via_text: bool
) -> None:
    dialog, picks, (dx, dy) = case
    doc = Document(dialog)
    for pick in picks:
        piece = extract(doc, pick)
        if via_text:
            piece = Fragment.from_text(piece.to_text())
        before = set(doc.card_ids())
        pasted = paste(doc, piece, (dx, dy))  # add_card/connect raise on a duplicate or bad link
        renamed = {old.id: new.id for old, new in zip(piece.cards, pasted.cards, strict=True)}
        assert set(renamed) == set(pick)
        assert len(set(renamed.values())) == len(pick)
        assert not before & set(renamed.values())
        assert all(re.match(ID_PATTERN, i) for i in renamed.values())
        assert len(pasted.edges) == len(piece.edges)
        for old, new in zip(piece.cards, pasted.cards, strict=True):
            assert (new.position.x, new.position.y) == (old.position.x + dx, old.position.y + dy)
            assert new.poke is None
            same = {"id", "position", "poke", "target"}
            assert new.model_dump(exclude=same) == old.model_dump(exclude=same)
            if isinstance(old, GoToCard) and isinstance(new, GoToCard):
                assert new.target == renamed.get(old.target or "", old.target)
    result = doc.to_dialog()
    ids = [c.id for c in result.cards]
    assert len(ids) == len(set(ids))
    assert all(e.source in doc and e.target in doc for e in result.edges)
    jumps = [c.target for c in result.cards if isinstance(c, GoToCard) and c.target]
    assert all(t in doc for t in jumps)
