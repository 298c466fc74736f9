"""Starting the app: which dialog the first window shows, the asyncio loop, no tracebacks."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from designer.model.codec import dumps_dialog, load_dialog

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


# --- starting the app ------------------------------------------------------------------------


def test_the_app_opens_the_example_when_no_file_is_given(qtbot, boxes):
    from designer.app import EXAMPLE, open_first_window

    window = open_first_window([])
    qtbot.addWidget(window)
    # the example, as a new dialog: Save asks where, never writes into the installation
    assert dumps_dialog(window.controller.document.to_dialog()) == dumps_dialog(
        load_dialog(EXAMPLE)
    )
    assert window.controller.path is None and not window.controller.dirty
    assert window.windowTitle() == "Untitled[*] — Stream Designer"


def test_the_collector_held_for_start_up_runs_again_once_the_window_has_painted(qtbot, boxes):
    """`designer` holds Python's cycle collector while it starts (see collector.py)."""
    import gc

    from designer import collector
    from designer.app import open_first_window

    collector.hold_for_start()
    try:
        window = open_first_window([])
        qtbot.addWidget(window)
        assert not gc.isenabled()  # nothing painted yet
        qtbot.waitUntil(gc.isenabled)
        assert gc.get_freeze_count() > 0  # what start-up built stays out of later walks
    finally:
        collector.release_after_start()
        gc.unfreeze()
        gc.enable()


def test_the_app_explains_a_bad_file_and_starts_empty(qtbot, boxes, tmp_path):
    from designer.app import open_first_window

    missing = tmp_path / "nowhere.json"
    window = open_first_window([str(missing)])
    qtbot.addWidget(window)
    kind, _title, text = boxes.asked[-1]
    assert kind == "warning" and "nowhere.json" in text and "Traceback" not in text
    assert len(window.controller.document) == 0
    assert window.windowTitle() == "Untitled[*] — Stream Designer"


RUN_SCRIPT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from designer.app import run
from designer.ui.main_window import running_windows

QMessageBox.warning = staticmethod(lambda _p, _t, text, *a: print("WARNING", text) or 0)

def look_and_quit():
    for window in running_windows():
        print("TITLE", window.windowTitle())
    QApplication.closeAllWindows()

QTimer.singleShot(0, look_and_quit)
sys.exit(run(sys.argv[1:]))
"""


def test_run_starts_the_asyncio_loop_and_exits_cleanly(tmp_path):
    """The real entry point, in its own process: qasync's loop runs until the window closes."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "DESIGNER_LANGUAGE": "en",  # the titles below are English, whatever the machine's language
    }
    example = str(EXAMPLES / "support-desk.json")
    done = subprocess.run(
        [sys.executable, "-c", RUN_SCRIPT, example],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "TITLE support-desk.json[*] — Stream Designer" in done.stdout
    assert "Traceback" not in done.stderr

    broken = tmp_path / "broken.json"
    broken.write_text("[1, 2", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", RUN_SCRIPT, str(broken)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "WARNING" in done.stdout and "broken.json" in done.stdout
    assert "TITLE Untitled[*] — Stream Designer" in done.stdout
    assert "Traceback" not in done.stderr


def test_without_a_display_the_app_says_so_instead_of_aborting(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = ""
    done = subprocess.run(
        [sys.executable, "-c", "import sys; from designer.app import run; sys.exit(run([]))"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert "no display" in done.stderr and "Traceback" not in done.stderr
