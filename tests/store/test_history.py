"""Preview transcripts and simulation runs, on every backend."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

import pytest

from designer.errors import DesignerError
from designer.store import MessageRecord, Workspace

T0 = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def test_conversation_round_trip_with_transcript(workspace: Workspace) -> None:
    paris = timezone(timedelta(hours=1))
    conversation_id = workspace.save_conversation(
        dialog="examples/talk-to-sales.json",
        outcome="assigned",
        started_at=T0.astimezone(paris),
        ended_at=T0 + timedelta(minutes=4),
        visitor={"country": "FR", "fields": {"firstName": "Léa", "email": "lea@example.fr"}},
        agent_email="Ana@Example.com",
        messages=[
            MessageRecord("bot", "Hi there! Want to talk to sales?", at=T0),
            MessageRecord("visitor", "Yes please", at=T0 + timedelta(seconds=5)),
            MessageRecord("system", "Ana joined", at=T0 + timedelta(seconds=6)),
            MessageRecord("agent", "Bonjour Léa!", at=T0 + timedelta(seconds=9), author="Ana"),
        ],
    )
    saved = workspace.conversation(conversation_id)
    assert saved is not None
    assert saved.started_at == T0 and saved.started_at.tzinfo is not None
    assert saved.ended_at == T0 + timedelta(minutes=4)
    assert saved.visitor["fields"]["firstName"] == "Léa"
    assert saved.agent_email == "ana@example.com"
    assert [m.sender for m in saved.messages] == ["bot", "visitor", "system", "agent"]
    assert saved.messages[-1].author == "Ana"
    assert workspace.conversation(conversation_id + 1000) is None


def test_list_conversations_newest_first_with_counts(workspace: Workspace) -> None:
    for minutes, dialog in ((0, "a.json"), (10, "b.json"), (5, "a.json")):
        workspace.save_conversation(
            dialog=dialog,
            outcome="fallback",
            started_at=T0 + timedelta(minutes=minutes),
            messages=[MessageRecord("bot", f"line {i}") for i in range(minutes)],
        )
    listed = workspace.list_conversations()
    assert [(c.dialog, c.message_count) for c in listed] == [
        ("b.json", 10),
        ("a.json", 5),
        ("a.json", 0),
    ]
    assert [c.message_count for c in workspace.list_conversations(dialog="a.json")] == [5, 0]
    assert len(workspace.list_conversations(limit=1)) == 1


def test_deleting_a_conversation_deletes_its_messages(workspace: Workspace) -> None:
    kept = workspace.save_conversation(
        dialog="a", outcome="ended", started_at=T0, messages=[MessageRecord("bot", "kept")]
    )
    gone = workspace.save_conversation(
        dialog="a", outcome="ended", started_at=T0, messages=[MessageRecord("bot", "gone")]
    )
    assert workspace.delete_conversation(gone) is True
    assert workspace.delete_conversation(gone) is False
    with workspace.engine.connect() as connection:
        texts = connection.exec_driver_sql("SELECT text FROM message").scalars().all()
    assert texts == ["kept"]
    assert workspace.conversation(kept) is not None


def test_bad_conversations_save_nothing(workspace: Workspace) -> None:
    with pytest.raises(DesignerError) as sender:
        workspace.save_conversation(
            dialog="a",
            outcome="ended",
            started_at=T0,
            messages=[MessageRecord("bot", "ok"), MessageRecord("robot", "no")],
        )
    assert sender.value.code == "store.invalid_sender"
    with pytest.raises(DesignerError) as not_json:
        workspace.save_conversation(
            dialog="a", outcome="ended", started_at=T0, visitor={"when": object()}
        )
    assert not_json.value.code == "store.not_json"
    assert workspace.list_conversations() == []


@dataclass(frozen=True)
class EngineLine:
    """The shape of the engine's transcript ``Line``."""

    at: datetime
    sender: str
    author: str
    text: str


def test_workspace_is_the_engines_transcript_sink(workspace: Workspace) -> None:
    lines = [
        EngineLine(T0, "bot", "Bot", "Hello"),
        EngineLine(T0 + timedelta(seconds=30), "visitor", "", "Hi"),
    ]
    conversation_id = workspace.save_transcript(
        dialog="talk.json", visitor={"country": "US"}, agent=None, outcome="ended", lines=lines
    )
    saved = workspace.conversation(conversation_id)
    assert saved is not None
    assert (saved.started_at, saved.ended_at) == (T0, T0 + timedelta(seconds=30))
    assert saved.messages[1].author is None and saved.messages[1].text == "Hi"


def test_simulation_runs_round_trip(workspace: Workspace) -> None:
    results = {
        "assignments": {"ana@example.com": 51, "bo@example.com": 49},
        "fallbacks": {"nobody available": 3},
        "drop_offs": [["card-1", 2]],
    }
    first = workspace.save_simulation_run(
        dialog="talk.json", visitors=103, seed=2**40 + 7, results=results, created_at=T0
    )
    second = workspace.save_simulation_run(dialog="other.json", visitors=10, results={})
    runs = workspace.list_simulation_runs()
    assert [run.id for run in runs] == [second, first]
    stored = workspace.simulation_run(first)
    assert stored is not None
    assert (stored.visitors, stored.seed, stored.results) == (103, 2**40 + 7, results)
    assert stored.created_at == T0
    assert [r.id for r in workspace.list_simulation_runs(dialog="talk.json")] == [first]
    assert workspace.simulation_run(9999) is None
