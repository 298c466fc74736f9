"""Agent and team pickers filled from the workspace, for the routing panel and its rules.

Each agent shows their name and email, their avatar when the picture loads,
and a warning with " — no Live Chat permission" when they may not take chats
(routing to them is allowed, validation warns). A name the routing holds but
the workspace lacks stays visible, marked, so the document's value is always shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QStyle, QWidget

from designer.ui.plural import plural
from designer.ui.translations import tr as _tr

if TYPE_CHECKING:
    from designer.store.records import AgentRecord, TeamRecord

ICON = QSize(20, 20)


def no_permission_suffix() -> str:
    return _tr(" — no Live Chat permission")


def picker(name: str, parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.setIconSize(ICON)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(16)
    return combo


def avatar_icon(agent: AgentRecord) -> QIcon | None:
    """The agent's picture as a small icon, or None when there is none that loads."""
    pixmap = QPixmap()
    if agent.avatar_image:
        pixmap.loadFromData(agent.avatar_image)
    elif agent.avatar_path:
        pixmap.load(agent.avatar_path)
    if pixmap.isNull():
        return None
    scaled = pixmap.scaled(
        ICON,
        Qt.AspectRatioMode.KeepAspectRatioByExpanding,
        Qt.TransformationMode.SmoothTransformation,
    )
    return QIcon(scaled)


def _warning(widget: QWidget) -> QIcon:
    return widget.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


def _add_disabled(combo: QComboBox, text: str) -> None:
    combo.addItem(text, None)
    model = combo.model()
    if isinstance(model, QStandardItemModel):
        item = model.item(combo.count() - 1)
        item.setEnabled(False)
        item.setSelectable(False)


def fill_agents(combo: QComboBox, agents: Sequence[AgentRecord], current: str | None) -> None:
    """Every agent (data: email), plus ``current`` marked when the workspace lacks it."""
    combo.blockSignals(True)
    try:
        combo.clear()
        if not agents:
            _add_disabled(combo, _tr("No agents in the workspace — Manage agents…"))
        for agent in agents:
            text = f"{agent.name} <{agent.email}>"
            icon = avatar_icon(agent)
            tip = _tr("Holds the Live Chat permission.")
            if not agent.live_chat:
                text += no_permission_suffix()
                icon = _warning(combo)
                tip = _tr("Cannot take live chats until the permission is granted.")
            if icon is None:
                combo.addItem(text, agent.email)
            else:
                combo.addItem(icon, text, agent.email)
            combo.setItemData(combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        known = {a.email.casefold() for a in agents}
        if current and current.casefold() not in known:
            combo.addItem(
                _warning(combo),
                _tr("{email} — not in this workspace").format(email=current),
                current,
            )
        index = _find(combo, current)
        combo.setCurrentIndex(index if index >= 0 else 0)
    finally:
        combo.blockSignals(False)


def fill_teams(combo: QComboBox, teams: Sequence[TeamRecord], current: str | None) -> None:
    """Every team (data: name) with its size, plus ``current`` marked when unknown."""
    combo.blockSignals(True)
    try:
        combo.clear()
        if not teams:
            _add_disabled(combo, _tr("No teams in the workspace — Manage teams…"))
        for team in teams:
            n = len(team.members)
            size = plural(_tr("%n member(s)", "", n), n)
            combo.addItem(_tr("{team} ({size})").format(team=team.name, size=size), team.name)
        if current and current not in {t.name for t in teams}:
            combo.addItem(
                _warning(combo), _tr("{team} — not in this workspace").format(team=current), current
            )
        index = _find(combo, current)
        combo.setCurrentIndex(index if index >= 0 else 0)
    finally:
        combo.blockSignals(False)


def _find(combo: QComboBox, value: str | None) -> int:
    if value is None:
        return -1
    for i in range(combo.count()):
        data = combo.itemData(i)
        if isinstance(data, str) and data.casefold() == value.casefold():
            return i
    return -1


def first_agent(agents: Sequence[AgentRecord]) -> str | None:
    """Whom a new choice starts with: the first agent allowed to chat, else the first one."""
    allowed = [a for a in agents if a.live_chat]
    pick = (allowed or list(agents) or [None])[0]
    return pick.email if pick is not None else None


def first_team(teams: Sequence[TeamRecord]) -> str | None:
    return teams[0].name if teams else None
