"""A writer killed mid-way (SIGKILL) leaves a consistent SQLite workspace behind, every time.

A child process opens the workspace and writes without pause: each
transaction adds an agent with the one-person team it belongs to, renames an
earlier pair together, and every third one deletes an earlier pair (its
membership goes by cascade). The child is killed with SIGKILL at a random
moment (sometimes while it is still opening the workspace and checking its
schema), 30 times in a row on the same file. After each kill the database
passes SQLite's integrity and foreign-key checks, no transaction is half
there (agents, teams and memberships pair up one to one, names included), it
is still in WAL mode, and the next writer opens it and carries on.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import time
from pathlib import Path

import pytest
from sqlmodel import Session, select

from designer.store import Workspace
from designer.store.tables import Agent, Team, TeamMember

KILLS = 30


def write_forever(path: Path, ready: int) -> None:
    """The child: open the workspace, say so after the first commits, write until killed."""
    workspace = Workspace.open(str(path))
    rng = random.Random(os.getpid())
    with Session(workspace.engine) as session:
        start = (session.exec(select(Agent.id).order_by(Agent.id.desc())).first() or 0) + 1
    i = start
    while True:
        with Session(workspace.engine) as session, session.begin():
            agent = Agent(name=f"Agent {i}", email=f"agent{i}@example.com", live_chat=True)
            team = Team(name=f"Team {i}")
            session.add_all([agent, team])
            session.flush()
            session.add(TeamMember(team_id=team.id, agent_id=agent.id, position=1))
            older = session.exec(select(Agent).where(Agent.id < agent.id)).all()
            if older:
                pick = rng.choice(older)
                member = session.exec(select(TeamMember).where(TeamMember.agent_id == pick.id))
                pair = session.get(Team, member.one().team_id)
                assert pair is not None
                if i % 3 == 0:  # the membership row goes by cascade
                    session.delete(pick)
                    session.delete(pair)
                else:
                    suffix = f"{pick.id}.{i}"
                    pick.name, pair.name = f"Agent {suffix}", f"Team {suffix}"
        if i == start + 2:
            os.write(ready, b"r")
        i += 1


def check(path: Path) -> int:
    """Integrity, foreign keys, WAL, and agents, teams and memberships in pairs; the agent count."""
    db = sqlite3.connect(path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        agents, teams, members = (
            db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("agent", "team", "team_member")
        )
        assert agents == teams == members, (agents, teams, members)  # no transaction half there
        pairs = db.execute(
            "SELECT agent.name, team.name FROM team_member "
            "JOIN agent ON agent.id = team_member.agent_id "
            "JOIN team ON team.id = team_member.team_id"
        ).fetchall()
        assert len(pairs) == agents
        assert all(a.removeprefix("Agent ") == t.removeprefix("Team ") for a, t in pairs)
        return agents
    finally:
        db.close()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL (POSIX)")
def test_killed_writers_leave_a_consistent_database(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite3"
    Workspace.open(str(path)).close()
    rng = random.Random(7)
    survived, early, counts = 0, 0, []
    began = time.perf_counter()
    for _ in range(KILLS):
        ready_r, ready_w = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child never returns into pytest
            try:
                os.close(ready_r)
                write_forever(path, ready_w)
            finally:
                os._exit(3)
        os.close(ready_w)
        try:
            if rng.random() < 0.2:  # while it opens the workspace and checks the schema
                time.sleep(rng.uniform(0, 0.05))
                early += 1
            else:
                assert os.read(ready_r, 1) == b"r", "the writer died before writing"
                time.sleep(rng.uniform(0, 0.03))  # then somewhere in its transactions
            os.kill(pid, signal.SIGKILL)
            _, status = os.waitpid(pid, 0)
        finally:
            os.close(ready_r)
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, status
        counts.append(check(path))
        survived += 1
    seconds = time.perf_counter() - began

    assert survived == KILLS and counts[-1] > 0
    assert len(set(counts)) > KILLS // 2  # the kills landed at many different places
    with Workspace.open(str(path)) as workspace:
        listed = workspace.list_agents()
        assert len(listed) == counts[-1]
        assert all(len(agent.teams) == 1 for agent in listed)
        workspace.add_agent("After", "after@example.com")  # and it still takes writes
    print(f"\n{survived} SIGKILLs survived ({early} while opening) in {seconds:.1f} s")
