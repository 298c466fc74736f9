"""A short guided tour of the window: a card over the canvas and a ring around one panel per step.

Non-modal on purpose: the marketer can try each step while it is shown.
Back and Next walk through the steps; "Got it" or the close button dismiss
the tour (``dismissed`` is emitted so the Help menu can remember it). The
steps come from the caller, so this module knows nothing of the main window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsDropShadowEffect,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from designer.ui.theme import themed_style, tones

CARD_WIDTH = 560
MARGIN = 16

# Filled in with the theme's tones (see designer.ui.theme.themed_style).
STYLE = """
QFrame#tour-card {{
    background: palette(base);
    border: 1px solid palette(mid);
    border-radius: 12px;
}}
QLabel#tour-step {{ color: {accent_text}; font-weight: 600; font-size: 8pt; }}
QLabel#tour-title {{ font-size: 12pt; font-weight: 600; }}
QPushButton#tour-next {{
    background: {accent}; color: #FFFFFF; border: 1px solid {accent}; border-radius: 6px;
    padding: 6px 18px; font-weight: 600;
}}
QPushButton#tour-next:hover {{ background: {accent_hover}; border-color: {accent_hover}; }}
QPushButton#tour-back, QPushButton#tour-action {{
    background: transparent; color: palette(text); border: 1px solid palette(mid);
    border-radius: 6px; padding: 6px 14px;
}}
QPushButton#tour-action {{ color: {accent_text}; border-color: {accent_text}; font-weight: 600; }}
QPushButton#tour-back:hover, QPushButton#tour-action:hover {{
    background: palette(alternate-base);
}}
QToolButton#tour-close {{ border: none; padding: 2px 6px; font-size: 11pt; color: palette(text); }}
QToolButton#tour-close:hover {{ background: palette(alternate-base); border-radius: 4px; }}
"""


@dataclass(frozen=True)
class TourStep:
    """One stop of the tour: what to say and which panel to ring (looked up when shown)."""

    title: str
    text: str
    target: Callable[[], QWidget | None]
    action: QAction | None = None  # an optional button, e.g. "Start Preview"


class StepDots(QWidget):
    """One dot per step, the current one in the accent colour: how far along the tour is."""

    DOT = 8
    GAP = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.count = 0
        self.current = 0

    def set_position(self, current: int, count: int) -> None:
        self.current, self.count = current, count
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(max(self.count * (self.DOT + self.GAP) - self.GAP, 0), self.DOT + 4)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        top = (self.height() - self.DOT) / 2
        theme = tones()
        for index in range(self.count):
            painter.setBrush(QColor(theme.accent if index == self.current else theme.dot_idle))
            left = index * (self.DOT + self.GAP)
            painter.drawEllipse(QRectF(left, top, self.DOT, self.DOT))


class Spotlight(QWidget):
    """A soft accent ring around the step's panel, drawn over the window; clicks pass through."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("tour-spotlight")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.ring = QRect()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.ring.isNull():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # just outside the panel, so its title stays clear, but never off the window
        ring = QRectF(self.ring.adjusted(-2, -2, 2, 2) & self.rect().adjusted(5, 5, -5, -5))
        glow = QColor(tones().accent)
        glow.setAlpha(55)
        painter.setPen(QPen(glow, 8))
        painter.drawRoundedRect(ring, 8, 8)
        painter.setPen(QPen(QColor(tones().accent), 2.5))
        painter.drawRoundedRect(ring, 8, 8)


class TourCard(QFrame):
    """The floating card: step counter, title, text, dots, Back / action / Next, close."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("tour-card")
        themed_style(self, STYLE)
        shadow = QGraphicsDropShadowEffect(self)
        shadow.setBlurRadius(28)
        shadow.setOffset(0, 6)
        shadow.setColor(QColor(0, 0, 0, 70))
        self.setGraphicsEffect(shadow)

        self.step_label = QLabel(self)
        self.step_label.setObjectName("tour-step")
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("tour-close")
        self.close_button.setText("✕")
        self.close_button.setToolTip(
            self.tr("Close the tour (Help ▸ Show the Tour brings it back)")
        )
        self.close_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.title = QLabel(self)
        self.title.setObjectName("tour-title")
        self.text = QLabel(self)
        self.text.setObjectName("tour-text")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.measure = QLabel(self)  # never shown: sizes the text box for the longest step
        self.measure.setWordWrap(True)
        self.measure.setTextFormat(Qt.TextFormat.RichText)
        self.measure.hide()
        self.dots = StepDots(self)
        self.back_button = QPushButton(self.tr("Back"), self)
        self.back_button.setObjectName("tour-back")
        self.action_button = QPushButton(self)
        self.action_button.setObjectName("tour-action")
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("tour-next")
        for button in (self.back_button, self.action_button, self.next_button):
            button.setCursor(Qt.CursorShape.PointingHandCursor)

        top = QHBoxLayout()
        top.addWidget(self.step_label)
        top.addStretch(1)
        top.addWidget(self.close_button)
        bottom = QHBoxLayout()
        bottom.setSpacing(8)
        bottom.addWidget(self.dots)
        bottom.addStretch(1)
        bottom.addWidget(self.back_button)
        bottom.addWidget(self.action_button)
        bottom.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 14, 14)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addSpacing(4)
        layout.addLayout(bottom)


class Tour(QObject):
    """Shows :class:`TourStep` s one by one over ``window``, the card placed over ``anchor``."""

    dismissed = Signal()

    def __init__(self, window: QWidget, anchor: QWidget, steps: list[TourStep]) -> None:
        super().__init__(window)
        self.window = window
        self.anchor = anchor
        self.steps = steps
        self.index = 0
        self.spotlight = Spotlight(window)
        self.card = TourCard(window)
        self.spotlight.hide()
        self.card.hide()
        self.card.back_button.clicked.connect(self.back)
        self.card.next_button.clicked.connect(self.next)
        self.card.close_button.clicked.connect(self.dismiss)
        self.card.action_button.clicked.connect(self._trigger_action)
        self._watched: list[QWidget] = []

    def is_showing(self) -> bool:
        return self.card.isVisible()

    def start(self) -> None:
        """Show the tour from its first step."""
        self.go(0)

    def go(self, index: int) -> None:
        """Show step ``index``, bringing its panel to the front (a closed one opens again)."""
        self.index = max(0, min(index, len(self.steps) - 1))
        step = self.steps[self.index]
        card = self.card
        count = len(self.steps)
        card.step_label.setText(self.tr("QUICK TOUR · {0} OF {1}").format(self.index + 1, count))
        card.title.setText(step.title)
        card.text.setText(step.text)
        card.dots.set_position(self.index, count)
        card.back_button.setVisible(self.index > 0)
        last = self.index == count - 1
        card.next_button.setText(self.tr("Got it") if last else self.tr("Next"))
        card.action_button.setVisible(step.action is not None)
        if step.action is not None:
            card.action_button.setText(step.action.text().replace("&", ""))
        target = step.target()
        if target is not None:
            target.show()
            target.raise_()  # a tabbed dock comes to the front
        self.spotlight.show()
        self.card.show()
        self._watch(target)
        self.place()

    def next(self) -> None:
        if self.index >= len(self.steps) - 1:
            self.dismiss()
        else:
            self.go(self.index + 1)

    def back(self) -> None:
        self.go(self.index - 1)

    def dismiss(self) -> None:
        """Hide the tour for good (until asked again): the caller remembers it."""
        was_showing = self.is_showing()
        self.card.hide()
        self.spotlight.hide()
        self._watch(None)
        if was_showing:
            self.dismissed.emit()

    def _trigger_action(self) -> None:
        action = self.steps[self.index].action
        if action is not None:
            action.trigger()

    def _watch(self, target: QWidget | None) -> None:
        """While shown, follow the window, the canvas and the ringed panel as they move or resize
        (docks get dragged around); hidden, listen to nothing."""
        for widget in self._watched:
            widget.removeEventFilter(self)
        self._watched = [self.window, self.anchor] if self.is_showing() else []
        if target is not None and self._watched and target not in self._watched:
            self._watched.append(target)
        for widget in self._watched:
            widget.installEventFilter(self)

    def place(self) -> None:
        """Ring the current target; keep the card at the top middle of the anchor.

        The card does not move from step to step, so Next stays under the
        pointer; the ring and the words say where to look.
        """
        if not self.is_showing():
            return
        window, anchor = self.window, self.anchor
        self.spotlight.setGeometry(window.rect())
        target = self.steps[self.index].target()
        ring = QRect()
        if target is not None and target.isVisible():
            ring = QRect(target.mapTo(window, target.rect().topLeft()), target.size())
        self.spotlight.ring = ring
        area = QRect(anchor.mapTo(window, anchor.rect().topLeft()), anchor.size())
        width = max(min(CARD_WIDTH, area.width() - 2 * MARGIN), 280)
        self._fit_text(width)
        height = self.card.layout().totalHeightForWidth(width)
        left = area.left() + (area.width() - width) // 2
        self.card.setGeometry(left, area.top() + MARGIN, width, height)
        self.spotlight.raise_()
        self.card.raise_()
        self.spotlight.update()

    def _fit_text(self, width: int) -> None:
        """Room for the longest step's text, so the card keeps one height from step to step."""
        margins = self.card.layout().contentsMargins()
        inner = width - margins.left() - margins.right()
        measure = self.card.measure
        room = 0
        for step in self.steps:
            measure.setText(step.text)
            room = max(room, measure.heightForWidth(inner))
        self.card.text.setMinimumHeight(room)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.Move,
            QEvent.Type.Show,
            QEvent.Type.Hide,
        ):
            self.place()
        return False
