"""Past preview conversations, reopened from the workspace and saved as text.

The engine hands every finished preview conversation to the workspace; this
pane lists them newest first and shows one transcript as plain text, the
form a marketer pastes into a ticket or an email. The conversation score 0-3
shows in the list and the text, and may be set or changed here too.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QIODevice, QSaveFile, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from designer.engine.preview import MAX_SCORE, Chat, Inbox
from designer.errors import DesignerError
from designer.ui.preview.inbox_chat import ScoreBar, score_mark
from designer.ui.preview.run import PreviewRun
from designer.ui.translations import tr as _tr

if TYPE_CHECKING:  # the store (SQLAlchemy) loads only when the workspace is used
    from designer.store import ConversationRecord, ConversationSummary

ID_ROLE = Qt.ItemDataRole.UserRole


def outcome_text(outcome: str) -> str:
    return {
        "live_chat": _tr("live chat"),
        "fallback": _tr("fallback message"),
        "ended": _tr("reached an End card"),
        "dropped": _tr("visitor left"),
        "dead_end": _tr("stopped at a dead end"),
        "loop": _tr("stopped in a loop"),
    }.get(outcome, outcome)


def local_time(moment: datetime, pattern: str = "%Y-%m-%d %H:%M") -> str:
    """Stored times are UTC (naive ones too); people read their own clock."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone().strftime(pattern)


def summary_text(
    summary: ConversationSummary, agent_name: str | None = None, score: int | None = None
) -> str:
    who = f" · {agent_name or summary.agent_email}" if summary.agent_email else ""
    text = _tr("{0} · {1} · {2}{3}").format(
        local_time(summary.started_at), summary.dialog or "-", outcome_text(summary.outcome), who
    )
    return text if score is None else f"{text} · {score_mark(score)}"


def score_text(score: int | None) -> str:
    if score is None:
        return _tr("Score: not set")
    return _tr("Score: {0} of {1}").format(score, MAX_SCORE)


def transcript_text(record: ConversationRecord, score: int | None = None) -> str:
    """The conversation as readable plain text: who, where, when, its score, then every line."""
    visitor = record.visitor
    place = (
        ", ".join(str(visitor[k]) for k in ("city", "region", "country") if visitor.get(k)) or "-"
    )
    fields = visitor.get("fields") or {}
    lines = [
        _tr("Dialog: {0}").format(record.dialog or "-"),
        _tr("Started: {0}").format(local_time(record.started_at, "%Y-%m-%d %H:%M:%S")),
        _tr("Outcome: {0}").format(outcome_text(record.outcome)),
        score_text(score),
        _tr("Agent: {0}").format(record.agent_email or "-"),
        _tr("Visitor: {0}; page {1}").format(place, visitor.get("page_url") or "-"),
    ]
    if fields:
        lines.append(
            _tr("Captured: {0}").format(", ".join(f"{k} = {v}" for k, v in fields.items()))
        )
    lines.append("")
    names = {"bot": _tr("Bot"), "visitor": _tr("Visitor")}
    for message in record.messages:
        at = local_time(message.at, "%H:%M:%S")
        if message.sender == "system":
            lines.append(f"[{at}] — {' '.join(message.text.split())} —")
        else:
            who = message.author if message.sender == "agent" and message.author else None
            who = who or names.get(message.sender, message.sender)
            lines.append(f"[{at}] {who}: {message.text}")
    return "\n".join(lines) + "\n"


class HistoryPane(QWidget):
    """The workspace's preview conversations: a list and the chosen one's transcript."""

    status = Signal(str)  # a passing sentence (why a score could not be kept)

    def __init__(self, run: PreviewRun, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.run = run
        self._scores: dict[int, int] = {}  # the listed conversations' scores, by id
        self.list = QListWidget(self)
        self.list.setObjectName("history-list")
        self.list.currentItemChanged.connect(self._show_current)
        self.list.setSpacing(2)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("history-transcript")
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        refresh = QPushButton(self.tr("Refresh"), self)
        refresh.setObjectName("history-refresh")
        refresh.clicked.connect(self.refresh)
        self.save_button = QPushButton(self.tr("Save as Text…"), self)
        self.save_button.setObjectName("history-save")
        self.save_button.clicked.connect(self.save_as_text)
        self.score_bar = ScoreBar(self)
        self.score_bar.chosen.connect(self.set_score)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.list)
        split.addWidget(self.text)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        buttons = QHBoxLayout()
        buttons.addWidget(refresh)
        buttons.addStretch(1)
        buttons.addWidget(self.score_bar)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self.save_button.setEnabled(False)
        self.score_bar.setEnabled(False)

    def refresh(self) -> None:
        """Re-read the list from the workspace, keeping the chosen conversation if still there."""
        keep = self.current_id()
        self.list.blockSignals(True)
        self.list.clear()
        workspace = self.run.workspace()
        summaries: list[ConversationSummary] = []
        if workspace is None:
            self.text.setPlainText(
                self.tr("No workspace yet: preview conversations are kept once it exists.")
            )
        else:
            try:
                summaries = workspace.list_conversations(limit=200)
                self._scores = workspace.conversation_scores(s.id for s in summaries)
            except DesignerError as exc:
                self.text.setPlainText(str(exc))
        for summary in summaries:
            item = QListWidgetItem(self._item_text(summary))
            item.setData(ID_ROLE, summary.id)
            self.list.addItem(item)
            if summary.id == keep:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if workspace is not None and not summaries:
            self.text.setPlainText(self.tr("No preview conversations yet."))
        elif self.list.currentItem() is not None:
            self._show_current(self.list.currentItem(), None)
        elif summaries:
            self.text.setPlainText(self.tr("Choose a conversation to read its transcript."))
        self.save_button.setEnabled(self.list.currentItem() is not None)
        self.score_bar.setEnabled(self.list.currentItem() is not None)

    def _item_text(self, summary: ConversationSummary) -> str:
        name = self._agent_name(summary.agent_email)
        return summary_text(summary, name, self._scores.get(summary.id))

    def _agent_name(self, email: str | None) -> str | None:
        hub = self.run.hub
        agent = hub.router.agent(email) if hub is not None and email else None
        return agent.label if agent is not None else None

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(ID_ROLE)) if item is not None else None

    def _show_current(self, item: QListWidgetItem | None, _previous: object) -> None:
        workspace = self.run.workspace()
        record = None
        if item is not None and workspace is not None:
            try:
                record = workspace.conversation(int(item.data(ID_ROLE)))
            except DesignerError as exc:
                self.text.setPlainText(str(exc))
                return
        score = self._scores.get(record.id) if record is not None else None
        self.text.setPlainText(transcript_text(record, score) if record is not None else "")
        self.save_button.setEnabled(record is not None)
        self.score_bar.set_score(score)
        self.score_bar.setEnabled(record is not None)

    def set_score(self, score: int | None) -> None:
        """Score the chosen conversation; one still open in the inbox is scored there too."""
        conversation_id, workspace = self.current_id(), self.run.workspace()
        if conversation_id is None or workspace is None:
            return
        try:
            live = self._live_chat(conversation_id)
            if live is not None:
                inbox, chat = live
                inbox.score(chat, score)  # the engine updates the saved row itself
            else:
                workspace.set_conversation_score(conversation_id, score)
        except DesignerError as exc:
            self.status.emit(str(exc))
        self.refresh()

    def _live_chat(self, conversation_id: int) -> tuple[Inbox, Chat] | None:
        """The preview's chat whose kept transcript this is, so inbox and History agree."""
        hub = self.run.hub
        for inbox in hub.inboxes.values() if hub is not None else ():
            for chat in inbox.chats:
                if chat.session.transcript == conversation_id and chat.scorable:
                    return inbox, chat
        return None

    def save_as_text(self) -> None:
        text = self.text.toPlainText()
        if not text or self.current_id() is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save Transcript"),
            f"transcript-{self.current_id()}.txt",
            self.tr("Text files (*.txt)"),
        )
        if not path:
            return
        out = QSaveFile(path)
        if out.open(QIODevice.OpenModeFlag.WriteOnly):
            out.write(text.encode("utf-8"))
            if out.commit():
                return
        QMessageBox.warning(
            self,
            self.tr("Save Transcript"),
            self.tr(
                "The transcript could not be saved: {0}. Choose a folder you can write to."
            ).format(out.errorString()),
        )
