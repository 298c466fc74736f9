"""A dialog compiled once for the simulator: each card a node with its next cards bound.

The simulator walks 100,000 visitors through the same graph, so everything a
step can know before a visitor arrives is worked out here once: the node each
port leads to (None where the port leads nowhere), the Go To target, the
answers and fields a prompt offers. Walking is then attribute reads instead of
dictionary look-ups, event objects and one method call per card.

The rules are those of :class:`~designer.engine.conversation.Conversation`
(the preview's walker, which stays the reference);
``tests/engine/test_simulation_equivalence.py`` checks that both give the same
paths, outcomes and routing for generated dialogs, workspaces and visitors.
"""

from __future__ import annotations

from designer.engine.conversation import Flow
from designer.model.cards import (
    BOOKED,
    NEXT,
    NO_SLOT,
    ActionCard,
    Answer,
    CaptureField,
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
    Validation,
    WhenKnown,
)
from designer.model.criteria import Criterion

# What a node does when entered; plain ints so the walker's dispatch is cheap.
PASS = 0  # Message, Goal: go on by "next" (nothing the simulation can see happens)
QUESTION = 1
INFO_CAPTURE = 2
CONDITION = 3
ACTION = 4
GOTO = 5
END = 6
LIVE_CHAT = 7
MEETING = 8
NO_ANSWER = 9  # a Question offering neither buttons nor typing: a dead end, nobody is asked

_KINDS: dict[type, int] = {
    MessageCard: PASS,
    GoalCard: PASS,
    QuestionCard: QUESTION,
    InfoCaptureCard: INFO_CAPTURE,
    ConditionCard: CONDITION,
    ActionCard: ACTION,
    GoToCard: GOTO,
    EndCard: END,
    LiveChatCard: LIVE_CHAT,
    MeetingBookingCard: MEETING,
}

MEETING_KEYS = (BOOKED, NO_SLOT)
"""The two buttons a Meeting booking offers, in the preview's order."""


class FieldStep:
    """One Info Capture field as the walker asks it."""

    __slots__ = ("key", "options", "required", "skip_when_known", "validation")

    def __init__(self, spec: CaptureField) -> None:
        self.key = spec.key
        self.options: tuple[str, ...] = tuple(spec.options)
        self.required = spec.required
        self.skip_when_known = spec.when_known is WhenKnown.SKIP
        # None when anything typed is accepted: the walker then skips check_value.
        self.validation: str | None = (
            None if spec.validation is Validation.NONE else str(spec.validation)
        )


class Node:
    """One card, with what entering it needs and the nodes its ports lead to.

    ``ports`` maps each port key (next, answers, outcomes, booked / no slot)
    to its node; ``next`` is the "next" port's node, or a Go To's target.
    A port that leads nowhere is simply absent: the walker reports a dead end.
    """

    __slots__ = (
        "answers",
        "card",
        "fields",
        "free_text",
        "id",
        "index",
        "kind",
        "next",
        "outcomes",
        "ports",
        "store_in",
    )

    def __init__(self, index: int, card: Card) -> None:
        kind = _KINDS.get(type(card))
        if kind is None:
            raise TypeError(f"no walking rule for {type(card).__name__} cards")
        self.index = index
        self.id: str = card.id
        self.card = card
        self.kind = kind
        self.next: Node | None = None
        self.ports: dict[str, Node] = {}
        self.answers: tuple[Answer, ...] = ()
        self.store_in: str | None = None
        self.free_text = False
        self.fields: tuple[FieldStep, ...] = ()
        self.outcomes: tuple[tuple[str, tuple[Criterion, ...]], ...] = ()
        if isinstance(card, QuestionCard):
            self.answers = tuple(card.answers)
            self.store_in = card.store_in_field
            self.free_text = card.allow_free_text
            if not (self.answers or self.free_text):
                self.kind = NO_ANSWER
        elif isinstance(card, InfoCaptureCard):
            self.fields = tuple(FieldStep(spec) for spec in card.fields)
        elif isinstance(card, ConditionCard):
            self.outcomes = tuple((o.id, tuple(o.criteria)) for o in card.outcomes)

    def __repr__(self) -> str:
        return f"Node({self.id!r}, kind={self.kind})"


class CompiledFlow:
    """Every card of a :class:`Flow` as a :class:`Node`, linked to the nodes it leads to."""

    def __init__(self, flow: Flow) -> None:
        self.flow = flow
        self.nodes: dict[str, Node] = {
            card_id: Node(i, card) for i, (card_id, card) in enumerate(flow.cards.items())
        }
        nodes = self.nodes
        for (source, port), target in flow.edges.items():
            node = nodes.get(source)
            if node is None:
                continue  # an edge from a missing card: nobody can stand there
            node.ports[port] = nodes[target]  # Flow keeps only edges to existing cards
        for node in nodes.values():
            card = node.card
            if isinstance(card, GoToCard):
                # Go To follows its target, never an edge; a missing target is a dead end.
                node.next = nodes.get(card.target) if card.target else None
            else:
                node.next = node.ports.get(NEXT)
        self.start: Node | None = nodes.get(flow.start) if flow.start else None

    def __len__(self) -> int:
        return len(self.nodes)
