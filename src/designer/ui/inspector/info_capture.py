"""The Info Capture card editor: the fields asked for, in order, and the consent text."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QPushButton

from designer.model.cards import CaptureField, FieldKind, InfoCaptureCard, Validation, WhenKnown
from designer.ui.inspector.base import CardEditor, button_row, section
from designer.ui.inspector.fields import (
    TextField,
    join_list,
    none_if_empty,
    show_checked,
    show_choice,
    show_text,
    split_list,
)
from designer.ui.inspector.rows import Change, Items, Row, RowList, append, patch_at
from designer.ui.translations import tr as _tr


def kind_names() -> dict[str, str]:
    return {
        FieldKind.FIRST_NAME: _tr("First name"),
        FieldKind.LAST_NAME: _tr("Last name"),
        FieldKind.EMAIL: _tr("Email"),
        FieldKind.PHONE: _tr("Phone"),
        FieldKind.COMPANY: _tr("Company"),
        FieldKind.JOB_TITLE: _tr("Job title"),
        FieldKind.CUSTOM: _tr("Custom field"),
    }


def default_prompts() -> dict[str, str]:
    return {
        FieldKind.FIRST_NAME: _tr("What's your first name?"),
        FieldKind.LAST_NAME: _tr("What's your last name?"),
        FieldKind.EMAIL: _tr("Which email can we reach you at?"),
        FieldKind.PHONE: _tr("Which phone number can we call you on?"),
        FieldKind.COMPANY: _tr("Which company do you work for?"),
        FieldKind.JOB_TITLE: _tr("What's your job title?"),
        FieldKind.CUSTOM: "",
    }


_CHECK_FOR_KIND = {FieldKind.EMAIL: Validation.EMAIL, FieldKind.PHONE: Validation.PHONE}


def _free_custom_name(items: Items) -> str:
    taken = {item.get("name") or str(item["kind"]) for item in items}
    name, n = "custom_field", 1
    while name in taken:
        n += 1
        name = f"custom_field_{n}"
    return name


def set_kind(index: int, kind: str) -> Change:
    """Change what a field asks for, keeping it valid: a custom field gets a free name."""

    def change(items: Items) -> Items:
        item = dict(items[index])
        item["kind"] = kind
        if kind == FieldKind.CUSTOM:
            item["name"] = item.get("name") or _free_custom_name(items)
        else:
            item["name"] = None
        if str(item.get("validation", "none")) == Validation.NONE and kind in _CHECK_FOR_KIND:
            item["validation"] = _CHECK_FOR_KIND[FieldKind(kind)]
        return [*items[:index], item, *items[index + 1 :]]

    return change


class FieldRow(Row):
    """One asked field: what it fills, the bot's message, the checks, what to do if known."""

    def __init__(self, owner: RowList) -> None:
        super().__init__(owner)
        i = lambda: self.index  # noqa: E731 - read at edit time: rows move
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(4)
        self.kind = self.choice(list(_items(kind_names())), lambda k: set_kind(i(), k))
        self.kind.setObjectName("field-kind")
        form.addRow(self.tr("Asks for"), self.kind)
        self.name = self.line(
            self.tr("Stored as, e.g. budget"),
            lambda text: patch_at(i(), name=none_if_empty(text)),
        )
        self.name.setObjectName("field-name")
        form.addRow(self.tr("Field name"), self.name)
        self.name_label = form.labelForField(self.name)
        self.prompt = self.line(self.tr("What the bot asks"), lambda t: patch_at(i(), prompt=t))
        self.prompt.setObjectName("field-prompt")
        form.addRow(self.tr("Message"), self.prompt)
        self.placeholder = self.line(
            self.tr("Grey hint in the answer box"), lambda t: patch_at(i(), placeholder=t)
        )
        self.placeholder.setObjectName("field-placeholder")
        form.addRow(self.tr("Placeholder"), self.placeholder)
        self.options = self.line(
            self.tr("Free text; or choices: Small, Medium, Large"),
            lambda t: patch_at(i(), options=split_list(t)),
        )
        self.options.setObjectName("field-options")
        form.addRow(self.tr("Choices"), self.options)
        self.validation = self.choice(
            [
                (self.tr("No check"), Validation.NONE.value),
                (self.tr("Email address"), Validation.EMAIL.value),
                (self.tr("Phone number"), Validation.PHONE.value),
            ],
            lambda v: patch_at(i(), validation=v),
        )
        self.validation.setObjectName("field-validation")
        form.addRow(self.tr("Check"), self.validation)
        self.when_known = self.choice(
            [
                (self.tr("Skip the question"), WhenKnown.SKIP.value),
                (self.tr("Ask again and overwrite"), WhenKnown.OVERWRITE.value),
            ],
            lambda v: patch_at(i(), when_known=v),
        )
        self.when_known.setObjectName("field-when-known")
        form.addRow(self.tr("If known"), self.when_known)
        self.required = self.check(self.tr("Required"), lambda on: patch_at(i(), required=on))
        self.required.setObjectName("field-required")
        form.addRow("", self.required)
        self.body.addLayout(form)
        self.finish()

    def show_item(self, item: Any, index: int, count: int) -> None:
        super().show_item(item, index, count)
        field: CaptureField = item
        names = kind_names()
        self.heading.setText(
            self.tr("Field {n} · {kind}").format(n=index + 1, kind=names[field.kind])
        )
        show_choice(self.kind, field.kind.value)
        custom = field.kind is FieldKind.CUSTOM
        self.name.setVisible(custom)
        if self.name_label is not None:
            self.name_label.setVisible(custom)
        show_text(self.name, field.name or "", self.error)
        show_text(self.prompt, field.prompt, self.error)
        show_text(self.placeholder, field.placeholder, self.error)
        show_text(self.options, join_list(field.options), self.error, key=split_list)
        show_choice(self.validation, field.validation.value)
        show_choice(self.when_known, field.when_known.value)
        show_checked(self.required, field.required)


def _items(mapping: dict[str, str]) -> list[tuple[str, str]]:
    return [(label, str(key)) for key, label in mapping.items()]


class InfoCaptureEditor(CardEditor):
    """The fields asked for (add, remove, reorder) and the consent shown before them."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.consent = TextField(
            self.setter("consent"),
            placeholder=self.tr("Optional: shown before the first field"),
            lines=2,
            to_model=none_if_empty,
        )
        self.consent.setObjectName("consent")
        self.form.addRow(self.tr("Consent text"), self.consent)
        self.form.addRow(section(self.tr("Fields")))
        self.fields = RowList(FieldRow, self._change_fields, self)
        self.fields.setObjectName("capture-fields")
        self.fields.set_empty_text(self.tr("No fields yet: add what the bot should ask for."))
        self.form.addRow(self.fields)
        self.add = QPushButton(self.tr("Add field"), self)
        self.add.setObjectName("add-field")
        self.add.clicked.connect(self._add_field)
        self.form.addRow(button_row(self.add))

    @property
    def capture(self) -> InfoCaptureCard:
        return self.card  # type: ignore[return-value]

    def _change_fields(self, change: Change, session: int | None) -> None:
        items = [f.model_dump() for f in self.capture.fields]
        self.edit(session, fields=change(items))

    def _add_field(self) -> None:
        """Add the next standard field not asked yet, else a custom one."""
        items = [f.model_dump() for f in self.capture.fields]
        used = {f.key for f in self.capture.fields}
        kind = next(
            (k for k in FieldKind if k is not FieldKind.CUSTOM and k.value not in used),
            FieldKind.CUSTOM,
        )
        item: dict[str, Any] = {
            "kind": kind.value,
            "prompt": default_prompts()[kind],
            "validation": _CHECK_FOR_KIND.get(kind, Validation.NONE).value,
        }
        if kind is FieldKind.CUSTOM:
            item["name"] = _free_custom_name(items)
        self.fields.change(append(item), None)

    def refresh(self) -> None:
        card = self.capture
        self.consent.set_value(card.consent)
        self.fields.sync(card.fields)
