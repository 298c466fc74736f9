"""Every benchmark in one table: ours, the same-run reference, the ratio, the target.

    python bench/run_all.py [--quick]

``--quick`` uses smaller sizes and fewer runs (about a minute); the full run
(a few minutes) uses the sizes of the targets: 100 to 5,000 cards. The Qt
benchmarks run offscreen unless QT_QPA_PLATFORM says otherwise.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_canvas
import bench_files
from bench_canvas import Row, print_rows
from bench_simulation import AGENTS, ROOT, TEAMS, bare_walk

from designer.engine.simulation import Simulator
from designer.model.dialog import Dialog


def simulation(visitors: int, repeat: int) -> list[Row]:
    """bench_simulation.py's comparison, as table rows (visitors per run as the size)."""
    rows = []
    for path in sorted((ROOT / "examples").glob("*.json")):
        dialog = Dialog.model_validate_json(path.read_text())
        engine = bare = float("inf")
        for _ in range(repeat):
            t0 = time.perf_counter()
            Simulator(dialog, AGENTS, TEAMS, visitors=visitors, seed=1).run()
            engine = min(engine, time.perf_counter() - t0)
            t0 = time.perf_counter()
            bare_walk(dialog, visitors, seed=1)
            bare = min(bare, time.perf_counter() - t0)
        rows.append(
            Row(
                f"simulation {path.stem}",
                f"{visitors:,} visitors",
                engine,
                bare,
                "<10x ref",
                engine < 10 * bare,
            )
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes, fewer runs")
    args = parser.parse_args()
    began = time.perf_counter()
    rows = simulation(10_000 if args.quick else 100_000, repeat=1 if args.quick else 3)
    rows += bench_files.run(args.quick)
    rows += bench_canvas.run(args.quick)
    print_rows(rows)
    missed = [r for r in rows if not r.met]
    print(f"\n{len(rows) - len(missed)} of {len(rows)} targets met "
          f"in {time.perf_counter() - began:.0f} s")  # fmt: skip


if __name__ == "__main__":
    main()
