"""Whatever a file holds, loading gives a Dialog or one DesignerError, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from designer.errors import DesignerError
from designer.model.codec import dumps_dialog, loads_dialog
from designer.model.dialog import Dialog

FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
CODES = {
    "malformed-json", "not-utf8", "wrong-format", "missing-version", "invalid-version",
    "newer-version", "old-version", "migration-failed", "invalid-dialog", "too-large", "too-deep",
}  # fmt: skip
EXAMPLES = sorted((Path(__file__).parents[2] / "examples").glob("*.json"))

SEED = {
    "format": "stream-designer/dialog",
    "version": 1,
    "name": "Seed",
    "start": "hello",
    "cards": [
        {"type": "message", "id": "hello", "title": "Hi", "text": "Hi {{first_name}}",
         "poke": "Hey"},
        {"type": "question", "id": "ask", "text": "Chat?", "allow_free_text": True,
         "answers": [{"id": "yes", "label": "Yes", "value": "Y"}, {"id": "no", "label": "No"}]},
        {"type": "info_capture", "id": "who", "consent": "ok?", "fields": [
            {"kind": "email", "validation": "email", "when_known": "overwrite"},
            {"kind": "custom", "name": "size", "options": ["1", "2"]}]},
        {"type": "condition", "id": "open", "outcomes": [{"id": "fr", "criteria": [
            {"attribute": "country", "operator": "one_of", "value": ["FR", "BE"]},
            {"attribute": "field", "field": "size", "operator": "is_known"}]}]},
        {"type": "live_chat", "id": "rules", "fallback_message": "Later!", "routing": {
            "kind": "custom_rules",
            "rules": [{"criteria": [], "team": "EMEA"}, {"agent": "a@b.c"}]}},
        {"type": "live_chat", "id": "one", "routing": {"kind": "agent", "agent": "a@b.c"}},
        {"type": "meeting_booking", "id": "meet", "routing": {"kind": "team", "team": "EMEA"}},
        {"type": "goal", "id": "goal", "name": "Won", "score": 3},
        {"type": "action", "id": "tag", "field": "segment", "value": "vip"},
        {"type": "goto", "id": "again", "target": "ask", "position": {"x": 1.5, "y": -2}},
        {"type": "end", "id": "bye", "message": "Bye"},
    ],
    "edges": [{"from": "hello", "branch": "next", "to": "ask"},
              {"from": "ask", "branch": "yes", "to": "who"}],
}  # fmt: skip
SEEDS = [SEED, *(json.loads(p.read_text(encoding="utf-8")) for p in EXAMPLES)]

scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
    | st.sampled_from(["message", "question", "live_chat", "agent", "team", "custom_rules", "id"])
)
json_values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


def _load_or_project_error(text: str | bytes) -> Dialog | None:
    """The property itself: a Dialog that writes and reloads identically, or a clear error."""
    try:
        dialog = loads_dialog(text, source="fuzz.json")
    except DesignerError as err:
        assert err.code in CODES
        assert err.file == "fuzz.json" and err.message
        assert err.path is None or err.path.startswith("$")
        str(err).encode("utf-8")  # always printable
        return None
    written = dumps_dialog(dialog)
    assert loads_dialog(written) == dialog.canonical()
    assert dumps_dialog(loads_dialog(written)) == written
    return dialog


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, (*path, key))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            found += _paths(child, (*path, i))
    return found


def _mutate(doc: Any, path: tuple[Any, ...], how: str, new: Any) -> Any:
    """A deep copy of ``doc`` with the value at ``path`` dropped, replaced or reshaped."""
    doc = json.loads(json.dumps(doc))
    if not path:
        return new if how != "drop" else {}
    parent = doc
    for seg in path[:-1]:
        parent = parent[seg]
    key = path[-1]
    old = parent[key]
    if how == "drop":
        del parent[key]
    elif how == "replace":
        parent[key] = new
    elif how == "wrap":
        parent[key] = [old]
    elif how == "deep":
        for _ in range(new if isinstance(new, int) and 0 < new < 500 else 100):
            old = [old]
        parent[key] = old
    elif how == "huge":
        parent[key] = "x" * 200_000
    elif how == "stringify":
        parent[key] = json.dumps(old)
    return doc


@FUZZ
@given(json_values)
def test_any_json_value_loads_or_raises_the_project_error(value: Any) -> None:
    _load_or_project_error(json.dumps(value))


@FUZZ
@given(st.dictionaries(st.sampled_from(list(SEED)), json_values, max_size=6))
def test_any_dialog_shaped_object_loads_or_raises_the_project_error(fields: dict[str, Any]) -> None:
    _load_or_project_error(json.dumps({"format": SEED["format"], "version": 1, **fields}))


@FUZZ
@given(st.data())
def test_mutated_dialogs_load_or_raise_the_project_error(data: st.DataObject) -> None:
    doc = data.draw(st.sampled_from(SEEDS))
    for _ in range(data.draw(st.integers(1, 3))):
        path = data.draw(st.sampled_from(_paths(doc)))
        how = data.draw(st.sampled_from(["drop", "replace", "wrap", "deep", "huge", "stringify"]))
        doc = _mutate(doc, path, how, data.draw(json_values))
    _load_or_project_error(json.dumps(doc, ensure_ascii=data.draw(st.booleans())))


@FUZZ
@given(st.data())
def test_damaged_text_loads_or_raises_the_project_error(data: st.DataObject) -> None:
    text = json.dumps(data.draw(st.sampled_from(SEEDS)), indent=2).encode()
    at = data.draw(st.integers(0, len(text)))
    junk = data.draw(st.binary(max_size=8))
    cut = data.draw(st.booleans())
    _load_or_project_error(text[:at] + junk + (b"" if cut else text[at:]))


def test_the_seeds_themselves_load() -> None:
    for seed in SEEDS:
        assert _load_or_project_error(json.dumps(seed)) is not None
