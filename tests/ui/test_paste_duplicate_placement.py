"""Pasted and duplicated cards land on free canvas, together, and one Undo takes them back.

A copy used to land 40 units off its original, over the next card; now the
group (its links and its shape kept) goes to the nearest free place from
where it was meant to go, asking the scene's index about the cards around it.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from designer.model.cards import MessageCard
from designer.model.codec import dumps_dialog
from designer.model.dialog import Dialog
from designer.ui.canvas.placement import ROW_GAP, ScenePlacement
from designer.ui.clipboard import put_fragment


def saved(window) -> str:
    return dumps_dialog(window.controller.document.to_dialog())


def body(window, card_id: str) -> QRectF:
    scene = window.view.dialog_scene()
    position = window.controller.document.card(card_id).position
    return scene.geometry(card_id).rect.translated(position.x, position.y)


def assert_on_free_canvas(window, new_ids: list[str]) -> None:
    """No new card comes closer than the usual gap to a card that was there."""
    doc = window.controller.document
    for new in new_ids:
        room = body(window, new).adjusted(-ROW_GAP + 1, -ROW_GAP + 1, ROW_GAP - 1, ROW_GAP - 1)
        for other in doc.card_ids():
            if other not in new_ids:
                assert not room.intersects(body(window, other)), (new, other)


def shape(window, ids: list[str]) -> list[tuple[float, float]]:
    """The group's cards relative to its first card."""
    doc = window.controller.document
    first = doc.card(ids[0]).position
    return [(doc.card(c).position.x - first.x, doc.card(c).position.y - first.y) for c in ids]


def test_ctrl_d_puts_the_copies_beside_the_originals_over_nobody_in_one_undo_step(main_window):
    controller, scene = main_window.controller, main_window.view.dialog_scene()
    before = saved(main_window)
    steps = controller.undo_stack.count()
    originals = ["contact", "lead-captured"]
    scene.select_cards(originals)
    assert main_window.edits.duplicate.shortcut() == QKeySequence("Ctrl+D")

    main_window.edits.duplicate.trigger()

    copies = scene.selected_card_ids()
    assert len(copies) == 2 and not set(copies) & set(originals)
    copies.sort(key=lambda c: controller.document.card(c).position.x)
    assert_on_free_canvas(main_window, copies)
    assert shape(main_window, copies) == shape(main_window, originals)  # kept together
    assert controller.document.edge(copies[0], "next").target == copies[1]  # link came along
    # Beside the originals: within a card and a gap of them, not somewhere far.
    near = body(main_window, "contact").united(body(main_window, "lead-captured"))
    assert near.adjusted(-400, -400, 400, 400).contains(body(main_window, copies[0]))
    assert controller.undo_stack.count() == steps + 1
    main_window.edits.undo.trigger()
    assert saved(main_window) == before


def test_pasting_mid_view_over_cards_lands_on_the_nearest_free_place_and_undoes_whole(
    main_window,
):
    controller, view = main_window.controller, main_window.view
    view.zoom_reset()
    fragment = controller.copy_fragment(["browse", "end-browse"])
    controller.remove_cards(["browse", "end-browse"])  # the originals are not in view
    view.centerOn(body(main_window, "agents-online").center())  # the middle is crowded
    put_fragment(fragment)
    before = saved(main_window)
    steps = controller.undo_stack.count()

    main_window.edits.paste.trigger()

    added = main_window.view.dialog_scene().selected_card_ids()
    assert len(added) == 2
    assert_on_free_canvas(main_window, added)
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.intersects(body(main_window, added[0]))  # still where the marketer looks
    assert controller.undo_stack.count() == steps + 1
    main_window.edits.undo.trigger()
    assert saved(main_window) == before


def test_ctrl_v_with_the_pointer_on_the_canvas_pastes_there(qtbot, main_window):
    controller, view = main_window.controller, main_window.view
    view.zoom_reset()
    put_fragment(controller.copy_fragment(["browse"]))
    view.centerOn(body(main_window, "ask-sales").center())  # "browse" is in view too
    pointer = QPoint(40, 40)  # empty canvas, far from the middle and from "browse"
    qtbot.mouseMove(view.viewport(), pointer)
    qtbot.waitUntil(view.viewport().underMouse)

    main_window.edits.paste.trigger()

    (pasted,) = view.dialog_scene().selected_card_ids()
    assert_on_free_canvas(main_window, [pasted])
    at = view.mapToScene(pointer)
    corner = controller.document.card(pasted).position
    assert abs(corner.x - at.x()) <= 20 and abs(corner.y - at.y()) <= 20  # on the grid


def test_pasting_twice_puts_the_second_copy_beside_the_first(main_window):
    scene = main_window.view.dialog_scene()
    scene.select_cards(["browse", "end-browse"])
    main_window.edits.copy.trigger()

    main_window.edits.paste.trigger()
    first = scene.selected_card_ids()
    main_window.edits.paste.trigger()
    second = scene.selected_card_ids()

    assert set(first).isdisjoint(second)
    assert_on_free_canvas(main_window, second)
    QApplication.clipboard().clear()


def crowded_grid(n: int) -> Dialog:
    """``n`` short messages in a grid, the usual gaps apart: no room anywhere inside."""
    cards = [
        MessageCard(id=f"m{i}", text="Hi", position={"x": (i % 70) * 380, "y": (i // 70) * 140})
        for i in range(n)
    ]
    return Dialog(start="m0", cards=cards, edges=[])


def test_duplicating_in_a_5000_card_dialog_asks_the_index_about_the_cards_around_only(
    main_window, monkeypatch
):
    controller, scene = main_window.controller, main_window.view.dialog_scene()
    controller.new_document(crowded_grid(5000))
    asked: list[list[tuple[int, int]]] = []  # the tiles of each question to the scene's index
    ask = ScenePlacement._ask_index
    monkeypatch.setattr(
        ScenePlacement, "_ask_index", lambda self, tiles: asked.append(tiles) or ask(self, tiles)
    )
    middle = ["m2485", "m2486"]  # deep inside the grid: every near place is taken
    scene.select_cards(middle)
    steps = controller.undo_stack.count()

    main_window.edits.duplicate.trigger()

    copies = scene.selected_card_ids()
    assert len(copies) == 2 and len(controller.document) == 5002
    assert_on_free_canvas(main_window, copies)
    # A few questions about the tiles around the originals, not about the whole dialog.
    assert 0 < len(asked) < 20
    assert sum(len(tiles) for tiles in asked) < 40
    assert controller.undo_stack.count() == steps + 1
    main_window.edits.undo.trigger()
    assert len(controller.document) == 5000
