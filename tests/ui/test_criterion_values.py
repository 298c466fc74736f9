"""The criterion value editor: a value a visitor can have, whatever the attribute.

The QA pass's cases driven as a marketer does: Condition card ▸ Add outcome ▸
Add condition, Country / is / "Fran…" picked from the completer stores FR;
typing "France" and leaving the box stores FR too; live agents' availability
is a yes/no choice; each of these is one undo step.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from designer.model.codec import save_dialog
from designer.model.criteria import Attribute, Criterion, Operator
from designer.model.validation.countries import NAME_LANGUAGES
from designer.ui import translations
from designer.ui.inspector import InspectorDock
from designer.ui.inspector.criteria import CriterionRow, captured_values
from designer.ui.routing_panel import RoutingPanel
from designer.ui.value_completer import country_choices, country_text, ranked


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


def choose(combo: QComboBox, value) -> None:
    """Choose an item as the user does (index change, then ``activated``)."""
    index = combo.findData(value)
    assert index >= 0, f"{value!r} is not offered"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def offered(combo: QComboBox) -> list:
    return [combo.itemData(i) for i in range(combo.count())]


def new_condition(qtbot, dock: InspectorDock) -> CriterionRow:
    """Condition card ▸ Add outcome ▸ Add condition: "Country is …", the value box empty."""
    dock.show_card("agents-online")
    click(qtbot, dock.editor.add)
    outcome = dock.editor.outcomes.rows[-1]
    click(qtbot, outcome.criteria.add)
    row = outcome.criteria.rows.rows[0]
    assert row.attribute.currentData() == "country" and row.value.text() == ""
    return row


def criteria(controller, outcome: int = 1) -> list[Criterion]:
    return controller.document.card("agents-online").outcomes[outcome].criteria


def pick_completion(qtbot, row: CriterionRow, label: str) -> None:
    """Click ``label`` in the completer's popup, as the marketer does."""
    popup = row.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    model = popup.model()
    shown = [model.index(i, 0).data() for i in range(model.rowCount())]
    assert label in shown, shown
    index = model.index(shown.index(label), 0)
    popup.scrollTo(index)
    qtbot.mouseClick(
        popup.viewport(), Qt.MouseButton.LeftButton, pos=popup.visualRect(index).center()
    )
    qtbot.waitUntil(lambda: not popup.isVisible())


def press(qtbot, row: CriterionRow, key: Qt.Key) -> None:
    """A key pressed in the value box: the open popup gets it first, as it grabs the keyboard."""
    popup = row.completer.popup()
    qtbot.keyClick(popup if popup.isVisible() else row.value, key)


def type_in(qtbot, line: QLineEdit, text: str) -> None:
    line.setFocus()
    qtbot.keyClicks(line, text)


# --- countries ------------------------------------------------------------------------------


def test_a_country_picked_from_the_completer_is_stored_as_its_code(
    qtbot, dock, controller, tmp_path: Path
):
    row = new_condition(qtbot, dock)
    steps = controller.undo_stack.count()
    type_in(qtbot, row.value, "Fran")
    assert criteria(controller)[0].value == "Fran"  # typing is stored as it goes
    pick_completion(qtbot, row, "France (FR)")
    assert criteria(controller)[0].value == "FR"
    assert row.value.text() == "FR"
    save_dialog(controller.document.to_dialog(), tmp_path / "saved.json")
    data = json.loads((tmp_path / "saved.json").read_text(encoding="utf-8"))
    stored = next(c for c in data["cards"] if c["id"] == "agents-online")["outcomes"][1]
    assert stored["criteria"][0]["value"] == "FR"
    # typing and picking were one gesture: one undo step takes both back
    assert controller.undo_stack.count() == steps + 1
    controller.undo_stack.undo()
    assert criteria(controller)[0].value == ""
    qtbot.waitUntil(lambda: row.value.text() == "")


def test_the_code_typed_is_offered_first_then_names(qtbot, dock):
    row = new_condition(qtbot, dock)
    type_in(qtbot, row.value, "de")
    popup = row.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    shown = [popup.model().index(i, 0).data() for i in range(popup.model().rowCount())]
    assert shown[0] == "Germany (DE)"  # the code, before Denmark and the other "De…" names
    assert "Denmark (DK)" in shown
    row.value.selectAll()
    qtbot.keyClicks(row.value, "switz")
    qtbot.waitUntil(lambda: popup.model().index(0, 0).data() == "Switzerland (CH)")


def test_a_typed_country_name_becomes_its_code_when_the_box_is_left(qtbot, dock, controller):
    row = new_condition(qtbot, dock)
    steps = controller.undo_stack.count()
    type_in(qtbot, row.value, "France")
    assert criteria(controller)[0].value == "France"
    press(qtbot, row, Qt.Key.Key_Escape)  # no suggestion taken...
    assert not row.completer.popup().isVisible()
    press(qtbot, row, Qt.Key.Key_Tab)  # ... and the marketer moves on
    qtbot.waitUntil(lambda: criteria(controller)[0].value == "FR")
    assert row.value.text() == "FR"
    assert controller.undo_stack.count() == steps + 1
    controller.undo_stack.undo()
    assert criteria(controller)[0].value == ""


def test_a_country_name_is_in_the_problems_list_until_it_becomes_a_code(qtbot, main_window):
    tree = main_window.problems.tree

    def listed() -> list[tuple[str, str]]:
        items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
        return [(item.text(2), item.text(1)) for item in items]

    row = new_condition(qtbot, main_window.inspector)
    type_in(qtbot, row.value, "France")
    sentence = (
        "'France' is not a country code: visitors' countries are two-letter codes such as FR."
    )
    qtbot.waitUntil(
        lambda: any(code == "country-not-code" and sentence in said for code, said in listed())
    )
    press(qtbot, row, Qt.Key.Key_Escape)
    press(qtbot, row, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: all(code != "country-not-code" for code, _ in listed()))


def test_one_of_completes_the_last_country_of_the_list(qtbot, dock, controller):
    row = new_condition(qtbot, dock)
    choose(row.operator, "one_of")
    type_in(qtbot, row.value, "fr, Belg")
    pick_completion(qtbot, row, "Belgium (BE)")
    assert criteria(controller)[0].value == ["fr", "BE"]
    qtbot.keyClicks(row.value, ", Deutschland")  # not a name pycountry knows: left as typed
    press(qtbot, row, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: criteria(controller)[0].value == ["FR", "BE", "Deutschland"])


def test_countries_take_only_whole_value_operators(qtbot, dock, controller):
    row = new_condition(qtbot, dock)
    assert offered(row.operator) == [
        "equals",
        "not_equals",
        "one_of",
        "not_one_of",
        "is_known",
        "is_unknown",
    ]
    choose(row.attribute, "page_url")
    assert "contains" in offered(row.operator)
    choose(row.operator, "contains")
    choose(row.attribute, "country")  # "page URL contains …" becomes "country is …"
    assert criteria(controller)[0].operator is Operator.EQUALS


def test_a_file_with_another_operator_still_shows_it(qtbot, dock, controller):
    odd = Criterion(attribute=Attribute.COUNTRY, operator=Operator.CONTAINS, value="F")
    outcome = controller.document.card("agents-online").outcomes[0]
    controller.update_card(
        "agents-online", outcomes=[outcome.model_copy(update={"criteria": [odd]})]
    )
    dock.show_card("agents-online")
    row = dock.editor.outcomes.rows[0].criteria.rows.rows[0]
    assert row.operator.currentData() == "contains"
    assert offered(row.operator)[-1] == "contains"


# --- availability ---------------------------------------------------------------------------


def test_availability_is_a_yes_no_choice_and_undo_restores(qtbot, dock, controller):
    dock.show_card("agents-online")
    row = dock.editor.outcomes.rows[0].criteria.rows.rows[0]
    assert row.attribute.currentData() == "agents_available"
    assert row.value.isHidden() and not row.yes_no.isHidden()
    assert offered(row.yes_no) == ["yes", "no"]
    assert row.yes_no.currentData() == "yes"
    assert offered(row.operator) == ["equals", "not_equals"]
    choose(row.yes_no, "no")
    assert criteria(controller, 0)[0].value == "no"
    controller.undo_stack.undo()
    assert criteria(controller, 0)[0].value == "yes"
    qtbot.waitUntil(lambda: row.yes_no.currentData() == "yes")


def test_switching_a_condition_to_availability_offers_yes_no(qtbot, dock, controller):
    row = new_condition(qtbot, dock)
    choose(row.attribute, "agents_available")
    assert criteria(controller)[0] == Criterion(attribute=Attribute.AGENTS_AVAILABLE, value="yes")
    assert not row.yes_no.isHidden() and row.value.isHidden()


def test_a_value_that_is_neither_is_shown_and_listed_as_a_problem(qtbot, main_window):
    controller = main_window.controller
    maybe = Criterion(attribute=Attribute.AGENTS_AVAILABLE, value="maybe")
    outcome = controller.document.card("agents-online").outcomes[0]
    controller.update_card(
        "agents-online", outcomes=[outcome.model_copy(update={"criteria": [maybe]})]
    )
    dock = main_window.inspector
    dock.show_card("agents-online")
    row = dock.editor.outcomes.rows[0].criteria.rows.rows[0]
    assert offered(row.yes_no) == ["yes", "no", "maybe"]
    assert row.yes_no.currentText() == "maybe"
    tree = main_window.problems.tree

    def listed() -> list[str]:
        return [tree.topLevelItem(i).text(2) for i in range(tree.topLevelItemCount())]

    qtbot.waitUntil(lambda: "availability-not-yes-no" in listed())
    choose(row.yes_no, "yes")
    assert offered(row.yes_no) == ["yes", "no"]
    qtbot.waitUntil(lambda: "availability-not-yes-no" not in listed())


# --- the other attributes ---------------------------------------------------------------------


def test_each_attribute_says_what_to_type(qtbot, dock):
    row = new_condition(qtbot, dock)
    assert row.value.placeholderText() == "e.g. FR or France"
    choose(row.attribute, "page_url")
    assert row.value.placeholderText() == "e.g. /pricing"
    choose(row.operator, "one_of")
    assert row.value.placeholderText() == "e.g. /pricing, /plans"
    choose(row.attribute, "city")
    assert row.value.placeholderText() == "e.g. Paris, Lyon"
    assert row.value.completer() is None  # nothing to offer for a city


def test_a_field_offers_the_values_the_dialog_stores_in_it(qtbot, dock, controller):
    controller.update_card("ask-sales", store_in_field="wants_sales")
    row = new_condition(qtbot, dock)
    choose(row.attribute, "field")
    row.field.setFocus()
    row.field.selectAll()
    qtbot.keyClicks(row.field, "wants_sales")
    answers = [a.value or a.label for a in controller.document.card("ask-sales").answers]
    qtbot.waitUntil(lambda: row.value.placeholderText() == f"e.g. {', '.join(answers[:3])}")
    type_in(qtbot, row.value, answers[0][:2])
    pick_completion(qtbot, row, answers[0])
    assert criteria(controller)[0].value == answers[0]


def test_country_rules_in_the_routing_panel_complete_too(qtbot, controller, workspace):
    panel = RoutingPanel(controller, lambda: workspace)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    panel.show_card("sales-chat")
    row = panel.rules.rows[1].criteria.rows.rows[0]  # "country is US"
    row.value.setFocus()
    row.value.selectAll()
    qtbot.keyClicks(row.value, "Germany")
    press(qtbot, row, Qt.Key.Key_Return)

    def value() -> object:
        return controller.document.card("sales-chat").routing.rules[1].criteria[0].value

    qtbot.waitUntil(lambda: value() == "DE")
    assert row.value.text() == "DE"


# --- the pieces -------------------------------------------------------------------------------


def test_ranking_puts_the_exact_code_first():
    choices = country_choices("en")
    assert [c.value for c in ranked(choices, "us")][:1] == ["US"]
    assert [c.value for c in ranked(choices, "united k")] == ["GB"]
    assert ranked(choices, " ") == []


def test_french_names_complete_in_french_and_in_english():
    french = country_choices("fr")
    assert [c.label for c in ranked(french, "allem")] == ["Allemagne (DE)"]
    assert [c.value for c in ranked(french, "germany")] == ["DE"]


def test_typed_names_are_replaced_only_when_whole():
    assert country_text("France", listed=False) == "FR"
    assert country_text(" fr ", listed=False) == "FR"
    assert country_text("Fran", listed=False) == "Fran"  # no guessing over the marketer's text
    assert country_text("fr, Belgique,Spain", listed=True) == "FR, BE, ES"


def test_captured_values_come_from_answers_options_and_actions(controller):
    controller.update_card("ask-sales", store_in_field="wants_sales")
    values = captured_values(controller.document.cards(), "wants_sales")
    assert values == [a.value or a.label for a in controller.document.card("ask-sales").answers]
    assert captured_values(controller.document.cards(), "nothing_here") == []


def test_country_names_are_recognised_in_every_language_the_editor_ships():
    assert set(translations.LANGUAGES) - {translations.SOURCE_LANGUAGE} == set(NAME_LANGUAGES)
