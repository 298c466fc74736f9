"""Teams: named groups of agents that a Live Chat card can route to."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import func
from sqlmodel import Session, col, select

from designer.errors import DesignerError
from designer.store.base import WorkspaceBase
from designer.store.checks import check_name
from designer.store.records import TeamRecord
from designer.store.tables import Agent, Team, TeamMember


class TeamOps(WorkspaceBase):
    """Add and remove teams and their members."""

    def list_teams(self) -> list[TeamRecord]:
        """Every team, by name, with its members' emails in the order they joined."""
        with self._transaction() as session:
            members: dict[int, list[str]] = defaultdict(list)
            rows = session.exec(
                select(TeamMember.team_id, Agent.email)
                .join(Agent, col(Agent.id) == col(TeamMember.agent_id))
                .order_by(col(TeamMember.position), col(Agent.id))
            )
            for team_id, email in rows:
                members[team_id].append(email)
            teams = session.exec(select(Team).order_by(func.lower(Team.name)))
            return [TeamRecord(team.name, tuple(members.get(team.id or 0, ()))) for team in teams]

    def team(self, name: str) -> TeamRecord | None:
        """The team with this name (letter case aside), or None."""
        with self._transaction() as session:
            team = self._find_team(session, name)
            if team is None:
                return None
            return TeamRecord(team.name, tuple(_member_emails(session, team)))

    def team_members(self, name: str) -> list[str] | None:
        """The members' emails, or None when there is no such team."""
        team = self.team(name)
        return None if team is None else list(team.members)

    def add_team(self, name: str) -> TeamRecord:
        """Create an empty team; names are unique regardless of letter case."""
        name = check_name(name, "team")
        with self._transaction() as session:
            existing = self._find_team(session, name)
            if existing is not None:
                raise DesignerError(
                    f"a team named '{existing.name}' already exists; add members to it with "
                    f"'designer teams add-member \"{existing.name}\" EMAIL'",
                    code="store.duplicate_team",
                )
            session.add(Team(name=name))
            return TeamRecord(name)

    def remove_team(self, name: str) -> TeamRecord:
        """Remove a team; its agents stay in the workspace."""
        with self._transaction() as session:
            team = self._team_row(session, name)
            record = TeamRecord(team.name, tuple(_member_emails(session, team)))
            session.delete(team)
            return record

    def add_member(self, team: str, email: str) -> TeamRecord:
        """Put an agent at the end of a team's rotation."""
        with self._transaction() as session:
            team_row = self._team_row(session, team)
            agent = self._agent_row(session, email)
            if session.get(TeamMember, (team_row.id, agent.id)) is not None:
                raise DesignerError(
                    f"{agent.email} is already a member of team '{team_row.name}'",
                    code="store.duplicate_member",
                )
            last = session.exec(
                select(func.max(TeamMember.position)).where(TeamMember.team_id == team_row.id)
            ).one()
            assert team_row.id is not None and agent.id is not None
            session.add(
                TeamMember(team_id=team_row.id, agent_id=agent.id, position=(last or 0) + 1)
            )
            session.flush()
            return TeamRecord(team_row.name, tuple(_member_emails(session, team_row)))

    def remove_member(self, team: str, email: str) -> TeamRecord:
        """Take an agent out of a team; the agent stays in the workspace."""
        with self._transaction() as session:
            team_row = self._team_row(session, team)
            agent = self._agent_row(session, email)
            membership = session.get(TeamMember, (team_row.id, agent.id))
            if membership is None:
                members = _member_emails(session, team_row)
                listed = ", ".join(members) if members else "nobody yet"
                raise DesignerError(
                    f"{agent.email} is not a member of team '{team_row.name}' (members: {listed})",
                    code="store.not_a_member",
                )
            session.delete(membership)
            session.flush()
            return TeamRecord(team_row.name, tuple(_member_emails(session, team_row)))


def _member_emails(session: Session, team: Team) -> list[str]:
    return list(
        session.exec(
            select(Agent.email)
            .join(TeamMember, col(TeamMember.agent_id) == col(Agent.id))
            .where(TeamMember.team_id == team.id)
            .order_by(col(TeamMember.position), col(Agent.id))
        )
    )
