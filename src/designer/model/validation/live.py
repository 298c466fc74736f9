"""Validation kept current while a document is edited: only what an edit touched is rechecked.

:func:`~designer.model.validation.validate` looks at the whole dialog, about
a tenth of a second at 5,000 cards: too slow to run after every keystroke.
:class:`LiveValidation` listens to a :class:`Document`'s events and keeps the
problems in three parts, each rechecked only when its inputs changed:

- **a card's own problems** (its contents, its dead ends, its routing): when
  the card changes, a link leaves or stops leaving it, the start moves (pokes),
  a Go To's target appears or disappears, or the workspace changes (routing);
- **a link's problem**: when the link or either of its cards changes;
- **path problems** (unreachable cards, the best practices before Live Chat,
  loops without exit): whole-graph walks, redone only when the graph itself
  changed — a card added or removed, a link, the start, or a change to what a
  card means for paths (its kind, captured fields, availability outcomes, a
  Go To's target). A rename only rewords them. The walks can be left for
  later (:meth:`refresh` with ``paths=False``), as the editor does while the
  marketer is still typing or dragging.

The result is always what ``validate(document.to_dialog(), directory)`` would
return, problem for problem and in the same order; a property test holds it
to that.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from dataclasses import dataclass, replace

from designer.model.cards import Card, ConditionCard, GoToCard, LiveChatCard, MeetingBookingCard
from designer.model.dialog import Dialog, Edge
from designer.model.document import Document
from designer.model.validation.directory import Directory
from designer.model.validation.graph import DialogGraph
from designer.model.validation.problems import Problem, sort_problems
from designer.model.validation.rules_cards import card_problems
from designer.model.validation.rules_flow import (
    REQUIRED_BEFORE_LIVE_CHAT,
    FlowFinding,
    captures,
    checks_availability,
    flow_findings,
    word_finding,
)
from designer.model.validation.rules_routing import Eligibility, routing_problems
from designer.model.validation.rules_structure import dead_ends, edge_problem, start_problems

EdgeSpot = tuple[str, str, str]
"""An edge as it sorts in the saved file: (source, port, target)."""


@dataclass(frozen=True)
class _CardCheck:
    """What was found for one card value, and what path-relevant facts it had."""

    card: Card
    index: int
    """The card's place in the document when its problems' JSON paths were written."""
    problems: tuple[Problem, ...]
    path_facts: tuple
    ports: list[str]


class LiveValidation:
    """The problems of a document, kept current from its events."""

    def __init__(self, document: Document, directory: Directory | None = None) -> None:
        self.document = document
        self._directory = directory
        self._eligible = Eligibility(directory) if directory is not None else None
        self.graph_walks = 0
        """How many times the path rules walked the whole graph (for tests and benchmarks)."""
        self.cards_checked = 0
        """How many card values had their own rules run (for tests and benchmarks)."""
        ev = document.events
        self._handlers = [
            (ev.card_added, self._card_added),
            (ev.card_removed, self._card_removed),
            (ev.card_changed, self._card_changed),
            (ev.edge_added, self._edge_added),
            (ev.edge_removed, self._edge_removed),
            (ev.start_changed, self._start_changed),
        ]
        for signal, handler in self._handlers:
            signal.connect(handler)
        self.reset()

    def close(self) -> None:
        """Stop following the document (it is being replaced)."""
        for signal, handler in self._handlers:
            signal.disconnect(handler)
        self._handlers = []

    # --- reading -----------------------------------------------------------------------------

    @property
    def paths_pending(self) -> bool:
        """Whether the path problems still describe the graph before the latest edits."""
        return self._paths_stale

    def problems(self) -> list[Problem]:
        """Every problem, sorted as :func:`validate` sorts them.

        Cheap parts are brought up to date first; path problems only by :meth:`refresh`.
        """
        self.refresh(paths=False)
        if self._problems is None:
            self._problems = self._assemble()
        return self._problems

    # --- updating ----------------------------------------------------------------------------

    def set_directory(self, directory: Directory | None) -> None:
        """A different workspace (or the same one after agents changed): recheck routing."""
        self._directory = directory
        self._eligible = Eligibility(directory) if directory is not None else None
        self._dirty_cards.update(self._routed)

    def reset(self) -> None:
        """Forget everything and check the whole document on the next :meth:`refresh`."""
        doc = self.document
        self._checks: dict[str, _CardCheck] = {}
        self._with_problems: set[str] = set()
        self._gotos_to: dict[str, set[str]] = {}
        self._poked: set[str] = set()
        self._routed: set[str] = set()
        self._edge_problems: dict[tuple[str, str], Problem] = {}
        self._edge_order: list[EdgeSpot] = sorted((e.source, e.port, e.target) for e in doc.edges())
        self._findings: list[FlowFinding] = []
        self._findings_of: dict[str, list[FlowFinding]] = {}
        """Card id to the findings that name it (to reword them when its title changes)."""
        self._worded: dict[FlowFinding, Problem] = {}
        self._index: dict[str, int] = {}
        self._order_stale = True
        self._dirty_cards: set[str] = set(doc.card_ids())
        self._dirty_edges: set[tuple[str, str]] = {e.key for e in doc.edges()}
        self._paths_stale = True
        self._problems: list[Problem] | None = None

    def refresh(self, *, paths: bool = True) -> bool:
        """Recheck what the edits since the last refresh touched; True if anything was redone.

        With ``paths=False`` the whole-graph walks wait for a later refresh;
        the path problems stay as they were (minus those of removed cards).
        """
        busy = bool(self._order_stale or self._dirty_cards or self._dirty_edges)
        if self._order_stale:
            self._index = {card_id: i for i, card_id in enumerate(self.document.card_ids())}
            self._order_stale = False
            self._worded.clear()  # their JSON paths name card positions
            moved = [c for c in self._with_problems if self._checks[c].index != self._index[c]]
            self._dirty_cards.update(moved)
        if self._dirty_edges:
            self._check_edges()
        if self._dirty_cards:
            self._check_cards()
        if paths and self._paths_stale:
            self._walk_paths()
            busy = True
        if busy:
            self._problems = None
        return busy

    # --- document events -------------------------------------------------------------------------

    def _card_added(self, card_id: str) -> None:
        self._order_stale = True
        self._dirty_cards.add(card_id)
        self._dirty_cards.update(self._gotos_to.get(card_id, ()))
        self._touch_links(card_id)
        self._paths_stale = True

    def _card_removed(self, card_id: str) -> None:
        self._order_stale = True
        self._forget(card_id)
        self._dirty_cards.discard(card_id)
        self._dirty_cards.update(self._gotos_to.get(card_id, ()))
        self._touch_links(card_id)
        self._paths_stale = True
        # Until the next walk, keep no path problem about a card that is gone.
        self._findings = [f for f in self._findings if card_id not in (f.card_id, f.other)]
        self._problems = None

    def _card_changed(self, card_id: str, _names: tuple) -> None:
        self._dirty_cards.add(card_id)
        self._touch_links(card_id)

    def _edge_added(self, edge: Edge) -> None:
        insort(self._edge_order, (edge.source, edge.port, edge.target))
        self._edge_changed(edge)

    def _edge_removed(self, edge: Edge) -> None:
        spot = (edge.source, edge.port, edge.target)
        i = bisect_left(self._edge_order, spot)
        if i < len(self._edge_order) and self._edge_order[i] == spot:
            del self._edge_order[i]
        self._edge_changed(edge)

    def _edge_changed(self, edge: Edge) -> None:
        self._dirty_edges.add(edge.key)
        self._dirty_cards.add(edge.source)
        self._paths_stale = True

    def _start_changed(self, _card_id: str | None) -> None:
        self._dirty_cards.update(self._poked)
        self._paths_stale = True
        self._problems = None  # no-start / unknown-start

    def _touch_links(self, card_id: str) -> None:
        doc = self.document
        self._dirty_edges.update(e.key for e in doc.edges_from(card_id))
        self._dirty_edges.update(e.key for e in doc.edges_to(card_id))

    # --- the checks --------------------------------------------------------------------------

    def _check_edges(self) -> None:
        doc = self.document
        for key in self._dirty_edges:
            edge = doc.edge(*key)
            found = None
            if edge is not None:
                source = doc.card(edge.source) if edge.source in doc else None
                target = doc.card(edge.target) if edge.target in doc else None
                ports = source.port_keys() if source is not None else []
                if source is None or target is None or edge.port not in ports:
                    found = edge_problem(edge, source, target, ports, "")
            if found is None:
                self._edge_problems.pop(key, None)
            else:
                self._edge_problems[key] = found
        self._dirty_edges.clear()

    def _check_cards(self) -> None:
        doc = self.document
        start = doc.start
        index = self._index
        for card_id in self._dirty_cards:
            if card_id not in doc:
                continue
            card = doc.card(card_id)
            old = self._checks.get(card_id)
            path = f"$.cards[{index[card_id]}]"
            ports = card.port_keys() if old is None or old.card is not card else old.ports
            wired = {(card_id, e.port) for e in doc.edges_from(card_id)}
            found = (
                *card_problems(card, path, start, doc),
                *dead_ends(card, ports, wired, path),
                *routing_problems(card, path, self._eligible),
            )
            self.cards_checked += 1
            facts = self._path_facts(card, ports)
            if old is not None and old.card.display_title() != card.display_title():
                for finding in self._findings_of.get(card_id, ()):
                    self._worded.pop(finding, None)
            if old is None or old.path_facts != facts:
                self._paths_stale = True
            self._forget(card_id)
            self._checks[card_id] = _CardCheck(card, index[card_id], found, facts, ports)
            self._remember(card)
            if found:
                self._with_problems.add(card_id)
        self._dirty_cards.clear()

    def _path_facts(self, card: Card, ports: list[str]) -> tuple:
        """Everything about a card the path rules look at, so a change to it re-walks."""
        wired = tuple(sorted(e.port for e in self.document.edges_from(card.id) if e.port in ports))
        available = ()
        if isinstance(card, ConditionCard):
            available = tuple(
                o.id for o in card.outcomes if any(map(checks_availability, o.criteria))
            )
        target = card.target if isinstance(card, GoToCard) else None
        fields = tuple(captures(card, key) for key in REQUIRED_BEFORE_LIVE_CHAT)
        return (type(card), target, fields, available, wired)

    def _remember(self, card: Card) -> None:
        """Index the card by what other cards' problems depend on."""
        if isinstance(card, GoToCard) and card.target is not None:
            self._gotos_to.setdefault(card.target, set()).add(card.id)
        if card.poke:
            self._poked.add(card.id)
        if isinstance(card, LiveChatCard | MeetingBookingCard):
            self._routed.add(card.id)

    def _forget(self, card_id: str) -> None:
        old = self._checks.pop(card_id, None)
        self._with_problems.discard(card_id)
        self._poked.discard(card_id)
        self._routed.discard(card_id)
        if old is not None and isinstance(old.card, GoToCard) and old.card.target is not None:
            gotos = self._gotos_to.get(old.card.target)
            if gotos is not None:
                gotos.discard(card_id)
                if not gotos:
                    del self._gotos_to[old.card.target]

    def _walk_paths(self) -> None:
        doc = self.document
        dialog = Dialog.model_construct(
            start=doc.start, cards=list(doc.cards()), edges=list(doc.edges())
        )
        checks = self._checks

        def port_keys(card: Card) -> list[str]:
            known = checks.get(card.id)
            return known.ports if known is not None and known.card is card else card.port_keys()

        self._findings = list(flow_findings(DialogGraph.build(dialog, port_keys)))
        self._findings_of = {}
        for finding in self._findings:
            self._findings_of.setdefault(finding.card_id, []).append(finding)
            if finding.other is not None:
                self._findings_of.setdefault(finding.other, []).append(finding)
        self._worded = {}
        self.graph_walks += 1
        self._paths_stale = False

    def _assemble(self) -> list[Problem]:
        doc = self.document
        found = list(start_problems(doc.start, doc.start in doc))
        order = self._edge_order
        edge_problems = []
        for (source, port), p in self._edge_problems.items():
            edge = doc.edge(source, port)
            if edge is None:
                continue  # removed since the last refresh
            at = bisect_left(order, (source, port, edge.target))
            edge_problems.append((at, replace(p, path=f"$.edges[{at}]")))
        found.extend(p for _, p in sorted(edge_problems, key=lambda pair: pair[0]))
        for card_id in self._with_problems:
            found.extend(self._checks[card_id].problems)
        index = self._index

        def title(card_id: str) -> str:
            return doc.card(card_id).display_title()

        worded = self._worded
        for finding in self._findings:
            said = worded.get(finding)
            if said is None:
                said = word_finding(finding, title, f"$.cards[{index[finding.card_id]}]")
                worded[finding] = said
            found.append(said)
        return sort_problems(found, index)
