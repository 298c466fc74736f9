"""Driving the running app from a test or a script, one JSON line at a time; off unless asked.

With ``DESIGNER_AUTOMATION=stdin`` the app reads commands from its standard
input, one JSON object per line, and answers each on standard output with one
line ``AUTOMATION {"id": …, "ok": true, "result": …}`` (or ``"ok": false,
"error": "…"``). Edits go through the window's controller, so they are undo
steps and autosaved exactly like edits made with the mouse. Commands::

    {"id": 1, "do": "ping"}                                  -> {"pid": 4242}
    {"do": "windows"}            -> [{"title", "path", "dirty", "recovery"}, …]
    {"do": "document", "window": 0}             -> {"json", "path", "dirty"}
    {"do": "add_card", "type": "message", "x": 0, "y": 0, "props": {…}}
    {"do": "update_card", "card": "welcome", "changes": {"title": "Hi"}}
    {"do": "remove_cards", "cards": ["welcome"]}
    {"do": "connect", "source": "a", "port": "next", "target": "b"}
    {"do": "set_meta", "changes": {"name": "Spring campaign"}}
    {"do": "undo"} / {"do": "redo"}
    {"do": "save", "path": "optional/new/place.json"}
    {"do": "autosave"}                        -> {"written": true, "file": …}
    {"do": "recovery"}    -> every entry in the recovery folder, running or not
    {"do": "quit"}     -> closes every window, as File > Quit (which may ask)

``window`` (default 0) picks among the visible main windows. The reader is a
daemon thread; commands run on the GUI thread, in order.
"""

from __future__ import annotations

import json
import os
import sys
import threading
from collections.abc import Callable
from typing import Any, TextIO

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from designer.errors import DesignerError
from designer.model.codec import dumps_dialog
from designer.store import recovery
from designer.ui.controller import DocumentController
from designer.ui.main_window import MainWindow, running_windows

ENV = "DESIGNER_AUTOMATION"
PREFIX = "AUTOMATION "


class Automation(QObject):
    """Runs one command per input line on the GUI thread and prints one reply line for it."""

    lineReceived = Signal(str)  # emitted by the reader thread, delivered queued

    def __init__(self, stream_in: TextIO, stream_out: TextIO, parent: QObject | None = None):
        super().__init__(parent)
        self._in = stream_in
        self._out = stream_out
        self.lineReceived.connect(self.handle)
        self._commands: dict[str, Callable[[dict[str, Any]], Any]] = {
            "ping": lambda _a: {"pid": os.getpid()},
            "windows": self._windows,
            "document": self._document,
            "add_card": self._add_card,
            "update_card": lambda a: self._ctrl(a).update_card(a["card"], **a["changes"]),
            "remove_cards": lambda a: self._ctrl(a).remove_cards(list(a["cards"])),
            "connect": lambda a: self._ctrl(a).connect_cards(a["source"], a["port"], a["target"]),
            "set_meta": lambda a: self._ctrl(a).set_meta(**a["changes"]),
            "undo": lambda a: self._ctrl(a).undo_stack.undo(),
            "redo": lambda a: self._ctrl(a).undo_stack.redo(),
            "save": lambda a: {"path": str(self._ctrl(a).save(a.get("path")))},
            "autosave": self._autosave,
            "recovery": self._recovery,
            "quit": lambda _a: QApplication.closeAllWindows(),
        }

    def start(self) -> None:
        threading.Thread(target=self._read, name="designer-automation", daemon=True).start()

    def _read(self) -> None:
        for line in self._in:
            if line.strip():
                self.lineReceived.emit(line)

    def handle(self, line: str) -> dict[str, Any]:
        """Run one command line; the reply is printed and returned."""
        ident: Any = None
        try:
            command = json.loads(line)
            ident = command.get("id")
            run = self._commands[command["do"]]
            reply = {"id": ident, "ok": True, "result": run(command)}
        except DesignerError as exc:
            reply = {"id": ident, "ok": False, "error": str(exc)}
        except Exception as exc:  # a script's mistake: answered, never a crash of the app
            reply = {"id": ident, "ok": False, "error": f"{type(exc).__name__}: {exc}"}
        self._out.write(PREFIX + json.dumps(reply, ensure_ascii=False) + "\n")
        self._out.flush()
        return reply

    # --- commands -------------------------------------------------------------------------------

    def _window(self, args: dict[str, Any]) -> MainWindow:
        windows = [w for w in running_windows() if w.isVisible()]
        return windows[int(args.get("window", 0))]

    def _ctrl(self, args: dict[str, Any]) -> DocumentController:
        return self._window(args).controller

    def _windows(self, _args: dict[str, Any]) -> list[dict[str, Any]]:
        return [
            {
                "title": w.windowTitle(),
                "path": str(w.controller.path) if w.controller.path else None,
                "dirty": w.controller.dirty,
                "recovery": str(w.autosave.slot.path),
            }
            for w in running_windows()
            if w.isVisible()
        ]

    def _document(self, args: dict[str, Any]) -> dict[str, Any]:
        ctrl = self._ctrl(args)
        return {
            "json": dumps_dialog(ctrl.document.to_dialog()),
            "path": str(ctrl.path) if ctrl.path else None,
            "dirty": ctrl.dirty,
        }

    def _add_card(self, args: dict[str, Any]) -> dict[str, str]:
        ctrl = self._ctrl(args)
        card = ctrl.add_card(
            args["type"], float(args.get("x", 0)), float(args.get("y", 0)), **args.get("props", {})
        )
        return {"card": card}

    def _autosave(self, args: dict[str, Any]) -> dict[str, Any]:
        saver = self._window(args).autosave
        return {"written": saver.write_now(), "file": str(saver.slot.path)}

    def _recovery(self, _args: dict[str, Any]) -> list[dict[str, Any]]:
        return [
            {
                "file": str(e.file),
                "pid": e.owner.pid,
                "running": recovery.is_running(e.owner),
                "original": str(e.original) if e.original else None,
                "name": e.name,
                "saved_at": e.saved_at.isoformat(),
            }
            for e in recovery.list_entries()
        ]


def install(app: QApplication) -> Automation | None:
    """Start answering commands on stdin when ``DESIGNER_AUTOMATION=stdin``; else nothing."""
    mode = os.environ.get(ENV, "").strip().lower()
    if not mode:
        return None
    if mode != "stdin":
        print(f"designer: {ENV}={mode!r} is not known; use 'stdin'", file=sys.stderr)
        return None
    automation = Automation(sys.stdin, sys.stdout, app)
    automation.start()
    return automation
