"""Validation as a whole: the API, ordering, sentences, robustness and speed."""

from __future__ import annotations

import re
import time

import pytest

from designer.model.cards import (
    Answer,
    CaptureField,
    ConditionCard,
    EndCard,
    GoToCard,
    InfoCaptureCard,
    LiveChatCard,
    MessageCard,
    Outcome,
    QuestionCard,
)
from designer.model.criteria import Attribute, Criterion
from designer.model.dialog import Dialog, Edge
from designer.model.routing import AgentRouting
from designer.model.validation import (
    CODES,
    AgentInfo,
    Directory,
    Problem,
    Severity,
    StaticDirectory,
    validate,
)


def test_the_talk_to_sales_shape_is_clean(sales_dialog, workspace):
    assert validate(sales_dialog) == []
    assert validate(sales_dialog, workspace) == []


def test_an_empty_dialog_only_lacks_a_start():
    [p] = validate(Dialog())
    assert (p.code, p.card_id, p.path) == ("no-start", None, "$.start")


def test_codes_are_kebab_case_with_one_line_descriptions():
    for code, (severity, description) in CODES.items():
        assert re.fullmatch(r"[a-z]+(-[a-z]+)*", code)
        assert isinstance(severity, Severity)
        assert description.endswith(".") and "\n" not in description


def test_problem_is_a_value_with_a_json_form():
    p = Problem("dead-end", Severity.ERROR, "ask", "It leads nowhere.", "$.cards[1]")
    assert p.is_error
    assert not Problem("unreachable", Severity.WARNING, "x", "m").is_error
    assert p.to_dict() == {
        "code": "dead-end",
        "severity": "error",
        "card": "ask",
        "path": "$.cards[1]",
        "message": "It leads nowhere.",
    }
    with pytest.raises(AttributeError):
        p.code = "other"  # type: ignore[misc]


def test_static_directory_matches_emails_case_insensitively():
    d = StaticDirectory([AgentInfo("Ann@Example.com", "Ann", True)], {"EMEA": ["ann@example.com"]})
    assert d.agent("ann@EXAMPLE.com") == AgentInfo("Ann@Example.com", "Ann", True)
    assert d.agent("bob@example.com") is None
    assert d.team_members("EMEA") == ["ann@example.com"]
    assert d.team_members("APAC") is None
    assert [a.name for a in d.agents()] == ["Ann"]


def test_any_object_with_the_three_look_ups_is_a_directory(sales_dialog):
    class Nobody:
        def agent(self, email: str) -> AgentInfo | None:
            return None

        def team_members(self, name: str) -> list[str] | None:
            return None

        def agents(self) -> list[AgentInfo]:
            return []

    directory: Directory = Nobody()
    found = [p.code for p in validate(sales_dialog, directory)]
    assert found == ["unknown-agent", "unknown-team"]


def _messy() -> Dialog:
    """A dialog with errors and warnings on several cards, listed out of order."""
    cards = [
        MessageCard(id="m1", title="Hello", text=""),  # empty-text (warning)
        QuestionCard(id="q1", title="Chat?", text="Chat?", poke="Hey"),  # no-answers, poke
        LiveChatCard(id="lc", title="Sales chat"),  # reachable without any checks
        MessageCard(id="lost", title="Lost card", text="x"),  # unreachable, dead-end
    ]
    edges = [
        Edge(source="m1", port="next", target="lc"),
        Edge(source="ghost", port="next", target="lc"),
    ]
    return Dialog(start="m1", cards=cards, edges=edges)


def test_errors_come_first_then_card_order_then_code():
    problems = validate(_messy())
    assert [(p.severity.value, p.card_id, p.code) for p in problems] == [
        ("error", "q1", "no-answers"),
        ("error", "q1", "poke-not-first"),
        ("error", "lc", "edge-unknown-card"),
        ("error", "lost", "dead-end"),
        ("warning", "m1", "empty-text"),
        ("warning", "q1", "unreachable"),
        ("warning", "lc", "no-availability-check"),
        ("warning", "lc", "no-info-capture-before-live-chat"),
        ("warning", "lc", "no-question-before-live-chat"),
        ("warning", "lost", "unreachable"),
    ]


def test_dialog_wide_problems_come_before_card_problems():
    d = Dialog(cards=[MessageCard(id="m", text="Hi")])
    assert [p.code for p in validate(d)] == ["no-start", "dead-end"]


def test_messages_are_one_sentence_naming_the_card():
    d = _messy()
    titles = {c.id: c.display_title() for c in d.cards}
    for p in validate(d):
        assert titles[p.card_id] in p.message, p
        assert (p.message[0].isupper() or p.message[0] == "'") and p.message[-1] == ".", p
        assert ". " not in p.message and "\n" not in p.message, p
        assert ": " in p.message, p  # what is wrong: what to do


def test_untitled_cards_are_named_by_kind_and_id():
    d = Dialog(start="m", cards=[MessageCard(id="m", text="")], edges=[])
    assert all("'Message m'" in p.message for p in validate(d))


def test_duplicate_ids_and_dangling_edges_do_not_break_the_walks():
    cards = [
        MessageCard(id="a", title="First", text="x"),
        MessageCard(id="a", title="Second", text="y"),
        EndCard(id="z", title="End"),
    ]
    edges = [
        Edge(source="a", port="next", target="z"),
        Edge(source="a", port="next", target="nowhere"),
        Edge(source="z", port="next", target="a"),
    ]
    problems = validate(Dialog(start="a", cards=cards, edges=edges))
    assert [(p.code, p.path) for p in problems] == [
        ("duplicate-id", "$.cards[1].id"),
        ("edge-unknown-card", "$.edges[1]"),
        ("edge-unknown-port", "$.edges[2]"),
    ]


def _chain(n: int) -> Dialog:
    """A long, realistic flow: a repeating run of every card kind, ending in Live Chat."""
    available = [Criterion(attribute=Attribute.AGENTS_AVAILABLE, value="yes")]
    cards: list = []
    edges: list[Edge] = []
    for i in range(n - 2):
        cid = f"c{i}"
        kind = i % 5
        if kind == 0:
            cards.append(MessageCard(id=cid, text=f"Line {i}"))
        elif kind == 1:
            answers = [Answer(id="yes", label="Yes"), Answer(id="no", label="No")]
            cards.append(QuestionCard(id=cid, text="Go on?", answers=answers))
            edges.append(Edge(source=cid, port="no", target="end"))
        elif kind == 2:
            fields = [CaptureField(kind="first_name"), CaptureField(kind="email")]
            cards.append(InfoCaptureCard(id=cid, fields=fields))
        elif kind == 3:
            cards.append(ConditionCard(id=cid, outcomes=[Outcome(id="open", criteria=available)]))
            edges.append(Edge(source=cid, port="else", target="end"))
        else:
            cards.append(GoToCard(id=cid, target=f"c{i + 1}"))
        port = {1: "yes", 3: "open"}.get(kind, "next")
        if kind != 4:
            edges.append(Edge(source=cid, port=port, target=f"c{i + 1}"))
    cards[-1] = LiveChatCard(id=cards[-1].id, routing=AgentRouting(agent="ann@example.com"))
    edges = [e for e in edges if e.source != cards[-1].id]
    cards.append(EndCard(id="end"))
    return Dialog(start="c0", cards=cards, edges=edges)


def test_a_5000_card_dialog_validates_quickly(workspace):
    d = _chain(5_000)
    started = time.perf_counter()
    problems = validate(d, workspace)
    elapsed = time.perf_counter() - started
    assert problems == []
    assert elapsed < 2.0, f"validation took {elapsed:.2f} s"
