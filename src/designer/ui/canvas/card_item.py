"""A card on the canvas: a view of one card of the document, known by its id only.

Everything drawn is read from the model at paint time (through the scene's
geometry cache); the item never keeps a copy of the card. Its position is
set by the scene from the model whenever the model says the card moved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from designer.ui.canvas.geometry import (
    CARD_MARGIN,
    EMPTY_GEOMETRY,
    HEADER,
    PAD,
    PORT_RADIUS,
    CardGeometry,
    body_font,
    small_font,
    title_font,
)
from designer.ui.canvas.style import STYLES, canvas_colours
from designer.ui.icons import paint_card_glyph
from designer.ui.plain_text import as_plain_tooltip
from designer.ui.plural import plural
from designer.ui.problem_text import problem_text
from designer.ui.translations import tr as _t
from designer.ui.worded import worded_text

if TYPE_CHECKING:
    from designer.ui.canvas.scene import DialogScene

RADIUS = 10.0
LOW_DETAIL = 0.45  # below this zoom, cards are drawn as plain coloured boxes

ERROR_COLOUR = QColor("#D93025")  # problem badges: the same in both themes
WARNING_COLOUR = QColor("#E8A200")


class CardItem(QGraphicsItem):
    """The drawing of one card; holds nothing but the card id."""

    Type = QGraphicsItem.UserType + 1

    def __init__(self, card_id: str) -> None:
        super().__init__()
        self.card_id = card_id
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(1)

    def type(self) -> int:
        return self.Type

    def dialog_scene(self) -> DialogScene:
        return self.scene()  # type: ignore[return-value]

    def geometry(self) -> CardGeometry:
        scene = self.dialog_scene()
        return scene.geometry(self.card_id) if scene is not None else EMPTY_GEOMETRY

    def boundingRect(self) -> QRectF:
        scene = self.scene()
        if scene is None:
            return QRectF()
        return self.geometry().rect.adjusted(*CARD_MARGIN)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        if self.scene() is None:
            return path
        path.addRoundedRect(self.geometry().rect.adjusted(0, 0, PORT_RADIUS, 0), RADIUS, RADIUS)
        return path

    def port_scene_pos(self, port: str) -> QPointF | None:
        for slot in self.geometry().ports:
            if slot.key == port:
                return self.mapToScene(slot.anchor)
        return None

    def input_scene_pos(self) -> QPointF:
        return self.mapToScene(self.geometry().input_anchor)

    # --- painting ---------------------------------------------------------------------------

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        scene = self.dialog_scene()
        if scene is None or self.card_id not in scene.controller.document:
            return  # leaving the scene: nothing left to draw
        card = scene.controller.document.card(self.card_id)
        geo = scene.geometry(self.card_id)
        style = STYLES[card.type]
        tones = canvas_colours()  # the theme's (see style.py)
        colour = tones.accents[card.type]
        rect = geo.rect
        selected = self.isSelected()
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, lod >= LOW_DETAIL)

        # body
        trail = scene.trail_state(self.card_id)
        if trail == "current":  # the preview visitor is here: a halo around the card
            halo = QPen(
                tones.trail_halo, 10 if lod >= LOW_DETAIL else min(12.0, 6 / max(lod, 0.05))
            )
            painter.setPen(halo)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), RADIUS + 2, RADIUS + 2)
        border = QPen(
            colour.darker(tones.outline_shade) if not selected else tones.selection,
            3.0 if selected else 1.2,
        )
        if trail and not selected:
            border = QPen(tones.trail, 3.0 if trail == "current" else 2.0)
        painter.setPen(border)
        painter.setBrush(QBrush(tones.card_body))
        painter.drawRoundedRect(rect, RADIUS, RADIUS)
        if lod < LOW_DETAIL:
            self._paint_overview(painter, worded_text(card.display_title()), colour, rect, lod)
            self._paint_heat(painter, scene, rect, lod)
            self._paint_badge(painter, scene, lod)
            return

        # header band: the card's rounded top, clipped to the header height
        painter.save()
        painter.setClipRect(QRectF(0, 0, rect.width(), HEADER))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(tones.headers[card.type])
        painter.drawRoundedRect(rect, RADIUS, RADIUS)
        painter.restore()
        # glyph disc
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(tones.glyph_disc)
        painter.drawEllipse(QRectF(PAD, 8, 28, 28))
        paint_card_glyph(painter, card.type, QRectF(PAD + 1, 9, 26, 26))
        # type + title
        painter.setFont(small_font())
        painter.setPen(tones.header_text)
        type_label = style.name.upper()
        if scene.controller.document.start == self.card_id:
            type_label += "  ·  " + _t("START")
        painter.drawText(
            QRectF(PAD + 36, 5, rect.width() - PAD * 2 - 36, 14),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            type_label,
        )
        painter.setFont(title_font())
        title_rect = QRectF(PAD + 36, 19, rect.width() - PAD * 2 - 36 - 18, 20)
        # An untitled card's stand-in ends with its id, the part that tells it apart: kept in sight
        # when a long type name ("Prise de rendez-vous m1") does not fit.
        elide = Qt.TextElideMode.ElideRight if card.title else Qt.TextElideMode.ElideMiddle
        title = painter.fontMetrics().elidedText(
            worded_text(card.display_title()), elide, int(title_rect.width())
        )
        painter.drawText(
            title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title
        )

        # summary
        painter.setFont(body_font())
        painter.setPen(tones.card_text)
        y = geo.summary_rect.top()
        for line in geo.summary:
            painter.drawText(
                QRectF(PAD, y, geo.summary_rect.width(), 17),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                line,
            )
            y += 17

        # ports
        doc = scene.controller.document
        for slot in geo.ports:
            painter.setPen(QPen(tones.port_rule, 1))
            painter.drawLine(
                QPointF(PAD, slot.row.top()), QPointF(rect.width() - PAD, slot.row.top())
            )
            painter.setPen(tones.port_text)
            label = painter.fontMetrics().elidedText(
                "→ " + slot.label, Qt.TextElideMode.ElideRight, int(slot.row.width() - 20)
            )
            painter.drawText(
                slot.row.adjusted(2, 0, -16, 0),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            linked = doc.edge(self.card_id, slot.key) is not None
            painter.setPen(QPen(colour.darker(tones.port_shade), 1.5))
            painter.setBrush(colour if linked else tones.card_body)
            painter.drawEllipse(slot.anchor, PORT_RADIUS, PORT_RADIUS)

        if geo.end_band is not None:
            band = geo.end_band.adjusted(1, 0, -1, -1)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(tones.end_band)
            painter.drawRect(band)
            painter.setPen(tones.end_band_text)
            painter.setFont(small_font())
            text = {
                "live_chat": _t("■ Ends the branch: hands over to an agent"),
                "goto": _t("■ Ends the branch: jumps"),
                "end": _t("■ Ends the conversation"),
            }.get(card.type, "")
            painter.drawText(
                band.adjusted(PAD, 0, 0, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
        self._paint_heat(painter, scene, rect, lod)
        self._paint_badge(painter, scene, lod)

    def _paint_heat(self, painter: QPainter, scene: DialogScene, rect: QRectF, lod: float) -> None:
        """Under the simulation overlay: shade by share of visitors and say how many."""
        heat = scene.card_heat(self.card_id)
        if heat is None:
            return
        share, count = heat
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(217, 48, 37, int(25 + 120 * share)))
        painter.drawRoundedRect(rect.adjusted(0, HEADER, 0, 0), RADIUS, RADIUS)
        from designer.ui.simulation.numbers import count as number  # only under the overlay

        label = plural(_t("{0} visitor(s)", "", count), count).format(number(count))
        font = small_font()
        if lod < LOW_DETAIL:  # zoomed out: keep the count readable on screen
            font.setPixelSize(max(10, int(9 / max(lod, 0.05))))
        painter.setFont(font)
        metrics = painter.fontMetrics()
        width = min(metrics.horizontalAdvance(label) + 12, rect.width())
        height = metrics.height() + 4
        # Below the card when close up; inside it when zoomed out (its bounds stay put).
        top = rect.height() + 4 if lod >= LOW_DETAIL else rect.height() - height - 2
        pill = QRectF(rect.width() - width, top, width, height)
        tones = canvas_colours()
        painter.setBrush(tones.pill)
        painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setPen(tones.pill_text)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, label)

    def _paint_overview(
        self, painter: QPainter, title: str, colour: QColor, rect: QRectF, lod: float
    ) -> None:
        """Zoomed far out: a coloured band and the title in letters big enough to read."""
        band = HEADER / 3
        painter.fillRect(QRectF(0, 0, rect.width(), band), colour)
        if lod < 0.08:
            return  # a few pixels per card: the colours are the map
        font = title_font()
        font.setPixelSize(max(12, int(10 / lod)))
        painter.setFont(font)
        painter.setPen(canvas_colours().overview_text)
        body = QRectF(PAD / 2, band, rect.width() - PAD, max(rect.height() - band, 1))
        painter.save()
        painter.setClipRect(body)
        painter.drawText(body, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, title)
        painter.restore()

    def _paint_badge(self, painter: QPainter, scene: DialogScene, lod: float) -> None:
        problems = scene.controller.problems_for(self.card_id)
        if not problems:
            return
        error = any(p.is_error for p in problems)
        colour = ERROR_COLOUR if error else WARNING_COLOUR
        centre = QPointF(self.geometry().rect.width() - 4, -2)
        radius = 11.0 if lod >= LOW_DETAIL else 16.0
        painter.setPen(QPen(canvas_colours().badge_ring, 2))
        painter.setBrush(colour)
        painter.drawEllipse(centre, radius, radius)
        painter.setPen(QColor("#FFFFFF"))
        painter.setFont(title_font())
        painter.drawText(
            QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
            Qt.AlignmentFlag.AlignCenter,
            "!" if error else str(len(problems)),
        )

    def tooltip_text(self) -> str:
        """The card's problems as sentences, for the tooltip (read from the controller)."""
        scene = self.dialog_scene()
        problems = scene.controller.problems_for(self.card_id) if scene is not None else []
        if not problems:
            return ""
        return as_plain_tooltip(  # the sentences quote the marketer's titles: never markup
            "\n".join(
                (_t("Error: {0}") if p.is_error else _t("Warning: {0}")).format(problem_text(p))
                for p in problems
            )
        )
