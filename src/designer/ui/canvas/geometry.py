"""Where things are inside a card: header, summary lines, one row per output port.

Geometry is derived from the card value alone, so it is computed once per
card value and reused until the card changes (cards are immutable values:
a changed card is a new object, which is how the cache knows).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF

from designer.model.cards import Card
from designer.ui.canvas.style import port_label, summary_lines

WIDTH = 260.0
HEADER = 44.0
LINE = 17.0
PORT_ROW = 24.0
PAD = 10.0
MAX_SUMMARY_LINES = 4
END_BAND = 26.0
PORT_RADIUS = 6.0
CARD_MARGIN = (-10.0, -12.0, PORT_RADIUS + 10.0, 26.0)
"""A card item's bounds around its body (shadow, badges, start flag): QRectF.adjusted args."""
_ELIDE_RIGHT = Qt.TextElideMode.ElideRight


def title_font() -> QFont:
    font = QFont()
    font.setPointSizeF(10.5)
    font.setBold(True)
    return font


def body_font() -> QFont:
    font = QFont()
    font.setPointSizeF(9.0)
    return font


def small_font() -> QFont:
    font = QFont()
    font.setPointSizeF(8.0)
    return font


class PortSlot(NamedTuple):
    """One output row; a tuple because a 5,000-card dialog makes ten thousand of them."""

    key: str
    label: str
    row: QRectF  # the labelled row inside the card
    anchor: QPointF  # where links leave, on the card's right edge


class CardGeometry(NamedTuple):
    """A card's layout in its own coordinates (immutable: recomputed when the card changes)."""

    rect: QRectF
    summary: tuple[str, ...]
    summary_rect: QRectF
    ports: tuple[PortSlot, ...]
    end_band: QRectF | None  # "ends the branch" strip of Live Chat / Go To / End

    def port_at(self, point: QPointF, slack: float = 4.0) -> PortSlot | None:
        """The port whose row or anchor is under ``point`` (card coordinates)."""
        for port in self.ports:
            grown = port.row.adjusted(0, 0, PORT_RADIUS + slack, 0)
            if grown.contains(point):
                return port
        return None

    @property
    def input_anchor(self) -> QPointF:
        """Where links arrive: the middle of the card's left edge, beside its title."""
        return QPointF(self.rect.left(), HEADER / 2)


EMPTY_GEOMETRY = CardGeometry(QRectF(0, 0, WIDTH, HEADER), (), QRectF(), (), None)
"""Stands in for a card that has just left the document."""


def compute_geometry(
    card: Card,
    titles: dict[str, str] | None = None,
    metrics: QFontMetricsF | None = None,
    names: Mapping[str, str] | None = None,
) -> CardGeometry:
    """The card's layout; ``metrics`` of :func:`body_font`, passed in by callers that lay out
    many cards (the scene keeps one until the application font changes)."""
    if metrics is None:
        metrics = QFontMetricsF(body_font())
    text_width = WIDTH - 2 * PAD
    lines: list[str] = []
    for raw in summary_lines(card, titles, names):
        for part in _wrap(raw.replace("\n", " "), metrics, text_width):
            lines.append(part)
    if len(lines) > MAX_SUMMARY_LINES:
        lines = [
            *lines[: MAX_SUMMARY_LINES - 1],
            metrics.elidedText(lines[MAX_SUMMARY_LINES - 1] + " …", _ELIDE_RIGHT, text_width),
        ]
    y = HEADER + 6
    summary_rect = QRectF(PAD, y, text_width, LINE * len(lines))
    y += LINE * len(lines) + (8 if lines else 0)
    ports = []
    for port in card.ports():
        row = QRectF(PAD, y, WIDTH - PAD, PORT_ROW)
        label = port_label(port.key, port.label)
        ports.append(PortSlot(port.key, label, row, QPointF(WIDTH, y + PORT_ROW / 2)))
        y += PORT_ROW
    end_band = None
    if card.ends_branch:
        end_band = QRectF(0, y + 2, WIDTH, END_BAND)
        y += END_BAND + 2
    height = y + PAD / 2
    return CardGeometry(
        QRectF(0, 0, WIDTH, height), tuple(lines), summary_rect, tuple(ports), end_band
    )


def height_bounds(card: Card) -> tuple[float, float]:
    """The least and the most height :func:`compute_geometry` can give the card, unmeasured.

    Only the summary needs the font: it takes none to :data:`MAX_SUMMARY_LINES`
    rows; the ports and the end band are counted. Opening a large dialog uses
    these to find the cards in view, and the ones that can reach its bottom
    edge, without laying out thousands of cards first.
    """
    fixed = HEADER + 6 + PORT_ROW * len(card.ports()) + PAD / 2
    if card.ends_branch:
        fixed += END_BAND + 2
    return fixed, fixed + LINE * MAX_SUMMARY_LINES + 8


def _wrap(text: str, metrics: QFontMetricsF, width: float) -> list[str]:
    """Greedy word wrap; a word longer than the line is elided."""
    words = text.split()
    whole = " ".join(words)
    if metrics.horizontalAdvance(whole) <= width:
        return [whole] if whole else []  # most lines fit: one measurement
    lines: list[str] = []
    current = ""
    for word in words:
        trial = f"{current} {word}" if current else word
        if metrics.horizontalAdvance(trial) <= width:
            current = trial
            continue
        if current:
            lines.append(current)
        current = (
            word
            if metrics.horizontalAdvance(word) <= width
            else metrics.elidedText(word, _ELIDE_RIGHT, width)
        )
        if len(lines) > MAX_SUMMARY_LINES:
            break
    if current:
        lines.append(current)
    return lines
