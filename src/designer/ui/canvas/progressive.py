"""Opening a large dialog: the items in sight first, the others once the frame is out.

Making 10,000 items and laying out every card before the first frame kept a
5,000-card dialog's window blank for seconds, though it shows a few dozen
cards. From :data:`PROGRESSIVE_CARDS` cards, :class:`ProgressiveBuild` keeps the
ids still to make; a view asks it to make what could show in the area it is
about to paint (:meth:`ProgressiveBuild.ensure_region`), and once a frame is
out the rest follow in slices of :data:`BUILD_SLICE` on later event-loop turns.
Anything that needs every item (a click, an edit, a lookup by id, an export)
finishes the work first (:meth:`ProgressiveBuild.finish`). It finds what is in
sight from the model alone: each card's corner and tallest possible height
(:func:`~designer.ui.canvas.geometry.height_bounds`), so no card is laid out
just to learn it is out of sight.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRectF, QTimer

from designer.ui.canvas.edge_item import ARROW, curve_reach
from designer.ui.canvas.geometry import CARD_MARGIN, HEADER, WIDTH

if TYPE_CHECKING:
    from designer.model.document import Document
    from designer.ui.canvas.scene import DialogScene

PROGRESSIVE_CARDS = 400
"""From this many cards an opened dialog's items are made progressively."""
BUILD_SLICE = 0.012
"""Seconds of item making per event-loop turn while a progressive build goes on."""

Spot = tuple[float, float, float]
"""A card's corner (x, y) and tallest possible height."""


class ProgressiveBuild(QObject):
    """The items of an opened dialog still to make, and the making of them."""

    def __init__(self, scene: DialogScene) -> None:
        super().__init__(scene)
        self._scene = scene
        self._cards: dict[str, None] = {}  # card ids, then link keys, in document order
        self._edges: dict[tuple[str, str], None] = {}
        # Each card's spot, kept while the build goes on: an edit finishes the build
        # first, so it cannot go stale, and a hover or a frame does not redo it.
        self._spots: dict[str, Spot] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(lambda: self._make(time.perf_counter() + BUILD_SLICE))

    @property
    def pending(self) -> bool:
        return bool(self._cards or self._edges)

    def reset(self) -> None:
        """Forget the work left (a new document replaces the old)."""
        self._timer.stop()
        self._cards.clear()
        self._edges.clear()
        self._spots = None

    def start(self, doc: Document) -> None:
        """Every card and link of ``doc`` still to make; slices wait for a first frame."""
        self.reset()
        self._cards = dict.fromkeys(doc.card_ids())
        self._edges = dict.fromkeys(edge.key for edge in doc.edges())

    def keep_going(self) -> None:
        """Go on in slices (a view calls this after it painted)."""
        if self.pending and not self._timer.isActive():
            self._timer.start()

    def finish(self) -> None:
        """Make every item still pending, now."""
        if self.pending:
            self._make(float("inf"))

    def ensure_region(self, rect: QRectF) -> None:
        """Make the pending items that could show in ``rect`` (scene coordinates) now.

        Tested against each card's tallest possible layout; a few items just
        outside may be made early, which is harmless.
        """
        if not self.pending:
            return
        scene = self._scene
        doc = scene.controller.document
        left, top, right, bottom = rect.left(), rect.top(), rect.right(), rect.bottom()
        dx0, dy0, dx1, dy1 = CARD_MARGIN
        spots = self._spots
        if spots is None:
            tallest = scene.height_bounds_of
            spots = self._spots = {
                c.id: (c.position.x, c.position.y, tallest(c.id)[1]) for c in doc.cards()
            }
        for card_id in list(self._cards):
            spot = spots.get(card_id)
            if spot is None:
                continue
            x, y, most = spot
            seen = x + dx0 <= right and x + WIDTH + dx1 >= left
            if seen and y + dy0 <= bottom and y + most + dy1 >= top:
                del self._cards[card_id]
                scene.make_card_item(card_id)
        for key in list(self._edges):
            edge = doc.edge(*key)
            if edge is None or edge.source not in spots or edge.target not in spots:
                continue
            x0, y0, x1, y1 = link_reach(spots[edge.source], spots[edge.target])
            if x0 <= right and x1 >= left and y0 <= bottom and y1 >= top:
                del self._edges[key]
                scene.make_edge_item(edge)
        if not self.pending:
            self._done()

    def _make(self, deadline: float) -> None:
        """Make pending items until ``deadline`` (perf_counter seconds): cards, then links."""
        scene = self._scene
        doc = scene.controller.document
        clock = time.perf_counter
        cards, edges = self._cards, self._edges
        while cards:
            card_id = next(iter(cards))
            del cards[card_id]
            if card_id in doc:
                scene.geometry(card_id)  # laid out within the slice, not at the next paint
                scene.make_card_item(card_id)
            if clock() > deadline:
                break
        else:
            while edges:
                key = next(iter(edges))
                del edges[key]
                edge = doc.edge(*key)
                if edge is not None:
                    scene.make_edge_item(edge)
                if clock() > deadline:
                    break
        if self.pending:
            self._timer.start()
        else:
            self._done()

    def _done(self) -> None:
        self._timer.stop()
        self._spots = None
        self._scene.itemsReady.emit()


def link_reach(source: Spot, target: Spot) -> tuple[float, float, float, float]:
    """Bounds (left, top, right, bottom) a link's curve and arrow stay within, unmeasured.

    The port's height on its card is only known between the card's top and its
    tallest layout, so :func:`~designer.ui.canvas.edge_item.link_curve`'s reach is
    taken at its widest.
    """
    sx, sy0, most = source
    sx, sy1 = sx + WIDTH, sy0 + most
    ex, ey = target[0], target[1] + HEADER / 2
    reach = curve_reach(ex - sx, max(abs(ey - sy0), abs(ey - sy1)))  # at its widest
    return (
        min(sx, ex - reach) - ARROW,
        min(sy0, ey) - ARROW,
        max(sx + reach, ex) + ARROW,
        max(sy1, ey) + ARROW,
    )
