"""The canvas view: zoom, pan, selection, and the gestures that edit the dialog.

Mouse presses are routed to small interaction objects (move, link, rubber
band, pan); dropping a card type from the palette creates a card where it
lands — on empty canvas, on a free output port (attached to it) or on a link
(inserted into it) — makes room for it (:class:`ScenePlacement`) and selects it.
Links are picked within :data:`PICK_PIXELS` screen pixels at any zoom.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QStyleOptionGraphicsItem, QWidget
from shiboken6 import isValid

from designer.errors import DesignerError
from designer.ui.canvas.card_item import CardItem
from designer.ui.canvas.edge_item import EdgeItem
from designer.ui.canvas.geometry import HEADER
from designer.ui.canvas.interactions import (
    Interaction,
    MoveCards,
    NewEdge,
    Pan,
    RubberBand,
    snap,
)
from designer.ui.canvas.overview import OVERVIEW_ZOOM
from designer.ui.canvas.placement import COLUMN_GAP, ScenePlacement, grid_up
from designer.ui.canvas.scene import DialogScene
from designer.ui.canvas.style import canvas_colours
from designer.ui.controller import DocumentController

_HOVER_EVENTS = frozenset({QEvent.Type.MouseMove, QEvent.Type.HoverMove, QEvent.Type.HoverEnter})
_ACTING_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.ContextMenu,
        QEvent.Type.DragEnter,
        QEvent.Type.DragMove,
        QEvent.Type.Drop,
        QEvent.Type.ToolTip,
    }
)
CARD_TYPE_MIME = "application/x-stream-designer-card-type"
MIN_ZOOM, MAX_ZOOM = 0.05, 3.0
ZOOM_STEP = 1.2
PICK_PIXELS = 8.0
"""How near (screen pixels, each side) the pointer must come to a link to hover, click or
drop on it, whatever the zoom."""


class DialogView(QGraphicsView):
    """Shows a :class:`DialogScene`; emits the selected card ids when they change."""

    selectionChangedIds = Signal(object)  # list[str], passed as is
    zoomChanged = Signal(float)
    cardPlaced = Signal(str)
    """A card was dropped from the palette (and selected): a window may offer its title."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._scene = DialogScene(controller, parent=self)
        self.setScene(self._scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        # The grid is drawn once per zoom and scrolled as a picture: redrawing its
        # lines under every edited card was a third of an edit's repaint. A theme
        # change resets the cache (theme.py).
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setObjectName("canvas")
        self._interaction: Interaction | None = None
        self._space = False
        self._hot_link: EdgeItem | None = None  # highlighted: a click or drop here picks it
        controller.placement = ScenePlacement(self._scene)
        self._scene.selectionChanged.connect(self._emit_selection)
        controller.documentReset.connect(self.zoom_to_fit)
        controller.focusRequested.connect(self.focus_card)

    def dialog_scene(self) -> DialogScene:
        return self._scene

    def _emit_selection(self) -> None:
        self.selectionChangedIds.emit(self._scene.selected_card_ids())

    # --- zoom ------------------------------------------------------------------------------------

    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        scale = factor / self.zoom()
        self.scale(scale, scale)
        self.zoomChanged.emit(self.zoom())

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / ZOOM_STEP)

    def zoom_reset(self) -> None:
        self.set_zoom(1.0)

    def zoom_to_fit(self) -> None:
        rect = self.dialog_scene().cards_rect()
        if rect.isEmpty():
            rect = QRectF(-400, -300, 800, 600)
        rect = rect.adjusted(-60, -60, 60, 60)
        self.setSceneRect(rect.adjusted(-2000, -2000, 2000, 2000))
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > 1.0:
            self.set_zoom(1.0)
        self.centerOn(rect.center())
        self.zoomChanged.emit(self.zoom())

    def focus_card(self, card_id: str) -> None:
        """Select a card and bring it to the middle (e.g. from the Problems list)."""
        item = self.dialog_scene().card_item(card_id)
        if item is None:
            return
        self.dialog_scene().select_cards([card_id])
        self.centerOn(item.sceneBoundingRect().center())

    def paintEvent(self, event: QPaintEvent) -> None:
        """Far out, paint the scene's overview picture instead of thousands of items.

        Below :data:`OVERVIEW_ZOOM` every item would be in view: QGraphicsView's own
        pass would look them all up and call into Python for each, seconds per
        frame at 5,000 cards. The items stay in the scene, selectable and under
        the mouse; only their drawing is replaced (and the gesture's own band or
        link preview is drawn on top).
        """
        lod = self.transform().m11()
        scene = self.dialog_scene()
        if lod >= OVERVIEW_ZOOM:
            # An opened dialog still making its items: the ones in sight first, the
            # others once this frame is out.
            scene.ensure_region(self.mapToScene(event.rect()).boundingRect())
            super().paintEvent(event)
            scene.keep_building()
            return
        painter = QPainter(self.viewport())
        painter.setClipRegion(event.region())
        painter.fillRect(event.rect(), canvas_colours().background)
        painter.setWorldTransform(self.viewportTransform())
        scene.overview.paint(painter, lod)
        for name in ("band", "preview"):  # RubberBand's rectangle, NewEdge's curve
            item = getattr(self._interaction, name, None)
            if item is not None and item.scene() is scene:
                painter.setWorldTransform(item.sceneTransform() * self.viewportTransform())
                item.paint(painter, QStyleOptionGraphicsItem(), None)
        painter.end()
        scene.keep_building()

    def viewportEvent(self, event: QEvent) -> bool:
        """Before the mouse acts on the canvas, every item it could reach must exist.

        While an opened dialog is still making its items (see scene.py), a press,
        a drop or a menu finishes the work; a plain hover makes only what is
        under the pointer, so moving the mouse over the window never waits.
        """
        kind = event.type()
        scene = self._scene
        if scene.building:
            if kind in _HOVER_EVENTS:
                where = self.mapToScene(event.position().toPoint())  # type: ignore[attr-defined]
                scene.ensure_region(QRectF(where.x() - 1, where.y() - 1, 2, 2))
            elif kind in _ACTING_EVENTS:
                scene.ensure_items()
        return super().viewportEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            self.set_zoom(self.zoom() * (ZOOM_STEP**steps))
            event.accept()
            return
        super().wheelEvent(event)

    # --- hit tests ------------------------------------------------------------------------------

    def card_at_scene(self, pos: QPointF) -> CardItem | None:
        for item in self.dialog_scene().items(pos):
            if isinstance(item, CardItem):
                return item
        return None

    def edge_at_scene(self, pos: QPointF) -> EdgeItem | None:
        """The link nearest ``pos`` within :data:`PICK_PIXELS` on screen; none over a card.

        Measured on the curve (:meth:`EdgeItem.distance_to`) among the few links the
        scene's index puts near the point: the reach stays the same on screen at
        any zoom, and the links are not drawn any fatter.
        """
        reach = PICK_PIXELS / self.zoom()
        area = QRectF(pos.x() - reach, pos.y() - reach, 2 * reach, 2 * reach)
        scene = self.dialog_scene()
        scene.ensure_region(area)
        found: EdgeItem | None = None
        nearest = math.inf
        # One look in the index for both: a hover asks this at every mouse move.
        for item in scene.items(area, Qt.ItemSelectionMode.IntersectsItemBoundingRect):
            if isinstance(item, EdgeItem):
                distance = item.distance_to(pos, reach)
                if distance is not None and distance < nearest:
                    found, nearest = item, distance
            elif isinstance(item, CardItem) and item.contains(item.mapFromScene(pos)):
                return None  # cards are drawn over links
        return found

    def _show_hot_link(self, item: EdgeItem | None) -> None:
        """Highlight the link a click or a drop would pick now (None: no link)."""
        if item is self._hot_link:
            return
        if self._hot_link is not None and isValid(self._hot_link):
            self._hot_link.set_hot(False)
        self._hot_link = item
        if item is not None:
            item.set_hot(True)

    # --- mouse ---------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = self.mapToScene(event.position().toPoint())
        button = event.button()
        if button == Qt.MouseButton.MiddleButton or (
            button == Qt.MouseButton.LeftButton and self._space
        ):
            self._interaction = Pan(self, event.position())
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        if button != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self._show_hot_link(None)
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        card = self.card_at_scene(pos)
        if card is not None:
            slot = card.geometry().port_at(card.mapFromScene(pos))
            if slot is not None and not ctrl:
                self._interaction = NewEdge(
                    self, card.card_id, slot.key, card.mapToScene(slot.anchor)
                )
                event.accept()
                return
            if ctrl:
                card.setSelected(not card.isSelected())
                event.accept()
                return
            if not card.isSelected():
                self.dialog_scene().select_cards([card.card_id])
            self._interaction = MoveCards(self, pos, self.dialog_scene().selected_card_ids())
            event.accept()
            return
        edge = self.edge_at_scene(pos)
        if edge is not None:
            if not ctrl:
                self.dialog_scene().clearSelection()
            edge.setSelected(True)
            event.accept()
            return
        self._interaction = RubberBand(self, pos, additive=ctrl)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        interaction = self._interaction
        if isinstance(interaction, Pan):
            interaction.move_viewport(event.position())
        elif interaction is not None:
            interaction.move(self.mapToScene(event.position().toPoint()))
        else:
            super().mouseMoveEvent(event)
            if event.buttons() == Qt.MouseButton.NoButton and self.zoom() >= OVERVIEW_ZOOM:
                self._show_hot_link(self.edge_at_scene(self.mapToScene(event.position().toPoint())))

    def leaveEvent(self, event: QEvent) -> None:
        self._show_hot_link(None)
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        interaction, self._interaction = self._interaction, None
        if interaction is None:
            super().mouseReleaseEvent(event)
            return
        if isinstance(interaction, Pan):
            self.viewport().setCursor(
                Qt.CursorShape.OpenHandCursor if self._space else Qt.CursorShape.ArrowCursor
            )
        else:
            interaction.finish(self.mapToScene(event.position().toPoint()))
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._scene.ensure_items()  # keys act on the selection and the items
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            return
        if event.key() == Qt.Key.Key_Escape and self._interaction is not None:
            self._interaction.cancel()
            self._interaction = None
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
            return
        super().keyReleaseEvent(event)

    # --- dropping a card type from the palette ------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(CARD_TYPE_MIME):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(CARD_TYPE_MIME):
            event.acceptProposedAction()
            # Show the link the card would go into, if it is dropped here.
            self._show_hot_link(self.edge_at_scene(self.mapToScene(event.position().toPoint())))
        else:
            super().dragMoveEvent(event)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._show_hot_link(None)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        data = event.mimeData()
        if not data.hasFormat(CARD_TYPE_MIME):
            super().dropEvent(event)
            return
        self._show_hot_link(None)
        type_name = bytes(data.data(CARD_TYPE_MIME).data()).decode("utf-8")
        pos = self.mapToScene(event.position().toPoint())
        event.acceptProposedAction()
        self.drop_card(type_name, pos)

    def drop_card(self, type_name: str, pos: QPointF) -> str | None:
        """Create a card where a palette item was dropped: on a port, a link or the canvas.

        It goes where there is room near that spot (see :class:`ScenePlacement`) and
        becomes the selection, so the Inspector shows it at once.
        """
        x, y = snap(pos.x()), snap(pos.y())
        add = self.controller.add_card
        try:
            card = self.card_at_scene(pos)
            slot = card.geometry().port_at(card.mapFromScene(pos)) if card is not None else None
            edge = self.edge_at_scene(pos) if card is None else None
            link = self.controller.document.edge(*edge.key) if edge is not None else None
            if card is not None and slot is not None:
                # In the next column, level with the answer its link leaves from.
                right = card.pos().x() + card.geometry().rect.right() + COLUMN_GAP
                top = card.mapToScene(slot.anchor).y() - HEADER / 2
                port = (card.card_id, slot.key)
                card_id = add(type_name, grid_up(right), snap(top), link_from=port, find_room=True)
            elif card is not None:
                card_id = add(type_name, x + 40, y + 40, find_room=True)
            elif link is not None:
                card_id = self.controller.insert_on_edge(type_name, link, x, y)
            else:
                card_id = add(type_name, x, y, find_room=True)
        except DesignerError as exc:
            self.dialog_scene().message.emit(exc.message)
            return None
        self.dialog_scene().select_cards([card_id])
        self.setFocus()
        self.cardPlaced.emit(card_id)
        return card_id
