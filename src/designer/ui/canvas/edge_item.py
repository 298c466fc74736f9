"""A link on the canvas: a curve with an arrow, from a card's port to a card's top.

It holds only the output port it leaves from (card id, port key); the curve
is recomputed from the two cards' items whenever either moves or changes.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

if TYPE_CHECKING:
    from designer.ui.canvas.scene import DialogScene

EDGE_COLOUR = QColor("#7A8691")
SELECTED_COLOUR = QColor("#1A73E8")
TRAIL_COLOUR = QColor("#F29900")
ARROW = 9.0


def link_path(start: QPointF, end: QPointF) -> QPainterPath:
    """The curve from a port (leaving rightwards) to a card's input (arriving from the left).

    A link going back to an earlier card (a loop) swings out wider, so it does
    not run through the cards between.
    """
    path = QPainterPath(start)
    dx = end.x() - start.x()
    reach = max(60.0, abs(dx) * 0.5) if dx > 0 else 140.0 + abs(end.y() - start.y()) * 0.15
    path.cubicTo(QPointF(start.x() + reach, start.y()), QPointF(end.x() - reach, end.y()), end)
    return path


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
        self.setZValue(0)
        # Derived from the two cards' positions, redone on refresh (never in paint).
        self._path = QPainterPath()
        self._head = QPolygonF()

    def type(self) -> int:
        return self.Type

    def refresh(self) -> None:
        """Recompute the curve from where the cards are now."""
        scene: DialogScene = self.scene()  # type: ignore[assignment]
        if scene is None:
            return
        edge = scene.controller.document.edge(*self.key)
        source = scene.card_item(self.key[0])
        target = scene.card_item(edge.target) if edge is not None else None
        self.prepareGeometryChange()
        if source is None or target is None:
            self._path = QPainterPath()
            return
        start = source.port_scene_pos(self.key[1])
        if start is None:
            self._path = QPainterPath()
            return
        end = target.input_scene_pos()
        self._path = link_path(start, end)
        self._head = arrow_head(end)

    def boundingRect(self) -> QRectF:
        return self._path.boundingRect().adjusted(-ARROW, -ARROW, ARROW, ARROW)

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(10)
        return stroker.createStroke(self._path)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self._path.isEmpty():
            return
        scene: DialogScene = self.scene()  # type: ignore[assignment]
        colour = SELECTED_COLOUR if self.isSelected() else EDGE_COLOUR
        if scene.link_on_trail(self.key):
            colour = TRAIL_COLOUR
        width = (2.6 if self.isSelected() else 1.8) * scene.edge_weight(self.key)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPolygon(self._head)
