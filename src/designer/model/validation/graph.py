"""The dialog as a graph for validation: indexed once, walked in linear time.

A :class:`Dialog` value may hold duplicate ids and broken edges (validation
reports them). The graph keeps what a visitor could actually follow: one node
per id (the first card with it), the first edge of each existing port to an
existing card, and each Go To's jump. Every question the flow rules ask is a
breadth-first walk over it, so validating stays proportional to cards + edges.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from designer.model.cards import Card, GoToCard
from designer.model.dialog import Dialog

JUMP = None
"""The port of the synthetic link from a Go To card to its target."""

Step = tuple[str | None, int]
"""A way on from a node: the port it leaves by (``JUMP`` for a Go To) and the next node."""


@dataclass
class DialogGraph:
    """Nodes are the first card of each id, numbered in dialog order."""

    dialog: Dialog
    nodes: list[Card] = field(default_factory=list)
    node_of: dict[str, int] = field(default_factory=dict)
    """Card id to node number."""
    card_index: list[int] = field(default_factory=list)
    """Node number to the card's index in ``dialog.cards`` (for JSON paths)."""
    steps: list[list[Step]] = field(default_factory=list)
    ports: list[list[str]] = field(default_factory=list)
    """Node number to its card's port keys, computed once (cards rebuild them per call)."""
    wired_ports: set[tuple[str, str]] = field(default_factory=set)
    """Every (card id, port) some edge leaves from, valid or not."""
    start: int | None = None
    _back: list[list[int]] | None = None

    @classmethod
    def build(cls, dialog: Dialog) -> DialogGraph:
        g = cls(dialog)
        for i, card in enumerate(dialog.cards):
            if card.id not in g.node_of:
                g.node_of[card.id] = len(g.nodes)
                g.nodes.append(card)
                g.card_index.append(i)
        g.steps = [[] for _ in g.nodes]
        g.ports = [card.port_keys() for card in g.nodes]
        ports = [set(keys) for keys in g.ports]
        taken: set[tuple[str, str]] = set()
        for edge in dialog.edges:
            g.wired_ports.add(edge.key)
            src, dst = g.node_of.get(edge.source), g.node_of.get(edge.target)
            if src is None or dst is None or edge.port not in ports[src]:
                continue
            if edge.key in taken:
                continue  # a second edge from the same port: the first one counts
            taken.add(edge.key)
            g.steps[src].append((edge.port, dst))
        for n, card in enumerate(g.nodes):
            if isinstance(card, GoToCard) and card.target in g.node_of:
                g.steps[n].append((JUMP, g.node_of[card.target]))
        if dialog.start is not None:
            g.start = g.node_of.get(dialog.start)
        return g

    def path(self, node: int) -> str:
        """The JSON path of a node's card, e.g. ``$.cards[4]``."""
        return f"$.cards[{self.card_index[node]}]"

    def reach(
        self,
        roots: Iterable[int],
        *,
        expand: Callable[[int], bool] | None = None,
        follow: Callable[[int, str | None], bool] | None = None,
    ) -> list[bool]:
        """Which nodes some path from ``roots`` reaches.

        ``expand(n)`` false makes ``n`` reached but not passed through (the walk
        stops there); ``follow(n, port)`` false ignores that way on. Asking
        "can a visitor get here without passing X?" is a walk that does not
        expand X, which is exactly the complement of "X is on every path".
        """
        seen = [False] * len(self.nodes)
        queue: deque[int] = deque()
        for r in roots:
            if not seen[r]:
                seen[r] = True
                queue.append(r)
        while queue:
            n = queue.popleft()
            if expand is not None and not expand(n):
                continue
            for port, m in self.steps[n]:
                if not seen[m] and (follow is None or follow(n, port)):
                    seen[m] = True
                    queue.append(m)
        return seen

    def reach_back(self, roots: Iterable[int]) -> list[bool]:
        """Which nodes have some path *to* one of ``roots`` (a walk on reversed links)."""
        if self._back is None:
            self._back = [[] for _ in self.nodes]
            for n, steps in enumerate(self.steps):
                for _, m in steps:
                    self._back[m].append(n)
        back = self._back
        seen = [False] * len(self.nodes)
        queue: deque[int] = deque()
        for r in roots:
            if not seen[r]:
                seen[r] = True
                queue.append(r)
        while queue:
            for m in back[queue.popleft()]:
                if not seen[m]:
                    seen[m] = True
                    queue.append(m)
        return seen
