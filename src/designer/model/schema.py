"""The published JSON Schema of dialog files, generated from the models.

Generated rather than hand-written so it can never drift from what the codec
accepts; a test checks the copy shipped in ``resources/schema`` is current.
"""

from __future__ import annotations

import json
from typing import Any

from designer.model.dialog import FORMAT, VERSION, Dialog

SCHEMA_ID = f"https://stream-designer.example/schema/dialog-v{VERSION}.json"
SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def dialog_schema() -> dict[str, Any]:
    """The JSON Schema a dialog file (as written by this build) conforms to."""
    schema = Dialog.model_json_schema(by_alias=True, mode="validation")
    # The models fill in "format" and "version"; a file must state them (the codec checks).
    required = schema.setdefault("required", [])
    for key in ("version", "format"):
        if key not in required:
            required.insert(0, key)
    return {
        "$schema": SCHEMA_DIALECT,
        "$id": SCHEMA_ID,
        **schema,
        "title": "Stream Designer dialog",
        "description": (
            f'A chat dialog designed in Stream Designer ("format": "{FORMAT}", '
            f"format version {VERSION}): cards, the edges between their answers or "
            "outcomes, and the start card."
        ),
    }


def schema_text() -> str:
    """The schema as written to ``dialog.schema.json`` and printed by ``designer schema``."""
    return json.dumps(dialog_schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
