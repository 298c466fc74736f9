"""Zoomed far out, the canvas is a map: card colours, problem dots, a working selection."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor

from designer.model.cards import EndCard, MessageCard
from designer.model.dialog import Dialog, Edge
from designer.ui.canvas.overview import OVERVIEW_ZOOM
from designer.ui.canvas.style import canvas_colours
from designer.ui.canvas.view import DialogView


def _grid_dialog(n: int = 400) -> Dialog:
    """Messages in rows of 20, each linked to the next; the last leads nowhere (an error)."""
    cards = [
        MessageCard(
            id=f"m{i}", text=f"Step {i}", position={"x": (i % 20) * 400, "y": (i // 20) * 300}
        )
        for i in range(n)
    ]
    cards.append(EndCard(id="end", position={"x": 0, "y": (n // 20 + 1) * 300}))
    edges = [Edge(source=f"m{i}", port="next", target=f"m{i + 1}") for i in range(n - 2)]
    edges.append(Edge(source=f"m{n - 2}", port="next", target="end"))
    return Dialog(start="m0", cards=cards, edges=edges)  # m{n-1}: a dead end


def _near(image, point: QPoint, colour: QColor, radius: int = 3, slack: int = 40) -> bool:
    for dx in range(-radius, radius + 1):
        for dy in range(-radius, radius + 1):
            x, y = point.x() + dx, point.y() + dy
            if 0 <= x < image.width() and 0 <= y < image.height():
                c = image.pixelColor(x, y)
                if (
                    abs(c.red() - colour.red()) <= slack
                    and abs(c.green() - colour.green()) <= slack
                    and abs(c.blue() - colour.blue()) <= slack
                ):
                    return True
    return False


def _far_view(qtbot, controller) -> DialogView:
    controller.new_document(_grid_dialog())
    controller.revalidate()
    view = DialogView(controller)
    view.resize(900, 700)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.set_zoom(OVERVIEW_ZOOM * 0.6)
    view.centerOn(QPointF(4000, 3000))
    return view


def _screen(view: DialogView, scene_point: QPointF) -> QPoint:
    return view.mapFromScene(scene_point)


def test_far_out_every_card_shows_its_colour_and_problems_show_as_dots(qtbot, controller):
    view = _far_view(qtbot, controller)
    accent = canvas_colours().accents["message"]
    band = QPointF(4000 + 100, 3000 + 4)  # card m150's coloured band (row 7, column 10)
    assert controller.document.card("m150").position.x == 4000
    qtbot.waitUntil(lambda: _near(view.viewport().grab().toImage(), _screen(view, band), accent))
    dead = controller.document.card("m399")
    corner = QPointF(dead.position.x + 260, dead.position.y)
    view.centerOn(corner)
    red = QColor("#D93025")
    qtbot.waitUntil(lambda: _near(view.viewport().grab().toImage(), _screen(view, corner), red))


def test_the_map_follows_edits(qtbot, controller):
    view = _far_view(qtbot, controller)
    accent = canvas_colours().accents["message"]
    empty = QPointF(4000 + 100, -1500 + 4)  # above the first row: nothing there yet
    image = view.viewport().grab().toImage()
    view.centerOn(QPointF(4000, 0))
    image = view.viewport().grab().toImage()
    assert not _near(image, _screen(view, empty), accent, slack=10)
    controller.move_cards({"m150": (4000.0, -1500.0)})
    qtbot.waitUntil(
        lambda: _near(view.viewport().grab().toImage(), _screen(view, empty), accent, slack=10)
    )


def test_selection_and_clicks_work_far_out(qtbot, controller):
    view = _far_view(qtbot, controller)
    scene = view.dialog_scene()
    card = controller.document.card("m150")
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=_screen(view, QPointF(card.position.x + 130, card.position.y + 30)),
    )
    assert scene.selected_card_ids() == ["m150"]
    view.set_zoom(1.0)
    view.set_zoom(OVERVIEW_ZOOM * 0.6)
    assert scene.selected_card_ids() == ["m150"]  # zooming never drops the selection
