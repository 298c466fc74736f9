"""Rules on the graph's structure: the start card, ids, links and ports.

These are the errors that make a dialog impossible to run as drawn: a visitor
would start nowhere, follow a link into nothing, or stop mid-conversation.
"""

from __future__ import annotations

from collections.abc import Iterator

from designer.model.cards import (
    ELSE,
    FREE_TEXT,
    NEXT,
    Answer,
    Card,
    ConditionCard,
    LiveChatCard,
    Outcome,
    QuestionCard,
)
from designer.model.dialog import Edge
from designer.model.validation.graph import DialogGraph
from designer.model.validation.problems import Problem, problem


def port_phrase(card: Card, port: str) -> str:
    """How a marketer names one way on from a card, at the start of a sentence."""
    title = card.display_title()
    if port == NEXT:
        return f"'{title}'"
    if port == FREE_TEXT:
        return f"The typed answer of '{title}'"
    label = dict(card.ports()).get(port, port)
    if isinstance(card, QuestionCard):
        return f"Answer '{label}' of '{title}'"
    if isinstance(card, ConditionCard) and port == ELSE:
        return f"The '{label}' branch of '{title}'"
    return f"Outcome '{label}' of '{title}'"


def _port_path(g: DialogGraph, node: int, port: str) -> str:
    """The JSON path of the answer or outcome a port stands for, else of the card."""
    card = g.nodes[node]
    items: list[Answer] | list[Outcome]
    if isinstance(card, QuestionCard):
        name, items = "answers", card.answers
    elif isinstance(card, ConditionCard):
        name, items = "outcomes", card.outcomes
    else:
        return g.path(node)
    for k, item in enumerate(items):
        if item.id == port:
            return f"{g.path(node)}.{name}[{k}]"
    return g.path(node)


def check_start(g: DialogGraph) -> Iterator[Problem]:
    """The visitor must enter somewhere that exists."""
    start = g.dialog.start
    if start is None:
        yield problem(
            "no-start",
            None,
            "The dialog has no start card: choose the card visitors see first.",
            "$.start",
        )
    elif g.start is None:
        yield problem(
            "unknown-start",
            None,
            f"The start card '{start}' does not exist: choose the card visitors see first.",
            "$.start",
        )


def check_ids(g: DialogGraph) -> Iterator[Problem]:
    """Links and the start name cards by id, so an id must name one card."""
    for i, card in enumerate(g.dialog.cards):
        first = g.node_of[card.id]
        if g.card_index[first] != i:
            yield problem(
                "duplicate-id",
                card.id,
                f"'{card.display_title()}' has the same id '{card.id}' as "
                f"'{g.nodes[first].display_title()}': give one of them another id.",
                f"$.cards[{i}].id",
            )


def check_edges(g: DialogGraph) -> Iterator[Problem]:
    """Each link must leave an existing port of an existing card for an existing card.

    One problem per link, the most basic first, since the fix (remove or
    reconnect the link) is the same and one message is enough to act on.
    """
    taken: set[tuple[str, str]] = set()
    port_sets = [set(keys) for keys in g.ports]
    for j, edge in enumerate(g.dialog.edges):
        src, dst = g.node_of.get(edge.source), g.node_of.get(edge.target)
        sound = (
            src is not None
            and dst is not None
            and edge.port in port_sets[src]
            and edge.key not in taken
        )
        taken.add(edge.key)
        if not sound:
            yield _edge_problem(g, edge, src, dst, port_sets, f"$.edges[{j}]", taken)


def _edge_problem(
    g: DialogGraph,
    edge: Edge,
    src: int | None,
    dst: int | None,
    port_sets: list[set[str]],
    path: str,
    taken: set[tuple[str, str]],
) -> Problem:
    """The one problem of a link known to be wrong, most basic cause first."""
    to = g.nodes[dst].display_title() if dst is not None else edge.target
    if src is None:
        if dst is None:
            msg = (
                f"A link goes from a card '{edge.source}' to a card '{edge.target}', "
                "and neither exists: remove the link."
            )
        else:
            msg = (
                f"A link into '{to}' comes from a card '{edge.source}' that does not "
                "exist: remove the link."
            )
        return problem("edge-unknown-card", None if dst is None else edge.target, msg, path)
    card = g.nodes[src]
    title = card.display_title()
    if isinstance(card, LiveChatCard):
        msg = (
            f"'{title}' is a Live Chat card and must be the last card of its branch: "
            f"remove its link to '{to}'."
        )
        return problem("live-chat-not-last", edge.source, msg, path)
    if edge.port not in port_sets[src]:
        if card.ends_branch:
            msg = f"'{title}' ends its branch, so nothing can follow it: remove its link to '{to}'."
        else:
            msg = (
                f"A link to '{to}' leaves '{title}' from '{edge.port}', which the card "
                "no longer has: remove the link or draw it from an existing answer."
            )
        return problem("edge-unknown-port", edge.source, msg, path)
    if dst is None:
        msg = (
            f"{port_phrase(card, edge.port)} links to a card '{edge.target}' that does "
            "not exist: connect it to another card."
        )
        return problem("edge-unknown-card", edge.source, msg, path)
    msg = f"{port_phrase(card, edge.port)} has more than one link: keep one and remove the others."
    return problem("duplicate-edge", edge.source, msg, path)


def check_dead_ends(g: DialogGraph) -> Iterator[Problem]:
    """The most common bug: a way on that leads nowhere, so the bot just stops."""
    for n, card in enumerate(g.nodes):
        for port in g.ports[n]:
            if (card.id, port) in g.wired_ports:
                continue
            where = "the next card" if port == NEXT else "a card"
            yield problem(
                "dead-end",
                card.id,
                f"{port_phrase(card, port)} leads nowhere: connect it to {where}, "
                "or to an End card.",
                _port_path(g, n, port),
            )
