"""Sentences about one way on from a card: its next card, an answer, an outcome, an exit.

English could glue "Answer 'Yes' of 'Ask'" in front of any predicate, but a
translation must agree words with the kind of way on, so each kind has its
own whole sentence here (a template per kind and problem), and the editor can
translate every one of them as written.
"""

from __future__ import annotations

from designer.model.cards import (
    ELSE,
    FREE_TEXT,
    NEXT,
    Card,
    ConditionCard,
    MeetingBookingCard,
    QuestionCard,
)
from designer.model.validation.problems import Wording, wording


def way_on(card: Card, port: str) -> tuple[str, dict[str, str]]:
    """What kind of way on ``port`` is, and the words that name it.

    One of ``next``, ``typed``, ``answer``, ``else``, ``exit`` (a Meeting
    booking card's fixed outcomes) or ``outcome``, with the card's title and
    the port's label under the name its sentences use.
    """
    title = card.display_title()
    if port == NEXT:
        return "next", {"title": title}
    if port == FREE_TEXT:
        return "typed", {"title": title}
    label = dict(card.ports()).get(port, port)
    if isinstance(card, QuestionCard):
        return "answer", {"answer": label, "title": title}
    if isinstance(card, ConditionCard) and port == ELSE:
        return "else", {"branch": label, "title": title}
    if isinstance(card, MeetingBookingCard):
        return "exit", {"exit": label, "title": title}
    return "outcome", {"outcome": label, "title": title}


def leads_nowhere(card: Card, port: str) -> Wording:
    """A way on without a link (``dead-end``)."""
    way, args = way_on(card, port)
    if way == "next":
        return wording(
            "'{title}' leads nowhere: connect it to the next card, or to an End card.", **args
        )
    if way == "typed":
        return wording(
            "The typed answer of '{title}' leads nowhere: connect it to a card, or to an End card.",
            **args,
        )
    if way == "answer":
        return wording(
            "Answer '{answer}' of '{title}' leads nowhere: connect it to a card, or to an End "
            "card.",
            **args,
        )
    if way == "else":
        return wording(
            "The '{branch}' branch of '{title}' leads nowhere: connect it to a card, or to an "
            "End card.",
            **args,
        )
    if way == "exit":
        return wording(
            "Outcome '{exit}' of '{title}' leads nowhere: connect it to a card, or to an End card.",
            **args,
        )
    return wording(
        "Outcome '{outcome}' of '{title}' leads nowhere: connect it to a card, or to an End card.",
        **args,
    )


def links_to_nothing(card: Card, port: str, target: str) -> Wording:
    """A way on whose link names a card id no card has (``edge-unknown-card``)."""
    way, args = way_on(card, port)
    if way == "next":
        return wording(
            "'{title}' links to a card '{target}' that does not exist: connect it to another card.",
            **args,
            target=target,
        )
    if way == "typed":
        return wording(
            "The typed answer of '{title}' links to a card '{target}' that does not exist: "
            "connect it to another card.",
            **args,
            target=target,
        )
    if way == "answer":
        return wording(
            "Answer '{answer}' of '{title}' links to a card '{target}' that does not exist: "
            "connect it to another card.",
            **args,
            target=target,
        )
    if way == "else":
        return wording(
            "The '{branch}' branch of '{title}' links to a card '{target}' that does not "
            "exist: connect it to another card.",
            **args,
            target=target,
        )
    if way == "exit":
        return wording(
            "Outcome '{exit}' of '{title}' links to a card '{target}' that does not exist: "
            "connect it to another card.",
            **args,
            target=target,
        )
    return wording(
        "Outcome '{outcome}' of '{title}' links to a card '{target}' that does not exist: "
        "connect it to another card.",
        **args,
        target=target,
    )


def has_more_links(card: Card, port: str) -> Wording:
    """A way on with a second link (``duplicate-edge``)."""
    way, args = way_on(card, port)
    if way == "next":
        return wording("'{title}' has more than one link: keep one and remove the others.", **args)
    if way == "typed":
        return wording(
            "The typed answer of '{title}' has more than one link: keep one and remove the others.",
            **args,
        )
    if way == "answer":
        return wording(
            "Answer '{answer}' of '{title}' has more than one link: keep one and remove the "
            "others.",
            **args,
        )
    if way == "else":
        return wording(
            "The '{branch}' branch of '{title}' has more than one link: keep one and remove "
            "the others.",
            **args,
        )
    if way == "exit":
        return wording(
            "Outcome '{exit}' of '{title}' has more than one link: keep one and remove the others.",
            **args,
        )
    return wording(
        "Outcome '{outcome}' of '{title}' has more than one link: keep one and remove the others.",
        **args,
    )
