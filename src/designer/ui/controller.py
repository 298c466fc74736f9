"""The document controller: the open dialog, its undo stack, its file, its problems.

It is the only object that changes the document, always through undo
commands, and the bridge that turns the model's plain-Python events into Qt
signals for the canvas and the docks. Views report intent ("connect A to
B") by calling its methods; they never write the model themselves.
"""

from __future__ import annotations

import itertools
from functools import partial
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QIODevice, QObject, QSaveFile, QTimer, Signal
from PySide6.QtGui import QUndoStack

from designer.errors import DesignerError
from designer.model.cards import CARD_CLASSES, Card, Position
from designer.model.codec import dumps_dialog, load_dialog
from designer.model.dialog import Dialog, Edge
from designer.model.document import Document
from designer.model.fragment import Fragment, extract, rebase
from designer.model.validation import Directory, Problem
from designer.model.validation.live import LiveValidation
from designer.ui import commands as cmd
from designer.ui.plural import plural

_sessions = itertools.count(1)


def new_session() -> int:
    """A fresh id grouping the undo steps of one gesture (a drag, a typing burst)."""
    return next(_sessions)


Moves = dict[str, tuple[float, float]]


class Placement(Protocol):
    """Where cards go among the others; the canvas answers, as it knows how big cards are drawn.

    The controller asks before (or, for a card that grows, while) it pushes an
    edit, and makes whatever must move part of that edit's undo step.
    """

    def free_spot(self, card: Card) -> tuple[float, float]:
        """A place near ``card.position`` where the new card covers no other."""
        ...

    def room_to_insert(self, card: Card, edge: Edge) -> tuple[tuple[float, float], Moves]:
        """Where a card dropped on ``edge`` (at ``card.position``) goes; what moves for it."""
        ...

    def room_for_group(self, cards: list[Card]) -> tuple[float, float]:
        """How far to shift new cards, kept together, so that none covers another card."""
        ...

    def footprint(self, card_id: str) -> object:
        """The card's size as drawn now, for :meth:`room_to_grow` after an edit."""
        ...

    def room_to_grow(self, card_id: str, before: object) -> Moves:
        """The cards to move down since the card grew from ``before``."""
        ...


class DocumentController(QObject):
    """Owns the current dialog; every edit goes through :attr:`undo_stack`."""

    PATHS_IDLE_MS = 250
    """Quiet time after an edit before unreachable cards and the like are re-walked."""

    cardAdded = Signal(str)
    cardRemoved = Signal(str)
    cardChanged = Signal(str, tuple)
    cardMoved = Signal(str)
    edgeAdded = Signal(object)
    edgeRemoved = Signal(object)
    startChanged = Signal(object)
    metaChanged = Signal(tuple)
    documentReset = Signal()
    directoryChanged = Signal()  # the workspace's agents or teams, as routing sees them
    problemsChanged = Signal(object)  # list[Problem]; "object" passes it as is, "list" copies
    cardProblemsChanged = Signal(object)  # the ids (a set) whose problems just changed
    pathChanged = Signal(object)
    dirtyChanged = Signal(bool)
    focusRequested = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self.path: Path | None = None
        self.directory: Directory | None = None
        self.problems: list[Problem] = []
        # Edits are rechecked on the next loop turn (only what they touched); the
        # whole-graph path rules wait until the marketer pauses (PATHS_IDLE_MS).
        self._validate_timer = QTimer(self)
        self._validate_timer.setSingleShot(True)
        self._validate_timer.setInterval(0)
        self._validate_timer.timeout.connect(self._recheck_edits)
        self._paths_timer = QTimer(self)
        self._paths_timer.setSingleShot(True)
        self._paths_timer.setInterval(self.PATHS_IDLE_MS)
        self._paths_timer.timeout.connect(self.revalidate)
        self.placement: Placement | None = None  # set by the canvas (see view.py)
        self.document = Document()
        self.validation = LiveValidation(self.document)
        self._attach(self.document)
        self.revalidate()

    # --- state ----------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        return not self.undo_stack.isClean()

    def display_name(self) -> str:
        return self.path.name if self.path else self.tr("Untitled")

    def problems_for(self, card_id: str) -> list[Problem]:
        return self.validation.problems_of(card_id)

    def set_directory(self, directory: Directory | None) -> None:
        """Use the workspace's agents and teams for routing checks."""
        self.directory = directory
        self.validation.set_directory(directory)
        self.directoryChanged.emit()
        self.revalidate()

    # --- files ------------------------------------------------------------------------

    def new_document(self, dialog: Dialog | None = None) -> None:
        self._replace(Document(dialog or Dialog()), None)

    def open(self, path: str | Path) -> None:
        """Load a dialog file; a :class:`DesignerError` names what is wrong, nothing changes."""
        dialog = load_dialog(path)
        document = Document(dialog)  # may refuse duplicate ids with a sentence
        self._replace(document, Path(path))

    def save(self, path: str | Path | None = None) -> Path:
        """Write the dialog with QSaveFile (atomic); mark the stack clean."""
        target = Path(path) if path is not None else self.path
        if target is None:
            raise DesignerError(self.tr("choose where to save the dialog"), code="no-path")
        data = dumps_dialog(self.document.to_dialog()).encode("utf-8")
        out = QSaveFile(str(target))
        if not out.open(QIODevice.OpenModeFlag.WriteOnly):
            raise DesignerError(
                self.tr("could not be saved: {0}; choose a folder you can write to").format(
                    out.errorString()
                ),
                code="save-failed",
                file=target,
            )
        out.write(data)
        if not out.commit():
            raise DesignerError(
                self.tr("could not be saved: {0}; the previous file is unchanged").format(
                    out.errorString()
                ),
                code="save-failed",
                file=target,
            )
        self.undo_stack.setClean()
        if target != self.path:
            self.path = target
            self.pathChanged.emit(target)
        return target

    # --- edits (each one undo step) -------------------------------------------------------

    def add_card(
        self,
        type_name: str,
        x: float,
        y: float,
        *,
        link_from: tuple[str, str] | None = None,
        link_to: str | None = None,
        find_room: bool = False,
        **props: Any,
    ) -> str:
        """Create a card of ``type_name`` at (x, y); optionally attach it to a port or edge.

        With ``find_room``, the card goes to the nearest free place from there
        (see :class:`Placement`) rather than over another card.
        """
        card = self._new_card(type_name, x, y, props)
        if find_room and self.placement is not None:
            card = _moved(card, self.placement.free_spot(card))
        self._push_new_card(card, link_from=link_from, link_to=link_to)
        return card.id

    def insert_on_edge(self, type_name: str, edge: Edge, x: float, y: float) -> str:
        """Drop a new card onto a link: source -> new card -> old target, in one undo step.

        The card and the cards moved to make room for it (see :class:`Placement`)
        are one step: one Undo puts everything back.
        """
        card = self._new_card(type_name, x, y, {})
        moves: Moves = {}
        if self.placement is not None:
            spot, moves = self.placement.room_to_insert(card, edge)
            card = _moved(card, spot)
        self.undo_stack.beginMacro(self.tr("Insert card"))
        try:
            self.move_cards(moves)
            self._push_new_card(card, link_from=(edge.source, edge.port), link_to=edge.target)
        finally:
            self.undo_stack.endMacro()
        return card.id

    def _new_card(self, type_name: str, x: float, y: float, props: dict[str, Any]) -> Card:
        cls = CARD_CLASSES[type_name]
        card_id = self.document.new_card_id(type_name)
        return cls.model_validate(
            {"type": type_name, "id": card_id, "position": {"x": x, "y": y}, **props}
        )

    def _push_new_card(
        self, card: Card, *, link_from: tuple[str, str] | None, link_to: str | None
    ) -> None:
        """Add the card; the first card of a dialog becomes its start in the same undo step."""
        command = cmd.AddCard(self.document, card, link_from=link_from, link_to=link_to)
        if self.document.start is not None:
            self.undo_stack.push(command)
            return
        self.undo_stack.beginMacro(command.text())
        self.undo_stack.push(command)
        self.undo_stack.push(cmd.SetStart(self.document, card.id))
        self.undo_stack.endMacro()

    def remove_cards(self, card_ids: list[str]) -> None:
        ids = [c for c in dict.fromkeys(card_ids) if c in self.document]
        if not ids:
            return
        n = len(ids)
        self.undo_stack.beginMacro(
            self.tr("Delete card") if n == 1 else plural(self.tr("Delete %n card(s)", "", n), n)
        )
        for card_id in ids:
            self.undo_stack.push(cmd.RemoveCard(self.document, card_id))
        self.undo_stack.endMacro()

    def move_cards(self, moves: dict[str, tuple[float, float]], session: int | None = None) -> None:
        moves = {cid: xy for cid, xy in moves.items() if cid in self.document}
        if moves:
            self.undo_stack.push(cmd.MoveCards(self.document, moves, session=session))

    def connect_cards(self, source: str, port: str, target: str) -> None:
        """Link a port to a card; a DesignerError says why not (e.g. after a Live Chat)."""
        edge = self.document.edge(source, port)
        if edge is not None and edge.target == target:
            return
        self.document.check_connect(source, port, target)
        self.undo_stack.push(cmd.Connect(self.document, source, port, target))

    def disconnect_port(self, source: str, port: str) -> None:
        if self.document.edge(source, port) is not None:
            self.undo_stack.push(cmd.Disconnect(self.document, source, port))

    def update_card(self, card_id: str, *, session: int | None = None, **changes: Any) -> None:
        """Change properties; a DesignerError names an invalid value and nothing changes."""
        new = self.document.check_update(card_id, **changes)  # raises before any push
        if new == self.document.card(card_id):
            return
        placement = self.placement
        make_room = None
        if placement is not None:
            # A card drawn taller pushes the cards under it down, in the same undo step.
            make_room = partial(placement.room_to_grow, card_id, placement.footprint(card_id))
        self.undo_stack.push(
            cmd.UpdateCard(self.document, card_id, changes, session=session, make_room=make_room)
        )

    def set_routing(self, card_id: str, routing: Any) -> None:
        self.update_card(card_id, routing=routing)

    def set_start(self, card_id: str | None) -> None:
        if card_id != self.document.start:
            self.undo_stack.push(cmd.SetStart(self.document, card_id))

    def set_meta(self, *, session: int | None = None, **changes: Any) -> None:
        """Change name, description or language; an invalid value raises before any push."""
        self.document.check_meta(**changes)
        if all(getattr(self.document, k) == v for k, v in changes.items()):
            return
        self.undo_stack.push(cmd.SetMeta(self.document, changes, session=session))

    def apply_positions(self, positions: dict[str, tuple[float, float]], text: str) -> None:
        """Move many cards in one step (auto-layout)."""
        self.undo_stack.beginMacro(text)
        self.move_cards(positions)
        self.undo_stack.endMacro()

    # --- clipboard ------------------------------------------------------------------------

    def copy_fragment(self, card_ids: list[str]) -> Fragment:
        return extract(self.document, card_ids)

    def paste_fragment(self, fragment: Fragment, offset: tuple[float, float]) -> list[str]:
        """Add a copied piece in one undo step; return the new card ids.

        ``offset`` says where the piece was meant to go; it lands in the nearest
        free place from there (see :class:`Placement`), its cards kept together.
        """
        if not fragment.cards:
            return []
        if self.placement is not None:
            meant = [
                _moved(c, (c.position.x + offset[0], c.position.y + offset[1]))
                for c in fragment.cards
            ]
            dx, dy = self.placement.room_for_group(meant)
            offset = (offset[0] + dx, offset[1] + dy)
        piece = rebase(fragment, set(self.document.card_ids()), offset)
        n = len(piece.cards)
        self.undo_stack.beginMacro(
            self.tr("Paste card") if n == 1 else plural(self.tr("Paste %n card(s)", "", n), n)
        )
        for card in piece.cards:
            self.undo_stack.push(cmd.AddCard(self.document, card))
        for edge in piece.edges:
            self.undo_stack.push(cmd.RestoreEdge(self.document, edge))
        self.undo_stack.endMacro()
        return [c.id for c in piece.cards]

    def duplicate(self, card_ids: list[str]) -> list[str]:
        """Copies beside the originals: the nearest free place from where they are."""
        offset = (0.0, 0.0) if self.placement is not None else (40.0, 40.0)
        return self.paste_fragment(self.copy_fragment(card_ids), offset)

    # --- internals --------------------------------------------------------------------------

    def _replace(self, document: Document, path: Path | None) -> None:
        self._detach(self.document)
        self.document = document
        self.validation = LiveValidation(document, self.directory)
        self._attach(document)
        self.undo_stack.clear()
        self.path = path
        self.documentReset.emit()
        self.pathChanged.emit(path)
        self.dirtyChanged.emit(False)
        # Each card's own problems before the first frame; the path walks (a few
        # hundred ms at 5,000 cards) once the window is up, like after an edit.
        self._recheck_edits()
        if self._paths_timer.isActive():
            # The pause counts from the first event-loop turn: setting the window up
            # may take longer than the pause, and the walk must not come before the
            # first frame.
            self._paths_timer.stop()
            QTimer.singleShot(0, self, self._after_open)

    def _after_open(self) -> None:
        if self.validation.paths_pending:
            self._paths_timer.start()

    def _attach(self, doc: Document) -> None:
        ev = doc.events
        ev.card_added.connect(self._on_card_added)
        ev.card_removed.connect(self._on_card_removed)
        ev.card_changed.connect(self._on_card_changed)
        ev.card_moved.connect(self._on_card_moved)
        ev.edge_added.connect(self._on_edge_added)
        ev.edge_removed.connect(self._on_edge_removed)
        ev.start_changed.connect(self._on_start_changed)
        ev.meta_changed.connect(self._on_meta_changed)

    def _detach(self, doc: Document) -> None:
        self.validation.close()
        doc.events.disconnect()

    def _on_clean_changed(self, clean: bool) -> None:
        self.dirtyChanged.emit(not clean)

    def _on_card_added(self, card_id: str) -> None:
        self.cardAdded.emit(card_id)
        self._schedule_validation()

    def _on_card_removed(self, card_id: str) -> None:
        self.cardRemoved.emit(card_id)
        self._schedule_validation()

    def _on_card_changed(self, card_id: str, names: tuple) -> None:
        self.cardChanged.emit(card_id, names)
        self._schedule_validation()

    def _on_card_moved(self, card_id: str, _position: Position) -> None:
        self.cardMoved.emit(card_id)

    def _on_edge_added(self, edge: Edge) -> None:
        self.edgeAdded.emit(edge)
        self._schedule_validation()

    def _on_edge_removed(self, edge: Edge) -> None:
        self.edgeRemoved.emit(edge)
        self._schedule_validation()

    def _on_start_changed(self, card_id: str | None) -> None:
        self.startChanged.emit(card_id)
        self._schedule_validation()

    def _on_meta_changed(self, names: tuple) -> None:
        self.metaChanged.emit(names)

    def _schedule_validation(self) -> None:
        self._validate_timer.start()

    def revalidate(self) -> None:
        """Bring every problem up to date now, path rules included."""
        self._validate_timer.stop()
        self._paths_timer.stop()
        self.validation.refresh()
        self._publish()

    def _recheck_edits(self) -> None:
        """What the latest edits touched; the path rules once the marketer pauses."""
        self.validation.refresh(paths=False)
        if self.validation.paths_pending:
            self._paths_timer.start()
        self._publish()

    def _publish(self) -> None:
        problems = self.validation.problems()
        if problems is self.problems:
            return  # no problem changed (the same list comes back until one does)
        self.problems = problems
        # Only the cards whose problems changed: a single-card edit looks at that card alone.
        self.cardProblemsChanged.emit(self.validation.take_changed_cards())
        self.problemsChanged.emit(self.problems)


def _moved(card: Card, spot: tuple[float, float]) -> Card:
    """The same new card, placed at ``spot``."""
    return card.model_copy(update={"position": Position(x=spot[0], y=spot[1])})
