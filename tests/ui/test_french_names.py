"""A French marketer sees the model's own words in French, and saved files do not change.

Four things used to stay English in a French editor: an untitled card's name
("Meeting booking m1"), a condition described from its criteria ("country is
one of FR, BE"), the default else branch ("Otherwise") and what a simulated
agent types in the preview. Each is now worded like validation's sentences:
English text with its template beside it, translated where it is shown. What
the marketer typed stays as typed, and a file saved in French is byte for
byte the file saved in English.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QStyleOptionGraphicsItem, QWidget

from designer.engine.preview import SIMULATED_LINES, UNNAMED_GREETING, simulated_line
from designer.model.cards import (
    CARD_CLASSES,
    ConditionCard,
    EndCard,
    GoalCard,
    GoToCard,
    InfoCaptureCard,
    LiveChatCard,
    MeetingBookingCard,
    Outcome,
)
from designer.model.criteria import Attribute, Criterion, Operator
from designer.model.dialog import Dialog, Edge
from designer.model.routing import AgentRouting, CustomRules, RoundRobin, Rule, TeamRouting
from designer.model.wording import WordedText, Wording
from designer.ui import translations
from designer.ui.main_window import MainWindow
from designer.ui.translations import tr
from designer.ui.worded import TABLED_WORDS

NBSP = "\u00a0"  # French puts one inside « », before a colon, "!" and "?"


def quoted(text: str) -> str:
    return f"«{NBSP}{text}{NBSP}»"


@pytest.fixture
def french(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """French installed for one test (compiled into a per-test cache), English again after."""
    monkeypatch.setattr(translations, "cache_dir", lambda: tmp_path / "qm-cache")
    assert translations.install_translators("fr") == "fr"
    yield
    translations.remove_translators()


# --- every template the core keeps in a table is marked and translated ------------------------


def _templates(said: Wording) -> set[str]:
    inner = (v.said if isinstance(v, WordedText) else v for _, v in said.args)
    return {said.template}.union(*(_templates(v) for v in inner if isinstance(v, Wording)))


def _tabled_templates_in_use() -> set[str]:
    """What the model and the simulated agents actually word, found by wording everything."""
    found: set[str] = set()
    for attribute in Attribute:
        field = "plan" if attribute is Attribute.FIELD else None
        criteria = [
            Criterion(attribute=attribute, field=field, operator=operator, value="x")
            for operator in Operator
        ]
        for criterion in criteria:
            found |= _templates(criterion.said())
        found |= _templates(Outcome(id="o", criteria=criteria[:2]).describe().said)
    found |= _templates(Outcome(id="o").describe().said)
    found |= _templates(ConditionCard(id="c").ports()[-1].label.said)
    for kind in CARD_CLASSES.values():
        stand_in = kind.model_construct(id="x").display_title()
        found |= {t for t in _templates(stand_in.said) if t != kind.kind_label}
    country = Criterion(attribute="country", operator="equals", value="FR")
    rules = [Rule(criteria=[country], team="EMEA"), Rule(agent="ana@example.com")]
    for routing in (
        RoundRobin(),
        AgentRouting(agent="ana@example.com"),
        TeamRouting(team="EMEA"),
        CustomRules(rules=rules[:1]),
        CustomRules(rules=rules),
    ):
        found |= _templates(routing.describe().said)
    for rule in rules:
        found |= _templates(rule.describe().said)
    for n in range(len(SIMULATED_LINES) + 1):
        found |= {simulated_line(n, "Camille").template, simulated_line(n, None).template}
    return found


def _empty_context(language: str) -> dict[str, str]:
    root = ET.parse(translations.source_file(language)).getroot()
    found = {}
    for context in root.iter("context"):
        if (context.findtext("name") or "") == "":
            for message in context.iter("message"):
                translation = message.find("translation")
                assert translation is not None
                done = translation.get("type") is None and (translation.text or "").strip()
                found[message.findtext("source") or ""] = translation.text if done else ""
    return found


def test_the_tabled_templates_are_exactly_those_in_use_and_french_has_them_all() -> None:
    in_use = _tabled_templates_in_use()
    assert set(TABLED_WORDS) == in_use, (sorted(in_use - set(TABLED_WORDS)), "not marked")
    french = _empty_context("fr")
    missing = sorted(t for t in in_use if not french.get(t))
    assert not missing, f"translate these in designer_fr.ts: {missing}"
    assert UNNAMED_GREETING in in_use
    # the type part of an untitled card's name is the palette's name for the type
    kinds = [kind.kind_label for kind in CARD_CLASSES.values()]
    assert not [k for k in kinds if not french.get(k)], "a card type has no French name"


def test_in_french_the_words_read_as_a_french_marketer_expects(french) -> None:
    assert tr("{who} is one of {value}") == "{who} est parmi {value}"
    assert tr("Otherwise") == "Sinon" and tr("Meeting booking") == "Prise de rendez-vous"


# --- the canvas, the inspector and the problems -----------------------------------------------


def _dialog() -> Dialog:
    """Untitled cards, a condition described by its criteria, the else branch left unnamed."""
    emea = Criterion(attribute="country", operator="one_of", value=["FR", "BE"])
    pro = Criterion(attribute="field", field="plan", operator="is_known")
    return Dialog(
        name="Names",
        start="c1",
        cards=[
            ConditionCard(
                id="c1",
                outcomes=[
                    Outcome(id="emea", criteria=[emea]),
                    Outcome(id="pro", criteria=[pro]),
                    Outcome(id="vip", label="VIP visitors", criteria=[pro]),
                ],
            ),
            MeetingBookingCard(id="m1"),
            InfoCaptureCard(id="i1"),
            GoToCard(id="g1", target="m1"),
            EndCard(id="e1"),
            GoalCard(id="lost"),  # leads nowhere
        ],
        edges=[
            Edge(source="c1", port="pro", target="i1"),
            Edge(source="c1", port="vip", target="g1"),
            Edge(source="i1", port="next", target="m1"),
            Edge(source="m1", port="booked", target="e1"),
            Edge(source="m1", port="no_slot", target="e1"),
        ],
    )


@pytest.fixture
def names_window(main_window: MainWindow) -> MainWindow:
    main_window.controller.new_document(_dialog())
    return main_window


class _Recorder:
    """Stands in for the QPainter a card paints with, keeping the strings it draws."""

    def __init__(self, painter: QPainter) -> None:
        self._painter = painter
        self.texts: list[str] = []

    def drawText(self, *args: Any) -> None:
        self.texts.extend(a for a in args if isinstance(a, str))
        self._painter.drawText(*args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._painter, name)


def drawn_texts(window: MainWindow, card_id: str) -> list[str]:
    item = window.view.dialog_scene().card_item(card_id)
    assert item is not None
    image = QImage(600, 400, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    recorder = _Recorder(painter)
    try:
        item.paint(recorder, QStyleOptionGraphicsItem(), None)  # type: ignore[arg-type]
    finally:
        painter.end()
    return recorder.texts


def test_in_french_the_canvas_says_conditions_otherwise_and_untitled_names_in_french(
    french, names_window
) -> None:
    condition = drawn_texts(names_window, "c1")
    assert "Si le pays est parmi FR, BE" in condition  # the summary under the title
    # (the summary's word wrap turns the no-break spaces into spaces)
    assert "Si on connaît le champ « plan »" in condition
    assert "→ le pays est parmi FR, BE" in condition  # the ports
    assert f"→ on connaît le champ {quoted('plan')}" in condition
    assert "→ VIP visitors" in condition  # the marketer's label, as typed
    assert "→ Sinon" in condition
    assert not [t for t in condition if "country" in t or "Otherwise" in t]
    # an untitled card's title: the French type name, its id kept in sight when it is too long
    type_band, title, *_ = drawn_texts(names_window, "m1")
    assert type_band == "PRISE DE RENDEZ-VOUS"
    assert title.startswith("Prise de") and title.endswith("vous m1"), title
    type_band, title, *_ = drawn_texts(names_window, "i1")
    assert title.startswith("Capture d") and title.endswith(" i1"), title
    assert "Aller à g1" in drawn_texts(names_window, "g1")
    # a Go To card's summary names its target as the canvas does
    assert "Saute vers Prise de rendez-vous m1" in drawn_texts(names_window, "g1")


def _live_chat_window(window: MainWindow) -> MainWindow:
    fr = Criterion(attribute="country", operator="one_of", value=["FR", "BE"])
    rules = CustomRules(rules=[Rule(criteria=[fr], team="EMEA"), Rule(agent="sam@acme.example")])
    window.controller.new_document(
        Dialog(
            name="Routing",
            start="chat",
            cards=[
                LiveChatCard(id="chat", title="Sales", routing=rules),
                LiveChatCard(id="team", title="EMEA", routing=TeamRouting(team="EMEA")),
            ],
        )
    )
    return window


def test_in_french_a_live_chat_card_says_its_routing_in_french(french, main_window) -> None:
    window = _live_chat_window(main_window)
    chat = " ".join(drawn_texts(window, "chat"))  # the summary's lines, as wrapped
    assert "Règles personnalisées (2 règles), sinon message de secours" in chat
    assert "1. le pays est parmi FR, BE → équipe" in chat  # (the card has room for one rule)
    assert "Équipe EMEA (round-robin dans l'équipe)" in " ".join(drawn_texts(window, "team"))
    assert "rule" not in chat and "country" not in chat


def test_in_english_a_live_chat_card_says_its_routing_as_it_always_did(main_window) -> None:
    window = _live_chat_window(main_window)
    chat = " ".join(drawn_texts(window, "chat"))
    assert "Custom rules (2 rules), else fallback" in chat
    assert "1. country is one of FR, BE → team" in chat
    assert "2. every visitor → agent" in chat


def test_in_english_the_canvas_reads_as_it_always_did(names_window) -> None:
    condition = drawn_texts(names_window, "c1")
    assert "→ country is one of FR, BE" in condition and "→ Otherwise" in condition
    assert "If country is one of FR, BE" in condition
    assert "Meeting booking m1" in drawn_texts(names_window, "m1")


def test_in_french_the_inspector_shows_sinon_and_french_names_in_its_lists(
    french, qtbot, names_window
) -> None:
    window = names_window
    start = window.inspector.findChild(QWidget, "start-card")
    shown = [start.combo.itemText(i) for i in range(start.combo.count())]
    assert "Prise de rendez-vous m1 (m1)" in shown and "Aller à g1 (g1)" in shown
    window.view.dialog_scene().select_cards(["g1"])
    qtbot.waitUntil(lambda: window.inspector.card_id == "g1")
    target = window.inspector.findChild(QWidget, "goto-target")
    assert target.combo.currentText() == "Prise de rendez-vous m1 (m1)"

    window.view.dialog_scene().select_cards(["c1"])
    qtbot.waitUntil(lambda: window.inspector.card_id == "c1")
    label = window.inspector.findChild(QWidget, "else-label").findChild(QLineEdit)
    assert label.text() == "Sinon"
    assert window.controller.document.card("c1").else_label == "Otherwise"  # nothing written
    # a label the marketer types is theirs: stored and shown as typed, in any language
    label.selectAll()
    qtbot.keyClicks(label, "Ailleurs")
    assert window.controller.document.card("c1").else_label == "Ailleurs"
    assert "→ Ailleurs" in drawn_texts(window, "c1")


def test_in_french_the_problems_name_untitled_cards_and_branches_in_french(
    french, names_window
) -> None:
    tree = names_window.problems.tree
    rows = [
        tuple(tree.topLevelItem(i).text(c) for c in range(3))
        for i in range(tree.topLevelItemCount())
    ]
    dead_ends = sorted(r[:2] for r in rows if r[2] == "dead-end")
    tail = f" ne mène nulle part{NBSP}: reliez-la à une carte, ou à une carte Fin."
    assert dead_ends == [
        (
            "Condition c1",
            f"L'issue {quoted('le pays est parmi FR, BE')} de {quoted('Condition c1')}" + tail,
        ),
        ("Condition c1", f"La branche {quoted('Sinon')} de {quoted('Condition c1')}" + tail),
        (
            "Objectif lost",
            f"{quoted('Objectif lost')} ne mène nulle part{NBSP}: reliez-la à la carte suivante, "
            "ou à une carte Fin.",
        ),
    ]
    english = ("Goal lost", "Meeting booking", "Otherwise", "country")
    assert not [r for r in rows if any(word in r[0] + r[1] for word in english)]


def test_a_file_saved_in_french_is_the_file_saved_in_english(french, names_window, tmp_path):
    """The UI's language never reaches the file: the default is stored as "Otherwise"."""
    controller = names_window.controller
    in_french = controller.save(tmp_path / "fr.json").read_bytes()
    translations.remove_translators()
    in_english = controller.save(tmp_path / "en.json").read_bytes()
    assert in_french == in_english
    text = in_french.decode("utf-8")
    assert '"else_label": "Otherwise"' in text
    assert "Sinon" not in text and "Prise de rendez-vous" not in text and "le pays" not in text


# --- the preview -----------------------------------------------------------------------------


def _say(qtbot, window: MainWindow, text: str) -> None:
    box = window.previews.dock.findChild(QLineEdit, "visitor-input")
    box.clear()
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def _play_to_live_chat(qtbot, window: MainWindow) -> None:
    dock = window.previews.dock
    dock.profile.set_values({"country": "FR"})
    window.previews.start.trigger()
    qtbot.mouseClick(dock.findChild(QPushButton, "answer-yes"), Qt.MouseButton.LeftButton)
    for text in ("Camille", "camille@example.fr", ""):  # the company is optional
        _say(qtbot, window, text)


def test_in_french_a_simulated_agent_types_french_and_untitled_cards_are_named_in_french(
    french, qtbot, window, workspace
) -> None:
    for email in ("ana@acme.example", "lea@acme.example"):
        workspace.edit_agent(email, simulated=True)
    window.previews.run.reply_delay = 0.01
    controller = window.controller
    controller.update_card("sales-chat", title="")
    controller.update_card("lead-captured", title="", name="")
    _play_to_live_chat(qtbot, window)
    dock = window.previews.dock
    greeting = (
        f"Bonjour Camille, merci de nous avoir contactés{NBSP}! Comment puis-je vous aider{NBSP}?"
    )
    qtbot.waitUntil(lambda: greeting in dock.chat.texts("agent"), timeout=3000)
    _say(qtbot, window, "Et le prix ?")
    second = "Bonne question. Je vérifie cela pour vous."
    qtbot.waitUntil(lambda: second in dock.chat.texts("agent"), timeout=3000)
    assert not [t for t in dock.chat.texts("agent") if t.startswith(("Hi ", "Good question"))]
    # the untitled cards the visitor went through, as the preview names them
    title = dock.chat.findChild(QLabel, "routing-title")
    assert title.text() == f"Routage à {quoted('Chat en direct sales-chat')}"
    assert any(
        t.startswith(f"★ Objectif atteint{NBSP}: Objectif lead-captured")
        for t in dock.chat.texts("note")
    )
    # the Agent inbox shows the simulated agent's lines in French too
    session = dock.run.session
    window.previews.open_inbox()
    window.previews.inbox.open_chat(session.chat)
    assert window.previews.inbox.pane.transcript.texts("agent")[:2] == [greeting, second]
    # ... while the transcript the workspace keeps stays in English, as reports are
    english = [line.text for line in session.lines if line.sender == "agent"]
    assert english == [
        "Hi Camille, thanks for reaching out! How can I help?",
        "Good question. Let me check that for you.",
    ]
