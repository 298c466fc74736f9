"""File ▸ Export: every entry writes its file; errors ask first, the window keeps its file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from designer.model.codec import load_dialog
from designer.ui.export_actions import KINDS

Button = QMessageBox.StandardButton
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "talk-to-sales.json"


class SaveDialog:
    """Stands in for QFileDialog.getSaveFileName: answers a path, remembers what it was asked."""

    def __init__(self, answer: Path | None) -> None:
        self.answer = answer
        self.asked: list[tuple[str, str]] = []

    def __call__(self, _parent, _title, suggested, filters, *_a, **_k) -> tuple[str, str]:
        self.asked.append((suggested, filters))
        return (str(self.answer) if self.answer else "", "")


def choose(monkeypatch: pytest.MonkeyPatch, answer: Path | None) -> SaveDialog:
    dialog = SaveDialog(answer)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    return dialog


def export_menu_texts(window) -> list[str]:
    file_menu = window.menuBar().actions()[0].menu()
    export = next(a.menu() for a in file_menu.actions() if a.menu() is window.exports.menu)
    return [a.text() for a in export.actions() if not a.isSeparator()]


def test_the_file_menu_has_an_export_submenu(main_window) -> None:
    assert export_menu_texts(main_window) == [
        "Conversation Script (&Markdown)…",
        "Conversation Script (&HTML)…",
        "Picture (&PNG)…",
        "Picture (&SVG)…",
        "&Dialog File…",
    ]


@pytest.mark.parametrize(
    ("key", "name", "starts"),
    [
        ("markdown", "talk.md", b"# Talk to sales\n"),
        ("html", "talk.html", b"<!DOCTYPE html>\n"),
        ("png", "talk.png", b"\x89PNG\r\n\x1a\n"),
    ],
)
def test_each_entry_writes_its_kind_of_file(
    main_window, boxes, monkeypatch, tmp_path, key, name, starts
) -> None:
    target = tmp_path / name
    asked = choose(monkeypatch, target)
    main_window.exports.actions[key].trigger()
    assert target.read_bytes().startswith(starts)
    assert boxes.asked == []
    assert asked.asked[0][0].endswith(Path(name).suffix)  # suggested beside the dialog
    assert name in main_window.statusBar().currentMessage()
    assert not list(tmp_path.glob("*.tmp"))  # no temporary file left


def test_svg_is_a_vector_picture(main_window, monkeypatch, tmp_path) -> None:
    target = tmp_path / "flow"
    choose(monkeypatch, target)
    main_window.exports.actions["svg"].trigger()
    text = (tmp_path / "flow.svg").read_text(encoding="utf-8")  # the suffix is added
    assert "<svg" in text and ">Welcome<" in text


def test_the_dialog_file_copy_keeps_the_window_on_its_file(main_window, monkeypatch, tmp_path):
    window = main_window
    window.controller.move_cards({"browse": (420.0, 380.0)})  # an unsaved change is copied too
    before = window.controller.path
    target = tmp_path / "copy.json"
    asked = choose(monkeypatch, target)
    window.exports.actions["dialog"].trigger()
    assert load_dialog(target) == window.controller.document.to_dialog()
    assert window.controller.path == before == EXAMPLE
    assert window.controller.dirty  # the copy is not a save of this window's file
    assert window.windowTitle() == "talk-to-sales.json[*] — Stream Designer"
    assert asked.asked[0][0].endswith("talk-to-sales-copy.json")  # never the file itself


def test_cancelling_the_file_dialog_writes_nothing(main_window, monkeypatch, tmp_path) -> None:
    before = sorted(tmp_path.rglob("*"))
    choose(monkeypatch, None)
    assert main_window.exports.export("html") is None
    assert sorted(tmp_path.rglob("*")) == before


def test_errors_ask_first_and_cancel_writes_nothing(main_window, boxes, monkeypatch, tmp_path):
    main_window.controller.set_start(None)
    target = tmp_path / "talk.md"
    asked = choose(monkeypatch, target)
    boxes.answer = Button.Cancel
    main_window.exports.actions["markdown"].trigger()
    assert not target.exists()
    assert asked.asked == []  # refused before asking where
    ((kind, title, text),) = boxes.asked
    assert kind == "question" and title == "Export anyway?"
    assert "no start card" in text and "Export anyway?" in text


def test_errors_export_anyway_when_told(main_window, boxes, monkeypatch, tmp_path) -> None:
    main_window.controller.set_start(None)
    target = tmp_path / "talk.html"
    choose(monkeypatch, target)
    boxes.answer = Button.Yes
    main_window.exports.actions["html"].trigger()
    assert "The dialog has no start card" in target.read_text(encoding="utf-8")


def test_errors_never_block_the_dialog_file_copy(main_window, boxes, monkeypatch, tmp_path):
    main_window.controller.set_start(None)
    target = tmp_path / "draft.json"
    choose(monkeypatch, target)
    main_window.exports.actions["dialog"].trigger()
    assert boxes.asked == []
    assert load_dialog(target).start is None


def test_a_failed_write_is_a_sentence_in_a_box(main_window, boxes, monkeypatch, tmp_path):
    target = tmp_path / "no-such-folder" / "talk.md"
    choose(monkeypatch, target)
    assert main_window.exports.export("markdown") is None
    ((kind, title, text),) = boxes.asked
    assert kind == "warning" and title == "Could not export"
    assert "folder does not exist" in text and "Traceback" not in text


def test_every_kind_has_a_menu_entry(main_window) -> None:
    assert set(main_window.exports.actions) == {kind.key for kind in KINDS}
