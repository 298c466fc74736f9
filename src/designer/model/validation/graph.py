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
    def build(
        cls, dialog: Dialog, port_keys: Callable[[Card], list[str]] | None = None
    ) -> DialogGraph:
        """Index ``dialog``; ``port_keys`` may answer a card's ports from a cache."""
        g = cls(dialog)
        node_of = g.node_of
        for i, card in enumerate(dialog.cards):
            if card.id not in node_of:
                node_of[card.id] = len(g.nodes)
                g.nodes.append(card)
                g.card_index.append(i)
        steps: list[list[Step]] = [[] for _ in g.nodes]
        g.steps = steps
        keys_of = port_keys or _port_keys
        g.ports = [keys_of(card) for card in g.nodes]
        ports = [set(keys) for keys in g.ports]
        wired = g.wired_ports
        taken: set[tuple[str, str]] = set()
        for edge in dialog.edges:
            key = (edge.source, edge.port)
            wired.add(key)
            src, dst = node_of.get(edge.source), node_of.get(edge.target)
            if src is None or dst is None or edge.port not in ports[src] or key in taken:
                continue  # broken, or a second edge from the same port: the first one counts
            taken.add(key)
            steps[src].append((edge.port, dst))
        for n, card in enumerate(g.nodes):
            if isinstance(card, GoToCard) and card.target in node_of:
                steps[n].append((JUMP, node_of[card.target]))
        if dialog.start is not None:
            g.start = node_of.get(dialog.start)
        return g

    def title(self, card_id: str) -> str:
        """The display title of the card with this id."""
        return self.nodes[self.node_of[card_id]].display_title()

    def path(self, node: int) -> str:
        """The JSON path of a node's card, e.g. ``$.cards[4]``."""
        return f"$.cards[{self.card_index[node]}]"

    def reach(
        self,
        roots: Iterable[int],
        *,
        stops: list[bool] | None = None,
        follow: Callable[[int, str | None], bool] | None = None,
    ) -> list[bool]:
        """Which nodes some path from ``roots`` reaches.

        A node ``n`` with ``stops[n]`` is reached but not passed through (the
        walk stops there); ``follow(n, port)`` false ignores that way on. Asking
        "can a visitor get here without passing X?" is a walk that stops at X,
        which is exactly the complement of "X is on every path".
        """
        seen = [False] * len(self.nodes)
        queue: deque[int] = deque()
        for r in roots:
            if not seen[r]:
                seen[r] = True
                queue.append(r)
        steps = self.steps
        while queue:
            n = queue.popleft()
            if stops is not None and stops[n]:
                continue
            for port, m in steps[n]:
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


def _port_keys(card: Card) -> list[str]:
    return card.port_keys()
