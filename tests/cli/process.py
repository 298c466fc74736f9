"""Running ``designer`` as CI does: a real process, its exit code and its two streams."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def designer(env: dict[str, str], *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "designer", *map(str, args)],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def ok(env: dict[str, str], *args: str) -> str:
    """The output of a command that must succeed silently on stderr."""
    done = designer(env, *args)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    return done.stdout


def fails(env: dict[str, str], *args: str) -> str:
    """The one sentence of a command that must fail as a user error (exit 2, no traceback)."""
    done = designer(env, *args)
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith("designer: ")
    assert len(done.stderr.strip().splitlines()) == 1
    return done.stderr.strip()
