"""The window's way to the workspace database: opened on first need, errors as sentences.

Opening is deferred because most sessions of editing never touch agents;
the routing panel and "Manage agents and teams…" ask for it. Validation
checks routing against the workspace's people only when a workspace already
exists (as the command line does): starting the app never creates one.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from designer.errors import DesignerError
from designer.model.validation import AgentInfo, Directory, StaticDirectory

if TYPE_CHECKING:
    from designer.store import Workspace


class WorkspaceAccess(QObject):
    """Holds at most one open :class:`Workspace`; ``error`` carries why it could not open."""

    error = Signal(str)
    changed = Signal()

    def __init__(self, url: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.url = url
        self._workspace: Workspace | None = None
        self._directory: tuple[object, Directory | None] = ((), None)

    def workspace(self) -> Workspace | None:
        """The open workspace (opening or creating it now); None after telling why not."""
        if self._workspace is None:
            try:
                from designer.store import Workspace

                self._workspace = Workspace.open(self.url)
            except DesignerError as exc:
                self.error.emit(str(exc))
                return None
        return self._workspace

    def exists(self) -> bool:
        """Whether a workspace is configured or already on disk (so reading it creates nothing)."""
        if self._workspace is not None:
            return True
        try:
            from designer.store.location import (
                ENV_VAR,
                default_database_path,
                resolve_database_url,
                sqlite_file,
            )
        except ImportError:  # pragma: no cover - the store is part of every build
            return False
        if not (
            self.url or os.environ.get(ENV_VAR, "").strip() or default_database_path().exists()
        ):
            return False
        try:
            url, _default = resolve_database_url(self.url)
            file = sqlite_file(url)
        except DesignerError:
            return False
        return file is None or file.exists()

    def directory(self) -> Directory | None:
        """Agents and teams for routing checks; None when there is no (or an empty) workspace.

        The same object comes back while the people are unchanged, so callers
        can tell a real change (and revalidate) from a routine re-read.
        """
        if not self.exists():
            return None
        workspace = self.workspace()
        if workspace is None:
            return None
        try:
            agents = workspace.list_agents()
            teams = workspace.list_teams()
        except DesignerError as exc:
            self.error.emit(str(exc))
            return None
        if not agents and not teams:
            return None
        infos = [AgentInfo(a.email, a.name, a.live_chat) for a in agents]
        members = {t.name: list(t.members) for t in teams}
        key = (tuple(infos), tuple((name, tuple(m)) for name, m in members.items()))
        if self._directory[0] != key:
            self._directory = (key, StaticDirectory(infos, members))
        return self._directory[1]

    def notify_changed(self) -> None:
        """Agents or teams were edited (the manage dialog says so): pickers and checks refresh."""
        self.changed.emit()

    def close(self) -> None:
        if self._workspace is not None:
            self._workspace.close()
            self._workspace = None
