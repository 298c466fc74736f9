"""Starting the desktop app: the Qt application, the asyncio loop inside it, the first window.

The asyncio loop is qasync's, so the preview engine's coroutines run on the
GUI thread next to Qt's events. ``designer FILE`` opens that file; plain
``designer`` opens the bundled example when it is there, so a first start
shows a real dialog rather than an empty canvas. A file that cannot be read
is explained in a sentence and the app starts with an empty dialog.
"""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

import designer
from designer.ui.clipboard import release_clipboard
from designer.ui.main_window import APP_NAME, MainWindow

EXAMPLE = Path(designer.__file__).resolve().parents[2] / "examples" / "talk-to-sales.json"


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
    return app, [a for a in args if not a.startswith("-")]


def open_first_window(files: list[str]) -> MainWindow:
    """Show a window with ``files[0]``, else the example, else an empty dialog."""
    window = MainWindow()
    target = Path(files[0]) if files else (EXAMPLE if EXAMPLE.exists() else None)
    window.show()
    if target is not None and not window.files.open_path(target, ask=False):
        window.controller.new_document()  # the message box said why; start afresh
    window.show_whole_or_top()
    return window


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
    loop = _event_loop(app)
    if loop is None:
        open_first_window(files)
        return int(app.exec())
    closed = asyncio.Event()
    app.aboutToQuit.connect(closed.set)
    window = open_first_window(files)
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
