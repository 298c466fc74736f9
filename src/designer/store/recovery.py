"""Recovery copies of unsaved dialogs: a crash or a ``kill -9`` costs seconds of work, not hours.

Each window with unsaved changes keeps one entry file in ``<user data>/recovery/``
(beside the workspace database), written atomically and never over the user's
own file. An entry names the process that wrote it, so two running apps never
take each other's copies: only entries whose process has stopped are offered
at the next start. Pure Python; the app's autosaver decides when to write.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import secrets
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

from designer.atomic_file import write_atomic
from designer.errors import DesignerError
from designer.model.codec import dumps_dialog, loads_dialog
from designer.model.dialog import Dialog

FORMAT = "stream-designer/recovery"
VERSION = 1
FOLDER_NAME = "recovery"
SUFFIX = ".recovery.json"
_MAX_HEADER = 64 * 1024  # the first line: names, times, a path
_TEMP_SUFFIX = ".tmp"  # what designer.atomic_file leaves behind when killed mid-write

_windows = itertools.count(1)


def recovery_dir() -> Path:
    """The folder of recovery entries: ``recovery/`` in the user's data folder.

    The same data folder as the default workspace database (``XDG_DATA_HOME``
    on Linux), even when ``DESIGNER_DATABASE_URL`` points at a shared server:
    unsaved work is private to this user and this machine.
    """
    from designer.store.location import default_database_path  # SQLAlchemy: load on first use

    return default_database_path().parent / FOLDER_NAME


# --- which process wrote an entry --------------------------------------------------------


@dataclass(frozen=True)
class Owner:
    """The process that writes an entry; ``token`` tells it apart from a later one with its pid."""

    pid: int
    token: str
    started: int | None = None  # Linux: start time in clock ticks, catches a reused pid


def this_process() -> Owner:
    """The owner for entries this process writes (stable for the process's life)."""
    return _owner(os.getpid())


@cache
def _owner(pid: int) -> Owner:
    stat = _proc_stat(pid)
    return Owner(pid, secrets.token_hex(4), stat[1] if stat else None)


def is_running(owner: Owner) -> bool:
    """Whether the process that wrote an entry still runs (then its copies are not ours)."""
    me = this_process()
    if owner.pid == me.pid:
        return owner.token == me.token
    if owner.pid <= 0 or not _pid_exists(owner.pid):
        return False
    stat = _proc_stat(owner.pid)
    if stat is not None:
        state, started = stat
        if state in ("Z", "X"):  # killed, not yet reaped by its parent
            return False
        if owner.started is not None and started != owner.started:
            return False  # the pid now belongs to another program
    return True


def _pid_exists(pid: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        return _windows_pid_exists(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: alive, and not ours to judge
    except OSError:
        return False
    return True


def _windows_pid_exists(pid: int) -> bool:  # pragma: no cover - Windows only
    """OpenProcess + GetExitCodeProcess; os.kill would terminate the process on Windows."""
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return kernel32.GetLastError() == 5  # access denied: it exists
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def _proc_stat(pid: int) -> tuple[str, int] | None:
    """State letter and start time from ``/proc/<pid>/stat``; None where there is no /proc."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
        fields = text[text.rindex(")") + 2 :].split()
        return fields[0], int(fields[19])
    except (OSError, ValueError, IndexError):
        return None


# --- entries -------------------------------------------------------------------------------


@dataclass(frozen=True)
class RecoveryEntry:
    """One recovered dialog as listed at start: whose, from when, for which file."""

    file: Path
    owner: Owner
    window: int
    original: Path | None
    saved_at: datetime
    name: str
    cards: int

    def dialog(self) -> Dialog:
        """The recovered dialog, checked like any opened file; a DesignerError if damaged."""
        try:
            data = self.file.read_bytes()
        except OSError as exc:
            raise _unreadable(self.file, exc.strerror or str(exc)) from None
        _header, _newline, body = data.partition(b"\n")
        return loads_dialog(body, str(self.file))

    def original_changed(self) -> bool:
        """Whether the original file was written after this copy (so saving would replace that)."""
        if self.original is None:
            return False
        try:
            modified = self.original.stat().st_mtime
        except OSError:
            return False
        return modified > self.saved_at.timestamp()

    def original_missing(self) -> bool:
        return self.original is not None and not self.original.exists()


def read_entry(file: Path) -> RecoveryEntry:
    """Read one entry's first line (what, whose, when); a DesignerError if it cannot be offered."""
    try:
        with open(file, "rb") as fh:
            line = fh.readline(_MAX_HEADER + 1)
    except OSError as exc:
        raise _unreadable(file, exc.strerror or str(exc)) from None
    try:
        raw = json.loads(line.decode("utf-8"))
        if raw.get("format") != FORMAT or raw.get("version") != VERSION:
            raise _unreadable(file, "it was written by another version of Stream Designer")
        owner = raw["owner"]
        original = raw["original"]
        return RecoveryEntry(
            file=file,
            owner=Owner(int(owner["pid"]), str(owner["token"]), owner.get("started")),
            window=int(raw["window"]),
            original=Path(original) if original else None,
            saved_at=datetime.fromisoformat(raw["saved_at"]),
            name=str(raw["name"]),
            cards=int(raw["cards"]),
        )
    except DesignerError:
        raise
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise _unreadable(file, f"it is damaged ({exc})") from None


def _unreadable(file: Path, why: str) -> DesignerError:
    return DesignerError(
        f"this recovery copy cannot be read: {why}", code="recovery.unreadable", file=file
    )


def list_entries(directory: Path | None = None) -> list[RecoveryEntry]:
    """Every readable entry, newest first; unreadable files stay on disk untouched."""
    folder = recovery_dir() if directory is None else directory
    entries = []
    for file in _entry_files(folder):
        with contextlib.suppress(DesignerError):
            entries.append(read_entry(file))
    entries.sort(key=lambda e: e.saved_at, reverse=True)
    return entries


def recoverable(directory: Path | None = None) -> list[RecoveryEntry]:
    """The entries to offer: written by a process that is no longer running, newest first."""
    return [e for e in list_entries(directory) if not is_running(e.owner)]


def discard(entry: RecoveryEntry) -> None:
    """Delete an entry (restored or refused); gone already is fine."""
    _unlink(entry.file)


def sweep_leftovers(directory: Path | None = None) -> int:
    """Delete half-written temporary files of stopped processes; how many went."""
    folder = recovery_dir() if directory is None else directory
    removed = 0
    try:
        names = os.listdir(folder)
    except OSError:
        return 0
    for name in names:
        if not (name.startswith(".") and name.endswith(_TEMP_SUFFIX) and SUFFIX in name):
            continue
        owner = _owner_from_name(name.lstrip("."))
        if owner is not None and not is_running(owner):
            removed += _unlink(folder / name)
    return removed


def _entry_files(folder: Path) -> list[Path]:
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    return [folder / n for n in sorted(names) if n.endswith(SUFFIX) and not n.startswith(".")]


def _owner_from_name(name: str) -> Owner | None:
    """``<pid>-<token>-<window>.recovery.json…`` back to its owner (no start time known)."""
    parts = name.split("-", 2)
    if len(parts) < 3 or not parts[0].isdigit():
        return None
    return Owner(int(parts[0]), parts[1])


def _unlink(path: Path) -> int:
    try:
        path.unlink()
    except FileNotFoundError:
        return 0
    except OSError as exc:
        raise DesignerError(
            f"the recovery copy could not be deleted ({exc.strerror or exc})",
            code="recovery.delete-failed",
            file=path,
        ) from None
    return 1


# --- writing -------------------------------------------------------------------------------


class RecoverySlot:
    """One window's entry file: rewritten while the window has unsaved changes, removed after."""

    def __init__(
        self, directory: Path | None = None, window: int | None = None, owner: Owner | None = None
    ) -> None:
        self.directory = recovery_dir() if directory is None else directory
        self.window = next(_windows) if window is None else window
        self.owner = owner = owner or this_process()  # another owner: tests and tools only
        self.path = self.directory / f"{owner.pid}-{owner.token}-{self.window}{SUFFIX}"

    def write(self, dialog: Dialog, original: Path | None, now: datetime | None = None) -> None:
        """Replace the entry with ``dialog`` atomically; a DesignerError if the disk refuses.

        The file is one line saying what, whose and when, then the dialog
        exactly as Save writes it (so the copy is also a readable dialog file).
        """
        saved_at = (now or datetime.now(UTC)).astimezone(UTC)
        owner: dict[str, Any] = {"pid": self.owner.pid, "token": self.owner.token}
        if self.owner.started is not None:
            owner["started"] = self.owner.started
        header = {
            "format": FORMAT,
            "version": VERSION,
            "owner": owner,
            "window": self.window,
            "original": str(original) if original is not None else None,
            "saved_at": saved_at.isoformat(),
            "name": dialog.name,
            "cards": len(dialog.cards),
        }
        text = json.dumps(header, ensure_ascii=False) + "\n" + dumps_dialog(dialog)
        try:
            self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as exc:
            raise DesignerError(
                f"the recovery folder could not be created ({exc.strerror or exc})",
                code="recovery.no-folder",
                file=self.directory,
            ) from None
        write_atomic(self.path, text.encode("utf-8"))

    def remove(self) -> None:
        """Delete the entry (saved, discarded, closed); no entry is fine."""
        _unlink(self.path)

    def exists(self) -> bool:
        return self.path.exists()
