"""Lists of row widgets kept in step with a model list (answers, fields, outcomes, rules).

Rows are matched to items by index and reused, so a refresh after a keystroke
updates the row in place and the cursor stays put. A row never keeps the
item: it reports an edit as a change to the model's list (replace, remove,
move), which its owner applies to the document's current value.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from designer.ui.controller import new_session
from designer.ui.inspector.fields import EditSession, ErrorLabel, attempt, muted
from designer.ui.translations import tr as _tr

Items = list[dict[str, Any]]
Change = Callable[[Items], Items]
"""A pure change to a model list (as dicts): what a row asks its owner to apply."""


def replace_at(index: int, item: dict[str, Any]) -> Change:
    return lambda items: [*items[:index], item, *items[index + 1 :]]


def patch_at(index: int, **fields: Any) -> Change:
    """Change some properties of one item and keep the rest (its id above all)."""
    return lambda items: [*items[:index], {**items[index], **fields}, *items[index + 1 :]]


def remove_at(index: int) -> Change:
    return lambda items: [*items[:index], *items[index + 1 :]]


def move(index: int, delta: int) -> Change:
    def change(items: Items) -> Items:
        target = index + delta
        if not 0 <= target < len(items):
            return list(items)
        out = list(items)
        out[index], out[target] = out[target], out[index]
        return out

    return change


def append(item: dict[str, Any]) -> Change:
    return lambda items: [*items, item]


def unique_id(prefix: str, taken: Sequence[str]) -> str:
    """``prefix-N`` above every number already used, so ids (and their edges) stay stable."""
    numbers = [
        int(t[len(prefix) + 1 :])
        for t in taken
        if t.startswith(f"{prefix}-") and t[len(prefix) + 1 :].isdigit()
    ]
    n = max([len(taken), *numbers]) + 1
    while f"{prefix}-{n}" in taken:
        n += 1
    return f"{prefix}-{n}"


def tool_button(
    parent: QWidget, icon: QStyle.StandardPixmap, tip: str, name: str, slot: Callable[[], None]
) -> QToolButton:
    button = QToolButton(parent)
    button.setIcon(parent.style().standardIcon(icon))
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    button.setObjectName(name)
    button.setAutoRaise(True)
    button.clicked.connect(slot)
    return button


class Row(QFrame):
    """One item of a list, with move up / move down / remove buttons in its header."""

    def __init__(self, owner: RowList, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.owner = owner
        self.index = 0
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(6, 4, 6, 6)
        self.body.setSpacing(4)
        self.header = QHBoxLayout()
        self.header.setSpacing(2)
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-weight: 600;")
        self.header.addWidget(self.heading, 1)
        sp = QStyle.StandardPixmap
        self.up = tool_button(self, sp.SP_ArrowUp, _tr("Move up"), "row-up", self._up)
        self.down = tool_button(self, sp.SP_ArrowDown, _tr("Move down"), "row-down", self._down)
        self.remove = tool_button(self, sp.SP_TrashIcon, _tr("Remove"), "row-remove", self._remove)
        for button in (self.up, self.down, self.remove):
            self.header.addWidget(button)
        self.body.addLayout(self.header)
        self.error = ErrorLabel(self)

    def finish(self) -> None:
        """Put the row's error sentence last, under the widgets a subclass added."""
        self.body.addWidget(self.error)

    def submit(self, transform: Change, session: int | None) -> bool:
        """Apply an edit of this row's own widgets; a refusal is shown under the row."""
        return attempt(self.error, lambda: self.owner.apply(transform, session))

    def place(self, index: int, count: int) -> None:
        """Where the row sits now: enables the moves that make sense there."""
        self.index = index
        self.up.setEnabled(index > 0)
        self.down.setEnabled(index < count - 1)

    def show_item(self, item: Any, index: int, count: int) -> None:
        """Show the model item at ``index``; subclasses fill their widgets."""
        self.place(index, count)

    # --- widgets bound to one property of the item ---------------------------------

    def line(self, placeholder: str, to_change: Callable[[str], Change]) -> QLineEdit:
        """A text box; a typing burst in it is one undo step."""
        edit = QLineEdit(self)
        edit.setPlaceholderText(placeholder)
        session = EditSession(edit)
        edit.textEdited.connect(lambda text: self.submit(to_change(text), session.id()))
        return edit

    def choice(
        self, items: Sequence[tuple[str, Any]], to_change: Callable[[Any], Change]
    ) -> QComboBox:
        """A combo box; each pick is one undo step."""
        combo = QComboBox(self)
        for label, value in items:
            combo.addItem(label, value)
        combo.activated.connect(lambda i: self.submit(to_change(combo.itemData(i)), new_session()))
        return combo

    def check(self, label: str, to_change: Callable[[bool], Change]) -> QCheckBox:
        box = QCheckBox(label, self)
        box.clicked.connect(
            lambda on: self.submit(to_change(on), new_session()) or box.setChecked(not on)
        )
        return box

    def _up(self) -> None:
        self.owner.change(move(self.index, -1), None)

    def _down(self) -> None:
        self.owner.change(move(self.index, +1), None)

    def _remove(self) -> None:
        self.owner.change(remove_at(self.index), None)


class RowList(QWidget):
    """A vertical list of :class:`Row` widgets mirroring a model list.

    ``change(transform, session)`` is called with the edit a row asks for; the
    owner applies it to the document's current list through the controller and
    may raise :class:`DesignerError`, which the list shows under itself.
    """

    def __init__(
        self,
        make_row: Callable[[RowList], Row],
        change: Callable[[Change, int | None], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._make_row = make_row
        self._change = change
        self.rows: list[Row] = []
        self.error = ErrorLabel(self)
        self.empty = muted(QLabel(self))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self._layout.addWidget(self.empty)
        self._layout.addWidget(self.error)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignTop)

    def set_empty_text(self, text: str) -> None:
        self.empty.setText(text)

    def apply(self, transform: Change, session: int | None) -> None:
        """Apply an edit through the owner; raises DesignerError when refused."""
        self._change(transform, session)

    def change(self, transform: Change, session: int | None) -> bool:
        """Ask the owner to apply an edit; a refusal is shown under the list."""
        return attempt(self.error, lambda: self._change(transform, session))

    def sync(self, items: Sequence[Any]) -> None:
        """Show ``items``: reuse rows by index, add or drop rows at the end only."""
        while len(self.rows) < len(items):
            row = self._make_row(self)
            self._layout.insertWidget(len(self.rows), row)
            self.rows.append(row)
        while len(self.rows) > len(items):
            row = self.rows.pop()
            row.hide()
            row.setParent(None)
            row.deleteLater()
        focus = QApplication.focusWidget()
        for index, (row, item) in enumerate(zip(self.rows, items, strict=True)):
            row.show_item(item, index, len(items))
            if focus is None or not row.isAncestorOf(focus):
                row.error.clear_error()  # the refused value was left; the row shows the model
        self.empty.setVisible(not items and bool(self.empty.text()))


def nested(index: int, key: str, change: Change) -> Change:
    """Apply ``change`` to the list held under ``key`` by item ``index`` (rule criteria)."""
    return lambda items: [
        *items[:index],
        {**items[index], key: change(list(items[index][key]))},
        *items[index + 1 :],
    ]
