"""A preview's live chats as data: transcript lines, chats, offers waiting for Accept.

:mod:`designer.engine.preview` plays them (sessions, inboxes, simulated agents)
and :mod:`designer.engine.offers` offers them to agents; both read and change
these plain objects, and the UI's inbox shows them.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from designer.engine.routing import AgentState
from designer.model.score import MAX_SCORE
from designer.model.wording import Wording

if TYPE_CHECKING:
    from designer.engine.preview import PreviewSession


@dataclass(frozen=True)
class Line:
    """One line of a transcript."""

    at: datetime
    sender: str  # "bot", "visitor", "agent" or "system"
    author: str
    text: str
    said: Wording | None = field(default=None, compare=False)  # a line the app wrote


def check_score(score: int | None) -> int | None:
    """The score itself when it is a whole number from 0 to 3 or None (not scored)."""
    if score is not None and (
        isinstance(score, bool) or not isinstance(score, int) or not 0 <= score <= MAX_SCORE
    ):
        raise ValueError(f"a conversation score is a whole number from 0 to {MAX_SCORE}")
    return score


class ChatEnd(StrEnum):
    """How a chat left an agent's inbox, for the list of all chats."""

    ENDED = "ended"  # the agent or the visitor ended it
    DECLINED = "declined"
    MISSED = "missed"  # not accepted within the visitor wait time
    TRANSFERRED = "transferred"  # the transfer's target accepted it
    WITHDRAWN = "withdrawn"  # still offered when the visitor left or the sender ended it


@dataclass(eq=False)
class Offer:
    """What a chat waiting for its agent's Accept needs: the clock, and where to turn next."""

    card_id: str
    attempt: int
    tried: tuple[str, ...]  # agents offered this hand-off so far: a second attempt skips them
    pool: str | None  # the round-robin pool of a second attempt, None when there is none
    only: Wording | None  # why nobody else is tried when there is no pool
    fallback: str | None  # the card's fallback message, for the second attempt's routing
    wait: float  # seconds the agent has to accept
    deadline: float  # on the hub's clock
    source: Chat | None = None  # a transfer: the chat it leaves, open until the target accepts
    timer: asyncio.TimerHandle | None = None

    def cancel_timer(self) -> None:
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None


@dataclass(eq=False)
class Chat:
    """A live chat between a preview visitor and an agent, offered until the agent accepts."""

    id: int
    session: PreviewSession
    agent: AgentState
    lines: list[Line] = field(default_factory=list)
    unread: int = 0
    closed: bool = False
    offer: Offer | None = None  # set while the chat waits for the agent's Accept
    transfer: Chat | None = None  # the chat offered to this chat's transfer target
    end: ChatEnd | None = None  # how it closed

    @property
    def fields(self) -> dict[str, str]:
        """What the visitor told the bot, for the agent's visitor panel."""
        return dict(self.session.conversation.fields)

    @property
    def offered(self) -> bool:
        """Waiting for the agent's Accept or Decline."""
        return self.offer is not None and not self.closed

    @property
    def transferring(self) -> Chat | None:
        """The chat offered to this chat's transfer target, while it waits."""
        pending = self.transfer
        return pending if pending is not None and not pending.closed else None

    @property
    def score(self) -> int | None:
        """The conversation's score 0-3, None when not scored.

        Kept by the session, not the chat: a transferred conversation is one
        transcript, so the agent who takes it over sees (and may change) the score.
        """
        return self.session.score

    @property
    def scorable(self) -> bool:
        """The agent took this chat (talking, ended or passed on), so may score it."""
        return self.offer is None and self.end in (None, ChatEnd.ENDED, ChatEnd.TRANSFERRED)

    def wait_left(self) -> float | None:
        """Seconds the agent has left to accept; None once accepted or closed."""
        if self.offer is None or self.closed:
            return None
        return max(0.0, self.offer.deadline - self.session.hub.clock())


@dataclass(frozen=True)
class Transfer:
    """What a transfer did: started (truthy) or refused, and why, sentence by sentence."""

    started: bool
    said: tuple[Wording, ...]

    def __bool__(self) -> bool:
        return self.started

    @property
    def reason(self) -> str:
        return "\n".join(line.text for line in self.said)
