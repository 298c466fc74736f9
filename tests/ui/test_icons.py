"""The app's SVG icons: one per card type and the app's own, in the palette, cards and windows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRectF, QSize
from PySide6.QtGui import QColor, QIcon, QImage, QPainter

from designer.model.cards import CARD_CLASSES
from designer.resources import resource_path
from designer.ui.canvas.style import STYLES
from designer.ui.icons import (
    app_icon,
    card_icon,
    glyph_pixmap,
    icon_file,
    paint_card_glyph,
    rendered_icon,
)
from designer.ui.palette import TYPE_ROLE

CARD_TYPES = list(CARD_CLASSES)  # every card type the model knows, not the style table


def _image(icon: QIcon, size: int = 30, ratio: float = 1.0) -> QImage:
    return icon.pixmap(QSize(size, size), ratio).toImage()


def _opaque_pixels(image: QImage) -> int:
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() > 200
    )


def _close(a: QColor, b: QColor, tolerance: int = 8) -> bool:
    return all(abs(p - q) <= tolerance for p, q in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


def test_the_model_has_ten_card_types_each_with_a_shipped_svg(qapp) -> None:
    assert len(CARD_TYPES) == 10
    for card_type in CARD_TYPES:
        path = resource_path("icons", icon_file(card_type))
        assert path.is_file(), path
        text = path.read_text(encoding="utf-8")
        assert 'id="tile"' in text and 'id="glyph"' in text  # the canvas draws the glyph alone


@pytest.mark.parametrize("card_type", CARD_TYPES)
def test_every_card_icon_draws_its_tile_in_the_card_colour_and_a_white_glyph(
    qapp, card_type: str
) -> None:
    icon = card_icon(card_type)
    assert not icon.isNull()
    image = _image(icon)
    assert _opaque_pixels(image) > 30 * 30 * 0.6  # a full tile, not a speck
    tile = image.pixelColor(3, 15)  # the tile's left edge, away from the glyph
    assert _close(tile, QColor(STYLES[card_type].colour)), (tile.name(), card_type)
    white = sum(
        1
        for y in range(30)
        for x in range(30)
        if image.pixelColor(x, y).lightness() > 235 and image.pixelColor(x, y).alpha() > 200
    )
    assert white > 15, f"{card_type}: no glyph drawn"


def test_icons_are_sharp_on_high_dpi_screens(qapp) -> None:
    """At a 2x screen the icon is drawn with twice the pixels, not a blown-up 1x picture."""
    icon = card_icon("message")
    assert _image(icon, 30, 2.0).width() == 60
    fallback = rendered_icon(icon_file("question"))  # without Qt's svg icon-engine plugin
    image = _image(fallback, 30, 2.0)
    assert image.width() == 60 and _opaque_pixels(image) > 60 * 60 * 0.6


def test_the_card_glyph_is_white_on_transparent_and_sized_for_the_zoom(qapp) -> None:
    small = glyph_pixmap("live_chat", 26)
    large = glyph_pixmap("live_chat", 26 * 3)
    assert small.width() == 26 and large.width() == 78  # made for the size it is shown at
    assert glyph_pixmap("live_chat", 78) is large  # and shared, not drawn again
    image = large.toImage()
    opaque = [
        image.pixelColor(x, y)
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() > 250
    ]
    assert opaque and all(c.lightness() > 240 for c in opaque)
    assert image.pixelColor(1, 1).alpha() == 0  # no tile behind it

    # painted through a 3x zoom, the glyph lands where asked, drawn for that size
    canvas = QImage(120, 120, QImage.Format.Format_ARGB32_Premultiplied)
    canvas.fill(QColor("#3D7DD8"))
    painter = QPainter(canvas)
    painter.scale(3, 3)
    paint_card_glyph(painter, "live_chat", QRectF(10, 10, 26, 26))
    painter.end()
    inside = [canvas.pixelColor(x, y).lightness() for x in range(30, 108) for y in range(30, 108)]
    assert max(inside) > 240
    assert canvas.pixelColor(5, 5) == QColor("#3D7DD8")


def test_card_glyphs_use_every_pixel_of_a_high_dpi_screen(qapp) -> None:
    """On a 2x screen the glyph is drawn for it: more than four times the fully white pixels
    of a 1x screen (thin strokes become solid), where a blown-up 1x picture has at most four."""

    def white_pixels(ratio: float) -> int:
        size = int(48 * ratio)
        canvas = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        canvas.setDevicePixelRatio(ratio)
        canvas.fill(QColor("#3D7DD8"))
        painter = QPainter(canvas)
        paint_card_glyph(painter, "message", QRectF(11, 11, 26, 26))
        painter.end()
        return sum(
            1 for x in range(size) for y in range(size) if canvas.pixelColor(x, y).lightness() > 245
        )

    at_1x, at_2x = white_pixels(1.0), white_pixels(2.0)
    assert at_1x > 20
    assert at_2x > 4.5 * at_1x


def test_the_app_icon_is_a_full_colour_picture(qapp) -> None:
    icon = app_icon()
    assert not icon.isNull()
    image = _image(icon, 64)
    assert _opaque_pixels(image) > 64 * 64 * 0.7
    colours = {image.pixelColor(x, y).name() for x in range(0, 64, 4) for y in range(0, 64, 4)}
    assert len(colours) > 8  # backdrop gradient, bubble and flow dots, not a flat square


def test_the_app_window_has_the_app_icon(qtbot, boxes) -> None:
    from designer.app import _application, open_first_window

    app, _files = _application([])
    window = open_first_window([])
    qtbot.addWidget(window)
    assert not window.windowIcon().isNull()
    assert window.windowIcon().cacheKey() == app.windowIcon().cacheKey() == app_icon().cacheKey()
    assert app.desktopFileName() == "stream-designer"


def test_the_palette_shows_each_card_type_with_its_icon(main_window, qtbot) -> None:
    palette = main_window.palette.list
    assert palette.count() == len(CARD_TYPES)
    for row in range(palette.count()):
        item = palette.item(row)
        card_type = str(item.data(TYPE_ROLE))
        assert not item.icon().isNull()
        assert item.icon().cacheKey() == card_icon(card_type).cacheKey()
    # and the list really paints them: the first row's icon shows the Message blue
    image = palette.viewport().grab().toImage()
    rect = palette.visualItemRect(palette.item(0))
    spot = QPoint(rect.left() + 8 + 3, rect.center().y())
    assert _close(image.pixelColor(spot), QColor(STYLES[palette.item(0).data(TYPE_ROLE)].colour))


def test_card_headers_show_the_type_glyph(main_window, qtbot) -> None:
    """The header's disc holds the white SVG glyph (it used to be a letter)."""
    view = main_window.view
    scene = view.dialog_scene()
    start = main_window.controller.document.start
    view.set_zoom(1.0)
    item = scene.card_item(start)
    view.centerOn(item)
    disc = view.mapFromScene(item.mapToScene(QRectF(12, 11, 22, 22)).boundingRect()).boundingRect()
    image = view.viewport().grab().toImage()
    whites = sum(
        1
        for x in range(disc.left(), disc.right())
        for y in range(disc.top(), disc.bottom())
        if image.pixelColor(x, y).lightness() > 240
    )
    assert whites > 20


def test_svg_exports_keep_the_glyphs_as_vectors(qapp, controller) -> None:
    from designer.ui.picture_export import picture_bytes

    svg = picture_bytes(controller.document.to_dialog(), "svg").decode("utf-8")
    assert "<image" not in svg  # no raster glyphs pasted into the vector picture
    assert svg.count("<path") > 10
