"""The Agent inbox: play any local agent of the preview, as in the reference product.

One dock with an agent switcher rather than a window per agent: a marketer
plays one agent at a time, and the switcher shows who has unread chats.
Availability, and what a simulated agent does with an offered chat (accept,
decline, don't answer), are view state of the preview, never written to the
workspace. A chat offered to an agent the marketer plays (not a simulated
one) raises a banner with Accept and Decline and the seconds left before it
times out, a beep and, where the desktop has one, a tray message.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QCloseEvent, QColor, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from designer.engine.events import Ended, Event
from designer.engine.preview import Chat, Inbox, WhenOffered
from designer.engine.routing import AgentStatus
from designer.ui.plural import plural
from designer.ui.preview.history import HistoryPane
from designer.ui.preview.inbox_chat import (
    ChatPane,
    end_text,
    score_mark,
    visitor_name,
    visitor_place,
)
from designer.ui.preview.notifications import Banner, Notifier
from designer.ui.preview.run import PreviewRun
from designer.ui.theme import themed_style

CHAT_ROLE = Qt.ItemDataRole.UserRole


class InboxDock(QDockWidget):
    """Agent switcher, availability, chat list (active / all), the chat, and the history."""

    def __init__(self, run: PreviewRun, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Agent Inbox"), parent)
        self.setObjectName("inbox")
        self.run = run
        self.notifier = Notifier(self)
        self._opened: set[int] = set()  # chats the agent has looked at (new ones are unread)
        body = QWidget(self)
        self.banner = Banner(self.tr("Accept"), body, decline=self.tr("Decline"))
        self.banner.accepted.connect(self._accept_banner)
        self.banner.declined.connect(self._decline_banner)
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self.agents = QComboBox(body)
        self.agents.setObjectName("agent-switcher")
        self.agents.setToolTip(self.tr("The agent you play"))
        self.agents.currentIndexChanged.connect(self._agent_switched)
        self.available = QCheckBox(self.tr("Available"), body)
        self.available.setObjectName("availability")
        self.available.setToolTip(
            self.tr("Only available agents are offered chats (in this preview only)")
        )
        self.available.toggled.connect(self._set_available)
        self.when_label = QLabel(self.tr("When simulated:"), body)
        self.when_offered = QComboBox(body)
        self.when_offered.setObjectName("when-offered")
        for text, choice in (
            (self.tr("Accept"), WhenOffered.ACCEPT),
            (self.tr("Decline"), WhenOffered.DECLINE),
            (self.tr("Don't answer"), WhenOffered.IGNORE),
        ):
            self.when_offered.addItem(text, choice.value)
        self.when_offered.setToolTip(
            self.tr(
                "What this simulated agent does with a chat offered to them: Decline and "
                "Don't answer let you see the next agent tried, then the fallback "
                "(in this preview only)"
            )
        )
        self.when_label.setBuddy(self.when_offered)
        self.when_offered.currentIndexChanged.connect(self._set_when_offered)
        self.filter = QComboBox(body)
        self.filter.setObjectName("chat-filter")
        self.filter.addItems([self.tr("Active chats"), self.tr("All chats")])
        self.filter.currentIndexChanged.connect(lambda _i: self._fill_list())
        self.note = QLabel(body)
        self.note.setObjectName("inbox-note")
        self.note.setWordWrap(True)
        themed_style(self.note, "color: {muted};")
        self.chats = QListWidget(body)
        self.chats.setObjectName("chat-list")
        self.chats.currentItemChanged.connect(self._chat_chosen)
        self.pane = ChatPane(run, body)
        self.pane.status.connect(self._status)
        self.history = HistoryPane(run, body)
        self.history.status.connect(self._status)

        chats_page = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.filter)
        column.addWidget(self.chats, 1)
        chats_page.addWidget(left)
        chats_page.addWidget(self.pane)
        chats_page.setStretchFactor(0, 1)
        chats_page.setStretchFactor(1, 3)
        chats_page.setChildrenCollapsible(False)
        self.tabs = QTabWidget(body)
        self.tabs.setObjectName("inbox-tabs")
        self.tabs.addTab(chats_page, self.tr("Chats"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.tabs.currentChanged.connect(self._tab_changed)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Agent:"), body))
        top.addWidget(self.agents, 1)
        top.addWidget(self.available)
        top.addWidget(self.when_label)
        top.addWidget(self.when_offered)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.tabs, 1)
        self.setWidget(body)

        run.hubChanged.connect(self._hub_changed)
        run.chatChanged.connect(self._chat_changed)
        run.event.connect(self._preview_event)
        self._hub_changed()

    # --- which agent --------------------------------------------------------------------------

    def current_inbox(self) -> Inbox | None:
        hub = self.run.hub
        email = self.agents.currentData()
        return hub.inboxes.get(email) if hub is not None and email else None

    def play(self, email: str) -> None:
        """Switch to the agent with this email."""
        index = self.agents.findData(email)
        if index >= 0:
            self.agents.setCurrentIndex(index)

    def _hub_changed(self) -> None:
        keep = self.agents.currentData()
        self._opened.clear()
        self.agents.blockSignals(True)
        self.agents.clear()
        for inbox in self.run.inboxes():
            self.agents.addItem(self._agent_text(inbox), inbox.agent.email)
        self.agents.blockSignals(False)
        if self.agents.count() == 0:
            self.note.setText(
                self.tr(
                    "No agents to play yet. Add them in Dialog ▸ Manage Agents and Teams, "
                    "then start the preview."
                )
                if self.run.hub is not None
                else self.tr("Start the preview (F5) to see its agents here.")
            )
        index = self.agents.findData(keep) if keep else -1
        self.agents.setCurrentIndex(max(index, 0) if self.agents.count() else -1)
        self._agent_switched()

    def _agent_text(self, inbox: Inbox) -> str:
        agent = inbox.agent
        text = agent.label
        if self.run.is_simulated(agent.email):
            text += " " + self.tr("(simulated)")
        if not agent.live_chat:
            text += " " + self.tr("(no Live Chat)")
        unread = sum(1 for chat in inbox.chats if self._unread(chat))
        if unread:
            text += " — " + plural(self.tr("%n unread chat(s)", "", unread), unread)
        return text

    def _refresh_agent_texts(self) -> None:
        for index, inbox in enumerate(self.run.inboxes()):
            if index < self.agents.count():
                self.agents.setItemText(index, self._agent_text(inbox))

    def _agent_switched(self, *_args: object) -> None:
        inbox = self.current_inbox()
        self.available.blockSignals(True)
        self.available.setEnabled(inbox is not None)
        self.available.setChecked(inbox is not None and inbox.agent.status == AgentStatus.AVAILABLE)
        self.available.blockSignals(False)
        simulated = inbox is not None and self.run.is_simulated(inbox.agent.email)
        self.when_label.setVisible(simulated)
        self.when_offered.setVisible(simulated)
        if inbox is not None:
            choice = self.run.when_offered.get(inbox.agent.email, WhenOffered.ACCEPT)
            self.when_offered.blockSignals(True)
            self.when_offered.setCurrentIndex(self.when_offered.findData(choice.value))
            self.when_offered.blockSignals(False)
        if inbox is not None:
            self.note.setText(self._agent_note(inbox))
        self.note.setVisible(bool(self.note.text()))
        self.pane.show_chat(None, None)
        self._fill_list()

    def _agent_note(self, inbox: Inbox) -> str:
        agent = inbox.agent
        if not agent.live_chat:
            return self.tr(
                "{0} has no Live Chat permission: routing never offers them a chat."
            ).format(agent.label)
        if self.run.is_simulated(agent.email):
            return self.tr(
                "{0} is simulated and answers by themselves; you may answer too."
            ).format(agent.label)
        return ""

    def _set_available(self, on: bool) -> None:
        inbox = self.current_inbox()
        if inbox is not None:
            inbox.agent.status = AgentStatus.AVAILABLE if on else AgentStatus.AWAY

    def _set_when_offered(self, _index: int) -> None:
        inbox = self.current_inbox()
        if inbox is not None:
            choice = WhenOffered(self.when_offered.currentData())
            self.run.set_when_offered(inbox.agent.email, choice)

    # --- the chat list ------------------------------------------------------------------------

    def _unread(self, chat: Chat) -> bool:
        return not chat.closed and (chat.id not in self._opened or chat.unread > 0)

    def _fill_list(self) -> None:
        inbox = self.current_inbox()
        keep = self.pane.chat.id if self.pane.chat is not None else None
        self.chats.blockSignals(True)
        self.chats.clear()
        show_all = self.filter.currentIndex() == 1
        for chat in reversed(inbox.chats if inbox is not None else []):
            if chat.closed and not show_all:
                continue
            item = QListWidgetItem()
            item.setData(CHAT_ROLE, chat.id)
            self._style_item(item, chat)
            self.chats.addItem(item)
            if chat.id == keep:
                self.chats.setCurrentItem(item)
        self.chats.blockSignals(False)
        if keep is not None and self.chats.currentItem() is None:
            self.pane.show_chat(None, None)

    def _style_item(self, item: QListWidgetItem, chat: Chat) -> None:
        place = visitor_place(chat)
        text = visitor_name(chat) + (f" ({place})" if place else "")
        font = item.font()
        unread = self._unread(chat)
        font.setBold(unread)
        if chat.closed:
            text += " · " + end_text(chat)
            item.setForeground(QBrush(QColor("#8A949E")))
        elif chat.offered or chat.id not in self._opened:
            text += " · " + self.tr("new")
        elif chat.unread:
            text += f" ({chat.unread})"
        if chat.score is not None:
            text += " · " + score_mark(chat.score)
        item.setText(text)
        item.setFont(font)
        item.setToolTip(self.tr("Unread") if unread else "")

    def item_for(self, chat: Chat) -> QListWidgetItem | None:
        for row in range(self.chats.count()):
            item = self.chats.item(row)
            if item.data(CHAT_ROLE) == chat.id:
                return item
        return None

    def open_chat(self, chat: Chat) -> None:
        """Show the chat as read (Accept on the banner, a click in the list)."""
        inbox = self.current_inbox()
        if inbox is None or chat not in inbox.chats:
            return
        self._opened.add(chat.id)
        inbox.mark_read(chat)
        if self._banner_chat() is chat and not chat.offered:
            self.banner.hide()
        if self.pane.chat is not chat:
            self.pane.show_chat(inbox, chat)
        self._fill_list()
        self._refresh_agent_texts()

    def _chat_chosen(self, item: QListWidgetItem | None, _previous: object) -> None:
        inbox = self.current_inbox()
        if item is None or inbox is None:
            return
        chat = next((c for c in inbox.chats if c.id == item.data(CHAT_ROLE)), None)
        if chat is not None:
            self.open_chat(chat)

    # --- what happens in the preview ----------------------------------------------------------

    def _chat_changed(self, what: str, inbox: Inbox, chat: Chat) -> None:
        if what == "arrived":
            self._arrived(inbox, chat)
        elif what in ("accepted", "closed") and self._banner_chat() is chat:
            self.banner.hide()  # taken, declined, timed out or withdrawn: nothing to answer
            self._countdown.stop()
        elif what == "scored" and chat.session.transcript is not None and self.isVisible():
            self.history.refresh()  # the saved conversation's score changed: list and text
        if inbox is self.current_inbox():
            if chat is self.pane.chat:
                if what == "message" and not chat.closed:
                    inbox.mark_read(chat)
                self.pane.refresh()
            self._fill_list()
        self._refresh_agent_texts()

    def _arrived(self, inbox: Inbox, chat: Chat) -> None:
        if self.run.is_simulated(inbox.agent.email):
            return
        who = visitor_name(chat)
        place = visitor_place(chat)
        title = self.tr("New chat for {0}").format(inbox.agent.label)
        text = self.tr("{0} from {1}").format(who, place) if place else who
        self.banner.show_message(f"{title}: {text}", (inbox.agent.email, chat))
        self._tick()
        self._countdown.start()
        self.notifier.notify(title, text)

    def _banner_chat(self) -> Chat | None:
        payload = self.banner.payload
        if isinstance(payload, tuple) and isinstance(payload[1], Chat):
            return payload[1]
        return None

    def _tick(self) -> None:
        """The seconds the banner's offer still waits, counted down while it shows."""
        chat = self._banner_chat()
        left = chat.wait_left() if chat is not None else None
        if left is None or self.banner.isHidden():
            self._countdown.stop()
            self.banner.set_detail("")
            return
        self.banner.set_detail(self.tr("{0} s to accept").format(math.ceil(left)))

    def _accept_banner(self) -> None:
        """Accept: the chat is taken, opened, and the reply box is ready."""
        self._countdown.stop()
        chat = self._banner_chat()
        hub = self.run.hub
        if chat is None or hub is None or chat.closed:
            return
        inbox = hub.inboxes.get(chat.agent.email)
        if inbox is None or chat not in inbox.chats:
            return
        inbox.accept(chat)
        self.show()
        self.raise_()
        self.tabs.setCurrentIndex(0)
        self.play(chat.agent.email)
        self.open_chat(chat)
        self.pane.reply.setFocus()

    def _decline_banner(self) -> None:
        """Decline: the preview offers the chat to the next agent, or gives the fallback."""
        self._countdown.stop()
        chat = self._banner_chat()
        hub = self.run.hub
        if chat is None or hub is None or not chat.offered:
            return
        inbox = hub.inboxes.get(chat.agent.email)
        if inbox is not None and chat in inbox.chats:
            inbox.decline(chat)

    def _preview_event(self, event: Event) -> None:
        # The workspace keeps the transcript just after announcing the end: read it next turn.
        if isinstance(event, Ended) and self.tabs.currentWidget() is self.history:
            QTimer.singleShot(0, self.history.refresh)

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.history:
            self.history.refresh()

    def _status(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(True)

    def showEvent(self, event: QShowEvent) -> None:
        """Opening the inbox shows the workspace's agents even before a preview starts."""
        super().showEvent(event)
        # Not while the window is being built: making the dock float shows it for an
        # instant, and the hub opens the workspace (SQLAlchemy, the database).
        window = self.parentWidget()
        if self.run.hub is None and (window is None or window.isVisible()):
            self.run.ensure_hub()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.notifier.close()
        super().closeEvent(event)
