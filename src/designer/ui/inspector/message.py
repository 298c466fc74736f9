"""The Message card editor: bot text with field tokens inserted at the cursor."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QMenu, QToolButton, QWidget

from designer.ui.inspector.base import CardEditor, hint, known_field_keys
from designer.ui.inspector.fields import TextField


class TokenButton(QToolButton):
    """ "Insert field": a menu of the dialog's field keys, listed when it opens.

    The list is built on opening, so custom fields added in Info Capture cards
    appear without the editor following every card of the document.
    """

    def __init__(self, editor: CardEditor, target: TextField, parent=None) -> None:
        super().__init__(parent)
        self._editor = editor
        self._target = target
        self.setObjectName("insert-field")
        self.setText(self.tr("Insert field"))
        self.setToolTip(self.tr("Insert a visitor field at the cursor, e.g. {{first_name}}"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setMenu(QMenu(self))
        self.menu().aboutToShow.connect(self._fill)
        self._fill()

    def _fill(self) -> None:
        menu = self.menu()
        menu.clear()
        for key in known_field_keys(self._editor.controller):
            action = menu.addAction(key)
            action.setData(key)
            action.triggered.connect(lambda _=False, k=key: self.insert(k))

    def insert(self, key: str) -> None:
        """Insert ``{{key}}`` where the cursor is, as one undo step of its own."""
        self._target.session.end()
        self._target.insert("{{" + key + "}}")
        self._target.session.end()


class MessageEditor(CardEditor):
    """A bot line; tokens such as {{first_name}} are filled in for each visitor."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.text = TextField(
            self.setter("text"), placeholder=self.tr("What the bot says"), lines=4
        )
        self.text.setObjectName("message-text")
        self.tokens = TokenButton(self, self.text, self)
        row = QHBoxLayout()
        row.addWidget(hint(self.tr('Unknown visitors see the default: {{first_name:"there"}}')), 1)
        row.addWidget(self.tokens)
        holder = QWidget(self)
        holder.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(self.tr("Message"), self.text)
        self.form.addRow(holder)

    def refresh(self) -> None:
        self.text.set_value(self.card.text)  # type: ignore[union-attr]
