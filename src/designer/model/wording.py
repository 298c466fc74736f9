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

Some of the model's words are plain text to everyone who reads them (an
untitled card's "Meeting booking m1", a condition's "country is FR", the
"Otherwise" branch): :class:`WordedText` is that English text, usable wherever
text goes, with its wording beside it for the editor.
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


def wording_from(template: str, /, **args: str | Wording) -> Wording:
    """A sentence whose template comes from a table, not a literal at the call.

    lupdate cannot extract such a template, so whoever keeps the table marks
    its templates for translation where the UI lists them
    (``designer.ui.worded.TABLED_WORDS``); a test keeps both in step.
    """
    return Wording(template, tuple(args.items()), template.format_map(args))


class WordedText(str):
    """English text the model words itself, with the :class:`Wording` it came from.

    It is a ``str``, so it goes where the text always went (files, the command
    line, sorting, comparisons) and reads the same there byte for byte; the
    editor finds ``said`` beside it and shows it in the marketer's language.
    Joining or slicing it gives plain text: only the whole value keeps its wording.
    """

    said: Wording

    def __new__(cls, said: Wording) -> WordedText:
        text = super().__new__(cls, said.text)
        text.said = said
        return text

    def __reduce__(self) -> tuple[type[WordedText], tuple[Wording]]:
        """Pickled and copied with its wording (``str`` would rebuild it from the text)."""
        return (WordedText, (self.said,))
