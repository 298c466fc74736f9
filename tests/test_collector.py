"""The cycle collector is held while the app starts and always comes back.

Left off, a long editing session would keep every cycle it makes (undo
commands, closed windows) until the app quits.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from designer import collector


@pytest.fixture(autouse=True)
def _collector_restored() -> Iterator[None]:
    yield
    collector.release_after_start()
    gc.unfreeze()
    gc.enable()


def test_start_up_holds_the_collector_and_the_release_freezes_what_it_made() -> None:
    gc.enable()
    collector.hold_for_start()
    assert not gc.isenabled()
    kept = [[i] for i in range(1000)]  # what start-up builds and keeps
    collector.release_after_start()
    assert gc.isenabled()
    assert gc.get_freeze_count() >= len(kept)
    collector.release_after_start()  # a second release changes nothing
    assert gc.isenabled()


def test_a_collector_someone_else_switched_off_stays_off() -> None:
    gc.disable()
    collector.hold_for_start()
    collector.release_after_start()
    assert not gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_a_pause_restores_the_collector_even_after_an_error() -> None:
    gc.enable()
    with pytest.raises(ValueError), collector.paused():
        assert not gc.isenabled()
        raise ValueError("a malformed file")
    assert gc.isenabled()
    gc.disable()
    with collector.paused():
        pass
    assert not gc.isenabled()
