"""The Preview dock: a marketer plays the example dialog as a visitor, beside the canvas.

The engine runs inside Qt's loop through qasync, as in the app: the ``loop``
fixture marks qasync's loop as running over the Qt loop that pytest-qt
drives, so asyncio tasks (simulated agents) advance while ``qtbot`` waits.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton

from designer.model.routing import AgentRouting
from designer.ui import translations
from designer.ui.main_window import MainWindow
from designer.ui.preview.dock import PreviewDock

RESTARTED = "The dialog changed: the preview restarted."


def preview_of(window: MainWindow) -> PreviewDock:
    return window.previews.dock


def answer(qtbot, dock: PreviewDock, key: str) -> None:
    button = dock.findChild(QPushButton, f"answer-{key}")
    assert button is not None and button.isVisible(), f"no answer button {key}"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_line(qtbot, dock: PreviewDock, text: str) -> None:
    box = dock.findChild(QLineEdit, "visitor-input")
    assert box.isEnabled()
    box.clear()
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def play_to_live_chat(qtbot, window: MainWindow, country: str = "FR") -> PreviewDock:
    dock = preview_of(window)
    dock.profile.set_values({"country": country})
    window.previews.start.trigger()
    answer(qtbot, dock, "yes")
    type_line(qtbot, dock, "Camille")
    type_line(qtbot, dock, "camille@example.fr")
    type_line(qtbot, dock, "")  # company is optional
    return dock


def test_a_french_visitor_is_routed_to_team_emea_with_the_reasons(qtbot, window):
    dock = play_to_live_chat(qtbot, window, "FR")
    chat = dock.chat
    assert chat.texts("visitor") == ["Yes, let's talk", "Camille", "camille@example.fr"]
    assert chat.texts("skipped") == ["(left empty)"]
    (routing,) = chat.texts("routing")
    assert routing.startswith("Rule 1 matched: country is one of FR, BE → team EMEA.")
    agent = dock.run.session.chat.agent.name
    assert agent in {"Ana", "Léa"}
    assert f"Picked {agent}: next in round-robin order among team EMEA." in routing
    # offered to the agent: the visitor waits for the Accept, and may write already
    assert chat.texts("system")[-1] == f"Connecting you with {agent}…"
    assert f"{agent} joined the chat" not in chat.texts("system")
    assert dock.input.placeholderText() == f"Waiting for {agent}: you can write already…"
    assert dock.input.isEnabled()
    window.previews.inbox.banner.action.click()  # the agent accepts in the Agent inbox
    assert chat.texts("system")[-1] == f"{agent} joined the chat"
    # after the hand-off the input box talks to the agent
    assert dock.input.isEnabled() and dock.input.placeholderText() == f"Write to {agent}…"
    assert dock.findChild(QPushButton, "answer-yes") is None
    scene = window.view.dialog_scene()
    assert scene.trail_state("sales-chat") == "current"
    assert scene.trail_state("welcome") == "visited"
    assert scene.trail_state("browse") == ""


def test_a_visitor_matching_no_rule_gets_the_fallback_message(qtbot, window):
    dock = play_to_live_chat(qtbot, window, "JP")
    chat = dock.chat
    fallback = (
        "Our sales team can't take your chat right now. We'll email you within one business day."
    )
    assert chat.texts("bot")[-1] == fallback
    (routing,) = chat.texts("routing")
    assert "No rule matched this visitor." in routing
    assert "The visitor gets the fallback message." in routing
    assert chat.texts("system")[-1].startswith("Conversation ended: nobody could take the chat")
    assert not dock.input.isEnabled()
    assert window.view.dialog_scene().trail_state("sales-chat") == "current"


def test_a_bad_email_shows_a_gentle_hint_and_asks_again(qtbot, window):
    dock = preview_of(window)
    window.previews.start.trigger()
    answer(qtbot, dock, "yes")
    type_line(qtbot, dock, "Camille")
    assert dock.input.placeholderText() == "name@company.com"
    type_line(qtbot, dock, "camille-at-example")
    (hint,) = dock.chat.texts("hint")
    assert "doesn't look like an email" in hint
    assert dock.input.isEnabled() and dock.input.placeholderText() == "name@company.com"
    type_line(qtbot, dock, "camille@example.fr")
    assert dock.chat.texts("bot")[-1] == "And which company do you work for?"
    assert dock.skip_button.isVisible()  # the company is optional


def test_an_option_its_field_refuses_is_hinted_and_the_buttons_come_back(qtbot, window):
    email = {"kind": "email", "prompt": "Which email?", "validation": "email"}
    email["options"] = ["My work email", "camille@example.fr"]
    window.controller.update_card("contact", fields=[email])
    dock = preview_of(window)
    window.previews.start.trigger()
    answer(qtbot, dock, "yes")
    assert dock.chat.texts("bot")[-1] == "Which email?"
    answer(qtbot, dock, "0")
    (hint,) = dock.chat.texts("hint")
    assert "doesn't look like an email" in hint
    # Asked again: the same buttons to press, not a conversation stuck with nothing to do.
    assert dock.findChild(QPushButton, "answer-1").isVisible()
    assert dock.input.placeholderText() == "Choose an answer above"
    assert window.view.dialog_scene().trail_state("contact") == "current"
    answer(qtbot, dock, "1")
    assert dock.chat.texts("visitor")[-2:] == ["My work email", "camille@example.fr"]
    assert dock.findChild(QPushButton, "answer-1") is None
    assert window.view.dialog_scene().trail_state("contact") == "visited"


def test_a_question_without_answers_ends_the_preview_saying_why(qtbot, window):
    window.controller.update_card("ask-sales", answers=[])
    dock = preview_of(window)
    window.previews.start.trigger()
    assert dock.chat.texts("bot")[-1] == "Would you like to chat with someone from sales?"
    assert dock.chat.texts("system")[-1] == (
        "Conversation ended: this question offers no answer to press or type."
    )
    assert not dock.input.isEnabled() and "Restart" in dock.input.placeholderText()


def test_controls_follow_what_the_bot_waits_for(qtbot, window):
    dock = preview_of(window)
    assert not dock.input.isEnabled() and not dock.restart_button.isEnabled()
    assert dock.chat.texts("system") == ["Press Start (F5) to play this dialog as a visitor."]
    window.previews.start.trigger()
    assert dock.isVisible()
    assert not dock.input.isEnabled() and dock.input.placeholderText() == "Choose an answer above"
    assert dock.findChild(QPushButton, "answer-no").text() == "No, just browsing"
    answer(qtbot, dock, "no")
    assert dock.chat.texts("system")[-1] == "Conversation ended: the dialog reached an End card."
    assert not dock.input.isEnabled() and dock.findChild(QPushButton, "answer-yes") is None


def test_editing_the_dialog_restarts_the_preview_and_says_so(qtbot, window):
    dock = preview_of(window)
    window.previews.start.trigger()
    answer(qtbot, dock, "yes")
    window.controller.update_card("ask-sales", text="Shall we talk pricing?")
    qtbot.waitUntil(lambda: RESTARTED in dock.chat.texts("system"))
    assert dock.chat.texts("system")[0] == RESTARTED
    assert dock.chat.texts("bot")[-1] == "Shall we talk pricing?"
    assert dock.chat.texts("visitor") == []
    assert window.view.dialog_scene().trail_state("ask-sales") == "current"
    assert window.view.dialog_scene().trail_state("contact") == ""


def test_moving_a_card_does_not_restart(qtbot, window):
    dock = preview_of(window)
    window.previews.start.trigger()
    answer(qtbot, dock, "yes")
    window.controller.move_cards({"welcome": (10.0, 10.0)})
    QApplication.processEvents()
    assert RESTARTED not in dock.chat.texts("system")


def test_dialog_text_is_shown_literally_never_as_html(qtbot, window):
    text = "<b>bold</b> & <img src=x>"
    window.controller.update_card("ask-sales", text=text)
    window.controller.update_card(
        "ask-sales",
        answers=[{"id": "yes", "label": "Sales & <i>pricing</i>"}, {"id": "no", "label": "No"}],
    )
    dock = preview_of(window)
    window.previews.start.trigger()
    assert dock.chat.texts("bot")[-1] == text
    labels = [label for label in dock.chat.findChildren(QLabel) if label.text() == text]
    assert labels and all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    button = dock.findChild(QPushButton, "answer-yes")
    assert button.text().replace("&&", "&") == "Sales & <i>pricing</i>"
    answer(qtbot, dock, "yes")
    assert dock.chat.texts("visitor") == ["Sales & <i>pricing</i>"]


def test_stopping_clears_the_canvas_trail(qtbot, window):
    dock = preview_of(window)
    window.previews.start.trigger()
    scene = window.view.dialog_scene()
    assert scene.trail_state("ask-sales") == "current"
    window.previews.stop.trigger()
    assert scene.trail_state("ask-sales") == "" and scene.trail_state("welcome") == ""
    assert dock.start_button.isEnabled() and not dock.input.isEnabled()
    assert not window.previews.restart.isEnabled()


def test_without_a_workspace_the_preview_says_where_agents_are_added(qtbot, main_window):
    dock = preview_of(main_window)
    main_window.previews.start.trigger()
    assert any("Manage Agents and Teams" in line for line in dock.chat.texts("system"))
    answer(qtbot, dock, "yes")
    type_line(qtbot, dock, "Camille")
    type_line(qtbot, dock, "camille@example.fr")
    type_line(qtbot, dock, "Acme")
    # nobody is online: the Condition card sends the visitor to the offline note
    assert "Our sales team is offline right now." in dock.chat.texts("bot")[-2]
    assert not main_window.workspace_access.exists()  # a preview never creates a workspace


def test_picking_a_saved_profile_fills_the_visitor_and_restarts(qtbot, window):
    dock = preview_of(window)
    picker = dock.profile
    names = [picker.choice.itemText(i) for i in range(picker.choice.count())]
    assert names == ["Paris, pricing page", "New York", "Tokyo", "Custom"]
    window.previews.start.trigger()
    picker.choice.setCurrentIndex(names.index("Tokyo"))
    assert picker.visitor().country == "JP"
    assert dock.chat.texts("system")[0] == "Another visitor profile: the preview restarted."
    assert "Tokyo, JP" in dock.chat.texts("system")[-1]


def test_a_profile_can_be_saved_with_known_fields(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    picker = preview_of(window).profile
    picker.set_values({"country": "BE", "fields": {"first_name": "Lou", "plan": "pro"}})
    assert picker.choice.currentText() == "Custom"
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *_a, **_k: ("Brussels", True)))
    picker.save_button.click()
    assert picker.choice.currentText() == "Brussels"
    visitor = picker.visitor()
    assert visitor.country == "BE" and dict(visitor.fields) == {"first_name": "Lou", "plan": "pro"}
    assert "Brussels" in str(QSettings().value("preview/profiles"))


def test_a_known_first_name_is_not_asked_again(qtbot, window):
    dock = preview_of(window)
    dock.profile.set_values({"country": "FR", "fields": {"first_name": "Lou"}})
    window.previews.start.trigger()
    assert dock.chat.texts("bot")[1] == "Hi Lou, welcome to Acme Analytics! 👋"
    answer(qtbot, dock, "yes")
    assert dock.input.placeholderText() == "name@company.com"


def test_the_dialog_menu_offers_the_preview(window):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Dialog")
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    wanted = ["&Start Preview", "&Restart Preview", "S&top Preview", "Agent &Inbox"]
    start = texts.index(wanted[0])
    assert texts[start : start + 5] == [*wanted, "Preview &Panel"]
    assert window.previews.start.shortcut().toString() == "F5"
    assert preview_of(window).objectName() == "preview"


def test_closing_the_preview_panel_stops_the_preview(qtbot, window):
    dock = preview_of(window)
    window.previews.start.trigger()
    assert window.view.dialog_scene().trail_state("ask-sales") == "current"
    dock.close()
    assert not dock.run.active
    assert window.view.dialog_scene().trail_state("ask-sales") == ""


# --- in the marketer's language ---------------------------------------------------------------

NBSP = "\u00a0"  # French puts one before a colon or a question mark, and inside « »


@pytest.fixture
def french(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """French installed before the window is built (compiled into a per-test cache)."""
    monkeypatch.setattr(translations, "cache_dir", lambda: tmp_path / "qm-cache")
    assert translations.install_translators("fr") == "fr"
    yield
    translations.remove_translators()


def test_in_french_the_routing_decision_is_explained_in_french(french, qtbot, window):
    dock = play_to_live_chat(qtbot, window, "FR")
    (routing,) = dock.chat.texts("routing")
    agent = dock.run.session.chat.agent.name
    assert routing.splitlines() == [
        # the rule is said as the canvas says it, in French too
        f"La règle 1 s'applique{NBSP}: le pays est parmi FR, BE → équipe EMEA.",
        f"Choix de {agent}{NBSP}: c'est son tour dans le round-robin de l'équipe EMEA.",
    ]
    # the lines about the agent's Accept: tests/ui/test_inbox_accept.py


def test_in_french_why_the_cards_agent_cannot_chat_is_french_too(french, qtbot, window):
    """'Bo has no Live Chat permission' is a clause of its own inside the sentence."""
    window.workspace_access.workspace().set_setting("round_robin_when_nobody_eligible", False)
    window.controller.update_card("sales-chat", routing=AgentRouting(agent="bo@acme.example"))
    dock = play_to_live_chat(qtbot, window, "FR")
    (routing,) = dock.chat.texts("routing")
    assert routing.splitlines() == [
        "Bo, l'agent de la carte, n'a pas l'autorisation Chat en direct.",
        "Le visiteur reçoit le message de secours.",
    ]
    assert not dock.input.isEnabled()


def test_in_french_the_bots_hint_is_french(french, qtbot, window):
    dock = preview_of(window)
    window.previews.start.trigger()
    answer(qtbot, dock, "yes")
    type_line(qtbot, dock, "Camille")
    type_line(qtbot, dock, "camille-at-example")
    assert dock.chat.texts("hint") == [
        f"Cela ne ressemble pas à une adresse e-mail. Pouvez-vous la vérifier{NBSP}? "
        "(par ex. nom@entreprise.com)"
    ]
    # the dialog's own line stays as the marketer wrote it
    assert dock.chat.texts("bot")[-1] == "Thanks Camille! Which email can we reach you at?"


def test_in_french_why_the_conversation_ended_is_french(french, qtbot, window):
    window.controller.update_card("ask-sales", answers=[])
    dock = preview_of(window)
    window.previews.start.trigger()
    assert dock.chat.texts("system")[-1] == (
        f"Conversation terminée{NBSP}: cette question n'offre aucune réponse à choisir ni à saisir."
    )


def test_in_french_a_meeting_offer_has_french_buttons_and_a_french_ending(french, qtbot, window):
    controller = window.controller
    meeting = controller.add_card("meeting_booking", 0.0, 0.0)
    controller.update_card(meeting, text="Shall we meet?")
    controller.set_start(meeting)
    dock = preview_of(window)
    window.previews.start.trigger()
    book = dock.findChild(QPushButton, "answer-booked")
    assert book.text().startswith("Prendre rendez-vous avec ")
    assert book.text().removeprefix("Prendre rendez-vous avec ") in {"Ana", "Léa", "Sam Rivera"}
    assert dock.findChild(QPushButton, "answer-no_slot").text() == "Non merci"
    answer(qtbot, dock, "no_slot")
    assert dock.chat.texts("visitor") == ["Non merci"]
    assert dock.chat.texts("system")[-1] == (
        f"Conversation terminée{NBSP}: la sortie «{NBSP}no_slot{NBSP}» de cette carte ne mène "
        "nulle part."
    )


def test_in_french_an_agent_ending_the_chat_is_said_in_french(french, qtbot, window):
    dock = play_to_live_chat(qtbot, window, "FR")
    agent = dock.run.session.chat.agent.name
    window.previews.open_inbox()
    inbox = window.previews.inbox
    inbox.open_chat(dock.run.session.chat)
    inbox.pane.accept()
    inbox.pane.end_session()
    assert dock.chat.texts("system")[-1] == (
        f"Conversation terminée{NBSP}: {agent} a mis fin au chat."
    )


def test_the_next_preview_follows_the_workspaces_safety_net_switch(qtbot, window):
    """A setting changed between two previews is the one the second preview routes with."""
    window.controller.update_card("sales-chat", routing=AgentRouting(agent="bo@acme.example"))
    dock = play_to_live_chat(qtbot, window, "FR")
    (routing,) = dock.chat.texts("routing")
    assert "every agent is tried in round-robin order" in routing  # on by default
    window.previews.stop.trigger()
    window.workspace_access.workspace().set_setting("round_robin_when_nobody_eligible", False)
    dock = play_to_live_chat(qtbot, window, "FR")
    (routing,) = dock.chat.texts("routing")
    assert "every agent is tried" not in routing
    assert routing.endswith("The visitor gets the fallback message.")


def test_the_visitors_country_box_takes_a_name_and_keeps_the_code(qtbot, window):
    """Visitors' countries are codes: 'France' typed, or 'Japan (JP)' picked, is stored as code."""
    picker = preview_of(window).profile
    picker.toggle.setChecked(True)
    box = picker.inputs["country"]
    box.setFocus()
    box.clear()
    qtbot.keyClicks(box, "France")
    box.editingFinished.emit()  # leaving the box
    assert box.text() == "FR" and picker.visitor().country == "FR"
    assert picker.choice.currentText() == "Custom"
    box.clear()
    qtbot.keyClicks(box, "Jap")
    popup = picker.countries.popup()
    qtbot.waitUntil(popup.isVisible)
    offered = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert offered[0] == "Japan (JP)"
    picker.countries.activated[str].emit("JP")  # what choosing that row sends
    assert box.text() == "JP" and picker.visitor().country == "JP"


def test_in_french_the_saved_visitors_have_french_names(french, qtbot, window):
    picker = preview_of(window).profile
    names = [picker.choice.itemText(i) for i in range(picker.choice.count())]
    assert names == ["Paris, page tarifs", "New York", "Tokyo", "Personnalisé"]
    picker.choice.setCurrentIndex(0)
    assert picker.visitor().country == "FR" and picker.visitor().city == "Paris"
    assert picker.profiles[0]["name"] == "Paris, pricing page"  # kept in English in settings
