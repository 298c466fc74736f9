"""The engine's own sentences are templates the preview can translate, and say what they said.

Routing decisions, the conversation's end reasons and the bot's hints stay
English in transcripts, reports and the command line; beside that text each
carries the template it was worded from and its values. These tests play a
corpus of visitors that reaches every template in the engine's source and
check, for each sentence, that the English text is its template filled with
its values, so the preview's wording can never drift from the command line's.
"""

from __future__ import annotations

import ast
import string
from collections.abc import Iterator
from pathlib import Path

import pytest

from designer.engine import routing as routing_module
from designer.engine.conversation import Conversation, Flow
from designer.engine.events import (
    AgentJoined,
    BotSaid,
    ChatOffered,
    Ended,
    Event,
    NotAccepted,
    Routed,
    Transferred,
    VisitorSaid,
    Waiting,
)
from designer.engine.preview import LiveChatHub, Transfer
from designer.engine.routing import (
    DEFAULT_FALLBACK,
    AgentState,
    AgentStatus,
    Decision,
    MemoryPositions,
    Router,
    Visitor,
)
from designer.engine.tokens import check_value, refusal
from designer.model.cards import (
    Answer,
    CaptureField,
    EndCard,
    FieldKind,
    GoToCard,
    InfoCaptureCard,
    LiveChatCard,
    MeetingBookingCard,
    QuestionCard,
    Validation,
)
from designer.model.criteria import Attribute, Criterion, Operator
from designer.model.dialog import Dialog, Edge
from designer.model.routing import AgentRouting, CustomRules, RoundRobin, Rule, TeamRouting
from designer.model.wording import Wording

ENGINE = Path(routing_module.__file__).resolve().parent
MARKERS = {"wording", "_story_line"}  # what lupdate extracts (designer.ui.translations)


def _marked_calls() -> Iterator[tuple[str, ast.Call]]:
    for path in sorted(ENGINE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") in MARKERS:
                yield path.name, node


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def engine_templates() -> set[str]:
    return {call.args[0].value for _, call in _marked_calls()}  # type: ignore[attr-defined]


def test_every_engine_template_is_a_literal_naming_its_values():
    """A template built at run time would never reach the catalogue, nor the French preview."""
    calls = list(_marked_calls())
    assert {where for where, _ in calls} >= {"routing.py", "conversation.py", "tokens.py"}
    for where, call in calls:
        first = call.args[0] if call.args else None
        assert isinstance(first, ast.Constant) and isinstance(first.value, str), (
            f"{where}:{call.lineno}: the template must be a string literal"
        )
        given = {k.arg for k in call.keywords}
        assert given == _fields(first.value), f"{where}:{call.lineno}: {first.value!r}"


# --- a corpus of visitors reaching every sentence --------------------------------------------


def agent(
    name: str,
    status: AgentStatus = AgentStatus.AVAILABLE,
    *,
    live_chat: bool = True,
    max_chats: int = 2,
    active_chats: int = 0,
) -> AgentState:
    email = f"{name.lower()}@example.com"
    return AgentState(email, name, live_chat, status, max_chats, active_chats)


def people() -> list[AgentState]:
    return [
        agent("Ana"),
        agent("Bo", AgentStatus.AWAY),
        agent("Cy", AgentStatus.OFFLINE),
        agent("Di", live_chat=False),
        agent("Ed", max_chats=1, active_chats=1),
        agent("Fa", max_chats=2, active_chats=2),
    ]


def in_country(country: str, **target: str) -> Rule:
    return Rule(
        criteria=[Criterion(attribute=Attribute.COUNTRY, operator=Operator.EQUALS, value=country)],
        **target,
    )


def decisions() -> Iterator[Decision]:
    """Every kind of routing story: picked, skipped, nobody, unknown, rules matched or not."""
    teams = {
        "Busy": ["bo@example.com", "cy@example.com", "di@example.com", "ed@example.com"],
        "Mixed": ["bo@example.com", "ana@example.com"],
        "Empty": [],
    }
    r = Router(people(), teams, MemoryPositions())
    yield r.route(RoundRobin())  # skips whoever comes before Ana, picks her
    yield r.route(TeamRouting(team="Mixed"))
    yield r.route(TeamRouting(team="Busy"))  # nobody: four reasons in one sentence
    yield r.route(TeamRouting(team="Empty"))
    yield r.route(TeamRouting(team="Ghosts"))
    for email in ("ana@example.com", "fa@example.com", "ghost@example.com"):
        yield r.route(AgentRouting(agent=email))
    rules = CustomRules(
        rules=[
            in_country("FR", agent="ana@example.com"),
            in_country("BE", agent="bo@example.com"),
            in_country("DE", team="Mixed"),
        ]
    )
    for country in ("FR", "BE", "DE", "JP"):
        yield r.route(rules, Visitor(country=country))
    yield r.route(CustomRules())
    accounts = {"ana.example": "ana@example.com", "bo.example": "bo@example.com"}
    net = Router(people(), teams, MemoryPositions(), safety_net=True, accounts=accounts)
    yield net.route(AgentRouting(agent="bo@example.com"))  # the safety net picks Ana
    for domain in ("ana.example", "bo.example"):  # the account's agent, or nobody else
        yield net.route(RoundRobin(), Visitor(fields={"email": f"me@{domain}"}))
    for who in r.agents:
        who.status = AgentStatus.OFFLINE
    yield r.route(RoundRobin())  # nobody in all agents can
    yield Router([], {}, MemoryPositions()).route(RoundRobin())  # there is nobody at all


def _flow(*cards: object, edges: tuple[tuple[str, str, str], ...] = (), start: str | None = None):
    ids = [c.id for c in cards]  # type: ignore[attr-defined]
    dialog = Dialog(
        start=start if start is not None else (ids[0] if ids else None),
        cards=list(cards),  # type: ignore[arg-type]
        edges=[Edge(source=s, port=p, target=t) for s, p, t in edges],
    )
    return Flow(dialog)


def conversations() -> Iterator[list[Event]]:
    """Every way the bot ends a conversation or speaks in its own words."""
    yield Conversation(_flow(start="nowhere"), Visitor()).start()
    ask = QuestionCard(id="q", text="Well?", answers=[Answer(id="yes", label="Yes")])
    conv = Conversation(_flow(ask), Visitor())
    yield conv.start() + conv.leave()
    conv = Conversation(_flow(ask), Visitor())
    yield conv.start() + conv.choose("yes")  # output 'yes' leads nowhere
    yield Conversation(_flow(QuestionCard(id="q", text="Well?")), Visitor()).start()
    yield Conversation(_flow(GoToCard(id="g")), Visitor()).start()
    loop = (GoToCard(id="a", target="b"), GoToCard(id="b", target="a"))
    yield Conversation(_flow(*loop), Visitor()).start()
    yield Conversation(_flow(EndCard(id="e", message="Bye")), Visitor()).start()
    chat = LiveChatCard(id="c", text="One moment")
    yield Conversation(_flow(chat), Visitor()).start()  # no router: nobody set up
    nobody = Router([agent("Bo", AgentStatus.AWAY)], {}, MemoryPositions())
    yield Conversation(_flow(chat), Visitor(), nobody).start()  # the app's default fallback
    meet = MeetingBookingCard(id="m", text="Meet us?")
    conv = Conversation(_flow(meet), Visitor(), Router([agent("Ana")], {}, MemoryPositions()))
    yield conv.start() + conv.choose("no_slot")
    fields = [
        CaptureField(kind=FieldKind.CUSTOM, name="shoe_size"),
        CaptureField(kind=FieldKind.EMAIL, prompt="Email?", validation=Validation.EMAIL),
        CaptureField(kind=FieldKind.PHONE, prompt="Phone?", validation=Validation.PHONE),
    ]
    conv = Conversation(_flow(InfoCaptureCard(id="i", fields=fields)), Visitor())
    yield conv.start() + conv.reply("") + conv.reply("42") + conv.reply("not an email")


def _sentences(said: Wording) -> Iterator[Wording]:
    yield said
    for _, value in said.args:
        if isinstance(value, Wording):
            yield from _sentences(value)


def live_chats() -> Iterator[list[Event]]:
    """A preview's live chat the agent ends, one the visitor leaves, and one transferred."""
    for ending in ("agent", "visitor", "transfer"):
        agents = [agent("Ana"), agent("Sam")]
        hub = LiveChatHub(Router(agents, {}, MemoryPositions()), dialog_name="Chats")
        session = hub.open_session(_flow(LiveChatCard(id="c", text="One moment")), Visitor())
        seen: list[Event] = []
        session.subscribe(seen.append)
        session.start()
        (inbox,) = [i for i in hub.inboxes.values() if i.active()]
        (chat,) = inbox.active()
        if ending == "agent":
            inbox.close(chat)
        elif ending == "visitor":
            session.leave()
        else:
            other = next(a for a in agents if a.email != inbox.agent.email)
            assert inbox.transfer(chat, agent=other.email)
        yield seen


def _worded(events: list[Event]) -> Iterator[tuple[str, tuple[Wording, ...]]]:
    """(the English the event shows, the wordings it carries) for every worded event."""
    for event in events:
        if isinstance(event, BotSaid | VisitorSaid) and event.said is not None:
            yield event.text, (event.said,)
        elif isinstance(event, Ended) and event.said:
            yield event.reason, event.said
        elif isinstance(event, Routed):
            yield event.decision.explain(), event.decision.said
        elif isinstance(event, Transferred | NotAccepted):
            yield event.reason, event.said
        elif isinstance(event, ChatOffered | AgentJoined) and event.said is not None:
            yield event.said.text, (event.said,)
        elif isinstance(event, Waiting):
            for choice in event.prompt.choices:
                if choice.said is not None:
                    yield choice.label, (choice.said,)


def offered_chats() -> Iterator[list[Event] | Transfer]:
    """Offers declined or timed out from every kind of pool, and transfers done or refused."""
    rules = CustomRules(rules=[in_country("FR", agent="ana@example.com")])
    cards = [
        TeamRouting(team="Duo"),  # Ana declines, Bo is offered, then does not accept in time
        RoundRobin(),  # the next among all agents
        TeamRouting(team="Solo"),  # nobody else in the team
        AgentRouting(agent="ana@example.com"),  # the card names only Ana
        rules,  # the rule names only Ana
        RoundRobin(),  # the account's agent only
        RoundRobin(),  # nobody else among all agents: Bo and Cy are away
    ]
    teams = {"Duo": ["ana@example.com", "bo@example.com"], "Solo": ["ana@example.com"]}
    for n, routing in enumerate(cards):
        away = AgentStatus.AWAY if n == 6 else AgentStatus.AVAILABLE
        trio = [agent("Ana"), agent("Bo", away), agent("Cy", away)]
        accounts = {"ana.example": "ana@example.com"} if n == 5 else None
        hub = LiveChatHub(Router(trio, teams, MemoryPositions(), accounts=accounts))
        fields = {"email": "me@ana.example"} if n == 5 else {}
        session = hub.open_session(
            _flow(LiveChatCard(id="c", routing=routing)), Visitor(country="FR", fields=fields)
        )
        seen: list[Event] = []
        session.subscribe(seen.append)
        session.start()
        hub.inboxes[session.chat.agent.email].decline(session.chat)  # type: ignore[union-attr]
        if session.chat is not None and session.chat.offered:
            hub.offers.not_accepted(session.chat, timed_out=True)
        yield seen
    # transfers refused, then to an agent and to a team whose only other member declines
    trio = [agent("Ana"), agent("Bo"), agent("Cy", AgentStatus.AWAY)]
    hub = LiveChatHub(Router(trio, teams, MemoryPositions()))
    card = LiveChatCard(id="c", routing=AgentRouting(agent="ana@example.com"))
    session = hub.open_session(_flow(card), Visitor())
    seen = []
    session.subscribe(seen.append)
    session.start()
    ana, bo = hub.inboxes["ana@example.com"], hub.inboxes["bo@example.com"]
    chat = session.chat
    assert chat is not None
    ana.accept(chat)
    yield ana.try_transfer(chat, agent="cy@example.com")  # Cy is away
    yield ana.try_transfer(chat, agent="nobody@example.com")
    yield ana.try_transfer(chat, agent="ana@example.com")
    yield ana.try_transfer(chat, agent="bo@example.com")
    yield ana.try_transfer(chat, team="Duo")  # one is waiting already
    bo.decline(chat.transfer)  # type: ignore[arg-type]
    hub.router.positions.set("team:Duo", "bo@example.com")  # Ana is next: she sends it
    yield ana.try_transfer(chat, team="Duo")
    bo.decline(chat.transfer)  # type: ignore[arg-type]
    bo.agent.status = AgentStatus.AWAY
    yield ana.try_transfer(chat, team="Duo")  # nobody else in the team
    yield seen


def corpus() -> list[tuple[str, tuple[Wording, ...]]]:
    found = [(d.explain(), d.said) for d in decisions()]
    for events in (*conversations(), *live_chats()):
        found += _worded(events)
    for offered in offered_chats():
        if isinstance(offered, Transfer):
            found.append((offered.reason, offered.said))
        else:
            found += _worded(offered)
    for validation, value in (("email", "nope"), ("phone", "call me")):
        said = refusal(validation, value)
        assert said is not None
        found.append((check_value(validation, value) or "", (said,)))
    return found


def test_each_sentence_is_its_template_filled_with_its_values():
    for english, said in corpus():
        assert english == "\n".join(line.text for line in said)
        for sentence in (s for line in said for s in _sentences(line)):
            values = dict(sentence.args)
            assert set(values) == _fields(sentence.template), sentence
            assert sentence.text == sentence.template.format_map(values), sentence


def test_the_corpus_reaches_every_template_of_the_engine():
    """So the test above holds for every sentence lupdate extracts, not only for some."""
    reached = {s.template for _, said in corpus() for line in said for s in _sentences(line)}
    missing = engine_templates() - reached
    assert not missing, sorted(missing)


@pytest.mark.parametrize(
    ("state", "template"),
    [
        (agent("Bo", AgentStatus.AWAY), "is away"),
        (agent("Di", live_chat=False), "has no Live Chat permission"),
        (agent("Ed", max_chats=1, active_chats=1), "is at their limit of {n} chat"),
        (agent("Fa", max_chats=3, active_chats=3), "is at their limit of {n} chats"),
    ],
)
def test_why_an_agent_cannot_chat_is_one_clause_in_english_and_as_a_template(state, template):
    said = state.unavailability()
    assert said is not None and said.template == template
    assert state.ineligibility() == said.text
    assert agent("Ana").unavailability() is None and agent("Ana").ineligibility() is None


def test_a_skipped_agents_clause_is_translated_inside_the_sentence():
    """'Skipped Bo, who is away.' keeps 'is away' as a wording of its own, not as English text."""
    r = Router([agent("Bo", AgentStatus.AWAY), agent("Ana")], {}, MemoryPositions())
    skipped, picked = r.route(RoundRobin()).said
    assert skipped.template == "Skipped {agent}, who {reason}."
    assert dict(skipped.args)["agent"] == "Bo"
    assert dict(skipped.args)["reason"].template == "is away"  # type: ignore[union-attr]
    assert picked.text == "Picked Ana: next in round-robin order among all agents."


def test_the_story_is_worded_only_when_read_and_the_english_is_unchanged():
    """The simulator routes without reading the story; the CLI and reports read the English."""
    rules = CustomRules(rules=[in_country("JP", agent="ghost@example.com")])
    decision = Router([agent("Ana")], {}, MemoryPositions()).route(rules, Visitor(country="JP"))
    assert "said" not in vars(decision)  # nothing worded yet
    assert decision.reason(-2) == "Agent ghost@example.com is not in the workspace."
    assert decision.reasons == (
        "Rule 1 matched: country is JP → agent ghost@example.com.",
        "Agent ghost@example.com is not in the workspace.",
        "The visitor gets the fallback message.",
    )
    assert decision.fallback_message == DEFAULT_FALLBACK


def test_the_bots_own_lines_carry_their_wording_and_the_dialogs_lines_do_not():
    fields = [CaptureField(kind=FieldKind.CUSTOM, name="shoe_size")]
    card = InfoCaptureCard(id="i", consent="We keep this private.", fields=fields)
    events = Conversation(_flow(card), Visitor()).start()
    consent, asked = (e for e in events if isinstance(e, BotSaid))
    assert consent.text == "We keep this private." and consent.said is None
    assert asked.text == "What is your shoe size?"
    assert asked.said is not None and asked.said.template == "What is your {field}?"
