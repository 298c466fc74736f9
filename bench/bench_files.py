"""Files: the codec round trip, and `designer FILE` to its first painted frame.

- save/load: ``dumps_dialog`` + write and ``load_dialog`` of the 5,000-card
  document, against plain ``json.dumps`` + write and ``json.loads`` of the same data.
- open: the real ``designer FILE`` command (``python -m designer FILE``), from
  its start to the canvas's first paint (the moment the app reports under
  ``DESIGNER_SMOKE_TEST``), against a process that only imports PySide6 and
  creates a QApplication, timed the same way.
- start-up: the same with the bundled example dialog (plain ``designer``).

    python bench/bench_files.py [--quick]
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_canvas import Row, print_rows
from generate import generated_dialog, write

import designer
from designer.model.codec import dumps_dialog, load_dialog

# The reference: Python started, PySide6 imported, a QApplication made; it says when.
REFERENCE = (
    "import time\n"
    "from PySide6.QtWidgets import QApplication\n"
    "app = QApplication([])\n"
    "print(f'ready_at={time.time():.6f}', flush=True)\n"
)
READY = re.compile(r"(?:first_frame_at|ready_at)=([0-9.]+)")

_HOME = tempfile.mkdtemp(prefix="designer-bench-")


def until_ready(args: list[str], env_extra: dict[str, str] | None = None) -> float:
    """Seconds from starting ``args`` to the moment the process says it is ready.

    Ours is the real command (``python -m designer``, which is what the
    ``designer`` script runs) with ``DESIGNER_SMOKE_TEST``: the app prints when
    its canvas first painted, then closes. Timing up to that moment rather than
    to the process's exit leaves out the tear-down, which a marketer never waits
    for (about 40 ms for the app, nothing for the reference).
    """
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        # the same settings for every run, away from the user's; never wait on the
        # crash-recovery question a leftover copy would raise
        "XDG_CONFIG_HOME": os.path.join(_HOME, "config"),
        "XDG_DATA_HOME": os.path.join(_HOME, "data"),
        "DESIGNER_RECOVERY_ANSWER": "later",
        **(env_extra or {}),
    }
    started = time.time()
    done = subprocess.run(args, env=env, check=True, capture_output=True, text=True)
    found = READY.search(done.stdout)
    if found is None:
        raise RuntimeError(f"{args} never said it was ready:\n{done.stdout}\n{done.stderr}")
    return float(found.group(1)) - started


def compile_package() -> None:
    """Byte-compile the designer package first, as installing it does.

    Without it, a checkout run with PYTHONDONTWRITEBYTECODE (or a read-only
    tree) compiles every module at each start: 0.2 s the reference never pays.
    """
    compileall.compile_dir(str(Path(designer.__file__).parent), quiet=1)


def bench_open(path: Path | None, repeat: int) -> tuple[float, float]:
    command = [sys.executable, "-m", "designer", *([str(path)] if path else [])]
    reference = [sys.executable, "-c", REFERENCE]
    ours = ref = float("inf")
    for _ in range(repeat):
        ours = min(ours, until_ready(command, {"DESIGNER_SMOKE_TEST": "1"}))
        ref = min(ref, until_ready(reference))
    return ours, ref


def bench_codec(n: int, tmp: Path, repeat: int) -> list[Row]:
    dialog = generated_dialog(n)
    ours_path, ref_path = tmp / "ours.json", tmp / "ref.json"
    data = dialog.model_dump(mode="json")
    save = save_ref = load = load_ref = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        ours_path.write_text(dumps_dialog(dialog), encoding="utf-8")
        save = min(save, time.perf_counter() - t0)
        t0 = time.perf_counter()
        ref_path.write_text(json.dumps(data, indent=2), encoding="utf-8")
        save_ref = min(save_ref, time.perf_counter() - t0)
        t0 = time.perf_counter()
        load_dialog(ours_path)
        load = min(load, time.perf_counter() - t0)
        t0 = time.perf_counter()
        json.loads(ref_path.read_text(encoding="utf-8"))
        load_ref = min(load_ref, time.perf_counter() - t0)
    size = f"{len(dialog.cards)} cards"
    return [
        Row("save (dumps_dialog + write)", size, save, save_ref, "<200 ms", save < 0.2),
        Row("load (load_dialog)", size, load, load_ref, "<200 ms", load < 0.2),
    ]


def run(quick: bool) -> list[Row]:
    n = 1000 if quick else 5000
    repeat = 2 if quick else 3
    rows = []
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        rows += bench_codec(n, tmp, repeat=repeat + 2)
        path = write(n, tmp / "big.json")
        cards = len(load_dialog(path).cards)
        compile_package()
        ours, ref = bench_open(path, repeat)
        rows.append(
            Row(
                "open FILE to first frame",
                f"{cards} cards",
                ours,
                ref,
                f"<2x ref + 1 s = {2 * ref + 1:.1f} s",
                ours < 2 * ref + 1,
            )
        )
        ours, ref = bench_open(None, repeat)
        rows.append(Row("start-up (example) to first frame", "example", ours, ref,
                        "<1.5x ref", ours < 1.5 * ref))  # fmt: skip
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1,000 cards, fewer runs")
    print_rows(run(parser.parse_args().quick))


if __name__ == "__main__":
    main()
