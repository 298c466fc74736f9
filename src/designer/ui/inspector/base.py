"""What every card editor shares: the controller, the card it shows, the common fields.

Editors hold only the card id and read the card from the document each time
they refresh, so the document stays the single source of truth; they write
only through :meth:`DocumentController.update_card` (and ``set_start``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from designer.model.cards import Card, FieldKind, InfoCaptureCard, QuestionCard
from designer.ui.canvas.style import style_of
from designer.ui.inspector.fields import Commit, LineField, muted, none_if_empty

if TYPE_CHECKING:
    from designer.store import Workspace
    from designer.ui.controller import DocumentController

WorkspaceProvider = Callable[[], "Workspace | None"]

STANDARD_FIELDS = tuple(k.value for k in FieldKind if k is not FieldKind.CUSTOM)
"""The visitor fields every dialog knows, in the order marketers think of them."""


def known_field_keys(controller: DocumentController) -> list[str]:
    """Standard fields, then the custom ones this dialog captures or stores answers in."""
    keys = list(STANDARD_FIELDS)
    for card in controller.document.cards():
        found: list[str] = []
        if isinstance(card, InfoCaptureCard):
            found = [f.key for f in card.fields]
        elif isinstance(card, QuestionCard) and card.store_in_field:
            found = [card.store_in_field]
        keys.extend(k for k in found if k not in keys)
    return keys


def offer_completions(line: QLineEdit, keys: list[str]) -> None:
    """Suggest field keys while typing; replaced only when the list changes (keeps the popup)."""
    current = line.completer()
    if current is not None and current.property("keys") == keys:
        return
    completer = QCompleter(keys, line)
    completer.setProperty("keys", keys)
    line.setCompleter(completer)


def form_layout(widget: QWidget) -> QFormLayout:
    """Labels above their fields: readable in a narrow dock, whatever the language."""
    form = QFormLayout(widget)
    form.setContentsMargins(0, 0, 0, 0)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
    form.setVerticalSpacing(6)
    return form


def section(text: str) -> QLabel:
    """A heading inside an editor (Answers, Fields, Routing...)."""
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setContentsMargins(0, 8, 0, 0)
    return label


def hint(text: str) -> QLabel:
    """A grey one-line explanation under a field."""
    return muted(QLabel(text))


def button_row(*buttons: QWidget) -> QWidget:
    """Buttons at the left of their own row, as "Add answer" and "Add rule" sit."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return holder


class CardEditor(QWidget):
    """The properties of one card type; the dock shows the common fields above it."""

    watches_other_cards: ClassVar[bool] = False
    """True when the editor shows other cards (a target picker) and must follow them."""

    def __init__(
        self,
        controller: DocumentController,
        card_id: str,
        workspace_provider: WorkspaceProvider,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.card_id = card_id
        self.workspace_provider = workspace_provider
        self.form = form_layout(self)

    @property
    def card(self) -> Card:
        return self.controller.document.card(self.card_id)

    def edit(self, session: int | None = None, **changes: Any) -> None:
        """One property change through the controller (raises DesignerError when refused)."""
        self.controller.update_card(self.card_id, session=session, **changes)

    def setter(self, name: str) -> Commit:
        """A commit callback that sets one property of this card."""
        return lambda value, session: self.edit(session, **{name: value})

    def refresh(self) -> None:
        """Show the card as the document holds it now."""


class CommonFields(QWidget):
    """Kind, id, title, poke and start: what every card has."""

    def __init__(self, controller: DocumentController, card_id: str, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.card_id = card_id
        form = form_layout(self)
        self.kind = QLabel(self)
        self.kind.setObjectName("card-kind")
        self.kind.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.kind.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.kind)
        self.title = LineField(self._setter("title"), placeholder=self.tr("Shown on the canvas"))
        self.title.setObjectName("card-title")
        form.addRow(self.tr("Title"), self.title)
        start_row = QHBoxLayout()
        self.start_note = QLabel(self)
        self.start_note.setWordWrap(True)
        self.make_start = QPushButton(self.tr("Make this the start card"), self)
        self.make_start.setObjectName("make-start")
        self.make_start.clicked.connect(lambda: self.controller.set_start(self.card_id))
        start_row.addWidget(self.start_note, 1)
        start_row.addWidget(self.make_start)
        form.addRow(start_row)
        self.poke = LineField(
            self._setter("poke"),
            placeholder=self.tr("Opening line beside the chat icon"),
            to_model=none_if_empty,
        )
        self.poke.setObjectName("card-poke")
        self.poke_label = QLabel(self.tr("Poke (start card only)"), self)
        form.addRow(self.poke_label, self.poke)

    def _setter(self, name: str) -> Commit:
        return lambda value, session: self.controller.update_card(
            self.card_id, session=session, **{name: value}
        )

    def refresh(self) -> None:
        card = self.controller.document.card(self.card_id)
        self.kind.setText(
            self.tr("{kind} card · {id}").format(kind=style_of(card.type).name, id=card.id)
        )
        self.title.set_value(card.title)
        self.poke.set_value(card.poke)
        is_start = self.controller.document.start == self.card_id
        self.start_note.setText(
            self.tr("Visitors start here.") if is_start else self.tr("Not the start card.")
        )
        self.make_start.setVisible(not is_start)
        # A poke belongs to the first card; keep it editable elsewhere only to clear it.
        show_poke = is_start or bool(card.poke)
        self.poke.setVisible(show_poke)
        self.poke_label.setVisible(show_poke)
