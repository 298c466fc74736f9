"""Text from dialog files shown as text: never as markup, wherever Qt would guess.

Qt renders a tooltip (and an auto-format label) as rich text when the string
looks like HTML, so a card titled ``<img src=…>`` would load an image. Every
tooltip that can quote the marketer's words goes through :func:`as_plain_tooltip`.
"""

from __future__ import annotations

from PySide6.QtGui import Qt


def as_plain_tooltip(text: str) -> str:
    """``text`` escaped into rich text that shows exactly its characters (line breaks kept)."""
    return Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)
