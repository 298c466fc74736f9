"""A single-card edit costs live validation the same at 2,000 cards as at 100.

Not a timing test: it counts how many problems had their sort key worked out
(the key :func:`sort_problems` sorts by, which live validation also keeps its
list in). Re-sorting or re-keying every problem after each edit — what made a
keystroke cost 2 ms at 5,000 cards — shows up as hundreds of calls.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import designer.model.validation.live as live_module
import designer.model.validation.problems as problems_module
from designer.model.cards import Answer, LiveChatCard, MessageCard, QuestionCard
from designer.model.document import Document
from designer.model.validation import Problem, validate
from designer.model.validation.live import LiveValidation

ROOT = Path(__file__).resolve().parents[2]


def generated(n: int) -> Document:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from generate import generated_dialog  # the benchmarks' realistic generator
    finally:
        sys.path.remove(str(ROOT / "bench"))
    return Document(generated_dialog(n))


@pytest.fixture
def keyed(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A one-item list counting calls to every sort key made from now on."""
    calls = [0]
    real = problems_module.sort_key_for

    def counting(order: dict[str, int]) -> Callable[[Problem], tuple[int, int, str]]:
        key = real(order)

        def counted(p: Problem) -> tuple[int, int, str]:
            calls[0] += 1
            return key(p)

        return counted

    monkeypatch.setattr(problems_module, "sort_key_for", counting)
    monkeypatch.setattr(live_module, "sort_key_for", counting)
    return calls


def edit_costs(n: int, keyed: list[int]) -> tuple[int, list[int]]:
    """(problems in the dialog, sort keys worked out by each of five single-card edits).

    Each edit must also report exactly the card it changed the problems of.
    """
    doc = generated(n)
    live = LiveValidation(doc)
    before = keyed[0]
    live.refresh()
    total = len(live.problems())
    assert keyed[0] - before >= total  # the counter sees live validation's keys
    live.take_changed_cards()
    chat = next(c for c in doc.cards() if isinstance(c, LiveChatCard))
    question = next(c for c in doc.cards() if isinstance(c, QuestionCard))
    message = next(c for c in doc.cards() if isinstance(c, MessageCard))
    edits: list[tuple[Callable[[], object], set[str | None]]] = [
        # its path warnings are reworded with the new title
        (lambda: doc.update_card(chat.id, title="Sales team"), {chat.id}),
        # a new dead end
        (
            lambda: doc.update_card(
                question.id, answers=[*question.answers, Answer(id="later", label="Later")]
            ),
            {question.id},
        ),
        # the dead end is reworded
        (lambda: doc.update_card(question.id, title="Pick one"), {question.id}),
        (lambda: doc.move_card(message.id, 40.0, 40.0), set()),
        # a new empty-text warning
        (lambda: doc.update_card(message.id, text=""), {message.id}),
    ]
    costs = []
    for edit, changed in edits:
        before = keyed[0]
        edit()
        live.refresh()  # what the editor does after an edit:
        live.problems()  # the whole list for the Problems dock,
        assert live.take_changed_cards() == changed  # the cards to repaint
        costs.append(keyed[0] - before)
    assert live.problems() == validate(doc.to_dialog())
    return total, costs


def test_a_single_card_edit_keys_as_few_problems_at_2000_cards_as_at_100(
    keyed: list[int],
) -> None:
    small_total, small = edit_costs(100, keyed)
    large_total, large = edit_costs(2000, keyed)
    assert large_total > 10 * small_total  # many more problems a re-sort would key...
    assert large_total > 50 * max(large)  # ...yet each edit keys only its own card's
    assert large == small
