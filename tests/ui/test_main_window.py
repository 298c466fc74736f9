"""The main window as a marketer uses it: files, the unsaved-changes prompt, edit actions, zoom."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from designer.model.codec import dumps_dialog
from designer.model.fragment import MIME_TYPE
from designer.ui.main_window import MainWindow
from designer.ui.recent_files import RecentFiles

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
Button = QMessageBox.StandardButton


def saved(window: MainWindow) -> str:
    return dumps_dialog(window.controller.document.to_dialog())


def new_window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def select(window: MainWindow, *card_ids: str) -> None:
    window.view.dialog_scene().select_cards(list(card_ids))


# --- title, menus ----------------------------------------------------------------------------


def test_title_names_the_file_and_marks_unsaved_changes(main_window):
    assert main_window.windowTitle() == "talk-to-sales.json[*] — Stream Designer"
    assert not main_window.isWindowModified()
    main_window.controller.move_cards({"browse": (400.0, 400.0)})
    assert main_window.isWindowModified()
    main_window.controller.undo_stack.undo()
    assert not main_window.isWindowModified()


def test_menus_hold_the_standard_commands(main_window):
    titles = [a.text().replace("&", "") for a in main_window.menuBar().actions()]
    assert titles == ["File", "Edit", "View", "Dialog", "Help"]
    edit = main_window.menuBar().actions()[1].menu()
    texts = [a.text().replace("&", "") for a in edit.actions() if not a.isSeparator()]
    for wanted in ("Cut", "Copy", "Paste", "Duplicate", "Delete", "Select All"):
        assert wanted in texts
    assert main_window.edits.duplicate.shortcut().toString() == "Ctrl+D"
    assert not main_window.edits.delete.shortcut().isEmpty()
    assert {d.objectName() for d in (main_window.palette, main_window.problems)} == {
        "palette",
        "problems",
    }
    assert main_window.history.objectName() == "history"


# --- editing through the actions ---------------------------------------------------------


def test_delete_undo_redo_restore_the_exact_document(main_window):
    before = saved(main_window)
    select(main_window, "browse", "end-browse")
    main_window.edits.delete.trigger()
    assert "browse" not in main_window.controller.document
    assert "end-browse" not in main_window.controller.document
    after = saved(main_window)
    main_window.edits.undo.trigger()
    assert saved(main_window) == before
    main_window.edits.redo.trigger()
    assert saved(main_window) == after


def test_delete_removes_a_selected_link(main_window):
    edge = main_window.view.dialog_scene().edge_item("browse", "next")
    edge.setSelected(True)
    assert main_window.edits.delete.isEnabled()
    main_window.edits.delete.trigger()
    assert main_window.controller.document.edge("browse", "next") is None
    assert "browse" in main_window.controller.document


def test_actions_need_a_selection(main_window):
    main_window.view.dialog_scene().clearSelection()
    assert not main_window.edits.delete.isEnabled()
    assert not main_window.edits.copy.isEnabled()
    select(main_window, "browse")
    assert main_window.edits.delete.isEnabled()
    assert main_window.edits.copy.isEnabled()


def test_duplicate_and_select_all(main_window):
    doc = main_window.controller.document
    select(main_window, "browse")
    new_ids = main_window.edits.duplicate_selection()
    assert len(new_ids) == 1 and new_ids[0] != "browse"
    assert main_window.view.dialog_scene().selected_card_ids() == new_ids
    main_window.edits.select_all.trigger()
    assert sorted(main_window.view.dialog_scene().selected_card_ids()) == sorted(doc.card_ids())


def test_copy_in_one_window_paste_in_another(qtbot, main_window):
    select(main_window, "browse", "end-browse")
    main_window.edits.copy.trigger()
    data = QApplication.clipboard().mimeData()
    assert data.hasFormat(MIME_TYPE)
    assert json.loads(data.text())["format"] == "stream-designer/cards"

    other = new_window(qtbot)
    other.files.open_path(EXAMPLES / "talk-to-sales.json", ask=False)
    before = set(other.controller.document.card_ids())
    assert other.edits.paste.isEnabled()
    other.edits.paste.trigger()
    added = set(other.controller.document.card_ids()) - before
    assert len(added) == 2 and not added & {"browse", "end-browse"}  # fresh ids
    source = next(a for a in added if other.controller.document.card(a).type == "message")
    end = next(a for a in added if a != source)
    assert other.controller.document.edge(source, "next").target == end  # link came along
    assert sorted(other.view.dialog_scene().selected_card_ids()) == sorted(added)
    other.controller.undo_stack.undo()  # one step undoes the paste whole
    assert set(other.controller.document.card_ids()) == before
    other.controller.undo_stack.setClean()


def test_paste_reads_plain_text_json(qtbot, main_window):
    select(main_window, "browse")
    text = main_window.controller.copy_fragment(["browse"]).to_text()
    QApplication.clipboard().setText(text)
    other = new_window(qtbot)
    assert other.edits.paste_clipboard() != []
    assert len(other.controller.document) == 1
    other.controller.undo_stack.setClean()


def test_cut_is_one_undo_step(main_window):
    before = saved(main_window)
    select(main_window, "browse")
    count = main_window.controller.undo_stack.count()
    main_window.edits.cut.trigger()
    assert "browse" not in main_window.controller.document
    assert main_window.controller.undo_stack.count() == count + 1
    assert QApplication.clipboard().mimeData().hasFormat(MIME_TYPE)
    main_window.edits.undo.trigger()
    assert saved(main_window) == before


def test_zoom_actions_change_the_zoom(main_window):
    view = main_window.view
    main_window.zoom_reset.trigger()
    assert view.zoom() == 1.0
    main_window.zoom_in.trigger()
    assert view.zoom() > 1.0
    main_window.zoom_out.trigger()
    main_window.zoom_out.trigger()
    assert view.zoom() < 1.0
    main_window.zoom_fit.trigger()
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(view.dialog_scene().cards_rect())
    assert main_window.zoom_label.text() == f"{round(view.zoom() * 100)} %"


def test_auto_layout_moves_cards_in_one_undo_step(main_window):
    before = saved(main_window)
    main_window.controller.move_cards({"browse": (2000.0, -900.0)})
    moved = saved(main_window)
    main_window.dialogs.auto_layout.trigger()
    assert saved(main_window) != moved
    position = main_window.controller.document.card("browse").position
    assert (position.x, position.y) != (2000.0, -900.0)
    main_window.edits.undo.trigger()
    assert saved(main_window) == moved
    main_window.edits.undo.trigger()
    assert saved(main_window) == before


def test_set_start_card(main_window):
    select(main_window, "ask-sales")
    assert main_window.dialogs.set_start.isEnabled()
    main_window.dialogs.set_start.trigger()
    assert main_window.controller.document.start == "ask-sales"


def test_validate_reports_in_the_status_bar(main_window):
    main_window.dialogs.run_validation()
    assert main_window.statusBar().currentMessage() == "No problems"
    main_window.controller.disconnect_port("browse", "next")
    main_window.dialogs.run_validation()
    assert main_window.statusBar().currentMessage() == "1 error, 1 warning"
    assert main_window.problems.isVisible()


# --- files ---------------------------------------------------------------------------------


def test_save_close_open_gives_the_same_document(qtbot, main_window, tmp_path, monkeypatch):
    main_window.controller.move_cards({"browse": (420.0, 380.0)})
    target = tmp_path / "saved.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    main_window.files.save_as.trigger()
    assert main_window.windowTitle() == "saved.json[*] — Stream Designer"
    assert not main_window.isWindowModified()
    expected = saved(main_window)
    main_window.close()
    assert not main_window.isVisible()

    reopened = new_window(qtbot)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    reopened.files.open.trigger()
    assert saved(reopened) == expected
    assert reopened.windowTitle() == "saved.json[*] — Stream Designer"


def test_save_without_a_path_asks_for_one(qtbot, boxes, tmp_path, monkeypatch):
    window = new_window(qtbot)
    window.add_card_in_view("message")
    assert window.windowTitle() == "Untitled[*] — Stream Designer"
    target = tmp_path / "fresh"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.files.save.trigger()
    assert (tmp_path / "fresh.json").exists()  # the extension is added
    assert window.windowTitle() == "fresh.json[*] — Stream Designer"


def test_unsaved_changes_prompt_cancel_keeps_the_window(main_window, boxes):
    main_window.controller.move_cards({"browse": (400.0, 400.0)})
    boxes.answer = Button.Cancel
    main_window.close()
    assert main_window.isVisible()
    assert boxes.asked and boxes.asked[-1][0] == "question"
    assert "talk-to-sales.json" in boxes.asked[-1][2]


def test_unsaved_changes_prompt_discard_closes(main_window, boxes):
    main_window.controller.move_cards({"browse": (400.0, 400.0)})
    boxes.answer = Button.Discard
    main_window.close()
    assert not main_window.isVisible()


def test_unsaved_changes_prompt_save_saves(main_window, boxes, tmp_path):
    copy = tmp_path / "copy.json"
    shutil.copy(EXAMPLES / "talk-to-sales.json", copy)
    main_window.files.open_path(copy, ask=False)
    main_window.controller.move_cards({"browse": (400.0, 400.0)})
    boxes.answer = Button.Save
    main_window.close()
    assert not main_window.isVisible()
    assert json.loads(copy.read_text())["cards"][-2]["position"] == {"x": 400.0, "y": 400.0}


def test_new_and_open_ask_before_dropping_changes(main_window, boxes):
    main_window.controller.move_cards({"browse": (400.0, 400.0)})
    boxes.answer = Button.Cancel
    main_window.files.new.trigger()
    assert "browse" in main_window.controller.document
    boxes.answer = Button.Discard
    main_window.files.new.trigger()
    assert len(main_window.controller.document) == 0
    assert main_window.windowTitle() == "Untitled[*] — Stream Designer"


def test_a_bad_file_is_explained_and_nothing_changes(main_window, boxes, tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text("{ not json", encoding="utf-8")
    before = saved(main_window)
    assert not main_window.files.open_path(broken, ask=False)
    assert saved(main_window) == before
    kind, _title, text = boxes.asked[-1]
    assert kind == "warning"
    assert "broken.json" in text and "Traceback" not in text


def test_recent_files_persist_across_windows(qtbot, boxes, tmp_path):
    first = new_window(qtbot)
    copy = tmp_path / "recent.json"
    shutil.copy(EXAMPLES / "talk-to-sales.json", copy)
    first.files.open_path(copy, ask=False)
    first.close()

    second = new_window(qtbot)
    second.files.fill_recent_menu()
    entries = [a for a in second.files.recent_menu.actions() if a.data()]
    assert [Path(a.data()) for a in entries] == [copy.resolve()]
    entries[0].trigger()
    assert second.controller.path == copy

    copy.unlink()
    assert not second.files.open_recent(copy.resolve())
    assert boxes.asked[-1][0] == "information"
    assert RecentFiles().paths() == []


def test_window_layout_persists(qtbot, boxes):
    first = new_window(qtbot)
    first.history.hide()
    first.problems.hide()
    first.resize(700, 500)  # inside the offscreen screen (800x600), so it is not clamped
    first.close()
    assert QSettings().value("mainWindow/state") is not None

    second = new_window(qtbot)
    assert not second.problems.isVisible()
    assert second.palette.isVisible()
    assert (second.size().width(), second.size().height()) == (700, 500)


# --- the inspector and the workspace ------------------------------------------------------


def test_the_inspector_follows_the_canvas_selection(main_window):
    inspector = main_window.inspector
    assert inspector.objectName() == "inspector"
    select(main_window, "sales-chat")
    assert inspector.card_id == "sales-chat"
    select(main_window, "sales-chat", "browse")
    assert inspector.card_id is None


def test_the_delete_key_deletes_the_selected_card(qtbot, main_window):
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    main_window.view.setFocus()
    select(main_window, "browse")
    qtbot.keyClick(main_window.view, Qt.Key.Key_Delete)
    assert "browse" not in main_window.controller.document


def test_managing_agents_rechecks_routing(qtbot, tmp_path, controller, boxes):
    from designer.store import Workspace
    from designer.ui.workspace_access import WorkspaceAccess

    url = f"sqlite:///{tmp_path / 'people.sqlite3'}"
    with Workspace.open(url) as ws:
        ws.add_agent("Ana", "ana@acme.example", live_chat=True)
    window = MainWindow(controller, WorkspaceAccess(url))
    qtbot.addWidget(window)
    window.show()
    # the example routes to Sam and to team EMEA, whom this workspace does not know yet
    codes = {p.code for p in controller.problems_for("sales-chat")}
    assert {"unknown-agent", "unknown-team"} <= codes

    window.dialogs.manage_workspace.trigger()
    dialog = window.dialogs.workspace_dialog
    assert dialog.isVisible()
    workspace = window.workspace_access.workspace()
    workspace.add_agent("Sam Rivera", "sam.rivera@acme.example", live_chat=True)
    workspace.add_team("EMEA")
    workspace.add_member("EMEA", "ana@acme.example")
    with qtbot.waitSignal(controller.problemsChanged):
        dialog.changed.emit()
    codes = {p.code for p in controller.problems_for("sales-chat")}
    assert not {"unknown-agent", "unknown-team"} & codes
    dialog.close()
    window.close()


def test_editing_keys_in_the_inspector_stay_in_the_text_field(qtbot, main_window):
    from PySide6.QtWidgets import QLineEdit

    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    select(main_window, "browse")
    title = main_window.inspector.findChild(QWidget, "card-title")
    line = title if isinstance(title, QLineEdit) else title.findChild(QLineEdit)
    line.setFocus()
    qtbot.waitUntil(line.hasFocus)
    line.setCursorPosition(0)
    before = line.text()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    assert "browse" in main_window.controller.document  # the card stays
    assert line.text() == before[1:]  # the key deleted a character instead
