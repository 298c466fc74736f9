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

The problems are kept in :func:`sort_problems` order as they change (each
under its sort key plus where it was found, by bisection), with each card's
own list beside them, so an edit that changes one card's problems moves only
those, whatever the size of the dialog; :meth:`LiveValidation.take_changed_cards`
says which cards they were. Only a change of card order (a card added or
removed) or a graph walk sorts everything again, and those are whole-document
work already.

The result is always what ``validate(document.to_dialog(), directory)`` would
return, problem for problem and in the same order; a property test holds it
to that.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, replace
from operator import itemgetter

from designer.model.cards import Card, ConditionCard, GoToCard, LiveChatCard, MeetingBookingCard
from designer.model.dialog import Dialog, Edge
from designer.model.document import Document
from designer.model.validation.directory import Directory
from designer.model.validation.graph import DialogGraph
from designer.model.validation.problems import Problem, sort_key_for
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

Key = tuple[tuple[int, int, str], int, int, int]
"""Where a problem sorts: its :func:`sort_key_for` key, then the place it was found in.

The place is (source, seq, i) — source 0 the start, 1 a link (seq its place in
the file), 2 a card's own checks (seq the card's index), 3 a path finding
(seq its place in the walk's list) — and i the problem's place in what that
source found. It makes every key unique and reproduces the stable sort's order
among problems with the same sort key (:func:`validate` finds them in that order).
"""

Entries = tuple[tuple[Key, Problem], ...]


class _SortedProblems:
    """Problems in :func:`sort_problems` order, with each card's own list, kept by bisection.

    Adding or removing one problem costs a bisection and a list insert, not
    a sort. Each card's list is replaced, never changed in place, so the list
    a card had before a batch of edits can be kept and compared afterwards.
    """

    def __init__(self) -> None:
        self.keys: list[Key] = []
        self.items: list[Problem] = []
        self.by_card: dict[str | None, list[Problem]] = {}
        self._card_keys: dict[str | None, list[Key]] = {}
        self.before: dict[str | None, list[Problem]] = {}
        """Each card's list as it was before the first change since :meth:`take_changed`."""

    def add(self, key: Key, p: Problem) -> None:
        i = bisect_left(self.keys, key)
        self.keys.insert(i, key)
        self.items.insert(i, p)
        card = p.card_id
        problems = self.by_card.get(card, [])
        keys = self._card_keys.get(card, [])
        self.before.setdefault(card, problems)
        j = bisect_left(keys, key)
        self._card_keys[card] = [*keys[:j], key, *keys[j:]]
        self.by_card[card] = [*problems[:j], p, *problems[j:]]

    def remove(self, key: Key, p: Problem) -> None:
        i = bisect_left(self.keys, key)
        while self.items[i] is not p:
            i += 1  # a link re-placed in the file may briefly share its key with another
        del self.keys[i]
        del self.items[i]
        card = p.card_id
        problems = self.by_card[card]
        keys = self._card_keys[card]
        self.before.setdefault(card, problems)
        if len(keys) == 1:
            del self.by_card[card]
            del self._card_keys[card]
            return
        j = bisect_left(keys, key)
        while problems[j] is not p:
            j += 1
        self._card_keys[card] = [*keys[:j], *keys[j + 1 :]]
        self.by_card[card] = [*problems[:j], *problems[j + 1 :]]

    def load(self, entries: list[tuple[Key, Problem]]) -> None:
        """Replace everything (sorting ``entries`` in place)."""
        entries.sort(key=itemgetter(0))
        self.keys = [key for key, _ in entries]
        self.items = [p for _, p in entries]
        old = self.by_card
        self.by_card, self._card_keys = {}, {}
        for key, p in entries:
            self.by_card.setdefault(p.card_id, []).append(p)
            self._card_keys.setdefault(p.card_id, []).append(key)
        for card in old.keys() | self.by_card.keys():
            self.before.setdefault(card, old.get(card, []))

    def take_changed(self) -> set[str | None]:
        empty: list[Problem] = []
        by_card = self.by_card
        changed = {card for card, was in self.before.items() if was != by_card.get(card, empty)}
        self.before = {}
        return changed


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
        self.problems_keyed = 0
        """How many problems had their place in the sorted list worked out (for tests and
        benchmarks): all of them after a walk or a change of card order, only those of the
        touched cards after other edits."""
        self._sorted = _SortedProblems()
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

        Cheap parts are brought up to date first; path problems only by
        :meth:`refresh`. The same list object comes back until a problem
        changes, so a caller can tell "nothing changed" by identity; it is a
        copy (made only when asked for after a change), so callers may keep it.
        """
        self.refresh(paths=False)
        if self._problems is None:
            self._problems = list(self._sorted.items)
        return self._problems

    def problems_of(self, card_id: str | None) -> list[Problem]:
        """One card's problems (``None``: the dialog-wide ones), in :meth:`problems` order.

        As of the latest refresh; this does not refresh, so painting a card is a lookup.
        """
        return self._sorted.by_card.get(card_id, [])

    def take_changed_cards(self) -> set[str | None]:
        """The cards (``None``: dialog-wide) whose problems changed since the last call.

        Exactly those whose :meth:`problems_of` list differs, so a view
        repaints only them; after a single-card edit this looks at that card alone.
        """
        self.refresh(paths=False)
        return self._sorted.take_changed()

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
        """Each wrong link's problem, its JSON path left to :meth:`_check_edges`."""
        self._edge_order: list[EdgeSpot] = sorted((e.source, e.port, e.target) for e in doc.edges())
        self._edges_moved = False
        """A link was added or removed: the wrong links' places in the file may have changed."""
        self._findings: dict[int, FlowFinding] = {}
        """The latest walk's findings by their place in its list (minus removed cards')."""
        self._findings_of: dict[str, list[int]] = {}
        """Card id to the findings that name it (to reword them when its title changes)."""
        self._worded: dict[FlowFinding, Problem] = {}
        """Findings already put in words with the current titles and card places."""
        self._unworded: set[int] = set()
        self._index: dict[str, int] = {}
        self._key = sort_key_for(self._index)
        self._order_stale = True
        self._dirty_cards: set[str] = set(doc.card_ids())
        self._dirty_edges: set[tuple[str, str]] = {e.key for e in doc.edges()}
        self._paths_stale = True
        self._start_stale = True
        self._slots: dict[Hashable, Entries] = {}
        """What each source found (the start, a link, a card, a finding), under their keys."""
        self._resort = True
        """Every key is stale (the card order changed, or a walk replaced the findings):
        :meth:`refresh` sorts everything again instead of moving problems one by one."""
        self._problems: list[Problem] | None = None

    def refresh(self, *, paths: bool = True) -> bool:
        """Recheck what the edits since the last refresh touched; True if anything was redone.

        With ``paths=False`` the whole-graph walks wait for a later refresh;
        the path problems stay as they were (minus those of removed cards).
        """
        busy = bool(
            self._order_stale or self._dirty_cards or self._dirty_edges or self._start_stale
        )
        if self._order_stale:
            self._index = {card_id: i for i, card_id in enumerate(self.document.card_ids())}
            self._key = sort_key_for(self._index)
            self._order_stale = False
            self._resort = True
            self._worded.clear()  # their JSON paths name card positions
            self._unworded.update(self._findings)
            moved = [c for c in self._with_problems if self._checks[c].index != self._index[c]]
            self._dirty_cards.update(moved)
        if self._start_stale:
            doc = self.document
            self._put(("start",), (0, 0), tuple(start_problems(doc.start, doc.start in doc)))
            self._start_stale = False
        if self._dirty_edges or self._edges_moved:
            self._check_edges()
        if self._dirty_cards:
            self._check_cards()
        if paths and self._paths_stale:
            self._walk_paths()
            busy = True
        elif self._unworded:
            self._reword()
        if self._resort:
            self._sort_all()
        return busy

    # --- document events -------------------------------------------------------------------------

    def _card_added(self, card_id: str) -> None:
        self._order_stale = True
        self._start_stale = True  # it may be the start card, back
        self._dirty_cards.add(card_id)
        self._dirty_cards.update(self._gotos_to.get(card_id, ()))
        self._touch_links(card_id)
        self._paths_stale = True

    def _card_removed(self, card_id: str) -> None:
        self._order_stale = True
        self._start_stale = True
        self._forget(card_id)
        self._slots.pop(("card", card_id), None)  # the next refresh sorts everything again
        self._dirty_cards.discard(card_id)
        self._dirty_cards.update(self._gotos_to.get(card_id, ()))
        self._touch_links(card_id)
        self._paths_stale = True
        # Until the next walk, keep no path problem about a card that is gone.
        for j, f in list(self._findings.items()):
            if card_id in (f.card_id, f.other):
                del self._findings[j]
                self._slots.pop(("finding", j), None)

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
        self._edges_moved = True
        self._paths_stale = True

    def _start_changed(self, _card_id: str | None) -> None:
        self._dirty_cards.update(self._poked)
        self._paths_stale = True
        self._start_stale = True  # no-start / unknown-start

    def _touch_links(self, card_id: str) -> None:
        doc = self.document
        self._dirty_edges.update(e.key for e in doc.edges_from(card_id))
        self._dirty_edges.update(e.key for e in doc.edges_to(card_id))

    # --- the sorted problems ---------------------------------------------------------------------

    def _put(self, slot: Hashable, seq: tuple[int, int], problems: Sequence[Problem]) -> None:
        """What one source (``slot``, found in place ``seq``) finds now; move only what differs."""
        old = self._slots.get(slot)
        if old is None and not problems:
            return  # the usual case: a card without problems stays without
        key = self._key
        entries = tuple((key(p), *seq, i) for i, p in enumerate(problems))
        self.problems_keyed += len(entries)
        found = tuple(zip(entries, problems, strict=True))
        if old == found:
            return  # the same problems in the same places: keep the very objects
        if found:
            self._slots[slot] = found
        else:
            del self._slots[slot]
        if self._resort:
            return  # :meth:`_sort_all` places everything at the end of this refresh
        self._problems = None
        for k, p in old or ():
            self._sorted.remove(k, p)
        for k, p in found:
            self._sorted.add(k, p)

    def _sort_all(self) -> None:
        """Key every problem again (card places changed) and sort them all."""
        key = self._key
        everything: list[tuple[Key, Problem]] = []
        for slot, entries in self._slots.items():
            rekeyed = tuple(((key(p), *k[1:]), p) for k, p in entries)
            self._slots[slot] = rekeyed
            everything.extend(rekeyed)
        self.problems_keyed += len(everything)
        self._sorted.load(everything)
        self._resort = False
        self._problems = None

    # --- the checks --------------------------------------------------------------------------

    def _check_edges(self) -> None:
        doc = self.document
        placing = set(self._edge_problems) if self._edges_moved else set()
        ports_of: dict[str, list[str]] = {}  # a card's ports, once per refresh (opening: 5,000)
        for key in self._dirty_edges:
            edge = doc.edge(*key)
            found = None
            if edge is not None:
                source = doc.card(edge.source) if edge.source in doc else None
                target = doc.card(edge.target) if edge.target in doc else None
                ports = []
                if source is not None:
                    ports = ports_of.get(source.id)  # type: ignore[assignment]
                    if ports is None:
                        ports = ports_of[source.id] = source.port_keys()
                if source is None or target is None or edge.port not in ports:
                    found = edge_problem(edge, source, target, ports, "")
            if found is None:
                self._edge_problems.pop(key, None)
                self._put(("edge", key), (1, 0), ())
            else:
                self._edge_problems[key] = found
                placing.add(key)
        order = self._edge_order
        for key in placing:
            p = self._edge_problems.get(key)
            edge = doc.edge(*key)
            if p is None or edge is None:
                continue
            at = bisect_left(order, (edge.source, edge.port, edge.target))
            self._put(("edge", key), (1, at), (replace(p, path=f"$.edges[{at}]"),))
        self._dirty_edges.clear()
        self._edges_moved = False

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
            outgoing = doc.edges_from(card_id)
            wired = {(card_id, e.port) for e in outgoing}
            found = (
                *card_problems(card, path, start, doc),
                *dead_ends(card, ports, wired, path),
                *routing_problems(card, path, self._eligible),
            )
            self.cards_checked += 1
            facts = self._path_facts(card, ports, outgoing)
            if old is not None and old.card.display_title() != card.display_title():
                self._unworded.update(self._findings_of.get(card_id, ()))
            if old is None or old.path_facts != facts:
                self._paths_stale = True
            self._forget(card_id)
            self._checks[card_id] = _CardCheck(card, index[card_id], found, facts, ports)
            self._remember(card)
            if found:
                self._with_problems.add(card_id)
            self._put(("card", card_id), (2, index[card_id]), found)
        self._dirty_cards.clear()

    def _path_facts(self, card: Card, ports: list[str], outgoing: list[Edge]) -> tuple:
        """Everything about a card the path rules look at, so a change to it re-walks."""
        wired = tuple(sorted(e.port for e in outgoing if e.port in ports))
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

        found = list(flow_findings(DialogGraph.build(dialog, port_keys)))
        for j in self._findings:
            self._slots.pop(("finding", j), None)
        # Words made with the current titles and places still hold; others are made again.
        stale = {self._findings[j] for j in self._unworded if j in self._findings}
        worded = {f: p for f, p in self._worded.items() if f not in stale}
        self._findings = dict(enumerate(found))
        self._findings_of = {}
        self._worded = {}
        self._unworded = set()
        self._resort = True  # every finding may have a new place in the list
        for j, finding in enumerate(found):
            self._findings_of.setdefault(finding.card_id, []).append(j)
            if finding.other is not None:
                self._findings_of.setdefault(finding.other, []).append(j)
            said = worded.get(finding) or self._word(finding)
            self._worded[finding] = said
            self._slots[("finding", j)] = (((self._key(said), 3, j, 0), said),)
        self.graph_walks += 1
        self._paths_stale = False

    def _reword(self) -> None:
        """Put again in words the findings whose cards were renamed or moved."""
        for j in self._unworded:
            finding = self._findings.get(j)
            if finding is None:
                continue  # about a removed card
            self._put(("finding", j), (3, j), (self._word(finding),))
            # The object kept (the old one when the words did not change), so it stays one.
            self._worded[finding] = self._slots[("finding", j)][0][1]
        self._unworded = set()

    def _word(self, finding: FlowFinding) -> Problem:
        doc = self.document

        def title(card_id: str) -> str:
            return doc.card(card_id).display_title()

        return word_finding(finding, title, f"$.cards[{self._index[finding.card_id]}]")
