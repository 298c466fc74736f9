"""A sentence the Qt-free core worded in English, said in the language the app shows.

Validation and the engine write each sentence once, as an English template
with named values (:mod:`designer.model.wording`), and keep both beside the
English text. Here the template is translated (lupdate filed it under the
empty context) and filled with those values, which stay as the marketer wrote
them: card titles, answer labels, agents, teams, rules. A value that is itself
a wording (why an agent was skipped) is said in the app's language too, and so
are the model's own words (:data:`WORD_ARGS`, e.g. a Meeting booking card's
"Booked" exit), as the canvas shows them.
"""

from __future__ import annotations

from collections.abc import Iterable

from designer.model.validation.problems import WORD_ARGS
from designer.model.wording import Args, Wording
from designer.ui.translations import tr


def worded(template: str, args: Args, english: str = "") -> str:
    """The sentence in the app's language: ``worded(*wording)`` for a :class:`Wording`.

    ``english`` is what to show if a translation is broken (a field the
    template lacks: the catalogue test forbids it); by default the template
    filled in English.
    """
    values: dict[str, str] = {}
    for name, value in args:
        if isinstance(value, Wording):
            values[name] = worded(*value)
        else:
            values[name] = tr(value) if name in WORD_ARGS else value
    try:
        return tr(template).format_map(values)
    except (KeyError, IndexError, ValueError):
        return english or template.format_map(dict(args))


def worded_lines(said: Iterable[Wording]) -> list[str]:
    """Each sentence of a story (a routing decision's, say) in the app's language."""
    return [worded(*line) for line in said]
