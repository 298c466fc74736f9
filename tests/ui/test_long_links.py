"""Long links are painted piece by piece, and still look like one unbroken curve."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor

from designer.ui.canvas.edge_item import EDGE_COLOUR, PIECE, link_curve, link_pieces
from designer.ui.canvas.view import DialogView


def _bezier(c, t: float) -> QPointF:
    a, b, d, e = c
    u = 1 - t
    return a * u**3 + b * (3 * u * u * t) + d * (3 * u * t * t) + e * t**3


def test_the_pieces_are_the_same_curve_in_order_top_to_bottom() -> None:
    for end in (QPointF(900, 30_000), QPointF(-400, -12_000), QPointF(300, 40)):
        curve = link_curve(QPointF(0, 0), end)
        pieces = link_pieces(curve)
        span = max(abs(end.x()), abs(end.y()))
        assert len(pieces) >= span / PIECE
        tops = [bounds.top() for bounds, _ in pieces]
        assert tops == sorted(tops)
        # every point of the whole curve lies on the piece covering its parameter
        n = len(pieces)
        ordered = pieces if end.y() >= 0 else pieces[::-1]
        for i, (_, piece) in enumerate(ordered):
            for local in (0.0, 0.3, 0.5, 1.0):
                want = _bezier(curve, (i + local) / n)
                got = _bezier(_cubic_of(piece), local)
                assert abs(want.x() - got.x()) < 1e-6 and abs(want.y() - got.y()) < 1e-6


def _cubic_of(path):
    return tuple(QPointF(path.elementAt(k).x, path.elementAt(k).y) for k in range(4))


def _edge_pixels(view: DialogView) -> int:
    image = view.viewport().grab().toImage()
    want = QColor(EDGE_COLOUR)
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            if (
                abs(c.red() - want.red()) < 40
                and abs(c.green() - want.green()) < 40
                and abs(c.blue() - want.blue()) < 40
            ):
                count += 1
    return count


def test_the_middle_of_a_long_link_is_drawn_far_from_both_cards(qtbot, controller) -> None:
    view = DialogView(controller)
    view.resize(800, 600)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.set_zoom(1.0)
    view.dialog_scene().grid_visible = False
    edge = next(iter(controller.document.edges()))
    target = controller.document.card(edge.target)
    controller.move_cards({target.id: (target.position.x + 400, target.position.y + 20_000)})
    scene = view.dialog_scene()
    start = scene.card_item(edge.source).port_scene_pos(edge.port)
    end = scene.card_item(edge.target).input_scene_pos()
    middle = _bezier(link_curve(start, end), 0.5)

    def showing_the_middle() -> bool:  # the scene grows to the moved card a turn later
        view.centerOn(middle)
        visible = view.mapToScene(view.viewport().rect()).boundingRect()
        return visible.contains(middle) and not visible.intersects(
            scene.card_item(edge.source).sceneBoundingRect()
        )

    qtbot.waitUntil(showing_the_middle)
    qtbot.waitUntil(lambda: _edge_pixels(view) > 20)
