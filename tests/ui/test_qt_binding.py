"""Guards against Qt binding bugs the app cannot work around.

PySide6 6.12.0 drops a reference to ``True`` on every emission of a bool
signal (a menu click, a checkbox, the undo stack's clean state), so a long
editing session ends in "Fatal Python error: bool_dealloc". pyproject.toml
excludes it; this test fails loudly if such a build is ever installed again.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    flag = Signal(bool)


def test_bool_signals_keep_the_reference_count_of_true(qtbot) -> None:
    emitter = _Emitter()
    seen: list[bool] = []
    emitter.flag.connect(seen.append)
    before = sys.getrefcount(True)
    for _ in range(100):
        emitter.flag.emit(True)
    seen.clear()
    assert abs(sys.getrefcount(True) - before) < 10, (
        "this PySide6 build leaks references to True on bool signals; install one that "
        "pyproject.toml allows"
    )
