"""The engine reads a workspace's people through protocols, never the store itself."""

from __future__ import annotations

from dataclasses import dataclass

from designer.engine.routing import MemoryPositions
from designer.engine.workspace_view import router_for, simulated_agents
from designer.model.routing import RoundRobin, TeamRouting


@dataclass
class Agent:
    name: str
    email: str
    live_chat: bool = True
    status: str = "available"
    max_chats: int = 2
    simulated: bool = False


@dataclass
class Team:
    name: str
    members: tuple[str, ...]


class People:
    def __init__(self, fallback: str = "Back soon!") -> None:
        self.fallback = fallback

    def list_agents(self):
        return [Agent("Ana", "ana@x.io"), Agent("Bo", "bo@x.io", status="away", simulated=True)]

    def list_teams(self):
        return [Team("EMEA", ("bo@x.io",))]

    def settings(self):
        return {"fallback_message": self.fallback}


def test_router_uses_the_workspace_people_positions_and_fallback():
    positions = MemoryPositions()
    router = router_for(People(), positions)
    assert router.route(RoundRobin()).agent.email == "ana@x.io"
    assert positions.get("all") == "ana@x.io"
    decision = router.route(TeamRouting(team="EMEA"))
    assert decision.agent is None
    assert decision.fallback_message == "Back soon!"
    assert "Bo" in decision.explain() and "away" in decision.explain()
    assert simulated_agents(People()) == {"bo@x.io"}


def test_blank_workspace_fallback_still_gives_the_visitor_a_sentence():
    decision = router_for(People(fallback="  ")).route(TeamRouting(team="EMEA"))
    assert decision.fallback_message
