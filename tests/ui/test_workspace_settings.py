"""The Routing tab stores the safety net, the fallback message, the wait and the chat limit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from designer.ui.workspace_dialog import WorkspaceDialog


@pytest.fixture
def dialog(qtbot, workspace) -> WorkspaceDialog:
    widget = WorkspaceDialog(workspace)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.tabs.setCurrentWidget(widget.routing)
    return widget


def test_the_safety_net_switch_is_stored(qtbot, dialog, workspace):
    switch = dialog.routing.safety_net
    assert switch.isChecked()  # on by default, as PRODUCT.md says
    where = QPoint(8, switch.height() // 2)  # on the box, whatever the width of its sentence
    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(switch, Qt.MouseButton.LeftButton, pos=where)
    assert workspace.get_setting("round_robin_when_nobody_eligible") is False
    assert not switch.isChecked()
    qtbot.mouseClick(switch, Qt.MouseButton.LeftButton, pos=where)
    assert workspace.get_setting("round_robin_when_nobody_eligible") is True


def test_the_fallback_message_is_stored_and_a_blank_one_refused(qtbot, dialog, workspace):
    field = dialog.routing.fallback
    message = "Leave us your email: we answer within a day."
    default = workspace.get_setting("fallback_message")
    assert field.text() == default
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, f"  {message} ")
    with qtbot.waitSignal(dialog.changed):
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert workspace.get_setting("fallback_message") == message

    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    with qtbot.assertNotEmitted(dialog.changed):
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert dialog.error.showing
    assert "is not a valid fallback_message: write a non-empty text" in dialog.error.text()
    assert field.text() == message  # put back
    assert workspace.get_setting("fallback_message") == message


def test_typing_a_wait_time_stores_it_once(qtbot, dialog, workspace):
    spin = dialog.routing.wait
    assert (spin.minimum(), spin.maximum(), spin.value()) == (10, 500, 100)
    edits: list[None] = []
    dialog.changed.connect(lambda: edits.append(None))
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "250")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert workspace.get_setting("visitor_wait_seconds") == 250
    assert len(edits) == 1  # not 25 first, then 250
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert workspace.get_setting("visitor_wait_seconds") == 251


def test_the_default_chat_limit_applies_to_agents_added_next(qtbot, dialog, workspace):
    spin = dialog.routing.max_chats
    assert (spin.minimum(), spin.maximum()) == (1, 10)
    with qtbot.waitSignal(dialog.changed):
        spin.setValue(3)
    assert workspace.get_setting("default_max_chats") == 3
    dialog.tabs.setCurrentIndex(0)
    qtbot.keyClicks(dialog.new_name, "Zoe")
    qtbot.keyClicks(dialog.new_email, "zoe@acme.example")
    qtbot.keyClick(dialog.new_email, Qt.Key.Key_Return)
    assert workspace.agent("zoe@acme.example").max_chats == 3
    assert workspace.agent("ana@acme.example").max_chats != 3  # agents already there keep theirs


def test_settings_changed_in_a_terminal_show_on_reload(qtbot, dialog, workspace):
    workspace.set_setting("round_robin_when_nobody_eligible", False)
    workspace.set_setting("visitor_wait_seconds", 45)
    workspace.set_setting("fallback_message", "Back on Monday.")
    with qtbot.assertNotEmitted(dialog.changed):
        dialog.reload()  # what coming back to the dialog does
    routing = dialog.routing
    assert not routing.safety_net.isChecked()
    assert routing.wait.value() == 45
    assert routing.fallback.text() == "Back on Monday."
    assert workspace.get_setting("visitor_wait_seconds") == 45  # showing it wrote nothing back
