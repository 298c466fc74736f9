"""Preview transcripts and simulation runs: what happened, kept to look back at."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func
from sqlmodel import col, select

from designer.errors import DesignerError
from designer.store.base import WorkspaceBase
from designer.store.checks import as_json, check_sender, normalize_email
from designer.store.records import (
    ConversationRecord,
    ConversationSummary,
    MessageRecord,
    SimulationRunRecord,
    TranscriptLine,
)
from designer.store.tables import MAX_SCORE, Conversation, Message, SimulationRun, utcnow


class HistoryOps(WorkspaceBase):
    """Save and read back conversations and simulation runs."""

    def save_conversation(
        self,
        *,
        dialog: str,
        outcome: str,
        started_at: datetime,
        ended_at: datetime | None = None,
        visitor: Mapping[str, Any] | None = None,
        agent_email: str | None = None,
        messages: Iterable[TranscriptLine] = (),
        score: int | None = None,
    ) -> int:
        """Store a conversation and its transcript together; return its id.

        ``dialog`` is the dialog's name or file path; ``outcome`` says how it
        ended (for example ``assigned``, ``fallback``, ``ended``, ``abandoned``);
        ``score`` is the agent's 0-3, None when not scored.
        Naive datetimes are taken as UTC.
        """
        check_score(score)
        lines = [(check_sender(m.sender), m) for m in messages]
        profile = as_json(dict(visitor or {}), "visitor profile")
        if not outcome.strip():
            raise DesignerError(
                "a conversation needs an outcome; say how it ended", code="store.no_outcome"
            )
        with self._transaction() as session:
            conversation = Conversation(
                dialog=dialog,
                started_at=started_at,
                ended_at=ended_at,
                visitor=profile,
                agent_email=normalize_email(agent_email) if agent_email else None,
                outcome=outcome.strip(),
                score=score,
            )
            session.add(conversation)
            session.flush()
            assert conversation.id is not None
            for sender, line in lines:
                session.add(
                    Message(
                        conversation_id=conversation.id,
                        at=line.at,
                        sender=sender,
                        author=line.author or None,
                        text=line.text,
                    )
                )
            return conversation.id

    def save_transcript(
        self,
        *,
        dialog: str,
        visitor: Mapping[str, object],
        agent: str | None,
        outcome: str,
        lines: Sequence[TranscriptLine],
        score: int | None = None,
    ) -> int:
        """Keep a finished preview conversation: the engine's ``TranscriptSink``.

        The conversation starts at its first line and ends at its last.
        """
        now = utcnow()
        return self.save_conversation(
            dialog=dialog,
            outcome=outcome,
            started_at=lines[0].at if lines else now,
            ended_at=lines[-1].at if lines else now,
            visitor=dict(visitor),
            agent_email=agent,
            messages=lines,
            score=score,
        )

    def score_transcript(self, conversation_id: int, score: int | None) -> None:
        """The agent scored a conversation already kept: the engine's ``TranscriptSink``."""
        self.set_conversation_score(conversation_id, score)

    def set_conversation_score(self, conversation_id: int, score: int | None) -> None:
        """Score a saved conversation 0 to 3, or clear its score with None."""
        check_score(score)
        with self._transaction() as session:
            row = session.get(Conversation, conversation_id)
            if row is None:
                raise DesignerError(
                    f"there is no saved conversation {conversation_id} to score; it may have "
                    "been deleted: refresh the History",
                    code="store.unknown_conversation",
                )
            row.score = score
            session.add(row)

    def conversation_score(self, conversation_id: int) -> int | None:
        """A saved conversation's score, None when not scored (or not there)."""
        with self._transaction() as session:
            return session.exec(
                select(Conversation.score).where(Conversation.id == conversation_id)
            ).first()

    def conversation_scores(self, conversation_ids: Iterable[int]) -> dict[int, int]:
        """The scores of those of these conversations that were scored, by id."""
        ids = list(conversation_ids)
        if not ids:
            return {}
        query = select(Conversation.id, Conversation.score).where(
            col(Conversation.id).in_(ids), col(Conversation.score).is_not(None)
        )
        with self._transaction() as session:
            return {cid: score for cid, score in session.exec(query) if cid and score is not None}

    def list_conversations(
        self, *, dialog: str | None = None, limit: int = 100
    ) -> list[ConversationSummary]:
        """The newest conversations first, optionally of one dialog."""
        counts = (
            select(Message.conversation_id, func.count().label("n"))
            .group_by(col(Message.conversation_id))
            .subquery()
        )
        query = (
            select(Conversation, counts.c.n)
            .outerjoin(counts, counts.c.conversation_id == Conversation.id)
            .order_by(col(Conversation.started_at).desc(), col(Conversation.id).desc())
            .limit(limit)
        )
        if dialog is not None:
            query = query.where(Conversation.dialog == dialog)
        with self._transaction() as session:
            return [
                ConversationSummary(
                    id=row.id or 0,
                    dialog=row.dialog,
                    started_at=row.started_at,
                    ended_at=row.ended_at,
                    agent_email=row.agent_email,
                    outcome=row.outcome,
                    message_count=count or 0,
                )
                for row, count in session.exec(query)
            ]

    def conversation(self, conversation_id: int) -> ConversationRecord | None:
        """One conversation with its transcript in order, or None."""
        with self._transaction() as session:
            row = session.get(Conversation, conversation_id)
            if row is None:
                return None
            messages = session.exec(
                select(Message)
                .where(Message.conversation_id == conversation_id)
                .order_by(col(Message.at), col(Message.id))
            )
            return ConversationRecord(
                id=conversation_id,
                dialog=row.dialog,
                started_at=row.started_at,
                ended_at=row.ended_at,
                visitor=dict(row.visitor),
                agent_email=row.agent_email,
                outcome=row.outcome,
                messages=tuple(
                    MessageRecord(sender=m.sender, text=m.text, at=m.at, author=m.author)
                    for m in messages
                ),
            )

    def delete_conversation(self, conversation_id: int) -> bool:
        """Delete a conversation and its transcript; False when there was none."""
        with self._transaction() as session:
            row = session.get(Conversation, conversation_id)
            if row is None:
                return False
            session.delete(row)
            return True

    def save_simulation_run(
        self,
        *,
        dialog: str,
        visitors: int,
        results: Mapping[str, Any],
        seed: int | None = None,
        created_at: datetime | None = None,
    ) -> int:
        """Store a simulation's parameters and results (JSON); return its id."""
        data = as_json(dict(results), "simulation results")
        with self._transaction() as session:
            run = SimulationRun(
                created_at=created_at or utcnow(),
                dialog=dialog,
                visitors=visitors,
                seed=seed,
                results=data,
            )
            session.add(run)
            session.flush()
            assert run.id is not None
            return run.id

    def list_simulation_runs(
        self, *, dialog: str | None = None, limit: int = 50
    ) -> list[SimulationRunRecord]:
        """The newest runs first, optionally of one dialog."""
        query = (
            select(SimulationRun)
            .order_by(col(SimulationRun.created_at).desc(), col(SimulationRun.id).desc())
            .limit(limit)
        )
        if dialog is not None:
            query = query.where(SimulationRun.dialog == dialog)
        with self._transaction() as session:
            return [_run(row) for row in session.exec(query)]

    def simulation_run(self, run_id: int) -> SimulationRunRecord | None:
        """One stored run, or None."""
        with self._transaction() as session:
            row = session.get(SimulationRun, run_id)
            return None if row is None else _run(row)


def check_score(score: int | None) -> None:
    """A score is a whole number from 0 to 3, or None for "not scored"."""
    if score is None:
        return
    if isinstance(score, bool) or not isinstance(score, int) or not 0 <= score <= MAX_SCORE:
        raise DesignerError(
            f"a conversation score is a whole number from 0 to {MAX_SCORE}, not {score!r}; "
            "leave it unset when the conversation is not scored",
            code="store.bad_score",
        )


def _run(row: SimulationRun) -> SimulationRunRecord:
    return SimulationRunRecord(
        id=row.id or 0,
        created_at=row.created_at,
        dialog=row.dialog,
        visitors=row.visitors,
        seed=row.seed,
        results=dict(row.results),
    )
