"""The canvas drives and follows the model: drag, link, drop, select, zoom, problems."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QTextDocumentFragment, QWheelEvent

from designer.errors import DesignerError
from designer.model.codec import dumps_dialog
from designer.ui.canvas.card_item import CardItem
from designer.ui.canvas.view import DialogView


@pytest.fixture
def view(qtbot, controller) -> DialogView:
    view = DialogView(controller)
    view.resize(1200, 800)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.set_zoom(1.0)
    return view


def saved(controller) -> str:
    return dumps_dialog(controller.document.to_dialog())


def view_point(view: DialogView, scene_point: QPointF) -> QPoint:
    return view.mapFromScene(scene_point)


def card_centre(view: DialogView, card_id: str) -> QPoint:
    item = view.dialog_scene().card_item(card_id)
    view.centerOn(item)
    header = item.mapToScene(QPointF(item.geometry().rect.width() / 2, 20))
    return view_point(view, header)


def test_one_item_per_card_and_link_at_the_model_positions(view, controller):
    scene = view.dialog_scene()
    doc = controller.document
    assert {i.card_id for i in scene.card_items()} == set(doc.card_ids())
    assert {i.key for i in scene.edge_items()} == {e.key for e in doc.edges()}
    for item in scene.card_items():
        position = doc.card(item.card_id).position
        assert (item.pos().x(), item.pos().y()) == (position.x, position.y)


def test_dragging_a_card_moves_it_in_the_model_as_one_undo_step(qtbot, view, controller):
    before = saved(controller)
    start = card_centre(view, "browse")
    old = controller.document.card("browse").position
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(view.viewport(), start + QPoint(20 * step, 12 * step))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(100, 60))
    moved = controller.document.card("browse").position
    assert (moved.x, moved.y) == (old.x + 100, old.y + 60)
    item = view.dialog_scene().card_item("browse")
    assert (item.pos().x(), item.pos().y()) == (moved.x, moved.y)
    # the link into the card follows it
    edge = view.dialog_scene().edge_item("ask-sales", "no")
    assert edge.boundingRect().contains(item.input_scene_pos())
    assert controller.undo_stack.count() == 1
    controller.undo_stack.undo()
    assert saved(controller) == before


def test_dragging_from_a_port_to_a_card_links_them(qtbot, view, controller):
    controller.disconnect_port("browse", "next")
    item = view.dialog_scene().card_item("browse")
    view.centerOn(item)
    port = view_point(view, item.port_scene_pos("next"))
    target = view_point(view, view.dialog_scene().card_item("end-offline").input_scene_pos())
    target += QPoint(0, 30)
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=port)
    qtbot.mouseMove(view.viewport(), (port + target) / 2)
    qtbot.mouseMove(view.viewport(), target)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=target)
    assert controller.document.edge("browse", "next").target == "end-offline"
    assert view.dialog_scene().edge_item("browse", "next") is not None


def test_a_live_chat_card_ends_its_branch(view, controller):
    assert view.dialog_scene().card_item("sales-chat").geometry().ports == ()
    with pytest.raises(DesignerError, match="ends its branch"):
        controller.connect_cards("sales-chat", "next", "browse")


def test_problems_show_on_the_card_and_in_its_tooltip(qtbot, view, controller):
    controller.disconnect_port("browse", "next")
    qtbot.waitUntil(lambda: bool(controller.problems_for("browse")))
    item = view.dialog_scene().card_item("browse")
    shown = QTextDocumentFragment.fromHtml(item.tooltip_text()).toPlainText()  # as displayed
    assert "leads nowhere" in shown
    assert shown.startswith("Error: ")
    controller.undo_stack.undo()
    qtbot.waitUntil(lambda: not controller.problems_for("browse"))
    assert item.tooltip_text() == ""


def test_rubber_band_and_ctrl_click_select(qtbot, view, controller):
    view.zoom_to_fit()
    scene = view.dialog_scene()
    rect = (
        scene.card_item("browse")
        .sceneBoundingRect()
        .united(scene.card_item("end-browse").sceneBoundingRect())
    )
    # from empty canvas below-right of the two cards, up-left over them
    a = view_point(view, rect.bottomRight() + QPointF(15, 15))
    b = view_point(view, rect.topLeft() - QPointF(5, 5))
    assert view.card_at_scene(view.mapToScene(a)) is None
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=a)
    qtbot.mouseMove(view.viewport(), b)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=b)
    assert sorted(scene.selected_card_ids()) == ["browse", "end-browse"]
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, ctrl, card_centre(view, "welcome"))
    assert sorted(scene.selected_card_ids()) == ["browse", "end-browse", "welcome"]


def test_ctrl_wheel_zooms_and_fit_shows_every_card(view):
    before = view.zoom()
    event = QWheelEvent(
        QPointF(300, 300),
        view.mapToGlobal(QPointF(300, 300)),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    view.wheelEvent(event)
    assert view.zoom() == pytest.approx(before * 1.2)
    view.zoom_to_fit()
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(view.dialog_scene().cards_rect())


def test_dropping_on_a_free_port_attaches_and_on_a_link_inserts(view, controller):
    controller.disconnect_port("browse", "next")
    item = view.dialog_scene().card_item("browse")
    new_id = view.drop_card("message", item.port_scene_pos("next") - QPointF(30, 0))
    assert controller.document.edge("browse", "next").target == new_id

    edge_item = view.dialog_scene().edge_item("welcome", "next")
    on_link = next(
        p
        for p in (edge_item.shape().pointAtPercent(t / 10) for t in range(1, 10))
        if view.card_at_scene(p) is None and view.edge_at_scene(p) is edge_item
    )
    goal = view.drop_card("goal", on_link)
    assert controller.document.edge("welcome", "next").target == goal
    assert controller.document.edge(goal, "next").target == "ask-sales"
    controller.undo_stack.undo()  # one step undoes the insertion whole
    assert controller.document.edge("welcome", "next").target == "ask-sales"
    assert goal not in controller.document


def test_small_edits_touch_only_their_items(view, controller):
    scene = view.dialog_scene()
    items_before = {id(i) for i in scene.items()}
    controller.update_card("browse", text="Have a look around!")
    controller.move_cards({"end-browse": (600.0, 700.0)})
    assert {id(i) for i in scene.items()} == items_before  # nothing rebuilt
    assert isinstance(scene.card_item("browse"), CardItem)
    assert scene.geometry("browse").summary[0].startswith("Have a look around!")


def test_preview_trail_and_simulation_heat_are_view_only_overlays(view, controller):
    scene = view.dialog_scene()
    before = saved(controller)
    scene.set_trail("ask-sales", ["welcome", "ask-sales"])
    assert scene.trail_state("ask-sales") == "current"
    assert scene.trail_state("welcome") == "visited"
    assert scene.trail_state("browse") == ""
    assert scene.link_on_trail(("welcome", "next"))
    assert not scene.link_on_trail(("ask-sales", "no"))
    scene.set_heat({"welcome": 100, "browse": 25}, {("welcome", "ask-sales"): 100})
    assert scene.card_heat("browse") == (0.25, 25)
    assert scene.edge_weight(("welcome", "next")) == 6.0
    assert scene.edge_weight(("ask-sales", "no")) == 1.0
    view.grab()  # paints every overlay without error
    scene.set_heat({}, {})
    scene.set_trail(None, [])
    assert scene.card_heat("browse") is None
    assert saved(controller) == before  # overlays never touch the document
