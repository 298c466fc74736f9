"""Completion for value boxes: countries by code or name, a field's known values.

Shared by the criteria editor (a condition's or a rule's value) and the
preview's visitor form (the visitor's country): what a marketer types is
matched against codes and names in the app's language and in English, the
list shows "France (FR)", and the box gets the code.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache
from typing import NamedTuple

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from designer.model.validation.countries import code_for, country_names, fold, is_country_code
from designer.ui.inspector.fields import split_list

# --- what the value box offers -------------------------------------------------------------


class Choice(NamedTuple):
    """A completion: shown as ``label``, stored as ``value``, found by any of ``keys``."""

    label: str
    value: str
    keys: tuple[str, ...]


@cache
def country_choices(language: str) -> tuple[Choice, ...]:
    """Every country as "France (FR)" in ``language``, found by code or by name in it or English."""
    english = dict(country_names("en"))
    return tuple(
        Choice(f"{name} ({code})", code, (fold(code), fold(name), fold(english[code])))
        for code, name in country_names(language)
    )


def field_choices(values: Iterable[str]) -> tuple[Choice, ...]:
    return tuple(Choice(v, v, (fold(v),)) for v in values)


def ranked(choices: Sequence[Choice], typed: str, limit: int = 12) -> list[Choice]:
    """The choices ``typed`` may mean: its exact key first, then keys starting with it, then
    (from three letters) keys containing it, each group in the choices' order."""
    key = fold(typed)
    if not key:
        return []
    exact, starting, containing = [], [], []
    for choice in choices:
        if key in choice.keys:
            exact.append(choice)
        elif any(k.startswith(key) for k in choice.keys):
            starting.append(choice)
        elif len(key) >= 3 and any(key in k for k in choice.keys):
            containing.append(choice)
    return [*exact, *starting, *containing][:limit]


def country_text(text: str, listed: bool) -> str:
    """What was typed with each whole country name replaced by its code, codes in capitals."""

    def code(piece: str) -> str:
        if is_country_code(piece):
            return piece.strip().upper()
        return code_for(piece, guess=False) or piece

    return ", ".join(code(p) for p in split_list(text)) if listed else code(text)


class ValueCompleter(QCompleter):
    """Completes the value box (its last comma-separated piece for one-of tests) from choices.

    It ranks the choices itself as the marketer types, shows their labels, and
    puts the chosen value in the box: "France (FR)" is shown, FR is stored.
    """

    def __init__(self, line: QLineEdit, parent: QWidget) -> None:
        super().__init__(parent)  # not the box: it deletes a completer it owns when replaced
        self._line = line
        self._model = QStandardItemModel(self)
        self.setModel(self._model)
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setMaxVisibleItems(8)
        self.choices: Sequence[Choice] = ()
        self.listed = False
        line.textEdited.connect(self._match)  # before the box asks for the popup

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        head, _ = self._split(self._line.text())
        return head + str(index.data(Qt.ItemDataRole.UserRole))

    def _split(self, text: str) -> tuple[str, str]:
        """(the pieces before the one being typed, with their comma; the one being typed)."""
        if not self.listed or "," not in text:
            return "", text
        before, _, last = text.rpartition(",")
        return f"{before}, ", last

    def _match(self, text: str) -> None:
        self._model.clear()
        for choice in ranked(self.choices, self._split(text)[1]):
            item = QStandardItem(choice.label)
            item.setData(choice.value, Qt.ItemDataRole.UserRole)
            self._model.appendRow(item)
