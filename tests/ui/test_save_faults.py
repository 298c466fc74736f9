"""File > Save failing half-way keeps the user's file as it was and says so.

The editor saves through QSaveFile (a temporary file beside the dialog,
renamed over it on commit). Here QSaveFile fails where a disk can: it cannot
open, a write breaks off after half the bytes, the final rename (commit) fails,
or the folder is gone. Each time the previous file is byte for byte intact, no
temporary file is left beside it, the user reads a sentence naming the file,
the window still shows unsaved changes, and the next save works.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QIODevice, QSaveFile
from PySide6.QtWidgets import QFileDialog

from designer.model.codec import dumps_dialog, load_dialog
from designer.ui import controller as controller_module

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def failing_save_file(where: str) -> type[QSaveFile]:
    """QSaveFile failing at ``where``: as a full disk or a lost network share would."""

    class Failing(QSaveFile):
        def open(self, mode: QIODevice.OpenModeFlag) -> bool:
            if where == "open":
                self.setErrorString("No space left on device")
                return False
            return super().open(mode)

        def write(self, data: bytes) -> int:
            if where != "write":
                return super().write(data)
            super().write(bytes(data)[: len(data) // 2])
            self.cancelWriting()  # what QSaveFile does itself when the device reports an error
            self.setErrorString("Input/output error")
            return -1

        def commit(self) -> bool:
            if where == "commit":
                self.cancelWriting()  # the rename is refused: QSaveFile drops its temp file
                ok = super().commit()
                self.setErrorString("Permission denied")
                return ok
            return super().commit()

    return Failing


@pytest.fixture
def edited(main_window, tmp_path: Path):
    """The example copied to a folder of its own, opened, and edited (unsaved)."""
    folder = tmp_path / "dialogs"
    folder.mkdir()
    target = folder / "talk-to-sales.json"
    shutil.copy(EXAMPLES / "talk-to-sales.json", target)
    assert main_window.files.open_path(target, ask=False)
    main_window.controller.move_cards({"browse": (404.0, 404.0)})
    assert main_window.isWindowModified()
    return main_window, target


@pytest.mark.parametrize("where", ["open", "write", "commit"])
def test_a_failed_save_keeps_the_old_file_and_tells_the_user(edited, boxes, monkeypatch, where):
    window, target = edited
    before = target.read_bytes()
    monkeypatch.setattr(controller_module, "QSaveFile", failing_save_file(where))

    window.files.save.trigger()

    assert target.read_bytes() == before  # the user's file, untouched
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]  # no temp file
    kind, title, text = boxes.asked[-1]
    assert (kind, title) == ("warning", "Could not save the dialog")
    assert text.startswith(f"{target}: could not be saved")
    assert window.isWindowModified()  # the edit is still unsaved, and still in the window
    assert window.controller.document.card("browse").position.x == 404.0

    monkeypatch.setattr(controller_module, "QSaveFile", QSaveFile)
    window.files.save.trigger()  # the disk is back: the same save now works
    assert not window.isWindowModified()
    assert load_dialog(target).card("browse").position.x == 404.0
    assert target.read_text(encoding="utf-8") == dumps_dialog(
        window.controller.document.to_dialog()
    )


def test_save_as_into_a_missing_folder_keeps_the_current_file(edited, boxes, monkeypatch):
    window, target = edited
    gone = target.parent / "removed" / "copy.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(gone), ""))

    window.files.save_as.trigger()

    assert not gone.parent.exists()
    kind, title, text = boxes.asked[-1]
    assert (kind, title) == ("warning", "Could not save the dialog")
    assert str(gone) in text and "could not be saved" in text
    assert window.controller.path == target  # still the file it was
    assert window.isWindowModified()
