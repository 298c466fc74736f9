"""The Dialog menu: auto-layout, validate, set the start card, manage agents and teams.

Also keeps validation's view of the workspace current: routing is checked
against the people in the workspace as they are now, re-read when they are
edited here, in the routing panel, or (noticed when the window is activated
again) with ``designer agents`` in a terminal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from designer.errors import DesignerError
from designer.ui.problems_dock import summary

if TYPE_CHECKING:
    from designer.ui.main_window import MainWindow


class DialogActions(QObject):
    """Owns the Dialog menu's actions; edits go through the window's controller."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.controller = window.controller
        self.access = window.workspace_access

        self.auto_layout = self._action(
            self.tr("&Auto-layout"), self.run_auto_layout, "Ctrl+Shift+L", "format-justify-fill"
        )
        self.auto_layout.setStatusTip(self.tr("Arrange the cards in layers, top to bottom"))
        self.validate = self._action(
            self.tr("&Validate"), self.run_validation, "F7", "dialog-information"
        )
        self.validate.setStatusTip(self.tr("Check the dialog and list its problems"))
        self.set_start = self._action(self.tr("Set as &Start Card"), self.make_start_card)
        self.set_start.setStatusTip(self.tr("Visitors enter the dialog at the selected card"))
        self.manage_workspace = self._action(
            self.tr("Manage &Agents and Teams…"), self.open_workspace_dialog
        )
        self.manage_workspace.setStatusTip(
            self.tr("Add agents, grant Live Chat, group agents into teams")
        )
        self.access.changed.connect(self._workspace_changed)
        self.controller.startChanged.connect(self._update_start_action)
        window.view.selectionChangedIds.connect(self._update_start_action)
        self._update_start_action()

    def _action(self, text: str, slot: object, key: str = "", icon: str = "") -> QAction:
        action = QAction(text, self.window)
        if key:
            action.setShortcut(QKeySequence(key))
        if icon:
            action.setIcon(self.window.theme_icon(icon))
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        self.window.addAction(action)
        return action

    def _update_start_action(self, *_args: object) -> None:
        ids = self.window.view.dialog_scene().selected_card_ids()
        self.set_start.setEnabled(len(ids) == 1 and ids[0] != self.controller.document.start)

    # --- the actions ---------------------------------------------------------------------

    def run_auto_layout(self) -> None:
        """Lay the cards out in layers, sized as drawn, in one undo step."""
        try:
            from designer.model.layout import left_to_right_layout
        except ImportError:
            self.window.status(self.tr("Auto-layout is not available in this build."))
            return
        doc = self.controller.document
        if len(doc) == 0:
            return
        scene = self.window.view.dialog_scene()
        sizes = {}
        for card_id in doc.card_ids():
            rect = scene.geometry(card_id).rect
            sizes[card_id] = (rect.width(), rect.height())
        positions = left_to_right_layout(doc.to_dialog(), sizes)
        self.controller.apply_positions(positions, self.tr("Auto-layout"))
        self.window.view.zoom_to_fit()
        self.window.status(self.tr("Cards arranged; Undo puts them back."))

    def run_validation(self) -> None:
        self.refresh_directory()
        self.controller.revalidate()
        self.window.problems.show()
        self.window.problems.raise_()
        self.window.status(summary(self.controller.problems))

    def make_start_card(self) -> None:
        ids = self.window.view.dialog_scene().selected_card_ids()
        if len(ids) == 1:
            self.controller.set_start(ids[0])

    def open_workspace_dialog(self) -> None:
        """The agents and teams dialog, window-modal but not blocking the asyncio loop."""
        try:
            from designer.ui.workspace_dialog import WorkspaceDialog
        except ImportError:
            self.window.status(self.tr("Managing agents and teams is not available in this build."))
            return
        workspace = self.access.workspace()
        if workspace is None:
            return  # the reason is already in the status bar
        try:
            dialog = WorkspaceDialog(workspace, self.window)
        except DesignerError as exc:
            QMessageBox.warning(self.window, self.tr("Agents and teams"), str(exc))
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self.access.notify_changed)
        dialog.open()
        self.workspace_dialog = dialog

    # --- the workspace as validation sees it -------------------------------------------------

    def refresh_directory(self) -> None:
        """Check routing against the workspace's people as they are now (revalidates on change)."""
        directory = self.access.directory()
        if directory is not self.controller.directory:
            self.controller.set_directory(directory)

    def _workspace_changed(self) -> None:
        """New agents or teams: recheck routing and refill the inspector's pickers."""
        self.refresh_directory()
        inspector = self.window.inspector
        show = getattr(inspector, "show_card", None)
        if show is not None:
            card = getattr(inspector, "card_id", None)
            show(None)
            show(card)
