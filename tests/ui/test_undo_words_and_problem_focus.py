"""Undo steps name fields in the marketer's words (in French too), and a clicked problem
brings the Inspector to the front with its card."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabBar

from designer.ui import translations


def type_into(qtbot, editor, text: str) -> None:
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    qtbot.keyClicks(editor, text)


def show_card(qtbot, window, card_id: str) -> None:
    window.view.dialog_scene().select_cards([card_id])
    qtbot.waitUntil(lambda: window.inspector.card_id == card_id)


def test_typing_a_fallback_message_is_undone_as_edit_fallback_message(qtbot, main_window):
    show_card(qtbot, main_window, "sales-chat")
    fallback = main_window.inspector.editor.fallback.text
    fallback.moveCursor(fallback.textCursor().MoveOperation.End)
    type_into(qtbot, fallback, " Sorry!")

    assert main_window.controller.undo_stack.undoText() == "Edit fallback message"
    assert main_window.edits.undo.text() == "&Undo Edit fallback message"
    history = main_window.undo_view.model()
    shown = [history.index(i, 0).data() for i in range(history.rowCount())]
    assert shown[-1] == "Edit fallback message"


@pytest.mark.parametrize(
    ("card_id", "field", "words"),
    [
        ("welcome", "card-title", "Edit title"),
        ("welcome", "message-text", "Edit message"),
        ("ask-sales", "question-text", "Edit question"),
        ("sales-chat", "routed-text", "Edit bot message"),
        ("end-offline", "end-message", "Edit closing message"),
    ],
)
def test_each_field_is_named_as_the_inspector_labels_it(qtbot, main_window, card_id, field, words):
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

    show_card(qtbot, main_window, card_id)
    holder = main_window.inspector.findChild(QWidget, field)
    assert holder is not None, field
    editor = holder.findChild(QPlainTextEdit) or holder.findChild(QLineEdit)
    type_into(qtbot, editor, "!")
    assert main_window.controller.undo_stack.undoText() == words


@pytest.fixture
def french(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The shipped French catalogue, compiled into a per-test cache; English again after."""
    monkeypatch.setattr(translations, "cache_dir", lambda: tmp_path / "cache")
    assert translations.install_translators("fr") == "fr"
    yield
    translations.remove_translators()


def test_in_french_the_step_is_named_in_french(french, qtbot, main_window):
    show_card(qtbot, main_window, "sales-chat")
    type_into(qtbot, main_window.inspector.editor.fallback.text, "!")
    assert main_window.controller.undo_stack.undoText() == "Modifier message de secours"


# --- a problem clicked in the Problems dock ---------------------------------------------------


def front_tab(window) -> str:
    """Which of the right-hand docks sharing the Inspector's place is in front."""
    for bar in window.findChildren(QTabBar):  # Qt remakes the bar as docks come and go
        names = [bar.tabText(i) for i in range(bar.count())]
        if "Inspector" in names and bar.isVisible():
            return bar.tabText(bar.currentIndex())
    raise AssertionError("the Inspector is not tabbed with other docks")


def test_a_clicked_problem_brings_the_inspector_in_front_of_the_preview(qtbot, main_window):
    controller = main_window.controller
    loose = main_window.add_card_in_view("message")  # never reached: a warning for it
    controller.revalidate()
    preview = main_window.previews.dock
    preview.show()
    preview.raise_()
    qtbot.waitUntil(lambda: front_tab(main_window) == "Preview")
    main_window.view.dialog_scene().clearSelection()
    tree = main_window.problems.tree
    row = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).toolTip(0).endswith(loose)
    )
    tree.scrollToItem(row)

    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(row).center()
    )

    assert main_window.view.dialog_scene().selected_card_ids() == [loose]
    assert front_tab(main_window) == "Inspector"
    assert main_window.inspector.card_id == loose
    assert not main_window.inspector.visibleRegion().isEmpty()
