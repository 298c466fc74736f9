"""Sentences the Qt-free core writes once, as English templates the editor can translate.

Validation and the engine must not import Qt, yet a French marketer should
read their sentences in French. So each sentence is written with
:func:`wording` from a literal template with named fields, and keeps that
template and its values beside the English text: the command line and saved
reports print the text, the editor translates the template and fills it with
the same values. ``python -m designer.ui.translations --update`` extracts every
literal passed first to :func:`wording` into the catalogues.

A value may itself be a :class:`Wording` (a clause such as "is away" inside
"Skipped Ana, who is away."), so the editor translates the clause too.
"""

from __future__ import annotations

from typing import NamedTuple

Args = tuple[tuple[str, "str | Wording"], ...]
"""A sentence's named values, in the order given (hashable, so problems and events are)."""


class Wording(NamedTuple):
    """A sentence as an English template with ``{name}`` fields, its values, and the result."""

    template: str
    args: Args
    text: str
    """The English sentence (what the command line prints)."""

    def __str__(self) -> str:
        """The English text, so a wording used as another's value fills in as its words."""
        return self.text

    def __format__(self, spec: str) -> str:
        return format(self.text, spec)


def wording(template: str, /, **args: str | Wording) -> Wording:
    """A sentence: ``template`` must be a string literal, so lupdate can extract it.

    Values are text (numbers too), ready to go into a translated template as they are,
    or wordings the editor translates in turn.
    """
    return Wording(template, tuple(args.items()), template.format_map(args))
