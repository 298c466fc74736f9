"""Agents: who can take a chat, how many at once, and whether they are there."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from sqlalchemy import func
from sqlmodel import Session, col, select

from designer.errors import DesignerError
from designer.store.checks import check_email, check_max_chats, check_name, check_status
from designer.store.records import UNSET, AgentRecord, _Unset
from designer.store.settings import SettingsOps
from designer.store.tables import Agent, RoundRobinPosition, Team, TeamMember

Avatar = str | Path | bytes | None


class AgentOps(SettingsOps):
    """Add, edit, remove, grant and revoke agents."""

    def list_agents(self) -> list[AgentRecord]:
        """Every agent, by name, with the teams each belongs to."""
        with self._transaction() as session:
            agents = session.exec(select(Agent).order_by(func.lower(Agent.name), Agent.email))
            teams = _teams_by_agent(session)
            return [_record(agent, teams.get(agent.id or 0, ())) for agent in agents]

    def agent(self, email: str) -> AgentRecord | None:
        """The agent with this email, or None."""
        with self._transaction() as session:
            agent = self._find_agent(session, email)
            if agent is None:
                return None
            return _record(agent, _teams_of(session, agent))

    def add_agent(
        self,
        name: str,
        email: str,
        *,
        live_chat: bool = False,
        max_chats: int | None = None,
        status: str = "available",
        avatar: Avatar = None,
        simulated: bool = False,
    ) -> AgentRecord:
        """Add an agent; ``max_chats`` defaults to the workspace's default limit.

        ``avatar`` is a picture's path (kept as a path) or its bytes (kept in
        the database, so a shared workspace shows it on every machine).
        """
        name = check_name(name, "agent")
        email = check_email(email)
        status = check_status(status)
        limit = check_max_chats(
            self.get_setting("default_max_chats") if max_chats is None else max_chats
        )
        avatar_path, avatar_image = _avatar(avatar)
        with self._transaction() as session:
            if self._find_agent(session, email) is not None:
                raise DesignerError(
                    f"an agent with email {email} already exists; use 'designer agents edit "
                    f"{email}' to change it",
                    code="store.duplicate_agent",
                )
            agent = Agent(
                name=name,
                email=email,
                live_chat=live_chat,
                max_chats=limit,
                status=status,
                avatar_path=avatar_path,
                avatar_image=avatar_image,
                simulated=simulated,
            )
            session.add(agent)
            session.flush()
            return _record(agent, ())

    def edit_agent(
        self,
        email: str,
        *,
        name: str | _Unset = UNSET,
        new_email: str | _Unset = UNSET,
        live_chat: bool | _Unset = UNSET,
        status: str | _Unset = UNSET,
        max_chats: int | _Unset = UNSET,
        avatar: Avatar | _Unset = UNSET,
        simulated: bool | _Unset = UNSET,
    ) -> AgentRecord:
        """Change what is given and keep the rest; ``avatar=None`` removes the picture.

        A new email is also carried into round-robin positions, so the agent
        keeps their place in the rotation.
        """
        changes: dict[str, object] = {}
        if name is not UNSET:
            changes["name"] = check_name(name, "agent")
        if status is not UNSET:
            changes["status"] = check_status(status)
        if max_chats is not UNSET:
            changes["max_chats"] = check_max_chats(max_chats)
        if live_chat is not UNSET:
            changes["live_chat"] = bool(live_chat)
        if simulated is not UNSET:
            changes["simulated"] = bool(simulated)
        if avatar is not UNSET:
            changes["avatar_path"], changes["avatar_image"] = _avatar(avatar)
        target = check_email(new_email) if new_email is not UNSET else None
        with self._transaction() as session:
            agent = self._agent_row(session, email)
            old_email = agent.email
            if target is not None and target != old_email:
                if self._find_agent(session, target) is not None:
                    raise DesignerError(
                        f"an agent with email {target} already exists; remove it first or "
                        "choose another email",
                        code="store.duplicate_agent",
                    )
                changes["email"] = target
                for position in session.exec(
                    select(RoundRobinPosition).where(
                        RoundRobinPosition.last_agent_email == old_email
                    )
                ):
                    position.last_agent_email = target
                    session.add(position)
            for key, value in changes.items():
                setattr(agent, key, value)
            session.add(agent)
            session.flush()
            return _record(agent, _teams_of(session, agent))

    def remove_agent(self, email: str) -> AgentRecord:
        """Remove an agent and their team memberships; saved transcripts stay."""
        with self._transaction() as session:
            agent = self._agent_row(session, email)
            record = _record(agent, _teams_of(session, agent))
            session.delete(agent)
            return record

    def grant(self, email: str) -> bool:
        """Give the Live Chat permission; False when the agent already had it."""
        return self._set_live_chat(email, True)

    def revoke(self, email: str) -> bool:
        """Take the Live Chat permission away; False when the agent did not have it."""
        return self._set_live_chat(email, False)

    def _set_live_chat(self, email: str, allowed: bool) -> bool:
        with self._transaction() as session:
            agent = self._agent_row(session, email)
            if agent.live_chat == allowed:
                return False
            agent.live_chat = allowed
            session.add(agent)
            return True


def _teams_by_agent(session: Session, agent_id: int | None = None) -> dict[int, tuple[str, ...]]:
    query = (
        select(TeamMember.agent_id, Team.name)
        .join(Team, col(Team.id) == col(TeamMember.team_id))
        .order_by(func.lower(Team.name))
    )
    if agent_id is not None:
        query = query.where(TeamMember.agent_id == agent_id)
    teams: dict[int, list[str]] = defaultdict(list)
    for member_id, team_name in session.exec(query):
        teams[member_id].append(team_name)
    return {key: tuple(value) for key, value in teams.items()}


def _teams_of(session: Session, agent: Agent) -> tuple[str, ...]:
    return _teams_by_agent(session, agent.id).get(agent.id or 0, ())


def _avatar(avatar: Avatar) -> tuple[str | None, bytes | None]:
    if avatar is None:
        return None, None
    if isinstance(avatar, bytes):
        return None, avatar
    return str(avatar), None


def _record(agent: Agent, teams: tuple[str, ...]) -> AgentRecord:
    return AgentRecord(
        name=agent.name,
        email=agent.email,
        live_chat=agent.live_chat,
        status=agent.status,
        max_chats=agent.max_chats,
        simulated=agent.simulated,
        avatar_path=agent.avatar_path,
        avatar_image=agent.avatar_image,
        teams=teams,
    )
