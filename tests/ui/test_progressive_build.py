"""A large dialog opens at once: the cards in sight are drawn first, the rest follow.

The scene makes the items in view before the first paint and the others in
short slices afterwards; a click, a key or an edit meanwhile finishes the work
first, so nothing the marketer can see or reach is ever missing.
"""

from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QMouseEvent, QPaintEvent
from PySide6.QtWidgets import QApplication

from designer.model.cards import Answer, EndCard, MessageCard, QuestionCard
from designer.model.dialog import Dialog, Edge
from designer.ui.canvas.card_item import CardItem
from designer.ui.canvas.edge_item import EdgeItem
from designer.ui.canvas.geometry import compute_geometry, height_bounds
from designer.ui.canvas.progressive import PROGRESSIVE_CARDS
from designer.ui.canvas.scene import DialogScene
from designer.ui.canvas.view import DialogView
from designer.ui.controller import DocumentController

WORDS = (
    *("the", "visitor", "asks", "about", "pricing", "plans", "and", "wants"),
    *("a", "demo", "with", "our", "sales", "team", "today"),
)


def _sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words))


def _big_dialog(n: int = 1200, seed: int = 7) -> Dialog:
    """Questions (2-4 answers, texts that wrap) and Messages in a grid, linked forward and
    sometimes back to an earlier card (long curves that cross other cards)."""
    rng = random.Random(seed)
    cards, edges = [], []
    for i in range(n):
        position = {"x": (i % 30) * 420, "y": (i // 30) * 330}
        if i % 3 == 0:
            answers = [Answer(id=f"a{k}", label=f"Answer {k}") for k in range(rng.randint(2, 4))]
            cards.append(
                QuestionCard(
                    id=f"c{i}",
                    text=_sentence(rng, rng.randint(2, 40)),
                    answers=answers,
                    position=position,
                )
            )
        else:
            cards.append(
                MessageCard(id=f"c{i}", text=_sentence(rng, rng.randint(0, 30)), position=position)
            )
    cards.append(EndCard(id="end", position={"x": 0, "y": (n // 30 + 1) * 330}))
    for card in cards[:-1]:
        for port in card.port_keys():
            index = int(card.id[1:])
            target = rng.choice([index + 1, index + 1, index + 31, rng.randrange(0, n)])
            edges.append(
                Edge(source=card.id, port=port, target=f"c{target}" if target < n else "end")
            )
    return Dialog(start="c0", cards=cards, edges=edges)


class _FirstPaint(DialogView):
    """Records, at the end of its first paint, what the scene had made by then."""

    first: tuple[bool, set[str], set[str]] | None = None

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.first is None:
            scene = self.dialog_scene()
            seen = self.mapToScene(self.viewport().rect()).boundingRect()
            made = {i.card_id for i in scene.items(seen) if isinstance(i, CardItem)}
            wanted = {
                c.id
                for c in self.controller.document.cards()
                if scene.card_box(c.id).intersects(seen)
            }
            self.first = (scene.building, made, wanted)


def _opened(qtbot, dialog: Dialog, focus: str = "c40") -> tuple[DocumentController, DialogView]:
    controller = DocumentController()
    view = _FirstPaint(controller)
    view.resize(1000, 700)
    qtbot.addWidget(view)
    controller.new_document(dialog)
    view.set_zoom(1.0)  # as the window opens a long dialog: readable, near its start
    card = controller.document.card(focus).position
    view.centerOn(QPointF(card.x + 130, card.y + 60))
    view.show()
    return controller, view


def test_the_first_frame_has_every_card_in_sight_while_the_rest_are_still_being_made(qtbot):
    dialog = _big_dialog()
    assert len(dialog.cards) >= PROGRESSIVE_CARDS
    _, view = _opened(qtbot, dialog)
    scene = view.dialog_scene()
    qtbot.waitUntil(lambda: view.first is not None)
    building, made, wanted = view.first
    assert building  # the window did not wait for 1,200 cards' items
    assert len(wanted) >= 4
    assert wanted <= made  # ... but every card in sight was drawn
    if scene.building:
        with qtbot.waitSignal(scene.itemsReady, timeout=10_000):
            pass
    assert not scene.building
    cards = scene.items()
    assert sum(isinstance(i, CardItem) for i in cards) == len(dialog.cards)
    assert sum(isinstance(i, EdgeItem) for i in cards) == len(dialog.edges)


def test_links_in_sight_are_drawn_in_the_first_frame_even_when_both_ends_are_out_of_sight(qtbot):
    """Every link whose curve crosses the view exists once the view has painted it."""
    _, view = _opened(qtbot, _big_dialog(seed=3), focus="c400")
    scene = view.dialog_scene()
    qtbot.waitUntil(lambda: view.first is not None)
    seen = view.mapToScene(view.viewport().rect()).boundingRect()
    near = scene.items(seen, Qt.ItemSelectionMode.IntersectsItemBoundingRect)
    made = {i.key for i in near if isinstance(i, EdgeItem)}
    scene.ensure_items()
    crossing = {
        i.key
        for i in scene.edge_items()
        if i.sceneBoundingRect().intersects(seen) and i.isVisible()
    }
    assert len(crossing) >= 10
    assert crossing <= made


def test_a_click_while_items_are_still_being_made_selects_the_card_under_the_mouse(qtbot):
    controller, view = _opened(qtbot, _big_dialog())
    scene = view.dialog_scene()
    qtbot.waitUntil(lambda: view.first is not None)
    far = controller.document.card("c1150").position  # near the end: not made yet
    assert scene.building
    view.centerOn(QPointF(far.x + 130, far.y + 60))
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.mapFromScene(QPointF(far.x + 130, far.y + 30)),
    )
    assert scene.selected_card_ids() == ["c1150"]
    assert not scene.building


def test_an_edit_while_items_are_being_made_is_drawn_where_the_model_says(qtbot):
    controller, view = _opened(qtbot, _big_dialog())
    scene = view.dialog_scene()
    qtbot.waitUntil(lambda: view.first is not None)
    assert scene.building
    controller.move_cards({"c1100": (-900.0, -700.0)})
    item = scene.card_item("c1100")
    assert (item.pos().x(), item.pos().y()) == (-900.0, -700.0)
    for edge in controller.document.edges_from("c1100"):
        link = scene.edge_item(edge.source, edge.port)
        assert link.shape().boundingRect().left() <= -900.0 + 260 + 1
    assert scene.cards_rect().topLeft().x() <= -900.0 - 10


def test_the_cards_bounds_are_exactly_those_of_the_items(qtbot):
    controller = DocumentController()
    controller.new_document(_big_dialog(seed=11))
    scene = DialogScene(controller)
    fast = scene.cards_rect()  # before any item exists: from the model
    exact = QRectF()
    for item in scene.card_items():
        exact = exact.united(item.sceneBoundingRect())
    assert fast == exact


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    words=st.lists(st.integers(0, 60), min_size=1, max_size=4),
    answers=st.integers(0, 6),
    free_text=st.booleans(),
)
def test_a_cards_height_stays_within_its_unmeasured_bounds(qtbot, words, answers, free_text):
    rng = random.Random(sum(words))
    text = "\n".join(_sentence(rng, n) for n in words)
    card = QuestionCard(
        id="q",
        text=text,
        answers=[Answer(id=f"a{k}", label="Yes " * (k + 1)) for k in range(answers)],
        allow_free_text=free_text,
        store_in_field="email" if words[0] % 2 else None,
    )
    least, most = height_bounds(card)
    assert least <= compute_geometry(card).rect.height() <= most
    message = MessageCard(id="m", text=text)
    least, most = height_bounds(message)
    assert least <= compute_geometry(message).rect.height() <= most


def test_hovering_while_items_are_being_made_makes_only_what_is_under_the_pointer(qtbot):
    controller, view = _opened(qtbot, _big_dialog())
    scene = view.dialog_scene()
    qtbot.waitUntil(lambda: view.first is not None)
    far = controller.document.card("c1170").position
    view.centerOn(QPointF(far.x + 130, far.y + 60))  # not painted yet: nothing made there
    under = QPointF(far.x + 130, far.y + 30)
    at = QPointF(view.mapFromScene(under))
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        at,
        QPointF(view.viewport().mapToGlobal(at.toPoint())),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view.viewport(), move)  # delivered now, before any repaint
    hovered = [i for i in scene.items(under) if isinstance(i, CardItem)]
    assert [i.card_id for i in hovered] == ["c1170"]
    assert scene.building  # the pointer did not wait for the other thousand cards
