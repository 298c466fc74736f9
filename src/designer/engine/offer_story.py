"""The sentences that explain offers and transfers, step by step, as routing explains a pick.

"Ana declined; offered to Sam, next in team EMEA." "Sam did not accept
within 100 s; the chat stays with Ana." Each is worded from a template
(:mod:`designer.model.wording`), like routing's story, so transcripts keep the
English and the preview says it in the marketer's language; a clause (who
refused, what followed) is a wording of its own inside the sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

from designer.engine.round_robin import pool_team
from designer.engine.routing import Decision, Step
from designer.model.routing import RoundRobin, TeamRouting
from designer.model.wording import Wording, wording

GETS_FALLBACK = wording("The visitor gets the fallback message.")
"""Routing's closing line for a fallback, said the same way when the offers run out."""

SECOND_ATTEMPT_USED = wording("two agents were offered the chat, the most a visitor waits for")


def seconds_text(seconds: float) -> str:
    """``100`` for 100.0, ``0.05`` for a test's short wait."""
    return f"{seconds:g}"


def hand_off_limits(decision: Decision) -> tuple[str | None, Wording | None]:
    """For a first offer: the pool a second attempt asks, or why nobody else is tried."""
    agent = decision.agent
    label = agent.label if agent is not None else ""
    if decision.step is Step.ACCOUNT:
        return None, wording("an account's visitors go to {agent} only", agent=label)
    if decision.pool is not None:
        return decision.pool, None
    if decision.rule_index is not None:
        return None, wording(
            "rule {n} names only {agent}", n=str(decision.rule_index + 1), agent=label
        )
    return None, wording("the card names only {agent}", agent=label)


def pool_option(pool: str) -> RoundRobin | TeamRouting:
    """The routing option that asks ``pool`` for its next agent."""
    team = pool_team(pool)
    return RoundRobin() if team is None else TeamRouting(team=team)


# --- clauses, put together by story() -----------------------------------------------------------


def refusal(name: str, timed_out: bool, wait: float) -> Wording:
    """'Ana declined' or 'Ana did not accept within 100 s': the first clause of the story."""
    if timed_out:
        return wording(
            "{agent} did not accept within {seconds} s", agent=name, seconds=seconds_text(wait)
        )
    return wording("{agent} declined", agent=name)


def offered_next(pool: str, name: str) -> Wording:
    """'offered to Sam, next in team EMEA': the second attempt found someone."""
    team = pool_team(pool)
    if team is None:
        return wording("offered to {agent}, next among all agents", agent=name)
    return wording("offered to {agent}, next in team {team}", agent=name, team=team)


def nobody_else(pool: str) -> Wording:
    team = pool_team(pool)
    if team is None:
        return wording("nobody else among all agents can take the chat")
    return wording("nobody else in team {team} can take the chat", team=team)


def stays_with(name: str) -> Wording:
    """A transfer nobody accepted: the chat stays with the agent who sent it."""
    return wording("the chat stays with {agent}", agent=name)


def so(reason: Wording, then: Wording) -> Wording:
    """'nobody else in team EMEA can take the chat, so the chat stays with Ana'."""
    return wording("{reason}, so {then}", reason=reason, then=then)


def story(refused: Wording, then: Wording, details: Sequence[Wording] = ()) -> tuple[Wording, ...]:
    """'Ana declined; offered to Sam, next in team EMEA.', then who was skipped and why."""
    return (wording("{what}; {then}.", what=refused, then=then), *details)


def skips_of(decision: Decision) -> list[Wording]:
    """A routing story without its last line (the pick, or the fallback): who was skipped."""
    return list(decision.said[:-1])


# --- what the visitor reads ------------------------------------------------------------------


def connecting(name: str) -> Wording:
    """While the offer waits."""
    return wording("Connecting you with {agent}…", agent=name)


def joined(name: str) -> Wording:
    return wording("{agent} joined the chat", agent=name)


# --- transfers ---------------------------------------------------------------------------------


def transferred_to_agent(sender: str, name: str, open_chats: int, limit: int) -> list[Wording]:
    """Why the named agent can take the transferred chat: the eligibility funnel, passed."""
    return [
        wording("Transferred by {sender} to {agent}.", sender=sender, agent=name),
        wording(
            "{agent} has the Live Chat permission, is available and has {n} of {limit} chats open.",
            agent=name,
            n=str(open_chats),
            limit=str(limit),
        ),
    ]


def transferred_to_team(sender: str, team: str) -> Wording:
    return wording("Transferred by {sender} to team {team}.", sender=sender, team=team)


def skipped_sender(name: str) -> Wording:
    """The sender is in the team they transfer to: round-robin passes them over."""
    return wording(
        "Skipped {agent}, who {reason}.", agent=name, reason=wording("is handing the chat on")
    )


def chat_stays(owner: str) -> Wording:
    return wording("The chat stays with {agent}.", agent=owner)


def cannot_take(name: str, why: Wording, owner: str) -> list[Wording]:
    """A transfer refused before it starts: the target cannot take the chat now."""
    return [wording("{agent} {reason}.", agent=name, reason=why), chat_stays(owner)]


def not_an_agent(email: str, owner: str) -> list[Wording]:
    return [wording("{email} is not an agent of this workspace.", email=email), chat_stays(owner)]


def nobody_else_in_team(team: str, skips: Sequence[Wording], owner: str) -> list[Wording]:
    """A team transfer whose only available member is the sender."""
    return [
        wording("Nobody else in team {team} can take the chat.", team=team),
        *skips,
        chat_stays(owner),
    ]


def already_offered(name: str) -> Wording:
    return wording("{agent} is already offered this chat.", agent=name)


def already_has(name: str) -> Wording:
    return wording("{agent} already has this chat.", agent=name)
