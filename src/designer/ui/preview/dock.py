"""The Preview dock: play the open dialog as a visitor, beside the canvas.

It shows what the engine says (bubbles, hints, routing decisions, the wait
for an agent's Accept, agents joining) and turns the visitor's clicks and
typing into engine calls. What
the engine worded itself (hints, routing decisions, why the conversation
ended) is shown in the app's language; the dialog's own text as written. The
state itself (hub, session, canvas trail, restarting after edits) is in
:class:`~designer.ui.preview.run.PreviewRun`, which the Agent inbox shares.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QPixmap
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from designer.engine.events import (
    AgentJoined,
    AgentSaid,
    BotSaid,
    ChatOffered,
    Ended,
    Event,
    GoalReached,
    NotAccepted,
    Outcome,
    Prompt,
    Routed,
    Transferred,
    VisitorSaid,
    Waiting,
)
from designer.engine.offer_story import connecting, joined
from designer.engine.offers import WhenOffered
from designer.errors import DesignerError
from designer.model.wording import Wording
from designer.ui.preview.chat_view import ChatView, round_avatar
from designer.ui.preview.notifications import Banner
from designer.ui.preview.profile_picker import ProfilePicker
from designer.ui.preview.run import PreviewRun, Trail
from designer.ui.theme import themed_style
from designer.ui.worded import worded, worded_lines, worded_text

if TYPE_CHECKING:
    from designer.ui.controller import DocumentController
    from designer.ui.workspace_access import WorkspaceAccess


def button_text(label: str) -> str:
    """A button shows ``&`` literally only when doubled (a single one marks a shortcut)."""
    return label.replace("&", "&&")


def shown(text: str, said: Wording | None) -> str:
    """A line as the preview shows it: the app's own words translated, the dialog's as written."""
    return text if said is None else worded(*said)


class PreviewDock(QDockWidget):
    """The visitor's side of the preview: profile, chat, answer buttons and input box."""

    openInboxRequested = Signal()

    def __init__(
        self,
        controller: DocumentController,
        access: WorkspaceAccess,
        trail: Trail,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Preview"), parent)
        self.setObjectName("preview")
        self.controller = controller
        body = QWidget(self)
        self.profile = ProfilePicker(body)
        self.run = PreviewRun(controller, access, trail, self.profile.visitor, self)
        self.start_button = self._button(self.tr("Start"), "preview-start", self.start, body)
        self.start_button.setToolTip(self.tr("Play this dialog as a visitor (F5)"))
        self.restart_button = self._button(
            self.tr("Restart"), "preview-restart", self.restart, body
        )
        self.stop_button = self._button(self.tr("Stop"), "preview-stop", self.run.stop, body)
        self.banner = Banner(self.tr("Open inbox"), body)
        self.banner.accepted.connect(self.openInboxRequested)
        self.chat = ChatView(("visitor", "skipped"), body)
        self.chat.setObjectName("preview-chat")
        self.answers = QWidget(body)
        self.answers.setObjectName("answers")
        self._answer_rows = QVBoxLayout(self.answers)
        self._answer_rows.setContentsMargins(0, 0, 0, 0)
        self._answer_rows.setSpacing(4)
        self.input = QLineEdit(body)
        self.input.setObjectName("visitor-input")
        self.input.returnPressed.connect(self.send)
        self.skip_button = self._button(self.tr("Skip"), "visitor-skip", self.skip, body)
        self.skip_button.setToolTip(self.tr("Leave this optional field empty"))
        self.send_button = self._button(self.tr("Send"), "visitor-send", self.send, body)

        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.restart_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        typing = QHBoxLayout()
        typing.addWidget(self.input, 1)
        typing.addWidget(self.skip_button)
        typing.addWidget(self.send_button)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(buttons)
        layout.addWidget(self.profile)
        layout.addWidget(self.banner)
        layout.addWidget(self.chat, 1)
        layout.addWidget(self.answers)
        layout.addLayout(typing)
        self.setWidget(body)
        self.setMinimumWidth(320)

        self._prompt: Prompt | None = None
        self._avatars: dict[str, QPixmap | None] = {}
        self._told_profile = False
        self.run.started.connect(self._started)
        self.run.event.connect(self._on_event)
        self.run.stopped.connect(self._stopped)
        self.run.cleared.connect(self._cleared)
        self.profile.picked.connect(self._profile_picked)
        self.profile.changed.connect(self._profile_edited)
        self.chat.add_line("system", self.tr("Press Start (F5) to play this dialog as a visitor."))
        self._sync()

    def _button(self, text: str, name: str, slot: object, parent: QWidget) -> QPushButton:
        button = QPushButton(text, parent)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())  # type: ignore[operator]
        return button

    # --- the visitor's actions ----------------------------------------------------------------

    def start(self) -> None:
        self.show()
        self.raise_()
        self.run.start()

    def restart(self) -> None:
        self.run.start()

    def choose(self, key: str) -> None:
        session = self.run.session
        if session is None:
            return
        try:
            session.choose(key)
        except (ValueError, DesignerError) as exc:
            self.chat.add_line("system", str(exc))
        self._sync()

    def send(self) -> None:
        """Enter: to the agent once connected, else the answer the bot waits for."""
        session = self.run.session
        if session is None or not self.input.isEnabled():
            return
        text = self.input.text()
        talking = session.chat is not None and not session.chat.closed
        if talking and not text.strip():
            return
        try:
            session.reply(text)
        except (ValueError, DesignerError) as exc:
            self.chat.add_line("system", str(exc))
        self.input.clear()
        self._sync()

    def skip(self) -> None:
        self.input.clear()
        self.send()

    # --- what the engine says -----------------------------------------------------------------

    def _started(self, notes: list[str]) -> None:
        self.chat.clear()
        self.banner.hide()
        self._told_profile = False
        for note in notes:
            self.chat.add_line("system", note)
        name = self.controller.document.name or self.controller.display_name()
        self.chat.add_line(
            "system",
            self.tr("Preview of “{0}” as a visitor from {1}.").format(name, self.profile.summary()),
        )
        self._sync()

    def _cleared(self) -> None:
        """Another dialog was opened: the old one's conversation is not this one's."""
        self.chat.clear()
        self.banner.hide()
        self.chat.add_line("system", self.tr("Press Start (F5) to play this dialog as a visitor."))
        self._sync()

    def _stopped(self) -> None:
        self.banner.hide()
        self.chat.add_line("system", self.tr("Preview stopped. Press Start (F5) to play again."))
        self._sync()

    def _on_event(self, event: Event) -> None:
        chat = self.chat
        if isinstance(event, BotSaid):
            if event.hint:
                chat.add_line("hint", shown(event.text, event.said))
            else:
                chat.add_bubble("bot", shown(event.text, event.said))
        elif isinstance(event, VisitorSaid):
            if event.text:
                chat.add_bubble("visitor", shown(event.text, event.said))
            else:
                chat.add_bubble("skipped", self.tr("(left empty)"))
        elif isinstance(event, GoalReached):
            chat.add_line(
                "note",
                self.tr("★ Goal reached: {0} (score {1}); visitors do not see this.").format(
                    worded_text(event.name), event.score
                ),
            )
        elif isinstance(event, Routed):
            chat.add_routing(self._routing_title(event.card_id), worded_lines(event.decision.said))
        elif isinstance(event, ChatOffered):
            self._offered(event)
        elif isinstance(event, NotAccepted):
            lines = worded_lines(event.said) or event.reason.splitlines()
            chat.add_routing(self.tr("Not accepted"), lines)
        elif isinstance(event, AgentJoined):
            self._agent_joined(event)
        elif isinstance(event, AgentSaid):
            chat.add_bubble(
                "agent", shown(event.text, event.said), event.name, self._avatar(event.email)
            )
        elif isinstance(event, Transferred):
            lines = worded_lines(event.said) or event.reason.splitlines()
            chat.add_routing(self.tr("Transfer"), lines)
        elif isinstance(event, Ended):
            chat.add_line("system", self._ended_text(event))
            self.banner.hide()
        if isinstance(
            event, Waiting | ChatOffered | NotAccepted | AgentJoined | Ended | Transferred
        ):
            self._sync()

    def _offered(self, event: ChatOffered) -> None:
        """The visitor waits for the agent's Accept: 'Connecting you with Ana…'."""
        self.chat.add_line("system", worded(*(event.said or connecting(event.name))))
        if self.run.is_simulated(event.email):
            self.chat.add_line("note", self._simulated_note(event.email, event.name))
        else:
            self.banner.show_message(
                self.tr(
                    "{0} is offered this chat in the Agent inbox: accept it there as {0}."
                ).format(event.name)
            )

    def _simulated_note(self, email: str, name: str) -> str:
        """What the simulated agent will do with the offer (Agent inbox ▸ When simulated)."""
        choice = self.run.when_offered.get(email, WhenOffered.ACCEPT)
        if choice is WhenOffered.DECLINE:
            return self.tr("{0} is a simulated agent set to decline chats.").format(name)
        if choice is WhenOffered.IGNORE:
            return self.tr(
                "{0} is a simulated agent set not to answer: the offer will time out."
            ).format(name)
        return self.tr("{0} is a simulated agent and answers by themselves.").format(name)

    def _agent_joined(self, event: AgentJoined) -> None:
        self._avatars[event.email] = round_avatar(event.avatar)
        self.chat.add_line("system", worded(*(event.said or joined(event.name))))
        if not self.run.is_simulated(event.email):
            self.banner.show_message(
                self.tr("{0} has this chat in the Agent inbox: answer there as {0}.").format(
                    event.name
                )
            )

    def _avatar(self, email: str) -> QPixmap | None:
        if email not in self._avatars:
            hub = self.run.hub
            agent = hub.router.agent(email) if hub is not None else None
            self._avatars[email] = round_avatar(agent.avatar if agent else None)
        return self._avatars[email]

    def _routing_title(self, card_id: str) -> str:
        try:
            title = worded_text(self.controller.document.card(card_id).display_title())
        except DesignerError:
            title = card_id
        return self.tr("Routing at “{0}”").format(title)

    def _ended_text(self, event: Ended) -> str:
        outcome = event.outcome
        if outcome is Outcome.FALLBACK:
            return self.tr(
                "Conversation ended: nobody could take the chat, so the visitor got the "
                "fallback message."
            )
        if outcome is Outcome.ENDED:
            return self.tr("Conversation ended: the dialog reached an End card.")
        if outcome is Outcome.DROPPED:
            return self.tr("Conversation ended: the visitor left.")
        reason = "\n".join(worded_lines(event.said)) or event.reason or outcome.value
        return self.tr("Conversation ended: {0}.").format(reason)

    # --- keeping the controls in step ---------------------------------------------------------

    def _sync(self) -> None:
        """Buttons and input box as the session allows: an answer, a field, the agent, nothing."""
        run = self.run
        session = run.session
        self.start_button.setEnabled(not run.active)
        self.restart_button.setEnabled(run.active)
        self.stop_button.setEnabled(run.active)
        chat = session.chat if session is not None else None
        prompt = session.conversation.prompt if session is not None and chat is None else None
        self._show_answers(prompt)
        if chat is not None and chat.offered:
            waiting = self.tr("Waiting for {0}: you can write already…")
            self._input(True, waiting.format(chat.agent.label), skip=False)
        elif chat is not None and not chat.closed:
            self._input(True, self.tr("Write to {0}…").format(chat.agent.label), skip=False)
        elif prompt is not None and prompt.text:
            placeholder = prompt.placeholder or self.tr("Type your answer…")
            self._input(True, placeholder, skip=prompt.optional)
        elif prompt is not None:
            self._input(False, self.tr("Choose an answer above"), skip=False)
        elif session is not None:
            self._input(False, self.tr("The conversation is over: Restart to play it again"))
        else:
            self._input(False, self.tr("Press Start to play the dialog"))

    def _input(self, enabled: bool, placeholder: str, skip: bool = False) -> None:
        self.input.setEnabled(enabled)
        self.send_button.setEnabled(enabled)
        self.input.setPlaceholderText(placeholder)
        self.skip_button.setVisible(skip)
        if enabled and self.isVisible():
            self.input.setFocus()

    def _show_answers(self, prompt: Prompt | None) -> None:
        if prompt is self._prompt:
            return
        self._prompt = prompt
        while self._answer_rows.count():
            item = self._answer_rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:  # maybe the very button being clicked: delete it later
                widget.setObjectName("")
                widget.hide()
                widget.deleteLater()
        for choice in prompt.choices if prompt is not None else ():
            button = QPushButton(button_text(shown(choice.label, choice.said)), self.answers)
            button.setObjectName(f"answer-{choice.key}")
            themed_style(
                button,
                "QPushButton {{ border: 1px solid {choice_border}; color: {choice_text};"
                " border-radius: 12px; padding: 5px 14px; background: {choice_back}; }}"
                "QPushButton:hover {{ background: {choice_hover}; }}",
            )
            button.clicked.connect(lambda _checked=False, key=choice.key: self.choose(key))
            self._answer_rows.addWidget(button, 0, Qt.AlignmentFlag.AlignRight)
            button.show()  # now, not on the next event-loop turn (keyboard users, tests)
        self.answers.setVisible(bool(prompt and prompt.choices))

    def _profile_picked(self) -> None:
        if self.run.active:
            self.run.start([self.tr("Another visitor profile: the preview restarted.")])

    def _profile_edited(self) -> None:
        if self.run.active and not self._told_profile:
            self._told_profile = True
            self.chat.add_line(
                "note", self.tr("The visitor profile changed: Restart to play as this visitor.")
            )

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the panel ends the preview, so the canvas is not left highlighted."""
        self.run.stop()
        super().closeEvent(event)
