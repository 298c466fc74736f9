"""A validation problem's sentence in the language the app shows.

Validation is Qt-free and writes English; each problem keeps the English
template it was worded from and the values that went in. Here the template is
translated (lupdate filed it under the empty context) and filled with those
values, which stay as the marketer wrote them: card titles, answer labels,
agents and teams. Only the model's own words (:data:`WORD_ARGS`, e.g. a Meeting
booking card's "Booked" exit) are translated too, as the canvas shows them.
"""

from __future__ import annotations

from designer.model.validation import Problem
from designer.model.validation.problems import WORD_ARGS
from designer.ui.translations import tr


def problem_text(problem: Problem) -> str:
    """The problem's sentence, translated; its English ``message`` when it has no template."""
    if not problem.template:
        return problem.message
    values = {name: tr(value) if name in WORD_ARGS else value for name, value in problem.args}
    try:
        return tr(problem.template).format_map(values)
    except (KeyError, IndexError, ValueError):
        # A translation with a field the template lacks (the catalogue test forbids it):
        # the English sentence beats a broken one.
        return problem.message
