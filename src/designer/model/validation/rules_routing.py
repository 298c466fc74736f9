"""Rules on Live Chat and Meeting booking routing: who the visitor can be sent to.

Shadowed rules need only the dialog. Unknown agents and teams, and whether
anyone holding the Live Chat permission can be reached, need the workspace
(a :class:`Directory`) and are skipped without one, so a dialog file can be
checked before its agents exist.
"""

from __future__ import annotations

from collections.abc import Iterator

from designer.model.cards import Card, LiveChatCard, MeetingBookingCard
from designer.model.criteria import implies
from designer.model.routing import AgentRouting, CustomRules, RoundRobin, TeamRouting
from designer.model.validation.directory import Directory
from designer.model.validation.graph import DialogGraph
from designer.model.validation.problems import Problem, Wording, problem, wording


def check_routing(g: DialogGraph, directory: Directory | None) -> Iterator[Problem]:
    """Every routed card: shadowed rules always; the workspace checks with a directory."""
    eligible = Eligibility(directory) if directory is not None else None
    for i, card in enumerate(g.dialog.cards):
        yield from routing_problems(card, f"$.cards[{i}]", eligible)


def routing_problems(card: Card, path: str, eligible: Eligibility | None) -> Iterator[Problem]:
    """One card's routing problems (none for cards without routing); ``path`` is the card's."""
    if not isinstance(card, LiveChatCard | MeetingBookingCard):
        return
    path = f"{path}.routing"
    if isinstance(card.routing, CustomRules):
        yield from _shadowed(card.id, card.display_title(), card.routing, path)
    if eligible is not None:
        unknown = list(_unknown_targets(card, eligible, path))
        yield from unknown
        if not unknown and isinstance(card, LiveChatCard):
            yield from _no_live_chat_agent(card, eligible, path)


def _shadowed(card_id: str, title: str, routing: CustomRules, path: str) -> Iterator[Problem]:
    """Rule i is dead when some earlier rule j matches every visitor rule i matches.

    Quadratic in the rules of one card only (at most 200), linear in cards.
    """
    rules = routing.rules
    for i, rule in enumerate(rules):
        j = next((j for j in range(i) if implies(rule.criteria, rules[j].criteria)), None)
        if j is None:
            continue
        yield problem(
            "rule-shadowed",
            card_id,
            wording(
                "Rule {rule} of '{title}' can never match because rule {earlier} already takes "
                "all its visitors: move rule {rule} above rule {earlier}, or narrow rule "
                "{earlier}.",
                rule=str(i + 1),
                title=title,
                earlier=str(j + 1),
            ),
            f"{path}.rules[{i}]",
        )


class Eligibility:
    """Directory look-ups, each team and the whole workspace answered once per directory.

    Keep one per validation (or per workspace state): its answers are cached.
    """

    def __init__(self, directory: Directory) -> None:
        self.directory = directory
        self._teams: dict[str, bool] = {}
        self._anyone: bool | None = None

    def agent_known(self, email: str) -> bool:
        return self.directory.agent(email) is not None

    def team_known(self, name: str) -> bool:
        return self.directory.team_members(name) is not None

    def agent_ok(self, email: str) -> bool:
        agent = self.directory.agent(email)
        return agent is not None and agent.live_chat

    def team_ok(self, name: str) -> bool:
        if name not in self._teams:
            members = self.directory.team_members(name) or []
            self._teams[name] = any(self.agent_ok(m) for m in members)
        return self._teams[name]

    def anyone_ok(self) -> bool:
        if self._anyone is None:
            self._anyone = any(a.live_chat for a in self.directory.agents())
        return self._anyone


def _unknown_targets(
    card: LiveChatCard | MeetingBookingCard, eligible: Eligibility, path: str
) -> Iterator[Problem]:
    title = card.display_title()
    routing = card.routing
    if isinstance(routing, AgentRouting) and not eligible.agent_known(routing.agent):
        yield problem(
            "unknown-agent",
            card.id,
            wording(
                "'{title}' routes visitors to agent '{agent}', who is not in this workspace: "
                "add the agent or choose another one.",
                title=title,
                agent=routing.agent,
            ),
            f"{path}.agent",
        )
    elif isinstance(routing, TeamRouting) and not eligible.team_known(routing.team):
        yield problem(
            "unknown-team",
            card.id,
            wording(
                "'{title}' routes visitors to team '{team}', which this workspace does not "
                "have: create the team or choose another one.",
                title=title,
                team=routing.team,
            ),
            f"{path}.team",
        )
    elif isinstance(routing, CustomRules):
        for k, rule in enumerate(routing.rules):
            if rule.agent is not None and not eligible.agent_known(rule.agent):
                yield problem(
                    "unknown-agent",
                    card.id,
                    wording(
                        "Rule {rule} of '{title}' routes visitors to agent '{agent}', who is "
                        "not in this workspace: add the agent or choose another one.",
                        rule=str(k + 1),
                        title=title,
                        agent=rule.agent,
                    ),
                    f"{path}.rules[{k}].agent",
                )
            if rule.team is not None and not eligible.team_known(rule.team):
                yield problem(
                    "unknown-team",
                    card.id,
                    wording(
                        "Rule {rule} of '{title}' routes visitors to team '{team}', which this "
                        "workspace does not have: create the team or choose another one.",
                        rule=str(k + 1),
                        title=title,
                        team=rule.team,
                    ),
                    f"{path}.rules[{k}].team",
                )


def _no_live_chat_agent(card: LiveChatCard, eligible: Eligibility, path: str) -> Iterator[Problem]:
    """Warn when the option cannot name anyone allowed to take a live chat at all."""
    title = card.display_title()
    routing = card.routing
    said: Wording | None = None
    if isinstance(routing, RoundRobin) and not eligible.anyone_ok():
        said = wording(
            "'{title}' uses round-robin, but no agent in this workspace holds the Live Chat "
            "permission: grant it to at least one agent.",
            title=title,
        )
    elif isinstance(routing, AgentRouting) and not eligible.agent_ok(routing.agent):
        said = wording(
            "'{title}' routes visitors to agent '{agent}', who does not hold the Live "
            "Chat permission: grant it or choose another agent.",
            title=title,
            agent=routing.agent,
        )
    elif isinstance(routing, TeamRouting) and not eligible.team_ok(routing.team):
        said = wording(
            "'{title}' routes visitors to team '{team}', where nobody holds the Live "
            "Chat permission: grant it to a member or choose another team.",
            title=title,
            team=routing.team,
        )
    elif isinstance(routing, CustomRules) and not any(
        eligible.agent_ok(r.agent) if r.agent is not None else eligible.team_ok(r.team or "")
        for r in routing.rules
    ):
        said = wording(
            "No rule of '{title}' routes visitors to an agent with the Live Chat permission, "
            "so its visitors get the fallback message, or any agent if the workspace's safety "
            "net is on: add a rule or grant the permission.",
            title=title,
        )
    if said is not None:
        yield problem("no-live-chat-agent", card.id, said, path)
