"""Auto-layout draws a readable top-down flow: no overlaps, start on top, edges going down."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from designer.model import layout
from designer.model.cards import (
    Answer,
    CaptureField,
    Card,
    ConditionCard,
    EndCard,
    GoToCard,
    InfoCaptureCard,
    LiveChatCard,
    MessageCard,
    Outcome,
    Position,
    QuestionCard,
)
from designer.model.codec import dumps_dialog, load_dialog
from designer.model.dialog import Dialog, Edge
from designer.model.layout import DEFAULT_SIZE, GRID, layered_layout

EXAMPLES = sorted((Path(__file__).parents[2] / "examples").glob("*.json"))
Positions = Mapping[str, tuple[float, float]]


# --- helpers -----------------------------------------------------------------------


def generated_dialog(n: int, seed: int = 0) -> Dialog:
    """About ``n`` cards shaped like a real dialog, the same for the same arguments.

    A tree of Questions (2-3 answers) with Messages between them; branches end in
    Info Capture -> Live Chat, an availability Condition, a shared or own End, or
    a Go To jumping to an earlier question.
    """
    rng = random.Random(seed)
    cards: list[Card] = []
    edges: list[Edge] = []
    questions: list[str] = []
    frontier: list[tuple[str, str]] = []

    def add(card: Card) -> str:
        cards.append(card)
        return card.id

    def link(source: str, port: str, target: str) -> None:
        edges.append(Edge(source=source, port=port, target=target))

    def question() -> str:
        answers = [Answer(id=f"a{i}", label=f"Answer {i}") for i in range(rng.choice((2, 3)))]
        qid = add(QuestionCard(id=f"q{len(cards)}", text="Which one?", answers=answers))
        questions.append(qid)
        frontier.extend((qid, a.id) for a in answers)
        return qid

    welcome = add(MessageCard(id="welcome", text="Hi!"))
    bye = add(EndCard(id="bye", message="Bye"))
    link(welcome, "next", question())
    while frontier:
        source, port = frontier.pop(0 if rng.random() < 0.7 else -1)
        roll, k = rng.random(), len(cards)
        if len(cards) + 3 * len(frontier) < n and (roll < 0.5 or not frontier):
            if roll < 0.3:
                note = add(MessageCard(id=f"m{k}", text="Good to know."))
                link(source, port, note)
                link(note, "next", question())
            else:
                link(source, port, question())
        elif roll < 0.25:
            ask = add(InfoCaptureCard(id=f"i{k}", fields=[CaptureField(kind="email")]))
            link(source, port, ask)
            link(ask, "next", add(LiveChatCard(id=f"c{k}")))
        elif roll < 0.45:
            check = add(ConditionCard(id=f"o{k}", outcomes=[Outcome(id="online")]))
            link(source, port, check)
            link(check, "online", add(LiveChatCard(id=f"c{k}")))
            note = add(MessageCard(id=f"n{k}", text="We will email you."))
            link(check, "else", note)
            link(note, "next", bye)
        elif roll < 0.6:
            link(source, port, bye)
        elif roll < 0.75:
            link(source, port, add(GoToCard(id=f"g{k}", target=rng.choice(questions))))
        else:
            link(source, port, add(EndCard(id=f"e{k}")))
    return Dialog(name=f"Generated {n}", start=welcome, cards=cards, edges=edges)


@contextmanager
def own_layering() -> Iterator[None]:
    """Force the linear-time layering that big dialogs get instead of grandalf."""
    saved = layout.GRANDALF_MAX_VERTICES
    layout.GRANDALF_MAX_VERTICES = 0
    try:
        yield
    finally:
        layout.GRANDALF_MAX_VERTICES = saved


def engine(own: bool) -> AbstractContextManager[None]:
    return own_layering() if own else nullcontext()


def size_of(sizes: Mapping[str, tuple[float, float]], card_id: str) -> tuple[float, float]:
    return sizes.get(card_id, DEFAULT_SIZE)


def overlapping(pos: Positions, sizes: Mapping[str, tuple[float, float]]) -> list[tuple[str, str]]:
    """Pairs of cards whose rectangles overlap (touching is fine): a sweep along x."""
    boxes = sorted((x, y, *size_of(sizes, cid), cid) for cid, (x, y) in pos.items())
    found = []
    for i, (x, y, w, h, cid) in enumerate(boxes):
        for x2, y2, _w2, h2, other in boxes[i + 1 :]:
            if x2 >= x + w:
                break
            if y2 < y + h and y < y2 + h2:
                found.append((cid, other))
    return found


def successors(dialog: Dialog) -> dict[str, set[str]]:
    """Edges and Go To jumps, as the layout follows them."""
    out: dict[str, set[str]] = {c.id: set() for c in dialog.cards}
    for e in dialog.edges:
        if e.source in out and e.target in out:
            out[e.source].add(e.target)
    for c in dialog.cards:
        if isinstance(c, GoToCard) and c.target in out:
            out[c.id].add(c.target)
    return out


def reaches(out: dict[str, set[str]], source: str, target: str) -> bool:
    seen, todo = {source}, [source]
    while todo:
        node = todo.pop()
        if node == target:
            return True
        fresh = out[node] - seen
        seen |= fresh
        todo.extend(sorted(fresh))
    return False


def links(dialog: Dialog) -> list[tuple[str, str]]:
    out = successors(dialog)
    return [(s, t) for s, targets in out.items() for t in sorted(targets)]


def assert_readable(dialog: Dialog, pos: Positions, sizes: Mapping[str, tuple[float, float]]):
    """The promises: all placed, on grid, no overlap, start on top, edges off loops go down."""
    ids = {c.id for c in dialog.cards}
    assert set(pos) == ids
    assert all(x % GRID == 0 and y % GRID == 0 for x, y in pos.values())
    assert overlapping(pos, sizes) == []
    if dialog.start in ids:
        top = pos[dialog.start][1]
        assert all(y >= top for _, y in pos.values())
    out = successors(dialog)
    for source, target in links(dialog):
        on_loop = source == target or target == dialog.start or reaches(out, target, source)
        if not on_loop:
            assert pos[target][1] > pos[source][1], f"{source} -> {target} goes up"


def answers_in_order(dialog: Dialog, pos: Positions) -> list[str]:
    """Questions whose own answer cards (reached only through them) are not left to right."""
    entries: dict[str, int] = {}
    for e in dialog.edges:
        entries[e.target] = entries.get(e.target, 0) + 1
    wrong = []
    for card in dialog.cards:
        if isinstance(card, QuestionCard):
            ports = {e.port: e.target for e in dialog.edges if e.source == card.id}
            own = [ports[a.id] for a in card.answers if entries.get(ports.get(a.id, ""), 0) == 1]
            xs = [pos[t][0] for t in own]
            if xs != sorted(xs) or len(set(xs)) != len(xs):
                wrong.append(card.id)
    return wrong


# --- the examples ------------------------------------------------------------------------


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_examples_lay_out_as_a_top_down_flow(path: Path) -> None:
    dialog = load_dialog(path)
    pos = layered_layout(dialog)
    assert_readable(dialog, pos, {})
    others = [y for cid, (_, y) in pos.items() if cid != dialog.start]
    assert min(others) > pos[dialog.start or ""][1]
    assert answers_in_order(dialog, pos) == []


def test_the_sales_flow_keeps_answers_left_to_right(sales_dialog: Dialog) -> None:
    dialog = sales_dialog
    pos = layered_layout(dialog)
    assert_readable(dialog, pos, {})
    assert pos["details"][0] < pos["later"][0]  # Yes, then No
    assert pos["welcome"] == (0.0, 0.0)


def test_same_dialog_same_positions_and_a_second_run_changes_nothing() -> None:
    dialog = generated_dialog(300, seed=4)
    first = layered_layout(dialog)
    assert layered_layout(dialog) == first
    moved = [c.model_copy(update={"position": Position(x=x, y=y)}) for c in dialog.cards
             for x, y in [first[c.id]]]  # fmt: skip
    assert layered_layout(dialog.model_copy(update={"cards": moved})) == first


def test_same_positions_in_another_process(tmp_path: Path) -> None:
    """Nothing depends on hash order or object addresses."""
    dialog = generated_dialog(400, seed=2)
    path = tmp_path / "big.json"
    path.write_text(dumps_dialog(dialog), encoding="utf-8")
    code = (
        "import json, sys\n"
        "from designer.model.codec import load_dialog\n"
        "from designer.model.layout import layered_layout\n"
        "print(json.dumps(sorted(layered_layout(load_dialog(sys.argv[1])).items())))\n"
    )
    runs = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", code, str(path)], env=env, capture_output=True, check=True
        )
        runs.add(done.stdout.decode())
    expected = json.dumps(sorted(layered_layout(load_dialog(path)).items()))
    assert runs == {expected + "\n"}


def test_the_start_card_keeps_its_place(sales_dialog: Dialog) -> None:
    dialog = sales_dialog
    cards = [
        c.model_copy(update={"position": Position(x=1003, y=-498)}) if c.id == "welcome" else c
        for c in dialog.cards
    ]
    pos = layered_layout(dialog.model_copy(update={"cards": cards}))
    assert pos["welcome"] == (1000.0, -500.0)
    assert_readable(dialog, pos, {})


# --- loops, jumps and odd graphs ------------------------------------------------------


def flow(*links_: str, start: str = "s", gotos: Mapping[str, str] | None = None) -> Dialog:
    """A dialog from ``"a>b"`` links: every source is a Question with one answer per link."""
    outs: dict[str, list[str]] = {}
    for text in links_:
        source, target = text.split(">")
        outs.setdefault(source, []).append(target)
        outs.setdefault(target, [])
    for card_id in gotos or {}:
        outs.pop(card_id, None)
    cards: list[Card] = [
        QuestionCard(id=cid, answers=[Answer(id=f"a{i}", label=t) for i, t in enumerate(ts)])
        for cid, ts in outs.items()
    ]
    cards += [GoToCard(id=g, target=t) for g, t in (gotos or {}).items()]
    edges = [
        Edge(source=cid, port=f"a{i}", target=t)
        for cid, ts in outs.items()
        for i, t in enumerate(ts)
    ]
    return Dialog(start=start, cards=cards, edges=edges)


@pytest.mark.parametrize("own", [False, True], ids=["grandalf", "own"])
def test_loops_back_to_the_menu_do_not_break_it(own: bool) -> None:
    dialog = flow(
        "s>menu", "menu>price", "menu>help", "menu>done", "price>back", "help>again",
        "again>menu", "again>s", "done>end",
        gotos={"back": "menu", "restart": "s"},
    )  # fmt: skip
    with engine(own):
        pos = layered_layout(dialog)
    assert_readable(dialog, pos, {})
    assert pos["s"][1] < pos["menu"][1] < pos["price"][1] < pos["back"][1]
    assert answers_in_order(dialog, pos) == []


def test_a_jump_gives_way_to_a_real_edge() -> None:
    """m -> x is a real edge; the jumps g1 -> x and g2 -> m close the loop instead."""
    dialog = flow("s>q", "q>g1", "q>m", "m>x", "x>g2", gotos={"g1": "x", "g2": "m"})
    pos = layered_layout(dialog)
    for e in dialog.edges:
        assert pos[e.target][1] > pos[e.source][1]
    assert pos["x"][1] > pos["g1"][1]  # a jump that closes no loop still lays out downwards


def test_parts_that_are_not_connected_go_beside_the_main_part(sales_dialog: Dialog) -> None:
    loose = [MessageCard(id=f"note-{i}") for i in range(12)]
    base = sales_dialog
    orphan = [MessageCard(id="orphan"), EndCard(id="orphan-end")]
    dialog = base.model_copy(
        update={
            "cards": [*loose[:5], *base.cards, *orphan, *loose[5:]],
            "edges": [*base.edges, Edge(source="orphan", port="next", target="orphan-end")],
        }
    )
    pos = layered_layout(dialog)
    assert_readable(dialog, pos, {})
    main = {c.id for c in base.cards}
    right = max(pos[c][0] + DEFAULT_SIZE[0] for c in main)
    assert all(pos[c][0] >= right for c in pos if c not in main)
    assert pos["orphan-end"][1] > pos["orphan"][1]


def test_cards_of_any_size_do_not_overlap() -> None:
    dialog = load_dialog(EXAMPLES[0])
    rng = random.Random(7)
    sizes = {
        c.id: (rng.choice((120, 240, 413.5)), rng.choice((60, 120, 333))) for c in dialog.cards
    }
    for spacing in ((60.0, 90.0), (0.0, 0.0), (7.0, 300.0)):
        assert_readable(dialog, layered_layout(dialog, sizes, spacing=spacing), sizes)


def test_odd_dialogs_still_lay_out() -> None:
    assert layered_layout(Dialog()) == {}
    cards = [
        MessageCard(id="a"),
        MessageCard(id="a", title="same id again"),
        GoToCard(id="self", target="self"),
        GoToCard(id="nowhere", target="gone"),
        MessageCard(id="b"),
    ]
    edges = [
        Edge(source="a", port="next", target="ghost"),
        Edge(source="b", port="odd", target="b"),
    ]
    for start in (None, "a", "missing"):
        dialog = Dialog(start=start, cards=cards, edges=edges)
        pos = layered_layout(dialog)
        assert set(pos) == {"a", "self", "nowhere", "b"}
        assert overlapping(pos, {}) == []


# --- any graph, either engine ----------------------------------------------------------------


@st.composite
def graphs(draw: st.DrawFn) -> tuple[Dialog, dict[str, tuple[float, float]]]:
    n = draw(st.integers(1, 18))
    ids = [f"c{i}" for i in range(n)]
    pick = st.sampled_from(ids)
    gotos = {cid: draw(pick) for cid in ids if draw(st.integers(0, 5)) == 0}
    cards: list[Card] = []
    edges: list[Edge] = []
    for cid in ids:
        if cid in gotos:
            cards.append(GoToCard(id=cid, target=gotos[cid]))
            continue
        targets = draw(st.lists(pick, max_size=3))
        cards.append(
            QuestionCard(id=cid, answers=[Answer(id=f"a{i}", label="x") for i in range(3)])
        )
        edges += [Edge(source=cid, port=f"a{i}", target=t) for i, t in enumerate(targets)]
    start = draw(st.one_of(st.none(), pick))
    size = st.tuples(st.sampled_from([40.0, 240.0, 310.0]), st.sampled_from([50.0, 120.0, 200.0]))
    sizes = draw(st.dictionaries(pick, size))
    return Dialog(start=start, cards=cards, edges=edges), sizes


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(graphs(), st.booleans())
def test_any_graph_lays_out_readably(case: tuple[Dialog, dict], own: bool) -> None:
    dialog, sizes = case
    with engine(own):
        pos = layered_layout(dialog, sizes)
        assert layered_layout(dialog, sizes) == pos
    assert_readable(dialog, pos, sizes)


# --- big dialogs -----------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("own", [False, True], ids=["default", "own"])
def test_a_2000_card_dialog_lays_out_in_seconds(own: bool) -> None:
    dialog = generated_dialog(2000)
    assert len(dialog.cards) >= 2000
    began = time.perf_counter()
    with engine(own):
        pos = layered_layout(dialog)
    assert time.perf_counter() - began < 10.0  # a guard against quadratic work, not a benchmark
    assert overlapping(pos, {}) == []
    assert all(pos[e.target][1] > pos[e.source][1] for e in dialog.edges)  # jumps close loops
    assert pos["welcome"][1] < min(y for cid, (_, y) in pos.items() if cid != "welcome")
    assert len(answers_in_order(dialog, pos)) < len(dialog.cards) // 50


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_the_editor_layout_flows_left_to_right(path: Path) -> None:
    dialog = load_dialog(path)
    sizes = {c.id: (260.0, 100.0 + 20 * len(c.port_keys())) for c in dialog.cards}
    pos = layout.left_to_right_layout(dialog, sizes)
    assert overlapping(pos, sizes) == []
    start = pos[dialog.start]
    assert all(start[0] < xy[0] for cid, xy in pos.items() if cid != dialog.start)
    for source, target in links(dialog):
        if not reaches(successors(dialog), target, source):  # not a loop back
            assert pos[target][0] > pos[source][0] + sizes[source][0], (source, target)
