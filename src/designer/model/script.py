"""The readable script of a dialog: every conversation path, as a reviewer reads it.

People who never open the app (legal, sales, a manager) review a dialog as a
script. :func:`conversation_paths` walks the graph from the start card and
returns each path as plain values (:class:`ConversationPath`: steps and how
it ends), so the Markdown here and a later HTML export render the same thing.
A path ends at an End or Live Chat card, where it would go back to a card
already on the path (loops are shown, not followed), or where an answer,
outcome or card leads nowhere (a Meeting booking's "booked" and "no slot"
outcomes are branches like any other). Tokens such as
``{{lead.firstName:"there"}}`` are left as written: the reviewer checks the
wording, not one visitor's rendering of it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

from designer.model.cards import (
    BOOKED,
    ELSE,
    FREE_TEXT,
    NEXT,
    ActionCard,
    Card,
    ConditionCard,
    EndCard,
    FieldKind,
    GoalCard,
    GoToCard,
    InfoCaptureCard,
    LiveChatCard,
    MeetingBookingCard,
    MessageCard,
    QuestionCard,
)
from designer.model.dialog import Dialog
from designer.model.routing import CustomRules

DEFAULT_LIMIT = 200
COUNT_BUDGET = 200_000
"""Walk steps spent counting the paths beyond the limit before saying "more than"."""

GOTO_PORT = "goto"


class StepKind(StrEnum):
    """Who or what a step is: the bot speaks, the visitor acts, or a silent note."""

    BOT = "bot"
    VISITOR = "visitor"
    NOTE = "note"
    LIVE_CHAT = "live_chat"
    MEETING = "meeting"


class EndingKind(StrEnum):
    """How a path stops."""

    END = "end"
    LIVE_CHAT = "live_chat"
    LOOP = "loop"
    DEAD_END = "dead_end"


@dataclass(frozen=True)
class Step:
    """One line of a path; ``details`` are sub-points such as custom routing rules."""

    kind: StepKind
    text: str
    card_id: str
    details: tuple[str, ...] = ()


@dataclass(frozen=True)
class Ending:
    """Why a path stops: ``label`` names it in a heading, ``text`` says it in a sentence."""

    kind: EndingKind
    label: str
    text: str
    card_id: str


@dataclass(frozen=True)
class ConversationPath:
    """One way through the dialog: the choices made, every step, and how it ends."""

    choices: tuple[str, ...]
    steps: tuple[Step, ...]
    ending: Ending

    @property
    def title(self) -> str:
        """``Yes → Sales rep``: the answers chosen, then where the path ends."""
        return " → ".join((*self.choices, self.ending.label))


@dataclass(frozen=True)
class ScriptResult:
    """The listed paths, how many more exist, and why there are none if so."""

    paths: tuple[ConversationPath, ...]
    omitted: int = 0
    omitted_at_least: bool = False
    problem: str | None = None

    def count_sentence(self) -> str:
        """``12 conversation paths.``, the line both the Markdown and HTML scripts open with."""
        total = len(self.paths) + self.omitted
        plural = "s" if total != 1 or self.omitted_at_least else ""
        count = f"More than {total}" if self.omitted_at_least else str(total)
        return f"{count} conversation path{plural}."

    def omitted_sentence(self) -> str | None:
        """Say "37 more paths were not listed", or None when every path is listed."""
        if not self.omitted:
            return None
        many = self.omitted != 1 or self.omitted_at_least
        count = f"more than {self.omitted}" if self.omitted_at_least else str(self.omitted)
        verb = "were" if many else "was"
        return f"{count} more path{'s' if many else ''} {verb} not listed"


# --- walking the graph ------------------------------------------------------------


class _Walker:
    """Depth-first, iterative (dialogs may be deeper than Python's recursion limit).

    :meth:`run` yields one :class:`Ending` per path while :attr:`path` holds the
    (card id, port taken) pairs of that path, so paths are counted without
    being built.
    """

    def __init__(self, dialog: Dialog) -> None:
        self.cards: dict[str, Card] = {}
        for card in dialog.cards:
            self.cards.setdefault(card.id, card)
        self.edges: dict[tuple[str, str], str] = {}
        for edge in dialog.edges:
            self.edges.setdefault(edge.key, edge.target)
        self.path: list[tuple[str, str | None]] = []
        self.work = 0

    def _target(self, card: Card, port: str) -> str | None:
        if isinstance(card, GoToCard):
            return card.target
        return self.edges.get((card.id, port))

    def run(self, start: str) -> Iterator[Ending]:
        on_path: set[str] = set()
        frames: list[tuple[Card, list[str], list[int]]] = []
        pending: str | None = start
        while True:
            self.work += 1
            if pending is not None:
                ending, transient = self._enter(pending, on_path, frames)
                pending = None
                if ending is not None:
                    yield ending
                if transient:
                    self.path.pop()
            if not frames:
                return
            card, ports, index = frames[-1]
            if index[0] < len(ports):
                port = ports[index[0]]
                index[0] += 1
                self.path[-1] = (card.id, port)
                pending = self._target(card, port)
                if pending is None:
                    yield self._dead_end(card, port)
            else:
                frames.pop()
                self.path.pop()
                on_path.discard(card.id)

    def _enter(
        self, card_id: str, on_path: set[str], frames: list[tuple[Card, list[str], list[int]]]
    ) -> tuple[Ending | None, bool]:
        """Step onto a card: the ending it makes (if any), and whether to pop it after."""
        if card_id in on_path:
            return self._loop(card_id), False
        card = self.cards.get(card_id)
        if card is None:
            source, port = self.path[-1]
            return self._dead_end(self.cards[source], port, missing=card_id), False
        self.path.append((card_id, None))
        if card.ends_branch and not isinstance(card, GoToCard):
            return self._terminal(card), True
        ports = [GOTO_PORT] if isinstance(card, GoToCard) else card.port_keys()
        if not ports:
            return self._dead_end(card, None), True
        on_path.add(card_id)
        frames.append((card, ports, [0]))
        return None, False

    def _terminal(self, card: Card) -> Ending:
        if isinstance(card, LiveChatCard):
            return Ending(
                EndingKind.LIVE_CHAT,
                card.title or "Live chat",
                "The conversation goes on with a live agent (or the fallback message).",
                card.id,
            )
        return Ending(EndingKind.END, card.title or "End", "The conversation ends.", card.id)

    def _loop(self, card_id: str) -> Ending:
        name = self.cards[card_id].display_title()
        return Ending(
            EndingKind.LOOP,
            f"back to '{name}'",
            f"The conversation goes back to '{name}'.",
            card_id,
        )

    def _dead_end(self, card: Card, port: str | None, missing: str | None = None) -> Ending:
        if isinstance(card, GoToCard):
            gone = f"jumps to '{missing}', which does not exist" if missing else "has no target"
            why = f"this Go To card {gone}"
        elif port is None:
            why = f"this {card.kind_label} card has no way on"
        else:
            what = "answer" if isinstance(card, QuestionCard) else "outcome"
            what = "card" if port == NEXT else what
            why = f"this {what} leads nowhere" if port != NEXT else "nothing follows this card"
            if missing is not None:
                why = f"this {what} leads to '{missing}', which does not exist"
        text = f"The conversation stops here: {why}."
        return Ending(EndingKind.DEAD_END, "leads nowhere", text, card.id)


# --- turning a walked path into steps ----------------------------------------------

_FIELD_WORDS = {
    FieldKind.FIRST_NAME: "first name",
    FieldKind.LAST_NAME: "last name",
    FieldKind.EMAIL: "email",
    FieldKind.PHONE: "phone number",
    FieldKind.COMPANY: "company",
    FieldKind.JOB_TITLE: "job title",
}


def _bot(card: Card, text: str | None) -> list[Step]:
    return [Step(StepKind.BOT, text, card.id)] if text and text.strip() else []


def _card_steps(card: Card, port: str | None, cards: dict[str, Card]) -> list[Step]:
    """The lines one card contributes when the visitor leaves it by ``port``."""
    steps: list[Step] = []
    if card.poke:
        steps.append(Step(StepKind.NOTE, f"Poke beside the chat icon: {card.poke}", card.id))
    if isinstance(card, MessageCard):
        steps += _bot(card, card.text)
    elif isinstance(card, QuestionCard):
        steps += _bot(card, card.text)
        steps += _answer_steps(card, port)
    elif isinstance(card, InfoCaptureCard):
        steps += _bot(card, card.consent)
        for field in card.fields:
            steps += _bot(card, field.prompt)
            if field.kind is FieldKind.CUSTOM:
                what = (field.name or "answer").replace("_", " ")
            else:
                what = _FIELD_WORDS[field.kind]
            verb = f"types their {what}"
            if field.options:
                verb = f"picks their {what} from: {', '.join(field.options)}"
            verb += "" if field.required else " (optional)"
            steps.append(Step(StepKind.VISITOR, verb, card.id))
    elif isinstance(card, ConditionCard):
        steps.append(Step(StepKind.NOTE, _condition_text(card, port), card.id))
    elif isinstance(card, LiveChatCard):
        steps += _bot(card, card.text)
        steps.append(_handoff(card, "hands the visitor to a live agent"))
    elif isinstance(card, MeetingBookingCard):
        steps += _bot(card, card.text)
        steps.append(_handoff(card, "offers a meeting in an agent's calendar"))
        if port == BOOKED:
            steps.append(Step(StepKind.VISITOR, "books a meeting", card.id))
        else:
            steps.append(Step(StepKind.NOTE, "No meeting slot suits the visitor", card.id))
            steps += _bot(card, card.fallback_message)
    elif isinstance(card, GoalCard):
        name = card.name or card.display_title()
        score = f" (score {card.score})" if card.score else ""
        steps.append(Step(StepKind.NOTE, f"Goal reached: {name}{score}", card.id))
    elif isinstance(card, ActionCard):
        steps.append(Step(StepKind.NOTE, f"Sets field '{card.field}' to \"{card.value}\"", card.id))
    elif isinstance(card, GoToCard):
        target = cards.get(card.target or "")
        if target is not None:
            steps.append(Step(StepKind.NOTE, f"Goes to '{target.display_title()}'", card.id))
    elif isinstance(card, EndCard):
        steps += _bot(card, card.message)
    return steps


def _answer_steps(card: QuestionCard, port: str | None) -> list[Step]:
    if port == FREE_TEXT:
        text = "types a free-text answer"
    else:
        answer = next((a for a in card.answers if a.id == port), None)
        if answer is None:
            return []
        text = f'clicks "{answer.label}"'
        if card.store_in_field and answer.value and answer.value != answer.label:
            text += f" (stored as \"{answer.value}\" in '{card.store_in_field}')"
    if card.store_in_field and "stored" not in text:
        text += f" (stored in '{card.store_in_field}')"
    return [Step(StepKind.VISITOR, text, card.id)]


def _condition_text(card: ConditionCard, port: str | None) -> str:
    def criteria(outcome_criteria: list) -> str:  # type: ignore[type-arg]
        return " and ".join(c.describe() for c in outcome_criteria) or "always"

    if port == ELSE:
        others = [criteria(o.criteria) for o in card.outcomes]
        if len(others) > 1:
            return f"{card.else_label} (none of: {'; '.join(others)})"
        return f"{card.else_label} (not: {others[0]})" if others else card.else_label
    outcome = next((o for o in card.outcomes if o.id == port), None)
    if outcome is None:
        return card.display_title()
    return f"If {criteria(outcome.criteria)}"


def _handoff(card: LiveChatCard | MeetingBookingCard, verb: str) -> Step:
    routing = card.routing
    fallback = (
        f'the bot says "{card.fallback_message}"'
        if card.fallback_message
        else "the bot shows the workspace's default fallback message"
    )
    if isinstance(routing, CustomRules):
        rules = [rule.describe() for rule in routing.rules]
        details = [*rules, f"No rule matches or nobody is available: {fallback}"]
    else:
        details = [f"Nobody is available: {fallback}"]
    kind = StepKind.LIVE_CHAT if isinstance(card, LiveChatCard) else StepKind.MEETING
    return Step(kind, f"{verb}: {routing.describe()}", card.id, tuple(details))


def _choice(card: Card, port: str | None) -> str | None:
    """The label a path heading shows for this card, when it is a choice."""
    if port is None or not isinstance(card, QuestionCard | ConditionCard | MeetingBookingCard):
        return None
    return next((p.label for p in card.ports() if p.key == port), port)


def _build(walker: _Walker, ending: Ending) -> ConversationPath:
    steps: list[Step] = []
    choices: list[str] = []
    for card_id, port in walker.path:
        card = walker.cards[card_id]
        steps += _card_steps(card, port, walker.cards)
        choice = _choice(card, port)
        if choice:
            choices.append(choice)
    return ConversationPath(tuple(choices), tuple(steps), ending)


def conversation_paths(dialog: Dialog, limit: int = DEFAULT_LIMIT) -> ScriptResult:
    """Every path from the start card to an end, at most ``limit`` of them.

    Beyond the limit, the remaining paths are counted (not built) within a
    fixed budget; past it the result says "more than" the number counted.
    """
    walker = _Walker(dialog)
    if dialog.start is None:
        return ScriptResult((), problem="The dialog has no start card, so no conversation begins.")
    if dialog.start not in walker.cards:
        problem = f"The start card '{dialog.start}' does not exist, so no conversation begins."
        return ScriptResult((), problem=problem)
    paths: list[ConversationPath] = []
    omitted = 0
    walk = walker.run(dialog.start)
    for ending in walk:
        if len(paths) < limit:
            paths.append(_build(walker, ending))
            continue
        omitted += 1
        if walker.work > COUNT_BUDGET:
            return ScriptResult(tuple(paths), omitted, omitted_at_least=True)
    return ScriptResult(tuple(paths), omitted)


# --- Markdown ---------------------------------------------------------------------

_PREFIX = {
    StepKind.BOT: "**Bot:** ",
    StepKind.VISITOR: "**Visitor:** ",
    StepKind.LIVE_CHAT: "**Live chat:** ",
    StepKind.MEETING: "**Meeting:** ",
}


def _indent(text: str, by: str) -> str:
    """Continuation lines indented so a multi-line bot text stays in its list item."""
    return text.replace("\r\n", "\n").replace("\n", "\n" + by)


def _one_line(text: str) -> str:
    """Headings are one line whatever the labels hold."""
    return " ".join(text.split())


def _step_markdown(number: int, step: Step) -> list[str]:
    lead = f"{number}. "
    pad = " " * len(lead)
    body = f"*{step.text}*" if step.kind is StepKind.NOTE else _PREFIX[step.kind] + step.text
    lines = [lead + _indent(body, pad)]
    lines += [f"{pad}- {_indent(d, pad + '  ')}" for d in step.details]
    return lines


def script_markdown(dialog: Dialog, limit: int = DEFAULT_LIMIT) -> str:
    """The script as Markdown: title, description, then one numbered section per path."""
    result = conversation_paths(dialog, limit)
    out = [f"# {_one_line(dialog.name)}", ""]
    if dialog.description.strip():
        out += [dialog.description.strip(), ""]
    if result.problem:
        return "\n".join([*out, f"*{result.problem}*", ""])
    out += [result.count_sentence(), ""]
    for number, path in enumerate(result.paths, 1):
        out += [f"## Path {number} — {_one_line(path.title)}", ""]
        n = 0
        for n, step in enumerate(path.steps, 1):
            out += _step_markdown(n, step)
        out += [f"{n + 1}. *{path.ending.text}*", ""]
    sentence = result.omitted_sentence()
    if sentence:
        out += [f"*{sentence[0].upper()}{sentence[1:]} (the script lists {limit}).*", ""]
    return "\n".join(out)
