"""Simulation speed against a bare Python walk over the same graph.

For each example dialog, N visitors go through the engine's simulator (the
real conversation rules, routing, capacity, report) and through a bare loop
that only follows edges with random answers: the floor for any Python
walker of the same graph. The ratio is what to watch (target: under 10x).

    python bench/bench_simulation.py [--visitors 100000]
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

from designer.engine.routing import AgentState, AgentStatus
from designer.engine.simulation import Simulator
from designer.model.cards import GoToCard
from designer.model.dialog import Dialog

ROOT = Path(__file__).resolve().parents[1]
AGENTS = [
    AgentState(f"agent{i}@acme.example", f"Agent {i}", True, AgentStatus.AVAILABLE, 5)
    for i in range(6)
]
TEAMS = {
    "EMEA": [a.email for a in AGENTS[:3]],
    "Billing": [a.email for a in AGENTS[3:]],
}


def bare_walk(dialog: Dialog, visitors: int, seed: int) -> int:
    """Follow edges from the start with random ports; count card steps."""
    ports: dict[str, list[str]] = {}
    edges = {e.key: e.target for e in dialog.edges}
    jumps = {c.id: c.target for c in dialog.cards if isinstance(c, GoToCard) and c.target}
    for card in dialog.cards:
        ports[card.id] = card.port_keys()
    rng = random.Random(seed)
    steps = 0
    for _ in range(visitors):
        card = dialog.start
        while card is not None:
            steps += 1
            keys = ports[card]
            if not keys:
                card = jumps.get(card)
                continue
            card = edges.get((card, keys[rng.randrange(len(keys))]))
    return steps


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--visitors", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3, help="best of N, interleaved")
    args = parser.parse_args()
    n = args.visitors
    print(f"{'dialog':<16}{'engine v/s':>12}{'steps/s':>12}{'bare v/s':>12}{'ratio':>8}")
    for path in sorted((ROOT / "examples").glob("*.json")):
        dialog = Dialog.model_validate_json(path.read_text())
        engine = bare = float("inf")
        for _ in range(args.repeat):  # interleaved, best of N: robust on a noisy machine
            t0 = time.perf_counter()
            report = Simulator(dialog, AGENTS, TEAMS, visitors=n, seed=1).run()
            engine = min(engine, time.perf_counter() - t0)
            t0 = time.perf_counter()
            bare_walk(dialog, n, seed=1)
            bare = min(bare, time.perf_counter() - t0)
        print(
            f"{path.stem:<16}{n / engine:>12,.0f}{report.steps / engine:>12,.0f}"
            f"{n / bare:>12,.0f}{engine / bare:>7.1f}x"
        )


if __name__ == "__main__":
    main()
