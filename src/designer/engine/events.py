"""What happens in a conversation, as plain values the UI, the CLI and tests consume.

A conversation produces a stream of these events; nothing else is needed to
draw the chat, light up the current card or write a transcript.

Sentences the engine writes itself (a hint, why the conversation ended) are
English text, as transcripts, reports and the command line keep them, with
the :class:`~designer.model.wording.Wording` they came from in ``said``, so
the preview can show them in the app's language. ``said`` takes no part in
comparing events: it is another form of the same text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from designer.engine.routing import Decision
    from designer.model.wording import Wording


class Outcome(StrEnum):
    """How a conversation ended."""

    ENDED = "ended"  # reached an End card
    LIVE_CHAT = "live_chat"  # handed to an agent
    FALLBACK = "fallback"  # a Live Chat card found nobody: fallback message shown
    DEAD_END = "dead_end"  # a port led nowhere: the bot stopped mid-branch
    LOOP = "loop"  # Go To cards went round without the visitor doing anything
    DROPPED = "dropped"  # the visitor left


@dataclass(frozen=True)
class Choice:
    """An answer button the visitor can press."""

    key: str
    label: str
    said: Wording | None = field(default=None, compare=False)  # a label the app wrote


@dataclass(frozen=True)
class Prompt:
    """What the conversation waits for: a button, typed text, or either."""

    card_id: str
    choices: tuple[Choice, ...] = ()
    text: bool = False
    field: str | None = None  # the field typed text fills
    placeholder: str = ""
    optional: bool = False  # an empty reply skips the field


@dataclass(frozen=True)
class CardEntered:
    card_id: str


@dataclass(frozen=True)
class BotSaid:
    card_id: str
    text: str
    hint: bool = False  # a correction such as "that doesn't look like an email"
    said: Wording | None = field(default=None, compare=False)  # a line the app wrote


@dataclass(frozen=True)
class VisitorSaid:
    card_id: str
    text: str
    choice: str | None = None  # the answer key when a button was pressed
    said: Wording | None = field(default=None, compare=False)  # a button the app labelled


@dataclass(frozen=True)
class Waiting:
    prompt: Prompt


@dataclass(frozen=True)
class FieldCaptured:
    card_id: str
    key: str
    value: str


@dataclass(frozen=True)
class GoalReached:
    card_id: str
    name: str
    score: int


@dataclass(frozen=True)
class Routed:
    card_id: str
    decision: Decision


@dataclass(frozen=True)
class ChatOffered:
    """The chat waits for an agent's Accept; the visitor waits too, and may write meanwhile.

    ``attempt`` is 2 when a first agent declined or let the offer time out.
    """

    card_id: str
    email: str
    name: str
    attempt: int = 1
    avatar: str | None = None
    said: Wording | None = field(default=None, compare=False)  # "Connecting you with Ana…"


@dataclass(frozen=True)
class NotAccepted:
    """The offered agent declined (or did not accept in time), and what happened next."""

    card_id: str
    email: str
    name: str
    timed_out: bool
    reason: str
    said: tuple[Wording, ...] = field(default=(), compare=False)  # the reason, line by line


@dataclass(frozen=True)
class AgentJoined:
    """The agent accepted: from now on they and the visitor talk."""

    card_id: str
    email: str
    name: str
    avatar: str | None = None
    said: Wording | None = field(default=None, compare=False)  # "Ana joined the chat"


@dataclass(frozen=True)
class AgentSaid:
    email: str
    name: str
    text: str
    said: Wording | None = field(default=None, compare=False)  # a simulated agent's line


@dataclass(frozen=True)
class Transferred:
    """An agent hands the chat on: the target is offered it, and joins only on Accept."""

    from_email: str
    to_email: str | None
    to_name: str | None
    reason: str
    said: tuple[Wording, ...] = field(default=(), compare=False)  # the reason, line by line


@dataclass(frozen=True)
class Ended:
    card_id: str | None
    outcome: Outcome
    reason: str = ""
    path: tuple[str, ...] = field(default=())
    said: tuple[Wording, ...] = field(default=(), compare=False)  # the reason, line by line


Event = (
    CardEntered
    | BotSaid
    | VisitorSaid
    | Waiting
    | FieldCaptured
    | GoalReached
    | Routed
    | ChatOffered
    | NotAccepted
    | AgentJoined
    | AgentSaid
    | Transferred
    | Ended
)
