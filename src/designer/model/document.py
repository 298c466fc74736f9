"""The editable dialog: operations that keep the graph consistent, and their events.

A :class:`Document` holds the cards by id and the edges by output port, so
every operation is O(1) or proportional to the card's own edges. Each
operation announces what changed through :attr:`Document.events` (psygnal,
past tense) and returns what an undo needs to put it back; the Qt undo
commands in the UI are thin wrappers around these pairs.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from psygnal import Signal, SignalGroup
from pydantic import ValidationError

from designer.errors import DesignerError
from designer.model.cards import CARD_CLASSES, Card, Position
from designer.model.dialog import Dialog, Edge


class DocumentEvents(SignalGroup):
    """What changed in a document, announced after the change."""

    card_added = Signal(str)
    card_removed = Signal(str)
    card_changed = Signal(str, tuple)  # card id, names of the changed properties
    card_moved = Signal(str, object)  # card id, new Position
    edge_added = Signal(object)  # Edge
    edge_removed = Signal(object)  # Edge
    start_changed = Signal(object)  # new start card id or None
    meta_changed = Signal(tuple)  # names of the changed metadata fields


@dataclass(frozen=True)
class RemovedCard:
    """Everything needed to put a removed card back exactly where it was."""

    card: Card
    index: int
    edges: tuple[Edge, ...]
    was_start: bool


@dataclass(frozen=True)
class CardUpdate:
    """The result of :meth:`Document.update_card`: the old card and the edges it lost."""

    old: Card
    new: Card
    removed_edges: tuple[Edge, ...] = field(default=())


class Document:
    """A dialog being edited. The one source of truth the UI draws from."""

    def __init__(self, dialog: Dialog | None = None) -> None:
        dialog = dialog or Dialog()
        self.events = DocumentEvents()
        self._meta: dict[str, Any] = {
            "name": dialog.name,
            "description": dialog.description,
            "language": dialog.language,
        }
        self._start: str | None = dialog.start
        self._cards: dict[str, Card] = {}
        for card in dialog.cards:
            if card.id in self._cards:
                raise DesignerError(
                    f"the id '{card.id}' is used by two cards; give one of them another id "
                    "in the file, then open it again",
                    code="duplicate-id",
                    card_id=card.id,
                )
            self._cards[card.id] = card
        self._edges: dict[tuple[str, str], Edge] = {}
        self._incoming: dict[str, dict[tuple[str, str], Edge]] = {}
        self._outgoing: dict[str, dict[tuple[str, str], Edge]] = {}
        for edge in dialog.edges:
            if edge.key in self._edges:
                raise DesignerError(
                    f"port '{edge.port}' of card '{edge.source}' has two edges; keep one",
                    code="duplicate-edge",
                    card_id=edge.source,
                )
            self._store_edge(edge)

    # --- reading -------------------------------------------------------------

    @property
    def name(self) -> str:
        return self._meta["name"]

    @property
    def description(self) -> str:
        return self._meta["description"]

    @property
    def language(self) -> str:
        return self._meta["language"]

    @property
    def start(self) -> str | None:
        return self._start

    def __contains__(self, card_id: object) -> bool:
        return card_id in self._cards

    def __len__(self) -> int:
        return len(self._cards)

    def card(self, card_id: str) -> Card:
        """The card with this id; a :class:`DesignerError` names an unknown one."""
        try:
            return self._cards[card_id]
        except KeyError:
            raise DesignerError(
                f"there is no card '{card_id}' in this dialog", code="unknown-card"
            ) from None

    def cards(self) -> Iterator[Card]:
        return iter(self._cards.values())

    def card_ids(self) -> list[str]:
        return list(self._cards)

    def edges(self) -> Iterator[Edge]:
        return iter(self._edges.values())

    def edge(self, source: str, port: str) -> Edge | None:
        """The edge leaving this port, if any."""
        return self._edges.get((source, port))

    def edges_from(self, card_id: str) -> list[Edge]:
        return list(self._outgoing.get(card_id, {}).values())

    def edges_to(self, card_id: str) -> list[Edge]:
        return list(self._incoming.get(card_id, {}).values())

    def to_dialog(self) -> Dialog:
        """The document as a value, edges in canonical order (what is saved)."""
        return Dialog(
            **self._meta,
            start=self._start,
            cards=list(self._cards.values()),
            edges=sorted(self._edges.values(), key=lambda e: (e.source, e.port, e.target)),
        )

    def new_card_id(self, kind: str) -> str:
        """A fresh, readable id such as ``question-3`` (never reused within the document)."""
        prefix = kind.replace("_", "-")
        n = 1
        while f"{prefix}-{n}" in self._cards:
            n += 1
        return f"{prefix}-{n}"

    # --- card operations -------------------------------------------------------

    def add_card(self, card: Card, index: int | None = None) -> None:
        """Add a card (at ``index`` in document order, else at the end)."""
        if card.id in self._cards:
            raise DesignerError(f"a card with id '{card.id}' already exists", code="duplicate-id")
        if index is None or index >= len(self._cards):
            self._cards[card.id] = card
        else:
            items = list(self._cards.items())
            items.insert(max(index, 0), (card.id, card))
            self._cards = dict(items)
        self.events.card_added.emit(card.id)

    def remove_card(self, card_id: str) -> RemovedCard:
        """Remove a card and every edge touching it; return what restores it."""
        card = self.card(card_id)
        touching = {e.key: e for e in self.edges_to(card_id)}
        touching.update({e.key: e for e in self.edges_from(card_id)})
        for edge in touching.values():
            self._drop_edge(edge)
        index = list(self._cards).index(card_id)
        del self._cards[card_id]
        was_start = self._start == card_id
        if was_start:
            self._start = None
            self.events.start_changed.emit(None)
        self.events.card_removed.emit(card_id)
        return RemovedCard(card, index, tuple(touching.values()), was_start)

    def restore_card(self, removed: RemovedCard) -> None:
        """Undo :meth:`remove_card` exactly: card, position in order, edges, start."""
        self.add_card(removed.card, removed.index)
        for edge in removed.edges:
            self.connect(edge.source, edge.port, edge.target)
        if removed.was_start:
            self.set_start(removed.card.id)

    def move_card(self, card_id: str, x: float, y: float) -> Position:
        """Move a card on the canvas; return its old position."""
        card = self.card(card_id)
        old = card.position
        new = Position(x=x, y=y)
        if new != old:
            self._cards[card_id] = card.model_copy(update={"position": new})
            self.events.card_moved.emit(card_id, new)
        return old

    def check_update(self, card_id: str, **changes: Any) -> Card:
        """The card as it would be after the change, validated; the document is untouched.

        Raises :class:`DesignerError` naming the property when a value is invalid.
        """
        old = self.card(card_id)
        if "id" in changes and changes["id"] != card_id:
            raise DesignerError("a card's id cannot be changed by an edit", code="id-change")
        if "type" in changes and changes["type"] != old.type:
            raise DesignerError("a card's type cannot be changed by an edit", code="type-change")
        data = old.model_dump()
        for key, value in changes.items():
            data[key] = value.model_dump() if hasattr(value, "model_dump") else value
        try:
            return CARD_CLASSES[old.type].model_validate(data)  # type: ignore[return-value]
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "card"
            raise DesignerError(
                f"{where}: {first['msg']}", code="invalid-property", card_id=card_id
            ) from None

    def update_card(self, card_id: str, **changes: Any) -> CardUpdate:
        """Change card properties (validated); edges of ports that vanished are removed.

        An invalid value raises :class:`DesignerError` and leaves the document untouched.
        """
        old = self.card(card_id)
        new = self.check_update(card_id, **changes)
        kept = set(new.port_keys())
        lost = tuple(e for e in self.edges_from(card_id) if e.port not in kept)
        for edge in lost:
            self._drop_edge(edge)
        self._cards[card_id] = new
        names = tuple(sorted(k for k in changes if getattr(old, k, None) != getattr(new, k)))
        if names:
            self.events.card_changed.emit(card_id, names)
        return CardUpdate(old, new, lost)

    def replace_card(self, card: Card) -> Card:
        """Put back a whole card value (undo of an update); return the one it replaced."""
        old = self.card(card.id)
        self._cards[card.id] = card
        names = tuple(
            sorted(k for k in type(card).model_fields if getattr(old, k) != getattr(card, k))
        )
        if names:
            self.events.card_changed.emit(card.id, names)
        return old

    def set_routing(self, card_id: str, routing: Any) -> CardUpdate:
        """Change the routing option of a Live Chat or Meeting booking card."""
        card = self.card(card_id)
        if "routing" not in type(card).model_fields:
            raise DesignerError(
                f"card '{card_id}' is a {card.kind_label} card and has no routing",
                code="no-routing",
            )
        return self.update_card(card_id, routing=routing)

    def set_start(self, card_id: str | None) -> str | None:
        """Make a card the start card; return the previous start."""
        if card_id is not None:
            self.card(card_id)
        old = self._start
        if old != card_id:
            self._start = card_id
            self.events.start_changed.emit(card_id)
        return old

    def check_meta(self, **changes: Any) -> None:
        """Raise the explained :class:`DesignerError` if these metadata values are invalid."""
        unknown = set(changes) - set(self._meta)
        if unknown:
            raise DesignerError(f"unknown dialog properties: {', '.join(sorted(unknown))}")
        trial = {**self._meta, **changes}
        try:
            Dialog(**trial)
        except ValidationError as exc:
            first = exc.errors()[0]
            raise DesignerError(
                f"{first['loc'][0]}: {first['msg']}", code="invalid-property"
            ) from None

    def set_meta(self, **changes: Any) -> dict[str, Any]:
        """Change name, description or language; return the old values."""
        self.check_meta(**changes)
        old = {k: self._meta[k] for k in changes}
        self._meta.update(changes)
        names = tuple(sorted(k for k in changes if old[k] != changes[k]))
        if names:
            self.events.meta_changed.emit(names)
        return old

    # --- edge operations -------------------------------------------------------

    def check_connect(self, source: str, port: str, target: str) -> None:
        """Raise the explained :class:`DesignerError` if this link cannot be made."""
        card = self.card(source)
        self.card(target)
        if port not in card.port_keys():
            if card.ends_branch:
                msg = f"a {card.kind_label} card ends its branch: nothing can follow it"
            else:
                msg = f"card '{source}' has no output '{port}'"
            raise DesignerError(msg, code="no-such-port", card_id=source)

    def connect(self, source: str, port: str, target: str) -> Edge | None:
        """Link a card's output port to a target card; return the edge it replaced.

        Only ports the card has can be linked: a Live Chat card has none, which
        is how the editor keeps it last in its branch.
        """
        self.check_connect(source, port, target)
        old = self._edges.get((source, port))
        if old is not None and old.target == target:
            return None
        if old is not None:
            self._drop_edge(old)
        edge = Edge(source=source, port=port, target=target)
        self._store_edge(edge)
        self.events.edge_added.emit(edge)
        return old

    def disconnect(self, source: str, port: str) -> Edge:
        """Remove the edge leaving this port; return it."""
        edge = self._edges.get((source, port))
        if edge is None:
            raise DesignerError(
                f"output '{port}' of card '{source}' is not connected", code="no-such-edge"
            )
        self._drop_edge(edge)
        return edge

    def add_edge(self, edge: Edge) -> None:
        """Put back an edge exactly (undo), even one validation will flag."""
        if edge.key in self._edges:
            self._drop_edge(self._edges[edge.key])
        self._store_edge(edge)
        self.events.edge_added.emit(edge)

    def remove_edges(self, edges: Iterable[Edge]) -> None:
        for edge in edges:
            if self._edges.get(edge.key) == edge:
                self._drop_edge(edge)

    # --- internals -------------------------------------------------------------

    def _store_edge(self, edge: Edge) -> None:
        self._edges[edge.key] = edge
        self._incoming.setdefault(edge.target, {})[edge.key] = edge
        self._outgoing.setdefault(edge.source, {})[edge.key] = edge

    def _drop_edge(self, edge: Edge) -> None:
        del self._edges[edge.key]
        self._incoming.get(edge.target, {}).pop(edge.key, None)
        self._outgoing.get(edge.source, {}).pop(edge.key, None)
        self.events.edge_removed.emit(edge)
