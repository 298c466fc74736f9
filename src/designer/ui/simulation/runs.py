"""The simulation runs kept in the workspace for the open dialog, newest first.

Kept runs are how a marketer compares "before" and "after" an edit to the
routing: each one reopens with its charts, drawn from the results stored then.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from designer.ui.simulation.numbers import count
from designer.ui.theme import themed_style

if TYPE_CHECKING:
    from designer.store.records import SimulationRunRecord
    from designer.ui.controller import DocumentController

RUN_ROLE = Qt.ItemDataRole.UserRole


def dialog_key(controller: DocumentController) -> str:
    """How runs name their dialog in the workspace: its file, as ``designer simulate`` does."""
    path = controller.path
    return str(path) if path else controller.document.name


def same_dialog(controller: DocumentController, stored: str) -> bool:
    """Whether a kept run is of the open dialog (the CLI may have kept a relative path)."""
    path = controller.path
    if path is None:
        return stored == controller.document.name
    try:
        return Path(stored).resolve() == path.resolve()
    except OSError:
        return stored == str(path)


def local_time(moment: datetime) -> str:
    """The store keeps UTC; people read their own clock."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class KeptRuns(QWidget):
    """A list of kept runs; double-click or Show asks to reopen one (``reopenRequested``)."""

    reopenRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setObjectName("kept-runs")
        self.list.itemActivated.connect(self._activated)
        self.list.currentItemChanged.connect(lambda *_: self._update_button())
        self.empty = QLabel(
            self.tr(
                "No run of this dialog is kept yet. After a simulation, choose "
                "\u201cKeep in workspace\u201d to compare it with later runs."
            ),
            self,
        )
        self.empty.setWordWrap(True)
        themed_style(self.empty, "color: {muted};")
        self.show_button = QPushButton(self.tr("Show"), self)
        self.show_button.clicked.connect(self._show_current)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.show_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.set_runs([])

    def set_runs(self, runs: Sequence[SimulationRunRecord]) -> None:
        self.list.clear()
        for run in runs:
            seed = "" if run.seed is None else self.tr(", seed {0}").format(run.seed)
            text = self.tr("{0} — {1} visitors{2}").format(
                local_time(run.created_at), count(run.visitors), seed
            )
            item = QListWidgetItem(text, self.list)
            item.setData(RUN_ROLE, run.id)
            item.setToolTip(self.tr("Run {0} of {1}").format(run.id, run.dialog))
        self.empty.setVisible(not runs)
        self.list.setVisible(bool(runs))
        self._update_button()

    def run_ids(self) -> list[int]:
        return [int(self.list.item(i).data(RUN_ROLE)) for i in range(self.list.count())]

    def _update_button(self) -> None:
        self.show_button.setEnabled(self.list.currentItem() is not None)

    def _show_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self._activated(item)

    def _activated(self, item: QListWidgetItem) -> None:
        self.reopenRequested.emit(int(item.data(RUN_ROLE)))
