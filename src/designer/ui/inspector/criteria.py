"""The criteria editor shared by Condition outcomes and custom routing rules.

A criterion is one test on the visitor: an attribute (country, region, city,
page URL, a captured field, whether live agents are available), an operator
and a value. The editor reports each edit as a change to its owner's list of
criteria; the owner puts it into the card through the controller.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStyle, QVBoxLayout, QWidget

from designer.model.criteria import (
    LIST_OPERATORS,
    VALUELESS_OPERATORS,
    Attribute,
    Criterion,
    Operator,
)
from designer.ui.inspector.base import offer_completions
from designer.ui.inspector.fields import join_list, show_choice, show_text, split_list
from designer.ui.inspector.rows import Change, Items, Row, RowList, append
from designer.ui.translations import tr as _tr


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
    """Change what is tested; a field test gets a field name, availability a yes."""

    def update(c: dict[str, Any]) -> dict[str, Any]:
        attr = Attribute(attribute)
        out = {**c, "attribute": attr.value, "field": None}
        if attr is Attribute.FIELD:
            out["field"] = c.get("field") or default_field
        if attr is Attribute.AGENTS_AVAILABLE:
            out.update(operator=Operator.EQUALS.value, value="yes")
        elif Attribute(c["attribute"]) is Attribute.AGENTS_AVAILABLE:
            out["value"] = [] if Operator(c["operator"]) in LIST_OPERATORS else ""
        return out

    return _patch(index, update)


class CriterionRow(Row):
    """One test: "Country is one of FR, BE"; the field name shows for field tests."""

    def __init__(self, owner: RowList, field_keys: Callable[[], list[str]]) -> None:
        super().__init__(owner)
        self._field_keys = field_keys
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
        self.value = self.line(self.tr("value"), lambda t: set_value(i(), t))
        self.value.setObjectName("criterion-value")
        line.addWidget(self.operator)
        line.addWidget(self.value, 1)
        self.body.addLayout(line)
        self.finish()

    def _default_field(self) -> str:
        keys = self._field_keys()
        return keys[0] if keys else "first_name"

    def show_item(self, item: Any, index: int, count: int) -> None:
        super().show_item(item, index, count)
        c: Criterion = item
        self.heading.setText(self.tr("If") if index == 0 else self.tr("and"))
        show_choice(self.attribute, c.attribute.value)
        is_field = c.attribute is Attribute.FIELD
        self.field.setVisible(is_field)
        show_text(self.field, c.field or "", self.error)
        if is_field:
            offer_completions(self.field, self._field_keys())
        show_choice(self.operator, c.operator.value)
        needs_value = c.operator not in VALUELESS_OPERATORS
        self.value.setVisible(needs_value)
        listed = c.operator in LIST_OPERATORS
        self.value.setPlaceholderText(
            self.tr("values, separated by commas") if listed else self.tr("value")
        )
        key = split_list if listed else str.strip
        show_text(self.value, join_list(c.value), self.error, key=key)


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
