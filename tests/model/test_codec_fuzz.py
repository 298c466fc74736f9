"""Whatever a file holds, loading gives a Dialog or one DesignerError, never a traceback.

More than 10,000 cases run on every CI run, derandomized (the same cases each
run, no example database): structured hypothesis strategies that shrink, plus
seed-driven generators (random bytes, random JSON, mutated real files, huge
strings, deep nesting, repeated ids, cycles, unknown versions) that are cheap
enough to run by the thousand, and an exhaustive pass that puts every wrong
JSON type at every path of every example file. Each test asserts how many
cases it ran; the module prints the total.
"""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
import textwrap
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st

from designer.engine.conversation import Conversation, Flow
from designer.engine.routing import Visitor
from designer.errors import DesignerError
from designer.model import codec
from designer.model.codec import MAX_DEPTH, dumps_dialog, loads_dialog
from designer.model.dialog import Dialog
from designer.model.validation import validate

FUZZ = settings(
    max_examples=300,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
CODES = {
    "malformed-json", "not-utf8", "wrong-format", "missing-version", "invalid-version",
    "newer-version", "old-version", "migration-failed", "invalid-dialog", "too-large", "too-deep",
}  # fmt: skip
PLACED = CODES - {"malformed-json", "not-utf8", "too-large"}
"""Codes about a part of the file: they must carry a JSON path."""
CASE_SECONDS = 10.0
"""A case taking longer is a hang: the biggest fuzz input is a few megabytes."""
SOURCE = "fuzz.json"
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

RUN: Counter[str] = Counter()
"""Cases run per test, so each test can prove its count and the module print the total."""
LOADED: Counter[str] = Counter()
"""Of those, the cases that loaded: a fuzz rejecting everything would prove little."""

# --- the property ------------------------------------------------------------------------


def _load_or_project_error(text: str | bytes, tally: str = "hypothesis") -> Dialog | None:
    """The property: a usable Dialog that writes and reloads identically, or a placed error."""
    RUN[tally] += 1
    began = time.perf_counter()
    try:
        dialog = loads_dialog(text, source=SOURCE)
    except DesignerError as err:
        _check_error(err)
        return None
    finally:
        took = time.perf_counter() - began
        assert took < CASE_SECONDS, f"loading took {took:.1f} s: a hang"
    written = dumps_dialog(dialog)
    assert loads_dialog(written) == dialog.canonical()
    assert dumps_dialog(loads_dialog(written)) == written
    validate(dialog)  # the editor checks what it opens: repeated ids and cycles included
    _walk(dialog)
    LOADED[tally] += 1
    return dialog


def _check_error(err: DesignerError) -> None:
    assert err.code in CODES, err.code
    assert err.file == SOURCE and err.message
    shown = str(err)
    shown.encode("utf-8")  # always printable
    assert shown.startswith(f"{SOURCE}: ") and "\n" not in shown and "Traceback" not in shown
    if err.path is not None:
        assert err.path.startswith("$"), err.path
    if err.code in PLACED:
        assert err.path is not None, f"{err.code} without a JSON path: {shown}"
    elif err.code == "malformed-json" and err.path is None:
        assert "line " in err.message or "is empty" in err.message, shown
    elif err.code == "not-utf8":
        assert "byte " in err.message and "line " in err.message, shown


def _walk(dialog: Dialog) -> None:
    """Play the loaded dialog a few steps: a hostile file must not crash the preview either."""
    talk = Conversation(Flow(dialog), Visitor(country="FR"))
    talk.start()
    for _ in range(30):
        prompt = talk.prompt
        if talk.ended is not None or prompt is None:
            break
        # Waiting means the visitor can act: a question with nothing to press or type ends.
        assert prompt.choices or prompt.text, "the preview waits for nothing the visitor can do"
        if prompt.choices:
            talk.choose(prompt.choices[0].key)
        else:
            talk.reply("ana@example.com")


# --- structured strategies (hypothesis shrinks these) ------------------------------------

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


def _copy(value: Any) -> Any:
    """A deep copy of plain JSON, ten times faster than copy.deepcopy."""
    return json.loads(json.dumps(value))


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
    doc = _copy(doc)
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
        parent[key] = new if isinstance(new, str) and len(new) > 1000 else "x" * 200_000
    elif how == "stringify":
        parent[key] = json.dumps(old)
    elif how == "wrap-object":
        parent[key] = {"value": old}
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


# --- seed-driven generators (cheap: thousands of cases in seconds) -----------------------

KEYS = sorted(
    {seg for doc in SEEDS for path in _paths(doc) for seg in path if isinstance(seg, str)}
)
WORDS = [*KEYS, "message", "question", "live_chat", "round_robin", "agent", "team", "next", "else"]
WRONG: list[Any] = [None, True, 0, -1, 3.5, "", "<img src=x>", [], {}]  # every JSON type
VERSIONS: list[Any] = [0, -1, 2, 3, 99, 10**100, 1.0, 1.5, "1", "", None, True, [1], {"v": 1}]
ALPHABET = '{}[]",:0123456789.-+eE truefalsnul\n\t\\u/dD8FfA'


def _scalar(rng: random.Random) -> Any:
    roll = rng.random()
    if roll < 0.15:
        return rng.choice([None, True, False])
    if roll < 0.35:
        return rng.choice([0, 1, -1, 3, 2**31, -(2**63), 2**64, 10**999])
    if roll < 0.45:
        return rng.choice([0.5, -2.25, 1e308, 5e-324, -0.0, 1e-7])
    if roll < 0.75:
        return rng.choice(WORDS)
    return "".join(chr(rng.choice([rng.randrange(32, 127), rng.randrange(0x80, 0x2FFFF)]))
                   for _ in range(rng.randrange(12)))  # fmt: skip


def _value(rng: random.Random, depth: int = 0) -> Any:
    """Random JSON, biased to the words a dialog file uses so it gets past the first checks."""
    roll = rng.random()
    if depth > 5 or roll < 0.45:
        return _scalar(rng)
    if roll < 0.7:
        return [_value(rng, depth + 1) for _ in range(rng.randrange(5))]
    return {
        rng.choice(WORDS) if rng.random() < 0.8 else str(_scalar(rng)): _value(rng, depth + 1)
        for _ in range(rng.randrange(6))
    }


def _nest(value: Any, levels: int, rng: random.Random) -> Any:
    for _ in range(levels):
        value = [value] if rng.random() < 0.5 else {rng.choice(WORDS): value}
    return value


def _containers(doc: Any) -> list[tuple[Any, ...]]:
    return [p for p in _paths(doc) if isinstance(_at(doc, p), dict | list)]


def _at(doc: Any, path: tuple[Any, ...]) -> Any:
    for seg in path:
        doc = doc[seg]
    return doc


def _put(doc: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    _at(doc, path[:-1])[path[-1]] = value
    return doc


def _cards(doc: Any) -> list[dict[str, Any]]:
    cards = doc.get("cards") if isinstance(doc, dict) else None
    return [c for c in cards if isinstance(c, dict)] if isinstance(cards, list) else []


def _edit(doc: Any, rng: random.Random) -> tuple[Any, str]:
    """One hostile edit of a parsed dialog; returns the document and what was done."""
    how = rng.choice(MUTATIONS)
    paths = _paths(doc)
    path = rng.choice(paths)
    cards = _cards(doc)
    if how == "drop" and path:
        parent = _at(doc, path[:-1])
        del parent[path[-1]]
    elif how == "wrong-type":
        doc = _put(doc, path, _copy(rng.choice(WRONG)))
    elif how == "random":
        doc = _put(doc, path, _value(rng))
    elif how == "add-key" and _containers(doc):
        target = _at(doc, rng.choice(_containers(doc)))
        if isinstance(target, dict):
            target[rng.choice(WORDS) + rng.choice(["", "s", "_x"])] = _value(rng)
        else:
            target.insert(rng.randrange(len(target) + 1), _value(rng))
    elif how == "deep":
        levels = rng.choice([MAX_DEPTH - len(path) - 1, MAX_DEPTH - len(path), rng.randrange(300)])
        doc = _put(doc, path, _nest(_at(doc, path), max(levels, 1), rng))
    elif how == "huge":
        big = rng.randrange(1, 600_000) // 4 ** rng.randrange(3)  # 50 MB files: see the end
        size = rng.choice([10_000, 10_001, 65_536, big])
        doc = _put(doc, path, rng.choice("x\u00e9\u4e2d\U0001f600,[{") * size)
    elif how == "dup-card" and cards:
        doc["cards"].append(_copy(rng.choice(cards)))
    elif how == "dup-id" and len(cards) > 1:
        rng.choice(cards)["id"] = rng.choice(cards).get("id")
    elif how == "dup-answer":
        for card in cards:
            items = card.get("answers") or card.get("outcomes") or card.get("fields")
            if isinstance(items, list) and items:
                items.append(_copy(rng.choice(items)))
    elif how == "dup-edge" and isinstance(doc, dict) and isinstance(doc.get("edges"), list):
        edge = _copy(rng.choice(doc["edges"] or [{"from": "a", "branch": "next"}]))
        if isinstance(edge, dict) and cards and rng.random() < 0.5:
            edge["to"] = rng.choice(cards).get("id")  # a second link from one port
        doc["edges"].append(edge)
    elif how == "cycle" and cards:
        a, b = rng.choice(cards).get("id"), rng.choice(cards).get("id")
        edges = doc.setdefault("edges", [])
        if isinstance(edges, list):
            edges += [
                {"from": a, "branch": "next", "to": b},
                {"from": b, "branch": "next", "to": a},
            ]
        goto = {"type": "goto", "id": f"loop{rng.randrange(9)}", "target": a}
        if rng.random() < 0.5:
            goto["target"] = goto["id"]  # a Go To onto itself
        doc["cards"].append(goto)
        doc["start"] = rng.choice([goto["id"], a])
    elif how == "version" and isinstance(doc, dict):
        doc["version"] = _copy(rng.choice(VERSIONS))
        if rng.random() < 0.2:
            doc.pop("version")
    elif how == "format" and isinstance(doc, dict):
        doc["format"] = rng.choice(["stream-designer/dialog/2", "", None, 1, "dialog"])
    elif how == "rename" and path and isinstance(_at(doc, path[:-1]), dict):
        parent = _at(doc, path[:-1])
        parent[path[-1] + rng.choice(["_", "s", "X"])] = parent.pop(path[-1])
    elif how == "retype-card" and cards:
        rng.choice(cards)["type"] = rng.choice([*WORDS[-8:], "Message", "", 7, None])
    return doc, f"{how} at {path!r}"


MUTATIONS = [
    "drop", "wrong-type", "random", "add-key", "deep", "huge", "dup-card", "dup-id",
    "dup-answer", "dup-edge", "cycle", "version", "format", "rename", "retype-card",
]  # fmt: skip


def _damage(text: bytes, rng: random.Random) -> tuple[bytes, str]:
    """One text-level injury: truncation, flipped bytes, repeated keys, NaN, BOMs, encodings."""
    how = rng.choice(DAMAGE)
    at = rng.randrange(len(text) + 1)
    if how == "cut":
        return text[:at], f"cut at {at}"
    if how == "flip" and text:
        out = bytearray(text)
        for _ in range(rng.randrange(1, 6)):
            out[rng.randrange(len(out))] = rng.randrange(256)
        return bytes(out), "flipped bytes"
    if how == "insert":
        junk = rng.choice(INSERTS)
        return text[:at] + junk + text[at:], f"inserted {junk!r} at {at}"
    if how == "dup-key":
        key = text.find(b'"id": ', at)
        if key < 0:
            return text, "dup-key: none"
        end = text.index(b",", key) if b"," in text[key:] else len(text)
        return text[:key] + text[key:end] + b", " + text[key:], f"repeated key at {key}"
    if how == "encoding":
        codec = rng.choice(["utf-16", "utf-32", "latin-1", "cp1252"])
        return text.decode("utf-8", "replace").encode(codec, "replace"), codec
    if how == "bom":
        return b"\xef\xbb\xbf" * rng.randrange(1, 3) + text, "BOM"
    return text[:at] + rng.randbytes(rng.randrange(1, 16)) + text[at:], "random bytes inside"


INSERTS = [
    b"NaN", b"-Infinity", b",", b"]", b"}}", b'"\\ud800"', b"\\", b"\x00", b"1e400",
    b"9" * 5000, b"[" * 5000, b'"' + b"\\u00e9" * 9999 + b'"',
]  # fmt: skip
DAMAGE = ["cut", "flip", "insert", "dup-key", "encoding", "bom", "splice"]


def _seeded(count: int) -> Any:
    """A hypothesis test drawing ``count`` seeds; the case is built from ``random.Random(seed)``.

    Drawing one integer keeps hypothesis' cost per case small; the seed in a
    failure report rebuilds the exact case.
    """

    def wrap(fuzz: Any) -> Any:
        return settings(FUZZ, max_examples=count)(given(st.integers(0, 2**64 - 1))(fuzz))

    return wrap


PLANNED = {
    "random-bytes": 1500,
    "random-json": 1500,
    "mutated-files": 2500,
    "damaged-text": 1200,
}
"""Seed-driven cases per generator; the exhaustive pass and hypothesis add the rest."""


def _counted(tally: str, planned: int, run: Any) -> None:
    before = RUN[tally]
    run()
    assert RUN[tally] - before >= planned, f"{tally}: {RUN[tally] - before} < {planned} cases"


def test_random_bytes_load_or_raise_the_project_error() -> None:
    @_seeded(PLANNED["random-bytes"])
    def fuzz(seed: int) -> None:
        rng = random.Random(seed)
        size = rng.choice([0, 1, 2, rng.randrange(64), rng.randrange(4096)])
        if rng.random() < 0.5:
            data = rng.randbytes(size)
        else:
            data = "".join(rng.choice(ALPHABET) for _ in range(size)).encode()
        note(repr(data[:200]))
        _load_or_project_error(data, "random-bytes")

    _counted("random-bytes", PLANNED["random-bytes"], fuzz)


def test_random_json_loads_or_raises_the_project_error() -> None:
    @_seeded(PLANNED["random-json"])
    def fuzz(seed: int) -> None:
        rng = random.Random(seed)
        value = _value(rng)
        if rng.random() < 0.7:  # past the format check, into migration and validation
            value = {"format": SEED["format"], "version": rng.choice([1, 1, 1, *VERSIONS])}
            value.update({rng.choice(KEYS): _value(rng) for _ in range(rng.randrange(6))})
            if rng.random() < 0.5:
                value["cards"] = [_value(rng) for _ in range(rng.randrange(6))]
        text = json.dumps(value, ensure_ascii=rng.random() < 0.5)
        note(text[:500])
        _load_or_project_error(text, "random-json")

    _counted("random-json", PLANNED["random-json"], fuzz)
    assert LOADED["random-json"] > 0


def test_mutated_files_load_or_raise_the_project_error() -> None:
    @_seeded(PLANNED["mutated-files"])
    def fuzz(seed: int) -> None:
        rng = random.Random(seed)
        doc = _copy(rng.choice(SEEDS))
        for _ in range(rng.choice([1, 1, 2, 3, 5])):
            doc, what = _edit(doc, rng)
            note(what)
            if what.startswith("deep"):
                break  # more edits would recurse through the nesting in this test's own code
        indent = 2 if rng.random() < 0.1 else None  # json's C encoder does no indenting: rarer
        _load_or_project_error(json.dumps(doc, indent=indent), "mutated-files")

    _counted("mutated-files", PLANNED["mutated-files"], fuzz)
    assert LOADED["mutated-files"] > PLANNED["mutated-files"] // 10  # deep into the model too


def test_damaged_files_load_or_raise_the_project_error() -> None:
    @_seeded(PLANNED["damaged-text"])
    def fuzz(seed: int) -> None:
        rng = random.Random(seed)
        text = json.dumps(rng.choice(SEEDS), indent=rng.choice([None, 2]), ensure_ascii=False)
        data = text.encode()
        for _ in range(rng.choice([1, 1, 2])):
            data, what = _damage(data, rng)
            note(what)
        _load_or_project_error(data, "damaged-text")

    _counted("damaged-text", PLANNED["damaged-text"], fuzz)


def _every_path_changed(doc: Any) -> Iterator[str]:
    """Every value of the file dropped, and replaced by every JSON type in turn."""
    for path in _paths(doc):
        if path:
            dropped = _copy(doc)
            del _at(dropped, path[:-1])[path[-1]]
            yield json.dumps(dropped)
        for wrong in WRONG:
            if _at(doc, path) != wrong or type(_at(doc, path)) is not type(wrong):
                yield json.dumps(_put(_copy(doc), path, wrong))


def test_every_wrong_type_at_every_path_is_named() -> None:
    before = RUN["every-path"]
    loaded = 0
    for doc in SEEDS:
        for text in _every_path_changed(doc):
            loaded += _load_or_project_error(text, "every-path") is not None
    ran = RUN["every-path"] - before
    assert ran >= 2500, ran
    assert 0 < loaded < ran  # some changes are harmless (an optional text emptied), most not


def test_a_number_too_long_to_read_is_placed() -> None:
    """Python refuses to read integers of more than 4,300 digits: once a ValueError traceback."""
    text = '{"format": "stream-designer/dialog", "version": 1,\n "name": ' + "7" * 5000 + "}"
    with pytest.raises(DesignerError) as info:
        loads_dialog(text, source=SOURCE)
    assert info.value.code == "malformed-json"
    assert "number with thousands of digits at line 2, column 10" in str(info.value)


def test_the_value_limit_counts_structure_not_text(monkeypatch: pytest.MonkeyPatch) -> None:
    plain = re.sub(r'"(?:[^"\\]|\\.)*"', "", json.dumps(SEED))  # structure only
    limit = plain.count(",") + plain.count("[") + plain.count("{") + 1
    monkeypatch.setattr(codec, "MAX_VALUES", limit)
    commas = json.dumps({**SEED, "name": ",[{" * 100})
    assert loads_dialog(commas).name == ",[{" * 100  # commas inside a text are not values
    with pytest.raises(DesignerError) as info:
        loads_dialog(json.dumps({**SEED, "edges": [*SEED["edges"], {}]}), source=SOURCE)
    assert info.value.code == "too-large"
    assert f"too many values to be a dialog (more than {limit:,} numbers" in str(info.value)


def test_the_seeds_themselves_load() -> None:
    for seed in SEEDS:
        assert _load_or_project_error(json.dumps(seed)) is not None


def test_the_fuzz_ran_at_least_ten_thousand_cases(capsys: pytest.CaptureFixture[str]) -> None:
    """Last in the file: the total of every test above, printed for docs/reliability.md."""
    total = sum(RUN.values())
    parts = ", ".join(f"{k} {v} ({LOADED[k]} loaded)" for k, v in sorted(RUN.items()))
    with capsys.disabled():
        print(f"\ncodec fuzz: {total} cases, {sum(LOADED.values())} loaded: {parts}")
    if len(RUN) < len(PLANNED) + 2:
        pytest.skip("only part of the fuzz module ran (-k or a single test)")
    assert total >= 10_000


# --- the limits: memory and time stay bounded at the largest inputs ----------------------

HOSTILE = textwrap.dedent(
    """
    import json, resource, sys, time
    from designer.errors import DesignerError
    from designer.model.codec import MAX_FILE_BYTES, MAX_VALUES, loads_dialog

    n = MAX_FILE_BYTES - 64
    start = '{"format":"stream-designer/dialog","version":1,'
    head = start + '"cards":['
    shapes = {  # built one at a time: the peak is the loader's, not this script's
        "zeros": lambda: "[" + "0," * (n // 2 - 1) + "0]",
        "objects": lambda: "[" + "{}," * (n // 3 - 1) + "{}]",
        "commas in a text": lambda: start + '"name":"' + "," * n + '"}',
        "one text": lambda: '"' + "x" * n + '"',
        "deep": lambda: "[" * n,
        "values at the limit": lambda: head
        + ",".join(['"xxxxxxxxxxxxxxxxxxxxxx"'] * (MAX_VALUES - 9))
        + "]}",
    }
    for name, build in shapes.items():
        text = build()
        began = time.perf_counter()
        try:
            loads_dialog(text, source=name)
            code = "loaded"
        except DesignerError as err:
            code = err.code
        del text
        print(json.dumps({"shape": name, "code": code, "seconds": time.perf_counter() - began,
              "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}), flush=True)
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="ru_maxrss is POSIX")
def test_largest_hostile_files_are_refused_in_bounded_time_and_memory() -> None:
    """50 MB files of tiny values once took minutes and 4 GB; the value limit stops them."""
    done = subprocess.run(
        [sys.executable, "-c", HOSTILE], capture_output=True, text=True, timeout=240, check=True
    )
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["shape"] for r in rows] == [
        "zeros", "objects", "commas in a text", "one text", "deep", "values at the limit",
    ]  # fmt: skip
    codes = {r["shape"]: r["code"] for r in rows}
    assert codes["zeros"] == codes["objects"] == codes["deep"] == "too-large"
    assert codes["commas in a text"] == codes["values at the limit"] == "invalid-dialog"
    assert codes["one text"] == "wrong-format"
    print("\n" + "\n".join(f"hostile file {r}" for r in rows))
    assert all(r["seconds"] < 60 for r in rows), rows
    assert max(r["peak_mb"] for r in rows) < 800, rows  # zeros took 4,100 MB before MAX_VALUES
