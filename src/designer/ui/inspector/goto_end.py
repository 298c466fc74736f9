"""The cards that end a branch without a live agent: Go To and End."""

from __future__ import annotations

from designer.model.cards import EndCard, GoToCard
from designer.ui.inspector.base import CardEditor, hint
from designer.ui.inspector.fields import ComboField, TextField
from designer.ui.worded import worded_text


class GoToEditor(CardEditor):
    """The card to jump to, picked by title among every other card of the dialog."""

    watches_other_cards = True

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.target = ComboField(self.setter("target"))
        self.target.setObjectName("goto-target")
        self.form.addRow(self.tr("Jump to"), self.target)
        self.form.addRow(hint(self.tr("Loops are allowed; they are drawn on the canvas.")))

    def refresh(self) -> None:
        card: GoToCard = self.card  # type: ignore[assignment]
        items: list[tuple[str, str | None]] = [(self.tr("— choose a card —"), None)]
        for other in self.controller.document.cards():
            if other.id != self.card_id:
                items.append((f"{worded_text(other.display_title())} ({other.id})", other.id))
        if card.target is not None and card.target not in self.controller.document:
            items.append((self.tr("{id} (missing card)").format(id=card.target), card.target))
        self.target.set_items(items)
        self.target.set_value(card.target)


class EndEditor(CardEditor):
    """The closing line shown when the conversation ends (optional)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.message = TextField(
            self.setter("message"), placeholder=self.tr("Optional closing line"), lines=2
        )
        self.message.setObjectName("end-message")
        self.form.addRow(self.tr("Closing message"), self.message)

    def refresh(self) -> None:
        card: EndCard = self.card  # type: ignore[assignment]
        self.message.set_value(card.message)
