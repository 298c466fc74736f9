"""Autosave: while a window has unsaved changes, a recovery copy follows them a few seconds behind.

The copy is written after a few seconds without edits (and at the latest
every few intervals while someone keeps typing), right after a card or link
is added or removed (at most once per interval), and never over the user's
file: it goes to :mod:`designer.store.recovery`'s folder. Saving, undoing back
to the saved state, discarding on close or opening another dialog deletes it.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from designer.errors import DesignerError
from designer.store.recovery import RecoveryEntry, RecoverySlot
from designer.ui.controller import DocumentController

ENV_SECONDS = "DESIGNER_AUTOSAVE_SECONDS"
DEFAULT_SECONDS = 3.0
MAX_WAIT_INTERVALS = 5  # a copy at least this many intervals old while edits never pause


def configured_interval_ms(environ: Mapping[str, str] | None = None) -> int:
    """The idle interval from ``DESIGNER_AUTOSAVE_SECONDS`` (0 turns autosave off)."""
    env = os.environ if environ is None else environ
    raw = env.get(ENV_SECONDS, "").strip()
    if not raw:
        return round(DEFAULT_SECONDS * 1000)
    try:
        seconds = float(raw)
    except ValueError:
        seconds = -1.0
    if not 0 <= seconds < 86_400:
        print(
            f"designer: {ENV_SECONDS}={raw!r} is not a number of seconds; "
            f"autosaving every {DEFAULT_SECONDS:g} s",
            file=sys.stderr,
        )
        return round(DEFAULT_SECONDS * 1000)
    return round(seconds * 1000)


class Autosaver(QObject):
    """Keeps one window's recovery copy in step with its controller's unsaved changes."""

    written = Signal(object)  # the entry file, after each write
    removed = Signal()
    failed = Signal(str)  # a sentence: why the copy could not be written

    def __init__(
        self,
        controller: DocumentController,
        parent: QObject | None = None,
        *,
        interval_ms: int | None = None,
        slot: RecoverySlot | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.interval_ms = configured_interval_ms() if interval_ms is None else interval_ms
        self._slot = slot
        self._stopped = self.interval_ms <= 0
        self._last_write = 0.0  # monotonic time of the last write; 0: none yet
        self._last_error = ""
        self._idle = self._timer(self.interval_ms)
        self._deadline = self._timer(self.interval_ms * MAX_WAIT_INTERVALS)
        self._soon = self._timer(0)
        controller.destroyed.connect(self._stop)  # its undo stack still signals while it goes
        stack = controller.undo_stack
        stack.indexChanged.connect(self._changed)
        stack.cleanChanged.connect(self._clean_changed)
        controller.documentReset.connect(self._changed)
        for structural in (
            controller.cardAdded,
            controller.cardRemoved,
            controller.edgeAdded,
            controller.edgeRemoved,
        ):
            structural.connect(self._structural_edit)

    def _timer(self, interval: int) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(max(0, interval))
        timer.timeout.connect(self.write_now)
        return timer

    @property
    def slot(self) -> RecoverySlot:
        """The window's entry file; its folder is found (and created) on the first write."""
        if self._slot is None:
            self._slot = RecoverySlot()
        return self._slot

    @property
    def enabled(self) -> bool:
        return not self._stopped

    # --- reacting to edits -------------------------------------------------------------------

    def _changed(self, *_args: object) -> None:
        if self._stopped:
            return
        if not self.controller.dirty:
            self._forget()
            return
        self._idle.start()
        if not self._deadline.isActive():
            self._deadline.start()

    def _clean_changed(self, clean: bool) -> None:
        if self._stopped:
            return
        if clean:
            self._forget()
        else:
            self._changed()

    def _structural_edit(self, *_args: object) -> None:
        """A card or link came or went: copy it soon, but at most once per interval."""
        if self._stopped:
            return
        elapsed_ms = (time.monotonic() - self._last_write) * 1000
        wait = max(0, round(self.interval_ms - elapsed_ms)) if self._last_write else 0
        if not self._soon.isActive() or wait < self._soon.remainingTime():
            self._soon.start(wait)

    # --- writing and removing ------------------------------------------------------------------

    def write_now(self) -> bool:
        """Write the copy now if there are unsaved changes; False if none or the disk refused."""
        for timer in (self._idle, self._deadline, self._soon):
            timer.stop()
        if self._stopped:
            return False
        if not self.controller.dirty:
            self._forget()
            return False
        dialog = self.controller.document.to_dialog()
        try:
            self.slot.write(dialog, self.controller.path)
        except DesignerError as exc:
            self._report(str(exc))
            return False
        self._last_write = time.monotonic()
        self._last_error = ""
        self.written.emit(self.slot.path)
        return True

    def discard(self) -> None:
        """The window closes with the user's consent: delete the copy, write no more."""
        self._forget()
        self._stopped = True

    def _stop(self) -> None:
        self._stopped = True
        for timer in (self._idle, self._deadline, self._soon):
            timer.stop()

    def _forget(self) -> None:
        for timer in (self._idle, self._deadline, self._soon):
            timer.stop()
        if self._slot is None or not self._slot.exists():
            return
        try:
            self._slot.remove()
        except DesignerError as exc:
            self._report(str(exc))
            return
        self.removed.emit()

    def _report(self, message: str) -> None:
        """Say it once, not every few seconds while the disk stays full."""
        if message != self._last_error:
            self._last_error = message
            self.failed.emit(self.tr("Autosave failed: {0}").format(message))


def open_recovered(controller: DocumentController, entry: RecoveryEntry) -> None:
    """Show a recovered dialog as unsaved changes to its original file (Save writes there).

    Nothing is written to the user's file until they choose Save; a
    DesignerError (a damaged copy) leaves the controller as it was.
    """
    dialog = entry.dialog()
    controller.new_document(dialog)
    original: Path | None = entry.original
    controller.path = original
    controller.pathChanged.emit(original)
    controller.undo_stack.resetClean()
