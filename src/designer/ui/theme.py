"""The app's look: a light and a dark theme, following the system unless View ▸ Theme says.

Both themes are the Fusion style with a hand-made QPalette (a palette reaches
every widget); what each looks like is in :mod:`designer.ui.theme_colours`,
the canvas colours in :mod:`designer.ui.canvas.style`. Widgets that colour
their style sheets name the theme's :class:`Tones` through
:func:`themed_style`, so they follow too. A change of theme applies at once, no
restart: palette, style sheets and a repaint of every canvas. The choice
(System, Light or Dark) is kept in QSettings; System follows
``QStyleHints.colorScheme()`` live.
"""

from __future__ import annotations

import os
from dataclasses import asdict

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QGraphicsView, QMenu, QToolTip, QWidget

from designer.ui.canvas.style import DARK_CANVAS, LIGHT_CANVAS, set_canvas_colours
from designer.ui.theme_colours import (
    DARK,
    DARK_TONES,
    LIGHT,
    LIGHT_TONES,
    ThemeStyle,
    Tones,
    palette_for,
)

SYSTEM = "system"
CHOICES = (SYSTEM, LIGHT, DARK)
SETTING = "ui/theme"
ENV_VAR = "DESIGNER_THEME"  # overrides the setting (screenshots, smoke tests)
TEMPLATE_PROPERTY = "designerThemeStyle"  # a widget's style sheet with {tone} placeholders


# --- which theme -------------------------------------------------------------------------


def chosen_theme() -> str:
    """What the user picked in View ▸ Theme (or :data:`ENV_VAR` says): system, light or dark."""
    value = str(os.environ.get(ENV_VAR) or QSettings().value(SETTING, SYSTEM)).lower()
    return value if value in CHOICES else SYSTEM


def choose_theme(choice: str) -> None:
    """Remember the user's pick for the next starts."""
    settings = QSettings()
    settings.setValue(SETTING, choice)
    settings.sync()


def system_scheme() -> Qt.ColorScheme:
    """What the desktop says it prefers (Unknown when it does not say)."""
    return QGuiApplication.styleHints().colorScheme()


def theme_for(choice: str, scheme: Qt.ColorScheme) -> str:
    """The theme to show for a choice: light or dark itself; System asks the desktop, else light."""
    if choice in (LIGHT, DARK):
        return choice
    return DARK if scheme == Qt.ColorScheme.Dark else LIGHT


_current = LIGHT
_before: tuple[QPalette, str] | None = None  # the look before the first theme, for uninstall


def current_theme() -> str:
    """The theme shown now: light or dark."""
    return _current


def tones() -> Tones:
    """The current theme's :class:`Tones` (painting code reads them at paint time)."""
    return DARK_TONES if _current == DARK else LIGHT_TONES


def themed_style(widget: QWidget, template: str) -> None:
    """Give ``widget`` a style sheet naming :class:`Tones` (``color: {muted};``), kept in theme.

    The template stays on the widget, so a change of theme fills it in again.
    Literal braces are doubled, as in :meth:`str.format`.
    """
    widget.setProperty(TEMPLATE_PROPERTY, template)
    widget.setStyleSheet(template.format(**asdict(tones())))


def apply_theme(theme: str) -> None:
    """Show ``light`` or ``dark`` now: style, palette, style sheets, every canvas repainted."""
    global _current, _before
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("apply_theme needs a QApplication")
    if _before is None:
        _before = (app.palette(), app.style().name())
    _current = DARK if theme == DARK else LIGHT
    set_canvas_colours(DARK_CANVAS if _current == DARK else LIGHT_CANVAS)
    style = app.style()
    if not isinstance(style, ThemeStyle):
        style = ThemeStyle()
        app.setStyle(style)
    style.dark = _current == DARK
    palette = palette_for(_current)
    app.setPalette(palette)
    QToolTip.setPalette(palette)
    values = asdict(tones())
    for widget in app.allWidgets():
        template = widget.property(TEMPLATE_PROPERTY)
        if template:
            widget.setStyleSheet(str(template).format(**values))
        elif widget.styleSheet():
            widget.setStyleSheet(widget.styleSheet())  # re-reads its palette(...) colours
    _repaint_canvases(app)


def _repaint_canvases(app: QApplication) -> None:
    """Every graphics view and item repaints: the cards' pixmap caches hold the old colours."""
    seen: set[int] = set()
    for widget in app.allWidgets():
        if not isinstance(widget, QGraphicsView):
            continue
        widget.resetCachedContent()
        scene = widget.scene()
        if scene is not None and id(scene) not in seen:
            seen.add(id(scene))
            for item in scene.items():
                item.update()
            scene.update()
        widget.viewport().update()


# --- following the choice and the system -------------------------------------------------


class ThemeManager(QObject):
    """Holds the choice, applies the theme it means, and follows the desktop under System."""

    choiceChanged = Signal(str)  # system, light or dark
    themeChanged = Signal(str)  # light or dark, once applied

    def __init__(self, choice: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.choice = chosen_theme() if choice is None else choice
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._scheme_changed)

    def theme(self, scheme: Qt.ColorScheme | None = None) -> str:
        return theme_for(self.choice, system_scheme() if scheme is None else scheme)

    def apply(self, scheme: Qt.ColorScheme | None = None) -> None:
        theme = self.theme(scheme)
        apply_theme(theme)
        self.themeChanged.emit(theme)

    def choose(self, choice: str) -> None:
        """The user's pick from View ▸ Theme: remembered, and shown at once."""
        if choice not in CHOICES:
            raise ValueError(f"unknown theme {choice!r}")
        self.choice = choice
        choose_theme(choice)
        self.choiceChanged.emit(choice)
        self.apply()

    def _scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        if self.choice == SYSTEM and self.theme(scheme) != current_theme():
            self.apply(scheme)

    def close(self) -> None:
        QGuiApplication.styleHints().colorSchemeChanged.disconnect(self._scheme_changed)


_manager: ThemeManager | None = None


def theme_manager() -> ThemeManager:
    """The app's one manager (made on first use; nothing is applied until a theme is)."""
    global _manager
    if _manager is None:
        _manager = ThemeManager(parent=QApplication.instance())
    return _manager


def install_theme() -> ThemeManager:
    """At start: show the chosen theme (or the system's) and follow the system from now on."""
    manager = theme_manager()
    manager.apply()
    return manager


def uninstall_theme() -> None:
    """Back to the look from before any theme, light canvas included: for tests sharing one app."""
    global _manager, _current, _before
    if _manager is not None:
        _manager.close()
        _manager.deleteLater()
        _manager = None
    _current = LIGHT
    set_canvas_colours(LIGHT_CANVAS)
    if _before is not None:
        palette, style = _before
        QApplication.setStyle(style)
        QApplication.setPalette(palette)
        QToolTip.setPalette(palette)
        _before = None


# --- View ▸ Theme ------------------------------------------------------------------------


class ThemeMenu(QMenu):
    """System / Light / Dark, checked as chosen; a pick applies at once."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("theme-menu")
        self.setTitle(self.tr("&Theme"))
        self.group = QActionGroup(self)
        self.actions_by_choice: dict[str, QAction] = {}
        for choice in CHOICES:
            action = QAction(self)
            action.setCheckable(True)
            action.setData(choice)
            action.setObjectName(f"theme-{choice}")
            self.group.addAction(action)
            self.addAction(action)
            self.actions_by_choice[choice] = action
        self.actions_by_choice[LIGHT].setText(self.tr("&Light"))
        self.actions_by_choice[DARK].setText(self.tr("&Dark"))
        self.group.triggered.connect(lambda action: theme_manager().choose(str(action.data())))
        self.aboutToShow.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Tick the current choice; System says what the desktop prefers now."""
        manager = _manager
        choice = manager.choice if manager is not None else chosen_theme()
        self.actions_by_choice[choice].setChecked(True)
        system = theme_for(SYSTEM, system_scheme())
        name = self.tr("Dark") if system == DARK else self.tr("Light")
        self.actions_by_choice[SYSTEM].setText(self.tr("&System ({0})").format(name))
