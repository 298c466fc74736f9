"""The Inspector dock: each card type's editor changes the document through the controller."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QComboBox, QLineEdit

from designer.model.cards import FieldKind
from designer.model.dialog import Edge
from designer.ui.inspector import InspectorDock
from designer.ui.inspector.dialog_props import DialogProperties


@pytest.fixture
def dock(qtbot, controller, workspace) -> InspectorDock:
    widget = InspectorDock(controller, lambda: workspace)
    qtbot.addWidget(widget)
    widget.resize(380, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def pick(combo: QComboBox, value) -> None:
    """Choose an item as the user does (index change, then ``activated``)."""
    index = combo.findData(value)
    assert index >= 0, f"{value!r} is not offered"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def clear_and_type(qtbot, line: QLineEdit, text: str) -> None:
    line.setFocus()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Backspace)
    if text:
        qtbot.keyClicks(line, text)


# --- Question -----------------------------------------------------------------------------


def test_adding_an_answer_adds_a_port_with_a_fresh_id(qtbot, dock, controller):
    dock.show_card("ask-sales")
    editor = dock.editor
    click(qtbot, editor.add)
    card = controller.document.card("ask-sales")
    assert card.port_keys() == ["yes", "no", "answer-3"]
    assert card.answers[-1].label == "Answer 3"
    assert len(editor.answers.rows) == 3


def test_removing_an_answer_removes_its_edge_and_undo_puts_both_back(qtbot, dock, controller):
    dock.show_card("ask-sales")
    before = controller.document.to_dialog()
    click(qtbot, dock.editor.answers.rows[1].remove)
    card = controller.document.card("ask-sales")
    assert card.port_keys() == ["yes"]
    assert controller.document.edge("ask-sales", "no") is None
    assert len(dock.editor.answers.rows) == 1
    controller.undo_stack.undo()
    assert controller.document.to_dialog() == before
    assert len(dock.editor.answers.rows) == 2


def test_renaming_an_answer_keeps_its_id_and_edge(qtbot, dock, controller):
    dock.show_card("ask-sales")
    row = dock.editor.answers.rows[0]
    clear_and_type(qtbot, row.label, "Sure!")
    row.value.setFocus()
    qtbot.keyClicks(row.value, "yes")
    card = controller.document.card("ask-sales")
    assert card.answers[0].id == "yes"
    assert card.answers[0].label == "Sure!"
    assert card.answers[0].value == "yes"
    assert controller.document.edge("ask-sales", "yes") == Edge(
        source="ask-sales", port="yes", target="contact"
    )


def test_moving_an_answer_keeps_the_ids_and_edges(qtbot, dock, controller):
    dock.show_card("ask-sales")
    rows = dock.editor.answers.rows
    assert not rows[0].up.isEnabled() and not rows[1].down.isEnabled()
    click(qtbot, rows[0].down)
    assert controller.document.card("ask-sales").port_keys() == ["no", "yes"]
    assert controller.document.edge("ask-sales", "yes").target == "contact"
    assert rows[0].label.text() == "No, just browsing"


def test_an_empty_answer_label_is_refused_under_the_row(qtbot, dock, controller):
    dock.show_card("ask-sales")
    row = dock.editor.answers.rows[0]
    steps = controller.undo_stack.count()
    clear_and_type(qtbot, row.label, "")
    assert row.error.showing
    assert row.error.text() == "This cannot be empty."
    assert controller.document.card("ask-sales").answers[0].label == "Yes, let's talk"
    assert controller.undo_stack.count() == steps


def test_typing_a_burst_into_the_question_is_one_undo_step(qtbot, dock, controller):
    dock.show_card("ask-sales")
    text = dock.editor.text.text
    text.setFocus()
    qtbot.waitUntil(text.hasFocus)
    text.moveCursor(QTextCursor.MoveOperation.End)
    steps = controller.undo_stack.count()
    qtbot.keyClicks(text, " Now?")
    card = controller.document.card("ask-sales")
    assert card.text == "Would you like to chat with someone from sales? Now?"
    assert controller.undo_stack.count() == steps + 1
    # The editor refreshed after every keystroke without moving the cursor.
    assert text.textCursor().position() == len(card.text)
    assert text.hasFocus()
    controller.undo_stack.undo()
    assert controller.document.card("ask-sales").text.endswith("from sales?")
    assert text.toPlainText().endswith("from sales?")


def test_a_new_focus_starts_a_new_undo_step(qtbot, dock, controller):
    dock.show_card("ask-sales")
    title = dock.page.common.title.line
    steps = controller.undo_stack.count()
    title.setFocus()
    title.end(False)
    qtbot.keyClicks(title, "!")
    dock.editor.text.text.setFocus()
    title.setFocus()
    qtbot.waitUntil(title.hasFocus)
    qtbot.keyClicks(title, "!")
    assert controller.document.card("ask-sales").title == "Want to talk to sales?!!"
    assert controller.undo_stack.count() == steps + 2


def test_a_field_key_with_a_space_is_explained_and_not_stored(qtbot, dock, controller):
    dock.show_card("ask-sales")
    store = dock.editor.store
    steps = controller.undo_stack.count()
    clear_and_type(qtbot, store.line, "wants sales")
    assert store.error.showing
    assert "no spaces" in store.error.text()
    assert controller.document.card("ask-sales").store_in_field == "wants"
    assert controller.undo_stack.count() == steps + 1  # only the valid prefix "wants" was stored
    assert store.line.text() == "wants sales"  # what the user typed stays to be fixed


def test_free_text_checkbox(qtbot, dock, controller):
    dock.show_card("ask-sales")
    box = dock.editor.free_text.box
    click(qtbot, box)
    assert controller.document.card("ask-sales").port_keys() == ["yes", "no", "free_text"]


# --- Info Capture -----------------------------------------------------------------------------


def test_info_capture_fields_add_edit_reorder(qtbot, dock, controller):
    dock.show_card("contact")
    editor = dock.editor
    click(qtbot, editor.add)
    fields = controller.document.card("contact").fields
    assert [f.kind for f in fields][-1] is FieldKind.LAST_NAME
    row = editor.fields.rows[-1]
    clear_and_type(qtbot, row.options, "Small, Medium, Large")
    pick(row.when_known, "overwrite")
    click(qtbot, row.required)
    click(qtbot, row.up)
    fields = controller.document.card("contact").fields
    assert fields[2].kind is FieldKind.LAST_NAME
    assert fields[2].options == ["Small", "Medium", "Large"]
    assert fields[2].when_known.value == "overwrite"
    assert fields[2].required is False
    assert editor.fields.rows[2].options.text() == "Small, Medium, Large"


def test_a_custom_field_without_a_name_is_refused_inline(qtbot, dock, controller):
    dock.show_card("contact")
    row = dock.editor.fields.rows[2]
    pick(row.kind, "custom")
    field = controller.document.card("contact").fields[2]
    assert field.kind is FieldKind.CUSTOM and field.name == "custom_field"
    assert not row.name.isHidden()
    before = controller.document.to_dialog()
    steps = controller.undo_stack.count()
    clear_and_type(qtbot, row.name, "")
    assert row.error.showing
    assert "custom field needs a name" in row.error.text()
    assert controller.document.to_dialog() == before
    assert controller.undo_stack.count() == steps
    qtbot.keyClicks(row.name, "budget")
    assert controller.document.card("contact").fields[2].name == "budget"
    assert not row.error.showing


def test_consent_text_cleared_means_no_consent(qtbot, dock, controller):
    dock.show_card("contact")
    consent = dock.editor.consent.text
    consent.setFocus()
    consent.selectAll()
    qtbot.keyClick(consent, Qt.Key.Key_Delete)
    assert controller.document.card("contact").consent is None


# --- Message, Condition, Goal, Go To, End -------------------------------------------------------


def test_insert_field_lists_known_keys_and_inserts_at_the_cursor(qtbot, dock, controller):
    dock.show_card("welcome")
    editor = dock.editor
    editor.tokens.menu().aboutToShow.emit()
    keys = [a.data() for a in editor.tokens.menu().actions()]
    assert keys[:6] == ["first_name", "last_name", "email", "phone", "company", "job_title"]
    assert "wants_sales" in keys
    text = editor.text.text
    cursor = text.textCursor()
    cursor.setPosition(3)  # after "Hi "
    text.setTextCursor(cursor)
    steps = controller.undo_stack.count()
    editor.tokens.insert("company")
    assert controller.document.card("welcome").text.startswith("Hi {{company}}{{lead")
    assert controller.undo_stack.count() == steps + 1


def test_condition_outcome_criteria_are_edited_in_place(qtbot, dock, controller):
    dock.show_card("agents-online")
    outcome = dock.editor.outcomes.rows[0]
    click(qtbot, outcome.criteria.add)
    row = outcome.criteria.rows.rows[1]
    pick(row.attribute, "field")
    pick(row.operator, "one_of")
    clear_and_type(qtbot, row.value, "SMB, Enterprise")
    criteria = controller.document.card("agents-online").outcomes[0].criteria
    assert criteria[1].field == "first_name"
    assert criteria[1].value == ["SMB", "Enterprise"]
    clear_and_type(qtbot, row.field, "segment")
    assert controller.document.card("agents-online").outcomes[0].criteria[1].field == "segment"
    click(qtbot, dock.editor.add)
    card = controller.document.card("agents-online")
    assert card.port_keys() == ["available", "outcome-2", "else"]


def test_goal_score_and_goto_target(qtbot, dock, controller):
    dock.show_card("lead-captured")
    dock.editor.score.spin.setValue(3)
    assert controller.document.card("lead-captured").score == 3
    goto = controller.add_card("goto", 0, 0)
    dock.show_card(goto)
    pick(dock.editor.target.combo, "ask-sales")
    assert controller.document.card(goto).target == "ask-sales"
    labels = [dock.editor.target.combo.itemText(i) for i in range(dock.editor.target.combo.count())]
    assert "Want to talk to sales? (ask-sales)" in labels
    controller.update_card("ask-sales", title="Sales?")
    assert dock.editor.target.combo.currentText() == "Sales? (ask-sales)"


def test_end_message(qtbot, dock, controller):
    dock.show_card("end-browse")
    text = dock.editor.message.text
    text.setFocus()
    text.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(text, " Bye")
    assert controller.document.card("end-browse").message == "Have a great day! Bye"


# --- following the document -------------------------------------------------------------------


def test_undo_elsewhere_refreshes_the_shown_card(qtbot, dock, controller):
    dock.show_card("welcome")
    controller.update_card("welcome", title="Hello")
    assert dock.page.common.title.line.text() == "Hello"
    controller.undo_stack.undo()
    assert dock.page.common.title.line.text() == "Welcome"


def test_removed_card_falls_back_to_the_dialog_properties(qtbot, dock, controller):
    dock.show_card("browse")
    controller.remove_cards(["browse"])
    assert isinstance(dock.page, DialogProperties)
    assert dock.card_id is None


def test_start_card_and_poke(qtbot, dock, controller):
    dock.show_card("welcome")
    assert dock.page.common.make_start.isHidden()
    dock.show_card("ask-sales")
    common = dock.page.common
    assert common.poke.isHidden()
    click(qtbot, common.make_start)
    assert controller.document.start == "ask-sales"
    assert not common.poke.isHidden()


def test_dialog_properties_edit_and_refuse(qtbot, dock, controller):
    dock.show_card(None)
    props = dock.page
    steps = controller.undo_stack.count()
    clear_and_type(qtbot, props.name.editor, "Sales chat")
    qtbot.keyClick(props.name.editor, Qt.Key.Key_Return)
    assert controller.document.name == "Sales chat"
    assert controller.undo_stack.count() == steps + 1
    clear_and_type(qtbot, props.language.editor, "English")
    qtbot.keyClick(props.language.editor, Qt.Key.Key_Return)
    assert props.language.error.showing
    assert "language code" in props.language.error.text()
    assert controller.document.to_dialog().language == "en"
    assert controller.undo_stack.count() == steps + 1
    pick(props.start.combo, "contact")
    assert controller.document.start == "contact"


def test_several_selected_show_the_dialog(qtbot, dock):
    dock.show_selection(["welcome", "browse"])
    assert isinstance(dock.page, DialogProperties)
    dock.show_selection(["welcome"])
    assert dock.card_id == "welcome"


def test_editors_left_behind_stop_listening(qtbot, dock, controller):
    """A routing panel whose card is no longer shown must not react to the document."""
    from PySide6.QtCore import QCoreApplication, QEvent

    dock.show_card("sales-chat")
    dock.show_card("welcome")
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    controller.update_card("sales-chat", title="Sales")
    controller.revalidate()
    controller.new_document()
    assert isinstance(dock.page, DialogProperties)


def test_the_routing_panel_lives_in_the_live_chat_editor(qtbot, dock, controller, workspace):
    dock.show_card("sales-chat")
    panel = dock.editor.routing
    assert panel.card_id == "sales-chat" and len(panel.rules.rows) == 2
    fallback = dock.editor.fallback.text
    fallback.setFocus()
    fallback.selectAll()
    qtbot.keyClick(fallback, Qt.Key.Key_Delete)
    assert controller.document.card("sales-chat").fallback_message is None
    workspace.add_team("Americas")
    dock.reload_workspace()
    picker = panel.rules.rows[0].target
    assert picker.findData("Americas") >= 0
    with qtbot.waitSignal(dock.workspaceChanged):
        panel.workspaceChanged.emit()
