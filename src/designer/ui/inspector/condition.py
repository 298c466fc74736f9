"""The Condition card editor: outcomes tested in order, each with its criteria, then else."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

from designer.model.cards import ConditionCard, Outcome
from designer.ui.inspector.base import CardEditor, button_row, hint, known_field_keys, section
from designer.ui.inspector.criteria import CriteriaEditor
from designer.ui.inspector.fields import LineField, show_text
from designer.ui.inspector.rows import (
    Change,
    Row,
    RowList,
    append,
    nested,
    patch_at,
    unique_id,
)
from designer.ui.worded import worded_text


class OutcomeRow(Row):
    """One branch: its label on the canvas and the criteria that send visitors down it."""

    def __init__(self, owner: RowList, editor: ConditionEditor) -> None:
        super().__init__(owner)
        self.label = self.line(
            self.tr("e.g. Agents online"),
            lambda text: patch_at(self.index, label=text),
        )
        self.label.setObjectName("outcome-label")
        line = QHBoxLayout()
        line.addWidget(QLabel(self.tr("Branch label"), self))
        line.addWidget(self.label, 1)
        self.body.addLayout(line)
        self.criteria = CriteriaEditor(
            lambda change, session: self.owner.apply(
                nested(self.index, "criteria", change), session
            ),
            lambda: known_field_keys(editor.controller),
            self,
        )
        self.body.addWidget(self.criteria)
        self.finish()

    def show_item(self, item: Any, index: int, count: int) -> None:
        super().show_item(item, index, count)
        outcome: Outcome = item
        self.heading.setText(self.tr("Outcome {n}").format(n=index + 1))
        show_text(self.label, outcome.label, self.error)
        self.criteria.sync(outcome.criteria)


class ConditionEditor(CardEditor):
    """Outcomes (the first whose criteria all hold wins) and the else branch's label."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.form.addRow(
            hint(self.tr("Visitors take the first outcome whose conditions all hold."))
        )
        self.form.addRow(section(self.tr("Outcomes")))
        self.outcomes = RowList(lambda owner: OutcomeRow(owner, self), self._change, self)
        self.outcomes.setObjectName("outcomes")
        self.outcomes.set_empty_text(
            self.tr("No outcomes yet: every visitor takes the else branch.")
        )
        self.form.addRow(self.outcomes)
        self.add = QPushButton(self.tr("Add outcome"), self)
        self.add.setObjectName("add-outcome")
        self.add.clicked.connect(self._add)
        self.form.addRow(button_row(self.add))
        self.else_label = LineField(self.setter("else_label"), placeholder=self.tr("Otherwise"))
        self.else_label.setObjectName("else-label")
        self.form.addRow(self.tr("Else branch label"), self.else_label)

    @property
    def condition(self) -> ConditionCard:
        return self.card  # type: ignore[return-value]

    def _change(self, change: Change, session: int | None) -> None:
        items = [o.model_dump() for o in self.condition.outcomes]
        self.edit(session, outcomes=change(items))

    def _add(self) -> None:
        outcomes = self.condition.outcomes
        new_id = unique_id("outcome", [o.id for o in outcomes])
        label = self.tr("Outcome {n}").format(n=len(outcomes) + 1)
        self.outcomes.change(append({"id": new_id, "label": label, "criteria": []}), None)

    def refresh(self) -> None:
        card = self.condition
        self.outcomes.sync(card.outcomes)
        self.else_label.set_value(worded_text(card.else_said()))  # "Sinon" until named
