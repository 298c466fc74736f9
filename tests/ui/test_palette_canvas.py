"""The palette feeds the canvas: drop a card type where it should go, link cards by dragging."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from designer.ui.canvas.interactions import snap
from designer.ui.canvas.style import STYLES
from designer.ui.canvas.view import CARD_TYPE_MIME
from designer.ui.palette import BLURB_ROLE, TYPE_ROLE


def drop_on_view(view, mime, point: QPoint) -> None:
    """What Qt delivers when a drag from the palette ends over the canvas at ``point``."""
    pos = QPointF(point)
    action = Qt.DropAction.CopyAction
    button, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, action, mime, button, modifiers)
    QApplication.sendEvent(view.viewport(), enter)
    assert enter.isAccepted()
    QApplication.sendEvent(view.viewport(), QDragMoveEvent(point, action, mime, button, modifiers))
    QApplication.sendEvent(view.viewport(), QDropEvent(pos, action, mime, button, modifiers))


def test_palette_lists_every_card_type_with_icon_name_and_blurb(main_window):
    palette = main_window.palette
    assert palette.objectName() == "palette"
    assert palette.type_names() == list(STYLES)
    item = palette.list.item_for("live_chat")
    assert item.text() == "Live Chat"
    assert item.data(BLURB_ROLE) == STYLES["live_chat"].blurb
    assert not item.icon().isNull()
    assert item.data(TYPE_ROLE) == "live_chat"


def test_a_palette_drag_carries_the_card_type(main_window):
    mime = main_window.palette.mime_data_for("question")
    assert bytes(mime.data(CARD_TYPE_MIME).data()) == b"question"
    assert main_window.palette.list.mimeTypes() == [CARD_TYPE_MIME]


def test_dropping_a_card_type_creates_the_card_where_it_lands(main_window):
    view = main_window.view
    doc = main_window.controller.document
    empty = view.dialog_scene().cards_rect().topRight() + QPointF(300, 100)
    view.centerOn(empty)
    point = view.mapFromScene(empty)
    assert view.card_at_scene(view.mapToScene(point)) is None
    before = set(doc.card_ids())

    drop_on_view(view, main_window.palette.mime_data_for("question"), point)

    (new_id,) = set(doc.card_ids()) - before
    card = doc.card(new_id)
    landed = view.mapToScene(point)
    assert card.type == "question"
    assert (card.position.x, card.position.y) == (snap(landed.x()), snap(landed.y()))
    assert view.dialog_scene().card_item(new_id) is not None
    main_window.controller.undo_stack.undo()
    assert new_id not in doc


def test_double_click_adds_the_card_in_the_middle_of_the_view(qtbot, main_window):
    palette = main_window.palette.list
    view = main_window.view
    doc = main_window.controller.document
    before = set(doc.card_ids())
    item = palette.item_for("goal")
    rect = palette.visualItemRect(item)
    # a real double click is press, release, then a double-click event at the same place
    qtbot.mouseClick(palette.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(palette.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    (new_id,) = set(doc.card_ids()) - before
    assert doc.card(new_id).type == "goal"
    assert view.dialog_scene().selected_card_ids() == [new_id]
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    position = doc.card(new_id).position
    assert visible.contains(QPointF(position.x, position.y))


def test_dragging_from_a_port_to_a_card_connects_them(qtbot, main_window):
    view = main_window.view
    controller = main_window.controller
    controller.disconnect_port("offline-note", "next")
    scene = view.dialog_scene()
    source = scene.card_item("offline-note")
    view.zoom_reset()
    view.centerOn(source)
    port = view.mapFromScene(source.port_scene_pos("next"))
    target_item = scene.card_item("end-offline")
    target = view.mapFromScene(target_item.sceneBoundingRect().center())

    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=port)
    qtbot.mouseMove(view.viewport(), (port + target) / 2)
    qtbot.mouseMove(view.viewport(), target)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=target)

    assert controller.document.edge("offline-note", "next").target == "end-offline"
    assert scene.edge_item("offline-note", "next") is not None


def test_a_refused_link_is_explained_in_the_status_bar(main_window):
    scene = main_window.view.dialog_scene()
    scene.message.emit("a Live Chat card ends its branch")
    assert main_window.statusBar().currentMessage() == "a Live Chat card ends its branch"
