"""Routing sees what the visitor told the bot before the hand-off, as Condition cards do.

A custom rule on a captured field ("plan is Pro -> Sam") and account routing by a
typed email used to look only at the visitor profile's fields, in the preview
and in the simulator alike: a visitor who answered "Pro" was routed as if they
had said nothing.
"""

from __future__ import annotations

from designer.engine.conversation import Conversation, Flow
from designer.engine.events import Routed
from designer.engine.profiles import Profile, ProfileMix
from designer.engine.round_robin import MemoryPositions
from designer.engine.routing import AgentState, AgentStatus, Router, Visitor
from designer.engine.simulation import Simulator
from designer.model.cards import Answer, InfoCaptureCard, LiveChatCard, QuestionCard
from designer.model.criteria import Attribute, Criterion
from designer.model.dialog import Dialog, Edge
from designer.model.routing import CustomRules, Rule

ANA, SAM = "ana@acme.example", "sam@acme.example"
PRO = Criterion(attribute=Attribute.FIELD, field="plan", value="Pro")


def agents() -> list[AgentState]:
    return [
        AgentState(ANA, "Ana", True, AgentStatus.AVAILABLE, 1000),
        AgentState(SAM, "Sam", True, AgentStatus.AVAILABLE, 1000),
    ]


def dialog() -> Dialog:
    """Which plan? -> (email) -> Live Chat: Pro customers to Sam, everyone else to Ana."""
    return Dialog(
        name="Plans",
        start="plan",
        cards=[
            QuestionCard(
                id="plan",
                text="Which plan are you on?",
                answers=[Answer(id="pro", label="Pro"), Answer(id="free", label="Free")],
                store_in_field="plan",
            ),
            InfoCaptureCard(id="who", fields=[{"kind": "email"}]),
            LiveChatCard(
                id="chat",
                routing=CustomRules(rules=[Rule(criteria=[PRO], agent=SAM), Rule(agent=ANA)]),
            ),
        ],
        edges=[
            Edge(source="plan", port="pro", target="who"),
            Edge(source="plan", port="free", target="who"),
            Edge(source="who", port="next", target="chat"),
        ],
    )


def routed_to(answer: str, email: str, **router: object) -> str | None:
    conversation = Conversation(
        Flow(dialog()), Visitor(), Router(agents(), {}, MemoryPositions(), **router)
    )
    conversation.start()
    conversation.choose(answer)
    events = conversation.reply(email)
    decision = next(e.decision for e in events if isinstance(e, Routed))
    return decision.agent.email if decision.agent else None


def test_in_the_preview_a_rule_on_an_answer_given_in_the_chat_applies() -> None:
    assert routed_to("pro", "camille@example.fr") == SAM
    assert routed_to("free", "camille@example.fr") == ANA


def test_in_the_preview_an_email_typed_in_the_chat_finds_its_account() -> None:
    accounts = {"globex.com": ANA}
    assert routed_to("pro", "camille@globex.com", accounts=accounts) == ANA  # account first
    assert routed_to("pro", "camille@example.fr", accounts=accounts) == SAM


def test_in_the_simulation_a_rule_on_an_answer_given_in_the_chat_applies() -> None:
    mix = ProfileMix(
        profiles=[
            Profile(name="Pro", answers={"plan": {"pro": 1.0}}),
            Profile(name="Free", answers={"plan": {"free": 1.0}}),
        ]
    )
    sim = Simulator(dialog(), agents(), {}, visitors=400, mix=mix, seed=3)
    report = sim.run()
    per_agent = report.to_dict()["assignments_per_agent"]
    paths = report.to_dict()["outcomes"]
    assert paths["live_chat"] == 400
    # every Pro visitor went to Sam and every Free one to Ana: both got a share
    assert per_agent[SAM] > 100 and per_agent[ANA] > 100
    assert per_agent[SAM] + per_agent[ANA] == 400
