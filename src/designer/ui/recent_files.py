"""The recently opened dialog files, kept in QSettings so every window and session shares them.

The list is read from the settings each time it is asked for, so two windows
of one session never disagree and a list edited by another session is seen
the next time the menu opens.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

KEY = "recentFiles"
LIMIT = 10


class RecentFiles:
    """Most recent first, no duplicates, at most :data:`LIMIT` entries."""

    def __init__(self, limit: int = LIMIT) -> None:
        self.limit = limit

    def paths(self) -> list[Path]:
        value = QSettings().value(KEY, [])
        if value is None:
            return []
        if isinstance(value, str):  # an INI file holding one entry gives a plain string
            value = [value]
        return [Path(str(v)) for v in value if str(v)]

    def add(self, path: str | Path) -> None:
        """Put ``path`` on top (moving it up if it was already listed)."""
        entry = Path(path).resolve()
        rest = [p for p in self.paths() if p != entry]
        self._store([entry, *rest][: self.limit])

    def remove(self, path: str | Path) -> None:
        entry = Path(path)
        self._store([p for p in self.paths() if p != entry and p != entry.resolve()])

    def clear(self) -> None:
        self._store([])

    def _store(self, paths: list[Path]) -> None:
        settings = QSettings()
        settings.setValue(KEY, [str(p) for p in paths])
        settings.sync()
