"""Reading and writing dialog files.

Loading turns anything a file can hold into either a :class:`Dialog` or one
:class:`DesignerError` naming the file, the JSON path and the fix; a marketer
never sees a traceback. Writing is deterministic (same dialog, same bytes, so
files diff well) and atomic (a crash mid-save leaves the old file intact).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable
from itertools import chain
from typing import Any, get_args

from pydantic import ValidationError
from pydantic_core import to_json

from designer import collector
from designer.atomic_file import write_atomic
from designer.errors import DesignerError
from designer.model.cards import CARD_CLASSES, ID_PATTERN
from designer.model.dialog import FORMAT, Dialog
from designer.model.migrations import migrate
from designer.model.routing import Routing

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_DEPTH = 64
MAX_VALUES = 2_000_000
"""List items and object members a file may hold (each one value, plus its key).

The byte limit alone does not bound memory: 50 MB of ``[0,0,0,…`` parses into
25 million objects (gigabytes, minutes). The largest real dialog (20,000
cards) holds about 330,000.
"""
CARD_KEYS_FIRST = ("type", "id", "title")
ROUTING_KINDS = tuple(m.model_fields["kind"].default for m in get_args(get_args(Routing)[0]))
FIX = "correct it in the file, then open it again"

_NON_FINITE = re.compile(r'"(?:[^"\\]|\\.)*"|(-?Infinity|NaN)', re.DOTALL)
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_LONG_NUMBER = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|(\d{1000,})', re.DOTALL)
_SURROGATE = re.compile("[\ud800-\udfff]")
_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_KEY_END_SPACED = re.compile(r'"[ \t\n\r]+:')
_CONTAINERS = (dict, list)
_UNREAD = object()


class _NonFinite(ValueError):
    """NaN or Infinity met while parsing: JSON has no such numbers."""


# --- loading ---------------------------------------------------------------------


def load_dialog(path: str | os.PathLike[str]) -> Dialog:
    """Read, migrate and validate the dialog file at ``path``."""
    source = str(path)
    try:
        with open(path, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if size > MAX_FILE_BYTES:
                raise _too_large(source, size)
            data = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise _error(source, "unreadable", _read_failure(exc, path)) from None
    return loads_dialog(data, source)


def loads_dialog(data: str | bytes, source: str = "<text>") -> Dialog:
    """Parse dialog JSON text, migrate it to the current version and validate it.

    A plain parse and :func:`_plainly_sound` only decide whether anything is wrong;
    when they cannot show that nothing is, the careful parse and walk run as they
    always did (here, at the same stack depth) and name the fault and its place.
    """
    if len(data) > MAX_FILE_BYTES:
        raise _too_large(source, len(data))
    text = _decode(data, source) if isinstance(data, bytes) else data.removeprefix("\ufeff")
    _check_count(text, source)
    with collector.paused():  # tens of thousands of containers, no cycles
        raw = _parse_plain(text)
        if raw is _UNREAD or not _plainly_sound(raw, text):
            raw, dupes = _parse(text, source)
            _check_tree(raw, source, dupes, text)
        if not isinstance(raw, dict):
            raise _not_a_dialog(source, f"it holds {_kind(raw)} instead of an object", "$")
        if "format" not in raw:
            raise _not_a_dialog(source, 'it has no "format" marker', "$")
        if raw["format"] != FORMAT:
            raise _not_a_dialog(source, f'its "format" is {_show(raw["format"])}', "$.format")
        raw = migrate(raw, source)
        try:
            return Dialog.model_validate(raw)
        except ValidationError as exc:
            raise _invalid(exc, raw, source) from None


def _decode(data: bytes, source: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise _error(
            source,
            "not-utf8",
            f"is not UTF-8 text (byte {exc.start + 1}, line {line}); save it again with "
            "the UTF-8 encoding in your editor",
        ) from None


def _parse(text: str, source: str) -> tuple[Any, dict[int, tuple[str, Any]]]:
    """``json.loads`` with NaN/Infinity refused; also returns objects with a repeated key.

    A repeated key (often left by a hand-resolved merge) would silently lose a value.
    """

    dupes: dict[int, tuple[str, dict[str, Any]]] = {}

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        obj = dict(items)
        if len(obj) != len(items):
            dupes[id(obj)] = (_first_repeat(k for k, _ in items), obj)  # obj kept: id stays unique
        return obj

    try:
        value = json.loads(text, parse_constant=_refuse, object_pairs_hook=pairs)
    except json.JSONDecodeError as exc:
        if not text.strip():
            raise _error(source, "malformed-json", "is empty; restore it from a backup") from None
        raise _error(
            source,
            "malformed-json",
            f"is not valid JSON: {exc.msg.lower()} at line {exc.lineno}, column {exc.colno}; "
            "fix the text there (a missing comma, quote or bracket is the usual cause)",
        ) from None
    except _NonFinite as exc:
        where = next((m for m in _NON_FINITE.finditer(text) if m.group(1)), None)
        at = f" at {_line_col(text, where.start())}" if where else ""
        raise _error(
            source,
            "malformed-json",
            f"contains {exc}{at}, which is not a JSON number; write a real number instead",
        ) from None
    except ValueError:  # an integer longer than Python converts (sys.int_max_str_digits)
        where = next((m for m in _LONG_NUMBER.finditer(text) if m.group(1)), None)
        at = f" at {_line_col(text, where.start(1))}" if where else ""
        raise _error(
            source,
            "malformed-json",
            f"contains a number with thousands of digits{at}, too long to read; "
            "write a shorter number",
        ) from None
    except RecursionError:
        raise _too_deep(source, "$") from None
    return value, dupes


def _refuse(name: str) -> Any:
    """``json.loads`` reads NaN and Infinity unless told not to; JSON has no such numbers."""
    raise _NonFinite(name)


def _parse_plain(text: str) -> Any:
    """``json.loads`` without the repeat-finding hook, or _UNREAD if it fails."""
    try:
        return json.loads(text, parse_constant=_refuse)
    except (ValueError, RecursionError):  # the careful parse explains it
        return _UNREAD


def _plainly_sound(value: Any, text: str) -> bool:
    """Whether the tree parsed from ``text`` certainly passes :func:`_check_tree`.

    No repeated key: a repeat leaves the tree fewer keys than the text has
    members, and :func:`_members_at_most` bounds those from above, so equal counts
    prove there is none (the hook that finds repeats while parsing cost as much as
    the parse itself).
    No nesting beyond MAX_DEPTH: a walk level by level, with no place kept. No
    broken character: only possible after a surrogate escape or with one in the
    text itself, and then the tree, written back, is not valid UTF-8.
    """
    keys = _keys_within_depth(value)
    if keys is None or keys != _members_at_most(text):
        return False
    if _SURROGATE_ESCAPE.search(text) or not _encodable(text):
        return _encodable(json.dumps(value, ensure_ascii=False, check_circular=False))
    return True


def _keys_within_depth(value: Any) -> int | None:
    """How many keys the tree's objects hold, or None if it nests beyond MAX_DEPTH.

    One list per level instead of a stack of (node, place) entries: about a third
    of the careful walk's time. ``json.loads`` makes exact dicts and lists only.
    """
    keys = 0
    level = [value] if type(value) in _CONTAINERS else []
    for _depth in range(MAX_DEPTH):
        if not level:
            return keys
        dicts = [node for node in level if type(node) is dict]
        lists = [node for node in level if type(node) is list] if len(dicts) < len(level) else []
        keys += sum(map(len, dicts))
        below = chain(chain.from_iterable(map(dict.values, dicts)), chain.from_iterable(lists))
        level = [child for child in below if type(child) in _CONTAINERS]
    return None if level else keys


def _members_at_most(text: str) -> int:
    """At least as many as the object members in valid JSON ``text``, and usually exactly.

    Each member's key ends with a quote, then maybe spaces, then the colon. Counting
    ``":`` finds every member when no colon follows a space (else a regex counts the
    spaced ones too). A text value holding a quote or a space before a colon only
    adds to the count; the careful path then runs, slower but as exact.
    """
    tight = text.count('":')
    if tight == text.count(":") or not any(f"{space}:" in text for space in " \t\n\r"):
        return tight
    return tight + len(_KEY_END_SPACED.findall(text))


def _check_count(text: str, source: str) -> None:
    """Refuse more than MAX_VALUES values before parsing, so memory stays bounded.

    Every list item and object member but the first follows a comma or an opening
    bracket, so counting those outside strings bounds them from above; strings are
    only skipped (a slower pass) when the quick count that includes them is too high.
    """
    quick = text.count(",") + text.count("[") + text.count("{") + 1
    if quick <= MAX_VALUES:
        return
    bare = _STRING.sub("", text)
    count = bare.count(",") + bare.count("[") + bare.count("{") + 1
    if count > MAX_VALUES:
        raise _error(
            source,
            "too-large",
            f"holds too many values to be a dialog (more than {MAX_VALUES:,} numbers, texts, "
            "lists and objects); check that this is the right file",
        )


def _first_repeat(keys: Iterable[str]) -> str:
    seen: set[str] = set()
    for key in keys:
        if key in seen:
            return key
        seen.add(key)
    return ""


def _check_tree(value: Any, source: str, dupes: dict[int, tuple[str, Any]], text: str) -> None:
    """Refuse nesting beyond MAX_DEPTH, repeated keys and text that is not Unicode.

    Iterative on purpose: a recursive walk would itself overflow on hostile input.
    A node's place is kept as a link to its parent's (built into a JSON path only
    for an error), and strings are looked at only when ``text`` holds a surrogate
    or a surrogate escape at all: both used to cost more than the parse.
    """
    strings = "\\u" in text or not _encodable(text)  # an escape, or a lone surrogate itself
    Link = tuple[Any, str | int] | None  # (parent's link, key or index)
    stack: list[tuple[Any, Link, int]] = [(value, None, 0)]
    while stack:
        node, link, depth = stack.pop()
        if isinstance(node, str):
            if _SURROGATE.search(node):
                raise _error(
                    source,
                    "malformed-json",
                    "contains a broken character (an unpaired \\ud800-\\udfff escape); "
                    "remove it or type the character itself",
                    json_path(_unlink(link)),
                )
            continue
        if not isinstance(node, dict | list):
            continue  # the top value may be a number, true or null (refused later)
        if depth >= MAX_DEPTH:
            raise _too_deep(source, json_path(_unlink(link)))
        below = depth + 1
        if isinstance(node, list):
            # Only what can fail is stacked: a list of numbers costs no memory here.
            wanted = (str, dict, list) if strings else (dict, list)
            stack.extend(
                (child, (link, i), below)
                for i, child in enumerate(node)
                if isinstance(child, wanted)
            )
            continue
        if id(node) in dupes:
            key = _show(dupes[id(node)][0])
            raise _error(
                source,
                "malformed-json",
                f"the property {key} appears twice in this object; keep only one of them",
                json_path(_unlink(link)),
            )
        for key, child in node.items():
            if strings:
                stack.append((key, (link, key), below))
                if isinstance(child, str):
                    stack.append((child, (link, key), below))
            if isinstance(child, dict | list):
                stack.append((child, (link, key), below))


def _encodable(text: str) -> bool:
    """Whether ``text`` holds no lone surrogate (a C-speed test: UTF-8 refuses them)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _unlink(link: tuple[Any, str | int] | None) -> tuple[str | int, ...]:
    """The path (keys and indexes from the root) a parent link chain stands for."""
    path: list[str | int] = []
    while link is not None:
        link, key = link
        path.append(key)
    return tuple(reversed(path))


# --- validation errors in plain words --------------------------------------------------


def _invalid(exc: ValidationError, raw: dict[str, Any], source: str) -> DesignerError:
    """One sentence for the first problem pydantic found, with its JSON path and card."""
    errors = exc.errors(include_url=False)
    groups: dict[tuple[str | int, ...], list[dict[str, Any]]] = {}
    for err in errors:
        path, _ = _clean_loc(err["loc"], raw)
        groups.setdefault(tuple(path), []).append(dict(err))
    path, group = next(iter(groups.items()))
    _, member = _clean_loc(group[0]["loc"], raw)
    message = _union_sentence(group) if member and len(group) > 1 else _sentence(group[0], path)
    more = len(groups) - 1
    if more:
        message += f" (and {more} more problem{'s' if more > 1 else ''})"
    return _error(source, "invalid-dialog", message, json_path(path), _card_id(raw, path))


def _clean_loc(loc: tuple[str | int, ...], raw: Any) -> tuple[list[str | int], bool]:
    """The loc as a path through the file: union tags and member labels dropped.

    Pydantic puts the tag of a discriminated union (``'question'``) and the
    member of a plain union (``'list[str]'``) in the loc; neither is in the file.
    """
    path: list[str | int] = []
    node, tag_site, member = raw, _tag_site([]), False
    for seg in loc:
        if tag_site and isinstance(node, dict) and node.get(tag_site) == seg:
            tag_site = None
            continue
        if isinstance(seg, str) and not isinstance(node, dict):
            member = True
            continue
        path.append(seg)
        tag_site = _tag_site(path)
        if isinstance(node, dict):
            node = node.get(seg)
        elif isinstance(node, list) and isinstance(seg, int) and 0 <= seg < len(node):
            node = node[seg]
        else:
            node = None
    return path, member


def _tag_site(path: list[str | int]) -> str | None:
    """The discriminator key when ``path`` points at a tagged union: a card or a routing."""
    if len(path) == 2 and path[0] == "cards" and isinstance(path[1], int):
        return "type"
    if len(path) == 3 and path[0] == "cards" and path[2] == "routing":
        return "kind"
    return None


def _card_id(raw: dict[str, Any], path: list[str | int]) -> str | None:
    if len(path) < 2 or path[0] != "cards" or not isinstance(path[1], int):
        return None
    cards = raw.get("cards")
    card = cards[path[1]] if isinstance(cards, list) and path[1] < len(cards) else None
    card_id = card.get("id") if isinstance(card, dict) else None
    return card_id if isinstance(card_id, str) and re.match(ID_PATTERN, card_id) else None


_EXPECTED = {  # pydantic error type -> what the file should hold there
    **dict.fromkeys(("int_type", "int_parsing", "int_from_float"), "a whole number"),
    **dict.fromkeys(("float_type", "float_parsing"), "a number"),
    **dict.fromkeys(("bool_type", "bool_parsing"), "true or false"),
    **dict.fromkeys(("dict_type", "model_type", "model_attributes_type"), "an object {...}"),
    "string_type": "text",
    "list_type": "a list [...]",
}


def _sentence(err: dict[str, Any], path: list[str | int]) -> str:
    """A plain sentence saying what is wrong and what to do."""
    kind, ctx, value = err["type"], err.get("ctx") or {}, err.get("input")
    last = path[-1] if path else None
    name = _show(last) if isinstance(last, str) else "this item" if last is not None else "it"
    if kind in ("union_tag_invalid", "union_tag_not_found"):
        routing = ctx.get("discriminator") == "'kind'"
        key, what = ("kind", "routing option") if routing else ("type", "card type")
        allowed = ", ".join(ROUTING_KINDS if routing else CARD_CLASSES)
        tag = value.get(key) if isinstance(value, dict) else None
        if tag is None:
            return f'a {what.split()[0]} needs a "{key}"; add one of: {allowed}'
        if not isinstance(tag, str):
            return f'"{key}" must be text, not {_kind(tag)}; use one of: {allowed}'
        return f"unknown {what} {_show(tag)}; use one of: {allowed}"
    if kind == "missing":
        return f"the required property {name} is missing; add it"
    if kind == "extra_forbidden":
        return f"unknown property {name}; remove it or correct its spelling"
    if kind in _EXPECTED:
        return f"{name} should be {_EXPECTED[kind]}, not {_kind(value)}; {FIX}"
    if kind in ("literal_error", "enum"):
        return f"{name} cannot be {_show(value)}; use {ctx.get('expected', 'an allowed value')}"
    if kind == "string_too_short" and ctx.get("min_length") == 1:
        return f"{name} must not be empty; write some text"
    if kind in ("string_too_short", "too_short"):
        unit = "characters" if kind.startswith("string") else "items"
        return f"{name} must have at least {ctx.get('min_length')} {unit}; add some"
    if kind in ("string_too_long", "too_long"):
        unit = "characters" if kind.startswith("string") else "items"
        return f"{name} must have at most {ctx.get('max_length')} {unit}; shorten it"
    if kind == "string_pattern_mismatch":
        hint = _pattern_hint(ctx.get("pattern", ""))
        return f"{_show(value)} is not a valid {last if isinstance(last, str) else 'value'}; {hint}"
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        bound = next(iter(ctx.values()), "?")
        words = {"greater_than_equal": "at least", "less_than_equal": "at most"}
        return f"{name} must be {words.get(kind, kind.replace('_', ' '))} {bound}; {FIX}"
    if kind == "finite_number":
        return f"{name} must be a finite number; {FIX}"
    if kind == "value_error":
        return f"{ctx.get('error', err['msg'])!s}; {FIX}"
    return f"{name}: {err['msg'][:1].lower()}{err['msg'][1:]}; {FIX}"


def _union_sentence(group: list[dict[str, Any]]) -> str:
    kinds = [_EXPECTED.get(e["type"]) for e in group]
    wanted = " or ".join(k for k in kinds if k) or "another value"
    return f"expected {wanted}, not {_kind(group[0].get('input'))}; {FIX}"


def _pattern_hint(pattern: str) -> str:
    if pattern == ID_PATTERN:
        return "use up to 64 letters, digits, '-', '_' or '.', starting with a letter or digit"
    if pattern.startswith("^[a-z]{2,3}"):
        return "use a language code such as 'en' or 'fr-CA'"
    if pattern.startswith("^[A-Za-z_]"):
        return "use letters, digits, '_' or '.', starting with a letter or '_'"
    return FIX


# --- writing ---------------------------------------------------------------------


def dumps_dialog(dialog: Dialog) -> str:
    """The file text: pretty, keys in a fixed order, so the same dialog gives the same bytes."""
    data = dialog.canonical().model_dump(mode="json", by_alias=True, exclude_none=True)
    data["cards"] = [
        {**{k: card[k] for k in CARD_KEYS_FIRST if k in card}, **card} for card in data["cards"]
    ]
    return _pretty_json(data) + "\n"


def _pretty_json(data: Any) -> str:
    """``json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False)``, about 8x sooner.

    Python's encoder is pure Python when it indents (~95 ms for 5,000 cards, paid
    by every save and every recovery copy); pydantic-core's writes the same bytes
    in ~12 ms. The two differ only on floats under 1e-4 (``1e-05`` against
    ``0.00001``) and on NaN or infinities: when the fast text may hold one, the
    text is made by Python's encoder, which also refuses NaN as before.
    """
    text = to_json(data, indent=2, inf_nan_mode="constants").decode("utf-8")
    if _may_differ(text):
        return json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False)
    return text


def _may_differ(text: str) -> bool:
    """Whether the text may hold a number Python would write differently (or refuse).

    Plain substring searches (a regex took 40 ms on 1.7 MB); a marker inside a
    string value only sends the save down the slower, always-right path.
    """
    if "0.0000" in text or "NaN" in text or "Infinity" in text:
        return True
    for marker in ("e-", "E-"):  # an exponent: a digit, then e-
        at = text.find(marker)
        while at != -1:
            if at and text[at - 1].isdigit():
                return True
            at = text.find(marker, at + 2)
    return False


def save_dialog(dialog: Dialog, path: str | os.PathLike[str]) -> None:
    """Write the dialog atomically: a crash mid-save leaves the old file as it was."""
    write_atomic(path, dumps_dialog(dialog).encode("utf-8"))


# --- helpers ---------------------------------------------------------------------------


def json_path(path: tuple[str | int, ...] | list[str | int]) -> str:
    """``$.cards[3].answers[0].label`` for ``('cards', 3, 'answers', 0, 'label')``."""
    out = ["$"]
    for seg in path:
        if isinstance(seg, int):
            out.append(f"[{seg}]")
        elif _IDENT.match(seg):
            out.append(f".{seg}")
        else:
            out.append(f"[{_show(seg)}]")
    return "".join(out)


def _show(value: Any) -> str:
    """A short, printable quote of a value from the file (for messages)."""
    if isinstance(value, dict | list):
        return _kind(value)
    text = json.dumps(value, ensure_ascii=True) if not isinstance(value, str) else value
    # Only the first 61 characters can show: a megabyte of text is not escaped for nothing.
    text = text[:61].encode("ascii", "backslashreplace").decode("ascii")
    text = "".join(c if c.isprintable() else "?" for c in text)
    return f"'{text[:60]}…'" if len(text) > 60 else f"'{text}'"


def _kind(value: Any) -> str:
    """What a JSON value is, in words."""
    if value is None or isinstance(value, bool):
        return json.dumps(value)
    kinds = ((str, "text"), (int | float, "a number"), (list, "a list"))
    return next((word for t, word in kinds if isinstance(value, t)), "an object")


def _line_col(text: str, index: int) -> str:
    line = text.count("\n", 0, index) + 1
    return f"line {line}, column {index - (text.rfind(chr(10), 0, index) + 1) + 1}"


def _error(
    source: str, code: str, message: str, path: str | None = None, card_id: str | None = None
) -> DesignerError:
    return DesignerError(message, code=code, file=source, path=path, card_id=card_id)


def _not_a_dialog(source: str, why: str, path: str) -> DesignerError:
    return _error(
        source,
        "wrong-format",
        f"is not a Stream Designer dialog file ({why}; a dialog file starts with "
        f'"format": "{FORMAT}"); open a dialog saved by Stream Designer',
        path,
    )


def _too_large(source: str, size: int) -> DesignerError:
    mb = MAX_FILE_BYTES // (1024 * 1024)
    return _error(
        source,
        "too-large",
        f"is too large to be a dialog ({size / 1024 / 1024:.1f} MB; the limit is {mb} MB); "
        "check that this is the right file",
    )


def _too_deep(source: str, path: str) -> DesignerError:
    return _error(
        source,
        "too-deep",
        f"is nested too deeply (more than {MAX_DEPTH} levels of lists and objects); "
        "a dialog file never needs this: check that this is the right file",
        path,
    )


def _read_failure(exc: OSError, path: str | os.PathLike[str]) -> str:
    if isinstance(exc, IsADirectoryError) or os.path.isdir(path):  # Windows: PermissionError
        return "is a folder, not a dialog file; choose a .json dialog file"
    if isinstance(exc, FileNotFoundError):
        return "does not exist; check the name and the folder"
    if isinstance(exc, PermissionError):
        return "cannot be read: permission denied; ask for read access or copy the file"
    return f"cannot be read ({exc.strerror or exc}); check the disk and try again"
