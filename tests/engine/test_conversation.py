"""A visitor walking the example dialogs, exactly as the preview will show it."""

from __future__ import annotations

from pathlib import Path

import pytest

from designer.engine.conversation import Conversation, Flow
from designer.engine.events import (
    BotSaid,
    CardEntered,
    Ended,
    FieldCaptured,
    GoalReached,
    Outcome,
    Routed,
    VisitorSaid,
    Waiting,
)
from designer.engine.routing import AgentState, AgentStatus, MemoryPositions, Router, Visitor
from designer.model.cards import (
    Answer,
    CaptureField,
    EndCard,
    FieldKind,
    GoToCard,
    InfoCaptureCard,
    MessageCard,
    QuestionCard,
    Validation,
)
from designer.model.dialog import Dialog, Edge

EXAMPLES = Path(__file__).parents[2] / "examples"


def example(name: str) -> Flow:
    return Flow(Dialog.model_validate_json((EXAMPLES / f"{name}.json").read_text()))


def sales_router(*, emea_status: str = "available") -> Router:
    agents = [
        AgentState("ana@acme.example", "Ana", True, AgentStatus(emea_status), 3),
        AgentState("sam.rivera@acme.example", "Sam Rivera", True, AgentStatus.AVAILABLE, 3),
        AgentState("lea@acme.example", "Léa", True, AgentStatus(emea_status), 3),
    ]
    teams = {"EMEA": ["ana@acme.example", "lea@acme.example"]}
    return Router(agents, teams, MemoryPositions())


def bot_lines(events) -> list[str]:
    return [e.text for e in events if isinstance(e, BotSaid)]


def walk_to_sales(conv: Conversation) -> list:
    events = conv.start()
    events += conv.choose("yes")
    events += conv.reply("Camille")
    events += conv.reply("camille@example.fr")
    events += conv.reply("")  # company is optional
    return events


def test_french_visitor_reaches_the_emea_team():
    router = sales_router()
    conv = Conversation(example("talk-to-sales"), Visitor(country="FR"), router)
    events = walk_to_sales(conv)
    assert conv.ended.outcome is Outcome.LIVE_CHAT
    routed = next(e for e in events if isinstance(e, Routed))
    assert routed.decision.agent.email in {"ana@acme.example", "lea@acme.example"}
    assert routed.decision.rule_index == 0
    assert router.agent(routed.decision.agent.email).active_chats == 1
    assert conv.path[-1] == "sales-chat"
    assert any(isinstance(e, GoalReached) and e.score == 2 for e in events)


def test_visitor_matching_no_rule_gets_the_fallback_message():
    conv = Conversation(example("talk-to-sales"), Visitor(country="JP"), sales_router())
    events = walk_to_sales(conv)
    assert conv.ended.outcome is Outcome.FALLBACK
    assert "We'll email you within one business day." in bot_lines(events)[-1]
    assert "no rule matched" in conv.ended.reason.lower()


def test_nobody_online_takes_the_else_branch_of_the_availability_check():
    router = sales_router(emea_status="offline")
    router.agent("sam.rivera@acme.example").status = AgentStatus.AWAY
    conv = Conversation(example("talk-to-sales"), Visitor(country="FR"), router)
    events = walk_to_sales(conv)
    assert conv.ended.outcome is Outcome.ENDED
    assert "offline-note" in conv.path
    assert "We'll email camille@example.fr within one business day." in bot_lines(events)[-2]


def test_tokens_are_filled_and_defaults_used_for_unknown_visitors():
    conv = Conversation(example("talk-to-sales"), Visitor(), None)
    events = conv.start()
    assert bot_lines(events)[:2] == [
        "Questions about pricing? Chat with us!",
        "Hi there, welcome to Acme Analytics! 👋",
    ]
    known = Conversation(example("talk-to-sales"), Visitor(fields={"first_name": "Ana"}), None)
    assert "Hi Ana, welcome to Acme Analytics! 👋" in bot_lines(known.start())


def test_bad_email_is_asked_again_with_a_helpful_line():
    conv = Conversation(example("talk-to-sales"), Visitor(), None)
    conv.start()
    conv.choose("yes")
    conv.reply("Camille")
    events = conv.reply("camille at example")
    hint = next(e for e in events if isinstance(e, BotSaid))
    assert hint.hint and "email" in hint.text
    assert conv.prompt.field == "email"
    events = conv.reply("camille@example.fr")
    assert FieldCaptured("contact", "email", "camille@example.fr") in events
    assert conv.prompt.field == "company"


def test_required_field_cannot_be_skipped_and_known_fields_are_not_asked_again():
    conv = Conversation(example("talk-to-sales"), Visitor(fields={"first_name": "Ana"}), None)
    conv.start()
    events = conv.choose("yes")
    assert conv.prompt.field == "email"  # first name known: skipped
    assert "Great! What's your first name?" not in bot_lines(events)
    events = conv.reply("")
    assert "needed" in bot_lines(events)[0]


def test_answer_stores_its_value_in_the_mapped_field():
    conv = Conversation(example("talk-to-sales"), Visitor(), None)
    conv.start()
    events = conv.choose("no")
    assert FieldCaptured("ask-sales", "wants_sales", "No, just browsing") in events
    assert conv.ended.outcome is Outcome.ENDED
    assert conv.path == ["welcome", "ask-sales", "browse", "end-browse"]


def test_without_agents_the_preview_still_ends_with_the_fallback():
    conv = Conversation(example("support-desk"), Visitor(), None)
    conv.start()
    conv.choose("technical")
    conv.reply("Bo")
    conv.reply("bo@example.com")
    conv.reply("")
    # No router: the availability check says nobody is online.
    assert conv.ended.outcome is Outcome.ENDED
    assert "ticket" in conv.path


def test_dead_end_and_loops_are_reported_not_hung():
    dead = Dialog(
        start="q",
        cards=[QuestionCard(id="q", text="?", answers=[Answer(id="a", label="A")])],
    )
    conv = Conversation(Flow(dead), Visitor())
    conv.start()
    conv.choose("a")
    assert conv.ended.outcome is Outcome.DEAD_END
    assert "leads nowhere" in conv.ended.reason

    loop = Dialog(
        start="m",
        cards=[MessageCard(id="m", text="again"), GoToCard(id="g", target="m")],
        edges=[Edge(source="m", port="next", target="g")],
    )
    conv = Conversation(Flow(loop), Visitor())
    conv.start()
    assert conv.ended.outcome is Outcome.LOOP


def test_events_follow_the_cards_in_order_and_wait_for_the_visitor():
    conv = Conversation(example("talk-to-sales"), Visitor(), None)
    events = conv.start()
    assert [e.card_id for e in events if isinstance(e, CardEntered)] == ["welcome", "ask-sales"]
    assert isinstance(events[-1], Waiting)
    assert [c.label for c in events[-1].prompt.choices] == ["Yes, let's talk", "No, just browsing"]
    with pytest.raises(ValueError, match="not one of the offered answers"):
        conv.choose("maybe")
    assert conv.leave()[-1] == Ended(
        "ask-sales", Outcome.DROPPED, "the visitor left the conversation", ("welcome", "ask-sales")
    )


def _one_field(options: list[str], validation: str = "email", required: bool = True) -> Flow:
    """An Info Capture card asking one email, offered as buttons, then an End card."""
    ask = InfoCaptureCard(
        id="ask",
        fields=[
            CaptureField(
                kind=FieldKind.EMAIL,
                required=required,
                validation=Validation(validation),
                options=options,
            )
        ],
    )
    dialog = Dialog(
        start="ask",
        cards=[ask, EndCard(id="bye", message="Bye")],
        edges=[Edge(source="ask", port="next", target="bye")],
    )
    return Flow(dialog)


def test_an_option_its_field_refuses_is_hinted_and_the_same_buttons_are_offered_again():
    conv = Conversation(_one_field(["not an email", "ana@acme.example"]), Visitor())
    asked = conv.start()[-1]
    assert isinstance(asked, Waiting)
    events = conv.choose("0")
    hint = next(e for e in events if isinstance(e, BotSaid))
    assert hint.hint and "doesn't look like an email" in hint.text
    # Still waiting on the same field, and the preview is told so (it shows the buttons).
    assert conv.ended is None
    assert conv.prompt == asked.prompt
    assert events[-1] == Waiting(asked.prompt)
    events = conv.choose("1")
    assert FieldCaptured("ask", "email", "ana@acme.example") in events
    assert conv.ended.outcome is Outcome.ENDED and conv.path == ["ask", "bye"]


def test_an_empty_option_of_a_required_field_is_asked_again():
    conv = Conversation(_one_field(["", "Large"], validation="none"), Visitor())
    conv.start()
    events = conv.choose("0")
    assert "needed" in bot_lines(events)[0]
    assert isinstance(events[-1], Waiting) and conv.prompt is not None
    conv.choose("1")
    assert conv.fields["email"] == "Large" and conv.ended.outcome is Outcome.ENDED


def test_a_refused_typed_value_also_ends_with_the_field_asked_again():
    """Typed or pressed, a refused value leaves the same events: the hint, then Waiting."""
    conv = Conversation(_one_field([]), Visitor())
    asked = conv.start()[-1]
    events = conv.reply("ana at acme")
    assert [type(e) for e in events] == [VisitorSaid, BotSaid, Waiting]
    assert events[-1] == asked and conv.prompt == asked.prompt
    events = conv.reply("")
    assert [type(e) for e in events] == [VisitorSaid, BotSaid, Waiting]
    assert conv.reply("ana@acme.example")[-1].outcome is Outcome.ENDED


def test_a_question_without_answers_or_typing_ends_as_a_dead_end_saying_why():
    dialog = Dialog(start="q", cards=[QuestionCard(id="q", text="Well?")])
    conv = Conversation(Flow(dialog), Visitor())
    events = conv.start()
    assert bot_lines(events) == ["Well?"]
    assert conv.prompt is None
    assert not any(isinstance(e, Waiting) for e in events)
    assert events[-1] == Ended(
        "q", Outcome.DEAD_END, "this question offers no answer to press or type", ("q",)
    )
    assert conv.leave() == []  # over: nothing left to do
