"""The whole dialog zoomed far out, drawn in a handful of batched calls.

Below :data:`OVERVIEW_ZOOM` a card is a few pixels: its title cannot be read,
its colour and its problems can. Painting thousands of items one Python call
at a time then costs seconds per frame, so the scene switches its items to
"no contents" (Qt skips them without calling into Python; they stay
selectable and hit-testable) and paints this instead: card boxes grouped by
colour (one ``drawRects`` per colour), links as straight lines (one
``drawLines``), problem and selection marks kept a few pixels wide whatever
the zoom. The batches are built from the document once per change, never per
frame, so a frame costs the same for 100 or 10,000 cards.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPixmap

from designer.ui.canvas.geometry import HEADER
from designer.ui.canvas.style import canvas_colours

if TYPE_CHECKING:
    from designer.ui.canvas.scene import DialogScene

OVERVIEW_ZOOM = 0.08
"""Below this zoom the scene paints the overview; card titles would be under 1 px."""

_ERROR = QColor("#D93025")
_WARNING = QColor("#E8A200")
_HEAT_STEPS = 8
MAX_PICTURE_PIXELS = 4096 * 4096
"""Largest picture kept of the whole dialog; beyond it the batches are drawn each frame."""


class Overview:
    """Batched primitives of the scene's document, rebuilt lazily after any change."""

    def __init__(self, scene: DialogScene) -> None:
        self._scene = scene
        self._stale = True
        self._bodies: dict[str, list[QRectF]] = {}  # card type -> card boxes
        self._bands: dict[str, list[QRectF]] = {}  # card type -> coloured top bands
        self._lines: list[QLineF] = []
        self._trail_lines: list[QLineF] = []
        self._boxes: dict[str, QRectF] = {}  # card id -> box (selection, marks)
        self._heat: list[list[QRectF]] = []  # by shade step
        self._errors: list[QPointF] = []  # problem dots, at each card's top-right corner
        self._warnings: list[QPointF] = []
        self._bounds = QRectF()
        self._pictures: dict[float, QPixmap] = {}  # device pixels per unit -> picture
        self._tones: object = None
        self._wanted: tuple[float, float] | None = None  # (device px per unit, px)
        self._timer = QTimer(scene)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self._render_wanted)
        c = scene.controller
        for signal in (
            c.cardAdded,
            c.cardRemoved,
            c.cardChanged,
            c.cardMoved,
            c.edgeAdded,
            c.edgeRemoved,
            c.cardProblemsChanged,
            c.documentReset,
        ):
            signal.connect(self.invalidate)

    def invalidate(self, *_args: object) -> None:
        """Something changed: rebuild the batches at the next overview frame."""
        self._stale = True

    def paint(self, painter: QPainter, lod: float) -> None:
        """Blit the picture made for this zoom (made now, or soon while zooming)."""
        tones = canvas_colours()
        if self._stale or tones is not self._tones:
            self._build()
            self._pictures.clear()
            self._tones = tones
        px = 1.0 / max(lod, 1e-6)  # one screen pixel, in scene units
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        size = self._bounds.size() * lod * ratio
        if self._bounds.isEmpty() or size.width() * size.height() > MAX_PICTURE_PIXELS:
            self._draw(painter, px)  # too big to keep as one picture: draw the batches
        else:
            key = round(lod * ratio, 6)
            picture = self._pictures.get(key)
            if picture is None and self._pictures:
                # Zooming: stretch the nearest picture now, make the exact one when idle.
                nearest = min(self._pictures, key=lambda k: abs(k - key))
                picture = self._pictures[nearest]
                self._wanted = (key, px)
                self._timer.start()
            elif picture is None:
                picture = self._render(key, px)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawPixmap(self._bounds, picture, QRectF(picture.rect()))
        self._paint_live(painter, px)

    def _render(self, key: float, px: float) -> QPixmap:
        size = (self._bounds.size() * key).toSize()
        picture = QPixmap(max(1, size.width()), max(1, size.height()))
        picture.fill(Qt.GlobalColor.transparent)
        painter = QPainter(picture)
        painter.scale(key, key)
        painter.translate(-self._bounds.topLeft())
        self._draw(painter, px)
        painter.end()
        if len(self._pictures) >= 4:  # zooming in and out: keep a few recent ones
            self._pictures.pop(next(iter(self._pictures)))
        self._pictures[key] = picture
        return picture

    def _render_wanted(self) -> None:
        if self._wanted is not None and not self._stale:
            key, px = self._wanted
            self._render(key, px)
            self._scene.update()
        self._wanted = None

    def _draw(self, painter: QPainter, px: float) -> None:
        """The batches: links, cards, heat and problem dots."""
        tones = canvas_colours()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        # links under the cards, one cosmetic pixel wide
        painter.setPen(QPen(tones.link, 0))
        painter.drawLines(self._lines)
        if self._trail_lines:
            painter.setPen(QPen(tones.trail, 2 * px))
            painter.drawLines(self._trail_lines)
        # cards: body outlined in their colour, then the colour band on top
        for kind, boxes in self._bodies.items():
            accent = tones.accents[kind]
            painter.setPen(QPen(accent.darker(tones.outline_shade), 0))
            painter.setBrush(QBrush(tones.card_body))
            painter.drawRects(boxes)
        painter.setPen(Qt.PenStyle.NoPen)
        for kind, bands in self._bands.items():
            painter.setBrush(tones.accents[kind])
            painter.drawRects(bands)
        for step, boxes in enumerate(self._heat):
            if boxes:
                painter.setBrush(QColor(217, 48, 37, int(25 + 120 * (step + 1) / _HEAT_STEPS)))
                painter.drawRects(boxes)
        # a dot per card with problems: wide round cosmetic pens, one call per colour
        for colour, dots in ((_WARNING, self._warnings), (_ERROR, self._errors)):
            if dots:
                painter.setPen(_dot_pen(tones.badge_ring, 7))
                painter.drawPoints(dots)
                painter.setPen(_dot_pen(colour, 5))
                painter.drawPoints(dots)

    def _paint_live(self, painter: QPainter, px: float) -> None:
        """What changes without an edit: the preview's card and the selection."""
        scene = self._scene
        tones = canvas_colours()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        current = scene.current_card()
        if current is not None and current in self._boxes:
            painter.setPen(QPen(tones.trail_halo, 3 * px))
            painter.drawRect(self._boxes[current].adjusted(-2 * px, -2 * px, 2 * px, 2 * px))
        painter.setPen(QPen(tones.selection, 2 * px))
        for item in scene.selectedItems():
            box = self._boxes.get(getattr(item, "card_id", ""))
            if box is not None:
                painter.drawRect(box.adjusted(-px, -px, px, px))

    def _build(self) -> None:
        scene = self._scene
        doc = scene.controller.document
        bodies: dict[str, list[QRectF]] = {}
        bands: dict[str, list[QRectF]] = {}
        boxes: dict[str, QRectF] = {}
        heat: list[list[QRectF]] = [[] for _ in range(_HEAT_STEPS)]
        geometries = {}
        for card in doc.cards():
            geo = scene.geometry(card.id)
            geometries[card.id] = geo
            p = card.position
            box = QRectF(p.x, p.y, geo.rect.width(), geo.rect.height())
            boxes[card.id] = box
            bodies.setdefault(card.type, []).append(box)
            bands.setdefault(card.type, []).append(QRectF(p.x, p.y, box.width(), HEADER / 3))
            shade = scene.card_heat(card.id)
            if shade is not None and shade[0] > 0:
                step = min(_HEAT_STEPS - 1, int(shade[0] * _HEAT_STEPS))
                heat[step].append(box.adjusted(0, HEADER, 0, 0))
        lines, trail = [], []
        for edge in doc.edges():
            source, target = geometries.get(edge.source), geometries.get(edge.target)
            if source is None or target is None:
                continue
            anchor = next((s.anchor for s in source.ports if s.key == edge.port), None)
            if anchor is None:
                continue
            a, b = doc.card(edge.source).position, doc.card(edge.target).position
            end = target.input_anchor
            line = QLineF(a.x + anchor.x(), a.y + anchor.y(), b.x + end.x(), b.y + end.y())
            (trail if scene.link_on_trail(edge.key) else lines).append(line)
        self._bodies, self._bands, self._boxes, self._heat = bodies, bands, boxes, heat
        errors, warnings = [], []
        for card_id, box in boxes.items():
            problems = scene.controller.problems_for(card_id)
            if problems:
                dot = QPointF(box.right(), box.top())
                (errors if any(p.is_error for p in problems) else warnings).append(dot)
        self._errors, self._warnings = errors, warnings
        bounds = QRectF()
        for box in boxes.values():
            bounds = bounds.united(box)
        self._bounds = bounds.adjusted(-40, -40, 40, 40)  # room for the problem dots
        self._lines, self._trail_lines = lines, trail
        self._stale = False


def _dot_pen(colour: QColor, pixels: float) -> QPen:
    """A cosmetic pen whose points are round dots ``pixels`` wide at any zoom."""
    pen = QPen(colour, pixels, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    pen.setCosmetic(True)
    return pen
