"""Cards never land on cards: a dropped card finds room, an inserted one makes it, a growing
one pushes the cards under it, and one Undo takes back the edit and every nudge together."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QTextCursor
from PySide6.QtWidgets import QApplication

from designer.model.cards import Answer, LiveChatCard, MessageCard, QuestionCard
from designer.model.codec import dumps_dialog
from designer.model.dialog import Dialog, Edge
from designer.ui.canvas.placement import COLUMN_GAP, ROW_GAP

GRID = 20.0


def drop_on_view(view, mime, point: QPoint) -> None:
    """What Qt delivers when a drag from the palette ends over the canvas at ``point``."""
    action = Qt.DropAction.CopyAction
    button, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, action, mime, button, modifiers)
    QApplication.sendEvent(view.viewport(), enter)
    assert enter.isAccepted()
    QApplication.sendEvent(view.viewport(), QDragMoveEvent(point, action, mime, button, modifiers))
    drop = QDropEvent(QPointF(point), action, mime, button, modifiers)
    QApplication.sendEvent(view.viewport(), drop)


def saved(controller) -> str:
    return dumps_dialog(controller.document.to_dialog())


def body(scene, card_id: str) -> QRectF:
    """The card's body as drawn (no shadow or badge margin)."""
    position = scene.controller.document.card(card_id).position
    return scene.geometry(card_id).rect.translated(position.x, position.y)


def drawn(scene, card_id: str) -> QRectF:
    """Everything the card draws: body, shadow, badges."""
    return scene.card_item(card_id).sceneBoundingRect()


def port_point(view, card_id: str, port: str) -> QPoint:
    """Where the marketer drops on a port: the middle of its labelled row, on screen."""
    item = view.dialog_scene().card_item(card_id)
    view.centerOn(item)
    slot = next(s for s in item.geometry().ports if s.key == port)
    return view.mapFromScene(item.mapToScene(slot.row.center()))


def ask_and_chat() -> Dialog:
    """A question whose "Yes please" leads to a Live Chat; "No thanks" is free."""
    return Dialog(
        start="ask",
        cards=[
            QuestionCard(
                id="ask",
                title="Want help?",
                text="Can we help?",
                answers=[Answer(id="yes", label="Yes please"), Answer(id="no", label="No thanks")],
            ),
            LiveChatCard(id="chat", title="Chat with us", position={"x": 380, "y": 40}),
        ],
        edges=[Edge(source="ask", port="yes", target="chat")],
    )


# --- the dropped card is the selection ---------------------------------------------------------


def drop_point(view, where: str) -> QPoint:
    scene = view.dialog_scene()
    if where == "port":
        view.controller.disconnect_port("browse", "next")
        return port_point(view, "browse", "next")
    if where == "link":
        middle = scene.edge_item("welcome", "next").line().pointAtPercent(0.5)
        view.centerOn(middle)
        return view.mapFromScene(middle)
    empty = scene.cards_rect().bottomLeft() + QPointF(0, 300)
    view.centerOn(empty)
    return view.mapFromScene(empty)


@pytest.mark.parametrize("where", ["canvas", "port", "link"])
def test_a_dropped_card_becomes_the_selection_shown_in_the_inspector(qtbot, main_window, where):
    controller, view = main_window.controller, main_window.view
    view.zoom_reset()
    view.dialog_scene().select_cards(["ask-sales"])  # the Inspector shows another card
    qtbot.waitUntil(lambda: main_window.inspector.card_id == "ask-sales")
    others = set(controller.document.card_ids())
    point = drop_point(view, where)

    with qtbot.waitSignal(view.cardPlaced) as placed:
        drop_on_view(view, main_window.palette.mime_data_for("goal"), point)

    (goal,) = set(controller.document.card_ids()) - others
    assert placed.args == [goal]
    assert view.dialog_scene().selected_card_ids() == [goal]
    qtbot.waitUntil(lambda: main_window.inspector.card_id == goal)
    title = main_window.inspector.page.common.title
    assert title.isVisible() and title.line.text() == ""  # ready for its title
    assert view.dialog_scene().card_item(goal).isSelected()


# --- a card dropped on a free port ----------------------------------------------------------


def test_end_dropped_on_a_free_port_goes_under_the_live_chat_not_over_it(main_window):
    controller, view = main_window.controller, main_window.view
    controller.new_document(ask_and_chat())
    view.zoom_reset()
    scene = view.dialog_scene()
    before = saved(controller)
    steps = controller.undo_stack.count()

    drop_on_view(view, main_window.palette.mime_data_for("end"), port_point(view, "ask", "no"))

    (end,) = set(controller.document.card_ids()) - {"ask", "chat"}
    assert controller.document.edge("ask", "no").target == end
    assert not drawn(scene, end).intersects(drawn(scene, "chat"))
    # The nearest free place: the same column, just under the Live Chat.
    assert body(scene, end).left() == body(scene, "chat").left()
    gap = body(scene, end).top() - body(scene, "chat").bottom()
    assert ROW_GAP <= gap < ROW_GAP + GRID
    assert controller.undo_stack.count() == steps + 1
    main_window.edits.undo.trigger()
    assert saved(controller) == before


def test_a_card_dropped_on_a_port_with_room_goes_level_with_it(main_window):
    controller, view = main_window.controller, main_window.view
    controller.new_document(ask_and_chat())
    view.zoom_reset()
    scene = view.dialog_scene()
    controller.move_cards({"chat": (380.0, -400.0)})  # out of the way

    drop_on_view(view, main_window.palette.mime_data_for("end"), port_point(view, "ask", "no"))

    (end,) = set(controller.document.card_ids()) - {"ask", "chat"}
    port = scene.port_anchor("ask", "no")
    assert body(scene, end).left() == body(scene, "ask").right() + COLUMN_GAP
    assert abs(scene.input_anchor(end).y() - port.y()) <= GRID / 2  # the link runs level


def test_a_card_dropped_onto_another_card_lands_beside_it(main_window):
    controller, view = main_window.controller, main_window.view
    scene = view.dialog_scene()
    view.zoom_reset()
    item = scene.card_item("welcome")
    view.centerOn(item)
    on_title = view.mapFromScene(item.mapToScene(QPointF(60, 20)))
    others = set(controller.document.card_ids())

    drop_on_view(view, main_window.palette.mime_data_for("goal"), on_title)

    (goal,) = set(controller.document.card_ids()) - others
    for other in others:
        assert not body(scene, goal).intersects(body(scene, other)), other


# --- a card inserted on a link ----------------------------------------------------------------


def test_a_condition_dropped_on_a_link_makes_room_and_its_links_read_forward(main_window):
    controller, view = main_window.controller, main_window.view
    scene = view.dialog_scene()
    view.set_zoom(0.7)
    before = saved(controller)
    others = set(controller.document.card_ids())
    forward_before = {
        e.key for e in controller.document.edges() if reads_forward(scene, e.source, e.target)
    }
    link = scene.edge_item("lead-captured", "next")
    middle = link.line().pointAtPercent(0.5)
    view.centerOn(middle)
    # A few pixels off the line: the marketer does not have to aim at the hairline.
    point = view.mapFromScene(middle) + QPoint(0, 5)

    drop_on_view(view, main_window.palette.mime_data_for("condition"), point)

    doc = controller.document
    (condition,) = set(doc.card_ids()) - others
    assert doc.edge("lead-captured", "next").target == condition
    assert doc.edge(condition, "else").target == "agents-online"
    # In the column after the link's source, over nobody.
    assert body(scene, condition).left() == body(scene, "lead-captured").right() + COLUMN_GAP
    for other in doc.card_ids():
        if other != condition:
            assert not drawn(scene, condition).intersects(drawn(scene, other)), other
    # "Otherwise" (and every link that read left to right) still reads left to right.
    assert reads_forward(scene, condition, "agents-online")
    assert reads_forward(scene, "lead-captured", condition)
    for edge in doc.edges():
        if edge.key in forward_before:
            assert reads_forward(scene, edge.source, edge.target), edge
    # Only what was in the way moved: the branch above and below the link did not.
    assert doc.card("browse").position.x == 760 and doc.card("end-browse").position.x == 1140
    assert scene.selected_card_ids() == [condition]

    main_window.edits.undo.trigger()  # one step: the card, its links and every nudge
    assert saved(controller) == before
    main_window.edits.redo.trigger()
    assert doc.edge(condition, "else").target == "agents-online"
    assert reads_forward(scene, condition, "agents-online")


def reads_forward(scene, source: str, target: str) -> bool:
    return body(scene, source).right() < body(scene, target).left()


def test_a_card_dropped_on_a_long_link_with_room_stays_where_dropped(main_window):
    controller, view = main_window.controller, main_window.view
    scene = view.dialog_scene()
    view.zoom_reset()
    # Make room on the link: everything from "agents-online" on goes far right.
    moved = ["agents-online", "sales-chat", "offline-note", "end-offline"]
    controller.move_cards(
        {
            c: (
                controller.document.card(c).position.x + 1200,
                controller.document.card(c).position.y,
            )
            for c in moved
        }
    )
    before = {c: controller.document.card(c).position for c in controller.document.card_ids()}
    link = scene.edge_item("lead-captured", "next")
    middle = link.line().pointAtPercent(0.5)
    view.centerOn(middle)

    drop_on_view(view, main_window.palette.mime_data_for("goal"), view.mapFromScene(middle))

    (goal,) = set(controller.document.card_ids()) - set(before)
    assert body(scene, goal).contains(QPointF(middle.x(), body(scene, goal).center().y()))
    assert {c: controller.document.card(c).position for c in before} == before  # none moved
    assert reads_forward(scene, "lead-captured", goal) and reads_forward(
        scene, goal, "agents-online"
    )


# --- a card that grows ---------------------------------------------------------------------------


def test_a_second_routing_rule_pushes_the_card_below_down_in_the_same_undo_step(qtbot, window):
    controller, scene = window.controller, window.view.dialog_scene()
    doc = controller.document
    rules = doc.card("sales-chat").routing
    controller.set_routing("sales-chat", rules.model_copy(update={"rules": rules.rules[:1]}))
    controller.move_cards({"offline-note": (1900.0, 0.0)})  # close under the Live Chat
    gap = body(scene, "offline-note").top() - body(scene, "sales-chat").bottom()
    assert 0 < gap < ROW_GAP + GRID
    beside = doc.card("end-offline").position
    before = saved(controller)
    steps = controller.undo_stack.count()
    scene.select_cards(["sales-chat"])
    qtbot.waitUntil(lambda: window.inspector.card_id == "sales-chat")
    grown_from = body(scene, "sales-chat").height()

    qtbot.mouseClick(window.inspector.editor.routing.add_rule, Qt.MouseButton.LeftButton)

    assert len(doc.card("sales-chat").routing.rules) == 2
    assert body(scene, "sales-chat").height() > grown_from  # a line more on the card
    assert body(scene, "offline-note").top() - body(scene, "sales-chat").bottom() >= ROW_GAP
    assert not drawn(scene, "sales-chat").intersects(drawn(scene, "offline-note"))
    assert doc.card("end-offline").position == beside  # another column: left alone
    assert controller.undo_stack.count() == steps + 1
    assert controller.undo_stack.undoText() == "Edit routing"

    window.edits.undo.trigger()
    assert saved(controller) == before


def stacked_messages() -> Dialog:
    """Three short messages down one column, the usual gap apart, and one beside them."""
    cards = [
        MessageCard(id="m1", title="First", text="Hi", position={"x": 0, "y": 0}),
        MessageCard(id="m2", title="Second", text="Hi", position={"x": 0, "y": 160}),
        MessageCard(id="m3", title="Third", text="Hi", position={"x": 0, "y": 320}),
        MessageCard(id="side", title="Beside", text="Hi", position={"x": 380, "y": 160}),
    ]
    return Dialog(start="m1", cards=cards, edges=[])


def test_typing_a_long_message_pushes_the_column_down_and_undoes_as_one_step(qtbot, main_window):
    controller, view = main_window.controller, main_window.view
    controller.new_document(stacked_messages())
    scene, doc = view.dialog_scene(), controller.document
    assert body(scene, "m2").top() - body(scene, "m1").bottom() >= ROW_GAP
    before = saved(controller)
    scene.select_cards(["m1"])
    qtbot.waitUntil(lambda: main_window.inspector.card_id == "m1")
    text = main_window.inspector.editor.text.text
    text.setFocus()
    qtbot.waitUntil(text.hasFocus)
    text.moveCursor(QTextCursor.MoveOperation.End)
    steps = controller.undo_stack.count()

    qtbot.keyClicks(
        text,
        " and welcome to our pricing page, where every plan is explained clearly, with"
        " the features, the limits and the price per seat of each one",
    )

    assert doc.card("m1").text.endswith("of each one")
    assert len(scene.geometry("m1").summary) >= 3  # the card grew by lines
    for upper, lower in (("m1", "m2"), ("m2", "m3")):
        assert body(scene, lower).top() - body(scene, upper).bottom() >= ROW_GAP, lower
    assert doc.card("side").position.y == 160  # not under the card: not pushed
    assert controller.undo_stack.count() == steps + 1  # typing and nudges: one step

    main_window.edits.undo.trigger()
    assert saved(controller) == before
