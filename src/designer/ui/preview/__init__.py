"""The preview inside the app: play a dialog as a visitor, and its agents in an inbox."""

from designer.ui.preview.actions import PreviewActions
from designer.ui.preview.dock import PreviewDock
from designer.ui.preview.inbox import InboxDock
from designer.ui.preview.run import PreviewRun

__all__ = ["InboxDock", "PreviewActions", "PreviewDock", "PreviewRun"]
