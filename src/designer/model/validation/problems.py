"""What validation returns: problems with a stable code, a severity, a card and a fix.

Codes are part of the public contract (the command line prints them, CI
scripts grep for them, the docs list them), so :data:`CODES` is the single
table they come from; a rule cannot emit a code that is not in it.

Each sentence is written once, as an English template with named fields
(:func:`wording`), and a problem keeps that template and its arguments beside
the English message: the command line prints the message, the editor words
the template again in the marketer's language. This module stays free of Qt;
``python -m designer.ui.translations --update`` extracts every literal passed
first to :func:`wording` into the catalogues.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

# Sentences are worded in a module the engine shares; rules keep importing them from here.
from designer.model.wording import Args, Wording
from designer.model.wording import wording as wording


class Severity(StrEnum):
    """Errors block export; warnings are advice a marketer may ignore."""

    ERROR = "error"
    WARNING = "warning"


CODES: dict[str, tuple[Severity, str]] = {
    # --- the graph itself ---
    "no-start": (Severity.ERROR, "The dialog has no start card."),
    "unknown-start": (Severity.ERROR, "The start card names a card that does not exist."),
    "duplicate-id": (Severity.ERROR, "Two cards share the same id."),
    "edge-unknown-card": (Severity.ERROR, "A link leaves or enters a card that does not exist."),
    "edge-unknown-port": (
        Severity.ERROR,
        "A link leaves an answer or outcome the card lacks, or a card that ends its branch.",
    ),
    "duplicate-edge": (Severity.ERROR, "One answer or outcome has more than one link."),
    "live-chat-not-last": (Severity.ERROR, "A Live Chat card is not the last card of its branch."),
    "dead-end": (Severity.ERROR, "An answer, outcome or card leads nowhere."),
    # --- card contents ---
    "no-answers": (Severity.ERROR, "A Question card has neither answers nor a typed answer."),
    "goto-no-target": (Severity.ERROR, "A Go To card has no target."),
    "goto-unknown-target": (Severity.ERROR, "A Go To card jumps to a card that does not exist."),
    "poke-not-first": (Severity.ERROR, "A poke is set on a card other than the start card."),
    "condition-no-outcomes": (
        Severity.WARNING,
        "A Condition card has no outcomes, so every visitor takes its else branch.",
    ),
    "empty-text": (Severity.WARNING, "A Message or Question card has no text."),
    "option-refused": (
        Severity.WARNING,
        "An Info Capture option button is refused by its own field's check (email, phone).",
    ),
    # --- the paths visitors take ---
    "unreachable": (Severity.WARNING, "No path from the start card reaches this card."),
    "no-question-before-live-chat": (
        Severity.WARNING,
        "Visitors can reach a Live Chat card without being asked whether they want to chat.",
    ),
    "no-info-capture-before-live-chat": (
        Severity.WARNING,
        "Visitors can reach a Live Chat card before their first name and email are captured.",
    ),
    "no-availability-check": (
        Severity.WARNING,
        "A Live Chat card is reachable without a Condition checking agents are available.",
    ),
    "loop-without-exit": (
        Severity.WARNING,
        "A Go To card jumps into a loop with no End, Live Chat or Meeting booking card.",
    ),
    # --- routing ---
    "unknown-agent": (Severity.ERROR, "The routing names an agent who is not in the workspace."),
    "unknown-team": (Severity.ERROR, "The routing names a team that is not in the workspace."),
    "rule-shadowed": (
        Severity.WARNING,
        "A custom routing rule can never match because an earlier rule takes all its visitors.",
    ),
    "no-live-chat-agent": (
        Severity.WARNING,
        "A Live Chat card's routing can reach no agent who holds the Live Chat permission.",
    ),
}
"""Every code validation can report: its severity and a one-line description."""


WORD_ARGS = frozenset({"exit"})
"""Arguments whose values are the model's own English words, not the marketer's.

Only a Meeting booking card's fixed exits ("Booked", "No slot") so far; the
editor translates these values as it does on the canvas, and passes every
other argument (titles, answer labels, ids) through as the marketer wrote it.
"""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a dialog: where it is and a sentence saying what to do.

    ``message`` is the English sentence; ``template`` and ``args`` are what it
    was made of (``message == template.format(**dict(args))``), so the editor
    can say it in another language. A problem made by hand may leave them empty.
    """

    code: str
    severity: Severity
    card_id: str | None
    message: str
    path: str | None = None
    template: str = ""
    args: Args = ()

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def to_dict(self) -> dict[str, str | None]:
        """A JSON-friendly form, keyed like :meth:`DesignerError.to_dict`."""
        return {
            "code": self.code,
            "severity": self.severity.value,
            "card": self.card_id,
            "path": self.path,
            "message": self.message,
        }


def problem(code: str, card_id: str | None, said: Wording, path: str | None = None) -> Problem:
    """A problem whose severity comes from :data:`CODES`, so rules cannot disagree with it."""
    return Problem(code, CODES[code][0], card_id, said.text, path, said.template, said.args)


def sort_key_for(order: Mapping[str, int]) -> Callable[[Problem], tuple[int, int, str]]:
    """The key :func:`sort_problems` sorts by, for cards in ``order``.

    Its own function so the live validation can keep problems in exactly this
    order by bisection instead of re-sorting them all after each edit.
    """
    last = len(order)

    def key(p: Problem) -> tuple[int, int, str]:
        rank = 0 if p.is_error else 1
        where = -1 if p.card_id is None else order.get(p.card_id, last)
        return (rank, where, p.code)

    return key


def sort_problems(problems: Sequence[Problem], order: Mapping[str, int]) -> list[Problem]:
    """Errors first, then by card order (dialog-wide problems first), then by code.

    ``order`` maps a card id to its first index in the dialog; problems about a
    card that does not exist come after every card. The sort is stable, so
    problems with the same key keep the order the rules found them in.
    """
    return sorted(problems, key=sort_key_for(order))
