"""Links answer the pointer within a few screen pixels at any zoom: hover, click and palette
drop alike, without being drawn (or picked) fatter when zoomed in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from designer.model.cards import MessageCard
from designer.model.dialog import Dialog, Edge
from designer.ui.canvas.view import CARD_TYPE_MIME, PICK_PIXELS, DialogView
from designer.ui.controller import DocumentController


@pytest.fixture
def view(qtbot) -> DialogView:
    """Two messages far apart with one perfectly level link between them."""
    controller = DocumentController()
    controller.new_document(
        Dialog(
            start="from",
            cards=[
                MessageCard(id="from", title="From", text="Hi", position={"x": 0, "y": 0}),
                MessageCard(id="to", title="To", text="Hi", position={"x": 1200, "y": 0}),
            ],
            edges=[Edge(source="from", port="next", target="to")],
        )
    )
    widget = DialogView(controller)
    widget.resize(1000, 700)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    scene = widget.dialog_scene()
    # Level the link: the target's input at the height of the port it comes from.
    drop = scene.port_anchor("from", "next").y() - scene.input_anchor("to").y()
    controller.move_cards({"to": (1200.0, drop)})
    return widget


def on_link(view: DialogView, zoom: float, off: float) -> QPoint:
    """A point of the viewport ``off`` screen pixels below the middle of the link."""
    view.set_zoom(zoom)
    middle = view.dialog_scene().edge_item("from", "next").line().pointAtPercent(0.5)
    view.centerOn(middle)
    return view.mapFromScene(middle) + QPoint(0, round(off))


def click(qtbot, view: DialogView, point: QPoint) -> None:
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def link_selected(view: DialogView) -> bool:
    return view.dialog_scene().selected_edges() == [("from", "next")]


@pytest.mark.parametrize("zoom", [0.3, 0.7, 1.0, 3.0])
def test_a_click_within_eight_pixels_selects_the_link_at_any_zoom(qtbot, view, zoom):
    assert PICK_PIXELS == 8
    for off in (-6, 6):
        view.dialog_scene().clearSelection()
        click(qtbot, view, on_link(view, zoom, off))
        assert link_selected(view), (zoom, off)
    view.dialog_scene().clearSelection()
    click(qtbot, view, on_link(view, zoom, 12))
    assert not link_selected(view)


def test_zoomed_in_the_link_is_not_picked_from_afar(qtbot, view):
    """At 300 %, 12 px is 4 scene units: the old 10-unit hit band took it; the line does not."""
    click(qtbot, view, on_link(view, 3.0, 12))
    assert not link_selected(view)
    link = view.dialog_scene().edge_item("from", "next")
    assert link.shape().boundingRect().height() < 6  # the drawn line, not a fat band
    assert link.pen_width() < 2  # and drawn as thin as ever


def test_hovering_near_a_link_highlights_it_and_moving_away_clears_it(qtbot, view):
    link = view.dialog_scene().edge_item("from", "next")
    thin = link.pen_width()
    # from somewhere else first: Qt sends no move event to where the pointer already is
    qtbot.mouseMove(view.viewport(), on_link(view, 0.7, 60))
    qtbot.mouseMove(view.viewport(), on_link(view, 0.7, 6))
    qtbot.waitUntil(link.is_hot)
    assert link.pen_width() > thin
    qtbot.mouseMove(view.viewport(), on_link(view, 0.7, 40))
    qtbot.waitUntil(lambda: not link.is_hot())


class PaletteDrag:
    """The events Qt sends the canvas while a palette item is dragged over it."""

    def __init__(self, type_name: str) -> None:
        self.mime = QMimeData()  # kept alive as long as the events that point to it
        self.mime.setData(CARD_TYPE_MIME, type_name.encode())
        self.action = Qt.DropAction.CopyAction
        self.buttons = Qt.MouseButton.LeftButton
        self.modifiers = Qt.KeyboardModifier.NoModifier

    def send(self, view: DialogView, kind, point: QPoint) -> None:
        where = QPointF(point) if kind is QDropEvent else point
        event = kind(where, self.action, self.mime, self.buttons, self.modifiers)
        QApplication.sendEvent(view.viewport(), event)

    def leave(self, view: DialogView) -> None:
        QApplication.sendEvent(view.viewport(), QDragLeaveEvent())


def test_a_palette_drag_shows_the_link_it_would_go_into_and_drops_there(qtbot, view):
    controller = view.controller
    link = view.dialog_scene().edge_item("from", "next")
    near = on_link(view, 0.7, 6)  # 6 px at 70 %: under 9 scene units, off the hairline
    drag = PaletteDrag("goal")
    drag.send(view, QDragEnterEvent, near)
    drag.send(view, QDragMoveEvent, near)
    assert link.is_hot()
    drag.leave(view)
    assert not link.is_hot()

    drag.send(view, QDragEnterEvent, near)
    drag.send(view, QDragMoveEvent, near)
    drag.send(view, QDropEvent, near)

    goal = controller.document.edge("from", "next").target
    assert controller.document.card(goal).type == "goal"
    assert controller.document.edge(goal, "next").target == "to"
    assert view.dialog_scene().selected_card_ids() == [goal]
    assert not any(e.is_hot() for e in view.dialog_scene().edge_items())


def test_a_card_over_a_link_still_takes_the_click(qtbot, view):
    """Within reach of a link but on a card: the card is picked (cards are drawn on top)."""
    scene = view.dialog_scene()
    view.set_zoom(1.0)
    source = scene.card_item("from")
    view.centerOn(source)
    port = source.port_scene_pos("next")
    inside = view.mapFromScene(port - QPointF(PICK_PIXELS + 20, 30))
    assert view.card_at_scene(view.mapToScene(inside)) is source
    assert view.edge_at_scene(view.mapToScene(inside)) is None
