"""A validation problem's sentence in the language the app shows.

Validation is Qt-free and writes English; each problem keeps the English
template it was worded from and the values that went in, and
:func:`~designer.ui.worded.worded` says it in the app's language (the
marketer's titles and labels as written, the model's own words translated).
"""

from __future__ import annotations

from designer.model.validation import Problem
from designer.ui.worded import worded


def problem_text(problem: Problem) -> str:
    """The problem's sentence, translated; its English ``message`` when it has no template."""
    if not problem.template:
        return problem.message
    return worded(problem.template, problem.args, problem.message)
