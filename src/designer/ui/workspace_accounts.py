"""The Accounts tab: which agent takes the visitors of each email domain, before any card.

PRODUCT.md's first routing step, edited in place like the rest of the dialog:
each add, remove or import is one workspace call through the dialog's runner,
which shows a refusal as the store's sentence, reads the workspace back and
refills this tab (so agents removed on the Agents tab take their domains along).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from designer.ui.inspector.fields import muted
from designer.ui.inspector.pickers import avatar_icon
from designer.ui.plural import plural
from designer.ui.theme import themed_style
from designer.ui.workspace_widgets import Asker, Runner, line_edit, push_button

if TYPE_CHECKING:
    from designer.store import AccountImport, AccountRecord, AgentRecord, Workspace

DOMAIN, AGENT, AGENT_EMAIL = range(3)
DOMAIN_ROLE = Qt.ItemDataRole.UserRole
LISTED = 5
"""Domains a sentence names before "and N more": a CRM import can give one agent hundreds."""


class AccountsTab(QWidget):
    """Map email domains to agents one by one, or import a ``domain,agent`` CSV file."""

    def __init__(
        self, workspace: Workspace, run: Runner, confirm: Asker, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("accounts-tab")
        self.workspace = workspace
        self._run = run
        self._confirm = confirm
        self.accounts: list[AccountRecord] = []

        intro = muted(
            QLabel(
                self.tr(
                    "Visitors whose email is at a listed domain go to its agent before any "
                    "card's routing. When that agent cannot take the chat, the visitor gets "
                    "the fallback message: no other agent is tried."
                ),
                self,
            )
        )
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("accounts-table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Email domain"), self.tr("Agent"), self.tr("Agent's email")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AGENT_EMAIL, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self._remove)
        self.empty = muted(
            QLabel(
                self.tr(
                    "No account routing yet: every visitor follows the card's routing. Add a "
                    "domain below or import a CSV file from your CRM."
                ),
                self,
            )
        )
        self.empty.setObjectName("accounts-empty")
        self.note = QLabel(self)
        self.note.setObjectName("accounts-note")
        self.note.setWordWrap(True)
        themed_style(
            self.note,
            "color: {warning_text}; background: {warning_back}; border-radius: 3px; padding: 3px;",
        )
        self.remove = push_button(self, self.tr("Remove domain"), "remove-account", self._remove)

        self.new_domain = line_edit(
            self, self.tr("Email domain, like acme.com"), "new-account-domain"
        )
        self.new_domain.textChanged.connect(lambda _text: self._update_add())
        self.new_domain.returnPressed.connect(self._add)
        self.agent_picker = QComboBox(self)
        self.agent_picker.setObjectName("account-agent")
        self.agent_picker.setPlaceholderText(self.tr("Add an agent first"))
        self.add = push_button(self, self.tr("Add domain"), "add-account", self._add)

        self.import_button = push_button(
            self, self.tr("Import CSV…"), "import-accounts", self._import
        )
        self.import_button.setToolTip(
            self.tr(
                "A UTF-8 CSV file with the header domain,agent, then one domain a line. "
                "An import is all or nothing."
            )
        )
        self.replace = QCheckBox(self.tr("Replace the list with the file's"), self)
        self.replace.setObjectName("accounts-replace")
        self.replace.setToolTip(self.tr("Also remove the domains the file does not list"))
        self.summary = QLabel(self)
        self.summary.setObjectName("accounts-summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.hide()

        actions = QHBoxLayout()
        actions.addWidget(self.import_button)
        actions.addWidget(self.replace)
        actions.addStretch(1)
        actions.addWidget(self.remove)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_domain, 2)
        add_row.addWidget(self.agent_picker, 3)
        add_row.addWidget(self.add)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.note)
        layout.addLayout(actions)
        layout.addWidget(self.summary)
        layout.addLayout(add_row)

    # --- showing the workspace ---------------------------------------------------------------

    def show_workspace(self, accounts: list[AccountRecord], agents: list[AgentRecord]) -> None:
        """Show the mapped domains and offer the workspace's agents, keeping the user's picks."""
        chosen = set(self.selected_domains())
        self.accounts = accounts
        by_email = {agent.email: agent for agent in agents}
        self.table.blockSignals(True)
        try:
            self.table.clearSelection()
            self.table.setRowCount(len(accounts))
            for row, account in enumerate(accounts):
                self._show_account(row, account, by_email.get(account.agent))
        finally:
            self.table.blockSignals(False)
        self.select_domains(chosen)
        self.empty.setVisible(not accounts)
        self._show_note(accounts, by_email)
        self._fill_picker(agents)
        self._selection_changed()

    def _show_account(self, row: int, account: AccountRecord, agent: AgentRecord | None) -> None:
        domain = QTableWidgetItem(account.domain)
        domain.setData(DOMAIN_ROLE, account.domain)
        name = QTableWidgetItem(account.agent_name or account.agent)
        email = QTableWidgetItem(account.agent)
        if agent is not None:
            icon = avatar_icon(agent)
            if icon is not None:
                name.setIcon(icon)
            if not agent.live_chat:
                warning = self._no_live_chat(agent, [account.domain])
                for item in (domain, name, email):
                    item.setToolTip(warning)
                domain.setIcon(
                    self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
                )
        for column, item in ((DOMAIN, domain), (AGENT, name), (AGENT_EMAIL, email)):
            self.table.setItem(row, column, item)

    def _show_note(self, accounts: list[AccountRecord], by_email: dict[str, AgentRecord]) -> None:
        """Accounts of an agent without Live Chat always get the fallback: say so, once each."""
        stranded: dict[str, list[str]] = {}
        for account in accounts:
            agent = by_email.get(account.agent)
            if agent is not None and not agent.live_chat:
                stranded.setdefault(agent.email, []).append(account.domain)
        lines = [
            self._no_live_chat(by_email[email], domains) for email, domains in stranded.items()
        ]
        self.note.setText("\n".join(lines))
        self.note.setVisible(bool(lines))

    def _no_live_chat(self, agent: AgentRecord, domains: Sequence[str]) -> str:
        return self.tr(
            "{agent} cannot take live chats, so visitors of {domains} get the fallback "
            "message: grant Live Chat on the Agents tab."
        ).format(agent=agent.name, domains=self.domain_list(domains))

    def _fill_picker(self, agents: list[AgentRecord]) -> None:
        picker = self.agent_picker
        current = picker.currentData()
        picker.blockSignals(True)
        try:
            picker.clear()
            for agent in agents:
                icon = avatar_icon(agent)
                if icon is not None:
                    picker.addItem(icon, agent.display, agent.email)
                else:
                    picker.addItem(agent.display, agent.email)
            found = picker.findData(current)
            picker.setCurrentIndex(found if found >= 0 else (0 if agents else -1))
        finally:
            picker.blockSignals(False)
        picker.setEnabled(bool(agents))
        self._update_add()

    def domain_list(self, domains: Sequence[str]) -> str:
        """``a.com, b.com`` or, past a handful, ``a.com, …, e.com and 12 more``."""
        if len(domains) <= LISTED + 1:
            return ", ".join(domains)
        rest = len(domains) - LISTED
        return self.tr("{domains} and %n more", "", rest).format(
            domains=", ".join(domains[:LISTED])
        )

    # --- selection ---------------------------------------------------------------------------

    def selected_domains(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        items = (self.table.item(row, DOMAIN) for row in rows)
        return [item.data(DOMAIN_ROLE) for item in items if item is not None]

    def select_domains(self, domains: set[str]) -> None:
        model = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row, account in enumerate(self.accounts):
            if account.domain in domains:
                model.select(self.table.model().index(row, DOMAIN), flags)

    def row_of(self, domain: str) -> int:
        """The table row showing ``domain``, or -1."""
        domains = [account.domain for account in self.accounts]
        return domains.index(domain) if domain in domains else -1

    def _selection_changed(self) -> None:
        self.remove.setEnabled(bool(self.selected_domains()))

    def _update_add(self) -> None:
        ready = bool(self.new_domain.text().strip()) and self.agent_picker.currentIndex() >= 0
        self.add.setEnabled(ready)

    # --- actions -----------------------------------------------------------------------------

    def _add(self) -> None:
        domain, email = self.new_domain.text(), self.agent_picker.currentData()
        if not domain.strip() or not isinstance(email, str):
            return
        added: list[AccountRecord] = []
        if self._run(lambda: added.append(self.workspace.add_account(domain, email))):
            self.new_domain.clear()
            self.new_domain.setFocus()
            self.table.clearSelection()
            self.select_domains({added[0].domain})
            row = self.row_of(added[0].domain)
            if row >= 0:
                self.table.scrollTo(self.table.model().index(row, DOMAIN))

    def _remove(self) -> None:
        domains = self.selected_domains()
        if not domains:
            return

        def remove_all() -> None:
            self.workspace.remove_accounts(domains)  # all or none

        self._run(remove_all)

    def _import(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import account routing"),
            "",
            self.tr("CSV files (*.csv);;All files (*)"),
        )
        if not path:
            return
        name = Path(path).name
        replace = self.replace.isChecked()
        question = self.tr(
            "Replace the account list with {file}'s? Mapped domains the file does not list "
            "are removed: their visitors follow each card's routing again."
        )
        if replace and not self._confirm(question.format(file=name)):
            return
        self.summary.hide()
        done: list[AccountImport] = []
        if self._run(lambda: done.append(self.workspace.import_accounts(path, replace=replace))):
            self.summary.setText(self.summary_text(name, done[0]))
            self.summary.show()

    def summary_text(self, name: str, done: AccountImport) -> str:
        """What the import changed, as one sentence naming the file."""
        parts = []
        if done.added:
            n = len(done.added)
            parts.append(plural(self.tr("%n domain(s) added", "", n), n))
        if done.moved:
            parts.append(self.tr("%n moved to another agent", "", len(done.moved)))
        if done.unchanged:
            parts.append(self.tr("%n unchanged", "", len(done.unchanged)))
        if done.removed:
            removed = self.tr("%n removed ({domains})", "", len(done.removed))
            parts.append(removed.format(domains=self.domain_list(done.removed)))
        if not parts:
            return self.tr("Imported {file}: it lists no domains, so nothing changed.").format(
                file=name
            )
        return self.tr("Imported {file}: {changes}.").format(file=name, changes=", ".join(parts))
