"""The Inspector dock: one editor per card type, plus the dialog's own properties.

``InspectorDock`` is loaded on first use, so the routing panel can share the
criteria editor without importing every card editor (and itself) back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from designer.ui.inspector.dock import InspectorDock

__all__ = ["InspectorDock"]


def __getattr__(name: str) -> Any:
    if name == "InspectorDock":
        from designer.ui.inspector.dock import InspectorDock

        return InspectorDock
    raise AttributeError(f"module 'designer.ui.inspector' has no attribute {name!r}")
