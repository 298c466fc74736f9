"""The palette: every card type with its icon, name and one-line description.

Drag a type onto the canvas to create a card where it lands (the canvas reads
:data:`CARD_TYPE_MIME`); double-click or press Enter to add one in the middle
of the visible canvas. Icons come from :mod:`designer.ui.icons` and words from
the canvas style table, as on the cards, so the palette and the cards look alike.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QIcon, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from designer.ui.canvas.style import STYLES
from designer.ui.canvas.view import CARD_TYPE_MIME
from designer.ui.icons import card_icon

TYPE_ROLE = Qt.ItemDataRole.UserRole
BLURB_ROLE = Qt.ItemDataRole.UserRole + 1
ICON_SIZE = 30
ROW_HEIGHT = 46


class _CardTypeDelegate(QStyledItemDelegate):
    """Draws the name in bold with the blurb under it, so a marketer can tell types apart."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(option.rect.width() or 200, ROW_HEIGHT)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else None
        painter.save()
        if style is not None:  # background, selection and focus, as the platform draws them
            opt.text = ""
            opt.icon = QIcon()
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = opt.rect
        icon: QIcon = index.data(Qt.ItemDataRole.DecorationRole)
        top = rect.top() + (rect.height() - ICON_SIZE) // 2
        icon.paint(painter, rect.left() + 8, top, ICON_SIZE, ICON_SIZE)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Active
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_colour = opt.palette.color(group, text_role)
        left = rect.left() + ICON_SIZE + 18
        width = rect.right() - left - 6
        name_font = QFont(opt.font)
        name_font.setBold(True)
        painter.setFont(name_font)
        painter.setPen(text_colour)
        name_rect = QRectF(left, rect.top() + 5, width, rect.height() / 2 - 3)
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(name_rect, align, index.data(Qt.ItemDataRole.DisplayRole))
        blurb_font = QFont(opt.font)
        blurb_font.setPointSizeF(max(opt.font.pointSizeF() - 1, 7.0))
        painter.setFont(blurb_font)
        blurb_colour = QColor(text_colour)
        if not selected:
            blurb_colour.setAlpha(160)
        painter.setPen(blurb_colour)
        blurb = painter.fontMetrics().elidedText(
            index.data(BLURB_ROLE), Qt.TextElideMode.ElideRight, int(width)
        )
        blurb_rect = QRectF(left, rect.top() + rect.height() / 2, width, rect.height() / 2 - 5)
        painter.drawText(blurb_rect, align, blurb)
        painter.restore()


class CardTypeList(QListWidget):
    """The list of card types; a drag carries the type name under :data:`CARD_TYPE_MIME`.

    Adding on double-click or Enter (not on "activation", which some desktops
    fire on a single click) keeps a click from creating cards by surprise.
    """

    addRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("palette-list")
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.setUniformItemSizes(True)
        self.setItemDelegate(_CardTypeDelegate(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for type_name, style in STYLES.items():
            name, blurb = style.name, style.blurb  # in the user's language
            item = QListWidgetItem(card_icon(type_name), name)
            item.setData(TYPE_ROLE, type_name)
            item.setData(BLURB_ROLE, blurb)
            item.setToolTip(
                self.tr("{0}: {1}. Drag it onto the canvas, or double-click to add it.").format(
                    name, blurb
                )
            )
            self.addItem(item)
        self.itemDoubleClicked.connect(self._request)

    def _request(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.addRequested.emit(str(item.data(TYPE_ROLE)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._request(self.currentItem())
            event.accept()
            return
        super().keyPressEvent(event)

    def mimeTypes(self) -> list[str]:
        return [CARD_TYPE_MIME]

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        if items:
            data.setData(CARD_TYPE_MIME, str(items[0].data(TYPE_ROLE)).encode("utf-8"))
        return data

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def item_for(self, type_name: str) -> QListWidgetItem:
        for row in range(self.count()):
            item = self.item(row)
            if item.data(TYPE_ROLE) == type_name:
                return item
        raise KeyError(type_name)


class PaletteDock(QDockWidget):
    """Dock holding the card types; ``addRequested`` asks for a card in the view's middle."""

    addRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("palette")
        self.setWindowTitle(self.tr("Cards"))
        self.list = CardTypeList(self)
        self.setWidget(self.list)
        self.list.addRequested.connect(self.addRequested)

    def type_names(self) -> list[str]:
        return [str(self.list.item(r).data(TYPE_ROLE)) for r in range(self.list.count())]

    def mime_data_for(self, type_name: str) -> QMimeData:
        """Exactly what a drag of ``type_name`` carries (tests drop it without a real drag)."""
        return self.list.mimeData([self.list.item_for(type_name)])
