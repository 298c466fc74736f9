"""The criteria editor shared by Condition outcomes and custom routing rules.

A criterion is one test on the visitor: an attribute (country, region, city,
page URL, a captured field, whether live agents are available), an operator
and a value. The editor reports each edit as a change to its owner's list of
criteria; the owner puts it into the card through the controller.

The value editor suits the attribute, so the value a marketer enters is one a
visitor can have: countries complete from their codes and names and store the
code (visitors' countries are codes such as FR), live agents' availability is
a yes/no choice, a captured field offers the values the dialog stores in it,
and the others say what to type. Each attribute offers only the operators that
make sense for it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from designer.model.cards import ActionCard, Card, InfoCaptureCard, QuestionCard
from designer.model.criteria import (
    LIST_OPERATORS,
    VALUELESS_OPERATORS,
    YES_NO_WORDS,
    Attribute,
    Criterion,
    Operator,
)
from designer.ui.controller import DocumentController
from designer.ui.inspector.base import offer_completions
from designer.ui.inspector.fields import (
    EditSession,
    join_list,
    show_choice,
    show_text,
    split_list,
)
from designer.ui.inspector.rows import Change, Items, Row, RowList, append
from designer.ui.translations import installed_language
from designer.ui.translations import tr as _tr
from designer.ui.value_completer import (
    ValueCompleter,
    country_choices,
    country_text,
    field_choices,
)


def attribute_names() -> list[tuple[str, str]]:
    return [
        (_tr("Country"), Attribute.COUNTRY.value),
        (_tr("Region"), Attribute.REGION.value),
        (_tr("City"), Attribute.CITY.value),
        (_tr("Page URL"), Attribute.PAGE_URL.value),
        (_tr("Captured field"), Attribute.FIELD.value),
        (_tr("Live agents available"), Attribute.AGENTS_AVAILABLE.value),
    ]


def operator_names() -> list[tuple[str, str]]:
    return [
        (_tr("is"), Operator.EQUALS.value),
        (_tr("is not"), Operator.NOT_EQUALS.value),
        (_tr("is one of"), Operator.ONE_OF.value),
        (_tr("is not one of"), Operator.NOT_ONE_OF.value),
        (_tr("contains"), Operator.CONTAINS.value),
        (_tr("does not contain"), Operator.NOT_CONTAINS.value),
        (_tr("starts with"), Operator.STARTS_WITH.value),
        (_tr("ends with"), Operator.ENDS_WITH.value),
        (_tr("is known"), Operator.IS_KNOWN.value),
        (_tr("is unknown"), Operator.IS_UNKNOWN.value),
    ]


_WHOLE_VALUES = (
    Operator.EQUALS,
    Operator.NOT_EQUALS,
    Operator.ONE_OF,
    Operator.NOT_ONE_OF,
    Operator.IS_KNOWN,
    Operator.IS_UNKNOWN,
)
SUITED_OPERATORS: dict[Attribute, tuple[Operator, ...]] = {
    Attribute.COUNTRY: _WHOLE_VALUES,  # a two-letter code: "contains F" means nothing
    Attribute.AGENTS_AVAILABLE: (Operator.EQUALS, Operator.NOT_EQUALS),  # always known
}
"""Attributes that take fewer operators than all; the others take every one."""


def operators_for(attribute: Attribute) -> tuple[Operator, ...]:
    return SUITED_OPERATORS.get(attribute, tuple(Operator))


def new_criterion() -> dict[str, Any]:
    """What "Add condition" starts from: a country test the marketer completes."""
    return {"attribute": Attribute.COUNTRY.value, "operator": Operator.EQUALS.value, "value": ""}


def _patch(index: int, update: Callable[[dict[str, Any]], dict[str, Any]]) -> Change:
    def change(items: Items) -> Items:
        return [*items[:index], update(dict(items[index])), *items[index + 1 :]]

    return change


def value_for(operator: str, text: str) -> str | list[str]:
    """The stored value of a typed entry: a list for one-of tests, else the text."""
    return split_list(text) if Operator(operator) in LIST_OPERATORS else text


def set_value(index: int, text: str) -> Change:
    return _patch(index, lambda c: {**c, "value": value_for(c["operator"], text)})


def set_operator(index: int, operator: str) -> Change:
    """Change the operator, converting the value between one text and a list."""

    def update(c: dict[str, Any]) -> dict[str, Any]:
        op = Operator(operator)
        old = c.get("value", "")
        if op in VALUELESS_OPERATORS:
            value: str | list[str] = ""
        elif op in LIST_OPERATORS:
            value = old if isinstance(old, list) else split_list(old)
        else:
            value = join_list(old)
        return {**c, "operator": op.value, "value": value}

    return _patch(index, update)


def set_attribute(index: int, attribute: str, default_field: str) -> Change:
    """Change what is tested; a field test gets a field name, availability a yes.

    An operator the new attribute does not take becomes "is" ("city contains
    Par" turned into a country test reads "country is Par", flagged until fixed).
    """

    def update(c: dict[str, Any]) -> dict[str, Any]:
        attr = Attribute(attribute)
        out = {**c, "attribute": attr.value, "field": None}
        if attr is Attribute.FIELD:
            out["field"] = c.get("field") or default_field
        if attr in YES_NO_WORDS:
            out.update(operator=Operator.EQUALS.value, value=YES_NO_WORDS[attr][0])
        elif Attribute(c["attribute"]) in YES_NO_WORDS:
            out["value"] = [] if Operator(c["operator"]) in LIST_OPERATORS else ""
        if Operator(out["operator"]) not in operators_for(attr):
            out.update(operator=Operator.EQUALS.value, value=join_list(out.get("value", "")))
        return out

    return _patch(index, update)


# --- what the value box offers (the completer lives in ui/value_completer.py)


def captured_values(cards: Iterable[Card], key: str) -> list[str]:
    """What the dialog stores in field ``key``: answers, picklist options, fixed Action values."""
    found: list[str] = []
    for card in cards:
        if isinstance(card, QuestionCard) and card.store_in_field == key:
            found.extend(a.value or a.label for a in card.answers)
        elif isinstance(card, InfoCaptureCard):
            found.extend(o for f in card.fields if f.key == key for o in f.options)
        elif isinstance(card, ActionCard) and card.field == key and "{{" not in card.value:
            found.append(card.value)
    return list(dict.fromkeys(v for v in found if v.strip()))


# --- one criterion ----------------------------------------------------------------------------


class CriterionRow(Row):
    """One test: "Country is one of FR, BE"; the field name shows for field tests."""

    def __init__(self, owner: RowList, field_keys: Callable[[], list[str]]) -> None:
        super().__init__(owner)
        self._field_keys = field_keys
        self._operators: tuple[Operator, ...] = ()
        self._shown: Criterion | None = None
        self.setFrameShape(Row.Shape.NoFrame)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.up.hide()
        self.down.hide()
        self.remove.setToolTip(self.tr("Remove this condition"))
        self.remove.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogCloseButton))
        i = lambda: self.index  # noqa: E731 - read at edit time: rows move
        self.attribute = self.choice(
            attribute_names(), lambda a: set_attribute(i(), a, self._default_field())
        )
        self.attribute.setObjectName("criterion-attribute")
        self.header.insertWidget(1, self.attribute, 2)
        self.header.setStretch(0, 0)
        self.field = self.line(self.tr("field, e.g. budget"), lambda t: _field(i(), t))
        self.field.setObjectName("criterion-field")
        self.header.insertWidget(2, self.field, 1)
        line = QHBoxLayout()
        line.setSpacing(4)
        self.operator = self.choice(operator_names(), lambda op: set_operator(i(), op))
        self.operator.setObjectName("criterion-operator")
        self.value = QLineEdit(self)
        self.value.setObjectName("criterion-value")
        self._typing = EditSession(self.value)
        self.value.textEdited.connect(lambda t: self.submit(set_value(i(), t), self._typing.id()))
        self.value.editingFinished.connect(self._finished)
        self.completer = ValueCompleter(self.value, self)
        self.completer.activated[str].connect(self._completed)
        self.yes_no = self.choice([], lambda v: set_value(i(), v))
        self.yes_no.setObjectName("criterion-yes-no")
        line.addWidget(self.operator)
        line.addWidget(self.value, 1)
        line.addWidget(self.yes_no, 1)
        self.body.addLayout(line)
        self.finish()

    def _default_field(self) -> str:
        keys = self._field_keys()
        return keys[0] if keys else "first_name"

    def show_item(self, item: Any, index: int, count: int) -> None:
        super().show_item(item, index, count)
        c: Criterion = item
        self._shown = c
        self.heading.setText(self.tr("If") if index == 0 else self.tr("and"))
        show_choice(self.attribute, c.attribute.value)
        is_field = c.attribute is Attribute.FIELD
        self.field.setVisible(is_field)
        show_text(self.field, c.field or "", self.error)
        if is_field:
            offer_completions(self.field, self._field_keys())
        self._offer_operators(c)
        needs_value = c.operator not in VALUELESS_OPERATORS
        words = YES_NO_WORDS.get(c.attribute)
        choose = words is not None and isinstance(c.value, str) and c.operator not in LIST_OPERATORS
        self.value.setVisible(needs_value and not choose)
        self.yes_no.setVisible(needs_value and choose)
        if choose and words is not None:
            self._show_yes_no(words, c.value)
            return
        listed = c.operator in LIST_OPERATORS
        known = self._captured(c.field) if is_field and c.field else []
        self.value.setPlaceholderText(self._placeholder(c.attribute, listed, known))
        self._offer_values(c.attribute, listed, known)
        key = split_list if listed else str.strip
        show_text(self.value, join_list(c.value), self.error, key=key)

    def _offer_operators(self, c: Criterion) -> None:
        """The attribute's operators, plus the criterion's own if a file gave it another."""
        suited = operators_for(c.attribute)
        wanted = suited if c.operator in suited else (*suited, c.operator)
        if wanted != self._operators:
            self._operators = wanted
            names = {Operator(v): label for label, v in operator_names()}
            self.operator.blockSignals(True)
            self.operator.clear()
            for op in wanted:
                self.operator.addItem(names[op], op.value)
            self.operator.blockSignals(False)
        show_choice(self.operator, c.operator.value)

    def _show_yes_no(self, words: tuple[str, str], value: str) -> None:
        """Yes and no, and a value a file gave that is neither, so it is seen (and warned of)."""
        items = [(self.tr("yes"), words[0]), (self.tr("no"), words[1])]
        if value.casefold() not in words:
            items.append((value, value))
        combo = self.yes_no
        if [(combo.itemText(n), combo.itemData(n)) for n in range(combo.count())] != items:
            self.yes_no.blockSignals(True)
            self.yes_no.clear()
            for label, data in items:
                self.yes_no.addItem(label, data)
            self.yes_no.blockSignals(False)
        show_choice(self.yes_no, value.casefold() if value.casefold() in words else value)

    def _placeholder(self, attribute: Attribute, listed: bool, known: list[str]) -> str:
        if attribute is Attribute.COUNTRY:
            return self.tr("country codes, e.g. FR, BE") if listed else self.tr("e.g. FR or France")
        if attribute is Attribute.PAGE_URL:
            return self.tr("e.g. /pricing, /plans") if listed else self.tr("e.g. /pricing")
        if attribute is Attribute.CITY:
            return self.tr("e.g. Paris, Lyon") if listed else self.tr("e.g. Paris")
        if attribute is Attribute.REGION:
            return self.tr("e.g. CA, Île-de-France") if listed else self.tr("e.g. Île-de-France")
        if known:
            return self.tr("e.g. {values}").format(values=", ".join(known[:3]))
        return self.tr("values, separated by commas") if listed else self.tr("value")

    def _offer_values(self, attribute: Attribute, listed: bool, known: list[str]) -> None:
        completer = self.completer
        completer.listed = listed
        if attribute is Attribute.COUNTRY:
            completer.choices = country_choices(installed_language())
        elif known:
            completer.choices = field_choices(known)
        else:
            completer.choices = ()
        wanted = completer if completer.choices else None
        if self.value.completer() is not wanted:
            self.value.setCompleter(wanted)

    def _captured(self, key: str) -> list[str]:
        """The values the dialog stores in the field, from the editor this row sits in."""
        widget = self.parentWidget()
        while widget is not None:
            controller = getattr(widget, "controller", None)
            if isinstance(controller, DocumentController):
                return captured_values(controller.document.cards(), key)
            widget = widget.parentWidget()
        return []

    def _completed(self, text: str) -> None:
        """A completion was picked: store it, in the same undo step as the typing before it."""
        if self.submit(set_value(self.index, text), self._typing.id()):
            self.value.setText(text)  # the model may already hold it: no refresh would

    def _finished(self) -> None:
        """Leaving the box turns a typed country name into its code, as the completer would."""
        c = self._shown
        if c is None or c.attribute is not Attribute.COUNTRY or self.value.isHidden():
            return
        text = self.value.text()
        fixed = country_text(text, c.operator in LIST_OPERATORS)
        if fixed != text and self.submit(set_value(self.index, fixed), self._typing.id()):
            self.value.setText(fixed)


def _field(index: int, text: str) -> Change:
    return _patch(index, lambda c: {**c, "field": text or None})


class CriteriaEditor(QWidget):
    """A list of criteria, all of which must hold; empty means every visitor."""

    def __init__(
        self,
        change: Callable[[Change, int | None], None],
        field_keys: Callable[[], list[str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.rows = RowList(lambda owner: CriterionRow(owner, field_keys), change, self)
        self.rows.setObjectName("criteria")
        self.rows.set_empty_text(self.tr("Every visitor (no condition yet)."))
        self.add = QPushButton(self.tr("Add condition"), self)
        self.add.setObjectName("add-criterion")
        self.add.clicked.connect(lambda: self.rows.change(append(new_criterion()), None))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.rows)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def sync(self, criteria: list[Criterion]) -> None:
        self.rows.sync(criteria)
