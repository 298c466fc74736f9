"""Light and dark themes: View ▸ Theme applies at once, cards stay readable, the choice is kept.

The QApplication is shared by the whole test session, so every test here
gives the palette and the canvas colours back as they were (``_give_back``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPointF, QRect, QSettings, Qt
from PySide6.QtGui import QAction, QColor, QGuiApplication, QIcon, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMenu,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from designer.ui import theme
from designer.ui.canvas.geometry import HEADER
from designer.ui.canvas.style import (
    DARK_CANVAS,
    LIGHT_CANVAS,
    STYLES,
    CanvasColours,
    canvas_colours,
    contrast,
    over,
)
from designer.ui.preview.chat_view import ChatView

AA = 4.5  # WCAG AA, normal text
GRAPHICS = 3.0  # WCAG AA, icons and other non-text marks
Role = QPalette.ColorRole


@pytest.fixture(autouse=True)
def _give_back(qapp, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Other tests expect the light canvas and the session's original palette."""
    monkeypatch.delenv(theme.ENV_VAR, raising=False)
    before = QApplication.palette()
    yield
    theme.uninstall_theme()
    QApplication.setPalette(before)
    assert canvas_colours() is LIGHT_CANVAS
    assert not isinstance(QApplication.style(), theme.ThemeStyle)


def _menu_action(window, choice: str) -> QAction:
    menu = window.findChild(QMenu, "theme-menu")
    assert menu is not None, "View ▸ Theme is missing"
    action = menu.findChild(QAction, f"theme-{choice}")
    assert action is not None
    return action


def _most_common_colour(image: QImage, area: QRect) -> QColor:
    counts = Counter(
        image.pixelColor(x, y).rgb()
        for x in range(area.left(), area.right(), 2)
        for y in range(area.top(), area.bottom(), 2)
    )
    return QColor.fromRgb(counts.most_common(1)[0][0])


def _painted_canvas(window, card_id: str) -> tuple[QColor, QColor]:
    """What the canvas shows now: (its background, the body of card ``card_id``)."""
    view = window.view
    item = view.dialog_scene().card_item(card_id)
    view.centerOn(item)
    QApplication.processEvents()
    image = view.viewport().grab().toImage()
    body = item.geometry().rect.adjusted(8, HEADER + 4, -8, -4)
    area = view.mapFromScene(item.mapToScene(body)).boundingRect()
    corner = view.mapFromScene(item.mapToScene(QPointF(-60, -60)))
    background = _most_common_colour(image, QRect(corner, corner + QPointF(30, 30).toPoint()))
    return background, _most_common_colour(image, area)


def test_choosing_dark_darkens_the_window_and_repaints_the_canvas_at_once(main_window, qtbot):
    main_window.view.set_zoom(1.0)
    background, body = _painted_canvas(main_window, "welcome")
    assert background.lightnessF() > 0.8 and body.lightnessF() > 0.9  # light to begin with

    _menu_action(main_window, theme.DARK).trigger()

    assert theme.current_theme() == theme.DARK
    assert QApplication.palette().color(Role.Window).lightnessF() < 0.3
    qtbot.waitUntil(lambda: main_window.view.palette().color(Role.Base).lightnessF() < 0.3)
    background, body = _painted_canvas(main_window, "welcome")
    # the cards' pixmap caches were dropped: the very same card is painted dark now
    assert background == DARK_CANVAS.background
    assert body == DARK_CANVAS.card_body
    assert body.lightnessF() < 0.3

    _menu_action(main_window, theme.LIGHT).trigger()
    background, body = _painted_canvas(main_window, "welcome")
    assert QApplication.palette().color(Role.Window).lightnessF() > 0.8
    assert (background, body) == (LIGHT_CANVAS.background, LIGHT_CANVAS.card_body)


@pytest.mark.parametrize("colours", [LIGHT_CANVAS, DARK_CANVAS], ids=lambda c: c.name)
def test_card_text_reads_well_in_both_themes(colours: CanvasColours) -> None:
    body = colours.card_body
    assert contrast(colours.card_text, body) >= AA
    assert contrast(colours.port_text, body) >= AA
    assert contrast(colours.overview_text, body) >= AA  # the title when zoomed far out
    assert contrast(colours.end_band_text, colours.end_band) >= AA
    assert contrast(colours.pill_text, colours.pill) >= AA
    for card_type in STYLES:
        header = colours.headers[card_type]
        assert contrast(colours.header_text, header) >= AA, card_type  # title and type
        disc = over(colours.glyph_disc, header)
        assert contrast(QColor("#FFFFFF"), disc) >= GRAPHICS, card_type  # the white glyph
        # the type colour still tells the card apart from the canvas around it
        assert contrast(colours.accents[card_type], colours.background) >= 2.4, card_type
    assert contrast(colours.link, colours.background) >= GRAPHICS
    assert contrast(colours.selection, colours.background) >= GRAPHICS


@pytest.mark.parametrize("name", [theme.LIGHT, theme.DARK])
def test_window_text_and_widget_tones_read_well(name: str) -> None:
    palette = theme.palette_for(name)
    tones = theme.LIGHT_TONES if name == theme.LIGHT else theme.DARK_TONES
    window, base = palette.color(Role.Window), palette.color(Role.Base)
    assert contrast(palette.color(Role.WindowText), window) >= AA
    assert contrast(palette.color(Role.Text), base) >= AA
    assert contrast(palette.color(Role.ButtonText), palette.color(Role.Button)) >= AA
    assert contrast(palette.color(Role.HighlightedText), palette.color(Role.Highlight)) >= AA
    assert contrast(palette.color(Role.Link), base) >= AA
    assert contrast(palette.color(Role.ToolTipText), palette.color(Role.ToolTipBase)) >= AA
    for text in (tones.muted, tones.error, tones.accent_text):
        assert contrast(QColor(text), window) >= AA, text
    pairs = [
        (tones.bot_text, tones.bot_back),
        (tones.visitor_text, tones.visitor_back),
        (tones.agent_text, tones.agent_back),
        (tones.hint_text, tones.hint_back),
        (tones.muted, tones.chat_back),
        (tones.note_text, tones.chat_back),
        (tones.panel_text, tones.panel_back),
        (tones.banner_text, tones.banner_back),
        (tones.warning_text, tones.warning_back),
        (tones.choice_text, tones.choice_back),
        (tones.chart_text, tones.chat_back),
        ("#FFFFFF", tones.accent),
    ]
    for text, back in pairs:
        assert contrast(QColor(text), QColor(back)) >= AA, (text, back)
    assert (window.lightnessF() < 0.3) == (name == theme.DARK)


def test_the_choice_is_kept_and_shown_again_at_the_next_start(main_window) -> None:
    _menu_action(main_window, theme.DARK).trigger()
    assert QSettings().value(theme.SETTING) == theme.DARK

    theme.uninstall_theme()  # as if the app had quit
    assert QApplication.palette().color(Role.Window).lightnessF() > 0.5
    theme.install_theme()  # what designer.app does at start
    assert theme.current_theme() == theme.DARK
    assert QApplication.palette().color(Role.Window).lightnessF() < 0.3
    assert canvas_colours() is DARK_CANVAS
    menu = theme.ThemeMenu()
    assert menu.actions_by_choice[theme.DARK].isChecked()
    assert not menu.actions_by_choice[theme.SYSTEM].isChecked()


def test_system_follows_the_desktop_when_it_turns_dark_and_back(main_window) -> None:
    hints = QGuiApplication.styleHints()
    _menu_action(main_window, theme.SYSTEM).trigger()
    assert theme.current_theme() == theme.LIGHT  # offscreen, the desktop says nothing

    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.current_theme() == theme.DARK
    assert QApplication.palette().color(Role.Window).lightnessF() < 0.3
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert theme.current_theme() == theme.LIGHT

    _menu_action(main_window, theme.LIGHT).trigger()  # a picked theme stays put
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.current_theme() == theme.LIGHT


def test_which_theme_a_choice_means() -> None:
    assert theme.theme_for(theme.SYSTEM, Qt.ColorScheme.Dark) == theme.DARK
    assert theme.theme_for(theme.SYSTEM, Qt.ColorScheme.Light) == theme.LIGHT
    assert theme.theme_for(theme.SYSTEM, Qt.ColorScheme.Unknown) == theme.LIGHT
    assert theme.theme_for(theme.LIGHT, Qt.ColorScheme.Dark) == theme.LIGHT
    assert theme.theme_for(theme.DARK, Qt.ColorScheme.Light) == theme.DARK


def test_the_environment_overrides_the_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    theme.choose_theme(theme.LIGHT)
    monkeypatch.setenv(theme.ENV_VAR, "dark")
    assert theme.chosen_theme() == theme.DARK
    monkeypatch.setenv(theme.ENV_VAR, "purple")
    assert theme.chosen_theme() == theme.SYSTEM


def test_chat_bubbles_turn_dark_with_the_theme(qtbot) -> None:
    chat = ChatView()
    qtbot.addWidget(chat)
    chat.resize(400, 300)
    chat.show()
    bubble = chat.add_bubble("bot", "Hello! How can we help?")
    qtbot.waitExposed(chat)

    def painted() -> tuple[QColor, QColor]:
        QApplication.processEvents()
        image = chat.viewport().grab().toImage()
        spot = bubble.mapTo(chat.viewport(), bubble.rect().topLeft()) + QPointF(6, 6).toPoint()
        return image.pixelColor(chat.viewport().width() - 30, 4), image.pixelColor(spot)

    canvas, back = painted()
    assert canvas == QColor(theme.LIGHT_TONES.chat_back)
    assert back == QColor(theme.LIGHT_TONES.bot_back)
    theme.theme_manager().choose(theme.DARK)
    canvas, back = painted()
    assert canvas == QColor(theme.DARK_TONES.chat_back)
    assert back == QColor(theme.DARK_TONES.bot_back)


def test_fields_and_radio_buttons_keep_a_visible_rim_on_dark(qtbot) -> None:
    """Fusion rims fields in the window colour darkened: black on black without ThemeStyle."""
    theme.apply_theme(theme.DARK)
    box = QWidget()
    field, radio = QLineEdit("Chat with sales", box), QRadioButton("Round-robin", box)
    for widget in (field, radio):
        widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a focus frame is drawn in blue anyway
    layout = QVBoxLayout(box)
    layout.addWidget(field)
    layout.addWidget(radio)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    window = QApplication.palette().color(Role.Window)

    def rim(widget, xs: range) -> float:
        image = widget.grab().toImage()
        middle = image.height() // 2
        return max(contrast(image.pixelColor(x, middle), window) for x in xs)

    assert rim(field, range(0, 3)) >= 1.5  # plain Fusion: 1.1, the rim is lost
    assert rim(radio, range(0, 16)) >= 1.5


def test_small_black_icons_follow_the_theme_even_once_made(qtbot) -> None:
    """Fusion's arrows and close cross are black pixmaps: they would vanish on dark."""
    theme.apply_theme(theme.LIGHT)
    icons = [
        QApplication.style().standardIcon(pixmap)
        for pixmap in (QStyle.StandardPixmap.SP_ArrowUp, QStyle.StandardPixmap.SP_DialogCloseButton)
    ]

    def ink(icon: QIcon) -> float:
        image = icon.pixmap(32).toImage()
        opaque = [
            image.pixelColor(x, y).lightnessF()
            for x in range(image.width())
            for y in range(image.height())
            if image.pixelColor(x, y).alpha() > 200
        ]
        assert opaque, "the icon drew nothing"
        return sum(opaque) / len(opaque)

    assert all(ink(icon) < 0.3 for icon in icons)
    theme.apply_theme(theme.DARK)
    assert all(ink(icon) > 0.7 for icon in icons)  # the very same icons, made under light


def test_exported_pictures_stay_light_under_the_dark_theme(controller) -> None:
    from designer.ui.picture_export import picture_bytes

    theme.theme_manager().choose(theme.DARK)
    image = QImage.fromData(picture_bytes(controller.document.to_dialog(), "png"))
    assert image.pixelColor(5, 5).lightnessF() > 0.9  # the margin around the flow
    assert canvas_colours() is DARK_CANVAS  # the screen keeps its theme
