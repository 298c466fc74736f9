"""Small pieces shared by the tabs of the Agents and teams dialog.

The tabs live in their own modules (agents and teams, accounts, routing
settings) but edit the workspace the same way: one action at a time through
the dialog's runner, which shows a refusal as the store's sentence.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from designer.errors import DesignerError

Runner = Callable[[Callable[[], object]], bool]
"""Runs one workspace action: True when done, False after showing why it was refused."""

Asker = Callable[[str], bool]
"""Asks the user a yes/no question before something that cannot be undone."""


def sentence(error: DesignerError) -> str:
    """The store's sentence as the dialog shows it: capitalised, ending with a full stop."""
    text = str(error)
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?", ")")) else text + "."


def push_button(parent: QWidget, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.clicked.connect(slot)
    return button


def line_edit(parent: QWidget, placeholder: str, name: str) -> QLineEdit:
    line = QLineEdit(parent)
    line.setObjectName(name)
    line.setPlaceholderText(placeholder)
    return line


def quietly(widget: QWidget, apply: Callable[[], object]) -> None:
    """Show a database value in a widget without taking it for the user's edit."""
    widget.blockSignals(True)
    try:
        apply()
    finally:
        widget.blockSignals(False)


def centered(widget: QWidget) -> QWidget:
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
    layout.addWidget(widget)
    return holder
