"""The canvas scene: one item per card and per link, kept in step with the model.

The scene listens to the controller's signals and touches only the items an
edit concerns (a moved card and its links; a changed card and its links); it
rebuilds everything only when a whole new document is opened.

Opening a large dialog makes its items progressively (:mod:`progressive`): where
the view looks first, the rest once the frame is out. Anything that needs every
item (a click, an edit, a lookup by id, an export) finishes the work first with
:meth:`DialogScene.ensure_items`.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, QLineF, QObject, QPointF, QRectF, QTimer, Signal
from PySide6.QtGui import QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsSceneHelpEvent, QToolTip

from designer.model.cards import Card
from designer.model.dialog import Edge
from designer.ui.canvas.card_item import CardItem
from designer.ui.canvas.edge_item import EdgeItem
from designer.ui.canvas.geometry import (
    CARD_MARGIN,
    EMPTY_GEOMETRY,
    HEADER,
    WIDTH,
    CardGeometry,
    body_font,
    compute_geometry,
    height_bounds,
)
from designer.ui.canvas.overview import Overview
from designer.ui.canvas.progressive import PROGRESSIVE_CARDS, ProgressiveBuild
from designer.ui.canvas.style import canvas_colours
from designer.ui.controller import DocumentController
from designer.ui.worded import worded_text

GRID = 20.0
ROUTED_TYPES = frozenset({"live_chat", "meeting_booking"})
"""Cards whose summary names agents (shown by their workspace names)."""


class DialogScene(QGraphicsScene):
    """Draws the controller's document; holds id -> item maps, nothing of the model."""

    message = Signal(str)  # a sentence for the status bar (e.g. why a link was refused)
    itemsReady = Signal()  # every card and link has its item (the end of a progressive build)

    def __init__(self, controller: DocumentController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._cards: dict[str, CardItem] = {}
        self._edges: dict[tuple[str, str], EdgeItem] = {}
        self._geometry: dict[str, tuple[Card, CardGeometry]] = {}
        self._start: str | None = None  # which card shows the start badge
        self._metrics: QFontMetricsF | None = None  # of the card text, until the font changes
        self._cards_rect: QRectF | None = None  # every card's bounds, until one moves or changes
        self._bounds: dict[str, tuple[Card, tuple[float, float]]] = {}  # unmeasured heights
        self._names: dict[str, str] | None = None  # agents' names, while the workspace holds
        self._progress = ProgressiveBuild(self)  # an opened large dialog's items still to make
        self.overview = Overview(self)  # what the view paints when far out (overview.py)
        # View-only overlays (never saved): the preview's trail and the simulation's heat.
        self._current: str | None = None
        self._trail_cards: set[str] = set()
        self._trail_links: set[tuple[str, str]] = set()
        self._card_heat: dict[str, float] = {}
        self._card_counts: dict[str, int] = {}
        self._link_heat: dict[tuple[str, str], float] = {}
        self._retired: list[QGraphicsItem] = []
        self.grid_visible = True  # off for picture exports
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        controller.documentReset.connect(self.rebuild)
        controller.directoryChanged.connect(self._on_directory_changed)
        controller.cardAdded.connect(self._on_card_added)
        controller.cardRemoved.connect(self._on_card_removed)
        controller.cardChanged.connect(self._on_card_changed)
        controller.cardMoved.connect(self._on_card_moved)
        controller.edgeAdded.connect(self._on_edge_added)
        controller.edgeRemoved.connect(self._on_edge_removed)
        controller.startChanged.connect(self._on_start_changed)
        controller.cardProblemsChanged.connect(self._on_problems)
        self.rebuild()

    # --- lookups ------------------------------------------------------------------------

    def card_item(self, card_id: str) -> CardItem | None:
        self.ensure_items()
        return self._cards.get(card_id)

    def edge_item(self, source: str, port: str) -> EdgeItem | None:
        self.ensure_items()
        return self._edges.get((source, port))

    def card_items(self) -> list[CardItem]:
        self.ensure_items()
        return list(self._cards.values())

    def edge_items(self) -> list[EdgeItem]:
        self.ensure_items()
        return list(self._edges.values())

    def geometry(self, card_id: str) -> CardGeometry:
        """The card's layout, recomputed only when the card value changed."""
        doc = self.controller.document
        cached = self._geometry.get(card_id)
        if card_id not in doc:
            # The card is being removed: Qt still asks the leaving item for its bounds.
            return cached[1] if cached is not None else EMPTY_GEOMETRY
        card = doc.card(card_id)
        if cached is not None and cached[0] is card:
            return cached[1]
        titles = None
        if card.type == "goto":
            target = getattr(card, "target", None)
            if target and target in self.controller.document:
                titles = {
                    target: worded_text(self.controller.document.card(target).display_title())
                }
        names = self._agent_names() if card.type in ROUTED_TYPES else None
        if self._metrics is None:
            self._metrics = QFontMetricsF(body_font())
        geo = compute_geometry(card, titles, self._metrics, names)
        self._geometry[card_id] = (card, geo)
        return geo

    def _agent_names(self) -> dict[str, str]:
        """Agents by email -> name, from the workspace the controller checks routing against."""
        directory = self.controller.directory
        if directory is None:
            return {}
        if self._names is None:
            self._names = {a.email: a.name for a in directory.agents() if a.name}
        return self._names

    def _on_directory_changed(self) -> None:
        """Agents were renamed, added or removed: Live Chat cards name them anew."""
        self._names = None
        doc = self.controller.document
        for card_id, item in self._cards.items():
            if card_id in doc and doc.card(card_id).type in ROUTED_TYPES:
                self._geometry.pop(card_id, None)
                item.prepareGeometryChange()
                item.update()
                self._refresh_links(card_id)
        self._cards_rect = None

    def card_box(self, card_id: str) -> QRectF:
        """The card's bounds in the scene, as its item's (computed from the model alone)."""
        position = self.controller.document.card(card_id).position
        return self.geometry(card_id).rect.translated(position.x, position.y).adjusted(*CARD_MARGIN)

    def port_anchor(self, card_id: str, port: str) -> QPointF | None:
        """Where links leave the card's ``port``, in the scene; None if it has no such port."""
        position = self.controller.document.card(card_id).position
        for slot in self.geometry(card_id).ports:
            if slot.key == port:
                return QPointF(position.x + slot.anchor.x(), position.y + slot.anchor.y())
        return None

    def input_anchor(self, card_id: str) -> QPointF:
        """Where links arrive at the card, in the scene."""
        position = self.controller.document.card(card_id).position
        return QPointF(position.x, position.y + HEADER / 2)

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self._metrics = None  # text wraps differently: lay every card out again
            self._geometry.clear()
            self._cards_rect = None
            self.overview.invalidate()
            for item in self._cards.values():
                item.prepareGeometryChange()
            for edge in self._edges.values():
                edge.refresh()
        return super().event(event)

    def selected_card_ids(self) -> list[str]:
        return [i.card_id for i in self.selectedItems() if isinstance(i, CardItem)]

    def selected_edges(self) -> list[tuple[str, str]]:
        return [i.key for i in self.selectedItems() if isinstance(i, EdgeItem)]

    def select_cards(self, card_ids: list[str]) -> None:
        self.ensure_items()
        wanted = set(card_ids)
        self.clearSelection()
        for cid in wanted:
            item = self._cards.get(cid)
            if item is not None:
                item.setSelected(True)

    # --- overlays: where the preview visitor is, where simulated visitors went -------------

    def set_trail(self, current: str | None, path: list[str]) -> None:
        """Highlight the preview visitor's card and the way they came (None clears)."""
        before = self._trail_cards | ({self._current} if self._current else set())
        self._current = current
        self._trail_cards = set(path)
        self._trail_links = set(itertools.pairwise(path))
        self.overview.invalidate()
        for card_id in before | self._trail_cards | ({current} if current else set()):
            self._update_card(card_id)
        for item in self._edges.values():
            item.update()

    def current_card(self) -> str | None:
        """The card the preview visitor is on, if a preview is showing."""
        return self._current

    def trail_state(self, card_id: str) -> str:
        """'current', 'visited' or '' for a card, as the preview left it."""
        if card_id == self._current:
            return "current"
        return "visited" if card_id in self._trail_cards else ""

    def link_on_trail(self, key: tuple[str, str]) -> bool:
        edge = self.controller.document.edge(*key)
        return edge is not None and (edge.source, edge.target) in self._trail_links

    def set_heat(
        self, card_visits: dict[str, int], link_visits: dict[tuple[str, str], int]
    ) -> None:
        """Shade cards and thicken links by how many simulated visitors passed (empty clears)."""
        top_card = max(card_visits.values(), default=0) or 1
        top_link = max(link_visits.values(), default=0) or 1
        self._card_counts = dict(card_visits)
        self._card_heat = {cid: n / top_card for cid, n in card_visits.items()}
        self._link_heat = {key: n / top_link for key, n in link_visits.items()}
        self.overview.invalidate()
        for item in self._cards.values():
            item.update()
        for item in self._edges.values():
            item.update()

    def card_heat(self, card_id: str) -> tuple[float, int] | None:
        """(share of the busiest card, visitor count) while a heat overlay is shown."""
        if not self._card_heat:
            return None
        return self._card_heat.get(card_id, 0.0), self._card_counts.get(card_id, 0)

    def edge_weight(self, key: tuple[str, str]) -> float:
        """Line weight factor for a link: 1, or up to 6 under the simulation heat overlay."""
        if not self._link_heat:
            return 1.0
        edge = self.controller.document.edge(*key)
        if edge is None:
            return 1.0
        return 1.0 + 5.0 * self._link_heat.get((edge.source, edge.target), 0.0)

    def cards_rect(self) -> QRectF:
        """The bounds of every card item, as their items' (kept until a card moves or changes).

        Laid out exactly only where it matters: the bottom edge can come only
        from cards whose tallest possible layout reaches below the lowest
        bottom already certain (see :func:`height_bounds`).
        """
        if self._cards_rect is None:
            doc = self.controller.document
            bounds = self.height_bounds_of
            spans = [(c.position.x, c.position.y, c.id, *bounds(c.id)) for c in doc.cards()]
            if not spans:
                self._cards_rect = QRectF()
            else:
                left = min(x for x, *_ in spans)
                top = min(y for _, y, *_ in spans)
                right = max(x for x, *_ in spans) + WIDTH
                certain = max(y + least for _, y, _, least, _ in spans)
                bottom = max(
                    y + self.geometry(card_id).rect.height()
                    for _, y, card_id, _, most in spans
                    if y + most >= certain
                )
                dx0, dy0, dx1, dy1 = CARD_MARGIN
                self._cards_rect = QRectF(
                    left + dx0, top + dy0, right + dx1 - left - dx0, bottom + dy1 - top - dy0
                )
        return QRectF(self._cards_rect)

    def height_bounds_of(self, card_id: str) -> tuple[float, float]:
        """The card's exact height twice once laid out, else its unmeasured bounds."""
        card = self.controller.document.card(card_id)
        cached = self._geometry.get(card_id)
        if cached is not None and cached[0] is card:
            height = cached[1].rect.height()
            return height, height
        bounds = self._bounds.get(card_id)
        if bounds is None or bounds[0] is not card:
            bounds = self._bounds[card_id] = (card, height_bounds(card))
        return bounds[1]

    # --- keeping in step with the model ---------------------------------------------------------

    def rebuild(self) -> None:
        """Recreate every item (only for a newly opened or new document).

        A large dialog's items are made progressively (see the module); a small
        one's at once.
        """
        self._progress.reset()
        self.clear()
        self._cards.clear()
        self._edges.clear()
        self._geometry.clear()
        self._bounds.clear()
        self._cards_rect = None
        doc = self.controller.document
        self._start = doc.start
        if len(doc) < PROGRESSIVE_CARDS:
            for card in doc.cards():
                self.make_card_item(card.id)
            for edge in doc.edges():
                self.make_edge_item(edge)
            return
        self._progress.start(doc)  # slices wait for a first frame (keep_building)

    @property
    def building(self) -> bool:
        """Whether some items of the opened dialog are still to be made."""
        return self._progress.pending

    def keep_building(self) -> None:
        """Go on making the pending items in slices (a view calls this after it painted)."""
        self._progress.keep_going()

    def ensure_items(self) -> None:
        """Make every item still pending now (before a click, an edit or a lookup)."""
        self._progress.finish()

    def ensure_region(self, rect: QRectF) -> None:
        """Make the pending items that could show in ``rect`` (scene coordinates) now."""
        self._progress.ensure_region(rect)

    def make_card_item(self, card_id: str) -> CardItem:
        item = CardItem(card_id)
        self.addItem(item)
        position = self.controller.document.card(card_id).position
        item.setPos(position.x, position.y)
        self._cards[card_id] = item
        return item

    def make_edge_item(self, edge: Edge) -> None:
        doc = self.controller.document
        if edge.source not in doc or edge.target not in doc:
            return  # a dangling link from the file: validation reports it
        item = EdgeItem(edge.source, edge.port)
        self.addItem(item)
        self._edges[edge.key] = item
        item.refresh()

    def _on_card_added(self, card_id: str) -> None:
        self.ensure_items()
        self._cards_rect = None
        self.make_card_item(card_id)
        for edge in self.controller.document.edges_to(card_id):
            self._on_edge_added(edge)

    def _on_card_removed(self, card_id: str) -> None:
        self.ensure_items()
        self._cards_rect = None
        item = self._cards.pop(card_id, None)
        if item is not None:
            self._retire(item)
        self._geometry.pop(card_id, None)
        self._bounds.pop(card_id, None)

    def _retire(self, item: QGraphicsItem) -> None:
        """Take an item out of the scene, but free it only after the view has caught up.

        Freeing it at once (the Python reference was the last one) crashed the
        view's next repaint, which still held the item in its pending updates.
        """
        self.removeItem(item)
        self._retired.append(item)
        if len(self._retired) == 1:
            QTimer.singleShot(0, self._retired.clear)

    def _on_card_changed(self, card_id: str, _names: tuple) -> None:
        self.ensure_items()
        self._cards_rect = None
        item = self._cards.get(card_id)
        if item is None:
            return
        item.prepareGeometryChange()
        item.update()
        self._refresh_links(card_id)
        for edge in self.controller.document.edges_to(card_id):
            source = self._cards.get(edge.source)
            if source is not None and self.controller.document.card(edge.source).type == "goto":
                source.update()

    def _on_card_moved(self, card_id: str) -> None:
        self.ensure_items()
        self._cards_rect = None
        item = self._cards.get(card_id)
        if item is None:
            return
        position = self.controller.document.card(card_id).position
        item.setPos(position.x, position.y)
        self._refresh_links(card_id)

    def _refresh_links(self, card_id: str) -> None:
        doc = self.controller.document
        for edge in (*doc.edges_from(card_id), *doc.edges_to(card_id)):
            item = self._edges.get(edge.key)
            if item is not None:
                item.refresh()

    def _on_edge_added(self, edge: Edge) -> None:
        self.ensure_items()
        existing = self._edges.get(edge.key)
        if existing is not None:
            existing.refresh()
        else:
            self.make_edge_item(edge)
        self._update_card(edge.source)

    def _on_edge_removed(self, edge: Edge) -> None:
        self.ensure_items()
        item = self._edges.pop(edge.key, None)
        if item is not None:
            self._retire(item)
        self._update_card(edge.source)

    def _on_start_changed(self, card_id: str | None) -> None:
        for shown in {self._start, card_id}:
            if shown is not None:
                self._update_card(shown)
        self._start = card_id

    def _on_problems(self, card_ids: set[str | None]) -> None:
        for card_id in card_ids:
            if card_id is not None:
                self._update_card(card_id)

    def _update_card(self, card_id: str) -> None:
        item = self._cards.get(card_id)
        if item is not None:
            item.update()

    # --- drawing and help ------------------------------------------------------------------------

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        tones = canvas_colours()  # the theme's, so a theme change is one repaint away
        painter.fillRect(rect, tones.background)
        scale = painter.worldTransform().m11()
        if not self.grid_visible or scale < 0.35:
            return  # a grid finer than a few pixels is noise, and costs lines
        left = int(rect.left() // GRID) * GRID
        top = int(rect.top() // GRID) * GRID
        minor: list[QLineF] = []
        major: list[QLineF] = []
        x = left
        while x < rect.right():
            (major if round(x / GRID) % 5 == 0 else minor).append(
                QLineF(x, rect.top(), x, rect.bottom())
            )
            x += GRID
        y = top
        while y < rect.bottom():
            (major if round(y / GRID) % 5 == 0 else minor).append(
                QLineF(rect.left(), y, rect.right(), y)
            )
            y += GRID
        painter.setPen(QPen(tones.grid_minor, 0))
        painter.drawLines(minor)  # one call per colour: a frame has a hundred lines or more
        painter.setPen(QPen(tones.grid_major, 0))
        painter.drawLines(major)

    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:
        """Tooltips come from the model: a card's problems, as sentences."""
        for item in self.items(event.scenePos()):
            if isinstance(item, CardItem):
                text = item.tooltip_text()
                if text:
                    QToolTip.showText(event.screenPos(), text)
                    event.accept()
                    return
                break
        QToolTip.hideText()
        event.ignore()
