"""A writer killed mid-way (SIGKILL) leaves a consistent SQLite workspace behind."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from designer.store import Workspace

WRITER = textwrap.dedent(
    """
    import sys
    from sqlmodel import Session
    from designer.store import Workspace
    from designer.store.tables import Agent, Team, TeamMember

    workspace = Workspace.open(sys.argv[1])
    start = i = int(sys.argv[2])
    while True:
        # One transaction: an agent and the one-person team it belongs to.
        with Session(workspace.engine) as session, session.begin():
            agent = Agent(name=f"Agent {i}", email=f"agent{i}@example.com", live_chat=True)
            team = Team(name=f"Team {i}")
            session.add_all([agent, team])
            session.flush()
            session.add(TeamMember(team_id=team.id, agent_id=agent.id, position=1))
        i += 1
        if i == start + 50:
            print("ready", flush=True)
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_killed_writer_leaves_a_consistent_database(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite3"
    Workspace.open(str(path)).close()
    written = 0
    for _round in range(3):  # three kills, each landing somewhere else in a transaction
        _kill_writer_mid_way(path, written)
        written = _count(path, "agent")

    check = sqlite3.connect(path)
    try:
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert check.execute("PRAGMA foreign_key_check").fetchall() == []
        agents, teams, members = (
            check.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("agent", "team", "team_member")
        )
    finally:
        check.close()
    assert agents >= 150
    assert agents == teams == members  # no transaction is half there

    with Workspace.open(str(path)) as workspace:
        listed = workspace.list_agents()
        assert len(listed) == agents
        assert all(len(agent.teams) == 1 for agent in listed)
        workspace.add_agent("After", "after@example.com")  # and it still takes writes


def _kill_writer_mid_way(path: Path, start: int) -> None:
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), str(start)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout is not None
        line = writer.stdout.readline()
        assert line.strip() == "ready", writer.stderr.read() if writer.stderr else ""
        os.kill(writer.pid, signal.SIGKILL)  # in the middle of its endless inserts
        writer.wait(timeout=30)
    finally:
        if writer.poll() is None:
            writer.kill()
            writer.wait()
        for stream in (writer.stdout, writer.stderr):
            if stream is not None:
                stream.close()
    assert writer.returncode == -signal.SIGKILL


def _count(path: Path, table: str) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        connection.close()
