"""One chat as the agent sees it: transcript, visitor panel, reply box, End session, Transfer.

The header also holds the conversation score 0-3 (:class:`ScoreBar`, shared
with the History tab), which the agent may set during the chat and after it.

The marketer plays the agent here. An offered chat shows what the visitor
wrote so far with Accept and Decline; once accepted, replies go through the
engine's :class:`~designer.engine.preview.Inbox`, exactly as a simulated
agent's do, so the visitor in the Preview dock sees them at once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from designer.engine.preview import MAX_SCORE, Chat, ChatEnd, Inbox
from designer.errors import DesignerError
from designer.ui.preview.chat_view import ChatView, plain_label
from designer.ui.preview.run import PreviewRun
from designer.ui.translations import tr as _tr
from designer.ui.worded import worded, worded_lines, worded_text

MISSING = "-"
STAR = "★"


def field_labels() -> dict[str, str]:
    """The standard fields, in the order the visitor panel lists them."""
    return {
        "first_name": _tr("First name"),
        "last_name": _tr("Last name"),
        "email": _tr("Email"),
        "phone": _tr("Phone"),
        "company": _tr("Company"),
        "job_title": _tr("Job title"),
    }


def visitor_name(chat: Chat) -> str:
    """How the agent's list names a visitor: their name, else email, else a number."""
    fields = chat.fields
    name = " ".join(v for v in (fields.get("first_name"), fields.get("last_name")) if v)
    return name or fields.get("email") or _tr("Visitor {0}").format(chat.id)


def visitor_place(chat: Chat) -> str:
    visitor = chat.session.visitor
    return ", ".join(v for v in (visitor.city, visitor.country) if v)


def end_text(chat: Chat) -> str:
    """How a closed chat ended, in a word or two, for the list and the header."""
    words = {
        ChatEnd.DECLINED: _tr("declined"),
        ChatEnd.MISSED: _tr("not accepted in time"),
        ChatEnd.TRANSFERRED: _tr("transferred"),
        ChatEnd.WITHDRAWN: _tr("withdrawn"),
    }
    end = chat.end
    return words[end] if end is not None and end in words else _tr("ended")


def score_mark(score: int | None) -> str:
    """How lists show a score: ``★2``; nothing when not scored."""
    return "" if score is None else f"{STAR}{score}"


def score_tip() -> str:
    return _tr(
        "Conversation score: how promising this conversation was, from 0 (not at all) "
        "to 3 (very). Click the chosen score again to clear it. Kept with the transcript."
    )


class ScoreBar(QWidget):
    """Four toggle buttons 0-3: the conversation score, or none checked when not scored.

    A view of a score it is given; a click only reports the wish (``chosen``,
    None when the checked button is clicked again) and the owner sets it back.
    """

    chosen = Signal(object)  # int 0-3, or None to clear

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("score-bar")
        self.setToolTip(score_tip())
        self._score: int | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        self.label = QLabel(_tr("Score:"), self)
        row.addWidget(self.label)
        self.buttons: list[QToolButton] = []
        for value in range(MAX_SCORE + 1):
            button = QToolButton(self)
            button.setObjectName(f"score-{value}")
            button.setText(str(value))
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches it; Space toggles
            button.setToolTip(score_tip())
            button.setAccessibleName(_tr("Score: {0} of {1}").format(value, MAX_SCORE))
            button.clicked.connect(lambda _checked=False, v=value: self._clicked(v))
            row.addWidget(button)
            self.buttons.append(button)
        self.label.setBuddy(self.buttons[0])
        self.set_score(None)

    @property
    def score(self) -> int | None:
        return self._score

    def set_score(self, score: int | None) -> None:
        """Show ``score`` (None: no button checked); emits nothing."""
        self._score = score
        for value, button in enumerate(self.buttons):
            button.setChecked(value == score)

    def _clicked(self, value: int) -> None:
        wanted = None if value == self._score else value
        self.set_score(self._score)  # the owner shows the new score once it is kept
        self.chosen.emit(wanted)


class ReplyEdit(QPlainTextEdit):
    """The agent's reply box: Enter sends, Shift+Enter breaks the line (as in the reference)."""

    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            event.accept()
            self.submitted.emit()
            return
        if enter:  # Shift+Enter: a plain new line, not a paragraph separator
            self.insertPlainText("\n")
            event.accept()
            return
        super().keyPressEvent(event)


class ChatPane(QWidget):
    """The selected chat of the agent shown in the inbox."""

    status = Signal(str)  # a passing sentence (why a transfer was refused)

    def __init__(self, run: PreviewRun, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.run = run
        self.inbox: Inbox | None = None
        self.chat: Chat | None = None
        self._shown = 0  # transcript lines already drawn for self.chat

        self.header = plain_label("", "header", self)
        self.header.setObjectName("chat-header")
        self.header.setStyleSheet("font-weight: 600;")
        self.score_bar = ScoreBar(self)
        self.score_bar.chosen.connect(self.set_score)
        self.transcript = ChatView(("agent", "bot"), self)
        self.transcript.setObjectName("agent-transcript")
        self.details = QGroupBox(self.tr("Visitor"), self)
        self.details.setObjectName("visitor-panel")
        self._form = QFormLayout(self.details)
        self._form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.details.setMinimumWidth(230)
        self.details.setMaximumWidth(360)
        self.reply = ReplyEdit(self)
        self.reply.setObjectName("agent-reply")
        self.reply.setFixedHeight(64)
        self.reply.submitted.connect(self.send)
        self.send_button = QPushButton(self.tr("Send"), self)
        self.send_button.setObjectName("agent-send")
        self.send_button.clicked.connect(self.send)
        self.end_button = QPushButton(self.tr("End session"), self)
        self.end_button.setObjectName("end-session")
        self.end_button.clicked.connect(self.end_session)
        self.transfer_button = QToolButton(self)
        self.transfer_button.setObjectName("transfer")
        self.transfer_button.setText(self.tr("Transfer…"))
        self.transfer_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.transfer_menu = QMenu(self.transfer_button)
        self.transfer_menu.aboutToShow.connect(self._fill_transfer_menu)
        self.transfer_button.setMenu(self.transfer_menu)
        self.accept_button = QPushButton(self.tr("Accept"), self)
        self.accept_button.setObjectName("chat-accept")
        self.accept_button.setDefault(True)
        self.accept_button.clicked.connect(self.accept)
        self.decline_button = QPushButton(self.tr("Decline"), self)
        self.decline_button.setObjectName("chat-decline")
        self.decline_button.clicked.connect(self.decline)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.transcript)
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([540, 280])  # the conversation first; the panel's values are short
        split.setChildrenCollapsible(False)
        actions = QHBoxLayout()
        actions.addWidget(self.accept_button)
        actions.addWidget(self.decline_button)
        actions.addWidget(self.transfer_button)
        actions.addWidget(self.end_button)
        actions.addStretch(1)
        actions.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(self.header, 1)
        heading.addWidget(self.score_bar)
        layout.addLayout(heading)
        layout.addWidget(split, 1)
        layout.addWidget(self.reply)
        layout.addLayout(actions)
        self.show_chat(None, None)

    # --- showing a chat -----------------------------------------------------------------------

    def show_chat(self, inbox: Inbox | None, chat: Chat | None) -> None:
        self.inbox, self.chat = inbox, chat
        self._shown = 0
        self.transcript.clear()
        self.refresh()

    def refresh(self) -> None:
        """Draw new transcript lines, the visitor panel and what the agent may do now."""
        chat, inbox = self.chat, self.inbox
        if chat is None or inbox is None:
            self.header.setText(self.tr("Select a chat to read it and answer."))
            self._fill_details(None)
            self._enable(False)
            self._show_offer(False)
            self.reply.setPlaceholderText("")
            self.score_bar.set_score(None)
            self.score_bar.setEnabled(False)
            return
        for line in chat.lines[self._shown :]:
            if line.sender == "system":
                self.transcript.add_line("system", worded_text(line.text, line.said))
            elif line.sender == "visitor":
                self.transcript.add_bubble("visitor", line.text or _tr("(left empty)"))
            elif line.sender == "agent":
                self.transcript.add_bubble("agent", worded_text(line.text, line.said), line.author)
            else:
                self.transcript.add_bubble("bot", worded_text(line.text, line.said), _tr("Bot"))
        self._shown = len(chat.lines)
        place = visitor_place(chat)
        title = visitor_name(chat) + (f" · {place}" if place else "")
        pending = chat.transferring
        if chat.closed:
            title += " · " + end_text(chat)
        elif chat.offered:
            title += " · " + self.tr("offered to you")
        elif pending is not None:
            title += " · " + self.tr("transferring to {0}…").format(pending.agent.label)
        self.header.setText(title)
        self.score_bar.set_score(chat.score)
        self.score_bar.setEnabled(chat.scorable)
        self._fill_details(chat)
        talking = not chat.closed and not chat.offered
        self._enable(talking)
        self.transfer_button.setEnabled(talking and pending is None)
        self._show_offer(chat.offered)
        if chat.offered:
            placeholder = self.tr("Accept the chat to answer {0}.").format(visitor_name(chat))
        elif talking:
            placeholder = self.tr("Reply as {0} (Enter sends, Shift+Enter for a new line)").format(
                inbox.agent.label
            )
        else:
            placeholder = self.tr("This chat has ended.")
        self.reply.setPlaceholderText(placeholder)

    def _enable(self, on: bool) -> None:
        for widget in (self.reply, self.send_button, self.end_button, self.transfer_button):
            widget.setEnabled(on)

    def _show_offer(self, offered: bool) -> None:
        self.accept_button.setVisible(offered)
        self.decline_button.setVisible(offered)

    def _fill_details(self, chat: Chat | None) -> None:
        while self._form.rowCount():
            self._form.removeRow(0)
        fields = dict(chat.fields) if chat is not None else {}
        for key, label in field_labels().items():
            self._row(label, fields.pop(key, ""), key)
        for key, value in sorted(fields.items()):
            self._row(key.replace("_", " ").capitalize(), value, key)
        visitor = chat.session.visitor if chat is not None else None
        places = {
            "country": (self.tr("Country"), visitor.country if visitor else None),
            "region": (self.tr("Region"), visitor.region if visitor else None),
            "city": (self.tr("City"), visitor.city if visitor else None),
            "page_url": (self.tr("Page"), visitor.page_url if visitor else None),
        }
        for key, (label, value) in places.items():
            self._row(label, value or "", key)

    def _row(self, label: str, value: str, key: str) -> None:
        shown = plain_label(value or MISSING, "field", self.details)
        shown.setObjectName(f"visitor-{key}")
        self._form.addRow(QLabel(label, self.details), shown)

    # --- the agent's actions ------------------------------------------------------------------

    def accept(self) -> None:
        """Take the offered chat: the visitor sees the agent join; the reply box is ready."""
        chat, inbox = self.chat, self.inbox
        if chat is None or inbox is None or not chat.offered:
            return
        inbox.accept(chat)
        self.refresh()
        self.reply.setFocus()

    def decline(self) -> None:
        """Refuse it: the preview offers it to one more agent, or gives the fallback."""
        chat, inbox = self.chat, self.inbox
        if chat is not None and inbox is not None and chat.offered:
            inbox.decline(chat)
            self.refresh()

    def send(self) -> None:
        chat, inbox = self.chat, self.inbox
        text = self.reply.toPlainText()
        if chat is None or inbox is None or chat.closed or chat.offered or not text.strip():
            return
        inbox.reply(chat, text)
        self.reply.clear()
        self.refresh()

    def set_score(self, score: int | None) -> None:
        """Score the conversation (None clears it); a saved one is updated in the workspace."""
        chat, inbox = self.chat, self.inbox
        if chat is None or inbox is None or not chat.scorable:
            return
        try:
            inbox.score(chat, score)
        except DesignerError as exc:
            self.status.emit(str(exc))
        self.refresh()

    def end_session(self) -> None:
        if self.chat is not None and self.inbox is not None and not self.chat.closed:
            self.inbox.close(self.chat)
            self.refresh()

    def transfer(self, *, agent: str | None = None, team: str | None = None) -> bool:
        """Offer the chat to another agent or team; says why not when nobody there can take it.

        The chat stays here until the target accepts (the Preview shows the why).
        """
        chat, inbox, hub = self.chat, self.inbox, self.run.hub
        if chat is None or inbox is None or hub is None or chat.closed or chat.offered:
            return False
        result = inbox.try_transfer(chat, agent=agent, team=team)
        if result:
            pending = chat.transferring
            name = pending.agent.label if pending is not None else ""
            self.status.emit(
                self.tr("Offered to {0}: the chat stays with you until they accept.").format(name)
            )
        else:
            self.status.emit(" ".join(worded_lines(result.said)))
        self.refresh()
        return result.started

    def _fill_transfer_menu(self) -> None:
        menu = self.transfer_menu
        menu.clear()
        hub, inbox = self.run.hub, self.inbox
        if hub is None or inbox is None:
            return
        menu.addSection(self.tr("Agents"))
        for agent in hub.router.agents:
            if agent.email == inbox.agent.email:
                continue
            why = agent.unavailability()
            text = agent.label if why is None else f"{agent.label} — {worded(*why)}"
            action = menu.addAction(text)
            action.setEnabled(why is None)
            action.triggered.connect(lambda _c=False, e=agent.email: self.transfer(agent=e))
        if self.run.teams:
            menu.addSection(self.tr("Teams"))
            for team in self.run.teams:
                action = menu.addAction(self.tr("Team {0}").format(team))
                action.triggered.connect(lambda _c=False, t=team: self.transfer(team=t))
