"""Starting the desktop app: the Qt application, the asyncio loop inside it, the first window.

The asyncio loop is qasync's, so the preview engine's coroutines run on the
GUI thread next to Qt's events. ``designer FILE`` opens that file; plain
``designer`` opens the bundled example when it is there, so a first start
shows a real dialog rather than an empty canvas, with a short tour until it is
dismissed. A file that cannot be read is explained in a sentence and the app
starts with an empty dialog.
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

import designer
from designer import collector
from designer.errors import DesignerError
from designer.model.codec import load_dialog
from designer.resources import example_dialog
from designer.ui.automation import install as install_automation
from designer.ui.clipboard import release_clipboard
from designer.ui.icons import app_icon
from designer.ui.main_window import APP_NAME, MainWindow
from designer.ui.recovery_dialog import offer_recovery
from designer.ui.theme import install_theme
from designer.ui.translations import install_translators

EXAMPLE = example_dialog()
DESKTOP_FILE = "stream-designer"  # packaging/stream-designer.desktop: docks and taskbars match it
SMOKE_TEST = "DESIGNER_SMOKE_TEST"  # set by the packaging smoke test: report the window, quit


def _application(argv: list[str]) -> tuple[QApplication, list[str]]:
    """The QApplication and the file arguments left once Qt took its own (``-style`` …).

    The names set here decide where QSettings keeps the window layout and
    the recent files. Tests already have an application: it is reused.
    """
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(designer.__version__)
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        args = list(argv)
        app = existing
    else:
        app = QApplication(["designer", *argv])
        args = app.arguments()[1:]
        install_translators()  # the system's language, or View > Language's (not in tests)
        install_theme()  # the system's light or dark, or View > Theme's; follows the system
    app.setWindowIcon(app_icon())
    QApplication.setDesktopFileName(DESKTOP_FILE)
    return app, [a for a in args if not a.startswith("-")]


def open_first_window(files: list[str]) -> MainWindow:
    """Show a window with ``files[0]``, else the example, else an empty dialog; maybe the tour."""
    window = MainWindow()
    window.show()
    if files:
        if not window.files.open_path(Path(files[0]), ask=False):
            window.controller.new_document()  # the message box said why; start afresh
    else:
        _open_example(window)
    window.show_whole_or_top()
    offer_recovery(window, placeholder=not files)  # after a crash: restore unsaved work
    window.help.show_tour_on_first_start()
    _AfterFirstPaint(window, lambda _painted_at: collector.release_after_start())
    return window


class _AfterFirstPaint(QObject):
    """Calls ``then(painted_at)`` on the event-loop turn after the canvas first painted, once.

    ``painted_at`` is the wall-clock time (:func:`time.time`) the paint began:
    the moment the marketer first sees the dialog.
    """

    def __init__(self, window: MainWindow, then: Callable[[float], None]) -> None:
        super().__init__(window)
        self._then = then
        window.view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            painted_at = time.time()
            watched.removeEventFilter(self)
            QTimer.singleShot(0, lambda: self._then(painted_at))
            self.deleteLater()
        return False


def _open_example(window: MainWindow) -> None:
    """The bundled example as a new, untitled dialog.

    It lives inside the installation: Save must ask where to keep the
    marketer's version rather than write into the app's own files.
    """
    try:
        window.controller.new_document(load_dialog(EXAMPLE))
    except DesignerError:
        window.controller.new_document()  # a damaged installation: start empty


def _smoke_test(window: MainWindow) -> None:
    """Under :data:`SMOKE_TEST`, print what the painted window shows, then quit (exit code 0).

    The line comes once the canvas has painted, and says when that was
    (``first_frame_at``, seconds since the epoch): the packaging check reads
    the rest, the start-up benchmark times the command up to that moment.
    """
    if not os.environ.get(SMOKE_TEST):
        return

    def report(painted_at: float) -> None:
        painted = not window.grab().isNull()
        icon = not window.windowIcon().isNull()
        cards = len(window.controller.document)
        print(
            f"designer smoke test: {window.windowTitle()} | cards={cards} | icon={icon} "
            f"| painted={painted} | tour={window.help.tour.is_showing()} "
            f"| first_frame_at={painted_at:.6f}",
            flush=True,
        )
        QApplication.closeAllWindows()

    _AfterFirstPaint(window, report)


def _no_display() -> bool:
    """On Linux without X11 or Wayland, Qt would abort with a plugin error: say it plainly."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run(argv: list[str]) -> int:
    """Run the app until the last window closes; the exit code for the shell."""
    if QApplication.instance() is None and _no_display():
        print(
            "designer: there is no display to open the app on; the headless commands "
            "work without one: see 'designer --help'.",
            file=sys.stderr,
        )
        return 2
    app, files = _application(argv)
    app.aboutToQuit.connect(release_clipboard)
    install_automation(app)  # only with DESIGNER_AUTOMATION=stdin (tests, scripts)
    loop = _event_loop(app)
    if loop is None:
        _smoke_test(open_first_window(files))
        return int(app.exec())
    closed = asyncio.Event()
    app.aboutToQuit.connect(closed.set)
    window = open_first_window(files)
    _smoke_test(window)
    with loop:
        loop.run_until_complete(closed.wait())
    del window
    return 0


def _event_loop(app: QApplication) -> asyncio.AbstractEventLoop | None:
    """qasync's loop on top of Qt's, or None (plain Qt) when qasync is missing."""
    try:
        import qasync
    except ImportError:  # pragma: no cover - qasync is part of the gui extra
        print(
            "designer: qasync is missing; previews that need asyncio will not run", file=sys.stderr
        )
        return None
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    return loop
