"""The File menu: new, open, open recent, save, save as, close, quit — and "save changes?".

Every way of losing the current dialog (New, Open, Open Recent, closing the
window, quitting) goes through :meth:`FileActions.maybe_save`, so unsaved work
is never dropped silently. Errors reach the user as the DesignerError
sentence in a message box, never as a traceback.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox

from designer.errors import DesignerError
from designer.ui.recent_files import RecentFiles

if TYPE_CHECKING:
    from designer.ui.main_window import MainWindow

Key = QKeySequence.StandardKey


class FileActions(QObject):
    """Owns the File menu's actions and what they do to the window's controller."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.controller = window.controller
        self.recent = RecentFiles()

        self.new = self._action(self.tr("&New"), Key.New, self.new_document, "document-new")
        self.new.setStatusTip(self.tr("Start an empty dialog"))
        self.open = self._action(self.tr("&Open…"), Key.Open, self.open_dialog, "document-open")
        self.open.setStatusTip(self.tr("Open a dialog file"))
        self.save = self._action(self.tr("&Save"), Key.Save, self.save_document, "document-save")
        self.save.setStatusTip(self.tr("Save the dialog"))
        self.save_as = self._action(
            self.tr("Save &As…"), Key.SaveAs, self.save_document_as, "document-save-as"
        )
        self.save_as.setStatusTip(self.tr("Save the dialog under a new name"))
        self.close = self._action(self.tr("&Close"), Key.Close, window.close, "window-close")
        self.close.setStatusTip(self.tr("Close this window"))
        self.quit = self._action(self.tr("&Quit"), Key.Quit, self.quit_app, "application-exit")
        self.quit.setStatusTip(self.tr("Close every window and leave Stream Designer"))
        if QKeySequence(Key.Quit).isEmpty():  # some platforms define no Quit shortcut
            self.quit.setShortcut(QKeySequence("Ctrl+Q"))

        self.recent_menu = QMenu(self.tr("Open &Recent"), window)
        self.recent_menu.setObjectName("recent-menu")
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        self.fill_recent_menu()

    def _action(self, text: str, key: Key, slot: object, icon: str) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(key))
        action.setIcon(self.window.theme_icon(icon))
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        self.window.addAction(action)
        return action

    # --- asking before losing work -------------------------------------------------------

    def maybe_save(self) -> bool:
        """True when the current dialog may be replaced: saved, discarded, or unchanged."""
        if not self.controller.dirty:
            return True
        answer = QMessageBox.question(
            self.window,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to “{0}” before closing it?").format(
                self.controller.display_name()
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save_document()
        return answer == QMessageBox.StandardButton.Discard

    # --- the actions -----------------------------------------------------------------------

    def new_document(self) -> None:
        if self.maybe_save():
            self.controller.new_document()
            self.window.status(self.tr("New dialog"))

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        path, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Open dialog"),
            str(self.folder()),
            self.tr("Dialog files (*.json);;All files (*)"),
        )
        if path:
            self.open_path(path, ask=False)

    def open_path(self, path: str | Path, *, ask: bool = True) -> bool:
        """Open ``path`` in this window; a refusal is shown as a sentence and nothing changes."""
        if ask and not self.maybe_save():
            return False
        try:
            self.controller.open(path)
        except DesignerError as exc:
            self.show_error(self.tr("Could not open the dialog"), exc)
            return False
        except OSError as exc:  # defensive: the codec turns these into DesignerError
            self.show_error(self.tr("Could not open the dialog"), exc)
            return False
        self.recent.add(path)
        self.window.status(self.tr("Opened {0}").format(Path(path).name))
        return True

    def save_document(self) -> bool:
        if self.controller.path is None:
            return self.save_document_as()
        return self._save_to(self.controller.path)

    def save_document_as(self) -> bool:
        suggested = self.controller.path or self.folder() / (self.suggested_name() + ".json")
        path, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save dialog as"),
            str(suggested),
            self.tr("Dialog files (*.json);;All files (*)"),
        )
        if not path:
            return False
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(".json")
        return self._save_to(target)

    def _save_to(self, target: Path) -> bool:
        try:
            saved = self.controller.save(target)
        except DesignerError as exc:
            self.show_error(self.tr("Could not save the dialog"), exc)
            return False
        self.recent.add(saved)
        self.window.status(self.tr("Saved {0}").format(saved.name))
        return True

    def quit_app(self) -> None:
        """Close every window (each asks about its own changes); Qt quits after the last."""
        QApplication.closeAllWindows()

    # --- open recent ---------------------------------------------------------------------

    def fill_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        paths = self.recent.paths()
        for number, path in enumerate(paths, 1):
            label = f"&{number} {path.name}" if number < 10 else path.name
            action = menu.addAction(label)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.setData(str(path))
            action.triggered.connect(lambda _c=False, p=path: self.open_recent(p))
        if not paths:
            empty = menu.addAction(self.tr("No recent dialogs"))
            empty.setEnabled(False)
        menu.addSeparator()
        clear = menu.addAction(self.tr("Clear Recent"))
        clear.setEnabled(bool(paths))
        clear.triggered.connect(self.recent.clear)

    def open_recent(self, path: Path) -> bool:
        if not path.exists():
            self.recent.remove(path)
            QMessageBox.information(
                self.window,
                self.tr("Open recent"),
                self.tr(
                    "{0} is no longer there (moved or deleted); it was removed from the list."
                ).format(path),
            )
            return False
        return self.open_path(path)

    # --- helpers -----------------------------------------------------------------------

    def show_error(self, title: str, exc: Exception) -> None:
        QMessageBox.warning(self.window, title, str(exc))

    def folder(self) -> Path:
        """Where file dialogs start: the dialog's folder, else the last one used."""
        if self.controller.path is not None:
            return self.controller.path.parent
        recent = self.recent.paths()
        return recent[0].parent if recent else Path.home()

    def suggested_name(self) -> str:
        """A file name from the dialog's name, for a dialog never saved yet."""
        name = self.controller.document.name or ""
        cleaned = "".join(c if c.isalnum() or c in " -_" else "" for c in name).strip()
        return cleaned.lower().replace(" ", "-") or "dialog"
