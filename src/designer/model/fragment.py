"""A piece of a dialog (some cards and the links between them), for copy and paste.

Copying keeps only the links inside the selection; pasting gives cards whose
id is taken a fresh id (and rewires the copied links and Go To targets to
match), and shifts them so the copy does not hide the original. The text form
is JSON, so cards travel through the system clipboard between windows.
"""

from __future__ import annotations

import json

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from designer.errors import DesignerError
from designer.model.cards import Card, GoToCard, Position
from designer.model.dialog import Edge
from designer.model.document import Document

MIME_TYPE = "application/x-stream-designer-cards+json"
FORMAT = "stream-designer/cards"
MAX_ID_LENGTH = 64


class Fragment(BaseModel):
    """Cards and the links among them."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    format: str = FORMAT
    cards: list[Card] = Field(default_factory=list, max_length=20_000)
    edges: list[Edge] = Field(default_factory=list, max_length=100_000)

    def to_text(self) -> str:
        return self.model_dump_json(by_alias=True, exclude_none=True, indent=2)

    @classmethod
    def from_text(cls, text: str) -> Fragment:
        """Parse clipboard text; a DesignerError says when it holds no cards."""
        try:
            data = json.loads(text)
            if not isinstance(data, dict) or data.get("format") != FORMAT:
                raise ValueError("not cards")
            return cls.model_validate(data)
        except (ValueError, ValidationError):
            raise DesignerError(
                "the clipboard holds no Stream Designer cards; copy cards first",
                code="no-cards",
            ) from None


def extract(doc: Document, card_ids: list[str]) -> Fragment:
    """The selected cards (in document order) and the links among them."""
    chosen = set(card_ids)
    cards = [c for c in doc.cards() if c.id in chosen]
    edges = [e for c in cards for e in doc.edges_from(c.id) if e.target in chosen]
    return Fragment(cards=cards, edges=edges)


def rebase(fragment: Fragment, taken: set[str], offset: tuple[float, float]) -> Fragment:
    """The fragment with fresh ids where taken, links rewired, positions shifted."""
    renames: dict[str, str] = {}
    used = set(taken)
    for card in fragment.cards:
        new_id = card.id
        if new_id in used:
            stem = card.id.rstrip("0123456789").rstrip("-") or card.type
            n = 2
            while _fresh(stem, n) in used:
                n += 1
            new_id = _fresh(stem, n)
        renames[card.id] = new_id
        used.add(new_id)
    dx, dy = offset
    cards = []
    for card in fragment.cards:
        update: dict[str, object] = {
            "id": renames[card.id],
            "position": Position(x=card.position.x + dx, y=card.position.y + dy),
            "poke": None,  # only the first card may have a poke
        }
        if isinstance(card, GoToCard) and card.target in renames:
            update["target"] = renames[card.target]
        cards.append(card.model_copy(update=update))
    edges = [
        Edge(source=renames[e.source], port=e.port, target=renames[e.target])
        for e in fragment.edges
        if e.source in renames and e.target in renames
    ]
    return Fragment(cards=cards, edges=edges)


def _fresh(stem: str, n: int) -> str:
    """``stem-n``, the stem cut so the id keeps within the 64 characters ids allow."""
    suffix = f"-{n}"
    return stem[: MAX_ID_LENGTH - len(suffix)].rstrip("-._") + suffix
