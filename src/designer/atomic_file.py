"""Atomic file writes: the old file or the new one, never half of either.

Every file Stream Designer writes (dialogs, exports) goes through
:func:`write_atomic`, so a crash, a full disk or a kill mid-save never leaves a
truncated file where the user's work was.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import time
from pathlib import Path

from designer.errors import DesignerError

STALE_SECONDS = 600
"""A temporary file untouched this long was left by a save that was killed: removed."""
_TEMP = re.compile(r"^\.(?P<name>.+)\.[0-9a-f]{8}\.tmp$")


def write_atomic(path: str | os.PathLike[str], payload: bytes) -> None:
    """Write bytes atomically: a temporary file beside the target, fsync, rename.

    A crash or a full disk before the rename leaves the old file as it was;
    the temporary file never outlives a failure.
    """
    source = str(path)
    target = Path(os.path.realpath(path))
    try:
        mode = target.stat().st_mode & 0o7777
    except OSError:
        mode = None
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise DesignerError(_write_failure(exc), code="save-failed", file=source) from None
        raise
    _fsync_dir(target.parent)
    _remove_stale_temps(target)


def _remove_stale_temps(target: Path) -> None:
    """Delete this file's temporary files left by saves killed mid-way (kill -9, power cut).

    Only old ones: a fresh one may belong to another process saving right now.
    """
    limit = time.time() - STALE_SECONDS
    with contextlib.suppress(OSError), os.scandir(target.parent) as entries:
        for entry in entries:
            found = _TEMP.match(entry.name)
            if found is None or found["name"] != target.name:
                continue
            with contextlib.suppress(OSError):
                if entry.stat(follow_symlinks=False).st_mtime < limit:
                    os.unlink(entry.path)


def _fsync_dir(directory: Path) -> None:
    """Make the rename itself durable, where the OS lets a folder be fsynced."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _write_failure(exc: OSError) -> str:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return "could not be saved: the disk is full; free some space, then save again"
    if isinstance(exc, PermissionError) or exc.errno == errno.EROFS:
        return (
            "could not be saved: permission denied; save to a folder you can write to, "
            "or ask for write access"
        )
    if isinstance(exc, FileNotFoundError):
        return "could not be saved: its folder does not exist; choose an existing folder"
    if isinstance(exc, IsADirectoryError):
        return "could not be saved: a folder has this name; choose another file name"
    return f"could not be saved ({exc.strerror or exc}); check the disk, then save again"
