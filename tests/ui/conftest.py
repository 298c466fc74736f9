"""Shared fixtures for the Qt tests: offscreen platform, an example dialog, a small workspace.

The platform is forced offscreen before Qt is imported, so the tests run on a
server without a display; the user's data folder and workspace are never touched.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtWidgets import QApplication

from designer.store import Workspace
from designer.ui.controller import DocumentController
from designer.ui.main_window import MainWindow
from designer.ui.workspace_access import WorkspaceAccess

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep every test away from the user's real data folder and workspace."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("DESIGNER_DATABASE_URL", f"sqlite:///{tmp_path / 'env-workspace.sqlite3'}")


@pytest.fixture
def controller(qtbot) -> DocumentController:
    """A controller with the talk-to-sales example open."""
    ctrl = DocumentController()
    ctrl.open(EXAMPLES / "talk-to-sales.json")
    return ctrl


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    """A workspace with the example's people: Ana, Léa and Sam chat; Bo may not; team EMEA."""
    ws = Workspace.open(f"sqlite:///{tmp_path / 'workspace.sqlite3'}")
    ws.add_agent("Ana", "ana@acme.example", live_chat=True)
    ws.add_agent("Léa", "lea@acme.example", live_chat=True)
    ws.add_agent("Sam Rivera", "sam.rivera@acme.example", live_chat=True)
    ws.add_agent("Bo", "bo@acme.example", live_chat=False)
    ws.add_team("EMEA")
    ws.add_member("EMEA", "ana@acme.example")
    ws.add_member("EMEA", "lea@acme.example")
    yield ws
    ws.close()


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path) -> Iterator[Path]:
    """QSettings (window layout, recent files) go to a per-test INI folder, not the user's."""
    from PySide6.QtCore import QCoreApplication, QSettings

    folder = tmp_path / "settings"
    QCoreApplication.setOrganizationName("Stream Designer Tests")
    QCoreApplication.setApplicationName("Stream Designer Tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


class MessageBoxes:
    """Stands in for QMessageBox's static functions: records what was asked, answers as told."""

    def __init__(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.asked: list[tuple[str, str, str]] = []
        self.answer = QMessageBox.StandardButton.Cancel

    def _record(self, kind: str, title: str, text: str):
        from PySide6.QtWidgets import QMessageBox

        self.asked.append((kind, title, text))
        return self.answer if kind == "question" else QMessageBox.StandardButton.Ok

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        from PySide6.QtWidgets import QMessageBox

        for kind in ("question", "warning", "information", "critical"):
            monkeypatch.setattr(
                QMessageBox,
                kind,
                staticmethod(
                    lambda _parent, title, text, *_a, k=kind, **_kw: self._record(k, title, text)
                ),
            )
        monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda *_a: None))


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    """No modal box ever blocks a test: every QMessageBox is recorded and answered."""
    recorder = MessageBoxes()
    recorder.install(monkeypatch)
    return recorder


@pytest.fixture
def main_window(qtbot, controller, boxes):
    """A shown main window on the talk-to-sales example; closed without asking at the end."""
    from designer.ui.main_window import MainWindow

    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.controller.undo_stack.setClean()
    window.close()


@pytest.fixture(autouse=True)
def _release_clipboard(qapp) -> Iterator[None]:
    """Tests that copy leave nothing on the clipboard: Qt crashes at exit otherwise."""
    yield
    from designer.ui.clipboard import release_clipboard

    release_clipboard()


# --- the preview's asyncio loop and window (shared by the preview and inbox tests) ----------


@pytest.fixture
def loop(qapp: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    """qasync's asyncio loop, running on top of the Qt loop pytest-qt drives."""
    event_loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(event_loop)
    yield event_loop
    for task in asyncio.all_tasks(event_loop):
        task.cancel()
    QApplication.processEvents()
    # qasync's stop() would also quit Qt's loop, which pytest-qt still needs: mark it stopped.
    event_loop._QEventLoop__is_running = False  # type: ignore[attr-defined]
    asyncio.events._set_running_loop(None)
    qapp.aboutToQuit.disconnect(event_loop._after_run_forever)
    event_loop.close()
    asyncio.set_event_loop(None)


@pytest.fixture
def window(qtbot, loop, controller, workspace, boxes) -> Iterator[MainWindow]:
    """The main window on the example, with the workspace's Ana, Léa, Sam, Bo and team EMEA."""
    main = MainWindow(controller, WorkspaceAccess(str(workspace.engine.url)))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.controller.undo_stack.setClean()
    main.close()
