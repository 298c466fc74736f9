"""The cards a dialog is made of: one pydantic class per card type.

Each card knows its output ports (:meth:`CardBase.ports`): one per answer of a
Question, one per outcome of a Condition plus ``else``, a single ``next`` for
linear cards, and none for the cards that end a branch (Live Chat, Go To,
End). Edges leave from a (card, port) pair, so renaming an answer keeps its
edge, and removing it removes that edge.
"""

from __future__ import annotations

from enum import StrEnum
from functools import cached_property, lru_cache
from typing import Annotated, ClassVar, Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field, model_validator

from designer.model.criteria import Criterion, FieldKey, describe_all
from designer.model.routing import RoundRobin, Routing
from designer.model.score import MAX_SCORE
from designer.model.wording import WordedText, wording, wording_from

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"
CardId = Annotated[str, Field(pattern=ID_PATTERN, description="Stable card id, unique.")]
PortKey = Annotated[str, Field(pattern=ID_PATTERN)]
Text = Annotated[str, Field(max_length=10_000)]
Label = Annotated[str, Field(max_length=500)]

NEXT = "next"
ELSE = "else"
FREE_TEXT = "free_text"
BOOKED = "booked"
NO_SLOT = "no_slot"

ELSE_LABEL = "Otherwise"
"""A Condition card's else label until the marketer names it (stored as is in files)."""
OTHERWISE = WordedText(wording("Otherwise"))
ALWAYS = WordedText(wording("always"))
"""What an outcome without a label or criteria says: every visitor takes it."""


@lru_cache(maxsize=1 << 15)
def _stand_in(kind_label: str, card_id: str) -> WordedText:
    """Made once per card: canvas painting and validation ask for titles all the time."""
    return WordedText(wording("{kind} {id}", kind=wording_from(kind_label), id=card_id))


class Port(NamedTuple):
    """An output of a card: the key edges use and the label shown on the canvas."""

    key: str
    label: str


class Position(BaseModel):
    """Where the card sits on the canvas, in scene coordinates."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    x: float = Field(default=0.0, allow_inf_nan=False)
    y: float = Field(default=0.0, allow_inf_nan=False)


class CardBase(BaseModel):
    """What every card has: an id, a human title, a canvas position, an optional poke."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind_label: ClassVar[str] = "Card"
    ends_branch: ClassVar[bool] = False

    id: CardId
    title: Label = ""
    position: Position = Position()
    poke: Text | None = Field(
        default=None, description="Opening line shown beside the chat icon; first card only."
    )

    def ports(self) -> list[Port]:
        """The card's outputs, in display order."""
        return [] if self.ends_branch else [Port(NEXT, "Next")]

    def port_keys(self) -> list[str]:
        return [p.key for p in self.ports()]

    def display_title(self) -> str:
        """The title, or a readable stand-in when the marketer left it empty.

        The stand-in ("Meeting booking m1") is a :class:`WordedText`: English
        for the command line and reports, the type's name in the marketer's
        language in the editor (the card type names are the canvas's own).
        """
        return self.title or _stand_in(self.kind_label, self.id)

    def texts(self) -> list[str]:
        """The visitor-facing texts, for token checks and search."""
        return [self.poke] if self.poke else []


# --- Question -----------------------------------------------------------------


class Answer(BaseModel):
    """An answer button: shown label, optional stored value, and its own branch."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: PortKey
    label: Label = Field(min_length=1)
    value: Label | None = Field(
        default=None, description="Stored in the field instead of the label when set."
    )


class QuestionCard(CardBase):
    """Asks a question with answer buttons; each answer opens its own branch."""

    kind_label: ClassVar[str] = "Question"
    type: Literal["question"] = "question"
    text: Text = ""
    answers: list[Answer] = Field(default_factory=list, max_length=50)
    allow_free_text: bool = False
    store_in_field: FieldKey | None = None

    @model_validator(mode="after")
    def _unique_answers(self) -> QuestionCard:
        ids = [a.id for a in self.answers]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"answer ids must be unique; repeated: {', '.join(dupes)}")
        if self.allow_free_text and FREE_TEXT in ids:
            raise ValueError(f"'{FREE_TEXT}' is reserved for the free-text branch")
        return self

    def ports(self) -> list[Port]:
        ports = [Port(a.id, a.label) for a in self.answers]
        if self.allow_free_text:
            ports.append(Port(FREE_TEXT, "Typed answer"))
        return ports

    def texts(self) -> list[str]:
        return [*super().texts(), self.text]


# --- Info Capture -------------------------------------------------------------


class FieldKind(StrEnum):
    """The visitor fields an Info Capture card knows, plus custom ones."""

    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    EMAIL = "email"
    PHONE = "phone"
    COMPANY = "company"
    JOB_TITLE = "job_title"
    CUSTOM = "custom"


class Validation(StrEnum):
    NONE = "none"
    EMAIL = "email"
    PHONE = "phone"


class WhenKnown(StrEnum):
    """What to do when the visitor's value is already known."""

    SKIP = "skip"
    OVERWRITE = "overwrite"


class CaptureField(BaseModel):
    """One question of an Info Capture card and the visitor field it fills."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: FieldKind
    name: FieldKey | None = Field(
        default=None, description="The stored field's key; required for custom fields."
    )
    prompt: Text = ""
    placeholder: Label = ""
    required: bool = True
    validation: Validation = Validation.NONE
    options: list[Label] = Field(
        default_factory=list, max_length=100, description="A picklist; empty for free text."
    )
    when_known: WhenKnown = WhenKnown.SKIP

    @model_validator(mode="after")
    def _named(self) -> CaptureField:
        if self.kind is FieldKind.CUSTOM and not self.name:
            raise ValueError("a custom field needs a name (the key it is stored under)")
        return self

    @cached_property
    def key(self) -> str:
        """The key the value is stored under: the name, or the kind's own key."""
        return self.name or str(self.kind)


class InfoCaptureCard(CardBase):
    """Asks the visitor for one or more fields, validating what they type."""

    kind_label: ClassVar[str] = "Info Capture"
    type: Literal["info_capture"] = "info_capture"
    fields: list[CaptureField] = Field(default_factory=list, max_length=50)
    consent: Text | None = Field(default=None, description="Consent text shown before the fields.")

    @model_validator(mode="after")
    def _unique_fields(self) -> InfoCaptureCard:
        keys = [f.key for f in self.fields]
        dupes = sorted({k for k in keys if keys.count(k) > 1})
        if dupes:
            raise ValueError(f"each field is captured once per card; repeated: {', '.join(dupes)}")
        return self

    def texts(self) -> list[str]:
        extra = [self.consent] if self.consent else []
        return [*super().texts(), *extra, *(f.prompt for f in self.fields)]


# --- Live Chat and Meeting booking -----------------------------------------------


class LiveChatCard(CardBase):
    """Hands the visitor to a live agent chosen by the routing option. Ends its branch."""

    kind_label: ClassVar[str] = "Live Chat"
    ends_branch: ClassVar[bool] = True
    type: Literal["live_chat"] = "live_chat"
    routing: Routing = RoundRobin()
    text: Text = Field(default="", description="Bot line shown while an agent is found.")
    fallback_message: Text | None = Field(
        default=None, description="Shown when nobody is available; workspace default if unset."
    )

    def texts(self) -> list[str]:
        extra = [self.fallback_message] if self.fallback_message else []
        return [*super().texts(), self.text, *extra]


class MeetingBookingCard(CardBase):
    """Offers a routed agent's calendar; goes on by ``booked`` or ``no_slot``."""

    kind_label: ClassVar[str] = "Meeting booking"
    type: Literal["meeting_booking"] = "meeting_booking"
    routing: Routing = RoundRobin()
    text: Text = ""
    fallback_message: Text | None = None

    def ports(self) -> list[Port]:
        return [Port(BOOKED, "Booked"), Port(NO_SLOT, "No slot")]

    def texts(self) -> list[str]:
        extra = [self.fallback_message] if self.fallback_message else []
        return [*super().texts(), self.text, *extra]


# --- Linear cards ---------------------------------------------------------------


class MessageCard(CardBase):
    """A bot line; ``{{field}}`` or ``{{lead.firstName:"there"}}`` tokens are filled in."""

    kind_label: ClassVar[str] = "Message"
    type: Literal["message"] = "message"
    text: Text = ""

    def texts(self) -> list[str]:
        return [*super().texts(), self.text]


class GoalCard(CardBase):
    """Invisible to the visitor: marks a named conversion point, scored 0-3."""

    kind_label: ClassVar[str] = "Goal"
    type: Literal["goal"] = "goal"
    name: Label = ""
    score: int = Field(default=0, ge=0, le=MAX_SCORE)


class ActionCard(CardBase):
    """Invisible to the visitor: sets a field to a fixed value or a token."""

    kind_label: ClassVar[str] = "Action"
    type: Literal["action"] = "action"
    field: FieldKey = "custom"
    value: Text = ""


# --- Condition ------------------------------------------------------------------


class Outcome(BaseModel):
    """One branch of a Condition card, taken when all its criteria hold."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: PortKey
    label: Label = ""
    criteria: list[Criterion] = Field(default_factory=list, max_length=50)

    def describe(self) -> str:
        return self.label or describe_all(self.criteria, ALWAYS)


class ConditionCard(CardBase):
    """Branches on visitor attributes or agent availability; the first match wins."""

    kind_label: ClassVar[str] = "Condition"
    type: Literal["condition"] = "condition"
    outcomes: list[Outcome] = Field(default_factory=list, max_length=50)
    else_label: Label = ELSE_LABEL

    @model_validator(mode="after")
    def _unique_outcomes(self) -> ConditionCard:
        ids = [o.id for o in self.outcomes]
        dupes = sorted({i for i in ids if ids.count(i) > 1 or i == ELSE})
        if dupes:
            raise ValueError(
                f"outcome ids must be unique and not '{ELSE}'; repeated: {', '.join(dupes)}"
            )
        return self

    def ports(self) -> list[Port]:
        return [*(Port(o.id, o.describe()) for o in self.outcomes), Port(ELSE, self.else_said())]

    def else_said(self) -> str:
        """The else branch's label as shown: the stored default is said in the editor's language.

        Files always store the default as "Otherwise", whatever language the
        editor shows, so saving never depends on the UI's language and a file
        reads the same on every machine. A stored label equal to the default is
        taken as never chosen, so it is the model's word (a :class:`WordedText`:
        "Sinon" in French); any other label is the marketer's, shown as typed.
        """
        return OTHERWISE if self.else_label == ELSE_LABEL else self.else_label


# --- Cards that end a branch ----------------------------------------------------


class GoToCard(CardBase):
    """Jumps to another card; loops are allowed but shown."""

    kind_label: ClassVar[str] = "Go To"
    ends_branch: ClassVar[bool] = True
    type: Literal["goto"] = "goto"
    target: CardId | None = None


class EndCard(CardBase):
    """Ends the conversation, with an optional closing line."""

    kind_label: ClassVar[str] = "End"
    ends_branch: ClassVar[bool] = True
    type: Literal["end"] = "end"
    message: Text = ""

    def texts(self) -> list[str]:
        return [*super().texts(), self.message]


CardTypes = (
    MessageCard
    | QuestionCard
    | InfoCaptureCard
    | ConditionCard
    | LiveChatCard
    | MeetingBookingCard
    | GoalCard
    | ActionCard
    | GoToCard
    | EndCard
)
Card = Annotated[CardTypes, Field(discriminator="type")]

CARD_CLASSES: dict[str, type[CardBase]] = {
    cls.model_fields["type"].annotation.__args__[0]: cls  # type: ignore[union-attr]
    for cls in CardTypes.__args__  # type: ignore[attr-defined]
}
"""Card type name (as written in files) to class, in palette order."""
