"""The Routing tab: what a visitor gets when nobody can take the chat, and chat defaults.

Each field writes its workspace setting as soon as the edit is finished (the
store checks the value again and its refusal is shown as its sentence), so the
next preview and simulation use it, as ``designer settings set`` would.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from designer.store.constants import MAX_CHATS, MIN_CHATS
from designer.ui.inspector.base import section
from designer.ui.inspector.fields import muted
from designer.ui.workspace_widgets import Runner, quietly

if TYPE_CHECKING:
    from designer.store import Workspace

SAFETY_NET = "round_robin_when_nobody_eligible"
FALLBACK = "fallback_message"
WAIT = "visitor_wait_seconds"
DEFAULT_MAX = "default_max_chats"
WAIT_SECONDS = (10, 500)
"""The store's range for the visitor wait; the spin box keeps to it, the store checks it."""


class RoutingSettingsTab(QWidget):
    """The routing safety net, the workspace fallback message, the visitor wait, the chat limit."""

    def __init__(self, workspace: Workspace, run: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("routing-settings-tab")
        self.workspace = workspace
        self._run = run
        self.values: dict[str, Any] = {}

        self.safety_net = QCheckBox(
            self.tr(
                "When a card's routing finds nobody, offer the chat to every available agent "
                "in turn"
            ),
            self,
        )
        self.safety_net.setObjectName("safety-net")
        self.safety_net.clicked.connect(lambda on: self._set(SAFETY_NET, bool(on)))
        self.fallback = QLineEdit(self)
        self.fallback.setObjectName("fallback-message")
        self.fallback.editingFinished.connect(self._fallback_edited)
        self.wait = QSpinBox(self)
        self.wait.setObjectName("visitor-wait")
        self.wait.setRange(*WAIT_SECONDS)
        self.wait.setSuffix(self.tr(" s"))
        self.wait.setKeyboardTracking(False)  # "250" is one edit, not 2, 25 and 250
        self.wait.valueChanged.connect(lambda value: self._set(WAIT, value))
        self.max_chats = QSpinBox(self)
        self.max_chats.setObjectName("default-max-chats")
        self.max_chats.setRange(MIN_CHATS, MAX_CHATS)
        self.max_chats.setKeyboardTracking(False)
        self.max_chats.valueChanged.connect(lambda value: self._set(DEFAULT_MAX, value))

        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        rows = (
            (
                self.tr("Fallback message"),
                self.fallback,
                self.fallback,
                self.tr(
                    "What a visitor reads when no agent can take the chat. A Live Chat card "
                    "can have its own."
                ),
            ),
            (
                self.tr("Visitor wait time"),
                _left(self.wait),
                self.wait,
                self.tr(
                    "How long a chat offered to an agent waits for them to accept before "
                    "another agent is tried."
                ),
            ),
            (
                self.tr("Default chat limit"),
                _left(self.max_chats),
                self.max_chats,
                self.tr(
                    "How many chats at once an agent added from now on may take; agents you "
                    "already have keep theirs."
                ),
            ),
        )
        for i, (title, field, buddy, hint) in enumerate(rows):
            label = QLabel(title, self)
            label.setBuddy(buddy)
            grid.addWidget(label, 2 * i, 0)
            grid.addWidget(field, 2 * i, 1)
            grid.addWidget(muted(QLabel(hint, self)), 2 * i + 1, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(section(self.tr("When nobody can take the chat")))
        layout.addWidget(self.safety_net)
        layout.addWidget(
            muted(
                QLabel(
                    self.tr(
                        "For a card whose agent is away or whose team is full. Visitors who "
                        "match none of a card's custom rules, and visitors of an account "
                        "whose agent cannot take the chat, still get the fallback message."
                    ),
                    self,
                )
            )
        )
        layout.addWidget(section(self.tr("Workspace defaults")))
        layout.addLayout(grid)
        layout.addStretch(1)

    def show_settings(self, values: dict[str, Any]) -> None:
        """Show the stored values; a fallback message being typed is left to its author."""
        self.values = dict(values)
        quietly(self.safety_net, lambda: self.safety_net.setChecked(bool(values[SAFETY_NET])))
        if not (self.fallback.hasFocus() and self.fallback.isModified()):
            quietly(self.fallback, lambda: self.fallback.setText(str(values[FALLBACK])))
            self.fallback.setCursorPosition(0)
        quietly(self.wait, lambda: self.wait.setValue(int(values[WAIT])))
        quietly(self.max_chats, lambda: self.max_chats.setValue(int(values[DEFAULT_MAX])))

    def _fallback_edited(self) -> None:
        self.fallback.setModified(False)  # a refused message is put back by the reload
        self._set(FALLBACK, self.fallback.text())

    def _set(self, key: str, value: Any) -> None:
        """Store one setting, unless it already holds this value (focus-out repeats Enter)."""
        if isinstance(value, str) and value.strip() == self.values.get(key):
            return
        if not isinstance(value, str) and self.values.get(key) == value:
            return
        self._run(lambda: self.workspace.set_setting(key, value))


def _left(field: QWidget) -> QWidget:
    """A narrow field kept at its natural width, on the left of its column."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(field)
    row.addStretch(1)
    return holder
