"""The Inspector dock: the properties of the selected card, or of the dialog.

It shows one editor at a time and follows the controller's signals: the
editor refreshes when its card changes (in place, so typing is never
interrupted), is replaced when another card is shown, and falls back to the
dialog's properties when its card is removed or a new document opens.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDockWidget, QFrame, QScrollArea, QVBoxLayout, QWidget

from designer.ui.inspector.base import CardEditor, CommonFields, WorkspaceProvider
from designer.ui.inspector.condition import ConditionEditor
from designer.ui.inspector.dialog_props import DialogProperties
from designer.ui.inspector.goto_end import EndEditor, GoToEditor
from designer.ui.inspector.info_capture import InfoCaptureEditor
from designer.ui.inspector.message import MessageEditor
from designer.ui.inspector.misc import ActionEditor, GoalEditor, RoutedEditor
from designer.ui.inspector.question import QuestionEditor
from designer.ui.routing_panel import RoutingPanel

if TYPE_CHECKING:
    from designer.ui.controller import DocumentController

EDITORS: dict[str, type[CardEditor]] = {
    "message": MessageEditor,
    "question": QuestionEditor,
    "info_capture": InfoCaptureEditor,
    "condition": ConditionEditor,
    "live_chat": RoutedEditor,
    "meeting_booking": RoutedEditor,
    "goal": GoalEditor,
    "action": ActionEditor,
    "goto": GoToEditor,
    "end": EndEditor,
}
"""Card type (as in files) to the editor that shows it."""


class CardPage(QWidget):
    """The common fields over the card type's own editor."""

    def __init__(
        self,
        controller: DocumentController,
        card_id: str,
        workspace_provider: WorkspaceProvider,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        card = controller.document.card(card_id)
        self.card_id = card_id
        self.common = CommonFields(controller, card_id, self)
        self.editor = EDITORS[card.type](controller, card_id, workspace_provider, self)
        self.editor.setObjectName(f"editor-{card.type}")
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.common)
        layout.addWidget(line)
        layout.addWidget(self.editor)
        layout.addStretch(1)

    def refresh(self) -> None:
        self.common.refresh()
        self.editor.refresh()


class InspectorDock(QDockWidget):
    """Shows one card's properties (or the dialog's) and edits them through the controller."""

    workspaceChanged = Signal()
    """Agents or teams changed from the routing panel's "Manage agents and teams…"."""

    def __init__(
        self,
        controller: DocumentController,
        workspace_provider: WorkspaceProvider,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Inspector"), parent)
        self.setObjectName("inspector")
        self.controller = controller
        self.workspace_provider = workspace_provider
        self.card_id: str | None = None
        self.page: CardPage | DialogProperties | None = None
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(self.scroll)
        self.setMinimumWidth(300)
        controller.cardChanged.connect(self._card_changed)
        controller.cardRemoved.connect(self._card_removed)
        controller.cardAdded.connect(self._other_cards_changed)
        controller.documentReset.connect(self._document_reset)
        controller.startChanged.connect(self._start_changed)
        controller.metaChanged.connect(self._meta_changed)
        self.show_card(None)

    # --- what is shown -----------------------------------------------------------------

    def show_card(self, card_id: str | None) -> None:
        """Show this card's editor; None shows the dialog's properties."""
        if card_id is not None and card_id not in self.controller.document:
            card_id = None
        if self.page is not None and card_id == self.card_id:
            self._refresh()
            return
        self.card_id = card_id
        if card_id is None:
            page: CardPage | DialogProperties = DialogProperties(self.controller)
        else:
            page = CardPage(self.controller, card_id, self.workspace_provider)
        page.setContentsMargins(10, 8, 10, 10)
        routing = getattr(page, "editor", None) and getattr(page.editor, "routing", None)
        if isinstance(routing, RoutingPanel):
            routing.workspaceChanged.connect(self.workspaceChanged)
        old = self.scroll.takeWidget()
        self.page = page
        self.scroll.setWidget(page)
        if old is not None:
            old.deleteLater()
        self._refresh()

    def show_selection(self, card_ids: Sequence[str]) -> None:
        """One selected card shows its editor; none or several show the dialog."""
        self.show_card(card_ids[0] if len(card_ids) == 1 else None)

    def reload_workspace(self) -> None:
        """The workspace's agents or teams changed elsewhere: refill the routing pickers."""
        routing = getattr(self.editor, "routing", None)
        if isinstance(routing, RoutingPanel):
            routing.reload_workspace()

    @property
    def editor(self) -> CardEditor | None:
        """The shown card type's editor (None while the dialog's properties are shown)."""
        return self.page.editor if isinstance(self.page, CardPage) else None

    # --- following the document ----------------------------------------------------------

    def _refresh(self) -> None:
        if self.page is not None:
            self.page.refresh()

    def _card_changed(self, card_id: str, _names: tuple) -> None:
        if card_id == self.card_id:
            self._refresh()
        else:
            self._other_cards_changed(card_id)

    def _other_cards_changed(self, _card_id: str) -> None:
        """Titles and ids of other cards appear in the start and Go To pickers."""
        if self.card_id is None or (self.editor is not None and self.editor.watches_other_cards):
            self._refresh()

    def _card_removed(self, card_id: str) -> None:
        if card_id == self.card_id:
            self.show_card(None)
        else:
            self._other_cards_changed(card_id)

    def _document_reset(self) -> None:
        self.show_card(None)

    def _start_changed(self, _start: object) -> None:
        self._refresh()

    def _meta_changed(self, _names: tuple) -> None:
        if self.card_id is None:
            self._refresh()
