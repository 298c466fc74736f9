"""The one exception type users ever see.

Every problem a marketer can cause (a malformed file, an unknown agent, a
wrong command-line argument) is raised as :class:`DesignerError`, carrying a
stable code, where it happened and a sentence that says what to do. The CLI
and the app show ``str(error)``; nobody shows a traceback.
"""

from __future__ import annotations

from pathlib import Path


class DesignerError(Exception):
    """A user-facing error: a code, a place and a sentence with the fix."""

    def __init__(
        self,
        message: str,
        *,
        code: str = "error",
        file: str | Path | None = None,
        path: str | None = None,
        card_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.file = str(file) if file is not None else None
        self.path = path
        self.card_id = card_id

    def __str__(self) -> str:
        parts = []
        if self.file:
            parts.append(self.file)
        if self.path:
            parts.append(self.path)
        if self.card_id:
            parts.append(f"card '{self.card_id}'")
        parts.append(self.message)
        return ": ".join(parts)

    def to_dict(self) -> dict[str, str | None]:
        """A JSON-friendly form, for ``--json`` output."""
        return {
            "code": self.code,
            "file": self.file,
            "path": self.path,
            "card": self.card_id,
            "message": self.message,
        }
