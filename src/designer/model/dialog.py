"""The dialog as a value: metadata, start card, cards and edges.

:class:`Dialog` is exactly what a file holds (after migration) and what two
documents are compared by. It deliberately accepts graphs that are wrong in
ways a marketer can fix (dangling edges, an unknown start card, duplicate
ids): validation reports those as problems instead of refusing the file.
Editing goes through :class:`designer.model.document.Document`.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from designer.model.cards import Card, CardId, Label, PortKey, Text

FORMAT = "stream-designer/dialog"
VERSION = 1
"""The file format version this build writes; older versions are migrated on load."""

MAX_CARDS = 20_000
MAX_EDGES = 100_000


class Edge(BaseModel):
    """A link from one output port of a card to the card the visitor goes to next."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    source: CardId = Field(alias="from")
    port: PortKey = Field(alias="branch", description="The answer, outcome or 'next'.")
    target: CardId = Field(alias="to")

    @property
    def key(self) -> tuple[str, str]:
        """The output port this edge leaves from; at most one edge per port."""
        return (self.source, self.port)


def _is_current(version: int) -> int:
    """Only the current format version is a Dialog; older files are migrated first."""
    if version != VERSION:
        raise ValueError(f"format version must be {VERSION}")
    return version


Language = Annotated[str, Field(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]


class Dialog(BaseModel):
    """A whole dialog document as saved in a file."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    format: Literal["stream-designer/dialog"] = FORMAT
    version: Annotated[int, Field(strict=True), AfterValidator(_is_current)] = Field(
        default_factory=lambda: VERSION, json_schema_extra={"const": VERSION}
    )
    name: Label = "Untitled dialog"
    description: Text = ""
    language: Language = "en"
    start: CardId | None = None
    cards: list[Card] = Field(default_factory=list, max_length=MAX_CARDS)
    edges: list[Edge] = Field(default_factory=list, max_length=MAX_EDGES)

    def card(self, card_id: str) -> Card | None:
        """The first card with this id, or None (linear: for tests and small tools)."""
        return next((c for c in self.cards if c.id == card_id), None)

    def canonical(self) -> Dialog:
        """The same dialog with edges in a stable order, as files are written."""
        edges = sorted(self.edges, key=lambda e: (e.source, e.port, e.target))
        return self.model_copy(update={"edges": edges})
