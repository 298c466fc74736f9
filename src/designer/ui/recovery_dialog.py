"""After a crash: "Recover unsaved work", one row per dialog with Restore and Discard.

Each row says which dialog it is (its name, its file or "never saved"),
when it was last copied, and warns when the file on disk changed after that.
Restoring opens the dialog with its changes unsaved, so Save writes it back to
its file; discarding deletes the copy after a confirmation. Closing the
window decides nothing: the copies are offered again at the next start.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QPoint, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
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
from designer.store import recovery
from designer.store.recovery import RecoveryEntry
from designer.ui.autosave import open_recovered
from designer.ui.inspector.fields import muted
from designer.ui.main_window import MainWindow
from designer.ui.plural import plural

ENV_ANSWER = "DESIGNER_RECOVERY_ANSWER"
ANSWERS = ("ask", "restore", "discard", "later")

_kept_windows: list[MainWindow] = []  # windows opened for restored dialogs live until quit


def _plain(text: str, parent: QWidget, name: str = "") -> QLabel:
    """A label that shows text from a file as characters, never as markup or links."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


class RecoveryDialog(QDialog):
    """Lists recovered dialogs; ``restore`` opens one (raising a DesignerError if it cannot)."""

    def __init__(
        self,
        entries: list[RecoveryEntry],
        restore: Callable[[RecoveryEntry], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recovery-dialog")
        self.setWindowTitle(self.tr("Recover Unsaved Work"))
        self.setModal(True)
        self.entries = list(entries)
        self.restored: list[RecoveryEntry] = []
        self.discarded: list[RecoveryEntry] = []
        self._restore = restore
        self._rows: dict[str, QFrame] = {}

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "<b>Stream Designer did not close properly last time.</b><br>"
                "It kept a copy of each dialog that had unsaved changes. "
                "Restore the ones you want to keep working on."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        rows = QWidget(self)
        self._row_layout = QVBoxLayout(rows)
        self._row_layout.setContentsMargins(0, 0, 0, 0)
        for entry in self.entries:
            row = self._row(entry, rows)
            self._rows[str(entry.file)] = row
            self._row_layout.addWidget(row)
        self._row_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(rows)
        layout.addWidget(scroll, 1)

        layout.addWidget(
            muted(
                QLabel(
                    self.tr(
                        "A restored dialog opens with its changes unsaved: choose Save to "
                        "keep it in its file. Close this window to decide later; the copies "
                        "are kept until you restore or discard them."
                    ),
                    self,
                )
            )
        )
        buttons = QDialogButtonBox(self)
        self.restore_all_button = buttons.addButton(
            self.tr("Restore All"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_all_button.setObjectName("restore-all")
        self.discard_all_button = buttons.addButton(
            self.tr("Discard All…"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.discard_all_button.setObjectName("discard-all")
        self.later_button = buttons.addButton(
            self.tr("Decide Later"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.later_button.setObjectName("later")
        # clicked, not the box's accepted/rejected: those would close before asking
        self.restore_all_button.clicked.connect(self.restore_all)
        self.discard_all_button.clicked.connect(lambda: self.discard_all())
        self.later_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.restore_all_button.setDefault(True)
        self.resize(560, min(520, 200 + 96 * len(self.entries)))

    def _row(self, entry: RecoveryEntry, parent: QWidget) -> QFrame:
        row = QFrame(parent)
        row.setObjectName("recovery-row")
        row.setFrameShape(QFrame.Shape.StyledPanel)
        text = QVBoxLayout()
        title = _plain(entry.name or self.tr("Untitled dialog"), row, "recovery-name")
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        text.addWidget(title)
        if entry.original is None:
            where = self.tr("Never saved")
        else:
            where = self.tr("{0} in {1}").format(entry.original.name, entry.original.parent)
        text.addWidget(muted(_plain(where, row, "recovery-file")))
        cards = plural(self.tr("%n card(s)", "", entry.cards), entry.cards)
        details = self.tr("Last copied {0} · {1}").format(when(entry), cards)
        text.addWidget(muted(_plain(details, row, "recovery-time")))
        warning = self._warning(entry)
        if warning:
            text.addWidget(_plain(warning, row, "recovery-warning"))

        restore = QPushButton(self.tr("Restore"), row)
        restore.setObjectName("restore")
        restore.setToolTip(self.tr("Open this dialog with its unsaved changes"))
        restore.clicked.connect(lambda: self.restore_entry(entry))
        discard = QPushButton(self.tr("Discard…"), row)
        discard.setObjectName("discard")
        discard.setToolTip(self.tr("Delete this copy for good"))
        discard.clicked.connect(lambda: self.discard_entry(entry))
        line = QHBoxLayout(row)
        line.addLayout(text, 1)
        line.addWidget(restore, 0, Qt.AlignmentFlag.AlignTop)
        line.addWidget(discard, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _warning(self, entry: RecoveryEntry) -> str:
        if entry.original_missing():
            return self.tr("⚠ The file is no longer there; Save will create it again.")
        if entry.original_changed():
            return self.tr(
                "⚠ The file was changed after this copy was made: saving the restored "
                "dialog would replace those changes (Save As keeps both)."
            )
        return ""

    # --- the choices -------------------------------------------------------------------------

    def restore_entry(self, entry: RecoveryEntry) -> bool:
        """Open one dialog, then delete its copy; a damaged copy is explained and kept."""
        try:
            self._restore(entry)
        except DesignerError as exc:
            QMessageBox.warning(self, self.tr("Could not restore the dialog"), str(exc))
            return False
        self.restored.append(entry)
        self._done_with(entry)
        return True

    def discard_entry(self, entry: RecoveryEntry, *, ask: bool = True) -> bool:
        """Delete one copy, after the user confirms that those changes are to go."""
        if ask:
            answer = QMessageBox.question(
                self,
                self.tr("Discard recovered changes"),
                self.tr(
                    "Discard the unsaved changes to “{0}”? They cannot be brought back."
                ).format(entry.name or self.tr("Untitled dialog")),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return False
        self.discarded.append(entry)
        self._done_with(entry)
        return True

    def restore_all(self) -> None:
        for entry in list(self.entries):
            self.restore_entry(entry)

    def discard_all(self, *, ask: bool = True) -> None:
        if not self.entries:
            return
        if ask:
            answer = QMessageBox.question(
                self,
                self.tr("Discard recovered changes"),
                plural(
                    self.tr(
                        "Discard the unsaved changes to %n dialog(s)? They cannot be brought back.",
                        "",
                        len(self.entries),
                    ),
                    len(self.entries),
                ),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        for entry in list(self.entries):
            self.discard_entry(entry, ask=False)

    def _done_with(self, entry: RecoveryEntry) -> None:
        """Delete the copy and its row; close once nothing is left to decide."""
        try:
            recovery.discard(entry)
        except DesignerError as exc:
            QMessageBox.warning(self, self.tr("Could not delete the copy"), str(exc))
        self.entries = [e for e in self.entries if e.file != entry.file]
        row = self._rows.pop(str(entry.file), None)
        if row is not None:
            row.hide()
            row.deleteLater()
        if not self.entries:
            self.accept()


def when(entry: RecoveryEntry) -> str:
    """The copy's time as people say it: "today at 14:32", else the short date and time."""
    moment = QDateTime.fromSecsSinceEpoch(int(entry.saved_at.timestamp())).toLocalTime()
    locale = QLocale()
    clock = locale.toString(moment.time(), QLocale.FormatType.ShortFormat)
    if moment.date() == QDateTime.currentDateTime().date():
        return QCoreApplication.translate("RecoveryDialog", "today at {0}").format(clock)
    return locale.toString(moment, QLocale.FormatType.ShortFormat)


# --- at start --------------------------------------------------------------------------------


class WindowRestorer:
    """Opens each restored dialog: in the first window while it holds nothing of the user's."""

    def __init__(self, first: MainWindow, *, placeholder: bool) -> None:
        self.first: MainWindow | None = first
        self.placeholder = placeholder
        self.windows: list[MainWindow] = []

    def __call__(self, entry: RecoveryEntry) -> None:
        entry.dialog()  # a damaged copy raises here, before any window changes
        window = self._window_for(entry)
        open_recovered(window.controller, entry)
        window.autosave.write_now()  # its own copy, before the crashed one is deleted
        window.status(
            QCoreApplication.translate(
                "RecoveryDialog", "Recovered “{0}” from {1}: choose Save to keep it"
            ).format(
                entry.name or QCoreApplication.translate("RecoveryDialog", "Untitled dialog"),
                when(entry),
            )
        )
        self.windows.append(window)

    def _window_for(self, entry: RecoveryEntry) -> MainWindow:
        first = self.first
        if first is not None and not first.controller.dirty:
            same_file = entry.original is not None and first.controller.path == entry.original
            if self.placeholder or same_file:
                self.first = None
                return first
        window = MainWindow()
        _kept_windows.append(window)
        anchor = first or (self.windows[-1] if self.windows else None)
        if anchor is not None:
            window.move(anchor.pos() + QPoint(32, 32))
        window.show()
        return window


def configured_answer() -> str:
    """``DESIGNER_RECOVERY_ANSWER`` for scripts and tests: restore, discard, later; else ask."""
    answer = os.environ.get(ENV_ANSWER, "").strip().lower()
    return answer if answer in ANSWERS else "ask"


def offer_recovery(
    first: MainWindow, *, placeholder: bool, answer: str | None = None
) -> list[MainWindow]:
    """At start: offer the dialogs a crashed run left; the windows now showing restored ones.

    ``placeholder`` says the first window shows no file the user asked for
    (the example or an empty dialog), so the first restored dialog may take it.
    """
    try:
        recovery.sweep_leftovers()
        entries = recovery.recoverable()
    except DesignerError as exc:
        first.status(str(exc))
        return []
    if not entries:
        return []
    restorer = WindowRestorer(first, placeholder=placeholder)
    dialog = RecoveryDialog(entries, restorer, first)
    choice = answer or configured_answer()
    if choice == "restore":
        dialog.restore_all()
    elif choice == "discard":
        dialog.discard_all(ask=False)
    elif choice == "ask":
        dialog.exec()
    dialog.deleteLater()
    for window in restorer.windows:
        window.raise_()
    return restorer.windows
