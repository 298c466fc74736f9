"""File ▸ Export: the conversation script (Markdown, HTML), the flow picture, a dialog copy.

The same renderers as ``designer export`` produce the bytes, so what the app
exports and what CI exports are identical. Every file is written atomically.
As on the command line, a dialog with validation errors is not exported
without asking: a script or picture of a broken flow would be reviewed as if
it were the real thing. The dialog file copy is exempt, like Save: a draft
with errors may always be kept. Exporting never changes the window's file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from designer.atomic_file import write_atomic
from designer.errors import DesignerError
from designer.model.codec import dumps_dialog
from designer.model.dialog import Dialog
from designer.model.script import script_markdown
from designer.model.script_html import script_html
from designer.ui.plural import plural
from designer.ui.problem_text import problem_text

if TYPE_CHECKING:
    from designer.ui.main_window import MainWindow

PNG_SCALE = 2.0
"""Twice the on-screen size: sharp on high-DPI screens and in slides."""


def _png(dialog: Dialog) -> bytes:
    from designer.ui.picture_export import picture_bytes  # the canvas, only when asked

    try:
        return picture_bytes(dialog, "png", PNG_SCALE)
    except DesignerError as exc:
        if exc.code != "too-large":
            raise
        return picture_bytes(dialog, "png", 1.0)  # a huge flow: full size still fits


def _svg(dialog: Dialog) -> bytes:
    from designer.ui.picture_export import picture_bytes

    return picture_bytes(dialog, "svg")


@dataclass(frozen=True)
class ExportKind:
    """One entry of the Export menu: its file type and how the bytes are made."""

    key: str
    suffix: str
    render: Callable[[Dialog], bytes]
    checked: bool = True
    """Whether validation errors make the export ask first."""


KINDS = (
    ExportKind("markdown", ".md", lambda d: script_markdown(d).encode("utf-8")),
    ExportKind("html", ".html", lambda d: script_html(d).encode("utf-8")),
    ExportKind("png", ".png", _png),
    ExportKind("svg", ".svg", _svg),
    ExportKind("dialog", ".json", lambda d: dumps_dialog(d).encode("utf-8"), checked=False),
)


class ExportActions(QObject):
    """Owns the File ▸ Export submenu and writes what each entry names."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.controller = window.controller
        self.menu = QMenu(self.tr("&Export"), window)
        self.menu.setObjectName("export-menu")
        self.actions: dict[str, QAction] = {}
        labels = {
            "markdown": (self.tr("Conversation Script (&Markdown)…"), self.tr("Markdown (*.md)")),
            "html": (self.tr("Conversation Script (&HTML)…"), self.tr("HTML page (*.html)")),
            "png": (self.tr("Picture (&PNG)…"), self.tr("PNG image (*.png)")),
            "svg": (self.tr("Picture (&SVG)…"), self.tr("SVG image (*.svg)")),
            "dialog": (self.tr("&Dialog File…"), self.tr("Dialog files (*.json)")),
        }
        every = self.tr("All files (*)")
        self.filters = {key: f"{name};;{every}" for key, (_, name) in labels.items()}
        tips = {
            "markdown": self.tr("Every conversation path as Markdown, for reviewers"),
            "html": self.tr("Every conversation path as a web page, for reviewers"),
            "png": self.tr("A picture of the flow as PNG"),
            "svg": self.tr("A picture of the flow as SVG"),
            "dialog": self.tr("Save a copy of the dialog; this window keeps its file"),
        }
        for kind in KINDS:
            if kind.key == "dialog":
                self.menu.addSeparator()
            action = self.menu.addAction(labels[kind.key][0])
            action.setStatusTip(tips[kind.key])
            action.setObjectName(f"export-{kind.key}")
            action.triggered.connect(lambda _checked=False, k=kind: self.export(k))
            self.actions[kind.key] = action

    def export(self, kind: ExportKind | str) -> Path | None:
        """Ask where, write the file, say so; None when cancelled, refused or failed."""
        if isinstance(kind, str):
            kind = next(k for k in KINDS if k.key == kind)
        if kind.checked and not self._errors_allow_export():
            return None
        path, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export"),
            str(self._suggested_path(kind.suffix)),
            self.filters[kind.key],
        )
        if not path:
            return None
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(kind.suffix)
        try:
            write_atomic(target, kind.render(self.controller.document.to_dialog()))
        except DesignerError as exc:
            QMessageBox.warning(self.window, self.tr("Could not export"), str(exc))
            return None
        self.window.status(self.tr("Exported {0}").format(target.name))
        return target

    def _errors_allow_export(self) -> bool:
        """No errors, or the user chose to export anyway (warnings never ask)."""
        self.controller.revalidate()  # the latest edit may not be checked yet
        errors = [p for p in self.controller.problems if p.is_error]
        if not errors:
            return True
        listed = "\n".join(f"• {problem_text(p)}" for p in errors[:5])
        more = len(errors) - 5
        if more > 0:
            listed += "\n" + self.tr("… and {0} more").format(more)
        answer = QMessageBox.question(
            self.window,
            self.tr("Export anyway?"),
            plural(
                self.tr(
                    "This dialog has %n error(s), so what you export may not be what visitors "
                    "will see:\n\n{0}\n\nExport anyway?",
                    "",
                    len(errors),
                ),
                len(errors),
            ).format(listed),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _suggested_path(self, suffix: str) -> Path:
        """Beside the dialog file, named after it; a dialog copy never suggests the file itself."""
        files = self.window.files
        path = self.controller.path
        stem = path.stem if path is not None else files.suggested_name()
        if suffix == ".json":
            stem += "-copy"
        return files.folder() / (stem + suffix)
