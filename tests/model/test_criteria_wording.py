"""The model's own words keep their English text and carry the wording the editor translates.

An untitled card's name, a condition's description and the default else
branch are plain English text everywhere text goes (files, the command line,
validation messages); beside it each keeps the template it was worded from,
so the French editor can say "Prise de rendez-vous m1", "le pays est FR" and
"Sinon". These tests hold the English to what it always was, byte for byte,
and check the wording is there to translate.
"""

from __future__ import annotations

import copy
import json
import pickle

import pytest

from designer.model.cards import (
    ELSE,
    ConditionCard,
    EndCard,
    MeetingBookingCard,
    Outcome,
)
from designer.model.codec import dumps_dialog, loads_dialog
from designer.model.criteria import (
    LIST_OPERATORS,
    VALUELESS_OPERATORS,
    Attribute,
    Criterion,
    Operator,
    describe_all,
)
from designer.model.dialog import Dialog, Edge
from designer.model.validation import validate
from designer.model.wording import WordedText, Wording

# How descriptions were written before they were worded: the oracle the English must match.
_OLD_NAMES = {
    Attribute.COUNTRY: "country",
    Attribute.REGION: "region",
    Attribute.CITY: "city",
    Attribute.PAGE_URL: "page URL",
    Attribute.AGENTS_AVAILABLE: "live agents available",
}
_OLD_VERBS = {
    Operator.EQUALS: "is",
    Operator.NOT_EQUALS: "is not",
    Operator.ONE_OF: "is one of",
    Operator.NOT_ONE_OF: "is not one of",
    Operator.CONTAINS: "contains",
    Operator.NOT_CONTAINS: "does not contain",
    Operator.STARTS_WITH: "starts with",
    Operator.ENDS_WITH: "ends with",
    Operator.IS_KNOWN: "is known",
    Operator.IS_UNKNOWN: "is unknown",
}


def _old_describe(c: Criterion) -> str:
    who = f"field '{c.field}'" if c.attribute is Attribute.FIELD else _OLD_NAMES[c.attribute]
    verb = _OLD_VERBS[c.operator]
    if c.operator in VALUELESS_OPERATORS:
        return f"{who} {verb}"
    shown = ", ".join(c.value) if isinstance(c.value, list) else c.value
    return f"{who} {verb} {shown}"


def _every_criterion() -> list[Criterion]:
    found = []
    for attribute in Attribute:
        field = "plan" if attribute is Attribute.FIELD else None
        for operator in Operator:
            values: list[str | list[str]]
            if operator in LIST_OPERATORS:
                values = [["FR", "BE"], ["FR"], []]
            elif operator in VALUELESS_OPERATORS:
                values = [""]
            else:
                values = ["FR", "/pricing", ""]
            for value in values:
                found.append(
                    Criterion(attribute=attribute, field=field, operator=operator, value=value)
                )
    return found


def _templates(said: Wording) -> set[str]:
    inner = (v.said if isinstance(v, WordedText) else v for _, v in said.args)
    return {said.template}.union(*(_templates(v) for v in inner if isinstance(v, Wording)))


@pytest.mark.parametrize("criterion", _every_criterion(), ids=lambda c: _old_describe(c))
def test_every_description_reads_as_before_and_keeps_its_wording(criterion: Criterion) -> None:
    described = criterion.describe()
    assert described == _old_describe(criterion)
    assert isinstance(described, WordedText)
    assert described.said == criterion.said()
    assert described.said.template.startswith("{who} ")  # a whole sentence a translation reorders
    assert described.said.text == str(described)


def test_what_is_tested_is_a_wording_of_its_own_and_the_values_stay_as_written() -> None:
    said = Criterion(
        attribute="field", field="plan", operator="one_of", value=["Pro", "Team"]
    ).said()
    assert said.template == "{who} is one of {value}"
    who, value = dict(said.args)["who"], dict(said.args)["value"]
    assert isinstance(who, Wording) and who.template == "field '{field}'"
    assert dict(who.args) == {"field": "plan"}
    assert value == "Pro, Team"  # the marketer's values are never translated


def test_several_criteria_read_a_and_b_and_none_reads_always() -> None:
    fr = Criterion(attribute="country", operator="one_of", value=["FR", "BE"])
    pro = Criterion(attribute="field", field="plan", operator="is_known")
    pricing = Criterion(attribute="page_url", operator="contains", value="/pricing")
    outcome = Outcome(id="o", criteria=[fr, pro, pricing])
    text = outcome.describe()
    assert (
        text == "country is one of FR, BE and field 'plan' is known and page URL contains /pricing"
    )
    assert isinstance(text, WordedText)
    assert _templates(text.said) >= {"{first} and {then}", "country", "{who} is known"}
    assert Outcome(id="o").describe() == "always"
    assert isinstance(Outcome(id="o").describe(), WordedText)
    labelled = Outcome(id="o", label="Europe", criteria=[fr]).describe()
    assert labelled == "Europe" and not isinstance(labelled, WordedText)  # the marketer's label
    assert describe_all([], "nobody") == "nobody"


def test_an_untitled_cards_name_is_as_before_with_its_type_name_worded() -> None:
    card = MeetingBookingCard(id="m1")
    name = card.display_title()
    assert name == "Meeting booking m1"
    assert isinstance(name, WordedText)
    kind = dict(name.said.args)["kind"]
    assert isinstance(kind, Wording) and kind.template == "Meeting booking"
    assert dict(name.said.args)["id"] == "m1"
    titled = MeetingBookingCard(id="m1", title="Book a demo").display_title()
    assert titled == "Book a demo" and not isinstance(titled, WordedText)


def test_the_else_branch_stores_otherwise_and_says_it_as_the_models_word() -> None:
    card = ConditionCard(id="c1")
    assert card.else_label == "Otherwise"
    label = dict(card.ports())[ELSE]
    assert label == "Otherwise" and isinstance(label, WordedText)
    assert label.said.template == "Otherwise"
    named = ConditionCard(id="c1", else_label="Elsewhere")
    assert dict(named.ports())[ELSE] == "Elsewhere"
    assert not isinstance(dict(named.ports())[ELSE], WordedText)
    cleared = ConditionCard(id="c1", else_label="")
    assert dict(cleared.ports())[ELSE] == ""


def _dialog() -> Dialog:
    fr = Criterion(attribute="country", operator="one_of", value=["FR", "BE"])
    return Dialog(
        start="c1",
        cards=[
            ConditionCard(id="c1", outcomes=[Outcome(id="emea", criteria=[fr])]),
            MeetingBookingCard(id="m1"),
            EndCard(id="e1"),
        ],
        edges=[Edge(source="c1", port="emea", target="m1")],
    )


def test_a_saved_file_stores_the_english_default_and_the_empty_title() -> None:
    text = dumps_dialog(_dialog())
    card = json.loads(text)["cards"][0]
    assert card["else_label"] == "Otherwise" and card["title"] == ""
    assert "Sinon" not in text and "Condition c1" not in text
    assert dumps_dialog(loads_dialog(text)) == text


def test_validation_messages_are_the_english_they_always_were() -> None:
    messages = sorted(p.message for p in validate(_dialog()))
    assert messages == [
        "No path from the start card leads to 'End e1': link it from another card, or remove it.",
        "Outcome 'Booked' of 'Meeting booking m1' leads nowhere: connect it to a card, or to an "
        "End card.",
        "Outcome 'No slot' of 'Meeting booking m1' leads nowhere: connect it to a card, or to an "
        "End card.",
        "The 'Otherwise' branch of 'Condition c1' leads nowhere: connect it to a card, or to an "
        "End card.",
    ]
    # ... and each sentence keeps the worded name and branch for the editor
    branch = next(p for p in validate(_dialog()) if "branch" in p.message)
    args = dict(branch.args)
    assert isinstance(args["branch"], WordedText) and isinstance(args["title"], WordedText)


def test_worded_text_is_text_everywhere_and_keeps_its_wording_when_copied() -> None:
    name = MeetingBookingCard(id="m1").display_title()
    assert json.dumps({"t": name}) == '{"t": "Meeting booking m1"}'
    assert f"'{name}'" == "'Meeting booking m1'" and hash(name) == hash("Meeting booking m1")
    for copied in (pickle.loads(pickle.dumps(name)), copy.deepcopy(name), copy.copy(name)):
        assert copied == name and isinstance(copied, WordedText) and copied.said == name.said
    assert type(name + "!") is str and type(name.upper()) is str  # edited text is plain text
