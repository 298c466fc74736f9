"""The Help menu: first-run tour, About with the components' licences, the bundled user guide."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QRect, QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices

from designer import __version__
from designer.ui.help_menu import TOUR_DISMISSED, AboutDialog


def _first_window(qtbot):
    from designer.app import open_first_window

    window = open_first_window([])
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    return window


def _ring_around(window, widget) -> bool:
    """The tour's spotlight rings exactly this panel."""
    tour = window.help.tour
    expected = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    return tour.spotlight.isVisible() and tour.spotlight.ring == expected


# --- the tour --------------------------------------------------------------------------------


def test_the_first_start_shows_the_tour_step_by_step_and_never_again_once_dismissed(
    qtbot, boxes
) -> None:
    window = _first_window(qtbot)
    tour = window.help.tour
    card = tour.card
    assert tour.is_showing() and tour.index == 0
    assert card.title.text() == "Pick a card"
    assert card.step_label.text() == "QUICK TOUR · 1 OF 4"
    assert not card.back_button.isVisible()
    assert _ring_around(window, window.palette)
    view = window.view
    assert QRect(view.mapTo(window, view.rect().topLeft()), view.size()).contains(card.geometry())
    where = card.geometry()

    qtbot.mouseClick(card.next_button, Qt.MouseButton.LeftButton)
    assert tour.index == 1 and card.title.text() == "Link the flow"
    assert _ring_around(window, window.view) and card.back_button.isVisible()
    qtbot.mouseClick(card.next_button, Qt.MouseButton.LeftButton)
    assert card.title.text() == "Fill in the details"
    assert _ring_around(window, window.inspector)
    assert card.geometry() == where  # Next stays under the pointer from step to step
    qtbot.mouseClick(card.next_button, Qt.MouseButton.LeftButton)
    assert card.title.text() == "Try it as a visitor"
    preview = window.previews.dock
    assert preview.isVisible() and _ring_around(window, preview)  # brought to the front
    assert card.next_button.text() == "Got it"
    assert card.action_button.isVisible() and card.action_button.text() == "Start Preview"
    qtbot.mouseClick(card.back_button, Qt.MouseButton.LeftButton)
    assert tour.index == 2 and not card.action_button.isVisible()
    qtbot.mouseClick(card.next_button, Qt.MouseButton.LeftButton)

    with qtbot.waitSignal(tour.dismissed):
        qtbot.mouseClick(card.next_button, Qt.MouseButton.LeftButton)
    assert not tour.is_showing() and not tour.spotlight.isVisible()
    assert QSettings().value(TOUR_DISMISSED, False, type=bool) is True

    second = _first_window(qtbot)  # the next start: no tour
    assert not second.help.tour.is_showing()
    window.close()
    second.close()


def test_a_tour_left_open_comes_back_on_the_next_start_and_the_close_button_ends_it(
    qtbot, boxes
) -> None:
    first = _first_window(qtbot)
    assert first.help.tour.is_showing()
    first.close()  # quit without dismissing it
    second = _first_window(qtbot)
    assert second.help.tour.is_showing()
    qtbot.mouseClick(second.help.tour.card.close_button, Qt.MouseButton.LeftButton)
    assert not second.help.tour.is_showing()
    assert QSettings().value(TOUR_DISMISSED, False, type=bool) is True
    second.close()


def test_help_show_the_tour_brings_it_back_from_the_first_step(main_window, qtbot) -> None:
    QSettings().setValue(TOUR_DISMISSED, True)
    help_menu = main_window.help
    assert not help_menu.tour.is_showing()
    titles = [a.text() for a in help_menu.menu.actions() if not a.isSeparator()]
    assert titles == ["&User Guide", "Show the &Tour", "&About Stream Designer", "About &Qt"]
    help_menu.show_tour.trigger()
    assert help_menu.tour.is_showing() and help_menu.tour.index == 0
    assert _ring_around(main_window, main_window.palette)


def test_the_tour_follows_the_window_when_it_is_resized(main_window, qtbot) -> None:
    tour = main_window.help.tour
    main_window.help.show_tour.trigger()
    qtbot.mouseClick(tour.card.next_button, Qt.MouseButton.LeftButton)  # the canvas step
    main_window.resize(main_window.width() - 200, main_window.height() - 100)
    qtbot.waitUntil(lambda: _ring_around(main_window, main_window.view))
    view = main_window.view
    area = QRect(view.mapTo(main_window, view.rect().topLeft()), view.size())
    assert area.contains(tour.card.geometry())


def test_the_preview_step_button_starts_the_preview(window, qtbot) -> None:
    """The last step's button really plays the dialog (the qasync loop and workspace fixture)."""
    tour = window.help.tour
    window.help.show_tour.trigger()
    tour.go(3)
    with qtbot.waitSignal(window.previews.run.started):
        qtbot.mouseClick(tour.card.action_button, Qt.MouseButton.LeftButton)
    assert window.previews.dock.isVisible()
    assert tour.is_showing()  # the tour stays until "Got it"


# --- About ------------------------------------------------------------------------------------


def test_about_shows_the_version_and_each_component_with_its_licence(main_window, qtbot) -> None:
    dialog = main_window.help.show_about()
    qtbot.waitExposed(dialog)
    assert isinstance(dialog, AboutDialog) and dialog.isVisible()
    assert __version__ in dialog.version_label.text()
    rows = {name: (version, licence) for name, version, licence in dialog.rows()}
    assert rows["PySide6 (Qt for Python)"][0] == PySide6.__version__
    assert "LGPL-3.0" in rows["PySide6 (Qt for Python)"][1]
    assert rows["Qt"][1] == "LGPL-3.0-only"
    for name, distribution in [
        ("pydantic", "pydantic"),
        ("SQLModel", "sqlmodel"),
        ("SQLAlchemy", "SQLAlchemy"),
        ("Alembic", "alembic"),
        ("qasync", "qasync"),
        ("grandalf", "grandalf"),
        ("psygnal", "psygnal"),
        ("platformdirs", "platformdirs"),
    ]:
        version, licence = rows[name]
        assert version == metadata.version(distribution)
        assert licence and licence != "see the package", name
    assert rows["pydantic"][1] == "MIT"
    assert main_window.help.show_about() is dialog  # asked again: the same box, in front
    dialog.close()


def test_about_qt_is_in_the_help_menu(main_window, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QApplication

    shown: list[bool] = []
    monkeypatch.setattr(QApplication, "aboutQt", staticmethod(lambda: shown.append(True)))
    main_window.help.about_qt.trigger()
    assert shown == [True]


# --- the user guide ---------------------------------------------------------------------------


def test_the_user_guide_opens_a_local_file_and_never_the_network(
    main_window, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True)
    )
    main_window.help.guide.trigger()
    assert len(opened) == 1 and opened[0].isLocalFile()
    page = Path(opened[0].toLocalFile())
    assert page.name == "guide.html" and page.is_file()
    html = page.read_text(encoding="utf-8")
    assert "Stream Designer" in html and "F5" in html
    assert "http://" not in html and "https://" not in html  # nothing to fetch
    for image in ("app.svg", "card-live-chat.svg"):  # its pictures ship beside it
        assert f"../icons/{image}" in html and (page.parent.parent / "icons" / image).is_file()
    assert main_window.help.guide.shortcut().toString() == "F1"


def test_a_guide_that_cannot_be_opened_is_said_in_the_status_bar(
    main_window, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda _url: False))
    assert main_window.help.open_guide() is False
    assert "user guide" in main_window.statusBar().currentMessage()
