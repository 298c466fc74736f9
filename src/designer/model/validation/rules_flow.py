"""Rules on the paths visitors take from the start card.

All of them are walks over :class:`DialogGraph`. The best-practice warnings
ask "can a visitor reach this Live Chat card without passing X?", which is a
single walk that stops at X: that is the all-paths ("must") question of a
forward dataflow answered in linear time, with nothing to iterate to a fixpoint.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from designer.model.cards import (
    ActionCard,
    Card,
    ConditionCard,
    EndCard,
    FieldKind,
    GoToCard,
    InfoCaptureCard,
    LiveChatCard,
    MeetingBookingCard,
    QuestionCard,
)
from designer.model.criteria import Attribute, Criterion
from designer.model.validation.graph import DialogGraph
from designer.model.validation.problems import Problem, Wording, problem, wording

REQUIRED_BEFORE_LIVE_CHAT = (FieldKind.FIRST_NAME.value, FieldKind.EMAIL.value)
"""The fields the seed says an agent should know before a chat starts, in message order."""

_EXITS = (EndCard, LiveChatCard, MeetingBookingCard)


def captures(card: Card, key: str) -> bool:
    """Whether passing this card surely stores a value in the visitor field ``key``.

    Optional Info Capture fields do not count: the visitor may skip them.
    """
    if isinstance(card, InfoCaptureCard):
        return any(f.key == key and f.required for f in card.fields)
    if isinstance(card, QuestionCard):
        return card.store_in_field == key
    if isinstance(card, ActionCard):
        return card.field == key and bool(card.value.strip())
    return False


def checks_availability(criterion: Criterion) -> bool:
    """Whether a criterion lets through only visitors for whom agents are available.

    The engine gives this attribute the value ``yes`` or ``no``. An outcome
    testing "is no" (or "is known") does not count: the Live Chat card behind
    it would still meet an empty inbox.
    """
    if criterion.attribute is not Attribute.AGENTS_AVAILABLE:
        return False
    return criterion.matches("yes") and not criterion.matches("no")


@dataclass(frozen=True)
class FlowFinding:
    """A path problem before it is put in words: codes and card ids, no titles.

    The editor keeps findings while only titles change (a rename does not move
    any path) and words them again, so renaming a card never re-walks the graph.
    """

    code: str
    card_id: str
    other: str | None = None
    """The card a Go To jumps to, for ``loop-without-exit``."""
    missing: tuple[str, ...] = ()
    """The required fields a visitor can arrive without, for the Info Capture warning."""


def check_flow(g: DialogGraph) -> Iterator[Problem]:
    """Unreachable cards, the seed's best practices before Live Chat, and trapping loops."""
    title = g.title
    for finding in flow_findings(g):
        yield word_finding(finding, title, g.path(g.node_of[finding.card_id]))


def flow_findings(g: DialogGraph) -> Iterator[FlowFinding]:
    """What :func:`check_flow` reports, as findings."""
    yield from _check_loops(g)
    if g.start is None:
        return  # no-start / unknown-start already say it; every card would look unreachable
    reached = g.reach([g.start])
    for n, card in enumerate(g.nodes):
        if not reached[n]:
            yield FlowFinding("unreachable", card.id)
    chats = [n for n, card in enumerate(g.nodes) if reached[n] and isinstance(card, LiveChatCard)]
    if chats:
        yield from _check_before_live_chat(g, chats)


def word_finding(finding: FlowFinding, title: Callable[[str], str], path: str) -> Problem:
    """The finding as a problem, with the cards' current titles (``title`` of a card id)."""
    name = title(finding.card_id)
    code = finding.code
    if code == "unreachable":
        said = wording(
            "No path from the start card leads to '{title}': link it from another card, "
            "or remove it.",
            title=name,
        )
    elif code == "no-question-before-live-chat":
        said = wording(
            "Visitors can reach '{title}' without being asked whether they want to chat: "
            "put a Question card before it that asks them.",
            title=name,
        )
    elif code == "no-info-capture-before-live-chat":
        said = _missing_fields(finding.missing, name)
    elif code == "no-availability-check":
        said = wording(
            "Visitors can reach '{title}' when no agent may be available: place it after "
            "a Condition card outcome that checks live agents are available.",
            title=name,
        )
    else:
        assert code == "loop-without-exit" and finding.other is not None
        said = wording(
            "'{title}' jumps to '{target}', from where visitors can never reach an End, "
            "Live Chat or Meeting booking card: give the loop a way out.",
            title=name,
            target=title(finding.other),
        )
    return problem(code, finding.card_id, said, path)


def _missing_fields(missing: tuple[str, ...], name: str) -> Wording:
    """One sentence per set of missing fields, so a translation can word each one whole."""
    if missing == (FieldKind.FIRST_NAME.value,):
        return wording(
            "Visitors can reach '{title}' without giving their first name: put an Info "
            "Capture card before it that requires first name and email.",
            title=name,
        )
    if missing == (FieldKind.EMAIL.value,):
        return wording(
            "Visitors can reach '{title}' without giving their email: put an Info "
            "Capture card before it that requires first name and email.",
            title=name,
        )
    assert missing == REQUIRED_BEFORE_LIVE_CHAT, missing
    return wording(
        "Visitors can reach '{title}' without giving their first name and email: put an "
        "Info Capture card before it that requires first name and email.",
        title=name,
    )


def _avoiding(g: DialogGraph, blocked: Callable[[Card], bool]) -> list[bool]:
    """Nodes some path from the start reaches without passing a blocked card."""
    assert g.start is not None
    stops = [blocked(card) for card in g.nodes]
    return g.reach([g.start], stops=stops)


def _check_before_live_chat(g: DialogGraph, chats: list[int]) -> Iterator[FlowFinding]:
    no_question = _avoiding(g, lambda c: isinstance(c, QuestionCard))
    missing_field = {
        key: _avoiding(g, lambda card, key=key: captures(card, key))
        for key in REQUIRED_BEFORE_LIVE_CHAT
    }
    checked: dict[int, set[str]] = {}
    for n, card in enumerate(g.nodes):
        if isinstance(card, ConditionCard):
            ports = {o.id for o in card.outcomes if any(map(checks_availability, o.criteria))}
            if ports:
                checked[n] = ports
    assert g.start is not None
    if checked:
        unchecked = g.reach([g.start], follow=lambda n, port: port not in checked.get(n, ()))
    else:
        unchecked = g.reach([g.start])
    for n in chats:
        card_id = g.nodes[n].id
        if no_question[n]:
            yield FlowFinding("no-question-before-live-chat", card_id)
        missing = tuple(k for k in REQUIRED_BEFORE_LIVE_CHAT if missing_field[k][n])
        if missing:
            yield FlowFinding("no-info-capture-before-live-chat", card_id, missing=missing)
        if unchecked[n]:
            yield FlowFinding("no-availability-check", card_id)


def _check_loops(g: DialogGraph) -> Iterator[FlowFinding]:
    """A Go To into a region with no End, Live Chat or Meeting booking traps the visitor."""
    gotos = [n for n, card in enumerate(g.nodes) if isinstance(card, GoToCard)]
    if not gotos:
        return
    exits = [n for n, card in enumerate(g.nodes) if isinstance(card, _EXITS)]
    can_exit = g.reach_back(exits)
    for n in gotos:
        card = g.nodes[n]
        assert isinstance(card, GoToCard)
        target = g.node_of.get(card.target) if card.target is not None else None
        if target is None or can_exit[target]:
            continue  # a missing target is goto-no-target / goto-unknown-target
        yield FlowFinding("loop-without-exit", card.id, other=card.target)
