"""The Problems dock: the validation list, live as the user edits.

Each row is one problem: severity, the card it concerns, the sentence that
says what to do, and its stable code (what the command line prints, so a
marketer and their CI talk about the same thing). Clicking a row asks the
controller to focus the card; the canvas selects and centres it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from designer.model.validation import CODES as PROBLEM_CODES
from designer.model.validation import Problem
from designer.ui.canvas.card_item import ERROR_COLOUR, WARNING_COLOUR
from designer.ui.controller import DocumentController
from designer.ui.plain_text import as_plain_tooltip
from designer.ui.plural import plural
from designer.ui.problem_text import problem_text
from designer.ui.translations import tr as _tr
from designer.ui.worded import worded_text

CARD_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = (
    QT_TRANSLATE_NOOP("ProblemsDock", "Card"),
    QT_TRANSLATE_NOOP("ProblemsDock", "Problem"),
    QT_TRANSLATE_NOOP("ProblemsDock", "Code"),
)


def severity_icon(error: bool, size: int = 16) -> QIcon:
    """The badge drawn on cards (red "!" or amber "!"), so the list and the canvas match."""
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#FFFFFF"), 1))
    painter.setBrush(ERROR_COLOUR if error else WARNING_COLOUR)
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * 0.7))
    painter.setFont(font)
    painter.setPen(QColor("#FFFFFF"))
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, "!")
    painter.end()
    return QIcon(pixmap)


def summary(problems: list[Problem]) -> str:
    """ "2 errors, 1 warning" or "No problems", for the dock title and the status bar."""
    errors = sum(1 for p in problems if p.is_error)
    warnings = len(problems) - errors
    if not problems:
        return _tr("No problems")
    parts = []
    if errors:
        parts.append(plural(_tr("%n error(s)", "", errors), errors))
    if warnings:
        parts.append(plural(_tr("%n warning(s)", "", warnings), warnings))
    return ", ".join(parts)


class ProblemsDock(QDockWidget):
    """Lists ``controller.problems``; a click emits ``controller.focusRequested(card_id)``."""

    summaryChanged = Signal(str)

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("problems")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("problems-list")
        self.tree.setColumnCount(len(COLUMNS))
        self.tree.setHeaderLabels([self.tr("Card"), self.tr("Problem"), self.tr("Code")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # The sentence is what the marketer reads: it takes the room the dock has; the
        # card and the code keep a width of their own (the user may drag them).
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.tree.setColumnWidth(0, 180)
        self.tree.setColumnWidth(2, self._code_width())
        self.tree.itemClicked.connect(self._focus)
        self.tree.itemActivated.connect(self._focus)
        self.setWidget(self.tree)
        self._error_icon = severity_icon(True)
        self._warning_icon = severity_icon(False)
        self._shown: list[Problem] = []  # the problem of each row, in row order
        controller.problemsChanged.connect(self.show_problems)
        self.show_problems(controller.problems)

    def summary(self) -> str:
        return summary(self.controller.problems)

    def _code_width(self) -> int:
        """Room for the longest problem code there is, so no code is ever cut."""
        metrics = self.tree.fontMetrics()
        longest = max((metrics.horizontalAdvance(code) for code in PROBLEM_CODES), default=120)
        return longest + 2 * metrics.horizontalAdvance("M")

    def show_problems(self, problems: list[Problem]) -> None:
        """Bring the rows in step with ``problems``, touching only rows that changed.

        A large dialog can have hundreds of problems and an edit changes a
        handful: rows of problems that stay keep their items (and the
        selection and scroll position), so typing never rebuilds the list.
        """
        if problems and self._shown and self._patch(problems):
            pass
        else:
            self._rebuild(problems)
        text = summary(problems)
        title = self.tr("Problems — {0}").format(text) if problems else self.tr("Problems")
        self.setWindowTitle(title)
        self.summaryChanged.emit(text)

    def _rebuild(self, problems: list[Problem]) -> None:
        self.tree.clear()
        self._shown = list(problems)
        for problem in problems:
            self.tree.addTopLevelItem(self._row(problem))
        if not problems:
            item = QTreeWidgetItem([self.tr("No problems: the dialog is ready to preview.")])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.tree.addTopLevelItem(item)
            item.setFirstColumnSpanned(True)  # only works once the item is in the tree

    def _patch(self, problems: list[Problem]) -> bool:
        """Remove the rows that went, insert the new ones; False if the order changed.

        Rows are matched by identity: validation hands back the very same object
        for a problem that did not change, so an edit costs a set of ids, not
        hundreds of field-by-field comparisons (an equal new object just gets a
        fresh row).
        """
        staying = {id(p) for p in problems}
        shown = self._shown
        for row in range(len(shown) - 1, -1, -1):
            if id(shown[row]) not in staying:
                self.tree.takeTopLevelItem(row)
                del shown[row]
        row = 0
        for problem in problems:
            if row < len(shown) and shown[row] is problem:
                row += 1
                continue
            self.tree.insertTopLevelItem(row, self._row(problem))
            shown.insert(row, problem)
            row += 1
        return shown == problems

    def _row(self, problem: Problem) -> QTreeWidgetItem:
        doc = self.controller.document
        card = problem.card_id
        title = (
            worded_text(doc.card(card).display_title()) if card and card in doc else (card or "")
        )
        text = problem_text(problem)  # in the app's language; the code stays as the CLI prints
        item = QTreeWidgetItem([title or self.tr("(the dialog)"), text, problem.code])
        item.setIcon(0, self._error_icon if problem.is_error else self._warning_icon)
        severity = self.tr("Error") if problem.is_error else self.tr("Warning")
        item.setToolTip(0, f"{severity}: {card}" if card else severity)
        item.setToolTip(1, as_plain_tooltip(text))  # titles are the marketer's text
        item.setData(0, CARD_ROLE, card)
        return item

    def _focus(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        card = item.data(0, CARD_ROLE)
        if card and card in self.controller.document:
            self.controller.focusRequested.emit(card)
