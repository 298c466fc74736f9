"""How cards look: colour, glyph and size rules per card type, and the summary lines.

Kept apart from the items so the palette, the canvas and (later) the
PNG/SVG export draw cards the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from designer.model.cards import (
    ActionCard,
    Card,
    ConditionCard,
    EndCard,
    GoalCard,
    GoToCard,
    InfoCaptureCard,
    LiveChatCard,
    MeetingBookingCard,
    MessageCard,
    QuestionCard,
)
from designer.model.routing import CustomRules


@dataclass(frozen=True)
class CardStyle:
    colour: str
    glyph: str
    name: str
    blurb: str


def _t(text: str) -> str:
    return QCoreApplication.translate("CardStyle", text)


STYLES: dict[str, CardStyle] = {
    "message": CardStyle("#3D7DD8", "M", "Message", "A bot line, with {{field}} tokens"),
    "question": CardStyle("#8458D6", "?", "Question", "Answer buttons, one branch each"),
    "info_capture": CardStyle("#1F9D6F", "@", "Info Capture", "Ask name, email, company…"),
    "condition": CardStyle("#D48A0C", "◇", "Condition", "Branch on location, page, fields"),
    "live_chat": CardStyle("#D9444B", "☎", "Live Chat", "Hand over to a live agent"),
    "meeting_booking": CardStyle("#C9548E", "▦", "Meeting booking", "Offer an agent's calendar"),
    "goal": CardStyle("#5E8C1F", "★", "Goal", "Mark a conversion point"),
    "action": CardStyle("#5F6F80", "=", "Action", "Set a visitor field"),
    "goto": CardStyle("#4E5D6C", "↪", "Go To", "Jump to another card"),
    "end": CardStyle("#2F3E4E", "■", "End", "End the conversation"),
}


def style_of(type_name: str) -> CardStyle:
    return STYLES[type_name]


def colour_of(type_name: str) -> QColor:
    return QColor(STYLES[type_name].colour)


def summary_lines(card: Card, titles: dict[str, str] | None = None) -> list[str]:
    """A few lines that say what the card does, shown under its title."""
    if isinstance(card, MessageCard | QuestionCard):
        lines = [card.text] if card.text else [_t("(no text yet)")]
        if isinstance(card, QuestionCard) and card.store_in_field:
            lines.append(_t("Stores the answer in {0}").format(card.store_in_field))
        return lines
    if isinstance(card, InfoCaptureCard):
        if not card.fields:
            return [_t("(no fields yet)")]
        names = [f.key.replace("_", " ") + ("" if f.required else "?") for f in card.fields]
        return [_t("Asks: {0}").format(", ".join(names))]
    if isinstance(card, LiveChatCard | MeetingBookingCard):
        lines = [card.routing.describe()]
        if isinstance(card.routing, CustomRules):
            lines += [f"{i}. {r.describe()}" for i, r in enumerate(card.routing.rules[:3], 1)]
            if len(card.routing.rules) > 3:
                lines.append(_t("… {0} more").format(len(card.routing.rules) - 3))
        return lines
    if isinstance(card, ConditionCard):
        if not card.outcomes:
            return [_t("(no outcomes yet)")]
        return [_t("If {0}").format(o.describe()) for o in card.outcomes[:3]]
    if isinstance(card, GoalCard):
        return [_t("Goal: {0} (score {1})").format(card.name or "-", card.score)]
    if isinstance(card, ActionCard):
        return [f"{card.field} = {card.value}"]
    if isinstance(card, GoToCard):
        target = (titles or {}).get(card.target or "", card.target or _t("(no target)"))
        return [_t("Jumps to {0}").format(target)]
    if isinstance(card, EndCard):
        return [card.message] if card.message else [_t("Ends the conversation")]
    return []
