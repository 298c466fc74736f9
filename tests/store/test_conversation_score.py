"""The conversation score 0-3: kept with the transcript, checked, and added by migration 0003."""

from __future__ import annotations

from datetime import UTC, datetime

import alembic.command
import pytest
import sqlalchemy as sa

from designer.engine.conversation import Flow
from designer.engine.preview import LiveChatHub
from designer.engine.routing import Visitor
from designer.engine.workspace_view import router_for
from designer.errors import DesignerError
from designer.model.cards import LiveChatCard
from designer.model.dialog import Dialog
from designer.model.routing import AgentRouting
from designer.store import MessageRecord, Workspace
from designer.store import database as db

T0 = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def _save(workspace: Workspace, score: int | None = None) -> int:
    return workspace.save_transcript(
        dialog="Support",
        visitor={"country": "FR"},
        agent="ana@example.com",
        outcome="live_chat",
        lines=[MessageRecord("visitor", "Hello", at=T0)],
        score=score,
    )


def test_a_transcript_is_saved_with_its_score_or_none(workspace: Workspace) -> None:
    scored, unscored = _save(workspace, 2), _save(workspace)
    assert workspace.conversation_score(scored) == 2
    assert workspace.conversation_score(unscored) is None
    assert workspace.conversation_scores([scored, unscored, 999]) == {scored: 2}
    assert workspace.conversation_scores([]) == {}


def test_a_saved_conversation_is_scored_again_and_cleared(workspace: Workspace) -> None:
    conversation = _save(workspace)
    workspace.set_conversation_score(conversation, 3)
    assert workspace.conversation_score(conversation) == 3
    workspace.set_conversation_score(conversation, 0)
    assert workspace.conversation_score(conversation) == 0  # 0 is a score, not "unset"
    workspace.set_conversation_score(conversation, None)
    assert workspace.conversation_score(conversation) is None
    record = workspace.conversation(conversation)
    assert record is not None and [m.text for m in record.messages] == ["Hello"]


@pytest.mark.parametrize("bad", [-1, 4, 2.5, True, "2"])
def test_a_score_outside_0_to_3_is_refused_with_a_sentence(
    workspace: Workspace, bad: object
) -> None:
    with pytest.raises(DesignerError) as caught:
        _save(workspace, bad)  # type: ignore[arg-type]
    assert caught.value.code == "store.bad_score"
    assert "whole number from 0 to 3" in str(caught.value)
    assert workspace.list_conversations() == []  # nothing half-saved
    conversation = _save(workspace, 1)
    with pytest.raises(DesignerError, match="from 0 to 3"):
        workspace.set_conversation_score(conversation, bad)  # type: ignore[arg-type]
    assert workspace.conversation_score(conversation) == 1


def test_scoring_a_deleted_conversation_says_so(workspace: Workspace) -> None:
    conversation = _save(workspace)
    workspace.delete_conversation(conversation)
    with pytest.raises(DesignerError) as caught:
        workspace.set_conversation_score(conversation, 2)
    assert caught.value.code == "store.unknown_conversation"
    assert "refresh the History" in str(caught.value)


def test_the_database_itself_refuses_a_score_out_of_range(workspace: Workspace) -> None:
    """Rows written by other tools are held to 0-3 too, on every backend."""
    conversation = _save(workspace)
    with pytest.raises(sa.exc.IntegrityError), workspace.engine.begin() as connection:
        connection.exec_driver_sql(f"UPDATE conversation SET score = 7 WHERE id = {conversation}")
    assert workspace.conversation_score(conversation) is None


def _at_revision(url: str, revision: str) -> sa.Engine:
    engine = db.create_workspace_engine(url)
    config = db._alembic_config(db.SCRIPT_LOCATION)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        alembic.command.upgrade(config, revision)
    return engine


def test_upgrading_from_0002_keeps_conversations_unscored(database_url: str) -> None:
    engine = _at_revision(database_url, "0002")
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT INTO conversation (id, dialog, started_at, visitor, outcome) "
                "VALUES (1, 'Support', '2026-03-02 09:30:00', '{\"country\": \"FR\"}', 'live_chat')"
            )
            connection.exec_driver_sql(
                "INSERT INTO message (conversation_id, at, sender, text) "
                "VALUES (1, '2026-03-02 09:30:05', 'visitor', 'Hello')"
            )
        columns = {c["name"] for c in sa.inspect(engine).get_columns("conversation")}
        assert "score" not in columns
    finally:
        engine.dispose()
    with Workspace.open(database_url) as workspace:
        assert workspace.revision == "0003"
        record = workspace.conversation(1)
        assert record is not None
        assert record.visitor == {"country": "FR"}
        assert [m.text for m in record.messages] == ["Hello"]  # the rebuild cascaded nothing
        assert workspace.conversation_score(1) is None
        workspace.set_conversation_score(1, 3)
        assert workspace.conversation_score(1) == 3


def test_the_score_migration_goes_down_again(database_url: str) -> None:
    with Workspace.open(database_url) as workspace:
        conversation = _save(workspace, 2)
    engine = db.create_workspace_engine(database_url)
    try:
        config = db._alembic_config(db.SCRIPT_LOCATION)
        with engine.connect() as connection:
            if connection.dialect.name == "sqlite":  # as db.upgrade does around a rebuild
                db._raw_execute(connection, "PRAGMA foreign_keys = OFF")
            with connection.begin():
                config.attributes["connection"] = connection
                alembic.command.downgrade(config, "0002")
        assert db.current_revision(engine) == "0002"
        columns = {c["name"] for c in sa.inspect(engine).get_columns("conversation")}
        assert "score" not in columns
        with engine.connect() as connection:
            count = connection.exec_driver_sql(
                f"SELECT count(*) FROM message WHERE conversation_id = {conversation}"
            )
            assert count.scalar() == 1
    finally:
        engine.dispose()


def test_the_preview_engine_saves_the_agents_score_and_updates_it(workspace: Workspace) -> None:
    """The engine's sink is the workspace: a score set in the inbox lands in the database."""
    workspace.add_agent("Ana", "ana@acme.example", live_chat=True)
    card = LiveChatCard(
        id="chat", text="One moment.", routing=AgentRouting(agent="ana@acme.example")
    )
    hub = LiveChatHub(router_for(workspace, workspace.round_robin), transcripts=workspace)
    session = hub.open_session(Flow(Dialog(start="chat", cards=[card])), Visitor(country="FR"))
    session.start()
    chat = session.chat
    assert chat is not None
    inbox = hub.inboxes["ana@acme.example"]
    inbox.accept(chat)
    inbox.score(chat, 2)
    inbox.close(chat)
    (summary,) = workspace.list_conversations()
    assert summary.id == session.transcript
    assert workspace.conversation_score(summary.id) == 2
    inbox.score(chat, 0)  # after the end: the kept row changes, no second row appears
    assert workspace.conversation_score(summary.id) == 0
    assert len(workspace.list_conversations()) == 1
