"""The Question card editor: the question, its answer buttons, free text, the stored field.

Answers keep their ids when renamed or moved, so the edges leaving them (the
ports on the canvas) follow; an added answer gets a fresh ``answer-N`` id.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QPushButton

from designer.model.cards import QuestionCard
from designer.ui.inspector.base import (
    CardEditor,
    button_row,
    hint,
    known_field_keys,
    offer_completions,
    section,
)
from designer.ui.inspector.fields import (
    CheckField,
    LineField,
    TextField,
    none_if_empty,
    show_text,
)
from designer.ui.inspector.rows import Change, Row, RowList, append, patch_at, unique_id


class AnswerRow(Row):
    """One answer button: the label visitors see and the value stored instead."""

    def __init__(self, owner: RowList) -> None:
        super().__init__(owner)
        self.label = self.line(
            self.tr("Button label"), lambda text: patch_at(self.index, label=text)
        )
        self.label.setObjectName("answer-label")
        self.value = self.line(
            self.tr("Optional: stored instead of the label"),
            lambda text: patch_at(self.index, value=none_if_empty(text)),
        )
        self.value.setObjectName("answer-value")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(4)
        form.addRow(self.tr("Button"), self.label)
        form.addRow(self.tr("Stores"), self.value)
        self.body.addLayout(form)
        self.finish()

    def show_item(self, item: Any, index: int, count: int) -> None:
        super().show_item(item, index, count)
        self.heading.setText(self.tr("Answer {n}").format(n=index + 1))
        show_text(self.label, item.label, self.error)
        show_text(self.value, item.value or "", self.error)


class QuestionEditor(CardEditor):
    """Question text, answers (add, remove, reorder, rename), free text, stored field."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.text = TextField(self.setter("text"), placeholder=self.tr("What the bot asks"))
        self.text.setObjectName("question-text")
        self.form.addRow(self.tr("Question"), self.text)
        self.form.addRow(section(self.tr("Answers")))
        self.answers = RowList(AnswerRow, self._change_answers, self)
        self.answers.setObjectName("answers")
        self.answers.set_empty_text(self.tr("No answers yet: add the buttons visitors click."))
        self.form.addRow(self.answers)
        self.add = QPushButton(self.tr("Add answer"), self)
        self.add.setObjectName("add-answer")
        self.add.clicked.connect(self._add_answer)
        self.form.addRow(button_row(self.add))
        self.free_text = CheckField(
            self.tr("Let visitors type their own answer"), self.setter("allow_free_text")
        )
        self.free_text.setObjectName("allow-free-text")
        self.form.addRow(self.free_text)
        self.store = LineField(
            self.setter("store_in_field"),
            placeholder=self.tr("Not stored"),
            to_model=none_if_empty,
        )
        self.store.setObjectName("store-in-field")
        self.form.addRow(self.tr("Store the answer in field"), self.store)
        self.form.addRow(hint(self.tr("Later cards can use it, e.g. {{wants_sales}}.")))

    @property
    def question(self) -> QuestionCard:
        return self.card  # type: ignore[return-value]

    def _change_answers(self, change: Change, session: int | None) -> None:
        items = [a.model_dump() for a in self.question.answers]
        self.edit(session, answers=change(items))

    def _add_answer(self) -> None:
        answers = self.question.answers
        new_id = unique_id("answer", [a.id for a in answers])
        label = self.tr("Answer {n}").format(n=len(answers) + 1)
        self.answers.change(append({"id": new_id, "label": label, "value": None}), None)

    def refresh(self) -> None:
        card = self.question
        self.text.set_value(card.text)
        self.answers.sync(card.answers)
        self.free_text.set_value(card.allow_free_text)
        self.store.set_value(card.store_in_field)
        offer_completions(self.store.line, known_field_keys(self.controller))
