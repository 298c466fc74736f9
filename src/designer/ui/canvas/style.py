"""How cards look: colour and size rules per card type, the canvas colours, the summaries.

Kept apart from the items so the palette, the canvas and the PNG/SVG export
draw cards the same way. The canvas colours of the light and the dark theme
are here in one place; painting reads the current set through
:func:`canvas_colours`, a plain module lookup, so a frame costs nothing more.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from types import MappingProxyType

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtGui import QColor

from designer.model.cards import (
    BOOKED,
    FREE_TEXT,
    NEXT,
    NO_SLOT,
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
from designer.model.wording import WordedText, Wording
from designer.ui.translations import tr as _t
from designer.ui.worded import worded, worded_text


@dataclass(frozen=True)
class CardStyle:
    colour: str
    source_name: str
    source_blurb: str

    @property
    def name(self) -> str:
        """The type's name in the user's language (translated when shown, not at import)."""
        return _t(self.source_name)

    @property
    def blurb(self) -> str:
        return _t(self.source_blurb)


STYLES: dict[str, CardStyle] = {
    "message": CardStyle(
        "#3D7DD8", QT_TR_NOOP("Message"), QT_TR_NOOP("A bot line, with {{field}} tokens")
    ),
    "question": CardStyle(
        "#8458D6", QT_TR_NOOP("Question"), QT_TR_NOOP("Answer buttons, one branch each")
    ),
    "info_capture": CardStyle(
        "#1F9D6F", QT_TR_NOOP("Info Capture"), QT_TR_NOOP("Ask name, email, company…")
    ),
    "condition": CardStyle(
        "#D48A0C", QT_TR_NOOP("Condition"), QT_TR_NOOP("Branch on location, page, fields")
    ),
    "live_chat": CardStyle(
        "#D9444B", QT_TR_NOOP("Live Chat"), QT_TR_NOOP("Hand over to a live agent")
    ),
    "meeting_booking": CardStyle(
        "#C9548E", QT_TR_NOOP("Meeting booking"), QT_TR_NOOP("Offer an agent's calendar")
    ),
    "goal": CardStyle("#5E8C1F", QT_TR_NOOP("Goal"), QT_TR_NOOP("Mark a conversion point")),
    "action": CardStyle("#5F6F80", QT_TR_NOOP("Action"), QT_TR_NOOP("Set a visitor field")),
    "goto": CardStyle("#4E5D6C", QT_TR_NOOP("Go To"), QT_TR_NOOP("Jump to another card")),
    "end": CardStyle("#2F3E4E", QT_TR_NOOP("End"), QT_TR_NOOP("End the conversation")),
}


# The exits the model names itself, in English; answers and outcomes are the marketer's words.
_FIXED_PORTS = {
    NEXT: QT_TR_NOOP("Next"),
    FREE_TEXT: QT_TR_NOOP("Typed answer"),
    BOOKED: QT_TR_NOOP("Booked"),
    NO_SLOT: QT_TR_NOOP("No slot"),
}


def port_label(key: str, label: str) -> str:
    """A port's label as shown: the model's words in the user's language, the marketer's as written.

    The model's words are a fixed exit, a condition described from its
    criteria and the default else branch ("Otherwise").
    """
    return _t(label) if _FIXED_PORTS.get(key) == label else worded_text(label)


def style_of(type_name: str) -> CardStyle:
    return STYLES[type_name]


def colour_of(type_name: str) -> QColor:
    return QColor(STYLES[type_name].colour)


# --- the canvas colours, per theme ------------------------------------------------------------

HEADER_CONTRAST = 4.6
"""Least contrast of the white title with a card's header band (WCAG AA asks 4.5 for text)."""


def luminance(colour: QColor) -> float:
    """WCAG relative luminance (0 black .. 1 white), for contrast checks."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red())
        + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue())
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two opaque colours, 1 (same) .. 21 (black on white)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def over(top: QColor, under: QColor) -> QColor:
    """``top`` (with its alpha) painted over the opaque ``under``: the colour the eye gets."""
    a = top.alphaF()
    return QColor.fromRgbF(
        top.redF() * a + under.redF() * (1 - a),
        top.greenF() * a + under.greenF() * (1 - a),
        top.blueF() * a + under.blueF() * (1 - a),
    )


def readable_header(accent: QColor, text: QColor) -> QColor:
    """The type colour, darkened just enough for ``text`` on it to read (amber, green…)."""
    colour = QColor(accent)
    while contrast(colour, text) < HEADER_CONTRAST:
        colour = colour.darker(103)
    return colour


@dataclass(frozen=True)
class CanvasColours:
    """Every theme-dependent colour the canvas paints; one frozen set per theme.

    ``accents`` (outline, ports, the zoomed-out band) and ``headers`` (the band
    under the white title) are keyed by card type.
    """

    name: str
    background: QColor
    grid_minor: QColor
    grid_major: QColor
    card_body: QColor
    card_text: QColor
    port_text: QColor
    port_rule: QColor
    end_band: QColor
    end_band_text: QColor
    overview_text: QColor
    header_text: QColor
    glyph_disc: QColor
    outline_shade: int  # QColor.darker() factor of the type colour for outlines
    port_shade: int  # ... and for port rings
    link: QColor
    selection: QColor
    selection_fill: QColor
    trail: QColor
    trail_halo: QColor
    badge_ring: QColor
    pill: QColor
    pill_text: QColor
    accents: Mapping[str, QColor]
    headers: Mapping[str, QColor]


def _canvas(name: str, accents: Mapping[str, str], **colours: str | int) -> CanvasColours:
    white = QColor("#FFFFFF")
    tones = {k: v if isinstance(v, int) else QColor(v) for k, v in colours.items()}
    headers = {t: readable_header(QColor(c), white) for t, c in accents.items()}
    return CanvasColours(
        name=name,
        header_text=white,
        glyph_disc=QColor(255, 255, 255, 48),
        accents=MappingProxyType({t: QColor(c) for t, c in accents.items()}),
        headers=MappingProxyType(headers),
        **tones,  # type: ignore[arg-type]
    )


LIGHT_CANVAS = _canvas(
    "light",
    {t: s.colour for t, s in STYLES.items()},
    background="#F7F8FA",
    grid_minor="#E8EBEE",
    grid_major="#D5DADF",
    card_body="#FFFFFF",
    card_text="#2B2F33",
    port_text="#3C4043",
    port_rule="#E3E6EA",
    end_band="#F1F3F4",
    end_band_text="#5F6368",
    overview_text="#202124",
    outline_shade=130,
    port_shade=120,
    link="#7A8691",
    selection="#1A73E8",
    selection_fill="#1E1A73E8",
    trail="#F29900",
    trail_halo="#78F29900",
    badge_ring="#FFFFFF",
    pill="#202124",
    pill_text="#FFFFFF",
)

# The slate types (action, go to, end) would sink into a dark canvas: lifted there.
_DARK_ACCENTS = {"action": "#71829A", "goto": "#6C7E92", "end": "#62758A"}

DARK_CANVAS = _canvas(
    "dark",
    {t: _DARK_ACCENTS.get(t, s.colour) for t, s in STYLES.items()},
    background="#181A1E",
    grid_minor="#202328",
    grid_major="#2A2E34",
    card_body="#2A2E35",
    card_text="#E3E6EA",
    port_text="#C9CED5",
    port_rule="#3A3F47",
    end_band="#23262C",
    end_band_text="#AEB5BD",
    overview_text="#ECEEF1",
    outline_shade=100,
    port_shade=100,
    link="#8C98A5",
    selection="#5B9BFF",
    selection_fill="#285B9BFF",
    trail="#F5A623",
    trail_halo="#80F5A623",
    badge_ring="#181A1E",
    pill="#ECEEF1",
    pill_text="#1F2228",
)

_current = LIGHT_CANVAS


def canvas_colours() -> CanvasColours:
    """The colours the canvas paints with now (the theme's); cheap enough for every paint."""
    return _current


def set_canvas_colours(colours: CanvasColours) -> None:
    """Switch the canvas colours; the caller repaints (see :mod:`designer.ui.theme`)."""
    global _current
    _current = colours


@contextmanager
def light_canvas() -> Iterator[None]:
    """Paint in the light colours meanwhile: exported pictures are for slides and documents."""
    global _current
    before, _current = _current, LIGHT_CANVAS
    try:
        yield
    finally:
        _current = before


def _with_names(text: str, names: Mapping[str, str] | None) -> str:
    """A routing description as shown: agents by their workspace name, in the app's language."""
    if not names or not isinstance(text, WordedText):
        return worded_text(text)
    return worded(*_renamed(text.said, names))


def _renamed(said: Wording, names: Mapping[str, str]) -> Wording:
    args: list[tuple[str, str | Wording]] = []
    for key, value in said.args:
        if isinstance(value, WordedText):
            value = _renamed(value.said, names)
        elif isinstance(value, Wording):
            value = _renamed(value, names)
        elif key == "agent":
            value = names.get(value, value)
        args.append((key, value))
    return Wording(said.template, tuple(args), said.template.format_map(dict(args)))


def summary_lines(
    card: Card, titles: dict[str, str] | None = None, names: Mapping[str, str] | None = None
) -> list[str]:
    """A few lines that say what the card does, shown under its title.

    ``titles`` names Go To targets by their titles; ``names`` the agents a
    routing option names by their workspace names (emails when unknown).
    """
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
        lines = [_with_names(card.routing.describe(), names)]
        if isinstance(card.routing, CustomRules):
            rules = enumerate(card.routing.rules[:3], 1)
            lines += [f"{i}. {_with_names(r.describe(), names)}" for i, r in rules]
            if len(card.routing.rules) > 3:
                lines.append(_t("… {0} more").format(len(card.routing.rules) - 3))
        return lines
    if isinstance(card, ConditionCard):
        if not card.outcomes:
            return [_t("(no outcomes yet)")]
        return [_t("If {0}").format(worded_text(o.describe())) for o in card.outcomes[:3]]
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
