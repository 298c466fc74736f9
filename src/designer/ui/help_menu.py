"""The Help menu: the bundled user guide, the first-run tour, About Stream Designer, About Qt.

The tour shows by itself on the very first start (a QSettings flag set once
it is dismissed) and again whenever Help ▸ Show the Tour is chosen. The
guide is a page shipped inside the package, opened in the browser from disk:
nothing is fetched from the network. About lists the version and the licence
of each component as the installed packages declare it.
"""

from __future__ import annotations

import platform
from dataclasses import dataclass
from importlib import metadata
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt, QUrl, qVersion
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from designer import __version__
from designer.resources import guide_file
from designer.ui.icons import app_icon
from designer.ui.tour import Tour, TourStep

if TYPE_CHECKING:
    from designer.ui.main_window import MainWindow

TOUR_DISMISSED = "help/tourDismissed"
QT_LICENCE = "LGPL-3.0-only"  # the Qt libraries shipped in the PySide6 wheels
APP_LICENCE = "MIT"

# (shown name, distribution names to try): PySide6 comes as "PySide6-Essentials" or "PySide6".
COMPONENTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("PySide6 (Qt for Python)", ("PySide6-Essentials", "PySide6")),
    ("Shiboken6", ("shiboken6",)),
    ("pydantic", ("pydantic",)),
    ("pydantic-core", ("pydantic-core",)),
    ("SQLModel", ("sqlmodel",)),
    ("SQLAlchemy", ("SQLAlchemy",)),
    ("Alembic", ("alembic",)),
    ("qasync", ("qasync",)),
    ("grandalf", ("grandalf",)),
    ("psygnal", ("psygnal",)),
    ("platformdirs", ("platformdirs",)),
)


@dataclass(frozen=True)
class Component:
    """A library the app is built on, as its installed metadata describes it."""

    name: str
    version: str
    licence: str


def _licence(meta: metadata.PackageMetadata) -> str:
    """The licence a package declares: SPDX expression, short License field, or classifier."""
    expression = meta.get("License-Expression")
    if expression:
        return expression.strip()
    text = (meta.get("License") or "").strip()
    if text and "\n" not in text and len(text) <= 60:
        return text
    classifiers = [c for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    if classifiers:
        return " / ".join(c.rsplit("::", 1)[-1].strip() for c in classifiers)
    return QApplication.translate("HelpMenu", "see the package")


def components() -> list[Component]:
    """Qt and every listed library with its installed version and licence."""
    found = [Component("Qt", qVersion(), QT_LICENCE)]
    for name, distributions in COMPONENTS:
        for distribution in distributions:
            try:
                meta = metadata.metadata(distribution)
            except metadata.PackageNotFoundError:
                continue
            found.append(Component(name, meta["Version"], _licence(meta)))
            break
        else:
            missing = QApplication.translate("HelpMenu", "not installed")
            found.append(Component(name, "-", missing))
    return found


class AboutDialog(QDialog):
    """Version, one sentence on what the app does, and the components with their licences."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about-dialog")
        self.setWindowTitle(self.tr("About Stream Designer"))
        logo = QLabel(self)
        logo.setPixmap(app_icon().pixmap(72, 72))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        name = QLabel(self.tr("Stream Designer"), self)
        name.setStyleSheet("font-size: 17pt; font-weight: 600;")
        self.version_label = QLabel(
            self.tr("Version {0} · Qt {1} · Python {2}").format(
                __version__, qVersion(), platform.python_version()
            ),
            self,
        )
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        blurb = QLabel(
            self.tr(
                "Design, check and preview the chat dialogues that greet visitors on "
                "your website, with live-chat hand-off to your agents. Offline, on your desktop."
            ),
            self,
        )
        blurb.setWordWrap(True)
        credits = QLabel(
            self.tr(
                "Stream Designer is free software under the {0} licence. "
                "It is built on these components:"
            ).format(APP_LICENCE),
            self,
        )
        credits.setWordWrap(True)

        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("about-components")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Component"), self.tr("Version"), self.tr("Licence")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, component in enumerate(components()):
            self.table.insertRow(row)
            for column, text in enumerate((component.name, component.version, component.licence)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        rows_height = self.table.rowCount() * self.table.verticalHeader().defaultSectionSize()
        header_height = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(rows_height + header_height + 2 * self.table.frameWidth())
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        text = QVBoxLayout()
        text.setSpacing(4)
        text.addWidget(name)
        text.addWidget(self.version_label)
        text.addSpacing(6)
        text.addWidget(blurb)
        heading = QHBoxLayout()
        heading.setSpacing(16)
        heading.addWidget(logo)
        heading.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 20, 22, 16)
        layout.addLayout(heading)
        layout.addSpacing(8)
        layout.addWidget(credits)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(600, layout.totalHeightForWidth(600))

    def rows(self) -> list[tuple[str, str, str]]:
        """The table as text (what a reader sees), row by row."""
        return [
            tuple(self.table.item(r, c).text() for c in range(3))  # type: ignore[misc]
            for r in range(self.table.rowCount())
        ]


class HelpMenu(QObject):
    """Builds the Help menu of a main window and owns its tour."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.menu = QMenu(self.tr("&Help"), window)
        self.menu.setObjectName("help-menu")
        self.guide = self._action(self.tr("&User Guide"), self.open_guide)
        self.guide.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.guide.setStatusTip(self.tr("Open the user guide in your web browser (no network)"))
        self.show_tour = self._action(self.tr("Show the &Tour"), self.start_tour)
        self.show_tour.setStatusTip(self.tr("Four steps: cards, canvas, inspector, preview"))
        self.menu.addSeparator()
        self.about = self._action(self.tr("&About Stream Designer"), self.show_about)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.about.setIcon(app_icon())
        self.about_qt = self._action(self.tr("About &Qt"), lambda: QApplication.aboutQt())
        self.about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)
        self.about_dialog: AboutDialog | None = None
        self.tour = Tour(window, window.view, self._steps())
        self.tour.dismissed.connect(self._remember_dismissed)

    def _action(self, text: str, slot: object) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        self.window.addAction(action)  # the shortcut works with the menu bar hidden too
        self.menu.addAction(action)
        return action

    def _steps(self) -> list[TourStep]:
        window = self.window
        return [
            TourStep(
                self.tr("Pick a card"),
                self.tr(
                    "The <b>Cards</b> panel on the left holds every kind of card. Drag one "
                    "onto the canvas, or double-click it to add it in the middle of the view."
                ),
                lambda: window.palette,
            ),
            TourStep(
                self.tr("Link the flow"),
                self.tr(
                    "On the <b>canvas</b>, drag from an answer's dot to a card to link them. "
                    "Ctrl+wheel zooms, Space+drag pans, Ctrl+0 shows the whole dialog."
                ),
                lambda: window.view,
            ),
            TourStep(
                self.tr("Fill in the details"),
                self.tr(
                    "Select a card to edit its words, answers and routing in the "
                    "<b>Inspector</b> on the right. Every change can be undone with Ctrl+Z."
                ),
                lambda: window.inspector,
            ),
            TourStep(
                self.tr("Try it as a visitor"),
                self.tr(
                    "Press <b>F5</b> to play the dialog in the <b>Preview</b> panel, and watch "
                    "the visitor's way light up on the canvas."
                ),
                lambda: window.previews.dock,
                window.previews.start,
            ),
        ]

    # --- the tour -----------------------------------------------------------------------------

    def start_tour(self) -> None:
        self.tour.start()

    def show_tour_on_first_start(self) -> bool:
        """Start the tour unless it was dismissed before; whether it was started."""
        if QSettings().value(TOUR_DISMISSED, False, type=bool):
            return False
        self.tour.start()
        return True

    def _remember_dismissed(self) -> None:
        settings = QSettings()
        settings.setValue(TOUR_DISMISSED, True)
        settings.sync()

    # --- guide and About ------------------------------------------------------------------------

    def open_guide(self) -> bool:
        """Open the bundled guide in the browser; say why in the status bar if that fails."""
        path = guide_file()
        if not path.exists():
            self.window.status(self.tr("The user guide is missing from this installation."))
            return False
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.window.status(self.tr("No program could open the user guide: {0}").format(path))
            return False
        return True

    def show_about(self) -> AboutDialog:
        """Show the About box (one per window, brought back to the front when asked again)."""
        if self.about_dialog is None:
            self.about_dialog = AboutDialog(self.window)
        self.about_dialog.show()
        self.about_dialog.raise_()
        self.about_dialog.activateWindow()
        return self.about_dialog
