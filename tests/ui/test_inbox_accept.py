"""The agent side in preview: Accept or Decline an offered chat, time-outs, simulated refusals.

A marketer playing the agent sees a banner with Accept and Decline and the
seconds left; the visitor waits ("Connecting you with Ana…") and may write
meanwhile. A decline or a time-out tries one more agent of the team, then the
fallback message, each step explained in the Preview. Waits are injected
(``run.visitor_wait``, ``run.reply_delay``) and awaited with ``qtbot.waitUntil``.
Helpers are re-declared from test_inbox.py: test modules are not importable.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QLineEdit, QPushButton

from designer.engine.offers import WhenOffered
from designer.ui import translations
from designer.ui.main_window import MainWindow
from designer.ui.preview.dock import PreviewDock

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
FALLBACK = "Our sales team can't take your chat right now. We'll email you within one business day."


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


def test_the_visitor_waits_and_the_agent_accepts_from_the_banner(qtbot, window):
    inbox = window.previews.inbox
    inbox.show()
    dock = play_to_live_chat(qtbot, window)
    chat = dock.run.session.chat
    assert chat.agent.name == "Ana" and chat.offered
    assert dock.chat.texts("system")[-1] == "Connecting you with Ana…"
    assert "Ana joined the chat" not in dock.chat.texts("system")
    banner = inbox.banner
    assert banner.isVisible() and banner.text() == "New chat for Ana: Camille from Lyon, FR"
    assert banner.action.text() == "Accept" and banner.second.text() == "Decline"
    assert banner.detail.text() == "100 s to accept"  # the workspace's visitor wait

    type_line(qtbot, dock, "Are you there?")  # written while waiting: kept for Ana
    banner.action.click()
    assert not chat.offered and not banner.isVisible()
    assert dock.chat.texts("system")[-1] == "Ana joined the chat"
    assert inbox.pane.chat is chat and inbox.pane.reply.isEnabled()
    transcript = inbox.pane.transcript.texts()
    assert transcript.index("Are you there?") < transcript.index("Ana joined the chat")
    assert dock.input.placeholderText() == "Write to Ana…"


def test_an_offered_chat_is_read_only_until_accepted_in_the_pane(qtbot, window):
    dock = play_to_live_chat(qtbot, window)
    window.previews.open_inbox()
    pane = window.previews.inbox.pane
    assert pane.chat is dock.run.session.chat
    assert pane.accept_button.isVisible() and pane.decline_button.isVisible()
    assert not pane.reply.isEnabled() and not pane.transfer_button.isEnabled()
    assert pane.reply.placeholderText() == "Accept the chat to answer Camille."
    assert pane.header.text().endswith("· offered to you")
    qtbot.mouseClick(pane.accept_button, Qt.MouseButton.LeftButton)
    assert not pane.accept_button.isVisible() and pane.reply.isEnabled()
    assert dock.chat.texts("system")[-1] == "Ana joined the chat"


def test_declining_twice_tries_one_more_agent_then_gives_the_fallback(qtbot, window, workspace):
    inbox = window.previews.inbox
    inbox.show()
    dock = play_to_live_chat(qtbot, window)
    inbox.banner.second.click()  # Ana declines
    assert dock.chat.texts("routing")[-1] == "Ana declined; offered to Léa, next in team EMEA."
    assert dock.chat.texts("system")[-1] == "Connecting you with Léa…"
    assert inbox.banner.isVisible() and inbox.banner.text().startswith("New chat for Léa")
    inbox.banner.second.click()  # Léa declines too
    assert dock.chat.texts("routing")[-1].splitlines() == [
        "Léa declined; two agents were offered the chat, the most a visitor waits for.",
        "The visitor gets the fallback message.",
    ]
    assert dock.chat.texts("bot")[-1] == FALLBACK
    assert dock.chat.texts("system")[-1].startswith("Conversation ended: nobody could take")
    assert not dock.input.isEnabled() and not inbox.banner.isVisible()
    inbox.play("ana@acme.example")
    inbox.filter.setCurrentIndex(1)  # all chats
    assert inbox.chats.item(0).text().endswith("· declined")
    (saved,) = workspace.list_conversations()
    assert saved.outcome == "fallback"


def test_not_accepting_in_time_counts_as_a_decline(qtbot, window):
    window.previews.run.visitor_wait = 0.05
    inbox = window.previews.inbox
    inbox.show()
    dock = play_to_live_chat(qtbot, window)
    qtbot.waitUntil(lambda: dock.run.session.finished, timeout=3000)
    assert dock.chat.texts("routing")[1:] == [
        "Ana did not accept within 0.05 s; offered to Léa, next in team EMEA.",
        "Léa did not accept within 0.05 s; two agents were offered the chat, the most a visitor "
        "waits for.\nThe visitor gets the fallback message.",
    ]
    assert dock.chat.texts("bot")[-1] == FALLBACK and not inbox.banner.isVisible()
    inbox.play("lea@acme.example")
    inbox.filter.setCurrentIndex(1)
    assert inbox.chats.item(0).text().endswith("· not accepted in time")


def test_the_wait_is_the_workspaces_visitor_wait(qtbot, window, workspace):
    workspace.set_setting("visitor_wait_seconds", 30)
    inbox = window.previews.inbox
    inbox.show()
    play_to_live_chat(qtbot, window)
    assert window.previews.run.hub.visitor_wait == 30
    assert inbox.banner.detail.text() == "30 s to accept"


def test_simulated_agents_told_to_decline_or_not_answer_lead_to_the_fallback(
    qtbot, window, workspace
):
    for email in ("ana@acme.example", "lea@acme.example"):
        workspace.edit_agent(email, simulated=True)
    run = window.previews.run
    run.reply_delay = 0.01  # Ana declines at once; Léa's offer times out after half a second
    run.visitor_wait = 0.5
    inbox = window.previews.inbox
    inbox.show()
    inbox.play("sam.rivera@acme.example")
    assert not inbox.when_offered.isVisible()  # Sam is played by the marketer
    for email, choice in (("ana@acme.example", "Decline"), ("lea@acme.example", "Don't answer")):
        inbox.play(email)
        assert inbox.when_offered.isVisible() and inbox.when_offered.currentText() == "Accept"
        inbox.when_offered.setCurrentIndex(inbox.when_offered.findText(choice))
    assert run.when_offered == {
        "ana@acme.example": WhenOffered.DECLINE,
        "lea@acme.example": WhenOffered.IGNORE,
    }
    dock = play_to_live_chat(qtbot, window)
    assert "Ana is a simulated agent set to decline chats." in dock.chat.texts("note")
    qtbot.waitUntil(lambda: dock.run.session.finished, timeout=3000)
    assert dock.chat.texts("routing")[1:] == [
        "Ana declined; offered to Léa, next in team EMEA.",
        "Léa did not accept within 0.5 s; two agents were offered the chat, the most a visitor "
        "waits for.\nThe visitor gets the fallback message.",
    ]
    assert inbox.notifier.sent == []  # simulated agents are not rung
    # preview state only: the workspace's agents are as they were, and Accept is back on request
    assert workspace.agent("ana@acme.example").simulated
    inbox.play("ana@acme.example")
    assert inbox.when_offered.currentText() == "Decline"
    inbox.when_offered.setCurrentIndex(inbox.when_offered.findText("Accept"))
    assert "ana@acme.example" not in run.when_offered


def test_opening_another_dialog_clears_the_preview(qtbot, window):
    dock = play_to_live_chat(qtbot, window)
    assert dock.chat.texts("bot")
    window.controller.open(EXAMPLES / "support-desk.json")
    assert dock.chat.entries() == [
        ("system", "Press Start (F5) to play this dialog as a visitor."),
    ]
    assert not dock.run.active and dock.start_button.isEnabled()
    assert window.view.dialog_scene().trail_state("hello") == ""
    # the visitor left: the agent's offer is withdrawn and the place freed
    assert all(agent.active_chats == 0 for agent in dock.run.hub.router.agents)


def test_opening_another_dialog_after_stopping_clears_the_old_transcript(qtbot, window):
    dock = play_to_live_chat(qtbot, window, "JP")  # the fallback, then Stop
    window.previews.stop.trigger()
    window.controller.open(EXAMPLES / "support-desk.json")
    assert dock.chat.texts() == ["Press Start (F5) to play this dialog as a visitor."]
    window.previews.start.trigger()
    assert dock.chat.texts("bot")[0] == "Need a hand?"  # the support desk's first card
    assert "Talk to sales" not in " ".join(dock.chat.texts("system"))


# --- in French ---------------------------------------------------------------------------------

NBSP = "\u00a0"

PENDING_FRENCH = {
    "Connecting you with {agent}…": "Connexion avec {agent}…",
    "{agent} joined the chat": "{agent} a rejoint le chat",
    "Transferred by {sender} to {agent}.": "Transféré par {sender} à {agent}.",
    "{agent} has the Live Chat permission, is available and has {n} of {limit} chats open.": (
        "{agent} a l'autorisation Chat en direct, est disponible et a {n} chats ouverts "
        "sur {limit}."
    ),
    "{what}; {then}.": f"{{what}}{NBSP}; {{then}}.",
    "{agent} declined": "{agent} a refusé",
    "offered to {agent}, next in team {team}": "proposé à {agent}, suivant dans l'équipe {team}",
}
"""French for the new sentences until the catalogue has them (the catalogue wins once it does)."""


class PendingFrench(QTranslator):
    """Installed before the catalogue, so Qt asks it last: it only fills the catalogue's gaps."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return PENDING_FRENCH.get(source, "") if context == "" else ""

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def french(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    pending = PendingFrench()
    QCoreApplication.installTranslator(pending)
    monkeypatch.setattr(translations, "cache_dir", lambda: tmp_path / "qm-cache")
    assert translations.install_translators("fr") == "fr"
    yield
    translations.remove_translators()
    QCoreApplication.removeTranslator(pending)


def test_in_french_the_preview_and_the_inbox_say_the_agents_lines_in_french(french, qtbot, window):
    inbox = window.previews.inbox
    inbox.show()
    dock = play_to_live_chat(qtbot, window)
    assert dock.chat.texts("system")[-1] == "Connexion avec Ana…"
    inbox.banner.action.click()
    assert dock.chat.texts("system")[-1] == "Ana a rejoint le chat"
    system = inbox.pane.transcript.texts("system")
    assert system[-2:] == ["Connexion avec Ana…", "Ana a rejoint le chat"]
    # ... while the transcript the workspace keeps stays English
    english = [line.text for line in dock.run.session.lines if line.sender == "system"]
    assert english[-2:] == ["Connecting you with Ana…", "Ana joined the chat"]


def test_in_french_a_decline_and_a_transfer_are_explained_in_french(french, qtbot, window):
    inbox = window.previews.inbox
    inbox.show()
    dock = play_to_live_chat(qtbot, window)
    inbox.banner.second.click()  # Ana declines
    assert dock.chat.texts("routing")[-1] == (
        f"Ana a refusé{NBSP}; proposé à Léa, suivant dans l'équipe EMEA."
    )
    inbox.banner.action.click()  # Léa accepts, then hands the chat to Sam
    menu = inbox.pane.transfer_menu
    menu.aboutToShow.emit()
    next(a for a in menu.actions() if a.text() == "Sam Rivera").trigger()
    assert dock.chat.texts("routing")[-1].splitlines() == [
        "Transféré par Léa à Sam Rivera.",
        "Sam Rivera a l'autorisation Chat en direct, est disponible et a 0 chats ouverts sur 5.",
    ]
    assert inbox.pane.transcript.texts("system")[-2:] == [
        "Transféré par Léa à Sam Rivera.",
        "Connexion avec Sam Rivera…",
    ]
