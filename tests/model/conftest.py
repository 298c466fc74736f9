"""Shared dialogs for model tests: the issue's "talk to sales" flow and its workspace."""

from __future__ import annotations

import pytest

from designer.model.cards import (
    Answer,
    CaptureField,
    ConditionCard,
    EndCard,
    InfoCaptureCard,
    LiveChatCard,
    MessageCard,
    Outcome,
    QuestionCard,
)
from designer.model.criteria import Attribute, Criterion, Operator
from designer.model.dialog import Dialog, Edge
from designer.model.routing import CustomRules, Rule
from designer.model.validation import AgentInfo, StaticDirectory


def talk_to_sales() -> Dialog:
    """Message -> Question Yes/No -> Yes: Info Capture -> availability -> Live Chat.

    No and the else branch go to a Message, then End. Clean: no errors, no warnings.
    """
    cards = [
        MessageCard(
            id="welcome",
            title="Welcome",
            text='Hi {{lead.firstName:"there"}}!',
            poke="Questions about pricing?",
        ),
        QuestionCard(
            id="ask",
            title="Want to chat?",
            text="Would you like to chat with someone from sales?",
            answers=[Answer(id="yes", label="Yes"), Answer(id="no", label="No")],
        ),
        InfoCaptureCard(
            id="details",
            title="Your details",
            fields=[
                CaptureField(kind="first_name", prompt="Your first name?"),
                CaptureField(kind="email", prompt="Your email?", validation="email"),
                CaptureField(kind="company", prompt="Your company?"),
            ],
        ),
        ConditionCard(
            id="open",
            title="Anyone there?",
            outcomes=[
                Outcome(
                    id="available",
                    label="Agents available",
                    criteria=[Criterion(attribute=Attribute.AGENTS_AVAILABLE, value="yes")],
                )
            ],
        ),
        LiveChatCard(
            id="chat",
            title="Talk to sales",
            routing=CustomRules(
                rules=[
                    Rule(
                        criteria=[
                            Criterion(
                                attribute=Attribute.COUNTRY,
                                operator=Operator.ONE_OF,
                                value=["FR", "BE"],
                            )
                        ],
                        team="EMEA",
                    ),
                    Rule(
                        criteria=[Criterion(attribute=Attribute.COUNTRY, value="US")],
                        agent="ann@example.com",
                    ),
                ]
            ),
            fallback_message="Everyone is busy; we will email you.",
        ),
        MessageCard(id="later", title="Maybe later", text="No problem, we are here if needed."),
        EndCard(id="bye", title="Goodbye", message="Have a nice day."),
    ]
    links = [
        ("welcome", "next", "ask"),
        ("ask", "yes", "details"),
        ("ask", "no", "later"),
        ("details", "next", "open"),
        ("open", "available", "chat"),
        ("open", "else", "later"),
        ("later", "next", "bye"),
    ]
    edges = [Edge(source=s, port=p, target=t) for s, p, t in links]
    return Dialog(name="Talk to sales", start="welcome", cards=cards, edges=edges)


def sales_workspace() -> StaticDirectory:
    """Ann may take live chats, Bob may not; EMEA has both, Night only Bob."""
    return StaticDirectory(
        [
            AgentInfo("ann@example.com", "Ann", live_chat=True),
            AgentInfo("bob@example.com", "Bob", live_chat=False),
        ],
        {"EMEA": ["ann@example.com", "bob@example.com"], "Night": ["bob@example.com"]},
    )


@pytest.fixture
def sales_dialog() -> Dialog:
    return talk_to_sales()


@pytest.fixture
def workspace() -> StaticDirectory:
    return sales_workspace()
