"""Text from a file is shown as the characters it holds, never read as HTML.

A dialog file is something people mail each other. If a question held
``<img src=...>`` or ``<a href=...>`` and a widget read it as rich text, opening
the file would load a picture (from disk, or a tracking pixel) or show a
link the marketer never wrote. The file here puts both in every text of the
example; the test opens it as a user does, selects every card, plays the
preview into a live chat, and checks every widget, item and tooltip on the way.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyleOptionGraphicsItem,
    QTextEdit,
    QWidget,
)

from designer.ui.controller import DocumentController
from designer.ui.main_window import MainWindow
from designer.ui.workspace_access import WorkspaceAccess

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
PICTURE = '<img src="http://127.0.0.1:9/pixel.png">'
LINK = '<a href="http://127.0.0.1:9/phish">'
TEXT_KEYS = {"name", "description", "title", "poke", "text", "label", "prompt", "consent"}
TEXT_KEYS |= {"placeholder", "else_label", "fallback_message", "message"}


def hostile(text: str) -> str:
    return f"{PICTURE}{LINK}{text}</a>"


def _poison(node: Any) -> Any:
    """Every text of the file wrapped in a picture and a link (ids and field keys kept)."""
    if isinstance(node, list):
        return [_poison(item) for item in node]
    if not isinstance(node, dict):
        return node
    keys = TEXT_KEYS - {"name"} if "kind" in node else TEXT_KEYS  # a capture field's key
    return {
        k: hostile(v) if k in keys and isinstance(v, str) and v else _poison(v)
        for k, v in node.items()
    }


def _raw(text: str) -> bool:
    return "<img" in text or "<a href" in text


def _read_as_html(text: str, fmt: Qt.TextFormat) -> bool:
    if fmt == Qt.TextFormat.RichText:
        return True
    return fmt == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)


def _indexes(view: QAbstractItemView) -> Iterator[QModelIndex]:
    model = view.model()
    if model is None:
        return
    stack = [QModelIndex()]
    while stack:
        parent = stack.pop()
        for row in range(model.rowCount(parent)):
            for column in range(_columns(model, parent)):
                index = model.index(row, column, parent)
                yield index
                if column == 0:
                    stack.append(index)


def _columns(model: Any, parent: QModelIndex) -> int:
    try:
        return max(model.columnCount(parent), 1)
    except TypeError:  # a list model keeps columnCount private: one column
        return 1


def html_leaks() -> list[str]:
    """Widgets (labels, rich text boxes) that would render file text as HTML."""
    leaks = []
    for widget in QApplication.allWidgets():
        where = f"{type(widget).__name__} '{widget.objectName()}'"
        text = widget.text() if isinstance(widget, QLabel) else ""
        if _raw(text) and _read_as_html(text, widget.textFormat()):
            leaks.append(f"{where} shows {text[:50]!r} as rich text")
        if isinstance(widget, QTextEdit):
            html = widget.document().toHtml()  # tags only if the text was read as HTML
            if "<img" in html or "<a href" in html:
                leaks.append(f"{where} holds an image or a link")
    return leaks


def tooltip_leaks(window: MainWindow) -> list[str]:
    """Tooltips (widgets, view items, canvas cards): Qt reads them as HTML when they look so."""
    tips: list[tuple[str, str]] = []
    for widget in QApplication.allWidgets():
        tips.append((f"{type(widget).__name__} '{widget.objectName()}'", widget.toolTip()))
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            for index in _indexes(widget):
                tip = index.data(Qt.ItemDataRole.ToolTipRole)
                tips.append((f"item in {type(widget).__name__}", tip or ""))
    for item in window.view.dialog_scene().card_items():
        tips.append((f"canvas card '{item.card_id}'", item.tooltip_text()))
    return [
        f"{where}: {tip[:70]!r}"
        for where, tip in tips
        if _raw(tip) and _read_as_html(tip, Qt.TextFormat.AutoText)
    ]


class _Recorder:
    """Stands in for the QPainter a card paints with, keeping the strings it draws."""

    def __init__(self, painter: QPainter) -> None:
        self._painter = painter
        self.texts: list[str] = []

    def drawText(self, *args: Any) -> None:
        self.texts.extend(a for a in args if isinstance(a, str))
        self._painter.drawText(*args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._painter, name)


def drawn_texts(item: Any) -> list[str]:
    image = QImage(600, 400, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    recorder = _Recorder(painter)
    try:
        item.paint(recorder, QStyleOptionGraphicsItem(), None)
    finally:
        painter.end()
    return recorder.texts


@pytest.fixture
def hostile_file(tmp_path: Path) -> Path:
    doc = _poison(json.loads((EXAMPLES / "talk-to-sales.json").read_text(encoding="utf-8")))
    orphan = {"type": "message", "id": "orphan", "title": hostile("Orphan"), "text": hostile("x")}
    doc["cards"].append(orphan)  # unreachable: its problem sentence quotes the title
    path = tmp_path / f"{PICTURE}.json".replace("/", "_").replace(":", "_")
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def hostile_window(qtbot, loop, workspace, boxes, hostile_file) -> Iterator[MainWindow]:
    controller = DocumentController()
    controller.open(hostile_file)  # as File > Open does: through the codec
    main = MainWindow(controller, WorkspaceAccess(str(workspace.engine.url)))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.controller.undo_stack.setClean()
    main.close()


def _type(qtbot, window: MainWindow, text: str) -> None:
    box = window.previews.dock.findChild(QLineEdit, "visitor-input")
    box.clear()
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def _play_to_live_chat(qtbot, window: MainWindow) -> None:
    dock = window.previews.dock
    dock.profile.set_values({"country": "FR", "city": "<b>Lyon</b>"})
    window.previews.start.trigger()
    yes = dock.findChild(QPushButton, "answer-yes")
    assert yes.text().replace("&&", "&").startswith(PICTURE)  # buttons show plain text
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    _type(qtbot, window, f"{PICTURE}Camille")  # what a visitor types is not HTML either
    _type(qtbot, window, "camille@example.fr")
    _type(qtbot, window, "")
    qtbot.waitUntil(lambda: window.previews.dock.run.session.chat is not None)


def test_canvas_cards_draw_the_characters(hostile_window):
    scene = hostile_window.view.dialog_scene()
    items = scene.card_items()
    assert len(items) == len(hostile_window.controller.document.card_ids()) == 11
    for item in items:
        texts = drawn_texts(item)
        assert any(t.startswith('<img src="http') for t in texts), (item.card_id, texts)


def test_the_inspector_shows_the_characters_for_every_card(qtbot, hostile_window):
    scene = hostile_window.view.dialog_scene()
    for item in scene.card_items():
        scene.select_cards([item.card_id])
        QApplication.processEvents()
        inspector: QWidget = hostile_window.inspector
        shown = [e.text() for e in inspector.findChildren(QLineEdit)]
        shown += [e.toPlainText() for e in inspector.findChildren(QPlainTextEdit)]
        assert any(PICTURE in text and LINK in text for text in shown), item.card_id
        assert html_leaks() == []
    scene.select_cards([])
    QApplication.processEvents()
    assert html_leaks() == []  # the dialog's own name and description


def test_the_preview_and_the_inbox_show_the_characters(qtbot, hostile_window):
    _play_to_live_chat(qtbot, hostile_window)
    chat = hostile_window.previews.dock.chat
    bot = chat.texts("bot")
    assert bot and all(text.startswith(PICTURE + LINK) for text in bot), bot
    bubbles = [label for label in chat.findChildren(QLabel) if label.text() in bot]
    assert bubbles and all(b.textFormat() == Qt.TextFormat.PlainText for b in bubbles)
    hostile_window.previews.open_inbox()
    inbox = hostile_window.previews.inbox
    inbox.play(hostile_window.previews.dock.run.session.chat.agent.email)
    QApplication.processEvents()
    assert any(PICTURE in t for t in inbox.pane.transcript.texts())
    assert html_leaks() == []


def test_tooltips_show_the_characters(qtbot, hostile_window):
    _play_to_live_chat(qtbot, hostile_window)
    hostile_window.problems.show()
    QApplication.processEvents()
    assert tooltip_leaks(hostile_window) == []
