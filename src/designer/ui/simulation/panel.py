"""The Simulation dock: send N visitors through the open dialog and see where they went.

It reads agents and teams from the workspace as they are when Run is
pressed (a simulation copies them and never changes them), runs the
engine's :class:`Simulator` through a :class:`SimulationRunner` (batches
between Qt events, see there why a QTimer), and hands the report to the
Results tab. Opening another dialog cancels a run in progress: its results
would describe a dialog no longer on screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from designer.engine.routing import AgentState, AgentStatus
from designer.engine.simulation import SimulationReport, Simulator
from designer.engine.workspace_view import People, people_of
from designer.errors import DesignerError
from designer.ui.simulation.mix_editor import MixEditor
from designer.ui.simulation.numbers import count, locale
from designer.ui.simulation.results_page import ResultsPage
from designer.ui.simulation.runner import SimulationRunner
from designer.ui.simulation.runs import KeptRuns, local_time, same_dialog
from designer.ui.theme import themed_style

if TYPE_CHECKING:
    from designer.ui.canvas.scene import DialogScene
    from designer.ui.controller import DocumentController
    from designer.ui.workspace_access import WorkspaceAccess

MAX_VISITORS = 100_000


class SimulationDock(QDockWidget):
    """Visitors, seed, mix, Run / Cancel and progress over the Results, mix and kept-runs tabs."""

    def __init__(
        self,
        controller: DocumentController,
        access: WorkspaceAccess,
        scene: DialogScene,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Simulation"), parent)
        self.setObjectName("simulation")
        self.controller = controller
        self.access = access
        self.runner = SimulationRunner(self)
        self.report: SimulationReport | None = None  # the engine's report of the last fresh run
        self.last_message = ""
        self._generation = 0
        self._run_revision = 0
        self._build(controller, access, scene)
        self._connect()
        self.show_action = QAction(self.tr("&Simulate Visitors…"), self)
        self.show_action.setStatusTip(self.tr("Send many visitors through the dialog at once"))
        self.show_action.triggered.connect(self.open_panel)

    def _build(
        self, controller: DocumentController, access: WorkspaceAccess, scene: DialogScene
    ) -> None:
        body = QWidget(self)
        self.visitors = QSpinBox(body)
        self.visitors.setObjectName("visitors")
        self.visitors.setLocale(locale())
        self.visitors.setRange(1, MAX_VISITORS)
        self.visitors.setSingleStep(1000)
        self.visitors.setValue(1000)
        self.visitors.setGroupSeparatorShown(True)
        self.seed = QSpinBox(body)
        self.seed.setObjectName("seed")
        self.seed.setRange(0, 999_999)
        self.seed.setToolTip(self.tr("The same seed and visitor mix give the same results"))
        self.run_button = QPushButton(self.tr("Run"), body)
        self.run_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), body)
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar(body)
        self.progress.setObjectName("simulation-progress")
        self.progress.setFormat("")
        self.state = QLabel(body)
        self.state.setObjectName("simulation-state")
        self.state.setWordWrap(True)
        self.people_note = QLabel(body)
        self.people_note.setObjectName("people-note")
        self.people_note.setWordWrap(True)
        themed_style(self.people_note, "color: {warning_text};")
        self.people_note.hide()

        self.tabs = QTabWidget(body)
        self.tabs.setDocumentMode(True)
        self.page = ResultsPage(controller, access, scene, self.tabs)
        self.mix_editor = MixEditor(self.tabs)
        self.kept_runs = KeptRuns(self.tabs)
        self.tabs.addTab(self.page, self.tr("Results"))
        self.tabs.addTab(self.mix_editor, self.tr("Visitor mix"))
        self.tabs.addTab(self.kept_runs, self.tr("Kept runs"))

        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Visitors:"), body))
        row.addWidget(self.visitors)
        row.addWidget(QLabel(self.tr("Seed:"), body))
        row.addWidget(self.seed)
        row.addStretch(1)
        row.addWidget(self.run_button)
        progress = QHBoxLayout()  # Cancel beside what it stops; keeps the dock narrow
        progress.addWidget(self.progress, 1)
        progress.addWidget(self.cancel_button)
        layout = QVBoxLayout(body)
        layout.addLayout(row)
        layout.addLayout(progress)
        layout.addWidget(self.state)
        layout.addWidget(self.people_note)
        layout.addWidget(self.tabs, 1)
        self.setWidget(body)

    def _connect(self) -> None:
        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.cancel)
        self.runner.progressed.connect(self._on_progress)
        self.runner.finished.connect(self._on_finished)
        self.runner.cancelled.connect(self._on_cancelled)
        self.runner.failed.connect(self._on_failed)
        self.page.kept.connect(lambda _id: self.refresh_runs())
        self.page.message.connect(self._say)
        self.kept_runs.reopenRequested.connect(self.reopen)
        self.controller.documentReset.connect(self._document_replaced)
        self.controller.pathChanged.connect(lambda _path: self.refresh_runs())
        self.access.changed.connect(self.refresh_people)
        self.visibilityChanged.connect(self._on_visibility)

    @property
    def results(self) -> dict[str, Any] | None:
        """The results shown (a fresh run's ``report.to_dict()`` or a kept run's)."""
        return self.page.results

    # --- running ----------------------------------------------------------------------------

    def open_panel(self) -> None:
        self.show()
        self.raise_()
        self.run_button.setFocus()

    def run(self) -> bool:
        """Start a simulation with the settings shown; False (and a sentence) if it cannot."""
        document = self.controller.document
        if document.start is None:
            self._set_state(self.tr("The dialog has no start card: set one, then run again."))
            return False
        try:
            mix = self.mix_editor.mix()
        except DesignerError as exc:
            self.mix_editor.show_error(str(exc))
            self.tabs.setCurrentWidget(self.mix_editor)
            self._set_state(self.tr("Fix the visitor mix first: {0}").format(exc))
            return False
        people = self.refresh_people()
        simulator = Simulator(
            document.to_dialog(),
            people.agents,
            people.teams,
            visitors=self.visitors.value(),
            mix=mix,
            seed=self.seed.value(),
            default_fallback=people.fallback,
            **people.routing(),  # the safety net and account routing, as the CLI runs it
        )
        self.report = None
        self.page.clear()
        self._run_revision = self.page.revision
        self.progress.setRange(0, simulator.total)
        self._show_progress(0, simulator.total)
        self._generation = self.runner.start(simulator)
        self._set_state(self.tr("Running…"))
        self._set_running(True)
        return True

    def cancel(self) -> None:
        """Stop between two batches; nothing of the run is shown."""
        self.runner.cancel()

    def _on_progress(self, generation: int, done: int, total: int) -> None:
        if generation == self._generation:
            self._show_progress(done, total)

    def _show_progress(self, done: int, total: int) -> None:
        self.progress.setValue(done)
        text = self.tr("{0} of {1} visitors").format(count(done), count(total))
        self.progress.setFormat(text.replace("%", "%%"))

    def _on_finished(self, generation: int, report: SimulationReport) -> None:
        if generation != self._generation:
            return
        self._set_running(False)
        self.report = report
        seconds = locale().toString(self.runner.elapsed, "f", 1)
        source = self.tr("This run: seed {0}, {1} s.").format(report.seed, seconds)
        self.page.show_results(report.to_dict(), self._run_revision, None, source)
        done = self.tr("Done: {0} visitors in {1} s.")
        self._set_state(done.format(count(report.visitors), seconds))
        self.tabs.setCurrentWidget(self.page)

    def _on_cancelled(self, generation: int, done: int, total: int) -> None:
        if generation != self._generation:
            return
        self._set_running(False)
        text = self.tr("Cancelled after {0} of {1} visitors; no results.")
        self._set_state(text.format(count(done), count(total)))

    def _on_failed(self, generation: int, sentence: str) -> None:
        if generation == self._generation:
            self._set_running(False)
            self._set_state(self.tr("The simulation stopped: {0}").format(sentence))

    def _set_running(self, running: bool) -> None:
        self.run_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)

    def _set_state(self, text: str) -> None:
        self.state.setText(text)

    def _document_replaced(self) -> None:
        self._generation = -1  # whatever runs belongs to the previous dialog: drop it
        self.runner.cancel()
        self._set_running(False)
        self.progress.reset()
        self.progress.setFormat("")
        self._set_state("")
        self.report = None
        self.refresh_runs()

    # --- the workspace's people and kept runs ------------------------------------------------

    def refresh_people(self) -> People:
        """Agents, teams, fallback, safety net and accounts as the workspace has them now.

        A missing workspace is not created just to find it empty (nobody to route to).
        """
        people = People([], {}, "")
        workspace = self.access.workspace() if self.access.exists() else None
        if workspace is not None:
            try:
                people = people_of(workspace)
            except DesignerError as exc:
                self._set_state(str(exc))
        self.page.agent_names = {a.email: a.name for a in people.agents}
        self._show_people_note(people.agents)
        return people

    def _show_people_note(self, agents: list[AgentState]) -> None:
        able = [a for a in agents if a.live_chat and a.status is AgentStatus.AVAILABLE]
        if not agents:
            note = self.tr(
                "The workspace has no agents, so every visitor who reaches a Live Chat card "
                "gets the fallback message. Add agents with Dialog ▸ Manage Agents and Teams… "
                "(or 'designer agents add' in a terminal)."
            )
        elif not able:
            note = self.tr(
                "No agent both has Live Chat and is available, so every live chat falls back. "
                "Change that in Dialog ▸ Manage Agents and Teams…"
            )
        else:
            note = ""
        self.people_note.setText(note)
        self.people_note.setVisible(bool(note))

    def refresh_runs(self) -> None:
        """List the kept runs of the open dialog (a missing workspace is not created)."""
        runs = []
        workspace = self.access.workspace() if self.access.exists() else None
        if workspace is not None:
            try:
                runs = workspace.list_simulation_runs(limit=200)
            except DesignerError as exc:
                self._say(str(exc))
        self.kept_runs.set_runs([r for r in runs if same_dialog(self.controller, r.dialog)])

    def reopen(self, run_id: int) -> bool:
        """Show a kept run's charts from its stored results (a run in progress is cancelled)."""
        workspace = self.access.workspace()
        record = workspace.simulation_run(run_id) if workspace else None
        if record is None:
            return False
        self.cancel()
        self.refresh_people()
        self.report = None
        source = self.tr("Kept run {0}, {1}, seed {2}.")
        when = local_time(record.created_at)
        self.page.show_results(
            record.results,
            self.page.revision,
            record.id,
            source.format(record.id, when, record.seed),
        )
        self.tabs.setCurrentWidget(self.page)
        return True

    def _on_visibility(self, visible: bool) -> None:
        if visible:
            self.refresh_people()
            self.refresh_runs()

    def _say(self, text: str) -> None:
        self.last_message = text
        window = self.parentWidget()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 8000)
