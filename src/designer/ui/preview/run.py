"""The preview's state behind the docks: one live-chat hub, one visitor session at a time.

The Preview dock (the visitor's side) and the Agent inbox (the agents' side)
both look at the same :class:`~designer.engine.preview.LiveChatHub`, so the
hub lives here rather than in either widget. It is kept across restarts, so
an agent switched to "away" in the inbox stays away for the next visitor,
and rebuilt only when the workspace's people change. What each simulated
agent does with an offered chat (accept, decline, don't answer) is kept here
too, across hubs: preview state, never written to the workspace. Each
session gets a generation number: events from a session that was replaced
are ignored. Opening another dialog ends the preview rather than restarting
it: the old visitor's conversation belongs to the old dialog.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from designer.engine.conversation import Flow
from designer.engine.events import CardEntered, Event
from designer.engine.offers import WhenOffered
from designer.engine.preview import Chat, Inbox, LiveChatHub, PreviewSession
from designer.engine.routing import MemoryPositions, Router, Visitor
from designer.engine.workspace_view import router_for, simulated_agents
from designer.errors import DesignerError

if TYPE_CHECKING:
    from designer.store import Workspace
    from designer.ui.controller import DocumentController
    from designer.ui.workspace_access import WorkspaceAccess

Trail = Callable[[str | None, list[str]], None]
PeopleKey = tuple[object, ...]

DEFAULT_VISITOR_WAIT = 100.0
"""Seconds an offered chat waits for Accept when the workspace says nothing (its default)."""


def running_loop() -> asyncio.AbstractEventLoop | None:
    """The asyncio loop running inside Qt's (qasync in the app), or None."""
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


class PreviewRun(QObject):
    """Starts, restarts and stops the preview visitor; owns the hub both docks share."""

    started = Signal(list)  # system lines to show first (why it restarted, missing agents)
    event = Signal(object)  # an engine event of the current session
    stopped = Signal()
    cleared = Signal()  # another dialog was opened: what the preview showed is gone
    hubChanged = Signal()
    # "arrived" (offered) | "accepted" | "message" | "closed", Inbox, Chat
    chatChanged = Signal(str, object, object)

    def __init__(
        self,
        controller: DocumentController,
        access: WorkspaceAccess,
        trail: Trail,
        visitor: Callable[[], Visitor],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.access = access
        self.trail = trail
        self.visitor = visitor
        self.reply_delay = 2.0
        self.visitor_wait: float | None = None  # None: the workspace's visitor_wait_seconds
        self.when_offered: dict[str, WhenOffered] = {}  # simulated agents told to decline...
        self.hub: LiveChatHub | None = None
        self.session: PreviewSession | None = None
        self.teams: list[str] = []
        self.hub_notes: list[str] = []
        self._people: PeopleKey | None = None
        self._stale = False
        self._agents_started = False
        self._generation = 0
        self._path: list[str] = []
        self._follow = QTimer(self)
        self._follow.setSingleShot(True)
        self._follow.setInterval(0)  # once per event-loop turn: a macro edit restarts once
        self._follow.timeout.connect(self._restart_after_edit)
        for signal in (
            controller.cardAdded,
            controller.cardRemoved,
            controller.cardChanged,
            controller.edgeAdded,
            controller.edgeRemoved,
            controller.startChanged,
        ):
            signal.connect(self._document_changed)
        controller.documentReset.connect(self._document_replaced)
        access.changed.connect(self._people_changed)

    # --- state --------------------------------------------------------------------------------

    @property
    def active(self) -> bool:
        """Whether a preview is on (playing or showing how it ended) until Stop."""
        return self.session is not None

    def workspace(self) -> Workspace | None:
        """The workspace when one exists; a preview never creates one."""
        return self.access.workspace() if self.access.exists() else None

    def inboxes(self) -> list[Inbox]:
        return list(self.hub.inboxes.values()) if self.hub is not None else []

    def is_simulated(self, email: str) -> bool:
        return self.hub is not None and email in self.hub.simulated

    # --- the visitor's preview ----------------------------------------------------------------

    def start(self, notes: list[str] | None = None) -> None:
        """Play the open dialog from its start card as the profile's visitor."""
        self._end_session()
        hub = self.ensure_hub()
        hub.reply_delay = self.reply_delay
        hub.visitor_wait = self._visitor_wait()
        hub.dialog_name = self._dialog_name()
        self._generation += 1
        generation = self._generation
        self._path = []
        flow = Flow(self.controller.document.to_dialog())
        session = hub.open_session(flow, self.visitor())
        session.subscribe(lambda event: self._on_event(generation, event))
        self.session = session
        self.trail(None, [])
        self.started.emit([*(notes or []), *self.hub_notes])
        session.start()

    def stop(self) -> None:
        """End the preview: an open live chat ends as if the visitor left; the trail clears."""
        self._follow.stop()
        if self.session is None:
            return
        self._end_session()
        self.trail(None, [])
        self.stopped.emit()

    def set_when_offered(self, email: str, choice: WhenOffered) -> None:
        """What a simulated agent does with the chats offered to them, from now on."""
        if choice is WhenOffered.ACCEPT:
            self.when_offered.pop(email, None)
        else:
            self.when_offered[email] = choice

    def shutdown(self) -> None:
        """The window closes: stop, and let the simulated agents' tasks finish."""
        self.stop()
        self._drop_hub()

    def _end_session(self) -> None:
        session, self.session = self.session, None
        self._generation += 1  # what the old session says from now on is not shown
        if session is None:
            return
        if session.chat is not None and not session.chat.closed:
            # Kept as a transcript: the agent saw this chat. A bot-only visit is just dropped.
            with contextlib.suppress(ValueError, DesignerError):
                session.leave()

    def _on_event(self, generation: int, event: Event) -> None:
        if generation != self._generation:
            return
        if isinstance(event, CardEntered):
            self._path.append(event.card_id)
            self.trail(event.card_id, list(self._path))
        self.event.emit(event)

    def _document_changed(self, *_args: object) -> None:
        if self.session is not None:
            self._follow.start()

    def _restart_after_edit(self) -> None:
        if self.session is not None:
            self.start([self.tr("The dialog changed: the preview restarted.")])

    def _document_replaced(self) -> None:
        """File ▸ Open or New: the preview of the old dialog ends, and its chat is cleared."""
        self.stop()
        self.cleared.emit()

    def _visitor_wait(self) -> float:
        """How long an offer waits for Accept: the tests' value, else the workspace's setting."""
        if self.visitor_wait is not None:
            return self.visitor_wait
        workspace = self.workspace()
        if workspace is None:
            return DEFAULT_VISITOR_WAIT
        try:
            seconds = workspace.settings().get("visitor_wait_seconds", DEFAULT_VISITOR_WAIT)
        except DesignerError as exc:
            self.access.error.emit(str(exc))
            return DEFAULT_VISITOR_WAIT
        return float(seconds) if isinstance(seconds, int | float) else DEFAULT_VISITOR_WAIT

    def _dialog_name(self) -> str:
        return self.controller.document.name or self.controller.display_name()

    # --- the hub ------------------------------------------------------------------------------

    def ensure_hub(self) -> LiveChatHub:
        """The hub over the workspace's people as they are now (rebuilt if they changed)."""
        workspace = self.workspace()
        key = self._people_key(workspace)
        if self.hub is None or self._stale or key != self._people:
            self._drop_hub()
            self.hub = self._build_hub(workspace)
            self._people = key
            self._stale = False
            self.hubChanged.emit()
        self._start_simulated_agents()
        return self.hub

    def _people_key(self, workspace: Workspace | None) -> PeopleKey | None:
        if workspace is None:
            return None
        try:
            agents = tuple(
                (a.email, a.name, a.live_chat, a.status, a.max_chats, a.simulated, a.avatar_path)
                for a in workspace.list_agents()
            )
            teams = tuple((t.name, tuple(t.members)) for t in workspace.list_teams())
            # the fallback, the safety-net switch and the visitor wait, and account routing
            settings = tuple(sorted(workspace.settings().items()))
            accounts = tuple((a.domain, a.agent) for a in workspace.list_accounts())
            return (agents, teams, settings, accounts)
        except DesignerError as exc:
            self.access.error.emit(str(exc))
            return None

    def _build_hub(self, workspace: Workspace | None) -> LiveChatHub:
        notes: list[str] = []
        router: Router | None = None
        simulated: set[str] = set()
        self.teams = []
        if workspace is not None:
            try:
                router = router_for(workspace, workspace.round_robin)
                simulated = simulated_agents(workspace)
                self.teams = [t.name for t in workspace.list_teams()]
            except DesignerError as exc:
                notes.append(str(exc))
                router = None
        if router is None or not router.agents:
            router = Router([], {}, MemoryPositions())
            notes.append(
                self.tr(
                    "There are no agents yet, so a Live Chat card gives its fallback message. "
                    "Add agents in Dialog ▸ Manage Agents and Teams."
                )
            )
        hub = LiveChatHub(
            router,
            simulated=simulated,
            reply_delay=self.reply_delay,
            when_offered=self.when_offered,
            transcripts=workspace,
            dialog_name=self._dialog_name(),
        )
        hub.on_error = self.access.error.emit  # a transcript not saved: the status bar says why
        for inbox in hub.inboxes.values():
            inbox.listeners.append(self._inbox_listener(inbox))
        self._agents_started = False
        self.hub_notes = notes
        return hub

    def _start_simulated_agents(self) -> None:
        """Once per hub, from inside the running loop (the inbox may ask before it runs)."""
        hub = self.hub
        if hub is None or not hub.simulated or self._agents_started:
            return
        if running_loop() is None:
            note = self._silent_note()
            if note not in self.hub_notes:
                self.hub_notes.append(note)
            return
        hub.start_simulated_agents()
        self._agents_started = True
        self.hub_notes = [n for n in self.hub_notes if n != self._silent_note()]

    def _silent_note(self) -> str:
        return self.tr("Simulated agents stay silent here: the app's event loop is not running.")

    def _inbox_listener(self, inbox: Inbox) -> Callable[[str, Chat], None]:
        def listener(what: str, chat: Chat) -> None:
            self.chatChanged.emit(what, inbox, chat)

        return listener

    def _drop_hub(self) -> None:
        hub, self.hub = self.hub, None
        self._people = None
        if hub is None:
            return
        for inbox in hub.inboxes.values():
            for chat in inbox.active():
                with contextlib.suppress(ValueError, DesignerError):
                    chat.session.leave()
            inbox.listeners.clear()
        loop = running_loop()
        if loop is not None and self._agents_started:
            loop.create_task(hub.aclose())
        self._agents_started = False

    def _people_changed(self) -> None:
        """Agents or teams were edited: read them now, or at the next start if a chat is on."""
        self._stale = True
        if self.session is None and self.hub is not None:
            self.ensure_hub()
