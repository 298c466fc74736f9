"""One visitor walking a dialog, card by card, as a synchronous state machine.

The walk itself needs no waiting: it runs until the visitor must act (press a
button, type a field) and returns the events produced so far, which lets the
asyncio preview (:mod:`designer.engine.preview`) drive it. This is the
reference for how a dialog is played: the simulation walks a compiled copy of
these rules (:mod:`designer.engine.compiled_flow`) for speed, and tests over
generated dialogs check that both send visitors down the same paths.

The conversation's own sentences (why it ended, the bot's hints, its default
question) are worded as templates (:mod:`designer.model.wording`): events keep
the English text and carry the wording beside it for the preview to translate.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from designer.engine.events import (
    BotSaid,
    CardEntered,
    Choice,
    Ended,
    Event,
    FieldCaptured,
    GoalReached,
    Outcome,
    Prompt,
    Routed,
    VisitorSaid,
    Waiting,
)
from designer.engine.routing import DEFAULT_FALLBACK_SAID
from designer.engine.tokens import fill_tokens, refusal
from designer.model.cards import (
    BOOKED,
    ELSE,
    FREE_TEXT,
    NEXT,
    NO_SLOT,
    ActionCard,
    Card,
    ConditionCard,
    EndCard,
    GoalCard,
    GoToCard,
    InfoCaptureCard,
    LiveChatCard,
    MeetingBookingCard,
    MessageCard,
    QuestionCard,
    WhenKnown,
)
from designer.model.criteria import all_match
from designer.model.dialog import Dialog
from designer.model.wording import Wording, wording

if TYPE_CHECKING:
    from designer.engine.routing import Decision, Router, Visitor

_SKIP = WhenKnown.SKIP

MAX_SILENT_STEPS = 1_000
"""Cards walked without visitor input before a loop is declared."""

NO_ANSWER = wording("this question offers no answer to press or type")
"""Why a Question with no answer buttons and no typing is a dead end (validation flags it)."""
NO_ANSWER_REASON = NO_ANSWER.text

NOBODY_AVAILABLE = wording("Sorry, nobody is available to chat right now.")
"""What the bot says at a Live Chat card when no router was given and the card has no fallback."""

REQUIRED = wording("This one is needed to continue. Could you fill it in?")
"""The bot's hint when a visitor leaves a required field empty."""

_BUILT_IN_LINES = {said.text: said for said in (DEFAULT_FALLBACK_SAID, NOBODY_AVAILABLE)}
"""Fallback messages that are the app's own words (no card or workspace gave one)."""


class Flow:
    """A read-only index of a dialog for walking: cards by id, edges by port."""

    def __init__(self, dialog: Dialog) -> None:
        self.dialog = dialog
        self.start = dialog.start
        self.cards: dict[str, Card] = {}
        for card in dialog.cards:
            self.cards.setdefault(card.id, card)
        self.edges: dict[tuple[str, str], str] = {}
        for edge in dialog.edges:
            if edge.target in self.cards:  # a link to a missing card leads nowhere
                self.edges.setdefault(edge.key, edge.target)

        self._prompts: dict[tuple[str, int], Prompt] = {}

    def next_card(self, card_id: str, port: str) -> str | None:
        return self.edges.get((card_id, port))

    def question_prompt(self, card: QuestionCard) -> Prompt:
        """The buttons (and text box) of a Question, built once per card."""
        prompt = self._prompts.get((card.id, -1))
        if prompt is None:
            choices = tuple(Choice(a.id, a.label) for a in card.answers)
            prompt = self._prompts[(card.id, -1)] = Prompt(card.id, choices, card.allow_free_text)
        return prompt

    def field_prompt(self, card: InfoCaptureCard, index: int) -> Prompt:
        """What the visitor fills for one Info Capture field, built once per field."""
        prompt = self._prompts.get((card.id, index))
        if prompt is None:
            spec = card.fields[index]
            choices = tuple(Choice(str(i), o) for i, o in enumerate(spec.options))
            prompt = self._prompts[(card.id, index)] = Prompt(
                card.id,
                choices,
                text=not spec.options,
                field=spec.key,
                placeholder=spec.placeholder,
                optional=not spec.required,
            )
        return prompt


class Conversation:
    """A visitor's conversation with the bot, up to the hand-off or the end."""

    def __init__(
        self,
        flow: Flow,
        visitor: Visitor,
        router: Router | None = None,
        *,
        default_fallback: str = NOBODY_AVAILABLE.text,
        quiet: bool = False,
    ) -> None:
        """``quiet`` drops the event stream, for callers that read only the outcome."""
        self.flow = flow
        self.visitor = visitor
        self.router = router
        self.default_fallback = default_fallback
        self.fields: dict[str, str] = dict(visitor.fields)
        self.path: list[str] = []
        self.prompt: Prompt | None = None
        self.ended: Ended | None = None
        self.decision: Decision | None = None
        self._events: list[Event] = []
        self._card: Card | None = None
        self.quiet = quiet
        self._field = 0  # index of the Info Capture field being asked

    # --- the visitor's side ------------------------------------------------------

    def start(self) -> list[Event]:
        """Enter the start card and run until the visitor must act."""
        start = self.flow.start
        if start is None or start not in self.flow.cards:
            self._finish(None, Outcome.DEAD_END, wording("the dialog has no start card"))
            return self._flush()
        return self._run(start)

    def choose(self, key: str) -> list[Event]:
        """Press an answer button (by its key)."""
        prompt = self._expect()
        choice = next((c for c in prompt.choices if c.key == key), None)
        if choice is None:
            raise ValueError(f"'{key}' is not one of the offered answers")
        card = self._card
        assert card is not None
        if not self.quiet:
            self._emit(VisitorSaid(card.id, choice.label, choice.key, choice.said))
        self.prompt = None
        if isinstance(card, QuestionCard):
            answer = next((a for a in card.answers if a.id == key), None)
            if card.store_in_field and answer is not None:
                self._capture(card.id, card.store_in_field, answer.value or answer.label)
            return self._follow(card.id, key)
        if isinstance(card, InfoCaptureCard):
            return self._accept_field(card, choice.label)
        return self._follow(card.id, key)

    def reply(self, text: str) -> list[Event]:
        """Type a message: a free-text answer or an Info Capture field."""
        prompt = self._expect()
        if not prompt.text:
            raise ValueError("this step expects an answer button, not text")
        card = self._card
        assert card is not None
        text = text.strip()
        if not self.quiet:
            self._emit(VisitorSaid(card.id, text))
        if isinstance(card, InfoCaptureCard):
            return self._accept_field(card, text)
        self.prompt = None
        if isinstance(card, QuestionCard) and card.store_in_field:
            self._capture(card.id, card.store_in_field, text)
        return self._follow(card.id, FREE_TEXT)

    def leave(self) -> list[Event]:
        """The visitor closes the chat."""
        if self.ended:
            return []
        card_id = self._card.id if self._card else None
        self._finish(card_id, Outcome.DROPPED, wording("the visitor left the conversation"))
        return self._flush()

    def hand_off_failed(self, why: tuple[Wording, ...]) -> list[Event]:
        """Nobody accepted the offered chat: the Live Chat card's fallback message after all.

        The walk ended as a live chat when routing found an agent; a preview
        whose agents declined or let the visitor wait too long ends it here
        instead, with the same fallback the card gives when nobody is eligible.
        """
        ended = self.ended
        if ended is None or ended.outcome is not Outcome.LIVE_CHAT or ended.card_id is None:
            raise ValueError("the conversation did not hand the visitor to an agent")
        card = self.flow.cards[ended.card_id]
        fallback = card.fallback_message if isinstance(card, LiveChatCard) else None
        self._say_fallback(card.id, (fallback or "").strip() or self.default_fallback)
        self._finish(card.id, Outcome.FALLBACK, why)
        return self._flush()

    # --- walking -----------------------------------------------------------------

    def _run(self, card_id: str | None) -> list[Event]:
        cards, path, quiet = self.flow.cards, self.path, self.quiet
        steps = 0
        while card_id is not None and self.ended is None:
            steps += 1
            if steps > MAX_SILENT_STEPS:
                self._finish(
                    card_id,
                    Outcome.LOOP,
                    wording("Go To cards kept looping without the visitor acting"),
                )
                break
            card = cards[card_id]
            self._card = card
            path.append(card_id)
            if not quiet:
                self._emit(CardEntered(card_id))
                if card.poke and len(path) == 1:
                    self._emit(BotSaid(card_id, self._fill(card.poke)))
            card_id = _ENTER[type(card)](self, card)
            if self.prompt is not None:
                break
        return self._flush()

    def _message(self, card: MessageCard) -> str | None:
        if not self.quiet:
            self._say(card.id, card.text)
        return self.flow.edges.get((card.id, NEXT)) or self._next(card.id, NEXT)

    def _question(self, card: QuestionCard) -> None:
        self._say(card.id, card.text)
        prompt = self.flow.question_prompt(card)
        if prompt.choices or prompt.text:
            self._wait(prompt)
        else:  # nothing to press or type: waiting would leave the visitor stuck for good
            self._finish(card.id, Outcome.DEAD_END, NO_ANSWER)

    def _info_capture(self, card: InfoCaptureCard) -> str | None:
        if card.consent:
            self._say(card.id, card.consent)
        self._field = 0
        return self._ask_next_field(card)

    def _condition(self, card: ConditionCard) -> str | None:
        lookup = self._lookup()
        port = next((o.id for o in card.outcomes if all_match(o.criteria, lookup)), ELSE)
        return self._next(card.id, port)

    def _goal(self, card: GoalCard) -> str | None:
        self._emit(GoalReached(card.id, card.name or card.display_title(), card.score))
        return self._next(card.id, NEXT)

    def _action(self, card: ActionCard) -> str | None:
        self._capture(card.id, card.field, fill_tokens(card.value, self.fields))
        return self._next(card.id, NEXT)

    def _goto(self, card: GoToCard) -> str | None:
        if card.target in self.flow.cards:
            return card.target
        self._finish(card.id, Outcome.DEAD_END, wording("this Go To card has no target"))
        return None

    def _end(self, card: EndCard) -> None:
        self._say(card.id, card.message)
        self._finish(card.id, Outcome.ENDED, wording("the conversation reached an End card"))

    def _hand_over(self, card: LiveChatCard) -> None:
        """Route the visitor; the conversation with the bot ends either way."""
        self._say(card.id, card.text)
        decision = self._route(card)
        if decision is None or decision.agent is None:
            message = (decision.fallback_message if decision else None) or (
                card.fallback_message or self.default_fallback
            )
            self._say_fallback(card.id, message)
            if decision is None:
                self._finish(
                    card.id, Outcome.FALLBACK, wording("no agents are set up in this preview")
                )
            else:
                self._finish(card.id, Outcome.FALLBACK, () if self.quiet else decision.said)
            return None
        if self.router is not None:
            self.router.assign(decision)
        self._finish(card.id, Outcome.LIVE_CHAT, () if self.quiet else decision.said)
        return None

    def _offer_meeting(self, card: MeetingBookingCard) -> str | None:
        self._say(card.id, card.text)
        decision = self._route(card)
        if decision is None or decision.agent is None:
            self._say_fallback(card.id, card.fallback_message or self.default_fallback)
            return self._next(card.id, NO_SLOT)
        book = wording("Book a meeting with {agent}", agent=decision.agent.name)
        no = wording("No thanks")
        choices = (Choice(BOOKED, book.text, book), Choice(NO_SLOT, no.text, no))
        self._wait(Prompt(card.id, choices))
        return None

    def _route(self, card: LiveChatCard | MeetingBookingCard) -> Decision | None:
        if self.router is None:
            return None
        # Rules and account routing see what the visitor told the bot so far (an email
        # typed into an Info Capture card), as Condition cards do.
        visitor = replace(self.visitor, fields=dict(self.fields))
        decision = self.router.route(card.routing, visitor, card.fallback_message)
        self.decision = decision
        self._emit(Routed(card.id, decision))
        return decision

    def _ask_next_field(self, card: InfoCaptureCard) -> str | None:
        fields = card.fields
        while self._field < len(fields):
            spec = fields[self._field]
            if spec.when_known is _SKIP and self.fields.get(spec.key):
                self._field += 1
                continue
            if spec.prompt:
                self._say(card.id, spec.prompt)
            elif not self.quiet:
                asked = wording("What is your {field}?", field=spec.key.replace("_", " "))
                self._say(card.id, asked.text, said=asked)
            self._wait(self.flow.field_prompt(card, self._field))
            return None
        return self._next(card.id, NEXT)

    def _accept_field(self, card: InfoCaptureCard, value: str) -> list[Event]:
        spec = card.fields[self._field]
        if not value and spec.required:
            return self._ask_again(card, REQUIRED)
        problem = refusal(spec.validation, value) if value else None
        if problem:
            return self._ask_again(card, problem)
        self.prompt = None
        self._field += 1
        if value:
            self._capture(card.id, spec.key, value)
        nxt = self._ask_next_field(card)
        if self.prompt is not None:
            return self._flush()
        return self._run(nxt) if nxt else self._flush()

    def _ask_again(self, card: InfoCaptureCard, hint: Wording) -> list[Event]:
        """A refused value, typed or pressed: say why, then wait on the same field again.

        ``Waiting`` is sent again so a view that cleared the buttons on a press
        shows them again; every action that leaves the bot waiting ends with it.
        """
        self._say(card.id, hint.text, hint=True, said=hint)
        self._wait(self.flow.field_prompt(card, self._field))
        return self._flush()

    def _follow(self, card_id: str, port: str) -> list[Event]:
        nxt = self._next(card_id, port)
        return self._run(nxt) if nxt else self._flush()

    def _next(self, card_id: str, port: str) -> str | None:
        target = self.flow.next_card(card_id, port)
        if target is None and self.ended is None:
            self._finish(
                card_id,
                Outcome.DEAD_END,
                wording("output '{port}' of this card leads nowhere", port=port),
            )
        return target

    # --- helpers -------------------------------------------------------------------

    def _lookup(self) -> Mapping[str, str | None]:
        lookup = dict(self.visitor.lookup())
        lookup.update({f"field:{k}": v for k, v in self.fields.items()})
        available = self.router.any_available() if self.router is not None else False
        lookup["agents_available"] = "yes" if available else "no"
        return lookup

    def _fill(self, text: str) -> str:
        return fill_tokens(text, self.fields) if "{{" in text else text

    def _say(
        self, card_id: str, text: str, hint: bool = False, said: Wording | None = None
    ) -> None:
        """A bot line; ``said`` is its wording when the line is the app's own, not the card's."""
        if text and not self.quiet:
            self._emit(BotSaid(card_id, self._fill(text), hint, said))

    def _say_fallback(self, card_id: str, message: str) -> None:
        """The fallback message: the card's or workspace's, else the app's own (worded)."""
        if message and not self.quiet:
            self._say(card_id, message, said=_BUILT_IN_LINES.get(message))

    def _capture(self, card_id: str, key: str, value: str) -> None:
        self.fields[key] = value
        if not self.quiet:
            self._emit(FieldCaptured(card_id, key, value))

    def _wait(self, prompt: Prompt) -> None:
        self.prompt = prompt
        if not self.quiet:
            self._emit(Waiting(prompt))

    def _expect(self) -> Prompt:
        if self.ended is not None or self.prompt is None:
            raise ValueError("the conversation is not waiting for the visitor")
        return self.prompt

    def _finish(
        self, card_id: str | None, outcome: Outcome, why: Wording | tuple[Wording, ...]
    ) -> None:
        """End here; ``why`` is one sentence, or a routing decision's (none when quiet)."""
        said = (why,) if isinstance(why, Wording) else why
        self.prompt = None
        reason = "\n".join(line.text for line in said)
        self.ended = Ended(card_id, outcome, reason, tuple(self.path), said)
        self._emit(self.ended)

    def _emit(self, event: Event) -> None:
        self._events.append(event)

    def _flush(self) -> list[Event]:
        events, self._events = self._events, []
        return events


_ENTER: dict[type, Callable[[Conversation, Any], str | None]] = {
    MessageCard: Conversation._message,
    QuestionCard: Conversation._question,
    InfoCaptureCard: Conversation._info_capture,
    ConditionCard: Conversation._condition,
    GoalCard: Conversation._goal,
    ActionCard: Conversation._action,
    GoToCard: Conversation._goto,
    EndCard: Conversation._end,
    LiveChatCard: Conversation._hand_over,
    MeetingBookingCard: Conversation._offer_meeting,
}
"""How each card type is played: one method per type, looked up by the card's class."""
