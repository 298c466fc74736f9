"""Realistic generated dialogs of N cards for the benchmarks, laid out left to right.

The shape follows ``tests/model/test_layout.py``'s generator (duplicated here:
tests import nothing from bench): a tree of Questions (2-3 answers) with
Messages between them; branches end in Info Capture -> Live Chat, an
availability Condition, a shared or own End, or a Go To jumping back to an
earlier question. Same ``n`` and ``seed``, same dialog and positions.

    python bench/generate.py 5000 big.json
"""

from __future__ import annotations

import argparse
import random
from functools import lru_cache
from pathlib import Path

from designer.model.cards import (
    Answer,
    CaptureField,
    Card,
    ConditionCard,
    EndCard,
    GoToCard,
    InfoCaptureCard,
    LiveChatCard,
    MessageCard,
    Outcome,
    Position,
    QuestionCard,
)
from designer.model.codec import save_dialog
from designer.model.dialog import Dialog, Edge
from designer.model.layout import left_to_right_layout


def _shape(n: int, seed: int) -> Dialog:
    """About ``n`` cards and their links, all at the origin."""
    rng = random.Random(seed)
    cards: list[Card] = []
    edges: list[Edge] = []
    questions: list[str] = []
    frontier: list[tuple[str, str]] = []

    def add(card: Card) -> str:
        cards.append(card)
        return card.id

    def link(source: str, port: str, target: str) -> None:
        edges.append(Edge(source=source, port=port, target=target))

    def question() -> str:
        k = len(cards)
        answers = [Answer(id=f"a{i}", label=f"Answer {i}") for i in range(rng.choice((2, 3)))]
        qid = add(
            QuestionCard(id=f"q{k}", title=f"Question {k}", text="Which one?", answers=answers)
        )
        questions.append(qid)
        frontier.extend((qid, a.id) for a in answers)
        return qid

    welcome = add(MessageCard(id="welcome", title="Welcome", text="Hi!"))
    bye = add(EndCard(id="bye", message="Bye"))
    link(welcome, "next", question())
    while frontier:
        source, port = frontier.pop(0 if rng.random() < 0.7 else -1)
        roll, k = rng.random(), len(cards)
        if len(cards) + 3 * len(frontier) < n and (roll < 0.5 or not frontier):
            if roll < 0.3:
                note = add(MessageCard(id=f"m{k}", text="Good to know."))
                link(source, port, note)
                link(note, "next", question())
            else:
                link(source, port, question())
        elif roll < 0.25:
            ask = add(InfoCaptureCard(id=f"i{k}", fields=[CaptureField(kind="email")]))
            link(source, port, ask)
            link(ask, "next", add(LiveChatCard(id=f"c{k}")))
        elif roll < 0.45:
            check = add(ConditionCard(id=f"o{k}", outcomes=[Outcome(id="online")]))
            link(source, port, check)
            link(check, "online", add(LiveChatCard(id=f"c{k}")))
            note = add(MessageCard(id=f"n{k}", text="We will email you."))
            link(check, "else", note)
            link(note, "next", bye)
        elif roll < 0.6:
            link(source, port, bye)
        elif roll < 0.75:
            link(source, port, add(GoToCard(id=f"g{k}", target=rng.choice(questions))))
        else:
            link(source, port, add(EndCard(id=f"e{k}")))
    return Dialog(name=f"Generated {n}", start=welcome, cards=cards, edges=edges)


@lru_cache(maxsize=8)
def generated_dialog(n: int, seed: int = 0) -> Dialog:
    """About ``n`` cards shaped like a real dialog, placed by the editor's layout."""
    dialog = _shape(n, seed)
    sizes = {c.id: (260.0, 100.0 + 20 * len(c.port_keys())) for c in dialog.cards}
    pos = left_to_right_layout(dialog, sizes)
    cards = [
        c.model_copy(update={"position": Position(x=pos[c.id][0], y=pos[c.id][1])})
        for c in dialog.cards
    ]
    return dialog.model_copy(update={"cards": cards})


def write(n: int, path: str | Path, seed: int = 0) -> Path:
    """Save the generated dialog of about ``n`` cards as a dialog file."""
    save_dialog(generated_dialog(n, seed), path)
    return Path(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("path")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    dialog = generated_dialog(args.n, args.seed)
    write(args.n, args.path, args.seed)
    print(f"{len(dialog.cards)} cards, {len(dialog.edges)} links -> {args.path}")


if __name__ == "__main__":
    main()
