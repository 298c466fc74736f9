"""The Edit menu: undo/redo, cut/copy/paste through the system clipboard, duplicate, delete.

Actions work on the canvas selection and go through the controller, so each
one is a single undo step (a cut is one macro: copy, then delete). Actions
are enabled only when they can do something, which also keeps their
shortcuts from firing on an empty selection.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QPointF
from PySide6.QtGui import QAction, QCursor, QKeySequence
from PySide6.QtWidgets import QApplication

from designer.errors import DesignerError
from designer.model.fragment import Fragment
from designer.ui.canvas.geometry import HEADER, WIDTH
from designer.ui.canvas.interactions import snap
from designer.ui.clipboard import has_fragment, put_fragment, take_fragment
from designer.ui.plural import plural

if TYPE_CHECKING:
    from designer.ui.main_window import MainWindow

Key = QKeySequence.StandardKey


class EditActions(QObject):
    """Owns the Edit menu's actions; reads the selection from the window's canvas."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.controller = window.controller
        self.view = window.view
        self.scene = window.view.dialog_scene()
        stack = self.controller.undo_stack

        self.undo = stack.createUndoAction(window, self.tr("&Undo"))
        self.undo.setShortcut(QKeySequence(Key.Undo))
        self.undo.setIcon(window.theme_icon("edit-undo"))
        self.redo = stack.createRedoAction(window, self.tr("&Redo"))
        self.redo.setShortcut(QKeySequence(Key.Redo))
        self.redo.setIcon(window.theme_icon("edit-redo"))
        for action in (self.undo, self.redo):
            window.addAction(action)

        self.cut = self._action(self.tr("Cu&t"), Key.Cut, self.cut_selection, "edit-cut")
        self.copy = self._action(self.tr("&Copy"), Key.Copy, self.copy_selection, "edit-copy")
        self.paste = self._action(self.tr("&Paste"), Key.Paste, self.paste_clipboard, "edit-paste")
        self.duplicate = self._action(
            self.tr("D&uplicate"), QKeySequence("Ctrl+D"), self.duplicate_selection, "edit-copy"
        )
        self.delete = self._action(
            self.tr("&Delete"), Key.Delete, self.delete_selection, "edit-delete"
        )
        self.select_all = self._action(
            self.tr("Select &All"), Key.SelectAll, self.select_all_cards, "edit-select-all"
        )
        self.cut.setStatusTip(self.tr("Move the selected cards to the clipboard"))
        self.copy.setStatusTip(self.tr("Copy the selected cards (paste them in any window)"))
        self.paste.setStatusTip(self.tr("Paste cards from the clipboard"))
        self.duplicate.setStatusTip(self.tr("Copy the selected cards next to them"))
        self.delete.setStatusTip(self.tr("Delete the selected cards and links"))

        self.scene.selectionChanged.connect(self.update_enabled)
        self.controller.documentReset.connect(self.update_enabled)
        QApplication.clipboard().dataChanged.connect(self.update_enabled)
        self.update_enabled()

    def _action(self, text: str, key: Key | QKeySequence, slot: object, icon: str) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(key))
        action.setIcon(self.window.theme_icon(icon))
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        self.window.addAction(action)
        return action

    def update_enabled(self) -> None:
        if not shiboken6.isValid(self.scene):  # the scene announces its own teardown
            return
        cards = bool(self.scene.selected_card_ids())
        for action in (self.cut, self.copy, self.duplicate):
            action.setEnabled(cards)
        self.delete.setEnabled(cards or bool(self.scene.selected_edges()))
        self.paste.setEnabled(has_fragment())
        self.select_all.setEnabled(len(self.controller.document) > 0)

    # --- the clipboard --------------------------------------------------------------------

    def copy_selection(self) -> Fragment | None:
        ids = self.scene.selected_card_ids()
        if not ids:
            return None
        fragment = self.controller.copy_fragment(ids)
        put_fragment(fragment)
        self.window.status(plural(self.tr("Copied %n card(s)", "", len(ids)), len(ids)))
        return fragment

    def cut_selection(self) -> None:
        ids = self.scene.selected_card_ids()
        if not ids:
            return
        stack = self.controller.undo_stack
        stack.beginMacro(plural(self.tr("Cut %n card(s)", "", len(ids)), len(ids)))
        try:
            put_fragment(self.controller.copy_fragment(ids))
            self.controller.remove_cards(ids)
        finally:
            stack.endMacro()

    def paste_clipboard(self) -> list[str]:
        """Paste the clipboard's cards where the marketer looks, on free canvas, in one step."""
        try:
            fragment = take_fragment()
        except DesignerError as exc:
            self.window.status(exc.message)
            return []
        if not fragment.cards:
            return []
        try:
            new_ids = self.controller.paste_fragment(fragment, self._paste_offset(fragment))
        except DesignerError as exc:
            self.window.status(exc.message)
            return []
        self.scene.select_cards(new_ids)
        self.view.setFocus()
        return new_ids

    def _paste_offset(self, fragment: Fragment) -> tuple[float, float]:
        """Where the paste is meant to go: at the pointer when it is over the canvas, beside
        the originals when they are in this dialog and in view, else mid-view.

        The controller then takes the nearest free place from there, so a repeated
        paste lands beside the previous one rather than on it.
        """
        xs = [c.position.x for c in fragment.cards]
        ys = [c.position.y for c in fragment.cards]
        left, top = min(xs), min(ys)
        viewport = self.view.viewport()
        pointer = viewport.mapFromGlobal(QCursor.pos())
        if viewport.underMouse() and viewport.rect().contains(pointer):
            at = self.view.mapToScene(pointer)
            return (snap(at.x()) - left, snap(at.y()) - top)
        visible = self.view.mapToScene(viewport.rect()).boundingRect()
        doc = self.controller.document
        here = all(c.id in doc for c in fragment.cards)
        if here and visible.contains(QPointF(left, top)):
            return (0.0, 0.0)
        centre = visible.center()
        width = max(xs) - left + WIDTH
        height = max(ys) - top + HEADER
        return (snap(centre.x() - width / 2) - left, snap(centre.y() - height / 2) - top)

    # --- selection edits --------------------------------------------------------------------

    def duplicate_selection(self) -> list[str]:
        ids = self.scene.selected_card_ids()
        if not ids:
            return []
        new_ids = self.controller.duplicate(ids)
        self.scene.select_cards(new_ids)
        return new_ids

    def delete_selection(self) -> None:
        """Delete selected cards and selected links as one undo step."""
        ids = self.scene.selected_card_ids()
        links = [key for key in self.scene.selected_edges() if key[0] not in ids]
        if not ids and not links:
            return
        stack = self.controller.undo_stack
        macro = (bool(ids) and bool(links)) or len(links) > 1
        if macro:
            stack.beginMacro(self.tr("Delete selection"))
        try:
            for source, port in links:
                self.controller.disconnect_port(source, port)
            self.controller.remove_cards(ids)
        finally:
            if macro:
                stack.endMacro()

    def select_all_cards(self) -> None:
        self.scene.select_cards(self.controller.document.card_ids())
