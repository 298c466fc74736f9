"""Kill -9 the real app and start it again: the last edit older than the autosave interval is back.

The app runs in its own process (offscreen, private data and settings
folders) and is driven through its automation hook (``DESIGNER_AUTOMATION=stdin``,
see designer.ui.automation). Each round edits, waits until the recovery copy
holds the edit, makes one more edit and kills the process with SIGKILL before
the interval passes; the next start restores (``DESIGNER_RECOVERY_ANSWER=restore``)
and must show exactly the copied edit. The last start saves and quits normally,
which must leave no copy behind. ``DESIGNER_E2E_KILLS`` sets the number of kills.
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

import designer
from designer.model.codec import dumps_dialog, load_dialog
from designer.store import recovery
from designer.ui.automation import PREFIX

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX"),
]

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SRC = Path(designer.__file__).resolve().parents[1]
INTERVAL = 2.0  # seconds of idle time before a copy; the kill comes well inside it
KILLS = int(os.environ.get("DESIGNER_E2E_KILLS", "3"))
REPLY_TIMEOUT = 90.0  # a cold start on a busy two-core machine


class RunningApp:
    """The app in a subprocess, answering automation commands one line at a time."""

    def __init__(self, args: list[str], env: dict[str, str], log: Path) -> None:
        self._log = log.open("a", encoding="utf-8")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "designer", *args],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._log,
            text=True,
            encoding="utf-8",
            bufsize=1,
        )
        self._replies: queue.Queue[dict[str, Any]] = queue.Queue()
        self._ids = iter(range(1, 1_000_000))
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            if line.startswith(PREFIX):
                self._replies.put(json.loads(line[len(PREFIX) :]))

    def ask(self, do: str, **args: Any) -> Any:
        ident = next(self._ids)
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps({"id": ident, "do": do, **args}) + "\n")
        self.process.stdin.flush()
        try:
            reply = self._replies.get(timeout=REPLY_TIMEOUT)
        except queue.Empty:
            raise AssertionError(f"the app did not answer {do!r}; see {self._log.name}") from None
        assert reply["id"] == ident
        assert reply["ok"], reply["error"]
        return reply["result"]

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)
        self._close()

    def wait(self) -> int:
        code = self.process.wait(timeout=60)
        self._close()
        return code

    def _close(self) -> None:
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                stream.close()
        self._log.close()


def copy_holds(path: Path, expected: str) -> bool:
    try:
        return dumps_dialog(recovery.read_entry(path).dialog()) == expected
    except Exception:  # not written yet
        return False


def wait_for_copy(path: Path, expected: str, timeout: float = 60.0) -> float:
    """Poll the recovery copy until it holds ``expected``; the seconds it took."""
    start = time.monotonic()
    while not copy_holds(path, expected):
        assert time.monotonic() - start < timeout, "the recovery copy never caught up"
        time.sleep(0.02)  # another process writes it: there is no Qt signal to wait for
    return time.monotonic() - start


def test_killed_app_restores_the_last_edit_older_than_the_interval(tmp_path):
    original = tmp_path / "campaign.json"
    shutil.copy(EXAMPLES / "talk-to-sales.json", original)
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(p for p in (str(SRC), os.environ.get("PYTHONPATH")) if p),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "DESIGNER_DATABASE_URL": f"sqlite:///{tmp_path / 'workspace.sqlite3'}",
        "DESIGNER_AUTOSAVE_SECONDS": str(INTERVAL),
        "DESIGNER_AUTOMATION": "stdin",
        "DESIGNER_RECOVERY_ANSWER": "restore",
    }
    log = tmp_path / "app.log"
    began = time.monotonic()
    expected: str | None = None  # what the next start must restore
    crashed_copy: Path | None = None
    kills = 0
    for round_ in range(KILLS + 1):
        app = RunningApp([str(original)], env, log)
        try:
            app.ask("ping")
            shown = app.ask("document")
            if expected is None:
                assert not shown["dirty"]
            else:
                assert shown["json"] == expected, f"round {round_}: not the copied edit"
                assert shown["dirty"] and shown["path"] == str(original)
                assert crashed_copy is not None and not crashed_copy.exists()
            if round_ == KILLS:
                break

            app.ask("add_card", type="message", x=300.0 * round_, y=900.0, props={"title": "New"})
            app.ask("update_card", card="welcome", changes={"title": f"Kept {round_}"})
            kept = app.ask("document")["json"]
            (window,) = app.ask("windows")
            copy = Path(window["recovery"])
            wait_for_copy(copy, kept)

            sent = time.monotonic()
            app.ask("update_card", card="welcome", changes={"title": f"Lost {round_}"})
            app.kill()
            assert time.monotonic() - sent < INTERVAL, "too slow to kill inside the interval"
            kills += 1
            assert copy_holds(copy, kept)  # the edit newer than the interval is not in it
            expected, crashed_copy = kept, copy
        except BaseException:
            app.kill()
            raise

    # the last start: Save writes the restored dialog to its file; quitting leaves no copy
    try:
        assert app.ask("save")["path"] == str(original)
        app.ask("quit")
        assert app.wait() == 0, log.read_text(encoding="utf-8")[-2000:]
    finally:
        if app.process.returncode is None:
            app.kill()
    assert dumps_dialog(load_dialog(original)) == expected
    assert not list((tmp_path / "data").rglob(f"*{recovery.SUFFIX}"))
    assert kills == KILLS
    print(
        f"\nautosave e2e: interval {INTERVAL:g} s, {kills} SIGKILLs survived, "
        f"{KILLS + 1} starts, {time.monotonic() - began:.1f} s"
    )
