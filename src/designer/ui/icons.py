"""The app's own icons: one SVG per card type and the app icon, read from the resources folder.

Every SVG has a coloured ``tile`` and a white ``glyph`` on a 24 px grid. The
palette and menus show the whole icon; a card's header (already in the
type's colour) shows the glyph alone. Icons are vectors, so they are sharp at
any screen scale; the canvas draws the glyph from a pixmap cache keyed by
type and device pixel size (shared by all cards), and as vectors into SVG or
PDF exports.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QPaintEngine, QPainter, QPixmap, QTransform
from PySide6.QtSvg import QSvgRenderer

from designer.resources import resource_path

GRID = 24.0  # the card icons' design grid
APP_ICON = "app.svg"
FALLBACK_SIZES = (16, 20, 24, 30, 32, 40, 48, 60, 64, 96, 128, 256)
_VECTOR_ENGINES = {QPaintEngine.Type.SVG, QPaintEngine.Type.Pdf, QPaintEngine.Type.Picture}
MAX_CACHED_GLYPHS = 400  # 10 types x 40 zoom levels, about 2 MB at most
_glyphs: dict[tuple[str, int], QPixmap] = {}


def icon_file(card_type: str) -> str:
    """The file name of a card type's icon: ``info_capture`` -> ``card-info-capture.svg``."""
    return f"card-{card_type.replace('_', '-')}.svg"


@cache
def _renderer(name: str) -> QSvgRenderer:
    return QSvgRenderer(str(resource_path("icons", name)))


def _svg_icon(name: str) -> QIcon:
    """QIcon straight from the SVG (Qt's svg icon engine); rendered pixmaps if that is missing.

    A build without the svg icon-engine plugin would give an empty icon:
    then the renderer draws it at the usual sizes, for 1x and 2x screens.
    """
    icon = QIcon(str(resource_path("icons", name)))
    if not icon.pixmap(QSize(16, 16)).isNull():
        return icon
    return rendered_icon(name)


def rendered_icon(name: str) -> QIcon:
    """The SVG drawn by QSvgRenderer at :data:`FALLBACK_SIZES` (no icon-engine plugin needed)."""
    renderer = _renderer(name)
    icon = QIcon()
    for size in FALLBACK_SIZES:
        for ratio in (1, 2):
            pixmap = QPixmap(size * ratio, size * ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            renderer.render(painter, QRectF(pixmap.rect()))
            painter.end()
            pixmap.setDevicePixelRatio(ratio)
            icon.addPixmap(pixmap)
    return icon


@cache
def card_icon(card_type: str) -> QIcon:
    """The icon of a card type (tile and glyph), as the palette shows it."""
    return _svg_icon(icon_file(card_type))


@cache
def app_icon() -> QIcon:
    """Stream Designer's own icon: windows, the About box, the desktop entry."""
    return _svg_icon(APP_ICON)


def _glyph_target(renderer: QSvgRenderer, rect: QRectF) -> QRectF:
    """Where the glyph lands when the 24 px grid is mapped onto ``rect``."""
    bounds = renderer.boundsOnElement("glyph")
    scale = rect.width() / GRID
    return QRectF(
        rect.x() + bounds.x() * scale,
        rect.y() + bounds.y() * scale,
        bounds.width() * scale,
        bounds.height() * scale,
    )


def glyph_pixmap(card_type: str, pixels: int) -> QPixmap:
    """The white glyph of ``card_type`` with its 24 px grid drawn ``pixels`` wide, cached.

    One pixmap per type and device size, shared by every card; the cache is
    emptied when a long zoom session has filled it.
    """
    pixels = min(max(pixels, 4), 1024)
    key = (card_type, pixels)
    pixmap = _glyphs.get(key)
    if pixmap is None:
        if len(_glyphs) >= MAX_CACHED_GLYPHS:
            _glyphs.clear()
        renderer = _renderer(icon_file(card_type))
        pixmap = QPixmap(pixels, pixels)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, "glyph", _glyph_target(renderer, QRectF(0, 0, pixels, pixels)))
        painter.end()
        _glyphs[key] = pixmap
    return pixmap


def paint_card_glyph(painter: QPainter, card_type: str, rect: QRectF) -> None:
    """Draw the type's white glyph with its grid on ``rect`` (square), sharp at the current zoom.

    Vector devices (SVG, PDF exports) get the paths themselves. Screens and
    PNG exports get a pixmap made for exactly the device size the glyph covers
    and copied pixel for pixel, which is both the sharpest and the fastest way.
    """
    engine = painter.paintEngine()
    if engine is not None and engine.type() in _VECTOR_ENGINES:
        renderer = _renderer(icon_file(card_type))
        renderer.render(painter, "glyph", _glyph_target(renderer, rect))
        return
    device = painter.device()
    ratio = device.devicePixelRatioF() if device is not None else 1.0
    transform = painter.worldTransform()
    if transform.isRotating():  # not on the canvas; kept right for any other caller
        pixmap = glyph_pixmap(card_type, round(rect.width() * 4))
        painter.drawPixmap(rect, pixmap, QRectF(pixmap.rect()))
        return
    target = transform.mapRect(rect)
    pixmap = glyph_pixmap(card_type, round(target.width() * ratio))
    pixmap.setDevicePixelRatio(ratio)
    painter.setWorldTransform(QTransform())
    painter.drawPixmap(
        QPointF(round(target.x() * ratio) / ratio, round(target.y() * ratio) / ratio), pixmap
    )
    painter.setWorldTransform(transform)
