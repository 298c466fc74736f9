"""A link on the canvas: a curve with an arrow, from a card's port to a card's top.

It holds only the output port it leaves from (card id, port key); the curve
is recomputed from the two cards in the model whenever either moves or changes.
Picking a link (hover, click, a palette drop) measures the distance to its curve
(:func:`curve_distance`) so the view can allow a reach in screen pixels; the
item's shape stays the thin line that is drawn.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from designer.ui.canvas.style import LIGHT_CANVAS, canvas_colours

if TYPE_CHECKING:
    from designer.ui.canvas.scene import DialogScene

EDGE_COLOUR = LIGHT_CANVAS.link  # the light theme's; painting asks canvas_colours()
ARROW = 9.0
SHAPE_WIDTH = 4.0
"""The link's shape for Qt's own tests (scene units): the drawn line, not the pick reach."""


Cubic = tuple[QPointF, QPointF, QPointF, QPointF]

PIECE = 300.0
"""Longest stretch (scene units) of a link drawn as one curve; see :func:`link_pieces`."""


def link_curve(start: QPointF, end: QPointF) -> Cubic:
    """The control points of the curve from a port (leaving rightwards) to a card's input.

    A link going back to an earlier card (a loop) swings out wider, so it does
    not run through the cards between.
    """
    reach = curve_reach(end.x() - start.x(), abs(end.y() - start.y()))
    return (start, QPointF(start.x() + reach, start.y()), QPointF(end.x() - reach, end.y()), end)


def curve_reach(dx: float, dy: float) -> float:
    """How far a link's control points stand out from its ends, horizontally.

    ``dx`` is the input's x minus the port's, ``dy`` the height between them
    (unsigned). The opening scene bounds a link with it before any item exists.
    """
    return max(60.0, dx * 0.5) if dx > 0 else 140.0 + dy * 0.15


def link_path(start: QPointF, end: QPointF) -> QPainterPath:
    """The curve from a port to a card's input, as one path (hit testing, exports)."""
    return curve_path(link_curve(start, end))


def curve_path(curve: Cubic) -> QPainterPath:
    """One cubic as a path."""
    p0, c1, c2, p3 = curve
    path = QPainterPath(p0)
    path.cubicTo(c1, c2, p3)
    return path


def link_pieces(curve: Cubic) -> list[tuple[QRectF, QPainterPath]]:
    """The curve cut into stretches of about :data:`PIECE`, each with its bounds, top to bottom.

    Stroking a curve costs its whole length even when a few pixels of it are
    on screen: a link across a 5,000-card dialog is tens of thousands of units
    long. Painting only the stretches that meet the exposed area keeps a frame
    proportional to what is visible. Cut with de Casteljau, so the pieces are
    exactly the same curve. Both control points share an end's height, so the
    curve only ever goes one way vertically and the pieces, sorted by height,
    can be found by bisection (:class:`EdgeItem` does).
    """
    p0, _, _, p3 = curve
    span = max(abs(p3.x() - p0.x()), abs(p3.y() - p0.y()))
    n = max(1, math.ceil(span / PIECE))
    rest: _Points = tuple((p.x(), p.y()) for p in curve)  # type: ignore[assignment]
    pieces = []
    for i in range(n, 0, -1):
        head, rest = _split(rest, 1.0 / i)
        path = QPainterPath(QPointF(*head[0]))
        path.cubicTo(QPointF(*head[1]), QPointF(*head[2]), QPointF(*head[3]))
        pieces.append((path.controlPointRect(), path))
    if p3.y() < p0.y():
        pieces.reverse()
    return pieces


_Point = tuple[float, float]
_Points = tuple[_Point, _Point, _Point, _Point]


def _split(c: _Points, t: float) -> tuple[_Points, _Points]:
    """The curve before and after parameter ``t`` (de Casteljau, on plain floats)."""

    def lerp(p: _Point, q: _Point) -> _Point:
        return (p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t)

    a, b, d, e = c
    ab, bd, de = lerp(a, b), lerp(b, d), lerp(d, e)
    abd, bde = lerp(ab, bd), lerp(bd, de)
    mid = lerp(abd, bde)
    return (a, ab, abd, mid), (mid, bde, de, e)


def curve_distance(curve: Cubic, point: QPointF, reach: float) -> float | None:
    """How far ``point`` is from the curve, if no further than ``reach``; else None.

    The curve is halved (de Casteljau) only where its control points come within
    reach of the point, down to pieces flat enough to measure as segments: a few
    dozen steps even for a link across a 5,000-card dialog, and no path built.
    """
    px, py = point.x(), point.y()
    flat = min(0.5, reach / 8)
    best = math.inf
    pending: list[_Points] = [tuple((p.x(), p.y()) for p in curve)]  # type: ignore[list-item]
    for _ in range(2000):
        if not pending:
            break
        piece = pending.pop()
        limit = min(reach, best)
        xs = [p[0] for p in piece]
        ys = [p[1] for p in piece]
        if px < min(xs) - limit or px > max(xs) + limit:
            continue
        if py < min(ys) - limit or py > max(ys) + limit:
            continue
        a, b, c, d = piece
        if max(_to_segment(b, a, d), _to_segment(c, a, d)) <= flat:
            best = min(best, _to_segment((px, py), a, d))
            continue
        pending.extend(_split(piece, 0.5))
    return best if best <= reach else None


def _to_segment(p: _Point, a: _Point, b: _Point) -> float:
    """The distance from ``p`` to the segment a-b."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = dx * dx + dy * dy
    t = (
        0.0
        if length == 0
        else max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length))
    )
    return math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy)


def arrow_head(end: QPointF) -> QPolygonF:
    """The arrow at a card's input; links always arrive horizontally (see link_path)."""
    back = end.x() - ARROW * math.cos(0.45)
    spread = ARROW * math.sin(0.45)
    return QPolygonF([end, QPointF(back, end.y() - spread), QPointF(back, end.y() + spread)])


class EdgeItem(QGraphicsItem):
    """The drawing of one link, known by the port it leaves from."""

    Type = QGraphicsItem.UserType + 2

    def __init__(self, source: str, port: str) -> None:
        super().__init__()
        self.key = (source, port)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)  # exposedRect
        self.setZValue(0)
        # Derived from the two cards' positions, redone on refresh (never in paint).
        self._path = QPainterPath()
        self._curve: Cubic | None = None
        self._pieces: list[tuple[QRectF, QPainterPath]] | None = None  # cut at first paint
        self._piece_bottoms: list[float] = []  # ascending: see link_pieces
        self._head = QPolygonF()
        self._shape: QPainterPath | None = None  # stroked on first need
        self._hot = False  # under the pointer, or where a palette drop would insert

    def type(self) -> int:
        return self.Type

    def refresh(self) -> None:
        """Recompute the curve from where the cards are now."""
        scene: DialogScene = self.scene()  # type: ignore[assignment]
        if scene is None:
            return
        doc = scene.controller.document
        edge = doc.edge(*self.key)
        self.prepareGeometryChange()
        self._shape = None
        if edge is None or edge.source not in doc or edge.target not in doc:
            self._path, self._curve, self._pieces = QPainterPath(), None, None
            return
        start = scene.port_anchor(edge.source, edge.port)
        if start is None:
            self._path, self._curve, self._pieces = QPainterPath(), None, None
            return
        end = scene.input_anchor(edge.target)
        self._curve = link_curve(start, end)
        self._path = curve_path(self._curve)
        self._pieces = None  # most links of a big dialog are never painted at full size
        self._head = arrow_head(end)

    def _cut(self) -> list[tuple[QRectF, QPainterPath]]:
        """The pieces to paint: the whole path when short, else :func:`link_pieces`."""
        bounds = self._path.controlPointRect()
        if self._curve is None or max(bounds.width(), bounds.height()) <= PIECE:
            pieces = [(bounds, self._path)]
        else:
            pieces = link_pieces(self._curve)
        self._pieces = pieces
        self._piece_bottoms = [rect.bottom() for rect, _ in pieces]
        return pieces

    def boundingRect(self) -> QRectF:
        return self._path.boundingRect().adjusted(-ARROW, -ARROW, ARROW, ARROW)

    def shape(self) -> QPainterPath:
        if self._shape is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(SHAPE_WIDTH)
            self._shape = stroker.createStroke(self._path)
        return self._shape

    def contains(self, point: QPointF) -> bool:
        """On the drawn line (Qt asks this for every item under a point: no stroking)."""
        return self.distance_to(point, SHAPE_WIDTH / 2) is not None

    def distance_to(self, point: QPointF, reach: float) -> float | None:
        """How far ``point`` (scene) is from the line's edge, if within ``reach``; else None."""
        if self._curve is None:
            return None
        half = self.pen_width() / 2
        found = curve_distance(self._curve, point, reach + half)
        return None if found is None else max(0.0, found - half)

    def pen_width(self) -> float:
        """The line's width as painted (thicker when selected, hot or under the heat overlay)."""
        scene: DialogScene | None = self.scene()  # type: ignore[assignment]
        weight = scene.edge_weight(self.key) if scene is not None else 1.0
        return (2.6 if self.isSelected() or self._hot else 1.8) * weight

    def line(self) -> QPainterPath:
        """The curve as drawn (scene coordinates), without the arrow."""
        return QPainterPath(self._path)

    def is_hot(self) -> bool:
        return self._hot

    def set_hot(self, hot: bool) -> None:
        """Show that a click or a drop here would pick this link (the view decides when)."""
        if hot != self._hot:
            self._hot = hot
            self.update()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self._path.isEmpty():
            return
        scene: DialogScene = self.scene()  # type: ignore[assignment]
        tones = canvas_colours()
        colour = tones.selection if self.isSelected() else tones.link
        if scene.link_on_trail(self.key):
            colour = tones.trail
        if self._hot:
            colour = tones.selection
        width = self.pen_width()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        exposed = option.exposedRect.adjusted(-width, -width, width, width)  # type: ignore[attr-defined]
        pieces = self._pieces if self._pieces is not None else self._cut()
        bottom = exposed.bottom()
        for i in range(bisect_left(self._piece_bottoms, exposed.top()), len(pieces)):
            bounds, piece = pieces[i]
            if bounds.top() > bottom:
                break
            if bounds.intersects(exposed):
                painter.drawPath(piece)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPolygon(self._head)
