"""What the light and the dark theme look like: palettes, widget tones and the Fusion tweak.

The dark palette is tuned by hand, not inverted; :class:`Tones` are the few
colours widgets name in style sheets; every text pair here is checked for
WCAG AA contrast by ``tests/ui/test_theme.py``. Choosing and applying a theme
is :mod:`designer.ui.theme`'s part.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionComplex,
    QWidget,
)

LIGHT, DARK = "light", "dark"
STYLE = "fusion"  # draws with the palette on every platform, so the dark theme is whole


@dataclass(frozen=True)
class Tones:
    """The colours widgets name in their style sheets (``{muted}``) or paint with."""

    accent: str  # a filled button, white text on it
    accent_hover: str
    accent_text: str  # accent-coloured text and rings on the window or a field
    muted: str  # secondary sentences
    error: str
    warning_text: str
    warning_back: str
    chat_back: str
    bot_back: str
    bot_text: str
    visitor_back: str
    visitor_text: str
    agent_back: str
    agent_text: str
    hint_back: str
    hint_text: str
    hint_border: str
    note_text: str
    panel_back: str
    panel_border: str
    panel_text: str
    alert_stripe: str
    banner_back: str
    banner_border: str
    banner_text: str
    choice_back: str
    choice_hover: str
    choice_border: str
    choice_text: str
    chart_track: str
    chart_text: str
    dot_idle: str


LIGHT_TONES = Tones(
    accent="#1A73E8",
    accent_hover="#1765CC",
    accent_text="#1A66CC",
    muted="#5F6B78",
    error="#B3261E",
    warning_text="#8A5300",
    warning_back="#FFF4E0",
    chat_back="#FFFFFF",
    bot_back="#EEF1F5",
    bot_text="#1F2A36",
    visitor_back="#3872C6",
    visitor_text="#FFFFFF",
    agent_back="#DDF2E7",
    agent_text="#123828",
    hint_back="#FFF6E0",
    hint_text="#6E4A00",
    hint_border="#F0CF85",
    note_text="#5E7A2E",
    panel_back="#F6F7F9",
    panel_border="#DCE1E7",
    panel_text="#26323F",
    alert_stripe="#D9444B",
    banner_back="#FDECEC",
    banner_border="#E9A5A8",
    banner_text="#6A1B1F",
    choice_back="#FFFFFF",
    choice_hover="#EAF2FC",
    choice_border="#3D7DD8",
    choice_text="#1D5BB5",
    chart_track="#E3E8EE",
    chart_text="#26313D",
    dot_idle="#C4C7CC",
)

DARK_TONES = Tones(
    accent="#2F6FD6",
    accent_hover="#3A7BE0",
    accent_text="#7CB0FF",
    muted="#9AA4AF",
    error="#FF8A80",
    warning_text="#F2C46D",
    warning_back="#3A2F17",
    chat_back="#181A1F",
    bot_back="#2B3038",
    bot_text="#E4E8ED",
    visitor_back="#3872C6",
    visitor_text="#FFFFFF",
    agent_back="#1C3A2D",
    agent_text="#CBEBDB",
    hint_back="#372D14",
    hint_text="#F3D9A0",
    hint_border="#6B5526",
    note_text="#A9C97A",
    panel_back="#23272E",
    panel_border="#3A3F48",
    panel_text="#D5DAE0",
    alert_stripe="#E5565C",
    banner_back="#3B1F22",
    banner_border="#7A3A3F",
    banner_text="#F6CACC",
    choice_back="#1F2228",
    choice_hover="#26324A",
    choice_border="#5B9BFF",
    choice_text="#8AB8FF",
    chart_track="#30353D",
    chart_text="#E1E5EA",
    dot_idle="#4A5059",
)

_R = QPalette.ColorRole
_LIGHT_ROLES = {
    _R.Window: "#F0F2F5",
    _R.WindowText: "#1F2328",
    _R.Base: "#FFFFFF",
    _R.AlternateBase: "#F5F6F8",
    _R.ToolTipBase: "#FFFFFF",
    _R.ToolTipText: "#1F2328",
    _R.PlaceholderText: "#7A828C",
    _R.Text: "#1F2328",
    _R.Button: "#F7F8FA",
    _R.ButtonText: "#1F2328",
    _R.BrightText: "#FFFFFF",
    _R.Highlight: "#1A73E8",
    _R.HighlightedText: "#FFFFFF",
    _R.Link: "#1A5FB4",
    _R.LinkVisited: "#6B3FA0",
    _R.Accent: "#1A73E8",
}
_LIGHT_DISABLED = {
    _R.WindowText: "#9AA1A9",
    _R.Text: "#9AA1A9",
    _R.ButtonText: "#9AA1A9",
    _R.Base: "#F5F6F8",
    _R.Highlight: "#C4C9D0",
    _R.HighlightedText: "#FFFFFF",
}
_DARK_ROLES = {
    _R.Window: "#1F2228",
    _R.WindowText: "#E3E6EA",
    _R.Base: "#181A1F",
    _R.AlternateBase: "#23262C",
    _R.ToolTipBase: "#2B2F36",
    _R.ToolTipText: "#E3E6EA",
    _R.PlaceholderText: "#8B939D",
    _R.Text: "#E3E6EA",
    _R.Button: "#2A2E35",
    _R.ButtonText: "#E3E6EA",
    _R.BrightText: "#FF6B6B",
    _R.Light: "#3A3F47",
    _R.Midlight: "#30353C",
    _R.Mid: "#3A3F47",
    _R.Dark: "#141619",
    _R.Shadow: "#0A0B0D",
    _R.Highlight: "#2F6FD6",
    _R.HighlightedText: "#FFFFFF",
    _R.Link: "#7AB0FF",
    _R.LinkVisited: "#B69CFF",
    _R.Accent: "#2F6FD6",
}
_DARK_DISABLED = {
    _R.WindowText: "#6E757E",
    _R.Text: "#6E757E",
    _R.ButtonText: "#6E757E",
    _R.Base: "#1C1E23",
    _R.Button: "#24272D",
    _R.Highlight: "#3A3F47",
    _R.HighlightedText: "#A0A6AD",
    _R.PlaceholderText: "#5A6069",
}


def palette_for(theme: str) -> QPalette:
    """The QPalette of ``light`` or ``dark``: the 3D shades from the button colour, then ours."""
    dark = theme == DARK
    roles, disabled = (_DARK_ROLES, _DARK_DISABLED) if dark else (_LIGHT_ROLES, _LIGHT_DISABLED)
    palette = QPalette(QColor(roles[_R.Button]), QColor(roles[_R.Window]))
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role, colour in disabled.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette


_PE = QStyle.PrimitiveElement
_OUTLINED = frozenset(
    {_PE.PE_IndicatorRadioButton, _PE.PE_IndicatorCheckBox, _PE.PE_FrameLineEdit, _PE.PE_Frame}
)
_OUTLINE_BASIS = QColor("#6A717C")  # Fusion outlines with Window.darker(140): #4C5159 here
# Fusion's black glyphs, drawn in the palette's button text colour instead (see ThemeStyle).
_SP = QStyle.StandardPixmap
_GLYPHS = frozenset(
    {
        _SP.SP_DialogCloseButton,
        _SP.SP_ArrowUp,
        _SP.SP_ArrowDown,
        _SP.SP_ArrowLeft,
        _SP.SP_ArrowRight,
    }
)


class ThemeStyle(QProxyStyle):
    """Fusion, with outlines and small icons that show on the dark theme.

    Fusion draws the rim of radio buttons, check boxes and fields in the
    window colour darkened, which vanishes on a dark window: under the dark
    theme those few elements get a lighter window colour to darken. Its close
    and arrow icons are black: here they take the palette's text colour when
    painted, so even an icon made before a change of theme follows it.
    """

    def __init__(self) -> None:
        super().__init__(STYLE)
        self.dark = False  # set by designer.ui.theme.apply_theme

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if self.dark and element in _OUTLINED:
            option = _with_visible_outline(option)
        super().drawPrimitive(element, option, painter, widget)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if self.dark and control == QStyle.ComplexControl.CC_SpinBox:
            option = _with_visible_outline(option)
        super().drawComplexControl(control, option, painter, widget)

    def standardIcon(
        self,
        icon: QStyle.StandardPixmap,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> QIcon:
        base = super().standardIcon(icon, option, widget)
        return QIcon(PaletteGlyph(base)) if icon in _GLYPHS else base


class PaletteGlyph(QIconEngine):
    """A one-colour icon painted in the application palette's button text, read at paint time."""

    def __init__(self, shape: QIcon) -> None:
        super().__init__()
        self.shape = shape

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        group = (
            QPalette.ColorGroup.Disabled
            if mode == QIcon.Mode.Disabled
            else QPalette.ColorGroup.Active
        )
        colour = QApplication.palette().color(group, QPalette.ColorRole.ButtonText)
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        pixmap = self.shape.pixmap(rect.size(), ratio, QIcon.Mode.Normal, state)
        tint = QPainter(pixmap)
        tint.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        tint.fillRect(pixmap.rect(), colour)
        tint.end()
        painter.drawPixmap(rect, pixmap)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return PaletteGlyph(self.shape)


def _with_visible_outline(option: QStyleOption) -> QStyleOption:
    copy = type(option)(option)
    palette = QPalette(option.palette)
    palette.setColor(QPalette.ColorRole.Window, _OUTLINE_BASIS)
    copy.palette = palette
    return copy
