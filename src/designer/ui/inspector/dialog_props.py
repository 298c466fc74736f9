"""The dialog's own properties, shown when no single card is selected.

Name, description and language are committed when the user leaves the
field (the controller's ``set_meta`` makes one undo step per call), and
checked first so a refused value never reaches the undo stack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import ValidationError
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from designer.errors import DesignerError
from designer.model.dialog import Dialog
from designer.ui.inspector.base import form_layout, hint
from designer.ui.inspector.fields import ComboField, ErrorLabel, attempt, show_text
from designer.ui.worded import worded_text

if TYPE_CHECKING:
    from designer.ui.controller import DocumentController


def check_meta(name: str, value: str) -> None:
    """Refuse a dialog property the file format would refuse, before any undo step."""
    try:
        Dialog.model_validate({name: value})
    except ValidationError as exc:
        raise DesignerError(f"{name}: {exc.errors()[0]['msg']}", code="invalid-property") from None


class MetaField(QWidget):
    """One dialog property, committed on leaving the field (one undo step per edit)."""

    def __init__(
        self,
        controller: DocumentController,
        name: str,
        editor: QLineEdit | QPlainTextEdit,
        hint_text: str | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.name = name
        self.editor = editor
        self.error = ErrorLabel(self)
        self._hint = hint_text
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.error)
        if isinstance(editor, QLineEdit):
            editor.editingFinished.connect(self.commit)
        else:
            editor.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.commit()
        return False

    def text(self) -> str:
        if isinstance(self.editor, QLineEdit):
            return self.editor.text()
        return self.editor.toPlainText()

    def model_value(self) -> str:
        return getattr(self.controller.document, self.name)  # name, description, language

    def commit(self) -> bool:
        value = self.text()
        if value == self.model_value():
            self.error.clear_error()
            return True

        def apply() -> None:
            check_meta(self.name, value)
            self.controller.set_meta(**{self.name: value})

        return attempt(self.error, apply, self._hint)

    def refresh(self) -> None:
        show_text(self.editor, self.model_value(), self.error)
        if not self.editor.hasFocus():
            self.error.clear_error()


class DialogProperties(QWidget):
    """Name, description, language and start card of the whole dialog."""

    def __init__(self, controller: DocumentController, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        form = form_layout(self)
        heading = QLabel(self.tr("Dialog"), self)
        heading.setObjectName("card-kind")
        heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        form.addRow(heading)
        form.addRow(hint(self.tr("Select a card on the canvas to edit it.")))
        self.name = MetaField(controller, "name", QLineEdit(), parent=self)
        self.name.setObjectName("dialog-name")
        form.addRow(self.tr("Name"), self.name)
        description = QPlainTextEdit()
        description.setTabChangesFocus(True)
        description.setFixedHeight(description.fontMetrics().lineSpacing() * 4 + 14)
        self.description = MetaField(controller, "description", description, parent=self)
        self.description.setObjectName("dialog-description")
        form.addRow(self.tr("Description"), self.description)
        language = QLineEdit()
        language.setPlaceholderText(self.tr("e.g. en, fr or pt-BR"))
        self.language = MetaField(
            controller,
            "language",
            language,
            self.tr("Use a language code such as en, fr or pt-BR."),
            parent=self,
        )
        self.language.setObjectName("dialog-language")
        form.addRow(self.tr("Language"), self.language)
        self.start = ComboField(lambda value, _session: controller.set_start(value))
        self.start.setObjectName("start-card")
        form.addRow(self.tr("Start card"), self.start)

    def refresh(self) -> None:
        for field in (self.name, self.description, self.language):
            field.refresh()
        doc = self.controller.document
        items: list[tuple[str, str | None]] = []
        if doc.start is None or doc.start not in doc:
            items.append((self.tr("— choose the first card —"), doc.start))
        items += [(f"{worded_text(c.display_title())} ({c.id})", c.id) for c in doc.cards()]
        self.start.set_items(items)
        self.start.set_value(doc.start)
