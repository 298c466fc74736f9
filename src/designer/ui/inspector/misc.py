"""Goal and Action (invisible to the visitor) and the routed cards (Live Chat, Meeting booking)."""

from __future__ import annotations

from designer.model.cards import ActionCard, GoalCard, LiveChatCard, MeetingBookingCard
from designer.ui.inspector.base import (
    CardEditor,
    hint,
    known_field_keys,
    offer_completions,
    section,
)
from designer.ui.inspector.fields import LineField, SpinField, TextField, none_if_empty
from designer.ui.routing_panel import RoutingPanel


class GoalEditor(CardEditor):
    """A named conversion point and the conversation score it gives (0-3)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.form.addRow(hint(self.tr("Invisible to the visitor: counts a conversion.")))
        self.name = LineField(self.setter("name"), placeholder=self.tr("e.g. Sales lead"))
        self.name.setObjectName("goal-name")
        self.form.addRow(self.tr("Goal name"), self.name)
        self.score = SpinField(self.setter("score"), 0, 3)
        self.score.setObjectName("goal-score")
        self.form.addRow(self.tr("Conversation score (0-3)"), self.score)

    def refresh(self) -> None:
        card: GoalCard = self.card  # type: ignore[assignment]
        self.name.set_value(card.name)
        self.score.set_value(card.score)


class ActionEditor(CardEditor):
    """Sets a visitor field to a fixed value or a token, without a word to the visitor."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.form.addRow(hint(self.tr("Invisible to the visitor: sets a field.")))
        self.field = LineField(self.setter("field"), placeholder=self.tr("e.g. lead_source"))
        self.field.setObjectName("action-field")
        self.form.addRow(self.tr("Field"), self.field)
        self.value = LineField(
            self.setter("value"), placeholder=self.tr("A value or a token such as {{email}}")
        )
        self.value.setObjectName("action-value")
        self.form.addRow(self.tr("Value"), self.value)

    def refresh(self) -> None:
        card: ActionCard = self.card  # type: ignore[assignment]
        self.field.set_value(card.field)
        offer_completions(self.field.line, known_field_keys(self.controller))
        self.value.set_value(card.value)


class RoutedEditor(CardEditor):
    """Live Chat and Meeting booking: the bot line, the fallback, and how agents are chosen."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        meeting = isinstance(self.card, MeetingBookingCard)
        self.text = TextField(
            self.setter("text"),
            placeholder=(
                self.tr("e.g. Pick a time that suits you")
                if meeting
                else self.tr("e.g. Connecting you with our sales team…")
            ),
            lines=2,
        )
        self.text.setObjectName("routed-text")
        self.form.addRow(self.tr("Bot message"), self.text)
        self.fallback = TextField(
            self.setter("fallback_message"),
            placeholder=self.tr("Empty: the workspace's default fallback message"),
            lines=3,
            to_model=none_if_empty,
        )
        self.fallback.setObjectName("fallback-message")
        self.form.addRow(
            self.tr("When no slot is free") if meeting else self.tr("When nobody is available"),
            self.fallback,
        )
        self.form.addRow(section(self.tr("Routing")))
        self.routing = RoutingPanel(self.controller, self.workspace_provider, self)
        self.form.addRow(self.routing)
        self.routing.show_card(self.card_id)

    def refresh(self) -> None:
        card: LiveChatCard | MeetingBookingCard = self.card  # type: ignore[assignment]
        self.text.set_value(card.text)
        self.fallback.set_value(card.fallback_message)  # the panel follows the card itself
