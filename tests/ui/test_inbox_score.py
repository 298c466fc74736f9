"""The conversation score 0-3 in the Agent inbox: set while chatting and after, kept, exported.

PRODUCT.md, "Agents and their inbox": the agent scores a conversation from 0
to 3. The marketer clicks (or tabs to and presses Space on) a score in the
chat's header; the chat list, the History tab and the saved text show it.
Helpers are re-declared from test_inbox.py: test modules are not importable.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit, QPushButton, QToolButton

from designer.ui.main_window import MainWindow
from designer.ui.preview.dock import PreviewDock
from designer.ui.preview.inbox import InboxDock


def type_line(qtbot, dock: PreviewDock, text: str) -> None:
    box = dock.findChild(QLineEdit, "visitor-input")
    box.clear()
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def play_to_live_chat(qtbot, window: MainWindow) -> PreviewDock:
    dock = window.previews.dock
    dock.profile.set_values({"country": "FR", "city": "Lyon"})
    window.previews.start.trigger()
    qtbot.mouseClick(dock.findChild(QPushButton, "answer-yes"), Qt.MouseButton.LeftButton)
    type_line(qtbot, dock, "Camille")
    type_line(qtbot, dock, "camille@example.fr")
    type_line(qtbot, dock, "")
    return dock


def score_button(inbox: InboxDock, value: int, where=None) -> QToolButton:
    return (where or inbox.pane).findChild(QToolButton, f"score-{value}")


def checked(bar) -> list[int]:
    return [value for value, button in enumerate(bar.buttons) if button.isChecked()]


def accepted_chat(qtbot, window: MainWindow):
    dock = play_to_live_chat(qtbot, window)
    window.previews.open_inbox()
    inbox = window.previews.inbox
    chat = dock.run.session.chat
    assert inbox.pane.chat is chat
    assert not inbox.pane.score_bar.isEnabled()  # offered: the agent has not taken it yet
    qtbot.mouseClick(inbox.pane.accept_button, Qt.MouseButton.LeftButton)
    return dock, inbox, chat


def test_the_agent_scores_during_the_chat_and_it_is_kept_with_the_transcript(
    qtbot, window, workspace, tmp_path, monkeypatch
):
    _dock, inbox, chat = accepted_chat(qtbot, window)
    bar = inbox.pane.score_bar
    assert bar.isEnabled() and checked(bar) == []
    assert "how promising this conversation was" in score_button(inbox, 2).toolTip()
    assert "0" in bar.toolTip() and "3" in bar.toolTip()

    qtbot.mouseClick(score_button(inbox, 2), Qt.MouseButton.LeftButton)
    assert chat.score == 2 and checked(bar) == [2]
    assert inbox.chats.item(0).text() == "Camille (Lyon, FR) · ★2"
    assert workspace.list_conversations() == []  # kept when the conversation ends

    qtbot.mouseClick(inbox.pane.end_button, Qt.MouseButton.LeftButton)
    (saved,) = workspace.list_conversations()
    assert workspace.conversation_score(saved.id) == 2
    inbox.filter.setCurrentIndex(1)  # All chats
    assert inbox.chats.item(0).text() == "Camille (Lyon, FR) · ended · ★2"
    inbox.chats.setCurrentRow(0)  # reopened from All chats: still scorable after the end
    assert inbox.pane.chat is chat
    assert bar.isEnabled() and checked(bar) == [2]

    inbox.tabs.setCurrentWidget(inbox.history)
    history = inbox.history
    qtbot.waitUntil(lambda: history.list.count() == 1)
    assert history.list.item(0).text().endswith(" · ★2")
    history.list.setCurrentRow(0)
    assert "Score: 2 of 3" in history.text.toPlainText().splitlines()
    assert checked(history.score_bar) == [2]

    target = tmp_path / "camille.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(history.save_button, Qt.MouseButton.LeftButton)
    exported = target.read_text(encoding="utf-8").splitlines()
    assert "Score: 2 of 3" in exported
    assert exported.index("Score: 2 of 3") < exported.index("")  # in the heading, not a line


def test_scoring_after_the_end_updates_the_saved_conversation_everywhere(qtbot, window, workspace):
    _dock, inbox, chat = accepted_chat(qtbot, window)
    qtbot.mouseClick(inbox.pane.end_button, Qt.MouseButton.LeftButton)
    (saved,) = workspace.list_conversations()
    assert workspace.conversation_score(saved.id) is None
    inbox.tabs.setCurrentWidget(inbox.history)
    history = inbox.history
    qtbot.waitUntil(lambda: history.list.count() == 1)
    history.list.setCurrentRow(0)
    assert "Score: not set" in history.text.toPlainText().splitlines()
    assert "★" not in history.list.item(0).text()

    # In History: the saved row changes, and the inbox's chat agrees.
    qtbot.mouseClick(score_button(inbox, 3, history), Qt.MouseButton.LeftButton)
    assert workspace.conversation_score(saved.id) == 3
    assert chat.score == 3
    assert history.list.item(0).text().endswith(" · ★3")
    assert "Score: 3 of 3" in history.text.toPlainText().splitlines()

    # Back in the chat: a click on the chosen score clears it, in the workspace too.
    inbox.tabs.setCurrentIndex(0)
    inbox.filter.setCurrentIndex(1)  # All chats
    inbox.chats.setCurrentRow(0)
    assert inbox.pane.chat is chat and checked(inbox.pane.score_bar) == [3]
    qtbot.mouseClick(score_button(inbox, 3), Qt.MouseButton.LeftButton)
    assert chat.score is None and checked(inbox.pane.score_bar) == []
    assert workspace.conversation_score(saved.id) is None
    inbox.tabs.setCurrentWidget(history)
    qtbot.waitUntil(lambda: "Score: not set" in history.text.toPlainText().splitlines())
    assert "★" not in history.list.item(0).text()


def test_the_score_is_reachable_from_the_keyboard(qtbot, window):
    _dock, inbox, chat = accepted_chat(qtbot, window)
    one = score_button(inbox, 1)
    assert one.focusPolicy() & Qt.FocusPolicy.TabFocus
    one.setFocus()
    qtbot.waitUntil(one.hasFocus)
    qtbot.keyClick(one, Qt.Key.Key_Tab)
    two = score_button(inbox, 2)
    qtbot.waitUntil(two.hasFocus)  # Tab walks the scores
    qtbot.keyClick(two, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: chat.score == 2)
    assert checked(inbox.pane.score_bar) == [2]


def test_a_score_that_cannot_be_kept_says_why(qtbot, window, workspace):
    _dock, inbox, chat = accepted_chat(qtbot, window)
    qtbot.mouseClick(inbox.pane.end_button, Qt.MouseButton.LeftButton)
    (saved,) = workspace.list_conversations()
    workspace.delete_conversation(saved.id)  # gone from the workspace meanwhile
    inbox.filter.setCurrentIndex(1)  # All chats
    inbox.chats.setCurrentRow(0)
    qtbot.mouseClick(score_button(inbox, 1), Qt.MouseButton.LeftButton)
    assert chat.score is None and checked(inbox.pane.score_bar) == []
    assert inbox.note.isVisible() and "refresh the History" in inbox.note.text()
