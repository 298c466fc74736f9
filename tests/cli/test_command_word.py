"""The first word of ``designer WORD``: a command, a dialog file, or a clear mistake.

Run as a real process without a display, as in CI: a mistyped command must
say so and suggest the command, not try to open the app on a file of that
name (which, without a display, used to complain about the display).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    values = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    values.pop("QT_QPA_PLATFORM", None)  # no display at all: the CI case
    values["DESIGNER_DATABASE_URL"] = f"sqlite:///{tmp_path}/workspace.sqlite3"
    values["XDG_DATA_HOME"] = str(tmp_path / "data")
    values["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    return values


def run(env: dict[str, str], cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "designer", *args],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_a_mistyped_command_is_named_with_the_command_it_resembles(env, tmp_path) -> None:
    done = run(env, tmp_path, "validat", "talk.json")
    assert done.returncode == 2
    assert done.stderr.startswith("designer: 'validat' is neither a command")
    assert "(did you mean 'validate'?)" in done.stderr
    assert "display" not in done.stderr and "Traceback" not in done.stderr


def test_a_word_like_no_command_lists_the_commands(env, tmp_path) -> None:
    done = run(env, tmp_path, "hello")
    assert done.returncode == 2
    assert "did you mean" not in done.stderr
    assert "the commands are accounts, agents, export, schema, settings, simulate" in done.stderr
    assert "'designer FILE.json' opens a dialog" in done.stderr


@pytest.mark.parametrize("name", ["validat", "talk.json", "drafts/new"])
def test_what_exists_or_looks_like_a_path_is_still_the_apps_to_open(env, tmp_path, name) -> None:
    """Without a display, the app's own sentence shows that it was the app that was asked."""
    if name == "validat":
        (tmp_path / name).write_text("{}", encoding="utf-8")  # a file that happens to be called so
    done = run(env, tmp_path, name)
    assert done.returncode == 2
    assert "there is no display to open the app on" in done.stderr
    assert "neither a command" not in done.stderr
