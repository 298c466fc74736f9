"""Where a card goes among the others: a dropped card finds room, a growing card makes it.

A card dropped over others goes to the nearest free place (:func:`free_spot`);
a card inserted on a link, or a card that grew, shoves the cards in its way
(:class:`Shove`). Both work on card bodies as plain ``(left, top, right,
bottom)`` tuples and ask a ``near`` function for the cards in a region, which
:class:`ScenePlacement` answers from the scene's item index: an edit looks at
the cards around it, never at the whole dialog. Gaps are auto-layout's.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF
from shiboken6 import isValid

from designer.model.cards import Card
from designer.model.dialog import Edge
from designer.ui.canvas.card_item import CardItem
from designer.ui.canvas.geometry import HEADER, CardGeometry, body_font, compute_geometry
from designer.ui.controller import Moves

if TYPE_CHECKING:
    from designer.ui.canvas.scene import DialogScene


COLUMN_GAP = 120.0
"""Between a card and the next column, as auto-layout leaves it: room for the links."""
ROW_GAP = 40.0
"""Between cards of one column, as auto-layout leaves it (more than CARD_MARGIN's badges)."""
GRID = 20.0
MAX_HOPS = 200
MAX_CHECKS = 20_000
"""A group's places tried times its cards: Select All and Duplicate at 5,000 cards stays short."""
MAX_PUSHES = 50_000
"""A safety net on the steps of one shove (5,000 cards all pushed take a few per card)."""

Box = tuple[float, float, float, float]
"""A card's body in the scene: left, top, right, bottom."""
Near = Callable[[Box], Iterable[tuple[str, Box]]]
"""The cards whose body may meet a box, with their bodies as the model has them now."""


def grid_up(value: float) -> float:
    """The grid line at or after ``value`` (cards sit on the canvas grid)."""
    return math.ceil(value / GRID - 1e-6) * GRID


def on_grid(value: float) -> float:
    """The grid line nearest ``value``."""
    return round(value / GRID) * GRID


def body_box(x: float, y: float, geometry: CardGeometry) -> Box:
    """A card's body in the scene, from its position and its layout."""
    rect = geometry.rect
    return (x + rect.left(), y + rect.top(), x + rect.right(), y + rect.bottom())


def _meets(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def crowded(box: Box, near: Near) -> list[Box]:
    """The bodies of the cards closer than :data:`ROW_GAP` to ``box``."""
    zone = (box[0] - ROW_GAP, box[1] - ROW_GAP, box[2] + ROW_GAP, box[3] + ROW_GAP)
    return [body for _, body in near(zone) if _meets(body, zone)]


def free_spot(size: tuple[float, float], x: float, y: float, near: Near) -> tuple[float, float]:
    """The place nearest (x, y), going down or right, where a card of ``size`` crowds none.

    "Crowds" means closer than :data:`ROW_GAP` to another card's body. Down a
    column the card lands :data:`ROW_GAP` under what was in the way; to the
    right, in the next column (:data:`COLUMN_GAP`). The shorter move wins, down
    on a tie: a new answer's card goes under its siblings, as an answer list reads.
    """
    width, height = size

    def in_the_way(left: float, top: float) -> list[Box]:
        return crowded((left, top, left + width, top + height), near)

    if not in_the_way(x, y):
        return x, y
    found: list[tuple[float, int, float, float]] = []
    for order, down in enumerate((True, False)):
        left, top = x, y
        for _ in range(MAX_HOPS):
            blocking = in_the_way(left, top)
            if not blocking:
                found.append((abs(left - x) + abs(top - y), order, left, top))
                break
            if down:
                top = grid_up(max(b[3] for b in blocking) + ROW_GAP)
            else:
                left = grid_up(max(b[2] for b in blocking) + COLUMN_GAP)
    if not found:
        return x, y
    _, _, left, top = min(found)
    return left, top


def group_offset(boxes: Sequence[Box], near: Near) -> tuple[float, float] | None:
    """How far to move a group of cards, kept together, so none crowds a card already there.

    The group's bodies are where it was meant to go; the answer is the
    nearest shift (fewest canvas units, down, right, up, then left on a tie)
    found by stepping past whatever is in the way, as :func:`free_spot` does
    for one card but in every direction, so a paste next to a crowded column
    can land above it as well as under it. None when :data:`MAX_HOPS` steps
    (or :data:`MAX_CHECKS` card checks) found nothing: the caller has a place it
    knows is free.
    """
    left, top = min(b[0] for b in boxes), min(b[1] for b in boxes)
    right, bottom = max(b[2] for b in boxes), max(b[3] for b in boxes)
    heap: list[tuple[float, int, int, float, float]] = [(0.0, 0, 0, 0.0, 0.0)]
    tried: set[tuple[float, float]] = {(0.0, 0.0)}
    count = 0
    for _ in range(min(MAX_HOPS, MAX_CHECKS // len(boxes) + 1)):
        if not heap:
            break
        _, _, _, dx, dy = heapq.heappop(heap)
        if len(boxes) > 1:  # one look at the group's whole area first (see ScenePlacement.near)
            near(
                (
                    left + dx - ROW_GAP,
                    top + dy - ROW_GAP,
                    right + dx + ROW_GAP,
                    bottom + dy + ROW_GAP,
                )
            )
        blocked: list[tuple[Box, Box]] = []
        for box in boxes:
            moved = (box[0] + dx, box[1] + dy, box[2] + dx, box[3] + dy)
            blocked.extend((moved, other) for other in crowded(moved, near))
        if not blocked:
            return dx, dy
        others = [o for _, o in blocked]
        steps = (
            # Each way: just past what is in the way of the cards it blocks ...
            (dx, dy + grid_up(max(o[3] + ROW_GAP - m[1] for m, o in blocked))),
            (dx + grid_up(max(o[2] + COLUMN_GAP - m[0] for m, o in blocked)), dy),
            (dx, dy - grid_up(max(m[3] + ROW_GAP - o[1] for m, o in blocked))),
            (dx - grid_up(max(m[2] + COLUMN_GAP - o[0] for m, o in blocked)), dy),
            # ... or the whole group past all of it (a large group clears a crowd in a step).
            (dx, dy + grid_up(max(o[3] for o in others) + ROW_GAP - top - dy)),
            (dx + grid_up(max(o[2] for o in others) + COLUMN_GAP - left - dx), dy),
            (dx, dy - grid_up(bottom + dy + ROW_GAP - min(o[1] for o in others))),
            (dx - grid_up(right + dx + COLUMN_GAP - min(o[0] for o in others)), dy),
        )
        for rank, step in enumerate(steps):
            if step not in tried:
                tried.add(step)
                count += 1
                heapq.heappush(heap, (abs(step[0]) + abs(step[1]), rank, count, *step))
    return None


class Shove:
    """Cards pushed one way (right or down) out of the way of a placed, moved or grown card.

    A pushed card pushes in turn; each moves only as far as the edit made things
    worse, so a gap narrower than the usual one (or an overlap the marketer
    left) stays as it was, and nothing moves when there was room already.
    Going right, links are kept reading forwards: a card pushed up to the card
    its link leads to pushes that card too (loops stay loops). Cards are taken
    in the push direction's order, and boxes kept in its own terms (``down``
    swaps x and y), so one walk serves both directions.
    """

    def __init__(
        self,
        near: Near,
        box_of: Callable[[str], Box],
        gap: float,
        *,
        down: bool = False,
        links: Callable[[str], Iterable[str]] | None = None,
        fixed: Iterable[str] = (),
    ) -> None:
        """``box_of`` gives a card's body from the model (for a link's far end)."""
        self._near = near
        self._box_of = box_of
        self.gap = gap
        self.down = down
        self._links = links
        self.fixed = set(fixed)
        self.before: dict[str, Box | None] = {}  # at the start of the edit (None: a new card)
        self.now: dict[str, Box] = {}  # moved cards, where they go
        self._seen: dict[str, Box] = {}  # unmoved cards met so far, as the model has them
        self._cells: dict[tuple[int, int], set[str]] = {}  # where the moved cards are
        self._heap: list[tuple[float, str]] = []

    def _turn(self, box: Box) -> Box:
        """Scene terms to push terms and back: "left" trails, "right" leads."""
        return (box[1], box[0], box[3], box[2]) if self.down else box

    def start(self, card_id: str, box: Box, before: Box | None) -> None:
        """A card the edit placed or changed: ``box`` now, ``before`` the edit (None if new)."""
        self.before[card_id] = None if before is None else self._turn(before)
        self._put(card_id, self._turn(box))

    def run(self) -> dict[str, Box]:
        """Push until nothing is in the way; every moved card's new box, started ones included."""
        pushes = 0
        while self._heap and pushes < MAX_PUSHES:
            key, card_id = heapq.heappop(self._heap)
            box = self.now[card_id]
            if box[0] != key:
                continue  # moved again since: its newer entry comes later
            pushes += 1
            if card_id not in self.fixed and self._settle(card_id, box):
                continue
            self._push_from(card_id, box)
        return {cid: self._turn(box) for cid, box in self.now.items()}

    # --- the walk ------------------------------------------------------------------------

    def _settle(self, card_id: str, box: Box) -> bool:
        """Move a card on if it now sits in the way of one before it; True if it moved."""
        zone = (box[0] - self.gap, box[1], box[0], box[3])
        need = 0.0
        for other, other_box in list(self._around(zone)):
            if other != card_id and other_box[0] < box[0] and _across(other_box, box):
                need = max(need, self._worse(other, card_id))
        if need <= 0:
            return False
        self._shift(card_id, need)
        return True

    def _push_from(self, card_id: str, box: Box) -> None:
        zone = (box[0], box[1], box[2] + self.gap, box[3])
        for other, other_box in list(self._around(zone)):
            if other == card_id or other in self.fixed or other_box[0] < box[0]:
                continue
            if _across(box, other_box):
                self._shift(other, self._worse(card_id, other))
        if self._links is None:
            return
        source_was = self._then(card_id)
        for target in self._links(card_id):
            if target == card_id or target in self.fixed:
                continue
            if source_was is not None and self._then_known(target)[0] <= source_was[0]:
                continue  # a link back to an earlier card (a loop) stays a loop
            self._shift(target, self._worse(card_id, target))

    def _worse(self, pusher: str, pushed: str) -> float:
        """How much further ``pushed`` must go so the edit leaves it no closer than before."""
        need = self._box(pusher)[2] + self.gap - self._box(pushed)[0]
        pusher_was, was = self._then(pusher), self._then(pushed)
        if pusher_was is None or was is None:
            return need  # a new card: nothing was there before
        had = pusher_was[2] + self.gap - was[0] if _across(pusher_was, was) else 0.0
        return need - max(0.0, had)

    def _shift(self, card_id: str, by: float) -> None:
        if by <= 0:
            return
        box = self._box(card_id)
        if card_id not in self.before:
            self.before[card_id] = self._then_known(card_id)
        left = grid_up(box[0] + by)
        self._put(card_id, (left, box[1], box[2] + left - box[0], box[3]))

    # --- where cards are ------------------------------------------------------------------

    def _put(self, card_id: str, box: Box) -> None:
        old = self.now.get(card_id)
        if old is not None:
            for cell in _cells(old):
                self._cells[cell].discard(card_id)
        self.now[card_id] = box
        for cell in _cells(box):
            self._cells.setdefault(cell, set()).add(card_id)
        heapq.heappush(self._heap, (box[0], card_id))

    def _around(self, zone: Box) -> Iterable[tuple[str, Box]]:
        """Cards meeting ``zone`` as they are now: moved ones from here, others from the model."""
        for card_id, box in self._near(self._turn(zone)):
            if card_id not in self.now:
                box = self._turn(box)
                self._seen[card_id] = box
                if _meets(box, zone):
                    yield card_id, box
        moved = {cid for cell in _cells(zone) for cid in self._cells.get(cell, ())}
        for card_id in sorted(moved):
            box = self.now[card_id]
            if _meets(box, zone):
                yield card_id, box

    def _then(self, card_id: str) -> Box | None:
        """The card's box before the edit; None for the card the edit creates."""
        if card_id in self.before:
            return self.before[card_id]
        return self._then_known(card_id)

    def _then_known(self, card_id: str) -> Box:
        """The box before the edit of a card that was there (from the model if not moved)."""
        was = self.before.get(card_id)
        if was is not None:
            return was
        seen = self._seen.get(card_id)
        if seen is None:
            seen = self._seen[card_id] = self._turn(self._box_of(card_id))
        return seen

    def _box(self, card_id: str) -> Box:
        now = self.now.get(card_id)
        if now is not None:
            return now
        was = self._then(card_id)
        assert was is not None  # only the new card has no past, and it is placed (in now)
        return was


def _across(a: Box, b: Box) -> bool:
    """Whether two boxes overlap across the push direction (one could push the other)."""
    return a[1] < b[3] and b[1] < a[3]


CELL = 400.0
"""The buckets a shove files moved cards in (about a card and a gap)."""
TILE = 1200.0
"""The squares the scene's index is asked about, once per placement (a few cards across)."""


def _cells(box: Box, size: float = CELL) -> list[tuple[int, int]]:
    """The grid squares of ``size`` that ``box`` meets."""
    x0, y0 = int(box[0] // size), int(box[1] // size)
    x1, y1 = int(box[2] // size), int(box[3] // size)
    return [(x, y) for x in range(x0, x1 + 1) for y in range(y0, y1 + 1)]


class ScenePlacement:
    """The controller's :class:`~designer.ui.controller.Placement`, answered from a scene.

    Card bodies come from the model and the scene's geometry cache; the cards
    around a spot from the scene's item index (a region query, never a walk
    over the whole dialog), so a drop or a keystroke costs the same at 5,000 cards.
    """

    def __init__(self, scene: DialogScene) -> None:
        self.scene = scene
        # The index's answers for the placement under way, by tile: a shove asks about
        # neighbouring spots again and again, and nothing moves until it is planned.
        self._tiles: dict[tuple[int, int], list[tuple[str, Box]]] = {}

    def body(self, card_id: str) -> Box:
        position = self.scene.controller.document.card(card_id).position
        return body_box(position.x, position.y, self.scene.geometry(card_id))

    def near(self, box: Box, reach: int = 0) -> list[tuple[str, Box]]:
        """The cards whose body meets ``box``, with their bodies.

        With ``reach``, a question to the index also files that many tiles
        around: a search that goes on next door (a paste's) asks once, not per tile.
        """
        tiles = _cells(box, TILE)
        if any(tile not in self._tiles for tile in tiles):
            steps = range(-reach, reach + 1)
            around = {(x + i, y + j) for x, y in tiles for i in steps for j in steps}
            self._ask_index([tile for tile in around if tile not in self._tiles])
        found: dict[str, Box] = {}
        for tile in tiles:
            found.update((cid, body) for cid, body in self._tiles[tile] if _meets(body, box))
        return list(found.items())

    def _ask_index(self, tiles: list[tuple[int, int]]) -> None:
        """File the cards on ``tiles`` by tile, from one question to the scene's index.

        One question for many tiles: a query costs about the same whatever its
        size, so a large paste asks once per place tried, not once per tile.
        """
        xs, ys = [t[0] for t in tiles], [t[1] for t in tiles]
        area = QRectF(
            min(xs) * TILE,
            min(ys) * TILE,
            (max(xs) - min(xs) + 1) * TILE,
            (max(ys) - min(ys) + 1) * TILE,
        )
        self.scene.ensure_region(area)
        doc = self.scene.controller.document
        wanted = set(tiles)
        for tile in tiles:
            self._tiles[tile] = []
        for item in self.scene.items(area, Qt.ItemSelectionMode.IntersectsItemBoundingRect):
            if isinstance(item, CardItem) and item.card_id in doc:
                body = self.body(item.card_id)
                for tile in _cells(body, TILE):
                    if tile in wanted:
                        self._tiles[tile].append((item.card_id, body))

    def _size(self, card: Card) -> tuple[float, float]:
        rect = compute_geometry(card, None, QFontMetricsF(body_font())).rect
        return rect.width(), rect.height()

    def free_spot(self, card: Card) -> tuple[float, float]:
        x, y = card.position.x, card.position.y
        if not isValid(self.scene):
            return x, y
        self._tiles.clear()  # the cards may have moved since the last placement
        return free_spot(self._size(card), x, y, self.near)

    def room_to_insert(self, card: Card, edge: Edge) -> tuple[tuple[float, float], Moves]:
        """On the link where it was dropped if it fits there; else in the column after the
        link's source, level with its port, the cards in the way (and the rest of the
        branch, as far as needed) shoved right: the dialog still reads left to right."""
        drop = (card.position.x, card.position.y)
        if not isValid(self.scene) or edge.source not in self.scene.controller.document:
            return drop, {}
        doc = self.scene.controller.document
        self._tiles.clear()
        width, height = self._size(card)
        source = self.body(edge.source)
        target = self.body(edge.target) if edge.target in doc else None
        forward = target is not None and target[0] > source[0]
        x, y = on_grid(drop[0] - width / 2), on_grid(drop[1] - HEADER / 2)
        here = (x, y, x + width, y + height)
        reads_forward = x >= source[2] + COLUMN_GAP and (
            not forward or target is None or here[2] + COLUMN_GAP <= target[0]
        )
        if reads_forward and not crowded(here, self.near):
            return (x, y), {}
        port = self.scene.port_anchor(edge.source, edge.port)
        x = grid_up(source[2] + COLUMN_GAP)
        y = on_grid(port.y() - HEADER / 2) if port is not None else y

        def links(card_id: str) -> list[str]:
            if card_id == card.id:
                return [edge.target] if forward else []
            return [e.target for e in doc.edges_from(card_id) if e.target in doc]

        shove = Shove(self.near, self.body, COLUMN_GAP, links=links, fixed={edge.source})
        shove.start(card.id, (x, y, x + width, y + height), None)
        boxes = shove.run()
        placed = boxes.pop(card.id)
        return (placed[0], placed[1]), {cid: (b[0], b[1]) for cid, b in boxes.items()}

    def room_for_group(self, cards: Sequence[Card]) -> tuple[float, float]:
        """The shift that puts new cards (a paste, a duplicate) in the nearest free place,
        together; under the whole dialog if none is near (rare: a canvas packed all round)."""
        if not cards or not isValid(self.scene):
            return 0.0, 0.0
        self._tiles.clear()
        boxes = []
        for card in cards:
            width, height = self._size(card)
            boxes.append(
                (
                    card.position.x,
                    card.position.y,
                    card.position.x + width,
                    card.position.y + height,
                )
            )
        found = group_offset(boxes, partial(self.near, reach=1))
        if found is not None:
            return found
        bottom = self.scene.cards_rect().bottom()
        return 0.0, grid_up(bottom + ROW_GAP - min(b[1] for b in boxes))

    def footprint(self, card_id: str) -> object:
        return self.body(card_id) if isValid(self.scene) else None

    def room_to_grow(self, card_id: str, before: object) -> Moves:
        """The cards under a card that grew, pushed down by what it now covers of them."""
        if not isinstance(before, tuple) or not isValid(self.scene):
            return {}
        if card_id not in self.scene.controller.document:
            return {}
        now = self.body(card_id)
        if now[3] <= before[3]:
            return {}  # no taller (most keystrokes): nothing to look at
        self._tiles.clear()
        shove = Shove(self.near, self.body, ROW_GAP, down=True, fixed={card_id})
        shove.start(card_id, now, before)  # type: ignore[arg-type]
        boxes = shove.run()
        boxes.pop(card_id)
        return {cid: (b[0], b[1]) for cid, b in boxes.items()}
