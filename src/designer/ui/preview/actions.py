"""The preview's menu entries and where its two docks sit in the main window.

The Preview dock shares the right-hand column with the inspector (raised
when a preview starts). The Agent inbox needs room for its list, transcript
and visitor panel, so it opens as its own window over the canvas, leaving
the visitor's chat in view; it docks like any panel if the marketer prefers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence

from designer.ui.preview.dock import PreviewDock
from designer.ui.preview.inbox import InboxDock

if TYPE_CHECKING:
    from designer.ui.main_window import MainWindow

INBOX_SIZE = (960, 560)


class PreviewActions(QObject):
    """Creates the Preview and Agent inbox docks and their actions (in the Dialog menu)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dock = PreviewDock(window.controller, window.workspace_access, self._trail, window)
        self.run = self.dock.run
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        window.tabifyDockWidget(window.inspector, self.dock)
        window.inspector.raise_()
        self.inbox = InboxDock(self.run, window)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.inbox)
        # Its own window by default, like an agent's console: the canvas and the visitor's
        # chat keep their room. A layout saved in QSettings (docked or moved) wins.
        self.inbox.setFloating(True)
        self.inbox.hide()
        self._place_inbox = QSettings().value("mainWindow/state") is None

        self.start = self._action(self.tr("&Start Preview"), self.dock.start, "F5")
        self.start.setStatusTip(self.tr("Play the dialog as a visitor in the Preview panel"))
        self.restart = self._action(self.tr("&Restart Preview"), self.dock.restart, "Ctrl+F5")
        self.restart.setStatusTip(self.tr("Start the conversation again from the first card"))
        self.stop = self._action(self.tr("S&top Preview"), self.run.stop, "Shift+F5")
        self.show_inbox = self._action(self.tr("Agent &Inbox"), self.open_inbox, "Ctrl+Shift+I")
        self.show_inbox.setStatusTip(self.tr("Play the agents who receive the preview's chats"))
        self.dock_toggle = self.dock.toggleViewAction()
        self.dock_toggle.setText(self.tr("Preview &Panel"))
        self.dock.openInboxRequested.connect(self.open_inbox)
        for signal in (self.run.started, self.run.stopped):
            signal.connect(self._update)
        self._update()

    def _action(self, text: str, slot: object, key: str) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(key))
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        self.window.addAction(action)
        return action

    def _trail(self, current: str | None, path: list[str]) -> None:
        """Light the visitor's card and path, and keep that card in view as they move on."""
        view = self.window.view
        scene = view.dialog_scene()
        scene.set_trail(current, path)
        item = scene.card_item(current) if current else None
        if item is not None:
            view.ensureVisible(item, 40, 40)

    def menu_actions(self) -> list[QAction]:
        """The preview's part of the Dialog menu, top to bottom, closed by a separator."""
        separator = QAction(self)
        separator.setSeparator(True)
        return [self.start, self.restart, self.stop, self.show_inbox, self.dock_toggle, separator]

    def open_inbox(self) -> None:
        """Show the inbox with the agent who has the visitor's chat, if any."""
        if self._place_inbox and self.inbox.isFloating():
            self._place_inbox = False
            frame = self.window.geometry()
            width = min(INBOX_SIZE[0], frame.width() - 80)
            height = min(INBOX_SIZE[1], frame.height() - 80)
            self.inbox.setGeometry(frame.left() + 40, frame.bottom() - height - 40, width, height)
        self.inbox.show()
        self.inbox.raise_()
        session = self.run.session
        if session is not None and session.chat is not None:
            self.inbox.play(session.chat.agent.email)
            self.inbox.open_chat(session.chat)

    def _update(self, *_args: object) -> None:
        self.restart.setEnabled(self.run.active)
        self.stop.setEnabled(self.run.active)

    def shutdown(self) -> None:
        """The window closes: end the preview and stop the simulated agents."""
        self.run.shutdown()
        self.inbox.notifier.close()
