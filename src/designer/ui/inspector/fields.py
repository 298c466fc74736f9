"""Bound fields: one widget per model value, with the refusal shown under it.

Each field shows what the document holds, hands the user's edit to a
``commit(value, session)`` callback that calls the controller, and, when the
controller refuses with a :class:`DesignerError`, shows the sentence in red
right under itself. Nothing is written back on refresh: a refresh only sets
the widget when the model's value differs, and never while the user is
fixing a refused value in it, so focus and cursor stay where they are.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from designer.errors import DesignerError
from designer.ui.controller import new_session
from designer.ui.theme import themed_style
from designer.ui.translations import tr as _tr

Commit = Callable[[Any, int], None]
"""Apply a value as one step of an editing session; raise DesignerError to refuse it."""

_PATTERN = re.compile(r"String should match pattern '(?P<pattern>[^']*)'")
_FIELD_KEY = "^[A-Za-z_][A-Za-z0-9_.]{0,63}$"
_CARD_ID = "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"


def sentence(error: DesignerError, hint: str | None = None) -> str:
    """The refusal as a marketer reads it: no JSON location, no pydantic wording.

    The field shows the sentence right under itself, so the location the model
    prefixes (``answers.0.label:``) says nothing the reader does not already see.
    """
    text = error.message
    if error.code == "invalid-property" and ": " in text:
        text = text.split(": ", 1)[1]
    text = text.removeprefix("Value error, ")
    match = _PATTERN.search(text)
    if hint:
        text = hint
    elif match and match["pattern"] == _FIELD_KEY:
        text = _tr(
            "A field name uses letters, digits, '_' or '.', starts with a letter or '_', "
            "and has no spaces (e.g. budget or lead.source)."
        )
    elif match and match["pattern"] == _CARD_ID:
        text = _tr(
            "An id uses letters, digits, '_', '-' or '.', starts with a letter or digit, "
            "and has no spaces."
        )
    elif "at least 1 character" in text:
        text = _tr("This cannot be empty.")
    text = text.strip()
    if text and not text.endswith((".", "!", "?")):
        text += "."
    return text[:1].upper() + text[1:]


def muted(label: QLabel) -> QLabel:
    """Grey explanatory text that stays readable in light and dark themes."""
    palette = label.palette()
    color = palette.color(QPalette.ColorRole.WindowText)
    color.setAlpha(165)
    palette.setColor(QPalette.ColorRole.WindowText, color)
    label.setPalette(palette)
    label.setWordWrap(True)
    return label


class ErrorLabel(QLabel):
    """The red sentence under a field; hidden while the value is accepted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("field-error")
        self.setWordWrap(True)
        themed_style(self, "color: {error};")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_error(self, text: str) -> None:
        self.setText(text)
        self.show()

    def clear_error(self) -> None:
        self.clear()
        self.hide()

    @property
    def showing(self) -> bool:
        return not self.isHidden()


_SAME_GESTURE = (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason)


class EditSession(QObject):
    """One undo step per editing gesture: a fresh session each time the field gets focus."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._id: int | None = None
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Coming back from a completer popup or another window continues the gesture.
        if (
            event.type() == QEvent.Type.FocusIn
            and isinstance(event, QFocusEvent)
            and event.reason() not in _SAME_GESTURE
        ):
            self._id = None
        return False

    def id(self) -> int:
        if self._id is None:
            self._id = new_session()
        return self._id

    def end(self) -> None:
        """Start the next edit as a new undo step (e.g. after a button inserts a token)."""
        self._id = None


def attempt(error: ErrorLabel, action: Callable[[], None], hint: str | None = None) -> bool:
    """Run an edit; show the controller's refusal under the field instead of raising."""
    try:
        action()
    except DesignerError as exc:
        error.show_error(sentence(exc, hint))
        return False
    error.clear_error()
    return True


class BoundField(QWidget):
    """An editor widget, its inline error, and the session that groups its edits."""

    def __init__(
        self, editor: QWidget, commit: Commit, *, hint: str | None = None, parent=None
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.error = ErrorLabel(self)
        self.session = EditSession(editor)
        self._commit = commit
        self._hint = hint
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.error)

    def apply(self, value: Any) -> bool:
        """Send the user's value to the model; False (and a sentence) when refused."""
        return attempt(self.error, lambda: self._commit(value, self.session.id()), self._hint)

    def may_overwrite(self) -> bool:
        """False while the user is fixing a refused value in this field."""
        return not (self.editor.hasFocus() and self.error.showing)

    def settle(self) -> None:
        """Drop a refusal the user has left: the field shows the model's value again."""
        if not self.editor.hasFocus():
            self.error.clear_error()

    def _shown(self, same: bool, put: Callable[[], None]) -> None:
        if not self.may_overwrite():
            return
        if not same:
            self.editor.blockSignals(True)
            try:
                put()
            finally:
                self.editor.blockSignals(False)
        self.error.clear_error()


class LineField(BoundField):
    """A one-line text value; ``to_model`` turns the text into the stored value."""

    def __init__(
        self,
        commit: Commit,
        *,
        placeholder: str = "",
        to_model: Callable[[str], Any] = str,
        hint: str | None = None,
        parent=None,
    ) -> None:
        self.line = QLineEdit()
        self.line.setPlaceholderText(placeholder)
        super().__init__(self.line, commit, hint=hint, parent=parent)
        self._to_model = to_model
        self.line.textEdited.connect(lambda text: self.apply(self._to_model(text)))

    def set_value(self, text: str | None) -> None:
        show_text(self.line, text or "", self.error)
        self.settle()


class TextField(BoundField):
    """Multi-line visitor text; every keystroke of one burst is one undo step."""

    def __init__(
        self,
        commit: Commit,
        *,
        placeholder: str = "",
        lines: int = 3,
        to_model: Callable[[str], Any] = str,
        parent=None,
    ) -> None:
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(placeholder)
        self.text.setTabChangesFocus(True)
        height = QFontMetrics(self.text.font()).lineSpacing() * lines + 14
        self.text.setFixedHeight(height)
        super().__init__(self.text, commit, parent=parent)
        self._to_model = to_model
        self.text.textChanged.connect(lambda: self.apply(self._to_model(self.text.toPlainText())))

    def set_value(self, value: str | None) -> None:
        show_text(self.text, value or "", self.error)
        self.settle()

    def insert(self, snippet: str) -> None:
        """Insert at the cursor as the user would type it (so it is committed and undoable)."""
        self.text.setFocus()
        self.text.textCursor().insertText(snippet)


class CheckField(BoundField):
    """A yes/no value; each click is its own undo step."""

    def __init__(self, label: str, commit: Commit, *, parent=None) -> None:
        self.box = QCheckBox(label)
        super().__init__(self.box, commit, parent=parent)
        self.box.clicked.connect(self._clicked)

    def _clicked(self, checked: bool) -> None:
        self.session.end()
        if not self.apply(checked):
            self.box.setChecked(not checked)

    def set_value(self, checked: bool) -> None:
        self._shown(self.box.isChecked() == checked, lambda: self.box.setChecked(checked))


class ComboField(BoundField):
    """A choice among (label, value) items; the model value is the item's data."""

    def __init__(
        self, commit: Commit, items: Sequence[tuple[str, Any]] = (), *, parent=None
    ) -> None:
        self.combo = QComboBox()
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(12)
        super().__init__(self.combo, commit, parent=parent)
        self.set_items(items)
        self.combo.activated.connect(self._activated)

    def set_items(self, items: Sequence[tuple[str, Any]]) -> None:
        """Replace the choices, keeping the current value selected when it remains."""
        current = self.combo.currentData()
        self.combo.blockSignals(True)
        try:
            self.combo.clear()
            for label, value in items:
                self.combo.addItem(label, value)
            index = self.combo.findData(current)
            self.combo.setCurrentIndex(max(index, 0))
        finally:
            self.combo.blockSignals(False)

    def _activated(self, index: int) -> None:
        self.session.end()
        self.apply(self.combo.itemData(index))

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(value)
        self._shown(self.combo.currentIndex() == index, lambda: self.combo.setCurrentIndex(index))


class SpinField(BoundField):
    """A small whole number; arrow clicks while the box has focus merge into one step."""

    def __init__(self, commit: Commit, low: int, high: int, *, parent=None) -> None:
        self.spin = QSpinBox()
        self.spin.setRange(low, high)
        super().__init__(self.spin, commit, parent=parent)
        self.spin.valueChanged.connect(self.apply)

    def set_value(self, value: int) -> None:
        self._shown(self.spin.value() == value, lambda: self.spin.setValue(value))


def split_list(text: str) -> list[str]:
    """A comma-separated entry as a list, empty pieces dropped."""
    return [piece.strip() for piece in text.split(",") if piece.strip()]


def join_list(values: Sequence[str] | str) -> str:
    return values if isinstance(values, str) else ", ".join(values)


def none_if_empty(text: str) -> str | None:
    """Empty text means 'not set' for optional values (fallback, consent, stored value)."""
    return text if text.strip() else None


def show_text(
    editor: QLineEdit | QPlainTextEdit,
    text: str,
    error: ErrorLabel,
    key: Callable[[str], Any] = str.strip,
) -> None:
    """Set a text widget from the model, unless that would disturb the user typing in it.

    While the editor has focus, a text the model stores normalised (trimmed,
    split at commas) is left as typed when ``key`` says it means the same.
    """
    current = editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()
    if current == text:
        return
    if editor.hasFocus() and (error.showing or key(current) == key(text)):
        return
    editor.blockSignals(True)
    try:
        if isinstance(editor, QLineEdit):
            editor.setText(text)
            if not editor.hasFocus():
                editor.setCursorPosition(0)  # show the beginning of a long text
        else:
            editor.setPlainText(text)
    finally:
        editor.blockSignals(False)


def show_choice(combo: QComboBox, value: Any) -> None:
    """Select the item whose data is ``value`` without reporting it as an edit."""
    index = combo.findData(value)
    if index != combo.currentIndex():
        combo.blockSignals(True)
        combo.setCurrentIndex(index)
        combo.blockSignals(False)


def show_checked(box: QCheckBox, checked: bool) -> None:
    if box.isChecked() != checked:
        box.blockSignals(True)
        box.setChecked(checked)
        box.blockSignals(False)
