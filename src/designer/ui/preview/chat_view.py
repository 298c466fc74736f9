"""A conversation drawn as chat bubbles, shared by the preview and the agent inbox.

Every text comes from a dialog, a visitor or an agent, so it is shown as
plain text, never as rich text: a question containing ``<img src=x>`` shows
those characters. Which side a sender's bubbles sit on depends on who is
looking (the visitor sees their own lines on the right, an agent theirs).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPainterPath, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from designer.ui.theme import themed_style

BUBBLE_SHARE = 0.8  # a bubble is at most this share of the view's width
AVATAR_SIZE = 22
BUBBLE_PADDING = 30  # the style's padding and border, plus slack so a fitting line never wraps
# Filled in with the theme's tones (see designer.ui.theme.themed_style).
STYLE = """
QWidget#chat-canvas {{ background: {chat_back}; }}
QLabel[bubble="bot"] {{ background: {bot_back}; color: {bot_text}; border-radius: 12px;
    padding: 7px 11px; }}
QLabel[bubble="visitor"] {{ background: {visitor_back}; color: {visitor_text};
    border-radius: 12px; padding: 7px 11px; }}
QLabel[bubble="agent"] {{ background: {agent_back}; color: {agent_text}; border-radius: 12px;
    padding: 7px 11px; }}
QLabel[bubble="skipped"] {{ color: {muted}; font-style: italic; padding: 2px 6px; }}
QLabel[bubble="hint"] {{ background: {hint_back}; color: {hint_text};
    border: 1px solid {hint_border}; border-radius: 10px; padding: 6px 10px; }}
QLabel[bubble="system"] {{ color: {muted}; padding: 2px; }}
QLabel[bubble="note"] {{ color: {note_text}; padding: 2px; }}
QLabel[bubble="author"] {{ color: {muted}; font-weight: 600; }}
QFrame#routing {{ background: {panel_back}; border: 1px solid {panel_border};
    border-left: 3px solid {alert_stripe}; border-radius: 6px; }}
QFrame#routing QLabel {{ color: {panel_text}; background: transparent; border: none; }}
QFrame#routing QLabel#routing-title {{ font-weight: 600; }}
"""

CENTRED = frozenset({"system", "note"})


def plain_label(text: str, kind: str, parent: QWidget | None = None) -> QLabel:
    """A label that never interprets its text as HTML, selectable so it can be copied."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(True)
    label.setProperty("bubble", kind)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def round_avatar(path: str | None, size: int = AVATAR_SIZE) -> QPixmap | None:
    """The agent's picture cut to a circle, or None when there is none or it does not load."""
    if not path:
        return None
    source = QPixmap(path)
    if source.isNull():
        return None
    source = source.scaled(
        size,
        size,
        Qt.AspectRatioMode.KeepAspectRatioByExpanding,
        Qt.TransformationMode.SmoothTransformation,
    )
    result = QPixmap(size, size)
    result.fill(Qt.GlobalColor.transparent)
    painter = QPainter(result)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    clip = QPainterPath()
    clip.addEllipse(0, 0, size, size)
    painter.setClipPath(clip)
    painter.drawPixmap(0, 0, source)
    painter.end()
    return result


class ChatView(QScrollArea):
    """Bubbles, hint lines, system lines and routing explanations, newest at the bottom."""

    def __init__(self, right: Iterable[str] = ("visitor",), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.right = frozenset(right)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        canvas = QWidget(self)
        canvas.setObjectName("chat-canvas")
        themed_style(canvas, STYLE)
        self._rows = QVBoxLayout(canvas)
        self._rows.setContentsMargins(10, 10, 10, 10)
        self._rows.setSpacing(6)
        self._rows.addStretch(1)
        self.setWidget(canvas)
        self._entries: list[tuple[str, str]] = []
        self._bubbles: list[QLabel] = []
        self._last_author: tuple[str, str] | None = None
        self.verticalScrollBar().rangeChanged.connect(self._follow_bottom)

    # --- what tests and callers read ----------------------------------------------------------

    def entries(self) -> list[tuple[str, str]]:
        """Everything shown, in order, as (kind, text): kinds are bot, visitor, agent,
        skipped, hint, system, note and routing."""
        return list(self._entries)

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for k, text in self._entries if kind is None or k == kind]

    # --- adding lines -------------------------------------------------------------------------

    def clear(self) -> None:
        while self._rows.count() > 1:
            item = self._rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._entries.clear()
        self._bubbles.clear()
        self._last_author = None

    def add_bubble(
        self, kind: str, text: str, author: str = "", avatar: QPixmap | None = None
    ) -> QLabel:
        """A chat bubble; ``author`` (with ``avatar``) heads a run of one agent's lines."""
        row = QWidget()
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if author and self._last_author != (kind, author):
            column.addWidget(self._author_line(author, avatar, kind in self.right))
        self._last_author = (kind, author) if author else None
        bubble = plain_label(text, kind)
        bubble.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)
        self._fit(bubble, self._bubble_width())
        column.addWidget(bubble, 0, self._side(kind))
        self._place(row, column, kind)
        self._bubbles.append(bubble)
        self._entries.append((kind, text))
        return bubble

    def add_line(self, kind: str, text: str) -> QLabel:
        """A hint (a gentle warning from the bot) or a centred system or note line."""
        if kind not in CENTRED:
            return self.add_bubble(kind, text)
        row = QWidget()
        column = QVBoxLayout()
        column.setContentsMargins(0, 2, 0, 2)
        label = plain_label(text, kind)
        label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        font = label.font()
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
        label.setFont(font)
        column.addWidget(label)
        self._place(row, column, kind)
        self._last_author = None
        self._entries.append((kind, text))
        return label

    def add_routing(self, title: str, lines: list[str]) -> QFrame:
        """The routing decision in plain words: which rule, who was skipped, who was picked."""
        frame = QFrame()
        frame.setObjectName("routing")
        box = QVBoxLayout(frame)
        box.setContentsMargins(10, 6, 10, 8)
        box.setSpacing(2)
        heading = plain_label(title, "routing-title")
        heading.setObjectName("routing-title")
        box.addWidget(heading)
        for line in lines:
            box.addWidget(plain_label(f"• {line}", "routing-line"))
        self._rows.insertWidget(self._rows.count() - 1, frame)
        self._last_author = None
        self._entries.append(("routing", "\n".join(lines)))
        return frame

    # --- layout -------------------------------------------------------------------------------

    def _author_line(self, author: str, avatar: QPixmap | None, right: bool) -> QWidget:
        line = QWidget()
        row = QHBoxLayout(line)
        row.setContentsMargins(4, 4, 4, 0)
        row.setSpacing(6)
        if right:
            row.addStretch(1)
        if avatar is not None:
            picture = QLabel()
            picture.setObjectName("author-avatar")
            picture.setPixmap(avatar)
            row.addWidget(picture)
        name = plain_label(author, "author")
        name.setObjectName("author-name")
        name.setWordWrap(False)
        row.addWidget(name)
        if not right:
            row.addStretch(1)
        return line

    def _side(self, kind: str) -> Qt.AlignmentFlag:
        return Qt.AlignmentFlag.AlignRight if kind in self.right else Qt.AlignmentFlag.AlignLeft

    def _place(self, row: QWidget, column: QVBoxLayout, kind: str) -> None:
        outer = QHBoxLayout(row)
        outer.setContentsMargins(0, 0, 0, 0)
        if kind in self.right:
            outer.addStretch(1)
        outer.addLayout(column, 0 if kind not in CENTRED else 1)
        if kind not in self.right and kind not in CENTRED:
            outer.addStretch(1)
        self._rows.insertWidget(self._rows.count() - 1, row)

    def _bubble_width(self) -> int:
        return max(160, int(self.viewport().width() * BUBBLE_SHARE))

    def _fit(self, bubble: QLabel, limit: int) -> None:
        """As wide as its longest line, up to ``limit``: QLabel alone wraps short lines early."""
        bubble.ensurePolished()
        metrics = bubble.fontMetrics()
        natural = max(
            (metrics.horizontalAdvance(line) for line in bubble.text().splitlines()), default=0
        )
        bubble.setFixedWidth(min(limit, natural + BUBBLE_PADDING))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        width = self._bubble_width()
        for bubble in self._bubbles:
            self._fit(bubble, width)

    def _follow_bottom(self, _minimum: int, maximum: int) -> None:
        self.verticalScrollBar().setValue(maximum)
