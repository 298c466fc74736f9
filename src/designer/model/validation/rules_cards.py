"""Rules on one card's own contents: what a card needs to do its job.

Each rule looks at a single card (every card, duplicates included, each with
its own JSON path), so these checks cost one pass over the cards.
"""

from __future__ import annotations

from collections.abc import Container, Iterator

from designer.model.cards import (
    Card,
    ConditionCard,
    GoToCard,
    InfoCaptureCard,
    MessageCard,
    QuestionCard,
    Validation,
)
from designer.model.validation.graph import DialogGraph
from designer.model.validation.problems import Problem, problem, wording
from designer.model.validation.rules_criteria import criterion_problems
from designer.model.value_checks import accepts


def check_cards(g: DialogGraph) -> Iterator[Problem]:
    """Questions need answers, Go Tos a target, texts some words, pokes the start card."""
    start = g.dialog.start
    for i, card in enumerate(g.dialog.cards):
        yield from card_problems(card, f"$.cards[{i}]", start, g.node_of)


def card_problems(
    card: Card, path: str, start: str | None, existing: Container[str]
) -> Iterator[Problem]:
    """The problems of one card's own contents; ``existing`` holds the ids a Go To may name.

    One card at a time, so the editor can recheck only the card that changed.
    """
    title = card.display_title()
    if isinstance(card, QuestionCard):
        if not card.answers and not card.allow_free_text:
            yield problem(
                "no-answers",
                card.id,
                wording(
                    "'{title}' has no answers: add answer buttons or let visitors type "
                    "their answer.",
                    title=title,
                ),
                f"{path}.answers",
            )
        if not card.text.strip():
            yield problem(
                "empty-text",
                card.id,
                wording(
                    "'{title}' has no question text: write the question visitors answer.",
                    title=title,
                ),
                f"{path}.text",
            )
    elif isinstance(card, MessageCard) and not card.text.strip():
        yield problem(
            "empty-text",
            card.id,
            wording(
                "'{title}' has no text: write what the bot says, or remove the card.", title=title
            ),
            f"{path}.text",
        )
    elif isinstance(card, GoToCard):
        if card.target is None:
            yield problem(
                "goto-no-target",
                card.id,
                wording(
                    "'{title}' does not say where to jump: choose its target card.", title=title
                ),
                f"{path}.target",
            )
        elif card.target not in existing:
            yield problem(
                "goto-unknown-target",
                card.id,
                wording(
                    "'{title}' jumps to a card '{target}' that does not exist: "
                    "choose another target card.",
                    title=title,
                    target=card.target,
                ),
                f"{path}.target",
            )
    elif isinstance(card, InfoCaptureCard):
        yield from _refused_options(card, path, title)
    elif isinstance(card, ConditionCard) and not card.outcomes:
        yield problem(
            "condition-no-outcomes",
            card.id,
            wording(
                "'{title}' has no conditions, so every visitor takes its '{branch}' branch: "
                "add a condition, or remove the card.",
                title=title,
                branch=card.else_label,
            ),
            f"{path}.outcomes",
        )
    yield from criterion_problems(card, path)
    if card.poke and start is not None and card.id != start:
        yield problem(
            "poke-not-first",
            card.id,
            wording(
                "'{title}' has a poke, but only the start card can show one: remove the "
                "poke or make this card the start card.",
                title=title,
            ),
            f"{path}.poke",
        )


def _refused_options(card: InfoCaptureCard, path: str, title: str) -> Iterator[Problem]:
    """An option button its own field's check refuses: pressing it only asks again."""
    for i, spec in enumerate(card.fields):
        if spec.validation is Validation.NONE:
            continue
        for j, option in enumerate(spec.options):
            if accepts(spec.validation, option):
                continue
            place = f"{path}.fields[{i}].options[{j}]"
            if spec.validation is Validation.EMAIL:
                said = wording(
                    "Option '{option}' of the '{field}' field in '{title}' is not an email "
                    "address, which the field checks: visitors who press it are asked again. "
                    "Change the option, or the field's check.",
                    option=option,
                    field=spec.key,
                    title=title,
                )
            else:
                said = wording(
                    "Option '{option}' of the '{field}' field in '{title}' is not a phone "
                    "number, which the field checks: visitors who press it are asked again. "
                    "Change the option, or the field's check.",
                    option=option,
                    field=spec.key,
                    title=title,
                )
            yield problem("option-refused", card.id, said, place)
