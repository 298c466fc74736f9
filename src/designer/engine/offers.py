"""Offering a preview chat to an agent: waiting for Accept, and what a decline leads to.

PRODUCT.md ("Live chat routing", step 2): the agent routing picked is offered
the chat; if they decline or do not accept within the workspace's visitor wait
time, one more agent of the same pool is tried (at most two attempts per
visitor), then the card's fallback message. A transfer is offered the same
way; one nobody accepts leaves the chat with the agent who sent it, who keeps
talking to the visitor meanwhile. Each step is announced with its reasons
(:mod:`designer.engine.offer_story`).

Time-outs are timers on the running asyncio loop; a synchronous caller (a
plain test) has none, and its offers wait until someone acts.
"""

from __future__ import annotations

import asyncio
from enum import StrEnum
from typing import TYPE_CHECKING

from designer.engine.chats import Chat, ChatEnd, Offer, Transfer
from designer.engine.events import AgentJoined, ChatOffered, NotAccepted, Transferred
from designer.engine.offer_story import (
    GETS_FALLBACK,
    SECOND_ATTEMPT_USED,
    already_has,
    already_offered,
    cannot_take,
    chat_stays,
    connecting,
    hand_off_limits,
    joined,
    nobody_else,
    nobody_else_in_team,
    not_an_agent,
    offered_next,
    pool_option,
    refusal,
    skipped_sender,
    skips_of,
    so,
    stays_with,
    story,
    transferred_to_agent,
    transferred_to_team,
)
from designer.engine.routing import AgentState, Decision, Visitor
from designer.model.routing import AgentRouting, RoundRobin, TeamRouting
from designer.model.wording import Wording

if TYPE_CHECKING:
    from designer.engine.preview import LiveChatHub, PreviewSession

MAX_ATTEMPTS = 2
"""Agents offered one visitor's chat at most (PRODUCT.md): the first pick and one more."""


class WhenOffered(StrEnum):
    """What a simulated agent does with a chat offered to them (preview view state)."""

    ACCEPT = "accept"
    DECLINE = "decline"
    IGNORE = "ignore"  # lets the offer time out


class Offers:
    """The hub's offers: each chat waits for Accept, a decline or a time-out moves it on."""

    def __init__(self, hub: LiveChatHub) -> None:
        self.hub = hub

    # --- a new offer ---------------------------------------------------------------------------

    def hand_off(self, session: PreviewSession, decision: Decision, card_id: str) -> None:
        """The Live Chat card routed the visitor to an agent: offer them the chat."""
        agent = decision.agent
        assert agent is not None
        pool, only = hand_off_limits(decision)
        card = session.conversation.flow.cards.get(card_id)
        fallback = getattr(card, "fallback_message", None)
        offer = self._new(card_id, tried=(agent.email,), pool=pool, only=only, fallback=fallback)
        self._offer(session, agent, offer)

    def refuse_transfer(self, chat: Chat, agent: str | None) -> Transfer | None:
        """Why a transfer cannot even be asked for (one is waiting; to oneself), else None."""
        pending = chat.transferring
        if pending is not None:
            return Transfer(False, (already_offered(pending.agent.label),))
        if agent is not None and agent.casefold() == chat.agent.email.casefold():
            return Transfer(False, (already_has(chat.agent.label),))
        return None

    def transfer(
        self, chat: Chat, decision: Decision, *, agent: str | None, team: str | None
    ) -> Transfer:
        """Offer ``chat`` to the transfer's target (``decision``, routed by the inbox)."""
        sender = chat.agent
        visitor = chat.session.visitor
        if team is not None:
            said, decision = self._team_story(sender, visitor, decision, team)
        else:
            said = self._agent_story(sender, agent or "", decision)
        target = decision.agent
        if target is None or target.email == sender.email:
            return Transfer(False, tuple(said))
        inbox = self.hub.inboxes[sender.email]
        inbox.accept(chat)  # a transfer of an offered chat takes it first
        session = chat.session
        self.hub.router.assign(decision)
        reason = "\n".join(line.text for line in said)
        session._emit(Transferred(sender.email, target.email, target.name, reason, tuple(said)))
        offer = self._new(
            session.conversation.path[-1],
            tried=(sender.email, target.email),
            pool=decision.pool if team is not None else None,
            source=chat,
        )
        self._offer(session, target, offer)
        return Transfer(True, tuple(said))

    def _new(
        self,
        card_id: str,
        *,
        tried: tuple[str, ...],
        pool: str | None,
        only: Wording | None = None,
        fallback: str | None = None,
        source: Chat | None = None,
        attempt: int = 1,
    ) -> Offer:
        wait = self.hub.visitor_wait
        deadline = self.hub.clock() + wait
        return Offer(card_id, attempt, tried, pool, only, fallback, wait, deadline, source)

    def _offer(self, session: PreviewSession, agent: AgentState, offer: Offer) -> Chat:
        inbox = self.hub.inboxes[agent.email]
        chat = Chat(next(self.hub._ids), session, agent, lines=list(session.lines), offer=offer)
        inbox.chats.append(chat)
        if offer.source is None:
            session.chat = chat
        else:
            offer.source.transfer = chat
        try:
            loop: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
        except RuntimeError:
            loop = None  # a synchronous caller: the offer waits until someone acts
        if loop is not None:
            offer.timer = loop.call_later(offer.wait, self._time_out, chat)
        said = connecting(agent.label)
        session._emit(
            ChatOffered(offer.card_id, agent.email, agent.name, offer.attempt, agent.avatar, said)
        )
        inbox.incoming.put_nowait(chat)
        inbox._notify("arrived", chat)
        return chat

    # --- the agent's answer --------------------------------------------------------------------

    def accept(self, chat: Chat) -> None:
        offer = chat.offer
        assert offer is not None
        offer.cancel_timer()
        chat.offer = None
        session, agent = chat.session, chat.agent
        source = offer.source
        if source is not None:  # the transfer is done: the sender's chat ends here
            source.transfer = None
            session.chat = chat
            self.end(source, ChatEnd.TRANSFERRED)
        session._emit(
            AgentJoined(offer.card_id, agent.email, agent.name, agent.avatar, joined(agent.label))
        )
        self.hub.inboxes[agent.email]._notify("accepted", chat)

    def _time_out(self, chat: Chat) -> None:
        if chat.offered:
            self.not_accepted(chat, timed_out=True)

    def not_accepted(self, chat: Chat, *, timed_out: bool) -> None:
        """Declined or timed out: one more agent of the pool, else the fallback or the sender."""
        offer = chat.offer
        assert offer is not None
        offer.cancel_timer()
        chat.offer = None
        session, source = chat.session, offer.source
        if source is not None:
            source.transfer = None
        self.end(chat, ChatEnd.MISSED if timed_out else ChatEnd.DECLINED)
        picked, then, details = self._next(session.visitor, offer)
        if picked is None and source is None:
            details.append(GETS_FALLBACK)
        said = story(refusal(chat.agent.label, timed_out, offer.wait), then, details)
        reason = "\n".join(line.text for line in said)
        agent = chat.agent
        session._emit(NotAccepted(offer.card_id, agent.email, agent.name, timed_out, reason, said))
        if picked is not None:
            again = self._new(
                offer.card_id,
                tried=(*offer.tried, picked.email),
                pool=offer.pool,
                only=offer.only,
                fallback=offer.fallback,
                source=source,
                attempt=offer.attempt + 1,
            )
            self._offer(session, picked, again)
        elif source is None:
            session._play(session.conversation.hand_off_failed(said))

    def _next(
        self, visitor: Visitor, offer: Offer
    ) -> tuple[AgentState | None, Wording, list[Wording]]:
        """Who is offered the chat next (assigned already), what to say of it, and the skips."""
        after = stays_with(offer.source.agent.label) if offer.source is not None else None
        if offer.attempt >= MAX_ATTEMPTS:
            return None, after or SECOND_ATTEMPT_USED, []
        if offer.pool is None:
            return None, after or offer.only or SECOND_ATTEMPT_USED, []
        retry = self.other_agent(pool_option(offer.pool), visitor, offer.fallback, offer.tried)
        details = skips_of(retry) if retry.agent is not None else list(retry.said)
        details = [line for line in details if line.template != GETS_FALLBACK.template]
        if retry.agent is not None and retry.agent.email not in offer.tried:
            self.hub.router.assign(retry)
            return retry.agent, offered_next(offer.pool, retry.agent.label), details
        nobody = nobody_else(offer.pool)
        return None, nobody if after is None else so(nobody, after), details

    def other_agent(
        self,
        routing: RoundRobin | TeamRouting | AgentRouting,
        visitor: Visitor,
        fallback: str | None,
        exclude: tuple[str, ...],
        *,
        first: Decision | None = None,
    ) -> Decision:
        """The pool's next agent not in ``exclude``; round-robin moves on past those.

        The decision names someone in ``exclude`` only when nobody else in the
        pool can take the chat: it went all the way round.
        """
        route = self.hub.router.route
        decision = first
        if decision is None:
            decision = route(routing, visitor, fallback, option_only=True)
        for _ in range(len(exclude)):
            if decision.agent is None or decision.agent.email not in exclude:
                break
            decision = route(routing, visitor, fallback, option_only=True)
        return decision

    # --- chats leaving an inbox ----------------------------------------------------------------

    def withdraw(self, chat: Chat) -> None:
        """The offer is void: the visitor left, or the transfer's sender ended the chat."""
        if chat.offer is not None:
            chat.offer.cancel_timer()
            chat.offer = None
        if not chat.closed:
            self.end(chat, ChatEnd.WITHDRAWN)

    def end(self, chat: Chat, end: ChatEnd) -> None:
        """Close the chat in its agent's inbox and free their place."""
        chat.closed = True
        chat.end = end
        self.hub.router.release(chat.agent.email)
        self.hub.inboxes[chat.agent.email]._notify("closed", chat)

    def cancel_timers(self) -> None:
        for inbox in self.hub.inboxes.values():
            for chat in inbox.chats:
                if chat.offer is not None:
                    chat.offer.cancel_timer()

    # --- the transfer's story ------------------------------------------------------------------

    def _agent_story(self, sender: AgentState, email: str, decision: Decision) -> list[Wording]:
        target = decision.agent
        if target is not None:
            return transferred_to_agent(
                sender.label, target.label, target.active_chats, target.max_chats
            )
        known = self.hub.router.agent(email)
        why = known.unavailability() if known is not None else None
        if known is None or why is None:
            return not_an_agent(email, sender.label)
        return cannot_take(known.label, why, sender.label)

    def _team_story(
        self, sender: AgentState, visitor: Visitor, decision: Decision, team: str
    ) -> tuple[list[Wording], Decision]:
        """The team's next agent other than the sender, and the story of that pick."""
        said = [transferred_to_team(sender.label, team)]
        if decision.agent is not None and decision.agent.email == sender.email:
            said.append(skipped_sender(sender.label))
            routing = TeamRouting(team=team)
            decision = self.other_agent(routing, visitor, None, (sender.email,), first=decision)
        if decision.agent is None:
            skips = [line for line in decision.said if line.template != GETS_FALLBACK.template]
            return [*skips, chat_stays(sender.label)], decision
        if decision.agent.email == sender.email:
            return nobody_else_in_team(team, skips_of(decision), sender.label), decision
        return [*said, *decision.said], decision
