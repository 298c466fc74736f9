"""What the ``designer`` command sets up for the whole process before it imports the app.

Three libraries do work at start-up that this app has no use for; each is
switched off here, once, before the imports it would slow down:

- Python's cycle collector (see :mod:`designer.collector`): held until the
  first window has painted.
- pydantic looks up third-party plugins in every installed distribution's entry
  points the first time a model class is built (about 10 ms here, more in a
  large environment). The document's validation must not be altered by
  whatever happens to be installed, so the lookup is turned off, unless the
  environment already says otherwise (``PYDANTIC_DISABLE_PLUGINS``).
- PySide6 decides for every module imported after it whether the module
  "uses PySide" (for its opt-in ``__feature__`` switches) by reading the
  module's whole source with :func:`inspect.getsource`, which also keeps every
  line in :mod:`linecache`. For the 300-odd modules the app imports that is
  about 40 ms of a start-up. :func:`_read_sources_plainly` answers the same
  question from the file's bytes.

Nothing here imports Qt at import time: the command line's headless
sub-commands never call :func:`prepare_for_app`.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from types import ModuleType

from designer import collector

PYDANTIC_PLUGINS = "PYDANTIC_DISABLE_PLUGINS"


def prepare_for_app() -> None:
    """Called by ``designer`` (no sub-command) before ``designer.app`` is imported."""
    collector.hold_for_start()
    os.environ.setdefault(PYDANTIC_PLUGINS, "__all__")
    _read_sources_plainly()


def _read_sources_plainly() -> None:
    """Give PySide6's "does this module use PySide?" check a plain file read.

    A no-op when PySide6 is not installed or its internals differ from the
    ones this was written against (6.5 to 6.11): the check then stays PySide's own.
    """
    try:
        import PySide6  # noqa: F401  (its import installs the check we replace)
    except ImportError:
        return
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None or getattr(original, "plain_read", False):
        return
    feature._mod_uses_pyside = uses_pyside_by_bytes(original)  # type: ignore[attr-defined]


def uses_pyside_by_bytes(
    original: Callable[[ModuleType], bool],
) -> Callable[[ModuleType], bool]:
    """PySide's test ("PySide6" appears in the module's source), on the file's bytes.

    The word is ASCII, so searching the undecoded bytes of a UTF-8 (or any
    ASCII-compatible) source finds it exactly where the decoded text has it.
    Modules that are not plain ``.py`` files on disk (built-in, compiled,
    frozen or zipped) are left to PySide's own test.
    """

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return original(module)

    uses_pyside.plain_read = True  # type: ignore[attr-defined]
    return uses_pyside
