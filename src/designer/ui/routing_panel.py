"""The routing-options panel of a Live Chat or Meeting booking card.

Four options (round-robin, one agent, custom rules, one team), the agent
and team pickers filled from the workspace, and the custom-rules list with
validation's warnings shown next to the rule they concern. The panel holds
no routing of its own: it shows the card's and turns each click into one
``controller.set_routing`` call.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from designer.errors import DesignerError
from designer.model.cards import LiveChatCard, MeetingBookingCard
from designer.model.routing import AgentRouting, CustomRules, RoundRobin, TeamRouting
from designer.ui.inspector.base import known_field_keys
from designer.ui.inspector.fields import ErrorLabel, attempt, muted
from designer.ui.inspector.pickers import fill_agents, fill_teams, first_agent, first_team, picker
from designer.ui.inspector.rows import Change, RowList, append
from designer.ui.inspector.rules import AGENT, TEAM, RuleRow
from designer.ui.problem_text import problem_text
from designer.ui.theme import themed_style

if TYPE_CHECKING:
    from designer.store import AgentRecord, TeamRecord, Workspace
    from designer.ui.controller import DocumentController

OPTIONS = ("round_robin", "agent", "custom_rules", "team")
_RULE_PATH = re.compile(r"\.routing\.rules\[(\d+)\]")


class RoutingPanel(QWidget):
    """How the shown card chooses its agent; edits go through ``controller.set_routing``."""

    workspaceChanged = Signal()
    """Agents or teams were changed from "Manage agents and teams…" (recheck routing)."""

    def __init__(
        self,
        controller: DocumentController,
        workspace_provider: Callable[[], Workspace | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("routing-panel")
        self.controller = controller
        self.workspace_provider = workspace_provider
        self.card_id: str | None = None
        self.agents: list[AgentRecord] = []
        self.teams: list[TeamRecord] = []
        self.field_keys = lambda: known_field_keys(self.controller)
        self._build()
        controller.cardChanged.connect(self._card_changed)
        controller.cardRemoved.connect(self._card_removed)
        # Bound methods, not lambdas: Qt drops them with the panel when its card is unselected.
        controller.documentReset.connect(self._document_reset)
        controller.problemsChanged.connect(self._problems_changed)

    # --- layout ------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.group = QButtonGroup(self)
        texts = {
            "round_robin": (self.tr("Round-robin"), self.tr("Chats go to the agents in turn.")),
            "agent": (self.tr("Agent"), self.tr("One chosen agent receives every chat.")),
            "custom_rules": (
                self.tr("Custom rules"),
                self.tr("Rules tried in order name an agent or a team."),
            ),
            "team": (self.tr("Team"), self.tr("One team receives it, in turn within the team.")),
        }
        self.radios: dict[str, QRadioButton] = {}
        for n, option in enumerate(OPTIONS):
            label, tip = texts[option]
            radio = QRadioButton(label, self)
            radio.setObjectName(f"routing-{option}")
            radio.setToolTip(tip)
            self.group.addButton(radio, n)
            self.radios[option] = radio
        grid = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        for option, column in zip(OPTIONS, (left, left, right, right), strict=True):
            column.addWidget(self.radios[option])
        grid.addLayout(left)
        grid.addLayout(right)
        grid.addStretch(1)
        layout.addLayout(grid)
        self.group.idClicked.connect(lambda n: self._choose(OPTIONS[n]))
        self.explain = muted(QLabel(self))
        layout.addWidget(self.explain)
        self.error = ErrorLabel(self)
        layout.addWidget(self.error)

        pickers = QFormLayout()
        pickers.setContentsMargins(0, 0, 0, 0)
        pickers.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        pickers.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.agent_picker = picker("agent-picker", self)
        self.agent_picker.activated.connect(self._agent_picked)
        self.team_picker = picker("team-picker", self)
        self.team_picker.activated.connect(self._team_picked)
        pickers.addRow(self.tr("The agent who receives every chat"), self.agent_picker)
        pickers.addRow(self.tr("The team that receives the chats"), self.team_picker)
        self._picker_form = pickers
        layout.addLayout(pickers)

        self.rules = RowList(lambda owner: RuleRow(owner, self), self._change_rules, self)
        self.rules.setObjectName("rules-table")
        self.rules.set_empty_text(self.tr("No rules yet: every visitor gets the fallback message."))
        layout.addWidget(self.rules)
        self.add_rule = QPushButton(self.tr("Add rule"), self)
        self.add_rule.setObjectName("add-rule")
        self.add_rule.clicked.connect(self._add_rule)
        self.rules_hint = muted(
            QLabel(self.tr("Visitors who match no rule get the fallback message."), self)
        )
        row = QHBoxLayout()
        row.addWidget(self.add_rule)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.rules_hint)

        self.notes = QLabel(self)
        self.notes.setObjectName("routing-warnings")
        self.notes.setWordWrap(True)
        themed_style(
            self.notes,
            "color: {warning_text}; background: {warning_back}; border-radius: 3px; padding: 3px;",
        )
        self.notes.hide()
        layout.addWidget(self.notes)
        self.manage = QPushButton(self.tr("Manage agents and teams…"), self)
        self.manage.setObjectName("manage-agents")
        self.manage.clicked.connect(self.open_workspace_dialog)
        row = QHBoxLayout()
        row.addWidget(self.manage)
        row.addStretch(1)
        layout.addLayout(row)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)

    # --- what is shown -------------------------------------------------------------------

    def show_card(self, card_id: str | None) -> None:
        """Show the routing of this Live Chat or Meeting booking card (None: nothing)."""
        if card_id is not None:
            doc = self.controller.document
            card = doc.card(card_id) if card_id in doc else None
            if not isinstance(card, LiveChatCard | MeetingBookingCard):
                card_id = None
        self.card_id = card_id
        self.error.clear_error()
        self.reload_workspace()

    def reload_workspace(self) -> None:
        """Read the agents and teams again (after the workspace changed) and redraw."""
        workspace = self.workspace_provider()
        self.manage.setEnabled(workspace is not None)
        self.manage.setToolTip("" if workspace else self.tr("No workspace is open."))
        self.agents, self.teams = [], []
        if workspace is not None:
            try:
                self.agents = workspace.list_agents()
                self.teams = workspace.list_teams()
            except DesignerError as exc:
                self.error.show_error(str(exc))
        self.refresh()

    def refresh(self) -> None:
        """Show the card's routing as the document holds it now."""
        self.setEnabled(self.card_id is not None)
        if self.card_id is None:
            return
        routing = self._routing()
        kind = routing.kind
        radio = self.radios[kind]
        if not radio.isChecked():
            radio.setChecked(True)
        self.explain.setText(radio.toolTip())
        show_agent, show_team = kind == "agent", kind == "team"
        self._picker_form.setRowVisible(self.agent_picker, show_agent)
        self._picker_form.setRowVisible(self.team_picker, show_team)
        fill_agents(self.agent_picker, self.agents, getattr(routing, "agent", None))
        fill_teams(self.team_picker, self.teams, getattr(routing, "team", None))
        custom = isinstance(routing, CustomRules)
        for widget in (self.rules, self.add_rule, self.rules_hint):
            widget.setVisible(custom)
        self.rules.sync(routing.rules if custom else [])
        self._show_problems()

    def _routing(self) -> Any:
        card = self.controller.document.card(self.card_id or "")
        return card.routing  # type: ignore[union-attr]

    # --- problems in place ------------------------------------------------------------------

    def rule_problems(self, index: int) -> list[str]:
        """Validation's sentences about rule ``index`` of the shown card."""
        out = []
        for problem in self.controller.problems_for(self.card_id or ""):
            match = _RULE_PATH.search(problem.path or "")
            if match and int(match[1]) == index:
                out.append(problem_text(problem))
        return out

    def _show_problems(self) -> None:
        if self.card_id is None or self.card_id not in self.controller.document:
            return
        for row in self.rules.rows:
            row.show_problems(self.rule_problems(row.index))  # type: ignore[attr-defined]
        general = [
            problem_text(p)
            for p in self.controller.problems_for(self.card_id)
            if ".routing" in (p.path or "") and not _RULE_PATH.search(p.path or "")
        ]
        self.notes.setText("\n".join(f"⚠ {m}" for m in general))
        self.notes.setVisible(bool(general))

    # --- edits --------------------------------------------------------------------------

    def default_target(self, kind: str) -> str | None:
        """Whom a new choice starts with: the first agent allowed to chat, or the first team."""
        return first_agent(self.agents) if kind == AGENT else first_team(self.teams)

    def _set(self, routing: Any) -> bool:
        card_id = self.card_id
        if card_id is None:
            return False
        ok = attempt(self.error, lambda: self.controller.set_routing(card_id, routing))
        if not ok:
            self.refresh()  # the radios go back to what the card holds
        return ok

    def _choose(self, option: str) -> None:
        """Switch option, keeping the previous agent or team where it makes sense."""
        current = self._routing()
        if option == current.kind:
            return
        named_agents, named_teams = _named(current)
        if option == "round_robin":
            self._set(RoundRobin())
        elif option == "agent":
            agent = (named_agents or [self.default_target(AGENT)])[0]
            if agent is None:
                self._refuse(
                    self.tr(
                        "There are no agents to choose from yet: "
                        "add one with Manage agents and teams…"
                    )
                )
            else:
                self._set(AgentRouting(agent=agent))
        elif option == "team":
            team = (named_teams or [self.default_target(TEAM)])[0]
            if team is None:
                self._refuse(
                    self.tr(
                        "There are no teams to choose from yet: "
                        "add one with Manage agents and teams…"
                    )
                )
            else:
                self._set(TeamRouting(team=team))
        else:
            rules = [{"criteria": [], "agent": a} for a in named_agents[:1]]
            rules += [{"criteria": [], "team": t} for t in named_teams[:1]]
            self._set({"kind": "custom_rules", "rules": rules})

    def _refuse(self, message: str) -> None:
        self.error.show_error(message)
        self.refresh()

    def _agent_picked(self, index: int) -> None:
        email = self.agent_picker.itemData(index)
        if isinstance(email, str):
            self._set(AgentRouting(agent=email))

    def _team_picked(self, index: int) -> None:
        name = self.team_picker.itemData(index)
        if isinstance(name, str):
            self._set(TeamRouting(team=name))

    def _change_rules(self, change: Change, _session: int | None) -> None:
        rules = [r.model_dump() for r in self._routing().rules]
        routing = {"kind": "custom_rules", "rules": change(rules)}
        self.controller.set_routing(self.card_id or "", routing)

    def _add_rule(self) -> None:
        """A new rule for every visitor, to the first team (else agent); narrow it next."""
        team, agent = self.default_target(TEAM), self.default_target(AGENT)
        if team is None and agent is None:
            self.rules.error.show_error(
                self.tr("Add an agent or a team with Manage agents and teams… first.")
            )
            return
        target = {"team": team} if team is not None else {"agent": agent}
        self.rules.change(append({"criteria": [], **target}), None)

    # --- following the document and the workspace -----------------------------------------

    def _card_changed(self, card_id: str, names: tuple) -> None:
        if card_id == self.card_id and "routing" in names:
            self.refresh()

    def _card_removed(self, card_id: str) -> None:
        if card_id == self.card_id:
            self.show_card(None)

    def _document_reset(self) -> None:
        self.show_card(None)

    def _problems_changed(self, _problems: list) -> None:
        self._show_problems()

    def open_workspace_dialog(self) -> None:
        """Manage agents and teams; the pickers and the checks follow each change."""
        from designer.ui.workspace_dialog import WorkspaceDialog

        workspace = self.workspace_provider()
        if workspace is None:
            return
        dialog = WorkspaceDialog(workspace, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self._workspace_changed)
        dialog.open()

    def _workspace_changed(self) -> None:
        self.reload_workspace()
        self.controller.revalidate()
        self.workspaceChanged.emit()


def _named(routing: Any) -> tuple[list[str], list[str]]:
    """The agents and teams a routing names, in order: kept when the option changes."""
    if isinstance(routing, AgentRouting):
        return [routing.agent], []
    if isinstance(routing, TeamRouting):
        return [], [routing.team]
    if isinstance(routing, CustomRules):
        return [r.agent for r in routing.rules if r.agent], [
            r.team for r in routing.rules if r.team
        ]
    return [], []
