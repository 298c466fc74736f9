"""Saving interrupted at every step leaves the complete old file or the complete new one.

:func:`designer.atomic_file.write_atomic` is wrapped in a fault injector that
sees every operation of a save (create the temporary file, each 64 KiB written,
flush, fsync, close, chmod, rename, the folder's fsync) and strikes once, at
step k, for every k: before or after the operation, as an I/O error (the
disk is full, the network share went away), as an interruption (Ctrl+C), or
as the process being killed (SIGKILL, in a child process). Whatever happens,
the file holds exactly the old document or exactly the new one, and after an
error or an interruption no temporary file is left beside it.
"""

from __future__ import annotations

import errno
import json
import os
import signal
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from designer import atomic_file
from designer.errors import DesignerError
from designer.model.codec import dumps_dialog, loads_dialog
from designer.model.dialog import Dialog

EXAMPLES = Path(__file__).parent.parent / "examples"
CHUNK = 64 * 1024
WRAPPED = ("open", "fdopen", "fsync", "chmod", "replace", "close")


class Interrupted(BaseException):
    """Stands in for KeyboardInterrupt: not an error, and not the save's to swallow."""


class Injector:
    """Counts the save's operations and strikes once, at step ``at`` (1-based)."""

    def __init__(self, at: int | None, how: str) -> None:
        self.at, self.how = at, how
        self.steps: list[str] = []
        self.struck = False

    def step(self, name: str) -> None:
        self.steps.append(name)
        if self.struck or len(self.steps) != self.at:
            return
        self.struck = True
        if self.how == "kill":
            os.kill(os.getpid(), signal.SIGKILL)
        if self.how == "interrupt":
            raise Interrupted(name)
        raise OSError(errno.EIO, f"injected failure at {name}")


class FaultyFile:
    """The temporary file's object: writes in chunks, each one a step."""

    def __init__(self, real: Any, injector: Injector) -> None:
        self._real, self._injector = real, injector

    def write(self, data: bytes) -> int:
        for start in range(0, len(data), CHUNK):
            self._injector.step("before write")
            self._real.write(data[start : start + CHUNK])
            self._real.flush()  # the chunk reaches the OS, as a partial write would
            self._injector.step("after write")
        return len(data)

    def flush(self) -> None:
        self._injector.step("before flush")
        self._real.flush()

    def fileno(self) -> int:
        return self._real.fileno()

    def close(self) -> None:
        self._injector.step("before file close")
        self._real.close()

    def __enter__(self) -> FaultyFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class FaultyOS:
    """``os`` as atomic_file sees it: each call a step before and a step after."""

    def __init__(self, injector: Injector) -> None:
        self._injector = injector

    def __getattr__(self, name: str) -> Any:
        real = getattr(os, name)
        if name not in WRAPPED:
            return real
        injector = self._injector

        def wrapped(*args: Any, **kwargs: Any) -> Any:
            injector.step(f"before {name}")
            result = real(*args, **kwargs)
            if name == "fdopen":
                result = FaultyFile(result, injector)
            injector.step(f"after {name}")
            return result

        return wrapped


def save_with_fault(
    target: Path, payload: bytes, at: int | None, how: str, patch: Callable[[Any], None]
) -> Injector:
    injector = Injector(at, how)
    patch(FaultyOS(injector))
    atomic_file.write_atomic(target, payload)
    return injector


def documents() -> tuple[bytes, bytes]:
    """Two real dialog files, about 1 MB and 0.5 MB, so each is written in many chunks."""
    raw = json.loads((EXAMPLES / "talk-to-sales.json").read_text(encoding="utf-8"))

    def with_notes(name: str, count: int) -> bytes:
        notes = [
            {"type": "message", "id": f"note-{i}", "text": f"{name} " * 60} for i in range(count)
        ]
        dialog = Dialog.model_validate({**raw, "name": name, "cards": raw["cards"] + notes})
        return dumps_dialog(dialog).encode()

    return with_notes("Old", 3000), with_notes("New", 1500)


OLD, NEW = documents()


def assert_whole(target: Path, allowed: tuple[bytes | None, ...]) -> bytes | None:
    """The target is one of the allowed documents, byte for byte (both load: see below)."""
    content = target.read_bytes() if target.exists() else None
    assert content in allowed, f"a torn file: {len(content or b'')} bytes"
    return content


def test_both_documents_are_whole_dialogs() -> None:
    assert loads_dialog(OLD).name == "Old" and loads_dialog(NEW).name == "New"
    assert len(OLD) > 8 * CHUNK and len(NEW) > 8 * CHUNK


def temp_files(folder: Path, target: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != target.name)


def step_count(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    target = tmp_path / "count" / "dialog.json"
    target.parent.mkdir()
    target.write_bytes(OLD)
    patch = lambda fake: monkeypatch.setattr(atomic_file, "os", fake)  # noqa: E731
    steps = save_with_fault(target, NEW, None, "error", patch).steps
    monkeypatch.setattr(atomic_file, "os", os)
    assert target.read_bytes() == NEW
    return steps


def test_every_step_of_a_save_is_seen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    steps = step_count(tmp_path, monkeypatch)
    chunks = -(-len(NEW) // CHUNK)
    for name in ("open", "fdopen", "fsync", "replace"):
        assert f"before {name}" in steps and f"after {name}" in steps
    assert steps.count("before write") == chunks
    assert steps.index("after fsync") < steps.index("before replace")  # data safe, then renamed


@pytest.mark.parametrize("existed", [True, False], ids=["overwrite", "new-file"])
@pytest.mark.parametrize("how", ["error", "interrupt"])
def test_a_save_failing_at_any_step_keeps_a_whole_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str, existed: bool
) -> None:
    steps = step_count(tmp_path, monkeypatch)
    old = OLD if existed else None
    outcomes: dict[str, int] = {"old": 0, "new": 0}
    for at in range(1, len(steps) + 1):
        folder = tmp_path / f"{how}-{at}"
        folder.mkdir()
        target = folder / "dialog.json"
        if existed:
            target.write_bytes(OLD)
            target.chmod(0o640)
        patch = lambda fake: monkeypatch.setattr(atomic_file, "os", fake)  # noqa: E731
        raised: BaseException | None = None
        try:
            save_with_fault(target, NEW, at, how, patch)
        except (DesignerError, Interrupted) as exc:
            raised = exc
        finally:
            monkeypatch.setattr(atomic_file, "os", os)
        content = assert_whole(target, (old, NEW))
        outcomes["new" if content == NEW else "old"] += 1
        assert temp_files(folder, target) == [], (at, steps[at - 1])
        if content != NEW:  # the save did not happen: the user must hear it
            assert raised is not None, (at, steps[at - 1])
            if how == "error":
                assert isinstance(raised, DesignerError) and raised.code == "save-failed"
                assert raised.file == str(target) and "could not be saved" in raised.message
        if existed and content == NEW:
            assert target.stat().st_mode & 0o777 == 0o640  # the user's permissions kept
    assert outcomes["old"] > 0 and outcomes["new"] > 0  # strikes landed on both sides
    print(f"\n{how}, {'overwrite' if existed else 'new file'}: {len(steps)} steps, {outcomes}")


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL (POSIX)")
def test_a_save_killed_at_any_step_keeps_a_whole_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    steps = step_count(tmp_path, monkeypatch)
    kills, leftovers = 0, 0
    for at in range(1, len(steps) + 1):
        folder = tmp_path / f"kill-{at}"
        folder.mkdir()
        target = folder / "dialog.json"
        target.write_bytes(OLD)
        pid = os.fork()
        if pid == 0:  # the child saves and is killed at step ``at``; it never returns here
            try:
                save_with_fault(target, NEW, at, "kill", lambda f: setattr(atomic_file, "os", f))
            finally:
                os._exit(3)
        _, status = os.waitpid(pid, 0)
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, (at, status)
        kills += 1
        assert_whole(target, (OLD, NEW))
        stale = temp_files(folder, target)
        assert all(name.startswith(".dialog.json.") and name.endswith(".tmp") for name in stale)
        leftovers += bool(stale)
        if stale:  # a kill leaves its hidden temporary file; a later save removes it
            atomic_file.write_atomic(target, NEW)
            assert temp_files(folder, target) == stale  # too fresh: maybe another saver's
            hour_ago = time.time() - 3600
            for name in stale:
                os.utime(folder / name, (hour_ago, hour_ago))
            atomic_file.write_atomic(target, OLD)
            assert target.read_bytes() == OLD and temp_files(folder, target) == []
    assert kills == len(steps)
    print(f"\nkilled mid-save {kills} times; {leftovers} left a temporary file, later removed")


def test_the_same_strikes_tear_a_plain_overwrite(tmp_path: Path) -> None:
    """Writing over the file in place, the same injector leaves torn files: the check bites."""
    torn = 0
    for at in range(1, 40):
        target = tmp_path / f"plain-{at}.json"
        target.write_bytes(OLD)
        fake = FaultyOS(Injector(at, "error"))
        try:
            with fake.fdopen(fake.open(target, os.O_WRONLY | os.O_TRUNC), "wb") as fh:
                fh.write(NEW)
        except OSError:
            pass
        try:
            assert_whole(target, (OLD, NEW))
        except AssertionError:
            torn += 1
    assert torn > 10
