"""The Agent inbox: the marketer plays the agent a preview visitor was routed to.

Fixtures and helpers are those of test_preview.py (re-declared here: test
modules are not importable packages); the qasync loop lets simulated agents'
asyncio tasks run while ``qtbot`` waits, as in the app.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from designer.engine.routing import AgentStatus
from designer.ui.main_window import MainWindow
from designer.ui.preview.dock import PreviewDock
from designer.ui.preview.inbox import InboxDock


def type_line(qtbot, dock: PreviewDock, text: str) -> None:
    box = dock.findChild(QLineEdit, "visitor-input")
    box.clear()
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def play_to_live_chat(qtbot, window: MainWindow, country: str = "FR") -> PreviewDock:
    dock = window.previews.dock
    dock.profile.set_values({"country": country, "city": "Lyon"})
    window.previews.start.trigger()
    qtbot.mouseClick(dock.findChild(QPushButton, "answer-yes"), Qt.MouseButton.LeftButton)
    type_line(qtbot, dock, "Camille")
    type_line(qtbot, dock, "camille@example.fr")
    type_line(qtbot, dock, "")
    return dock


def shown_inbox(window: MainWindow) -> InboxDock:
    window.previews.show_inbox.trigger()
    inbox = window.previews.inbox
    assert inbox.isVisible() and inbox.objectName() == "inbox"
    return inbox


def visitor_value(inbox: InboxDock, key: str) -> str:
    return inbox.findChild(QLabel, f"visitor-{key}").text()


def test_the_inbox_receives_the_chat_unread_and_notifies(qtbot, window):
    inbox = window.previews.inbox
    inbox.show()  # the marketer opened the inbox before the visitor came
    dock = play_to_live_chat(qtbot, window)
    agent = dock.run.session.chat.agent
    inbox.play(agent.email)
    (item,) = [inbox.chats.item(i) for i in range(inbox.chats.count())]
    assert item.text() == "Camille (Lyon, FR) · new"
    assert item.font().bold()
    assert "1 unread chat" in inbox.agents.currentText()
    assert inbox.banner.isVisible()
    assert inbox.banner.text() == f"New chat for {agent.name}: Camille from Lyon, FR"
    assert inbox.notifier.sent == [(f"New chat for {agent.name}", "Camille from Lyon, FR")]

    qtbot.mouseClick(inbox.banner.action, Qt.MouseButton.LeftButton)  # Accept
    assert inbox.pane.chat is dock.run.session.chat
    item = inbox.chats.item(0)
    assert not item.font().bold() and item.text() == "Camille (Lyon, FR)"
    assert "unread" not in inbox.agents.currentText()
    assert visitor_value(inbox, "first_name") == "Camille"
    assert visitor_value(inbox, "email") == "camille@example.fr"
    assert visitor_value(inbox, "last_name") == "-"
    assert visitor_value(inbox, "company") == "-"
    assert visitor_value(inbox, "job_title") == "-"
    assert visitor_value(inbox, "wants_sales") == "Yes, let's talk"
    assert visitor_value(inbox, "country") == "FR"
    transcript = inbox.pane.transcript.texts()
    assert "Camille" in transcript and f"{agent.name} joined the chat" in transcript


def test_the_marketer_answers_as_the_agent_and_the_visitor_sees_it(qtbot, window):
    dock = play_to_live_chat(qtbot, window)
    window.previews.open_inbox()
    inbox = window.previews.inbox
    chat = dock.run.session.chat
    assert inbox.pane.chat is chat  # opened on the visitor's agent
    assert not inbox.pane.reply.isEnabled()  # offered: Accept first
    qtbot.mouseClick(inbox.pane.accept_button, Qt.MouseButton.LeftButton)
    reply = inbox.pane.reply
    reply.setFocus()
    qtbot.keyClicks(reply, "Bonjour Camille!")
    qtbot.keyClick(reply, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(reply, "How can I help?")
    assert reply.toPlainText() == "Bonjour Camille!\nHow can I help?"  # Shift+Enter: new line
    qtbot.keyClick(reply, Qt.Key.Key_Return)  # Enter sends
    assert reply.toPlainText() == ""
    assert dock.chat.entries()[-1] == ("agent", "Bonjour Camille!\nHow can I help?")
    names = [label.text() for label in dock.chat.findChildren(QLabel, "author-name")]
    assert names == [chat.agent.name]

    type_line(qtbot, dock, "Do you have an NGO discount?")
    assert inbox.pane.transcript.entries()[-1] == ("visitor", "Do you have an NGO discount?")
    assert chat.unread == 0  # read as it arrived: the agent has the chat open


def test_end_session_ends_the_chat_and_keeps_the_transcript(qtbot, window, workspace):
    dock = play_to_live_chat(qtbot, window)
    window.previews.open_inbox()
    inbox = window.previews.inbox
    agent = dock.run.session.chat.agent
    inbox.pane.accept()
    inbox.pane.reply.setPlainText("Thanks, talk soon")
    inbox.pane.send_button.click()
    qtbot.mouseClick(inbox.pane.end_button, Qt.MouseButton.LeftButton)
    assert dock.chat.texts("system")[-1] == f"Conversation ended: {agent.name} ended the chat."
    assert not dock.input.isEnabled() and not inbox.pane.reply.isEnabled()
    assert inbox.chats.count() == 0  # the active filter hides it
    inbox.filter.setCurrentIndex(1)
    assert inbox.chats.item(0).text().endswith("· ended")

    (saved,) = workspace.list_conversations()
    assert saved.outcome == "live_chat" and saved.agent_email == agent.email
    record = workspace.conversation(saved.id)
    assert "Thanks, talk soon" in [m.text for m in record.messages]

    inbox.tabs.setCurrentWidget(inbox.history)  # History reopens it
    assert inbox.history.list.count() == 1
    inbox.history.list.setCurrentRow(0)
    text = inbox.history.text.toPlainText()
    assert "Outcome: live chat" in text and f"{agent.name}: Thanks, talk soon" in text
    assert "Visitor: Lyon, FR; page -" in text and "[" in text.splitlines()[-1]


def test_a_simulated_agent_answers_by_itself(qtbot, window, workspace):
    workspace.edit_agent("ana@acme.example", simulated=True)
    workspace.edit_agent("lea@acme.example", simulated=True)
    window.previews.run.reply_delay = 0.01
    dock = play_to_live_chat(qtbot, window)
    name = dock.run.session.chat.agent.name
    assert f"{name} is a simulated agent and answers by themselves." in dock.chat.texts("note")
    greeting = "Hi Camille, thanks for reaching out! How can I help?"
    qtbot.waitUntil(lambda: greeting in dock.chat.texts("agent"), timeout=3000)
    type_line(qtbot, dock, "What does it cost?")
    second = "Good question. Let me check that for you."
    qtbot.waitUntil(lambda: second in dock.chat.texts("agent"), timeout=3000)
    inbox = window.previews.inbox
    assert inbox.notifier.sent == []  # nobody to notify: the agent plays themselves
    assert "(simulated)" in inbox.agents.itemText(inbox.agents.findData("ana@acme.example"))


def test_an_agent_switched_away_is_skipped(qtbot, window):
    inbox = window.previews.inbox
    inbox.show()
    for email in ("ana@acme.example", "lea@acme.example"):
        inbox.play(email)
        inbox.available.setChecked(False)
        assert window.previews.run.hub.router.agent(email).status == AgentStatus.AWAY
    dock = play_to_live_chat(qtbot, window)
    (routing,) = dock.chat.texts("routing")
    assert "Nobody in team EMEA can take the chat: Ana is away, Léa is away." in routing
    # the workspace's safety net (on by default) then tries everyone: Sam Rivera is offered it
    assert "so every agent is tried in round-robin order" in routing
    chat = dock.run.session.chat
    assert chat is not None and chat.agent.email == "sam.rivera@acme.example"
    # view state only: the workspace still has them available
    inbox.play("ana@acme.example")
    assert window.workspace_access.workspace().agent("ana@acme.example").status == "available"


def test_transfer_to_another_agent_or_team(qtbot, window):
    dock = play_to_live_chat(qtbot, window)
    window.previews.open_inbox()
    inbox = window.previews.inbox
    first = dock.run.session.chat
    sender = first.agent.name
    inbox.pane.accept()
    menu = inbox.pane.transfer_menu
    menu.aboutToShow.emit()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert "Sam Rivera" in texts and "Team EMEA" in texts
    bo = next(a for a in menu.actions() if a.text().startswith("Bo"))
    assert not bo.isEnabled() and bo.text() == "Bo — has no Live Chat permission"
    next(a for a in menu.actions() if a.text() == "Sam Rivera").trigger()

    # who sent it and why Sam can take it; Sam joins only when he accepts
    assert dock.chat.texts("routing")[-1].splitlines() == [
        f"Transferred by {sender} to Sam Rivera.",
        "Sam Rivera has the Live Chat permission, is available and has 0 of 5 chats open.",
    ]
    assert dock.chat.texts("system")[-1] == "Connecting you with Sam Rivera…"
    assert not first.closed and dock.run.session.chat is first
    assert inbox.pane.header.text().endswith("transferring to Sam Rivera…")
    assert not inbox.pane.transfer_button.isEnabled()  # one transfer at a time
    inbox.play("sam.rivera@acme.example")
    assert inbox.chats.count() == 1 and inbox.chats.item(0).font().bold()
    assert inbox.banner.isVisible() and inbox.banner.text().startswith("New chat for Sam Rivera")
    inbox.banner.action.click()  # Accept
    assert first.closed and dock.run.session.chat.agent.name == "Sam Rivera"
    assert dock.chat.texts("system")[-1] == "Sam Rivera joined the chat"
    inbox.play(first.agent.email)
    assert inbox.chats.count() == 0  # gone from the sender's inbox
    inbox.filter.setCurrentIndex(1)
    assert inbox.chats.item(0).text().endswith("· transferred")

    inbox.play("sam.rivera@acme.example")
    inbox.open_chat(dock.run.session.chat)
    assert not inbox.pane.transfer(agent="bo@acme.example")
    assert inbox.note.text() == "Bo has no Live Chat permission. The chat stays with Sam Rivera."


def test_the_inbox_lists_agents_before_any_preview(qtbot, window):
    inbox = shown_inbox(window)
    names = [inbox.agents.itemText(i) for i in range(inbox.agents.count())]
    assert names == ["Ana", "Bo (no Live Chat)", "Léa", "Sam Rivera"]
    inbox.play("bo@acme.example")
    assert "no Live Chat permission" in inbox.note.text()
    assert inbox.pane.header.text() == "Select a chat to read it and answer."


def test_people_edited_in_the_workspace_reach_the_inbox(qtbot, window, workspace):
    inbox = shown_inbox(window)
    workspace.add_agent("Zoé", "zoe@acme.example", live_chat=True)
    window.workspace_access.notify_changed()  # what the agents & teams dialog does
    names = [inbox.agents.itemText(i) for i in range(inbox.agents.count())]
    assert "Zoé" in names


def test_a_past_transcript_is_saved_as_text(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    dock = play_to_live_chat(qtbot, window, "JP")  # the fallback: kept at once
    assert dock.run.session.finished
    inbox = shown_inbox(window)
    inbox.tabs.setCurrentWidget(inbox.history)
    (item,) = [inbox.history.list.item(i) for i in range(inbox.history.list.count())]
    assert "fallback message" in item.text()
    inbox.history.list.setCurrentItem(item)
    target = tmp_path / "transcript.txt"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), ""))
    )
    inbox.history.save_button.click()
    text = target.read_text(encoding="utf-8")
    assert text.startswith("Dialog: Talk to sales\n")
    assert "Visitor: Lyon, JP; page -" in text
    assert "Bot: Our sales team can't take your chat right now." in text
