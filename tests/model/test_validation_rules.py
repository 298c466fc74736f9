"""Every validation code: one dialog that produces it and a close variant that does not.

Each case edits the clean "talk to sales" dialog (see conftest.py), so a case
reads as the one mistake a marketer would make.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from designer.model.cards import (
    ActionCard,
    Answer,
    CaptureField,
    ConditionCard,
    GoToCard,
    MessageCard,
    Outcome,
    QuestionCard,
)
from designer.model.criteria import Attribute, Criterion, Operator
from designer.model.dialog import Dialog, Edge
from designer.model.routing import CustomRules, Rule
from designer.model.validation import CODES, StaticDirectory, validate

Edit = Callable[[Dialog], Dialog]


def same(d: Dialog) -> Dialog:
    return d


def edit(card_id: str, **changes: object) -> Edit:
    """Change properties of one card (validated, as the editor would)."""

    def apply(d: Dialog) -> Dialog:
        cards = [
            type(c).model_validate({**c.model_dump(), **_dump(changes)}) if c.id == card_id else c
            for c in d.cards
        ]
        return d.model_copy(update={"cards": cards})

    return apply


def _dump(changes: dict[str, object]) -> dict[str, object]:
    return {k: v.model_dump() if hasattr(v, "model_dump") else v for k, v in changes.items()}


def link(*links: tuple[str, str, str]) -> Edit:
    """Add edges, even ones the editor would refuse (files can hold them)."""

    def apply(d: Dialog) -> Dialog:
        new = [Edge(source=s, port=p, target=t) for s, p, t in links]
        return d.model_copy(update={"edges": [*d.edges, *new]})

    return apply


def unlink(source: str, port: str) -> Edit:
    def apply(d: Dialog) -> Dialog:
        edges = [e for e in d.edges if e.key != (source, port)]
        return d.model_copy(update={"edges": edges})

    return apply


def add(*cards: object) -> Edit:
    def apply(d: Dialog) -> Dialog:
        return d.model_copy(update={"cards": [*d.cards, *cards]})

    return apply


def _picklist(check: str, options: list[str]) -> dict[str, object]:
    """An Info Capture field offered as buttons, with a check on the value."""
    kind = check if check != "none" else "email"
    return {"kind": kind, "validation": check, "options": options}


def start(card_id: str | None) -> Edit:
    return lambda d: d.model_copy(update={"start": card_id})


def then(*edits: Edit) -> Edit:
    def apply(d: Dialog) -> Dialog:
        for e in edits:
            d = e(d)
        return d

    return apply


def rules(*pairs: tuple[list[Criterion], str]) -> CustomRules:
    """Custom rules from (criteria, target) pairs; a target with '@' is an agent."""
    return CustomRules(
        rules=[
            Rule(criteria=c, agent=t) if "@" in t else Rule(criteria=c, team=t) for c, t in pairs
        ]
    )


FR_BE = Criterion(attribute=Attribute.COUNTRY, operator=Operator.ONE_OF, value=["FR", "BE"])
FR = Criterion(attribute=Attribute.COUNTRY, value="FR")
CLOSED = [Criterion(attribute=Attribute.AGENTS_AVAILABLE, value="no")]


@dataclass(frozen=True)
class Case:
    name: str
    code: str
    bad: Edit
    good: Edit = same
    card: str | None = "-"
    """The card the problem must name; "-" skips the check."""


# A small loop, reached from "Maybe later": Menu -> Again (Go To) -> Menu.
_loop = then(
    add(MessageCard(id="menu", title="Menu", text="Anything else?")),
    unlink("later", "next"),
    link(("later", "next", "menu"), ("menu", "next", "again")),
)

CASES = [
    Case("no start", "no-start", start(None), card=None),
    Case("unknown start", "unknown-start", start("ghost"), card=None),
    Case(
        "duplicate id",
        "duplicate-id",
        add(MessageCard(id="later", title="Copy", text="x")),
        then(
            add(MessageCard(id="later2", title="Copy", text="x")), link(("later2", "next", "bye"))
        ),
        card="later",
    ),
    Case(
        "edge to unknown card",
        "edge-unknown-card",
        then(unlink("later", "next"), link(("later", "next", "ghost"))),
        card="later",
    ),
    Case(
        "edge from unknown card",
        "edge-unknown-card",
        link(("ghost", "next", "bye")),
        card="bye",
    ),
    Case("unknown port", "edge-unknown-port", link(("ask", "maybe", "later")), card="ask"),
    Case(
        "edge leaving an End card",
        "edge-unknown-port",
        link(("bye", "next", "welcome")),
        card="bye",
    ),
    Case("two edges from one port", "duplicate-edge", link(("ask", "yes", "later")), card="ask"),
    Case(
        "edge leaving a Live Chat card",
        "live-chat-not-last",
        link(("chat", "next", "bye")),
        card="chat",
    ),
    Case("answer leads nowhere", "dead-end", unlink("ask", "no"), card="ask"),
    Case("else leads nowhere", "dead-end", unlink("open", "else"), card="open"),
    Case(
        "question without answers",
        "no-answers",
        then(edit("ask", answers=[]), unlink("ask", "yes"), unlink("ask", "no")),
        then(
            edit("ask", answers=[], allow_free_text=True),
            unlink("ask", "yes"),
            unlink("ask", "no"),
            link(("ask", "free_text", "details")),
        ),
        card="ask",
    ),
    Case(
        "go to without target",
        "goto-no-target",
        then(_loop, add(GoToCard(id="again", title="Again"))),
        then(_loop, add(GoToCard(id="again", title="Again", target="welcome"))),
        card="again",
    ),
    Case(
        "go to unknown card",
        "goto-unknown-target",
        then(_loop, add(GoToCard(id="again", title="Again", target="ghost"))),
        then(_loop, add(GoToCard(id="again", title="Again", target="welcome"))),
        card="again",
    ),
    Case("poke not on the start card", "poke-not-first", edit("ask", poke="Hi!"), card="ask"),
    Case(
        "condition without outcomes",
        "condition-no-outcomes",
        then(edit("open", outcomes=[]), unlink("open", "available")),
        card="open",
    ),
    Case(
        "empty message",
        "empty-text",
        edit("later", text=" "),
        edit("later", text="See you."),
        card="later",
    ),
    Case("empty question", "empty-text", edit("ask", text=""), card="ask"),
    Case(
        "an option its own field's check refuses",
        "option-refused",
        edit("details", fields=[_picklist("email", ["Skip", "ana@acme.example"])]),
        edit("details", fields=[_picklist("none", ["Skip", "ana@acme.example"])]),
        card="details",
    ),
    Case(
        "a phone option that is no phone number",
        "option-refused",
        edit("details", fields=[_picklist("phone", ["Call me", "+33 1 23 45 67 89"])]),
        edit("details", fields=[_picklist("phone", ["+33 1 23 45 67 89"])]),
        card="details",
    ),
    Case(
        "unreachable card",
        "unreachable",
        then(add(MessageCard(id="lost", title="Lost", text="x")), link(("lost", "next", "bye"))),
        then(
            add(MessageCard(id="lost", title="Lost", text="x")),
            unlink("later", "next"),
            link(("later", "next", "lost"), ("lost", "next", "bye")),
        ),
        card="lost",
    ),
    Case(
        "live chat without a question",
        "no-question-before-live-chat",
        then(unlink("welcome", "next"), link(("welcome", "next", "details"))),
        card="chat",
    ),
    Case(
        "live chat without info capture",
        "no-info-capture-before-live-chat",
        then(unlink("ask", "yes"), link(("ask", "yes", "open"))),
        card="chat",
    ),
    Case(
        "email optional",
        "no-info-capture-before-live-chat",
        edit(
            "details",
            fields=[
                CaptureField(kind="first_name"),
                CaptureField(kind="email", required=False),
            ],
        ),
        edit("details", fields=[CaptureField(kind="first_name"), CaptureField(kind="email")]),
        card="chat",
    ),
    Case(
        "live chat on the else branch",
        "no-availability-check",
        then(
            unlink("open", "available"),
            unlink("open", "else"),
            link(("open", "available", "later"), ("open", "else", "chat")),
        ),
        card="chat",
    ),
    Case(
        "live chat behind 'agents available is no'",
        "no-availability-check",
        edit("open", outcomes=[Outcome(id="available", criteria=CLOSED)]),
        card="chat",
    ),
    Case(
        "go to loop without exit",
        "loop-without-exit",
        then(_loop, add(GoToCard(id="again", title="Again", target="menu"))),
        then(_loop, add(GoToCard(id="again", title="Again", target="welcome"))),
        card="again",
    ),
]


def codes(d: Dialog, directory: StaticDirectory | None) -> list[str]:
    return [p.code for p in validate(d, directory)]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_mistake_is_reported(case: Case, sales_dialog: Dialog, workspace: StaticDirectory):
    dialog = case.bad(sales_dialog)
    found = [p for p in validate(dialog, workspace) if p.code == case.code]
    assert found, f"{case.code} not reported"
    severity = CODES[case.code][0]
    assert all(p.severity is severity for p in found)
    if case.card != "-":
        assert {p.card_id for p in found} == {case.card}
    if case.card in (None, "-"):
        return
    titles = {c.display_title() for c in dialog.cards if c.id == case.card}
    assert all(any(t in p.message for t in titles) for p in found), found


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_close_variant_is_not_reported(case: Case, sales_dialog: Dialog, workspace):
    assert case.code not in codes(case.good(sales_dialog), workspace)


ROUTING_CODES = {"rule-shadowed", "no-live-chat-agent", "unknown-agent", "unknown-team"}
"""Covered by test_validation_routing.py."""


CRITERION_CODES = {"criterion-no-value", "country-not-code", "availability-not-yes-no"}
"""Covered by test_validation_criteria.py."""


def test_every_code_has_a_case():
    assert {c.code for c in CASES} == set(CODES) - ROUTING_CODES - CRITERION_CODES


def test_live_chat_with_an_edge_is_not_also_an_unknown_port(sales_dialog, workspace):
    found = codes(link(("chat", "next", "bye"))(sales_dialog), workspace)
    assert "live-chat-not-last" in found
    assert "edge-unknown-port" not in found


def test_dead_end_sentence_names_the_answer_and_the_card(sales_dialog):
    [p] = validate(unlink("ask", "no")(sales_dialog))
    assert p.message == (
        "Answer 'No' of 'Want to chat?' leads nowhere: connect it to a card, or to an End card."
    )
    assert p.path == "$.cards[1].answers[1]"


def test_fields_must_be_captured_on_every_path(sales_dialog):
    """Two branches join before the chat: one captures both fields, one only the name."""
    branch = then(
        edit(
            "ask",
            answers=[
                Answer(id="yes", label="Yes"),
                Answer(id="no", label="No"),
                Answer(id="call", label="Call me"),
            ],
        ),
        add(ActionCard(id="name", title="Name only", field="first_name", value="Friend")),
        link(("ask", "call", "name"), ("name", "next", "open")),
    )
    [p] = [p for p in validate(branch(sales_dialog)) if p.code.startswith("no-info")]
    assert "without giving their email" in p.message
    also_email = then(
        branch,
        add(
            QuestionCard(
                id="mail",
                title="Mail?",
                text="Your email?",
                allow_free_text=True,
                store_in_field="email",
            )
        ),
        unlink("name", "next"),
        link(("name", "next", "mail"), ("mail", "free_text", "open")),
    )
    assert validate(also_email(sales_dialog)) == []


def test_availability_is_an_outcome_not_a_card(sales_dialog):
    """An availability check whose outcome does not lead to the chat does not count."""
    d = then(
        add(
            ConditionCard(
                id="geo",
                title="Where from?",
                outcomes=[Outcome(id="fr", criteria=[FR])],
            )
        ),
        unlink("open", "available"),
        unlink("open", "else"),
        link(("open", "available", "bye"), ("open", "else", "geo")),
        link(("geo", "fr", "chat"), ("geo", "else", "later")),
    )(sales_dialog)
    assert "no-availability-check" in codes(d, None)


def test_end_card_is_an_exit_for_loops(sales_dialog):
    d = then(_loop, add(GoToCard(id="again", title="Again", target="menu")))(sales_dialog)
    d = edit("menu", text="Anything else?")(d)
    d = then(
        unlink("menu", "next"),
        add(
            QuestionCard(
                id="more",
                title="More?",
                text="More?",
                answers=[Answer(id="y", label="Yes"), Answer(id="n", label="No")],
            ),
        ),
        link(("menu", "next", "more"), ("more", "y", "again"), ("more", "n", "bye")),
    )(d)
    assert validate(d) == []


def test_a_refused_option_names_its_place_and_says_what_to_do(sales_dialog):
    d = edit("details", fields=[_picklist("email", ["ana@acme.example", "Skip"])])(sales_dialog)
    (found,) = [p for p in validate(d) if p.code == "option-refused"]
    assert found.path.endswith(".fields[0].options[1]")
    assert found.message == (
        "Option 'Skip' of the 'email' field in 'Your details' is not an email address, "
        "which the field checks: visitors who press it are asked again. "
        "Change the option, or the field's check."
    )
