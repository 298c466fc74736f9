"""The main window: the canvas in the middle, docks around it, menus and a toolbar.

It composes; it does not decide. Edits go to the controller; the File, Edit
and Dialog menus live in :mod:`file_actions`, :mod:`edit_actions` and
:mod:`dialog_actions`; what the window shows (title, modified marker, problem
counts) follows the controller's signals. Geometry and dock layout persist
with QSettings.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QToolBar,
    QUndoView,
    QWidget,
)

from designer.ui.autosave import Autosaver
from designer.ui.canvas.view import DialogView
from designer.ui.controller import DocumentController
from designer.ui.dialog_actions import DialogActions
from designer.ui.edit_actions import EditActions
from designer.ui.export_actions import ExportActions
from designer.ui.file_actions import FileActions
from designer.ui.help_menu import HelpMenu
from designer.ui.palette import PaletteDock
from designer.ui.preview import PreviewActions
from designer.ui.problems_dock import ProblemsDock, summary
from designer.ui.simulation import SimulationDock
from designer.ui.theme import ThemeMenu
from designer.ui.translations import language_menu
from designer.ui.workspace_access import WorkspaceAccess

APP_NAME = "Stream Designer"
READABLE_ZOOM = 0.7  # below this, card text is too small to read on a normal screen
LEGIBLE_ZOOM = 0.25  # below this, even the titles drawn zoomed out no longer fit their cards
DEFAULT_SIZE = (1440, 900)
Key = QKeySequence.StandardKey


class MainWindow(QMainWindow):
    """One window per open dialog; several windows share the clipboard and recent files."""

    def __init__(
        self,
        controller: DocumentController | None = None,
        workspace: WorkspaceAccess | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main-window")
        self.controller = controller or DocumentController(self)
        self.workspace_access = workspace or WorkspaceAccess(parent=self)
        self.view = DialogView(self.controller, self)
        self.setCentralWidget(self.view)
        self._fitted = False

        self._build_docks()
        self.files = FileActions(self)
        self.exports = ExportActions(self)
        self.edits = EditActions(self)
        self.dialogs = DialogActions(self)
        self.previews = PreviewActions(self)  # the Preview and Agent inbox docks
        self._build_view_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self._connect()
        self.autosave = Autosaver(self.controller, self)  # the recovery copy
        self.autosave.failed.connect(self.status)
        self._restore_layout()
        self.update_title()
        self.dialogs.refresh_directory()

    # --- construction -----------------------------------------------------------------------

    def _build_docks(self) -> None:
        self.palette = PaletteDock(self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.palette)
        self.inspector = self._make_inspector()
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.inspector)
        self.problems = ProblemsDock(self.controller, self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems)
        self.history = QDockWidget(self.tr("Undo History"), self)
        self.history.setObjectName("history")
        self.undo_view = QUndoView(self.controller.undo_stack, self.history)
        self.undo_view.setEmptyLabel(self.tr("<opened>"))
        self.history.setWidget(self.undo_view)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.history)
        self.tabifyDockWidget(self.problems, self.history)
        self.history.hide()  # on demand (Edit > Undo History): the canvas keeps the height
        self.problems.raise_()
        scene = self.view.dialog_scene()
        self.simulation = SimulationDock(self.controller, self.workspace_access, scene, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.simulation)
        self.tabifyDockWidget(self.inspector, self.simulation)
        self.simulation.hide()  # on demand (Dialog > Simulate Visitors…)
        self.resizeDocks([self.palette, self.inspector], [260, 400], Qt.Orientation.Horizontal)
        self.resizeDocks([self.problems], [120], Qt.Orientation.Vertical)

    def _make_inspector(self) -> QDockWidget:
        """The card inspector; a placeholder keeps the layout if it is not in this build."""
        try:
            from designer.ui.inspector import InspectorDock
        except ImportError:
            dock = QDockWidget(self.tr("Inspector"), self)
            dock.setObjectName("inspector")
            label = QLabel(self.tr("The inspector is not available in this build."), dock)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            dock.setWidget(label)
            return dock
        return InspectorDock(self.controller, self.workspace_access.workspace, self)

    def _action(
        self, text: str, slot: object, key: Key | QKeySequence | str | None = None, icon: str = ""
    ) -> QAction:
        action = QAction(text, self)
        if key is not None:
            action.setShortcut(QKeySequence(key))
        if icon:
            action.setIcon(self.theme_icon(icon))
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        self.addAction(action)
        return action

    def _build_view_actions(self) -> None:
        view = self.view
        self.zoom_in = self._action(self.tr("Zoom &In"), view.zoom_in, Key.ZoomIn, "zoom-in")
        self.zoom_out = self._action(self.tr("Zoom &Out"), view.zoom_out, Key.ZoomOut, "zoom-out")
        self.zoom_fit = self._action(
            self.tr("Zoom to &Fit"), view.zoom_to_fit, "Ctrl+0", "zoom-fit-best"
        )
        self.zoom_reset = self._action(
            self.tr("&Actual Size"), view.zoom_reset, "Ctrl+1", "zoom-original"
        )

    def _build_menus(self) -> None:
        bar = self.menuBar()
        files, edits = self.files, self.edits
        menu = bar.addMenu(self.tr("&File"))
        menu.addActions([files.new, files.open])
        menu.addMenu(files.recent_menu)
        menu.addSeparator()
        menu.addActions([files.save, files.save_as])
        menu.addMenu(self.exports.menu)
        menu.addSeparator()
        menu.addActions([files.close, files.quit])

        menu = bar.addMenu(self.tr("&Edit"))
        menu.addActions([edits.undo, edits.redo, self.history.toggleViewAction()])
        menu.addSeparator()
        menu.addActions([edits.cut, edits.copy, edits.paste, edits.duplicate, edits.delete])
        menu.addSeparator()
        menu.addAction(edits.select_all)

        menu = bar.addMenu(self.tr("&View"))
        menu.addActions([self.zoom_in, self.zoom_out, self.zoom_fit, self.zoom_reset])
        menu.addSeparator()
        menu.addMenu(language_menu(self))  # applies at the next start
        menu.addMenu(ThemeMenu(self))  # applies at once
        menu.addSeparator()
        for dock in (self.palette, self.inspector, self.problems, self.history, self.simulation):
            menu.addAction(dock.toggleViewAction())
        self.toolbar_menu_anchor = menu

        dialogs = self.dialogs
        menu = bar.addMenu(self.tr("&Dialog"))
        menu.addActions([dialogs.auto_layout, dialogs.validate, dialogs.set_start])
        menu.addSeparator()
        menu.addActions(self.previews.menu_actions())  # Start Preview … Agent Inbox, separator
        menu.addAction(self.simulation.show_action)
        menu.addAction(dialogs.manage_workspace)

        self.help = HelpMenu(self)  # guide, first-run tour, About
        bar.addMenu(self.help.menu)

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main toolbar"), self)
        bar.setObjectName("main-toolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addActions([self.files.new, self.files.open, self.files.save])
        bar.addSeparator()
        bar.addActions([self.edits.undo, self.edits.redo])
        bar.addSeparator()
        bar.addActions([self.edits.delete, self.edits.duplicate])
        bar.addSeparator()
        bar.addActions([self.zoom_out, self.zoom_in, self.zoom_fit])
        bar.addSeparator()
        bar.addActions([self.dialogs.auto_layout, self.dialogs.validate])
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.toolbar = bar
        self.toolbar_menu_anchor.addAction(bar.toggleViewAction())

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("problem-summary")
        self.zoom_label = QLabel(self)
        self.zoom_label.setObjectName("zoom-level")
        self.zoom_label.setMinimumWidth(48)
        status.addPermanentWidget(self.problem_label)
        status.addPermanentWidget(self.zoom_label)
        self._show_summary(summary(self.controller.problems))
        self._show_zoom(self.view.zoom())

    def _connect(self) -> None:
        ctrl = self.controller
        ctrl.dirtyChanged.connect(self.setWindowModified)
        # bound methods, not lambdas: Qt drops them when the window goes, the controller may stay
        ctrl.pathChanged.connect(self._path_changed)
        ctrl.documentReset.connect(self.update_title)
        ctrl.documentReset.connect(self.show_whole_or_top)  # after the view's own fit
        self.view.dialog_scene().message.connect(self.status)
        self.view.zoomChanged.connect(self._show_zoom)
        self.view.selectionChangedIds.connect(self._selection_changed)
        self.problems.summaryChanged.connect(self._show_summary)
        self.palette.addRequested.connect(self.add_card_in_view)
        ctrl.focusRequested.connect(self._show_problem_card)  # after the view selected it
        self.workspace_access.error.connect(self.status)
        inspector_changed = getattr(self.inspector, "workspaceChanged", None)
        if inspector_changed is not None:  # agents managed from the routing panel
            inspector_changed.connect(self.dialogs.refresh_directory)
        self._selection_changed([])

    # --- what the window shows ----------------------------------------------------------------

    def update_title(self) -> None:
        self.setWindowTitle(
            self.tr("{0}[*] — {1}").format(self.controller.display_name(), APP_NAME)
        )
        self.setWindowModified(self.controller.dirty)

    def _path_changed(self, _path: object) -> None:
        self.update_title()

    def status(self, message: str) -> None:
        """A passing sentence in the status bar (why a link was refused, what was saved)."""
        self.statusBar().showMessage(message, 8000)

    def theme_icon(self, name: str) -> QIcon:
        return QIcon.fromTheme(name)

    def _show_summary(self, text: str) -> None:
        self.problem_label.setText(text)

    def _show_zoom(self, zoom: float) -> None:
        self.zoom_label.setText(f"{round(zoom * 100)} %")

    def _show_problem_card(self, _card_id: str) -> None:
        """A problem was clicked: its card is selected (the view); put the Inspector in front
        of the Preview or Simulation tab sharing its place, so the card's fields show."""
        self.inspector.show()
        self.inspector.raise_()

    def _selection_changed(self, card_ids: list[str]) -> None:
        show = getattr(self.inspector, "show_card", None)
        if show is not None:
            show(card_ids[0] if len(card_ids) == 1 else None)

    # --- actions that need the window -------------------------------------------------------

    def add_card_in_view(self, type_name: str) -> str | None:
        """Add a card of ``type_name`` in the middle of what the canvas shows."""
        centre = self.view.mapToScene(self.view.viewport().rect().center())
        card_id = self.view.drop_card(type_name, centre)
        if card_id is not None:
            self.view.dialog_scene().select_cards([card_id])
            self.view.setFocus()
        return card_id

    # --- persistence and closing ---------------------------------------------------------------

    def _restore_layout(self) -> None:
        settings = QSettings()
        geometry = settings.value("mainWindow/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(*DEFAULT_SIZE)
        state = settings.value("mainWindow/state")
        if state is not None:
            self.restoreState(state)

    def save_layout(self) -> None:
        settings = QSettings()
        settings.setValue("mainWindow/geometry", self.saveGeometry())
        settings.setValue("mainWindow/state", self.saveState())
        settings.sync()

    def show_whole_or_top(self) -> None:
        """Fit the dialog in view while its titles still read; else show its start, readable.

        A marketer's first look should be the whole flow: a dialog of a few
        columns (the example: ten cards in seven columns) fits at about 0.3 in
        the canvas of a 1440 px window, where cards are drawn as coloured
        boxes with their titles at a fixed size on screen (see
        :data:`~designer.ui.canvas.card_item.LOW_DETAIL`), so every step reads;
        its top-left third at 70 % hid the Live Chat. Below :data:`LEGIBLE_ZOOM`
        a long dialog would be specks (and its first frame would make every item),
        so it opens as before: its start card at the left (dialogs read left to
        right) at :data:`READABLE_ZOOM`; Zoom to Fit (Ctrl+0) still gives the overview.
        """
        view = self.view
        view.zoom_to_fit()
        scene = view.dialog_scene()
        cards = scene.cards_rect()
        if cards.isEmpty() or view.zoom() >= LEGIBLE_ZOOM:
            return
        view.set_zoom(READABLE_ZOOM)
        visible = view.mapToScene(view.viewport().rect()).boundingRect()
        start = self.controller.document.start
        box = scene.card_box(start) if start in self.controller.document else None
        middle_y = box.center().y() if box is not None else cards.center().y()
        view.centerOn(cards.left() - 40 + visible.width() / 2, middle_y)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:  # the view knows its size only once shown
            self._fitted = True
            self.show_whole_or_top()

    def changeEvent(self, event: QEvent) -> None:
        """Coming back to the window re-reads the workspace: people may have been edited
        meanwhile (in the routing panel's dialog, or with ``designer agents`` in a terminal)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.dialogs.refresh_directory()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        self.autosave.discard()  # saved, unchanged or discarded: no copy to recover
        self.save_layout()
        self.previews.shutdown()
        self.workspace_access.close()
        event.accept()


def running_windows() -> list[MainWindow]:
    """Every main window of this process (scripts and tests look at them)."""
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
