"""Criteria values no visitor can have: empty values, country names, availability words.

Each problem is checked for what a marketer reads and a script greps: its
code and severity, the card, the JSON path of the value to change, and the
sentence naming the fix.
"""

from __future__ import annotations

import pytest

from designer.model.cards import (
    ConditionCard,
    EndCard,
    LiveChatCard,
    MeetingBookingCard,
    Outcome,
)
from designer.model.criteria import Attribute, Criterion, Operator
from designer.model.dialog import Dialog, Edge
from designer.model.document import Document
from designer.model.routing import CustomRules, Rule
from designer.model.validation import CODES, Problem, Severity, validate
from designer.model.validation.countries import code_for, is_country_code
from designer.model.validation.live import LiveValidation
from designer.model.validation.rules_criteria import CRITERION_CODES

MINE = set(CRITERION_CODES)


def when(attribute: Attribute, value: str | list[str], op: Operator = Operator.EQUALS, **kw):
    return Criterion(attribute=attribute, operator=op, value=value, **kw)


def condition_dialog(*criteria: Criterion, label: str = "From France") -> Dialog:
    """A clean dialog but for the Condition card's one outcome testing ``criteria``."""
    return Dialog(
        start="where",
        cards=[
            ConditionCard(
                id="where",
                title="Where from?",
                outcomes=[Outcome(id="fr", label=label, criteria=list(criteria))],
            ),
            EndCard(id="end"),
        ],
        edges=[
            Edge(source="where", port="fr", target="end"),
            Edge(source="where", port="else", target="end"),
        ],
    )


def rules_dialog(*rules: list[Criterion], card: type = LiveChatCard) -> Dialog:
    """A Live Chat (or Meeting booking) card whose custom rules test ``rules``."""
    routing = CustomRules(rules=[Rule(criteria=c, team="EMEA") for c in rules])
    extra = {"title": "Talk to sales"}
    return Dialog(start="chat", cards=[card(id="chat", routing=routing, **extra)])


def found(dialog: Dialog) -> list[Problem]:
    return [p for p in validate(dialog) if p.code in MINE]


# --- the codes ----------------------------------------------------------------------------


def test_the_codes_are_registered_as_warnings():
    for code in ("criterion-no-value", "country-not-code", "availability-not-yes-no"):
        assert CODES[code][0] is Severity.WARNING


def test_a_clean_condition_and_clean_rules_have_no_problem():
    assert found(condition_dialog(when(Attribute.COUNTRY, "FR"))) == []
    dialog = rules_dialog(
        [when(Attribute.COUNTRY, ["fr", " BE", "xk"], Operator.ONE_OF)],
        [when(Attribute.AGENTS_AVAILABLE, "Yes"), when(Attribute.REGION, "Île-de-France")],
        [when(Attribute.COUNTRY, "", Operator.IS_KNOWN)],
        [when(Attribute.CITY, "Paris"), when(Attribute.PAGE_URL, "/pricing", Operator.CONTAINS)],
    )
    assert found(dialog) == []


# --- country names ------------------------------------------------------------------------


def test_a_country_name_in_an_outcome_names_its_code():
    [p] = found(condition_dialog(when(Attribute.COUNTRY, "France")))
    assert (p.code, p.severity, p.card_id) == ("country-not-code", Severity.WARNING, "where")
    assert p.path == "$.cards[0].outcomes[0].criteria[0].value"
    assert p.message == (
        "'France' is not a country code: visitors' countries are two-letter codes such as FR. "
        "Write FR in condition 1 of outcome 'From France' in 'Where from?'."
    )


def test_each_name_in_a_list_is_its_own_problem_at_its_own_place():
    dialog = rules_dialog(
        [when(Attribute.AGENTS_AVAILABLE, "yes")],
        [
            when(Attribute.CITY, "Paris"),
            when(Attribute.COUNTRY, ["FR", "Germany", "Belgique"], Operator.NOT_ONE_OF),
        ],
    )
    problems = found(dialog)
    assert [p.path for p in problems] == [
        "$.cards[0].routing.rules[1].criteria[1].value[1]",
        "$.cards[0].routing.rules[1].criteria[1].value[2]",
    ]
    assert problems[0].message == (
        "'Germany' is not a country code: visitors' countries are two-letter codes such as DE. "
        "Write DE in condition 2 of rule 2 in 'Talk to sales'."
    )
    assert "such as BE. Write BE" in problems[1].message  # a French name is recognised too


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("france", "FR"),
        ("Allemagne", "DE"),  # French
        ("Pérou", "PE"),
        ("perou", "PE"),  # accents ignored
        ("DEU", "DE"),  # alpha-3
        ("UK", "GB"),  # reserved by ISO, never a visitor's country
        ("Russia", "RU"),  # an unambiguous beginning of "Russian Federation"
        ("United States", "US"),
        ("Bolivia", "BO"),  # the usual name, not "Bolivia, Plurinational State of"
    ],
)
def test_names_and_near_misses_lead_to_the_code(typed: str, code: str):
    assert not is_country_code(typed)
    assert code_for(typed) == code
    [p] = found(condition_dialog(when(Attribute.COUNTRY, typed)))
    assert f"such as {code}. Write {code} in" in p.message


def test_something_that_names_no_country_gets_the_general_advice():
    [p] = found(condition_dialog(when(Attribute.COUNTRY, "Korea")))  # North or South?
    assert p.message == (
        "'Korea' is not a country code: visitors' countries are two-letter codes such as FR or "
        "US. Write the code of the country you mean in condition 1 of outcome 'From France' in "
        "'Where from?'."
    )
    assert code_for("Frnace") is None
    [p] = found(rules_dialog([when(Attribute.COUNTRY, "ZZ")]))
    assert p.message.endswith(
        "Write the code of the country you mean in condition 1 of rule 1 in 'Talk to sales'."
    )


def test_codes_are_accepted_in_any_case_and_kosovo_as_geolocation_gives_it():
    for code in ("FR", "fr", " us ", "XK", "GB"):
        assert is_country_code(code), code
    assert not is_country_code("UK")
    assert not is_country_code("EU")


# --- empty values ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("op", "value", "who"),
    [
        (Operator.EQUALS, "", "no visitor"),
        (Operator.ONE_OF, [], "no visitor"),
        (Operator.STARTS_WITH, "  ", "no visitor"),
        (Operator.NOT_EQUALS, "", "every visitor"),
        (Operator.NOT_ONE_OF, [" ", ""], "every visitor"),
        (Operator.NOT_CONTAINS, "", "every visitor"),
    ],
)
def test_an_empty_value_says_whom_the_condition_holds_for(op, value, who):
    criterion = when(Attribute.COUNTRY, value, op)
    [p] = found(condition_dialog(when(Attribute.CITY, "Paris"), criterion))
    assert (p.code, p.severity) == ("criterion-no-value", Severity.WARNING)
    assert p.path == "$.cards[0].outcomes[0].criteria[1].value"
    assert p.message == (
        f"Condition 2 of outcome 'From France' in 'Where from?' has no value, so it holds for "
        f"{who}: type the value to compare with, or remove the condition."
    )
    # what the sentence claims is what the engine does
    assert criterion.matches("FR") is (who == "every visitor")


def test_an_empty_value_in_a_rule_and_no_country_warning_on_top():
    [p] = found(rules_dialog([when(Attribute.COUNTRY, "")]))
    assert p.code == "criterion-no-value"
    assert p.path == "$.cards[0].routing.rules[0].criteria[0].value"
    assert p.message == (
        "Condition 1 of rule 1 in 'Talk to sales' has no value, so it holds for no visitor: "
        "type the value to compare with, or remove the condition."
    )


def test_known_and_unknown_need_no_value():
    dialog = condition_dialog(
        when(Attribute.COUNTRY, "", Operator.IS_UNKNOWN),
        when(Attribute.FIELD, "", Operator.IS_KNOWN, field="email"),
    )
    assert found(dialog) == []


# --- availability ------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["maybe", "true", "France", "1"])
def test_availability_is_yes_or_no(value: str):
    [p] = found(condition_dialog(when(Attribute.AGENTS_AVAILABLE, value), label="Online"))
    assert (p.code, p.severity) == ("availability-not-yes-no", Severity.WARNING)
    assert p.path == "$.cards[0].outcomes[0].criteria[0].value"
    assert p.message == (
        f"Condition 1 of outcome 'Online' in 'Where from?' compares live agents' availability "
        f"with '{value}', but it is only ever 'yes' or 'no': choose one of those."
    )


def test_availability_words_in_any_case_and_in_lists():
    assert found(condition_dialog(when(Attribute.AGENTS_AVAILABLE, " NO "))) == []
    dialog = rules_dialog([when(Attribute.AGENTS_AVAILABLE, ["yes", "oui"], Operator.ONE_OF)])
    [p] = found(dialog)
    assert p.path == "$.cards[0].routing.rules[0].criteria[0].value[1]"
    assert p.message == (
        "Condition 1 of rule 1 in 'Talk to sales' compares live agents' availability with "
        "'oui', but it is only ever 'yes' or 'no': choose one of those."
    )


# --- where the rules look ---------------------------------------------------------------


def test_meeting_booking_rules_are_checked_as_live_chat_rules_are():
    dialog = rules_dialog([when(Attribute.COUNTRY, "Spain")], card=MeetingBookingCard)
    assert [p.code for p in found(dialog)] == ["country-not-code"]


def test_regions_cities_and_fields_take_any_text():
    dialog = condition_dialog(
        when(Attribute.REGION, "CA"),
        when(Attribute.REGION, "Bavaria"),
        when(Attribute.FIELD, "France", field="country_name"),
    )
    assert found(dialog) == []


def test_the_sentence_is_its_template_filled_so_the_editor_can_translate_it():
    [p] = found(condition_dialog(when(Attribute.COUNTRY, "")))
    assert p.template.startswith("Condition {n} of outcome '{outcome}'")
    assert p.template.format(**{k: str(v) for k, v in p.args}) == p.message


def test_live_validation_reports_them_as_the_card_is_edited():
    doc = Document(condition_dialog(when(Attribute.COUNTRY, "FR")))
    live = LiveValidation(doc)
    assert [p for p in live.problems() if p.code in MINE] == []
    outcome = doc.card("where").outcomes[0]
    wrong = outcome.model_copy(update={"criteria": [when(Attribute.COUNTRY, "France")]})
    checked = live.cards_checked
    doc.update_card("where", outcomes=[wrong])
    problems = [p for p in live.problems() if p.code in MINE]
    assert [(p.code, p.card_id) for p in problems] == [("country-not-code", "where")]
    assert live.cards_checked == checked + 1  # only the edited card was checked again
    assert live.problems() == validate(doc.to_dialog())
