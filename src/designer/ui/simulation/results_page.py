"""The Results tab: one run's charts and what can be done with them (heat, CSV, keep).

It knows which version of the dialog its results describe: every edit that
can change where visitors go bumps a revision number, and results from an
older revision are "stale": their heat comes off the canvas (and cannot be
put back) because it would draw a dialog that no longer exists.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from designer.errors import DesignerError
from designer.ui.simulation.export import write_results_csv
from designer.ui.simulation.results import Names, ResultsView, heat_maps
from designer.ui.simulation.runs import dialog_key
from designer.ui.theme import themed_style
from designer.ui.worded import worded_text

if TYPE_CHECKING:
    from designer.ui.canvas.scene import DialogScene
    from designer.ui.controller import DocumentController
    from designer.ui.workspace_access import WorkspaceAccess

CHART_KEYS = {  # chart name -> the report's key it draws
    "agents": "assignments_per_agent",
    "teams": "assignments_per_team",
    "fallbacks": "fallbacks_by_reason",
    "safety-net": "safety_net_by_reason",
    "drop-offs": "drop_offs_per_card",
}
MUTED = "color: {muted};"  # a themed_style template


class ResultsPage(QWidget):
    """Shows one results dict (``to_dict()`` form); ``kept(run id)`` and ``message`` go out."""

    kept = Signal(int)
    message = Signal(str)

    def __init__(
        self,
        controller: DocumentController,
        access: WorkspaceAccess,
        scene: DialogScene,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.access = access
        self.scene = scene
        self.results: dict[str, Any] | None = None
        self.agent_names: dict[str, str] = {}
        self.revision = 0  # bumped by every edit that can change where visitors go
        self._results_revision = 0
        self._kept_id: int | None = None
        self._heat_on = False
        self._build()
        self.heat.toggled.connect(self._apply_heat)
        self.export_button.clicked.connect(lambda: self.export_csv())
        self.keep_button.clicked.connect(lambda: self.keep_in_workspace())
        ctrl = controller
        edits = (ctrl.cardAdded, ctrl.cardRemoved, ctrl.cardChanged, ctrl.edgeAdded)
        for signal in (*edits, ctrl.edgeRemoved, ctrl.startChanged, ctrl.documentReset):
            signal.connect(self._dialog_edited)
        ctrl.documentReset.connect(self.clear)
        self.clear()

    def _build(self) -> None:
        self.heat = QCheckBox(self.tr("Show on canvas"), self)
        self.heat.setObjectName("show-heat")
        self.heat.setToolTip(
            self.tr("Shade cards and thicken links by how many visitors passed through them")
        )
        self.export_button = QPushButton(self.tr("Export CSV…"), self)
        self.keep_button = QPushButton(self.tr("Keep in workspace"), self)
        self.keep_button.setToolTip(self.tr("Store this run to compare it with later ones"))
        self.source = QLabel(self)
        self.source.setObjectName("results-source")
        self.source.setWordWrap(True)
        themed_style(self.source, MUTED)
        self.view = ResultsView(self)
        self.placeholder = QLabel(
            self.tr(
                "Run a simulation to see where visitors go: live chats per agent and team, "
                "fallback messages and where visitors leave."
            ),
            self,
        )
        self.placeholder.setWordWrap(True)
        themed_style(self.placeholder, MUTED)
        actions = QHBoxLayout()
        actions.addWidget(self.heat)
        actions.addStretch(1)
        actions.addWidget(self.export_button)
        actions.addWidget(self.keep_button)
        content = QWidget(self)
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 8, 0)
        for widget in (self.placeholder, self.source, self.view):
            inner.addWidget(widget)
        inner.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(actions)
        layout.addWidget(scroll, 1)

    # --- what is shown --------------------------------------------------------------------------

    @property
    def stale(self) -> bool:
        """Whether the dialog was edited since the results shown were produced."""
        return self.results is not None and self._results_revision != self.revision

    def names(self) -> Names:
        cards = {c.id: worded_text(c.display_title()) for c in self.controller.document.cards()}
        return Names(dict(self.agent_names), cards)

    def chart_data(self) -> dict[str, dict[str, int]]:
        """What the four charts show, under the report's own keys."""
        return {CHART_KEYS[name]: chart.counts() for name, chart in self.view.charts().items()}

    def show_results(
        self, results: dict[str, Any], revision: int, kept: int | None, source: str
    ) -> None:
        """Show ``results`` of the dialog as it was at ``revision`` (``kept``: its run id)."""
        self.results = results
        self._results_revision = revision
        self._kept_id = kept
        self.view.show_results(results, self.names())
        self.source.setText(source)
        self._refresh()
        self._apply_heat()

    def clear(self) -> None:
        self.results = None
        self._kept_id = None
        self.view.clear()
        self.source.setText("")
        self._apply_heat()
        self._refresh()

    def _refresh(self) -> None:
        has = self.results is not None
        self.placeholder.setVisible(not has)
        self.view.setVisible(has)
        self.source.setVisible(has)
        self.heat.setEnabled(has and not self.stale)
        self.export_button.setEnabled(has)
        self.keep_button.setEnabled(has and self._kept_id is None)
        kept = self._kept_id is not None
        self.keep_button.setText(self.tr("Kept") if kept else self.tr("Keep in workspace"))

    # --- the heat overlay -----------------------------------------------------------------------

    def _apply_heat(self, *_args: object) -> None:
        if self.heat.isChecked() and self.results is not None and not self.stale:
            self.scene.set_heat(*heat_maps(self.results))
            self._heat_on = True
        elif self._heat_on:
            self.scene.set_heat({}, {})
            self._heat_on = False

    def _dialog_edited(self, *_args: object) -> None:
        self.revision += 1
        if self.results is None:
            return
        self.heat.setChecked(False)
        self._apply_heat()
        self._refresh()
        self.source.setText(
            self.tr(
                "The dialog changed since these results; run again to see where visitors go now."
            )
        )

    # --- export and keep ------------------------------------------------------------------------

    def export_csv(self, path: str | Path | None = None) -> bool:
        """Write the results as CSV (asking where when no path is given)."""
        if self.results is None:
            return False
        if path is None:
            stem = self.controller.path.stem if self.controller.path else "dialog"
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the simulation results"),
                f"{stem}-simulation.csv",
                self.tr("CSV files (*.csv);;All files (*)"),
            )
            if not path:
                return False
        try:
            write_results_csv(path, self.results, self.names(), dialog_key(self.controller))
        except DesignerError as exc:
            QMessageBox.warning(self, self.tr("Export CSV"), str(exc))
            return False
        self.message.emit(self.tr("Simulation results exported to {0}").format(path))
        return True

    def keep_in_workspace(self) -> int | None:
        """Store the results as a simulation run; its id, or None (and why) when not."""
        if self.results is None or self._kept_id is not None:
            return None
        workspace = self.access.workspace()
        if workspace is None:
            return None  # the access told the status bar why
        try:
            run_id = workspace.save_simulation_run(
                dialog=dialog_key(self.controller),
                visitors=int(self.results["visitors"]),
                seed=self.results.get("seed"),
                results=self.results,
            )
        except DesignerError as exc:
            QMessageBox.warning(self, self.tr("Keep in workspace"), str(exc))
            return None
        self._kept_id = run_id
        self._refresh()
        self.kept.emit(run_id)
        self.message.emit(self.tr("Simulation kept in the workspace as run {0}.").format(run_id))
        return run_id
