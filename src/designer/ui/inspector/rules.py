"""One custom routing rule as a row: its criteria, its target, and its warnings in place.

The row shows the rule the document holds; the panel gives it the workspace's
agents and teams to pick from and the validation problems that concern it
(a shadowed rule, an unknown agent) to show right under it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QHBoxLayout, QLabel

from designer.errors import DesignerError
from designer.model.routing import Rule
from designer.ui.controller import new_session
from designer.ui.inspector.criteria import CriteriaEditor
from designer.ui.inspector.pickers import fill_agents, fill_teams, picker
from designer.ui.inspector.rows import Change, Items, Row, RowList, nested
from designer.ui.theme import themed_style

if TYPE_CHECKING:
    from designer.store.records import AgentRecord, TeamRecord

AGENT = "agent"
TEAM = "team"


def set_target(index: int, kind: str, name: str) -> Change:
    """Send the rule's visitors to this agent or team (exactly one of them)."""

    def change(items: Items) -> Items:
        item = {**items[index], "agent": None, "team": None}
        item[kind] = name
        return [*items[:index], item, *items[index + 1 :]]

    return change


class RuleSource:
    """What rule rows need from their panel: the people, field keys and problems."""

    agents: Sequence[AgentRecord]
    teams: Sequence[TeamRecord]
    field_keys: Callable[[], list[str]]

    def default_target(self, kind: str) -> str | None: ...
    def rule_problems(self, index: int) -> list[str]: ...


class RuleRow(Row):
    """ "Rule 2: if country is US → agent Sam", with its warnings under it."""

    def __init__(self, owner: RowList, source: RuleSource) -> None:
        super().__init__(owner)
        self.setObjectName("rule-row")
        self.source = source
        self.criteria = CriteriaEditor(
            lambda change, session: self.owner.apply(
                nested(self.index, "criteria", change), session
            ),
            source.field_keys,
            self,
        )
        self.body.addWidget(self.criteria)
        line = QHBoxLayout()
        line.setSpacing(4)
        line.addWidget(QLabel(self.tr("Send these visitors to"), self))
        self.kind = self.choice(
            [(self.tr("an agent"), AGENT), (self.tr("a team"), TEAM)], self._kind_change
        )
        self.kind.setObjectName("rule-target-kind")
        line.addWidget(self.kind)
        line.addStretch(1)
        self.body.addLayout(line)
        self.target = picker("rule-target", self)
        self.target.activated.connect(self._target_picked)
        self.body.addWidget(self.target)
        self.warning = QLabel(self)
        self.warning.setObjectName("rule-warning")
        self.warning.setWordWrap(True)
        themed_style(
            self.warning,
            "color: {warning_text}; background: {warning_back}; border-radius: 3px; padding: 3px;",
        )
        self.warning.hide()
        self.body.addWidget(self.warning)
        self.finish()

    def _kind_change(self, kind: str) -> Change:
        name = self.source.default_target(kind)
        if name is not None:
            return set_target(self.index, kind, name)
        message = (
            self.tr(
                "There are no agents in the workspace yet: add one with Manage agents and teams…"
            )
            if kind == AGENT
            else self.tr(
                "There are no teams in the workspace yet: add one with Manage agents and teams…"
            )
        )

        def refuse(_items: Items) -> Items:
            raise DesignerError(message, code="no-target")

        return refuse

    def _target_picked(self, i: int) -> None:
        name = self.target.itemData(i)
        if isinstance(name, str):
            kind = self.kind.currentData()
            self.submit(set_target(self.index, kind, name), new_session())

    def show_item(self, item: Any, index: int, count: int) -> None:
        super().show_item(item, index, count)
        rule: Rule = item
        self.heading.setText(self.tr("Rule {n}").format(n=index + 1))
        self.criteria.sync(rule.criteria)
        kind = AGENT if rule.agent is not None else TEAM
        i = self.kind.findData(kind)
        if i != self.kind.currentIndex():
            self.kind.blockSignals(True)
            self.kind.setCurrentIndex(i)
            self.kind.blockSignals(False)
        if kind == AGENT:
            fill_agents(self.target, self.source.agents, rule.agent)
        else:
            fill_teams(self.target, self.source.teams, rule.team)
        self.show_problems(self.source.rule_problems(index))

    def show_problems(self, messages: list[str]) -> None:
        """Validation's sentences about this rule (shadowed, unknown target), or nothing."""
        if messages:
            self.warning.setText("\n".join(f"⚠ {m}" for m in messages))
        self.warning.setVisible(bool(messages))
