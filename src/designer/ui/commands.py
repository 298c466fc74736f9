"""One undo command per user-level edit, each a thin wrapper over document operations.

Commands only touch the model; the canvas and docks follow the model's
events. Selection is never on the stack. Compound edits (delete several
cards, paste) are macros built from these, so one Ctrl+Z undoes them whole.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtGui import QUndoCommand

from designer.model.cards import Card
from designer.model.dialog import Edge
from designer.model.document import CardUpdate, Document, RemovedCard
from designer.ui.canvas.style import style_of
from designer.ui.plural import plural
from designer.ui.translations import tr as _tr

MOVE_ID = 1001
EDIT_ID = 1002
META_ID = 1003

# What the marketer calls a card property, as the Inspector labels it: "Undo Edit fallback
# message", never the file's "fallback_message". Translated where the undo text is made.
FIELD_WORDS: dict[str, str] = {
    "title": QT_TR_NOOP("title"),
    "poke": QT_TR_NOOP("poke"),
    "text": QT_TR_NOOP("text"),
    "answers": QT_TR_NOOP("answers"),
    "allow_free_text": QT_TR_NOOP("typed answers"),
    "store_in_field": QT_TR_NOOP("answer field"),
    "fields": QT_TR_NOOP("fields asked for"),
    "consent": QT_TR_NOOP("consent text"),
    "routing": QT_TR_NOOP("routing"),
    "fallback_message": QT_TR_NOOP("fallback message"),
    "name": QT_TR_NOOP("goal name"),
    "score": QT_TR_NOOP("conversation score"),
    "field": QT_TR_NOOP("field"),
    "value": QT_TR_NOOP("value"),
    "outcomes": QT_TR_NOOP("outcomes"),
    "else_label": QT_TR_NOOP("else branch label"),
    "target": QT_TR_NOOP("jump target"),
    "message": QT_TR_NOOP("closing message"),
}
# The one property each card type labels in its own words (the Inspector's row names).
TEXT_WORDS: dict[str, str] = {
    "message": QT_TR_NOOP("message"),
    "question": QT_TR_NOOP("question"),
    "live_chat": QT_TR_NOOP("bot message"),
    "meeting_booking": QT_TR_NOOP("bot message"),
}


def field_words(card_type: str, name: str) -> str:
    """A card property as the marketer knows it, in the app's language."""
    words = TEXT_WORDS.get(card_type) if name == "text" else None
    words = words or FIELD_WORDS.get(name)
    return _tr(words) if words else name.replace("_", " ")


def edit_text(card: Card, names: Any) -> str:
    """The undo text of an edit: "Edit fallback message", "Edit routing, title"."""
    said = [field_words(card.type, name) for name in sorted(names)]
    return _tr("Edit {0}").format(", ".join(said))


class AddCard(QUndoCommand):
    """Add a card, optionally linked from a port and/or into an edge's target."""

    def __init__(
        self,
        doc: Document,
        card: Card,
        *,
        link_from: tuple[str, str] | None = None,
        link_to: str | None = None,
        text: str = "",
        parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(text or _tr("Add {0} card").format(style_of(card.type).name), parent)
        self.doc = doc
        self.card = card
        self.link_from = link_from
        self.link_to = link_to
        self._replaced: Edge | None = None

    def redo(self) -> None:
        self.doc.add_card(self.card)
        if self.link_from is not None:
            source, port = self.link_from
            self._replaced = self.doc.connect(source, port, self.card.id)
        if self.link_to is not None and self.card.port_keys():
            self.doc.connect(self.card.id, self.card.port_keys()[0], self.link_to)

    def undo(self) -> None:
        self.doc.remove_card(self.card.id)
        if self._replaced is not None:
            self.doc.add_edge(self._replaced)


class RemoveCard(QUndoCommand):
    """Remove one card and its edges; undo puts back exactly what was there."""

    def __init__(self, doc: Document, card_id: str, parent: QUndoCommand | None = None) -> None:
        super().__init__(_tr("Delete card {0}").format(card_id), parent)
        self.doc = doc
        self.card_id = card_id
        self._removed: RemovedCard | None = None

    def redo(self) -> None:
        self._removed = self.doc.remove_card(self.card_id)

    def undo(self) -> None:
        assert self._removed is not None
        self.doc.restore_card(self._removed)


class MoveCards(QUndoCommand):
    """Move cards; the steps of one drag (same ``session``) merge into one undo step."""

    def __init__(
        self,
        doc: Document,
        moves: dict[str, tuple[float, float]],
        *,
        session: int | None = None,
        parent: QUndoCommand | None = None,
    ) -> None:
        n = len(moves)
        super().__init__(
            _tr("Move card") if n == 1 else plural(_tr("Move %n card(s)", "", n), n), parent
        )
        self.doc = doc
        self.new = dict(moves)
        self.old = {cid: (doc.card(cid).position.x, doc.card(cid).position.y) for cid in moves}
        self.session = session

    def id(self) -> int:
        return MOVE_ID if self.session is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, MoveCards) or other.session != self.session:
            return False
        for cid, old in other.old.items():
            self.old.setdefault(cid, old)
        self.new.update(other.new)
        return True

    def redo(self) -> None:
        for cid, (x, y) in self.new.items():
            self.doc.move_card(cid, x, y)

    def undo(self) -> None:
        for cid, (x, y) in self.old.items():
            self.doc.move_card(cid, x, y)


class Connect(QUndoCommand):
    """Link an output port to a card (replacing the port's previous link)."""

    def __init__(
        self,
        doc: Document,
        source: str,
        port: str,
        target: str,
        parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(_tr("Connect cards"), parent)
        self.doc = doc
        self.source, self.port, self.target = source, port, target
        self._replaced: Edge | None = None

    def redo(self) -> None:
        self._replaced = self.doc.connect(self.source, self.port, self.target)

    def undo(self) -> None:
        self.doc.disconnect(self.source, self.port)
        if self._replaced is not None:
            self.doc.add_edge(self._replaced)


class Disconnect(QUndoCommand):
    """Remove the link leaving a port."""

    def __init__(
        self, doc: Document, source: str, port: str, parent: QUndoCommand | None = None
    ) -> None:
        super().__init__(_tr("Remove link"), parent)
        self.doc = doc
        self.source, self.port = source, port
        self._edge: Edge | None = None

    def redo(self) -> None:
        self._edge = self.doc.disconnect(self.source, self.port)

    def undo(self) -> None:
        assert self._edge is not None
        self.doc.add_edge(self._edge)


class RestoreEdge(QUndoCommand):
    """Put back an edge exactly as it was (used inside macros, e.g. paste)."""

    def __init__(self, doc: Document, edge: Edge, parent: QUndoCommand | None = None) -> None:
        super().__init__(_tr("Link"), parent)
        self.doc = doc
        self.edge = edge

    def redo(self) -> None:
        self.doc.add_edge(self.edge)

    def undo(self) -> None:
        self.doc.remove_edges([self.edge])


class UpdateCard(QUndoCommand):
    """Change card properties; typing in one field of one card merges into one step."""

    def __init__(
        self,
        doc: Document,
        card_id: str,
        changes: dict[str, Any],
        *,
        text: str = "",
        session: int | None = None,
        make_room: Callable[[], dict[str, tuple[float, float]]] | None = None,
        parent: QUndoCommand | None = None,
    ) -> None:
        """``session`` groups keystrokes of one editing gesture into one undo step.

        ``make_room``, asked once the card has changed, names the cards to move
        out of its way (it grew over them); they move in this same step.
        """
        super().__init__(text or edit_text(doc.card(card_id), changes), parent)
        self.doc = doc
        self.card_id = card_id
        self.changes = dict(changes)
        self.session = session
        self._update: CardUpdate | None = None
        self._make_room = make_room
        self._moved_from: dict[str, tuple[float, float]] = {}
        self._moved_to: dict[str, tuple[float, float]] = {}

    def id(self) -> int:
        return EDIT_ID if self.session is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            not isinstance(other, UpdateCard)
            or other.session != self.session
            or other.card_id != self.card_id
            or set(other.changes) != set(self.changes)
            or (other._update and other._update.removed_edges)
        ):
            return False
        self.changes = dict(other.changes)
        assert other._update is not None and self._update is not None
        self._update = CardUpdate(self._update.old, other._update.new, self._update.removed_edges)
        for card_id, old in other._moved_from.items():
            self._moved_from.setdefault(card_id, old)
        self._moved_to.update(other._moved_to)
        return True

    def redo(self) -> None:
        self._update = self.doc.update_card(self.card_id, **self.changes)
        if self._make_room is not None:  # the first time: what the change pushed aside
            moves, self._make_room = self._make_room(), None
            for card_id in moves:
                position = self.doc.card(card_id).position
                self._moved_from[card_id] = (position.x, position.y)
            self._moved_to = dict(moves)
        for card_id, (x, y) in self._moved_to.items():
            self.doc.move_card(card_id, x, y)

    def undo(self) -> None:
        assert self._update is not None
        for card_id, (x, y) in self._moved_from.items():
            self.doc.move_card(card_id, x, y)
        self.doc.replace_card(self._update.old)
        for edge in self._update.removed_edges:
            self.doc.add_edge(edge)


class SetStart(QUndoCommand):
    def __init__(self, doc: Document, card_id: str | None) -> None:
        super().__init__(_tr("Set start card"))
        self.doc = doc
        self.card_id = card_id
        self._old: str | None = None

    def redo(self) -> None:
        self._old = self.doc.set_start(self.card_id)

    def undo(self) -> None:
        self.doc.set_start(self._old)


class SetMeta(QUndoCommand):
    """Change the dialog's name, description or language; typing merges by session."""

    def __init__(
        self, doc: Document, changes: dict[str, Any], *, session: int | None = None
    ) -> None:
        super().__init__(_tr("Edit dialog properties"))
        self.doc = doc
        self.changes = dict(changes)
        self.session = session
        self._old: dict[str, Any] = {}

    def id(self) -> int:
        return META_ID if self.session is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetMeta) or other.session != self.session:
            return False
        for key, value in other._old.items():
            self._old.setdefault(key, value)
        self.changes.update(other.changes)
        return True

    def redo(self) -> None:
        old = self.doc.set_meta(**self.changes)
        for key, value in old.items():
            self._old.setdefault(key, value)

    def undo(self) -> None:
        self.doc.set_meta(**self._old)
