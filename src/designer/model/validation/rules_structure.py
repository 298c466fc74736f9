"""Rules on the graph's structure: the start card, ids, links and ports.

These are the errors that make a dialog impossible to run as drawn: a visitor
would start nowhere, follow a link into nothing, or stop mid-conversation.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Iterator

from designer.model.cards import (
    Answer,
    Card,
    ConditionCard,
    LiveChatCard,
    Outcome,
    QuestionCard,
)
from designer.model.dialog import Edge
from designer.model.validation.graph import DialogGraph
from designer.model.validation.port_sentences import has_more_links, leads_nowhere, links_to_nothing
from designer.model.validation.problems import Problem, Wording, problem, wording


def _port_path(card: Card, path: str, port: str) -> str:
    """The JSON path of the answer or outcome a port stands for, else ``path`` (the card's)."""
    items: list[Answer] | list[Outcome]
    if isinstance(card, QuestionCard):
        name, items = "answers", card.answers
    elif isinstance(card, ConditionCard):
        name, items = "outcomes", card.outcomes
    else:
        return path
    for k, item in enumerate(items):
        if item.id == port:
            return f"{path}.{name}[{k}]"
    return path


def check_start(g: DialogGraph) -> Iterator[Problem]:
    """The visitor must enter somewhere that exists."""
    yield from start_problems(g.dialog.start, g.start is not None)


def start_problems(start: str | None, exists: bool) -> Iterator[Problem]:
    """The dialog-wide problem of a missing or unknown start card, if any."""
    if start is None:
        yield problem(
            "no-start",
            None,
            wording("The dialog has no start card: choose the card visitors see first."),
            "$.start",
        )
    elif not exists:
        yield problem(
            "unknown-start",
            None,
            wording(
                "The start card '{start}' does not exist: choose the card visitors see first.",
                start=start,
            ),
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
                wording(
                    "'{title}' has the same id '{id}' as '{other}': give one of them another id.",
                    title=card.display_title(),
                    id=card.id,
                    other=g.nodes[first].display_title(),
                ),
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
            yield edge_problem(
                edge,
                None if src is None else g.nodes[src],
                None if dst is None else g.nodes[dst],
                () if src is None else port_sets[src],
                f"$.edges[{j}]",
            )


def edge_problem(
    edge: Edge, source: Card | None, target: Card | None, ports: Container[str], path: str
) -> Problem:
    """The one problem of a link known to be wrong, most basic cause first.

    ``ports`` are the source card's port keys. A link whose cards and port
    all exist is wrong only as a second link from the same port.
    """
    to = target.display_title() if target is not None else edge.target
    said: Wording
    if source is None:
        if target is None:
            said = wording(
                "A link goes from a card '{source}' to a card '{target}', and neither exists: "
                "remove the link.",
                source=edge.source,
                target=edge.target,
            )
        else:
            said = wording(
                "A link into '{target}' comes from a card '{source}' that does not exist: "
                "remove the link.",
                target=to,
                source=edge.source,
            )
        return problem("edge-unknown-card", None if target is None else edge.target, said, path)
    title = source.display_title()
    if isinstance(source, LiveChatCard):
        said = wording(
            "'{title}' is a Live Chat card and must be the last card of its branch: "
            "remove its link to '{target}'.",
            title=title,
            target=to,
        )
        return problem("live-chat-not-last", edge.source, said, path)
    if edge.port not in ports:
        if source.ends_branch:
            said = wording(
                "'{title}' ends its branch, so nothing can follow it: remove its link to "
                "'{target}'.",
                title=title,
                target=to,
            )
        else:
            said = wording(
                "A link to '{target}' leaves '{title}' from '{port}', which the card no longer "
                "has: remove the link or draw it from an existing answer.",
                target=to,
                title=title,
                port=edge.port,
            )
        return problem("edge-unknown-port", edge.source, said, path)
    if target is None:
        said = links_to_nothing(source, edge.port, edge.target)
        return problem("edge-unknown-card", edge.source, said, path)
    return problem("duplicate-edge", edge.source, has_more_links(source, edge.port), path)


def check_dead_ends(g: DialogGraph) -> Iterator[Problem]:
    """The most common bug: a way on that leads nowhere, so the bot just stops."""
    wired = g.wired_ports
    for n, card in enumerate(g.nodes):
        yield from dead_ends(card, g.ports[n], wired, g.path(n))


def dead_ends(
    card: Card, ports: Iterable[str], wired: Container[tuple[str, str]], path: str
) -> Iterator[Problem]:
    """One card's ports that no link leaves from; ``wired`` holds (card id, port) pairs."""
    for port in ports:
        if (card.id, port) in wired:
            continue
        yield problem("dead-end", card.id, leads_nowhere(card, port), _port_path(card, path, port))
