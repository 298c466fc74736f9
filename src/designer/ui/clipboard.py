"""Cards on the system clipboard, so they travel between windows and other applications.

A copy puts the fragment twice: under our own MIME type (what our windows
look for first) and as plain JSON text (what survives a trip through a chat
message, an e-mail or a text editor). Pasting accepts either.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QClipboard
from PySide6.QtWidgets import QApplication

from designer.errors import DesignerError
from designer.model.fragment import FORMAT, MIME_TYPE, Fragment
from designer.ui.translations import tr as _tr


def _clipboard(clipboard: QClipboard | None) -> QClipboard:
    return clipboard if clipboard is not None else QApplication.clipboard()


def fragment_mime_data(fragment: Fragment) -> QMimeData:
    """The fragment as drag-and-drop / clipboard data: our MIME type plus plain text."""
    text = fragment.to_text()
    data = QMimeData()
    data.setData(MIME_TYPE, text.encode("utf-8"))
    data.setText(text)
    return data


def put_fragment(fragment: Fragment, clipboard: QClipboard | None = None) -> None:
    """Replace the clipboard's content with ``fragment``."""
    _clipboard(clipboard).setMimeData(fragment_mime_data(fragment))


def take_fragment(clipboard: QClipboard | None = None) -> Fragment:
    """The cards on the clipboard; a DesignerError says when there are none."""
    data = _clipboard(clipboard).mimeData()
    if data is not None and data.hasFormat(MIME_TYPE):
        return Fragment.from_text(bytes(data.data(MIME_TYPE).data()).decode("utf-8"))
    if data is not None and data.hasText():
        return Fragment.from_text(data.text())
    raise DesignerError(
        _tr("the clipboard holds no Stream Designer cards; copy cards first"), code="no-cards"
    )


def has_fragment(clipboard: QClipboard | None = None) -> bool:
    """Cheap check for enabling Paste: our MIME type, or text that looks like our format."""
    data = _clipboard(clipboard).mimeData()
    if data is None:
        return False
    if data.hasFormat(MIME_TYPE):
        return True
    return data.hasText() and FORMAT in data.text()[:200]


def release_clipboard() -> None:
    """Empty the clipboard if this app filled it, before Qt shuts down.

    Qt (6.11, offscreen at least) crashes at exit when the application still
    owns clipboard data; cards copied in the app do not outlive it anyway.
    """
    clipboard = QApplication.clipboard()
    if clipboard is None:
        return
    # ownsClipboard() is False on platforms with no real clipboard (offscreen), where
    # the crash happens too: clear whenever the data is ours.
    data = clipboard.mimeData()
    if clipboard.ownsClipboard() or (data is not None and data.hasFormat(MIME_TYPE)):
        clipboard.clear()
