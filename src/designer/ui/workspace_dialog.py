"""The Agents and teams dialog: the workspace database, edited in place.

Every action calls the :class:`Workspace` API at once (there is no "OK" that
applies a batch), then reads the workspace back, so the dialog never shows
anything the database does not hold. A refused action shows its sentence at
the bottom of the dialog; ``changed`` tells routing pickers, validation and
the preview to refresh. The Accounts and Routing tabs live in their own
modules and act through the same runner.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from designer.errors import DesignerError
from designer.store.constants import AGENT_STATUSES, MAX_CHATS, MIN_CHATS
from designer.ui.inspector.fields import ErrorLabel, muted
from designer.ui.inspector.pickers import avatar_icon
from designer.ui.workspace_accounts import AccountsTab
from designer.ui.workspace_settings import RoutingSettingsTab
from designer.ui.workspace_widgets import centered, line_edit, push_button, quietly, sentence

if TYPE_CHECKING:
    from designer.store import AgentRecord, TeamRecord, Workspace

W = TypeVar("W", bound=QWidget)
NAME, EMAIL, LIVE_CHAT, STATUS, MAX, SIMULATED, TEAMS = range(7)
EMAIL_ROLE = Qt.ItemDataRole.UserRole


class WorkspaceDialog(QDialog):
    """Agents and Live Chat, teams, account routing and the routing settings, edited live."""

    changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspace-dialog")
        self.setWindowTitle(self.tr("Agents and teams"))
        self.workspace = workspace
        self.agents: list[AgentRecord] = []
        self.teams: list[TeamRecord] = []
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._agents_tab(), self.tr("Agents"))
        self.tabs.addTab(self._teams_tab(), self.tr("Teams"))
        self.accounts = AccountsTab(workspace, self._do, lambda q: self.confirm(q), self)
        self.tabs.addTab(self.accounts, self.tr("Accounts"))
        self.routing = RoutingSettingsTab(workspace, self._do, self)
        self.tabs.addTab(self.routing, self.tr("Routing"))
        self.error = ErrorLabel(self)
        self.error.setObjectName("workspace-error")
        where = muted(
            QLabel(self.tr("Workspace: {location}").format(location=workspace.location), self)
        )
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error)
        layout.addWidget(where)
        layout.addWidget(buttons)
        self.resize(820, 480)
        self.reload()

    # --- agents -----------------------------------------------------------------------

    def _agents_tab(self) -> QWidget:
        page = QWidget(self)
        self.table = QTableWidget(0, 7, page)
        self.table.setObjectName("agents-table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Email"),
                self.tr("Live Chat"),
                self.tr("Status"),
                self.tr("Max chats"),
                self.tr("Simulated"),
                self.tr("Teams"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(EMAIL, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._item_edited)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.remove_agent = push_button(
            page, self.tr("Remove agent"), "remove-agent", self._remove_agent
        )
        self.picture = push_button(
            page, self.tr("Choose picture…"), "choose-picture", self._choose_picture
        )
        self.new_name = line_edit(page, self.tr("Name"), "new-agent-name")
        self.new_email = line_edit(page, self.tr("name@company.com"), "new-agent-email")
        self.new_live_chat = QCheckBox(self.tr("Live Chat"), page)
        self.new_live_chat.setObjectName("new-agent-live-chat")
        self.new_live_chat.setChecked(True)
        self.add_agent = push_button(page, self.tr("Add agent"), "add-agent", self._add_agent)
        self.new_email.returnPressed.connect(self._add_agent)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_name, 1)
        add_row.addWidget(self.new_email, 2)
        add_row.addWidget(self.new_live_chat)
        add_row.addWidget(self.add_agent)
        actions = QHBoxLayout()
        tip = muted(QLabel(self.tr("Double-click a name or email to change it."), page))
        actions.addWidget(tip, 1)
        actions.addWidget(self.picture)
        actions.addWidget(self.remove_agent)
        layout = QVBoxLayout(page)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addLayout(add_row)
        return page

    def _fill_agents(self) -> None:
        emails = [a.email for a in self.agents]
        shown = [self._email_at(row) for row in range(self.table.rowCount())]
        self.table.blockSignals(True)
        try:
            if emails != shown:
                self.table.setRowCount(0)
                self.table.setRowCount(len(self.agents))
                for row, agent in enumerate(self.agents):
                    self._make_row(row, agent.email)
            for row, agent in enumerate(self.agents):
                self._show_agent(row, agent)
        finally:
            self.table.blockSignals(False)
        self._selection_changed()

    def _make_row(self, row: int, email: str) -> None:
        """Create the row's cells; their slots find the agent by the email in the row."""
        for column in (NAME, EMAIL, TEAMS):
            item = QTableWidgetItem()
            if column == TEAMS:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, column, item)
        self.table.item(row, NAME).setData(EMAIL_ROLE, email)
        live = QCheckBox()
        live.setObjectName("agent-live-chat")
        live.clicked.connect(lambda on, r=row: self._set_live_chat(r, on))
        self.table.setCellWidget(row, LIVE_CHAT, centered(live))
        status = QComboBox()
        status.setObjectName("agent-status")
        for value in AGENT_STATUSES:
            status.addItem(self._status_name(value), value)
        status.activated.connect(lambda i, r=row, box=status: self._edit(r, status=box.itemData(i)))
        self.table.setCellWidget(row, STATUS, status)
        limit = QSpinBox()
        limit.setObjectName("agent-max-chats")
        limit.setRange(MIN_CHATS, MAX_CHATS)
        limit.valueChanged.connect(lambda value, r=row: self._edit(r, max_chats=value))
        self.table.setCellWidget(row, MAX, limit)
        simulated = QCheckBox()
        simulated.setObjectName("agent-simulated")
        simulated.clicked.connect(lambda on, r=row: self._edit(r, simulated=on))
        self.table.setCellWidget(row, SIMULATED, centered(simulated))

    def _show_agent(self, row: int, agent: AgentRecord) -> None:
        name = self.table.item(row, NAME)
        name.setText(agent.name)
        name.setData(EMAIL_ROLE, agent.email)
        icon = avatar_icon(agent)
        if icon is not None:
            name.setIcon(icon)
        self.table.item(row, EMAIL).setText(agent.email)
        self.table.item(row, TEAMS).setText(", ".join(agent.teams))
        for column, value in ((LIVE_CHAT, agent.live_chat), (SIMULATED, agent.simulated)):
            box = self.cell(row, column, QCheckBox)
            quietly(box, lambda b=box, v=value: b.setChecked(v))
        status = self.cell(row, STATUS, QComboBox)
        quietly(status, lambda: status.setCurrentIndex(max(status.findData(agent.status), 0)))
        limit = self.cell(row, MAX, QSpinBox)
        quietly(limit, lambda: limit.setValue(agent.max_chats))

    def cell(self, row: int, column: int, kind: type[W]) -> W:
        """The editor widget in a cell (checkboxes sit centred inside a holder)."""
        widget = self.table.cellWidget(row, column)
        found = widget if isinstance(widget, kind) else widget.findChild(kind)
        assert found is not None
        return found

    def row_of(self, email: str) -> int:
        """The table row showing this agent, or -1."""
        for row in range(self.table.rowCount()):
            if self._email_at(row) == email:
                return row
        return -1

    def _email_at(self, row: int) -> str | None:
        item = self.table.item(row, NAME)
        return item.data(EMAIL_ROLE) if item is not None else None

    def _status_name(self, status: str) -> str:
        names = {
            "available": self.tr("Available"),
            "away": self.tr("Away"),
            "offline": self.tr("Offline"),
        }
        return names.get(status, status)

    def _selected_email(self) -> str | None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        return self._email_at(min(rows)) if rows else None

    def _selection_changed(self) -> None:
        chosen = self._selected_email() is not None
        self.remove_agent.setEnabled(chosen)
        self.picture.setEnabled(chosen)

    def _item_edited(self, item: QTableWidgetItem) -> None:
        email = self._email_at(item.row())
        if email is None:
            return
        if item.column() == NAME:
            self._do(lambda: self.workspace.edit_agent(email, name=item.text()))
        elif item.column() == EMAIL:
            self._do(lambda: self.workspace.edit_agent(email, new_email=item.text()))

    def _edit(self, row: int, **changes: object) -> None:
        email = self._email_at(row)
        if email is not None:
            self._do(lambda: self.workspace.edit_agent(email, **changes))  # type: ignore[arg-type]

    def _set_live_chat(self, row: int, allowed: bool) -> None:
        email = self._email_at(row)
        if email is not None:
            action = self.workspace.grant if allowed else self.workspace.revoke
            self._do(lambda: action(email))

    def _add_agent(self) -> None:
        name, email = self.new_name.text(), self.new_email.text()
        live = self.new_live_chat.isChecked()
        if self._do(lambda: self.workspace.add_agent(name, email, live_chat=live)):
            self.new_name.clear()
            self.new_email.clear()
            self.new_name.setFocus()

    def _remove_agent(self) -> None:
        email = self._selected_email()
        if email is None:
            return
        try:
            domains = self.workspace.accounts_of(email)
        except DesignerError as exc:
            self.error.show_error(sentence(exc))
            return
        if domains:
            question = self.tr(
                "Remove {email} from the workspace and from their teams? Their account "
                "routing goes too: visitors of {domains} will follow each card's routing "
                "again. Saved transcripts stay."
            ).format(email=email, domains=self.accounts.domain_list(domains))
        else:
            question = self.tr(
                "Remove {email} from the workspace and from their teams? Saved transcripts stay."
            ).format(email=email)
        if self.confirm(question):
            self._do(lambda: self.workspace.remove_agent(email))

    def _choose_picture(self) -> None:
        email = self._selected_email()
        if email is None:
            return
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a picture"), "", self.tr("Pictures (*.png *.jpg *.jpeg *.svg)")
        )
        if path:
            self._do(lambda: self.workspace.edit_agent(email, avatar=path))

    # --- teams ------------------------------------------------------------------------

    def _teams_tab(self) -> QWidget:
        page = QWidget(self)
        self.team_list = QListWidget(page)
        self.team_list.setObjectName("teams-list")
        self.team_list.currentRowChanged.connect(lambda _row: self._fill_members())
        self.new_team = line_edit(page, self.tr("New team name"), "new-team-name")
        self.new_team.returnPressed.connect(self._add_team)
        add_team = push_button(page, self.tr("Add team"), "add-team", self._add_team)
        self.remove_team = push_button(
            page, self.tr("Remove team"), "remove-team", self._remove_team
        )
        self.members = QListWidget(page)
        self.members.setObjectName("members-list")
        self.member_picker = QComboBox(page)
        self.member_picker.setObjectName("member-picker")
        self.add_member = push_button(page, self.tr("Add to team"), "add-member", self._add_member)
        self.remove_member = push_button(
            page, self.tr("Remove from team"), "remove-member", self._remove_member
        )

        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Teams"), page))
        left.addWidget(self.team_list, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_team, 1)
        row.addWidget(add_team)
        left.addLayout(row)
        left.addWidget(self.remove_team)
        right = QVBoxLayout()
        self.members_title = QLabel(page)
        right.addWidget(self.members_title)
        right.addWidget(self.members, 1)
        row = QHBoxLayout()
        row.addWidget(self.member_picker, 1)
        row.addWidget(self.add_member)
        right.addLayout(row)
        right.addWidget(self.remove_member)
        layout = QHBoxLayout(page)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)
        return page

    def _fill_teams(self) -> None:
        current = self.selected_team()
        self.team_list.blockSignals(True)
        self.team_list.clear()
        for team in self.teams:
            item = QListWidgetItem(team.name)
            item.setData(EMAIL_ROLE, team.name)
            self.team_list.addItem(item)
        names = [t.name for t in self.teams]
        self.team_list.setCurrentRow(names.index(current) if current in names else 0)
        self.team_list.blockSignals(False)
        self._fill_members()

    def selected_team(self) -> str | None:
        item = self.team_list.currentItem()
        return item.data(EMAIL_ROLE) if item is not None else None

    def select_team(self, name: str) -> None:
        for row in range(self.team_list.count()):
            if self.team_list.item(row).data(EMAIL_ROLE) == name:
                self.team_list.setCurrentRow(row)

    def _fill_members(self) -> None:
        name = self.selected_team()
        team = next((t for t in self.teams if t.name == name), None)
        by_email = {a.email: a for a in self.agents}
        self.members.clear()
        self.member_picker.clear()
        self.members_title.setText(
            self.tr("Members of {team}").format(team=name) if team else self.tr("No team selected")
        )
        for email in team.members if team else ():
            agent = by_email.get(email)
            item = QListWidgetItem(f"{agent.name} <{email}>" if agent else email)
            item.setData(EMAIL_ROLE, email)
            self.members.addItem(item)
        for agent in self.agents:
            if team and agent.email not in team.members:
                self.member_picker.addItem(f"{agent.name} <{agent.email}>", agent.email)
        for widget in (self.remove_team, self.member_picker, self.add_member, self.remove_member):
            widget.setEnabled(team is not None)
        self.add_member.setEnabled(self.member_picker.count() > 0)

    def _add_team(self) -> None:
        name = self.new_team.text()
        if self._do(lambda: self.workspace.add_team(name)):
            self.new_team.clear()
            self.select_team(" ".join(name.split()))

    def _remove_team(self) -> None:
        name = self.selected_team()
        question = self.tr("Remove team {team}? Its agents stay in the workspace.")
        if name and self.confirm(question.format(team=name)):
            self._do(lambda: self.workspace.remove_team(name))

    def _add_member(self) -> None:
        name, email = self.selected_team(), self.member_picker.currentData()
        if name and isinstance(email, str):
            self._do(lambda: self.workspace.add_member(name, email))

    def _remove_member(self) -> None:
        name, item = self.selected_team(), self.members.currentItem()
        if name and item is not None:
            email = item.data(EMAIL_ROLE)
            self._do(lambda: self.workspace.remove_member(name, email))

    # --- common -------------------------------------------------------------------------

    def reload(self) -> None:
        """Read agents, teams, accounts and settings back from the workspace and show them."""
        try:
            self.agents = self.workspace.list_agents()
            self.teams = self.workspace.list_teams()
            accounts = self.workspace.list_accounts()
            settings = self.workspace.settings()
        except DesignerError as exc:
            self.error.show_error(sentence(exc))
            return
        self._fill_agents()
        self._fill_teams()
        self.accounts.show_workspace(accounts, self.agents)
        self.routing.show_settings(settings)

    def changeEvent(self, event: QEvent) -> None:
        """Coming back to the dialog re-reads the workspace: a terminal may have changed it."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.reload()

    def _do(self, action: Callable[[], object]) -> bool:
        """Run one workspace action; show its refusal, or reload and announce the change."""
        try:
            action()
        except DesignerError as exc:
            self.error.show_error(sentence(exc))
            self.reload()  # put back what the user typed over (a refused name or email)
            return False
        self.error.clear_error()
        self.reload()
        self.changed.emit()
        return True

    def confirm(self, question: str) -> bool:
        """Ask before removing what cannot be undone (tests answer it directly)."""
        answer = QMessageBox.question(self, self.tr("Agents and teams"), question)
        return answer == QMessageBox.StandardButton.Yes
