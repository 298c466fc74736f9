"""Telling the marketer that a chat arrived: an in-app banner, a beep, the system tray.

The banner is the notification that always works (offscreen, under Xvfb,
on desktops without a tray); the tray message is added where the desktop
has one, as the reference product's agents get a desktop notification.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QSystemTrayIcon,
    QToolButton,
    QWidget,
)

from designer.ui.preview.chat_view import plain_label
from designer.ui.theme import themed_style


def chat_icon(size: int = 32) -> QIcon:
    """A small speech-bubble icon drawn in code, so the tray never shows an empty square."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#D9444B"))
    painter.drawRoundedRect(QRectF(2, 4, size - 4, size - 10), 8, 8)
    painter.setPen(QColor("#FFFFFF"))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * 0.45))
    painter.setFont(font)
    painter.drawText(QRectF(2, 4, size - 4, size - 10), Qt.AlignmentFlag.AlignCenter, "…")
    painter.end()
    return QIcon(pixmap)


class Banner(QFrame):
    """A dismissable strip: what happened, a button to act on it (Accept, Open…), maybe a second.

    ``decline`` adds the second button (an incoming chat's Decline); ``detail``
    is a short, changing note beside the text (how long the offer still waits).
    """

    accepted = Signal()
    declined = Signal()

    def __init__(
        self, action: str, parent: QWidget | None = None, *, decline: str | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        themed_style(
            self,
            "QFrame#banner {{ background: {banner_back}; border: 1px solid {banner_border};"
            " border-radius: 6px; }}"
            "QFrame#banner QLabel {{ color: {banner_text}; background: transparent;"
            " border: none; }}",
        )
        self.label = plain_label("", "banner", self)
        self.label.setObjectName("banner-text")
        self.action = QPushButton(action, self)
        self.action.setObjectName("banner-action")
        self.action.clicked.connect(self._accept)
        self.detail = plain_label("", "banner", self)
        self.detail.setObjectName("banner-detail")
        self.detail.setWordWrap(False)
        self.detail.hide()
        self.second: QPushButton | None = None
        if decline is not None:
            self.second = QPushButton(decline, self)
            self.second.setObjectName("banner-decline")
            self.second.clicked.connect(self._decline)
        close = QToolButton(self)
        close.setObjectName("banner-close")
        close.setText("×")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Dismiss"))
        close.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 4, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.detail)
        row.addWidget(self.action)
        if self.second is not None:
            row.addWidget(self.second)
        row.addWidget(close)
        self.payload: object = None
        self.hide()

    def show_message(self, text: str, payload: object = None) -> None:
        self.label.setText(text)
        self.payload = payload
        self.set_detail("")
        self.show()

    def set_detail(self, text: str) -> None:
        self.detail.setText(text)
        self.detail.setVisible(bool(text))

    def text(self) -> str:
        return self.label.text()

    def _accept(self) -> None:
        self.hide()
        self.accepted.emit()

    def _decline(self) -> None:
        self.hide()
        self.declined.emit()


class Notifier(QObject):
    """Sends a notification to the tray (when there is one) and beeps, like an agent's console."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tray: QSystemTrayIcon | None = None
        self.sent: list[tuple[str, str]] = []

    def notify(self, title: str, text: str) -> None:
        self.sent.append((title, text))
        QApplication.beep()
        tray = self._tray_icon()
        if tray is not None:
            tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 6000)

    def _tray_icon(self) -> QSystemTrayIcon | None:
        if self._tray is None and QSystemTrayIcon.isSystemTrayAvailable():
            self._tray = QSystemTrayIcon(chat_icon(), self)
            self._tray.setToolTip(self.tr("Stream Designer: agent inbox"))
            self._tray.show()
        return self._tray

    def close(self) -> None:
        """Take the icon out of the tray (the next notification puts it back)."""
        if self._tray is not None:
            self._tray.hide()
            self._tray.deleteLater()
            self._tray = None
