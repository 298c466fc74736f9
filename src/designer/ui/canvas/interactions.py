"""What a mouse gesture on the canvas means, one small class per gesture.

The view hands press/move/release to the current interaction; each has a
clear start, finish and cancel (Escape). Interactions report intent to the
controller (move these cards, connect this port to that card); they never
change items or the model themselves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsRectItem

from designer.errors import DesignerError
from designer.ui.canvas.card_item import CardItem
from designer.ui.canvas.edge_item import link_path
from designer.ui.canvas.style import canvas_colours
from designer.ui.controller import new_session
from designer.ui.translations import tr as _tr

if TYPE_CHECKING:
    from designer.ui.canvas.view import DialogView

SNAP = 20.0
DRAG_THRESHOLD = 3.0


def snap(value: float) -> float:
    return round(value / SNAP) * SNAP


class Interaction:
    """Base: a gesture that starts on press, follows moves, ends on release."""

    def __init__(self, view: DialogView) -> None:
        self.view = view
        self.scene = view.dialog_scene()
        self.controller = view.controller

    def move(self, scene_pos: QPointF) -> None: ...

    def finish(self, scene_pos: QPointF) -> None: ...

    def cancel(self) -> None: ...


class MoveCards(Interaction):
    """Drag selected cards; every step goes to the model, merged into one undo step."""

    def __init__(self, view: DialogView, press: QPointF, card_ids: list[str]) -> None:
        super().__init__(view)
        self.press = press
        doc = self.controller.document
        self.origin = {
            cid: (doc.card(cid).position.x, doc.card(cid).position.y) for cid in card_ids
        }
        self.session = new_session()
        self.moved = False

    def move(self, scene_pos: QPointF) -> None:
        dx, dy = scene_pos.x() - self.press.x(), scene_pos.y() - self.press.y()
        if not self.moved and abs(dx) + abs(dy) < DRAG_THRESHOLD:
            return
        self.moved = True
        moves = {cid: (snap(x + dx), snap(y + dy)) for cid, (x, y) in self.origin.items()}
        self.controller.move_cards(moves, session=self.session)

    def cancel(self) -> None:
        if self.moved:
            self.controller.move_cards(dict(self.origin), session=self.session)


class NewEdge(Interaction):
    """Drag from an output port to a card to link them."""

    def __init__(self, view: DialogView, source: str, port: str, start: QPointF) -> None:
        super().__init__(view)
        self.source, self.port = source, port
        self.start = start
        self.preview = QGraphicsPathItem()
        self.preview.setPen(QPen(canvas_colours().selection, 2, Qt.PenStyle.DashLine))
        self.preview.setZValue(10)
        self.scene.addItem(self.preview)
        self.move(start)

    def move(self, scene_pos: QPointF) -> None:
        self.preview.setPath(link_path(self.start, scene_pos))

    def finish(self, scene_pos: QPointF) -> None:
        self._remove_preview()
        target = self.view.card_at_scene(scene_pos)
        if target is None:
            self.scene.message.emit(_tr("Drop the link on a card to connect it."))
            return
        try:
            self.controller.connect_cards(self.source, self.port, target.card_id)
        except DesignerError as exc:
            self.scene.message.emit(exc.message)

    def cancel(self) -> None:
        self._remove_preview()

    def _remove_preview(self) -> None:
        if self.preview.scene() is not None:
            self.scene.removeItem(self.preview)


class RubberBand(Interaction):
    """Drag on empty canvas to select the cards inside the rectangle (Ctrl adds)."""

    def __init__(self, view: DialogView, press: QPointF, additive: bool) -> None:
        super().__init__(view)
        self.press = press
        self.before = set(self.scene.selected_card_ids()) if additive else set()
        self.band = QGraphicsRectItem()
        tones = canvas_colours()
        self.band.setPen(QPen(tones.selection, 0, Qt.PenStyle.DashLine))
        self.band.setBrush(tones.selection_fill)
        self.band.setZValue(20)
        self.scene.addItem(self.band)
        if not additive:
            self.scene.clearSelection()

    def move(self, scene_pos: QPointF) -> None:
        rect = QRectF(self.press, scene_pos).normalized()
        self.band.setRect(rect)
        inside = {
            i.card_id
            for i in self.scene.items(rect, Qt.ItemSelectionMode.IntersectsItemShape)
            if isinstance(i, CardItem)
        }
        self.scene.select_cards(sorted(self.before | inside))

    def finish(self, scene_pos: QPointF) -> None:
        self.move(scene_pos)
        self.cancel()

    def cancel(self) -> None:
        if self.band.scene() is not None:
            self.scene.removeItem(self.band)


class Pan(Interaction):
    """Middle button or Space+drag scrolls the view."""

    def __init__(self, view: DialogView, viewport_pos: QPointF) -> None:
        super().__init__(view)
        self.last = viewport_pos

    def move_viewport(self, viewport_pos: QPointF) -> None:
        delta = viewport_pos - self.last
        self.last = viewport_pos
        h, v = self.view.horizontalScrollBar(), self.view.verticalScrollBar()
        h.setValue(h.value() - int(delta.x()))
        v.setValue(v.value() - int(delta.y()))
