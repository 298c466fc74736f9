"""The first window shows the example's whole flow, readable, its Live Chat in sight."""

from __future__ import annotations

from designer.ui.main_window import LEGIBLE_ZOOM, READABLE_ZOOM


def in_sight(window, card_id: str) -> bool:
    view = window.view
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    return visible.contains(view.dialog_scene().card_box(card_id))


def test_the_first_window_shows_the_start_card_through_the_live_chat_legibly(qtbot, boxes):
    from designer.app import open_first_window

    window = open_first_window([])
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    window.resize(1440, 900)  # the default size, whatever the test screen allows
    qtbot.waitUntil(lambda: window.view.viewport().width() > 600)
    window.show_whole_or_top()

    doc = window.controller.document
    chats = [c.id for c in doc.cards() if c.type == "live_chat"]
    assert chats, "the example hands over to a Live Chat"
    assert window.view.viewport().width() < 800  # the canvas between the docks is narrow
    assert in_sight(window, doc.start)
    assert all(in_sight(window, chat) for chat in chats)
    assert window.view.zoom() >= LEGIBLE_ZOOM
    window.controller.undo_stack.setClean()


def test_a_long_dialog_still_opens_readable_at_its_start(main_window):
    from tests.ui.test_paste_duplicate_placement import crowded_grid

    main_window.controller.new_document(crowded_grid(2000))
    main_window.show_whole_or_top()

    assert main_window.view.zoom() == READABLE_ZOOM  # not a thumbnail of specks
    assert in_sight(main_window, "m0")
