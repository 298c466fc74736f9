"""Every card type: its fields, its ports and the mistakes it refuses."""

from __future__ import annotations

import pytest
from pydantic import TypeAdapter, ValidationError

from designer.model.cards import (
    CARD_CLASSES,
    ELSE,
    FREE_TEXT,
    ActionCard,
    Answer,
    CaptureField,
    Card,
    ConditionCard,
    EndCard,
    GoalCard,
    GoToCard,
    InfoCaptureCard,
    LiveChatCard,
    MeetingBookingCard,
    MessageCard,
    Outcome,
    QuestionCard,
)
from designer.model.criteria import Criterion
from designer.model.routing import AgentRouting, CustomRules, Rule, TeamRouting

card_adapter = TypeAdapter(Card)


def test_question_has_one_port_per_answer_and_free_text():
    q = QuestionCard(
        id="q",
        text="Chat with sales?",
        answers=[Answer(id="yes", label="Yes"), Answer(id="no", label="No", value="N")],
        allow_free_text=True,
    )
    assert q.port_keys() == ["yes", "no", FREE_TEXT]
    assert [p.label for p in q.ports()] == ["Yes", "No", "Typed answer"]


def test_question_refuses_repeated_answer_ids_and_empty_labels():
    with pytest.raises(ValidationError, match="repeated: yes"):
        QuestionCard(id="q", answers=[Answer(id="yes", label="A"), Answer(id="yes", label="B")])
    with pytest.raises(ValidationError):
        Answer(id="a", label="")


def test_info_capture_fields_are_keyed_and_custom_ones_named():
    card = InfoCaptureCard(
        id="c",
        fields=[
            CaptureField(kind="email", prompt="Email?", validation="email"),
            CaptureField(kind="custom", name="account_id", prompt="Account?"),
        ],
    )
    assert [f.key for f in card.fields] == ["email", "account_id"]
    assert card.port_keys() == ["next"]
    with pytest.raises(ValidationError, match="custom field needs a name"):
        CaptureField(kind="custom", prompt="?")
    with pytest.raises(ValidationError, match="repeated: email"):
        InfoCaptureCard(id="c", fields=[CaptureField(kind="email"), CaptureField(kind="email")])


@pytest.mark.parametrize("cls", [LiveChatCard, GoToCard, EndCard])
def test_cards_that_end_a_branch_have_no_output(cls):
    assert cls(id="x").ports() == []
    assert cls.ends_branch


def test_live_chat_defaults_to_round_robin_and_takes_each_routing():
    assert LiveChatCard(id="l").routing.kind == "round_robin"
    for routing in (
        AgentRouting(agent="sam@acme.example"),
        TeamRouting(team="EMEA"),
        CustomRules(rules=[Rule(criteria=[], team="EMEA")]),
    ):
        assert LiveChatCard(id="l", routing=routing).routing == routing


def test_rule_names_exactly_one_target():
    with pytest.raises(ValidationError, match="exactly one target"):
        Rule(criteria=[])
    with pytest.raises(ValidationError, match="exactly one target"):
        Rule(criteria=[], agent="a@b.c", team="EMEA")


def test_condition_ports_are_outcomes_then_else():
    card = ConditionCard(
        id="c",
        outcomes=[
            Outcome(id="fr", criteria=[Criterion(attribute="country", value="FR")]),
            Outcome(id="online", label="Agents online"),
        ],
        else_label="Elsewhere",
    )
    assert card.port_keys() == ["fr", "online", ELSE]
    assert [p.label for p in card.ports()] == ["country is FR", "Agents online", "Elsewhere"]
    with pytest.raises(ValidationError, match="not 'else'"):
        ConditionCard(id="c", outcomes=[Outcome(id="else")])


def test_meeting_booking_goes_on_by_booked_or_no_slot():
    assert MeetingBookingCard(id="m").port_keys() == ["booked", "no_slot"]


def test_goal_score_is_zero_to_three():
    assert GoalCard(id="g", score=3).score == 3
    with pytest.raises(ValidationError):
        GoalCard(id="g", score=4)


def test_linear_cards_have_next():
    for card in (MessageCard(id="m"), GoalCard(id="g"), ActionCard(id="a", field="plan")):
        assert card.port_keys() == ["next"]


@pytest.mark.parametrize("bad", ["", "has space", "-lead", "x" * 65, "é"])
def test_card_ids_are_short_and_plain(bad):
    with pytest.raises(ValidationError):
        MessageCard(id=bad)


def test_unknown_properties_are_refused():
    with pytest.raises(ValidationError, match="Extra inputs"):
        card_adapter.validate_python({"type": "message", "id": "m", "txt": "typo"})


def test_union_picks_the_class_by_type_for_every_card_type():
    for name, cls in CARD_CLASSES.items():
        card = card_adapter.validate_python({"type": name, "id": "x"})
        assert type(card) is cls
        assert card.display_title().endswith(" x")


def test_texts_list_what_the_visitor_reads():
    card = LiveChatCard(id="l", text="Connecting…", fallback_message="Sorry", poke="Hi")
    assert card.texts() == ["Hi", "Connecting…", "Sorry"]
