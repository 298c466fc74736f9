"""Small horizontal bar charts drawn with QPainter.

PySide6-Essentials has no QtCharts, and four bar lists do not justify a new
dependency: each row is the name with its count and share on one line and
a bar under it, so long names (fallback reasons) stay readable in a narrow dock.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from designer.ui.simulation.numbers import count, share
from designer.ui.theme import tones


@dataclass(frozen=True)
class Bar:
    """One bar: what it counts (``key``: an email, a card id), its readable name and count."""

    key: str
    label: str
    count: int
    tooltip: str = ""


class BarChart(QWidget):
    """A titled list of bars, longest first, each labelled with its name, count and share."""

    LIMIT = 10  # more bars than this become one "… and N more" line
    PAD = 6
    BAR_HEIGHT = 8

    def __init__(
        self, title: str, colour: str, empty_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.title = title
        self.colour = QColor(colour)
        self.empty_text = empty_text
        self._bars: list[Bar] = []
        self._total = 0
        self.caption = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(200)
        self._title_font = QFont(self.font())
        self._title_font.setBold(True)

    # --- data --------------------------------------------------------------------------------

    def set_bars(self, bars: Sequence[Bar], total: int, caption: str = "") -> None:
        """Show ``bars``; shares are of ``total``, which ``caption`` names ("of 2,892 chats")."""
        self._bars = sorted(bars, key=lambda b: (-b.count, b.label))
        self._total = total
        self.caption = caption
        self.setFixedHeight(self.sizeHint().height())
        self.updateGeometry()
        self.update()

    def clear(self) -> None:
        self.set_bars([], 0)

    def bars(self) -> list[Bar]:
        """Every bar, the hidden ones past :attr:`LIMIT` included."""
        return list(self._bars)

    def counts(self) -> dict[str, int]:
        """Key -> count: what the chart shows, in the engine's terms (for checks and export)."""
        return {b.key: b.count for b in self._bars}

    # --- geometry ----------------------------------------------------------------------------

    def _row_height(self) -> int:
        return QFontMetrics(self.font()).height() + self.BAR_HEIGHT + self.PAD + 2

    def _title_height(self) -> int:
        return QFontMetrics(self._title_font).height() + self.PAD

    def _shown(self) -> tuple[list[Bar], int]:
        if len(self._bars) <= self.LIMIT:
            return self._bars, 0
        return self._bars[: self.LIMIT - 1], len(self._bars) - (self.LIMIT - 1)

    def sizeHint(self) -> QSize:
        shown, hidden = self._shown()
        rows = max(1, len(shown)) + (1 if hidden else 0)
        return QSize(320, self._title_height() + rows * self._row_height() + self.PAD)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    # --- drawing ----------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        theme = tones()  # the theme's; the widget repaints when the palette changes
        ink, muted, track_colour = (
            QColor(c) for c in (theme.chart_text, theme.muted, theme.chart_track)
        )
        width = self.width()
        painter.setFont(self._title_font)
        painter.setPen(ink)
        painter.drawText(QRectF(0, 0, width, self._title_height()), _LEFT_TOP, self.title)
        painter.setFont(self.font())
        title_width = QFontMetrics(self._title_font).horizontalAdvance(self.title)
        caption_width = QFontMetrics(self.font()).horizontalAdvance(self.caption)
        if self.caption and self._bars and title_width + caption_width + 3 * self.PAD < width:
            painter.setPen(muted)
            painter.drawText(QRectF(0, 1, width, self._title_height()), _RIGHT_TOP, self.caption)
        metrics = QFontMetrics(self.font())
        y = float(self._title_height())
        shown, hidden = self._shown()
        if not shown:
            painter.setPen(muted)
            painter.drawText(QRectF(0, y, width, metrics.height()), _LEFT_TOP, self.empty_text)
            painter.end()
            return
        top = max(b.count for b in shown) or 1
        for bar in shown:
            figure = self._figure(bar.count)
            figure_width = metrics.horizontalAdvance(figure) + self.PAD
            name = metrics.elidedText(bar.label, Qt.TextElideMode.ElideMiddle, width - figure_width)
            painter.setPen(ink)
            painter.drawText(QRectF(0, y, width - figure_width, metrics.height()), _LEFT_TOP, name)
            painter.setPen(muted)
            painter.drawText(QRectF(0, y, width, metrics.height()), _RIGHT_TOP, figure)
            track = QRectF(0, y + metrics.height() + 1, width, self.BAR_HEIGHT)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(track_colour)
            painter.drawRoundedRect(track, 3, 3)
            filled = QRectF(track)
            filled.setWidth(max(2.0, width * bar.count / top))
            painter.setBrush(self.colour)
            painter.drawRoundedRect(filled, 3, 3)
            y += self._row_height()
        if hidden:
            rest = sum(b.count for b in self._bars[len(shown) :])
            painter.setPen(muted)
            text = self.tr("… and {0} more ({1})").format(hidden, count(rest))
            painter.drawText(QRectF(0, y, width, metrics.height()), _LEFT_TOP, text)
        painter.end()

    def _figure(self, n: int) -> str:
        pct = share(n, self._total)
        return f"{count(n)}  ·  {pct}" if pct else count(n)

    def event(self, event: QEvent) -> bool:
        """A bar's tooltip: its full name (elided names stay findable) and figures."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            bar = self.bar_at(event.pos())
            if bar is None:
                QToolTip.hideText()
            else:
                text = bar.tooltip or bar.label
                QToolTip.showText(event.globalPos(), f"{text}\n{self._figure(bar.count)}", self)
            return True
        return super().event(event)

    def bar_at(self, pos: QPoint) -> Bar | None:
        shown, _hidden = self._shown()
        row = int((pos.y() - self._title_height()) // self._row_height())
        if pos.y() < self._title_height() or not 0 <= row < len(shown):
            return None
        return shown[row]


_LEFT_TOP = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
_RIGHT_TOP = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
