"""Python's cycle collector, held off while the app builds what it keeps.

Starting the app and opening a dialog create hundreds of thousands of objects
(Qt wrappers, pydantic models, a 5,000-card dialog's cards, links, items and
layouts) that all live on. Each collection those allocations set off walks
every live object in the process, again and again, for no garbage: opening a
5,000-card file spent about a quarter of its time there. The collector is held
from the start until the first window has painted, then the objects made so far
are frozen out of its walks (:func:`gc.freeze`) and it runs as usual. Loads hold
it with :func:`paused` (no reference cycles are made there, so nothing is kept
longer).

It is one switch for the whole process: whoever found it off leaves it off.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_held_for_start = False


def hold_for_start() -> None:
    """Hold the collector until :func:`release_after_start` (the first window painted)."""
    global _held_for_start
    if gc.isenabled():
        gc.disable()
        _held_for_start = True


def release_after_start() -> None:
    """Freeze what start-up made and let the collector run again, if start-up held it."""
    global _held_for_start
    if _held_for_start:
        _held_for_start = False
        gc.freeze()
        gc.enable()


@contextmanager
def paused() -> Iterator[None]:
    """Hold the collector for the block, if it is running (restored even on an error)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
