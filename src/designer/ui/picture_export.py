"""The flow as a picture (PNG or SVG), drawn by the very canvas the editor shows.

The command line calls this without a window: a QApplication on the
offscreen platform when there is no display, a scene built from the dialog,
rendered once. The bytes are written atomically like every other export.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication, QGraphicsItem

from designer.atomic_file import write_atomic
from designer.errors import DesignerError
from designer.model.dialog import Dialog
from designer.ui.canvas.scene import DialogScene
from designer.ui.canvas.style import light_canvas
from designer.ui.controller import DocumentController
from designer.ui.translations import tr as _tr

MARGIN = 40.0
MAX_PIXELS = 200_000_000  # about 14,000 x 14,000: beyond, ask for a smaller scale


def ensure_application() -> QApplication:
    """The running QApplication, or a new one that draws offscreen when there is no screen."""
    app = QApplication.instance()
    if app is not None:
        return app  # type: ignore[return-value]
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QApplication(["designer"])


def _scene_for(dialog: Dialog) -> tuple[DialogScene, QRectF]:
    controller = DocumentController()
    controller.new_document(dialog)
    scene = DialogScene(controller, parent=controller)
    scene.grid_visible = False
    for item in scene.card_items():  # vectors, not the on-screen pixmap cache
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    rect = scene.cards_rect()
    if rect.isEmpty():
        raise DesignerError(_tr("the dialog has no cards to draw"), code="empty-dialog")
    return scene, rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)


def picture_bytes(dialog: Dialog, fmt: str, scale: float = 1.0) -> bytes:
    """The flow drawn as ``png`` or ``svg`` bytes, in the light theme's colours whatever the app's.

    A picture goes into slides and documents, on white; a dark canvas would not.
    """
    ensure_application()
    with light_canvas():
        return _picture_bytes(dialog, fmt, scale)


def _picture_bytes(dialog: Dialog, fmt: str, scale: float) -> bytes:
    scene, source = _scene_for(dialog)
    width, height = source.width() * scale, source.height() * scale
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if fmt == "svg":
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(QSize(int(width), int(height)))
        generator.setViewBox(QRectF(0, 0, width, height))
        generator.setTitle(dialog.name)
        generator.setDescription(dialog.description)
        painter = QPainter(generator)
        painter.fillRect(QRectF(0, 0, width, height), QColor("#FFFFFF"))
        scene.render(painter, QRectF(0, 0, width, height), source)
        painter.end()
    else:
        if width * height > MAX_PIXELS:
            raise DesignerError(
                _tr("the picture would be {0} x {1} pixels; use a smaller --scale, or SVG").format(
                    int(width), int(height)
                ),
                code="too-large",
            )
        image = QImage(int(width), int(height), QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor("#FFFFFF"))
        painter = QPainter(image)
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        scene.render(
            painter, QRectF(0, 0, width, height), source, Qt.AspectRatioMode.KeepAspectRatio
        )
        painter.end()
        image.save(buffer, "PNG")
    buffer.close()
    data: QByteArray = buffer.data()
    return bytes(data.data())


def export_picture(dialog: Dialog, path: str | Path, fmt: str, scale: float = 1.0) -> None:
    """Write the flow picture to ``path`` atomically."""
    write_atomic(path, picture_bytes(dialog, fmt, scale))
