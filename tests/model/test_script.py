"""The readable script: every conversation path with exactly the lines a reviewer needs."""

from __future__ import annotations

from designer.model.cards import (
    ActionCard,
    Answer,
    CaptureField,
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
from designer.model.criteria import Attribute, Criterion, Operator
from designer.model.dialog import Dialog, Edge
from designer.model.routing import CustomRules, Rule, TeamRouting
from designer.model.script import (
    ConversationPath,
    EndingKind,
    StepKind,
    conversation_paths,
    script_markdown,
)


def edge(source: str, port: str, target: str) -> Edge:
    return Edge(source=source, port=port, target=target)


def talk_to_sales() -> Dialog:
    """Message -> Question Yes/No -> Yes: Info Capture -> Live Chat; No: Message -> End."""
    rules = CustomRules(
        rules=[
            Rule(
                criteria=[
                    Criterion(
                        attribute=Attribute.COUNTRY, operator=Operator.ONE_OF, value=["FR", "BE"]
                    )
                ],
                team="EMEA",
            ),
            Rule(
                criteria=[Criterion(attribute=Attribute.COUNTRY, value="US")], agent="sam@acme.test"
            ),
        ]
    )
    cards = [
        MessageCard(id="hello", text='Hi {{lead.firstName:"there"}}!', poke="Questions?"),
        QuestionCard(
            id="ask",
            text="Would you like to chat with someone from sales?",
            answers=[Answer(id="yes", label="Yes"), Answer(id="no", label="No")],
        ),
        InfoCaptureCard(
            id="details",
            consent="We keep your details private.",
            fields=[
                CaptureField(kind="first_name", prompt="Your first name?"),
                CaptureField(kind="email", prompt="Thanks {{first_name}}! Your email?"),
                CaptureField(kind="company", prompt="Your company?", required=False),
            ],
        ),
        LiveChatCard(
            id="chat",
            title="Sales rep",
            text="Connecting you…",
            routing=rules,
            fallback_message="We will email you.",
        ),
        MessageCard(id="bye", text="No problem."),
        EndCard(id="end", message="Have a great day!"),
    ]
    edges = [
        edge("hello", "next", "ask"),
        edge("ask", "yes", "details"),
        edge("ask", "no", "bye"),
        edge("details", "next", "chat"),
        edge("bye", "next", "end"),
    ]
    return Dialog(
        name="Talk to sales", description="Pricing page.", start="hello", cards=cards, edges=edges
    )


def lines(path: ConversationPath) -> list[str]:
    return [f"{s.kind.value}: {s.text}" for s in path.steps]


def test_talk_to_sales_has_exactly_two_paths_with_every_line() -> None:
    result = conversation_paths(talk_to_sales())
    assert result.omitted == 0 and result.problem is None
    yes, no = result.paths
    assert yes.title == "Yes → Sales rep"
    assert lines(yes) == [
        "note: Poke beside the chat icon: Questions?",
        'bot: Hi {{lead.firstName:"there"}}!',
        "bot: Would you like to chat with someone from sales?",
        'visitor: clicks "Yes"',
        "bot: We keep your details private.",
        "bot: Your first name?",
        "visitor: types their first name",
        "bot: Thanks {{first_name}}! Your email?",
        "visitor: types their email",
        "bot: Your company?",
        "visitor: types their company (optional)",
        "bot: Connecting you…",
        "live_chat: hands the visitor to a live agent: Custom rules (2 rules), else fallback",
    ]
    assert yes.steps[-1].details == (
        "country is one of FR, BE → team EMEA",
        "country is US → agent sam@acme.test",
        'No rule matches or nobody is available: the bot says "We will email you."',
    )
    assert yes.ending.kind is EndingKind.LIVE_CHAT and yes.ending.card_id == "chat"
    assert no.title == "No → End"
    assert lines(no)[3:] == ['visitor: clicks "No"', "bot: No problem.", "bot: Have a great day!"]
    assert no.ending.kind is EndingKind.END


def test_markdown_names_paths_and_numbers_steps() -> None:
    text = script_markdown(talk_to_sales())
    assert text.startswith("# Talk to sales\n\nPricing page.\n\n2 conversation paths.\n")
    assert "## Path 1 — Yes → Sales rep\n" in text
    assert "## Path 2 — No → End\n" in text
    assert '2. **Bot:** Hi {{lead.firstName:"there"}}!\n' in text
    assert '4. **Visitor:** clicks "Yes"\n' in text
    assert "    - country is one of FR, BE → team EMEA\n" in text
    assert "7. *The conversation ends.*\n" in text
    assert text == script_markdown(talk_to_sales())  # deterministic


def test_multi_line_bot_text_stays_in_its_list_item() -> None:
    dialog = Dialog(
        start="m",
        cards=[MessageCard(id="m", text="One\nTwo"), EndCard(id="e")],
        edges=[edge("m", "next", "e")],
    )
    assert "1. **Bot:** One\n   Two\n2. *The conversation ends.*" in script_markdown(dialog)


def test_goto_loop_stops_and_says_where_it_goes_back() -> None:
    dialog = Dialog(
        start="menu",
        cards=[
            QuestionCard(
                id="menu",
                title="Menu",
                text="Pick one",
                answers=[Answer(id="again", label="Again"), Answer(id="stop", label="Stop")],
            ),
            GoalCard(id="goal", name="Looped", score=1),
            GoToCard(id="back", target="menu"),
            EndCard(id="end"),
        ],
        edges=[
            edge("menu", "again", "goal"),
            edge("goal", "next", "back"),
            edge("menu", "stop", "end"),
        ],
    )
    again, stop = conversation_paths(dialog).paths
    assert again.ending.kind is EndingKind.LOOP
    assert again.title == "Again → back to 'Menu'"
    assert again.ending.text == "The conversation goes back to 'Menu'."
    assert lines(again)[-2:] == ["note: Goal reached: Looped (score 1)", "note: Goes to 'Menu'"]
    assert stop.title == "Stop → End"


def test_dead_ends_say_the_conversation_stops() -> None:
    dialog = Dialog(
        start="q",
        cards=[
            QuestionCard(
                id="q", text="?", answers=[Answer(id="a", label="A"), Answer(id="b", label="B")]
            ),
            MessageCard(id="m", text="Hi"),
            GoToCard(id="g"),
        ],
        edges=[edge("q", "b", "m"), edge("m", "next", "gone")],
    )
    a, b = conversation_paths(dialog).paths
    assert a.ending.kind is EndingKind.DEAD_END
    assert a.ending.text == "The conversation stops here: this answer leads nowhere."
    assert a.title == "A → leads nowhere"
    assert b.ending.text == (
        "The conversation stops here: this card leads to 'gone', which does not exist."
    )


def test_goto_without_target_and_question_without_answers_stop() -> None:
    goto = Dialog(start="g", cards=[GoToCard(id="g")])
    (path,) = conversation_paths(goto).paths
    assert path.ending.text == "The conversation stops here: this Go To card has no target."
    empty = Dialog(start="q", cards=[QuestionCard(id="q", text="Hm?")])
    (path,) = conversation_paths(empty).paths
    assert path.ending.text == "The conversation stops here: this Question card has no way on."


def test_condition_action_and_meeting_booking_steps() -> None:
    cond = ConditionCard(
        id="c",
        outcomes=[
            Outcome(
                id="fr",
                criteria=[
                    Criterion(
                        attribute=Attribute.COUNTRY, operator=Operator.ONE_OF, value=["FR", "BE"]
                    )
                ],
            )
        ],
        else_label="Elsewhere",
    )
    dialog = Dialog(
        start="c",
        cards=[
            cond,
            ActionCard(id="set", field="segment", value="emea"),
            MeetingBookingCard(id="meet", text="Pick a slot", routing=TeamRouting(team="EMEA")),
            EndCard(id="end", title="Done"),
        ],
        edges=[
            edge("c", "fr", "set"),
            edge("c", "else", "end"),
            edge("set", "next", "meet"),
            edge("meet", "booked", "end"),
            edge("meet", "no_slot", "end"),
        ],
    )
    booked, no_slot, elsewhere = conversation_paths(dialog).paths
    assert booked.title == "country is one of FR, BE → Booked → Done"
    assert lines(booked) == [
        "note: If country is one of FR, BE",
        "note: Sets field 'segment' to \"emea\"",
        "bot: Pick a slot",
        "meeting: offers a meeting in an agent's calendar: Team EMEA (round-robin within the team)",
        "visitor: books a meeting",
    ]
    assert no_slot.title == "country is one of FR, BE → No slot → Done"
    assert lines(no_slot)[-1] == "note: No meeting slot suits the visitor"
    assert lines(elsewhere) == ["note: Elsewhere (not: country is one of FR, BE)"]
    assert booked.steps[3].kind is StepKind.MEETING


def test_answer_values_free_text_and_picklists_are_described() -> None:
    dialog = Dialog(
        start="q",
        cards=[
            QuestionCard(
                id="q",
                text="Topic?",
                answers=[Answer(id="seo", label="Search Engine Optimization", value="SEO")],
                allow_free_text=True,
                store_in_field="topic",
            ),
            InfoCaptureCard(
                id="i",
                fields=[CaptureField(kind="custom", name="team_size", options=["1-10", "11+"])],
            ),
            EndCard(id="e"),
        ],
        edges=[edge("q", "seo", "i"), edge("q", "free_text", "e"), edge("i", "next", "e")],
    )
    seo, typed = conversation_paths(dialog).paths
    assert lines(seo)[1:] == [
        'visitor: clicks "Search Engine Optimization" (stored as "SEO" in \'topic\')',
        "visitor: picks their team size from: 1-10, 11+",
    ]
    assert typed.title == "Typed answer → End"
    assert lines(typed)[1] == "visitor: types a free-text answer (stored in 'topic')"


def test_path_limit_counts_the_rest() -> None:
    # Ten yes/no questions in a row: 2**10 = 1024 paths.
    cards = [
        QuestionCard(
            id=f"q{i}", text=f"Q{i}", answers=[Answer(id="y", label="Y"), Answer(id="n", label="N")]
        )
        for i in range(10)
    ]
    edges = [edge(f"q{i}", port, f"q{i + 1}") for i in range(9) for port in ("y", "n")]
    edges += [edge("q9", port, "end") for port in ("y", "n")]
    dialog = Dialog(start="q0", cards=[*cards, EndCard(id="end")], edges=edges)
    result = conversation_paths(dialog, limit=5)
    assert len(result.paths) == 5
    assert (result.omitted, result.omitted_at_least) == (1019, False)
    assert result.omitted_sentence() == "1019 more paths were not listed"
    text = script_markdown(dialog, limit=5)
    assert "1024 conversation paths." in text
    assert "## Path 6" not in text
    assert "*1019 more paths were not listed (the script lists 5).*" in text


def test_path_explosion_beyond_the_budget_says_more_than() -> None:
    # 2**40 paths: far beyond any budget, counted as "more than N".
    n = 40
    cards = [
        QuestionCard(
            id=f"q{i}", text="?", answers=[Answer(id="y", label="Y"), Answer(id="n", label="N")]
        )
        for i in range(n)
    ]
    edges = [edge(f"q{i}", p, f"q{i + 1}") for i in range(n - 1) for p in ("y", "n")]
    edges += [edge(f"q{n - 1}", p, "end") for p in ("y", "n")]
    dialog = Dialog(start="q0", cards=[*cards, EndCard(id="end")], edges=edges)
    result = conversation_paths(dialog, limit=3)
    assert len(result.paths) == 3 and result.omitted_at_least
    assert result.omitted_sentence().startswith("more than ")
    assert script_markdown(dialog, limit=3).count("## Path") == 3


def test_a_deep_dialog_does_not_hit_the_recursion_limit() -> None:
    n = 5000
    cards = [MessageCard(id=f"m{i}", text=f"line {i}") for i in range(n)]
    edges = [edge(f"m{i}", "next", f"m{i + 1}") for i in range(n - 1)]
    dialog = Dialog(
        start="m0",
        cards=[*cards, EndCard(id="end")],
        edges=[*edges, edge(f"m{n - 1}", "next", "end")],
    )
    (path,) = conversation_paths(dialog).paths
    assert len(path.steps) == n and path.ending.kind is EndingKind.END


def test_missing_start_is_said_not_raised() -> None:
    assert conversation_paths(Dialog()).problem == (
        "The dialog has no start card, so no conversation begins."
    )
    result = conversation_paths(Dialog(start="nope", cards=[EndCard(id="end")]))
    assert result.paths == () and "'nope' does not exist" in (result.problem or "")
    assert "*The start card 'nope' does not exist" in script_markdown(Dialog(start="nope"))
