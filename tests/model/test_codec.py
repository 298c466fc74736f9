"""The dialog file codec: round trips, stable bytes, plain-word load errors, atomic saves."""

from __future__ import annotations

import contextlib
import errno
import gc
import json
import os
import random
import stat
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from designer.errors import DesignerError
from designer.model import codec
from designer.model.cards import (
    CARD_CLASSES,
    ActionCard,
    Answer,
    CaptureField,
    ConditionCard,
    EndCard,
    FieldKind,
    GoalCard,
    GoToCard,
    InfoCaptureCard,
    LiveChatCard,
    MeetingBookingCard,
    MessageCard,
    Outcome,
    Position,
    QuestionCard,
    Validation,
    WhenKnown,
)
from designer.model.codec import dumps_dialog, load_dialog, loads_dialog, save_dialog
from designer.model.criteria import Attribute, Criterion, Operator
from designer.model.dialog import Dialog, Edge
from designer.model.routing import AgentRouting, CustomRules, RoundRobin, Rule, TeamRouting

EXAMPLES = sorted((Path(__file__).parents[2] / "examples").glob("*.json"))


def full_dialog() -> Dialog:
    """Every card type and every routing option, with edges deliberately out of order."""
    rules = CustomRules(
        rules=[
            Rule(
                criteria=[Criterion(attribute=Attribute.COUNTRY, operator="one_of", value=["FR"])],
                team="EMEA",
            ),
            Rule(
                criteria=[
                    Criterion(attribute=Attribute.FIELD, field="company", operator="is_known")
                ],
                agent="ana@example.com",
            ),
        ]
    )
    cards = [
        MessageCard(
            id="hello", title="Hello", text='Hi {{lead.firstName:"there"}} 👋', poke="Psst!"
        ),
        QuestionCard(
            id="ask",
            title="Chat?",
            text="Would you like to chat with someone from sales?",
            answers=[
                Answer(id="yes", label="Yes, please", value="yes"),
                Answer(id="no", label="No"),
            ],
            allow_free_text=True,
            store_in_field="wants_chat",
            position=Position(x=120.5, y=-40),
        ),
        InfoCaptureCard(
            id="details",
            fields=[
                CaptureField(kind=FieldKind.FIRST_NAME, prompt="Your first name?"),
                CaptureField(
                    kind=FieldKind.EMAIL,
                    validation=Validation.EMAIL,
                    when_known=WhenKnown.OVERWRITE,
                    placeholder="you@company.com",
                ),
                CaptureField(kind=FieldKind.CUSTOM, name="team_size", options=["1-10", "11+"]),
            ],
            consent="We keep your details to answer you.",
        ),
        ConditionCard(
            id="open",
            outcomes=[
                Outcome(
                    id="agents",
                    label="Agents online",
                    criteria=[Criterion(attribute=Attribute.AGENTS_AVAILABLE, value="yes")],
                ),
                Outcome(
                    id="shop",
                    criteria=[
                        Criterion(
                            attribute=Attribute.PAGE_URL, operator=Operator.CONTAINS, value="/shop"
                        )
                    ],
                ),
            ],
        ),
        LiveChatCard(id="rr", routing=RoundRobin(), text="Finding someone…"),
        LiveChatCard(id="one", routing=AgentRouting(agent="ana@example.com")),
        LiveChatCard(id="team", routing=TeamRouting(team="EMEA"), fallback_message="Back soon!"),
        LiveChatCard(id="rules", routing=rules, fallback_message="Nobody matches, sorry."),
        MeetingBookingCard(id="meet", routing=TeamRouting(team="EMEA"), text="Pick a slot"),
        GoalCard(id="goal", name="Qualified", score=2),
        ActionCard(id="tag", field="segment", value="enterprise"),
        GoToCard(id="again", target="ask"),
        EndCard(id="bye", message="Thanks, bye!"),
    ]
    links = [
        ("open", "else", "bye"),
        ("hello", "next", "ask"),
        ("ask", "yes", "details"),
        ("ask", "no", "bye"),
        ("ask", "free_text", "again"),
        ("details", "next", "goal"),
        ("goal", "next", "tag"),
        ("tag", "next", "open"),
        ("open", "agents", "rules"),
        ("open", "shop", "meet"),
        ("meet", "booked", "bye"),
        ("meet", "no_slot", "team"),
    ]
    edges = [Edge(source=s, port=p, target=t) for s, p, t in links]
    return Dialog(name="Talk to sales – FR", language="fr", start="hello", cards=cards, edges=edges)


def test_the_full_dialog_covers_every_card_type_and_routing_option() -> None:
    dialog = full_dialog()
    assert {c.type for c in dialog.cards} == set(CARD_CLASSES)
    kinds = {c.routing.kind for c in dialog.cards if hasattr(c, "routing")}
    assert kinds == {"round_robin", "agent", "team", "custom_rules"}


# --- round trip and stable bytes ------------------------------------------------------


def test_saved_dialog_loads_back_equal(tmp_path: Path) -> None:
    dialog = full_dialog()
    target = tmp_path / "sales.json"
    save_dialog(dialog, target)
    assert load_dialog(target) == dialog.canonical()
    assert loads_dialog(dumps_dialog(dialog)) == dialog.canonical()


@pytest.mark.parametrize("card", full_dialog().cards, ids=lambda c: c.type)
def test_each_card_survives_a_round_trip_alone(card: object) -> None:
    dialog = Dialog(start=card.id, cards=[card])  # type: ignore[attr-defined]
    assert loads_dialog(dumps_dialog(dialog)) == dialog


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_examples_round_trip(path: Path, tmp_path: Path) -> None:
    dialog = load_dialog(path)
    save_dialog(dialog, tmp_path / path.name)
    assert load_dialog(tmp_path / path.name) == dialog.canonical()


def test_same_dialog_gives_the_same_bytes_whatever_the_edge_order() -> None:
    dialog = full_dialog()
    shuffled = dialog.model_copy(update={"edges": list(reversed(dialog.edges))})
    text = dumps_dialog(dialog)
    assert dumps_dialog(dialog) == text
    assert dumps_dialog(shuffled) == text
    assert dumps_dialog(loads_dialog(text)) == text


def test_file_layout_is_readable_and_diff_friendly() -> None:
    text = dumps_dialog(full_dialog())
    data = json.loads(text)
    assert text.endswith("}\n") and text.startswith('{\n  "format": "stream-designer/dialog",\n')
    assert list(data)[:2] == ["format", "version"]
    assert "👋" in text and "–" in text  # written as themselves, not \\u escapes
    assert "null" not in text
    for card in data["cards"]:
        assert list(card)[:3] == ["type", "id", "title"]
    question = next(c for c in data["cards"] if c["type"] == "question")
    assert list(question)[3:] == [
        "position",
        "text",
        "answers",
        "allow_free_text",
        "store_in_field",
    ]
    assert all(list(e) == ["from", "branch", "to"] for e in data["edges"])
    keys = [(e["from"], e["branch"], e["to"]) for e in data["edges"]]
    assert keys == sorted(keys)


# --- load errors: one sentence naming the file, the place and the fix ------------------

OK = {"format": "stream-designer/dialog", "version": 1}


def _dialog_text(**fields: object) -> str:
    return json.dumps({**OK, **fields})


LOAD_ERRORS = [
    pytest.param("{\n  \"name\": \"x\",\n  oops\n}", "malformed-json", None,
                 ["line 3, column 3", "fix the text"], id="syntax"),
    pytest.param("   ", "malformed-json", None, ["empty", "backup"], id="empty"),
    pytest.param('{"format": "stream-designer/dialog", "version": 1, "name": NaN}',
                 "malformed-json", None, ["NaN", "line 1, column 60", "real number"], id="nan"),
    pytest.param('{"format": "stream-designer/dialog", "version": 1, "x": [-Infinity]}',
                 "malformed-json", None, ["-Infinity"], id="infinity"),
    pytest.param('{"format": "stream-designer/dialog", "version": 1, "name": "a", "name": "b"}',
                 "malformed-json", "$", ["'name' appears twice", "keep only one"], id="dup-key"),
    pytest.param('[1, 2]', "wrong-format", "$",
                 ["not a Stream Designer dialog file", "a list"], id="array"),
    pytest.param('{"nodes": []}', "wrong-format", "$",
                 ["not a Stream Designer dialog file", '"format"'], id="no-format"),
    pytest.param('{"format": "botpress/flow", "version": 1}', "wrong-format", "$.format",
                 ["not a Stream Designer dialog file", "'botpress/flow'"], id="other-format"),
    pytest.param('{"format": "stream-designer/dialog"}', "missing-version", "$",
                 ['no "version"', 'add "version": 1'], id="no-version"),
    pytest.param(_dialog_text(version="1"), "invalid-version", "$.version",
                 ["whole number", "set it"], id="version-text"),
    pytest.param(_dialog_text(version=7), "newer-version", "$.version",
                 ["newer Stream Designer (format version 7; this one reads up to 1)",
                  "update Stream Designer"], id="newer"),
    pytest.param(_dialog_text(cards=[{"type": "popup", "id": "p1"}]), "invalid-dialog",
                 "$.cards[0]", ["unknown card type 'popup'", "use one of: message, question,"],
                 id="card-type"),
    pytest.param(_dialog_text(cards=[{"type": ["message"], "id": "p1"}]), "invalid-dialog",
                 "$.cards[0]", ['"type" must be text, not a list', "use one of: message"],
                 id="type-not-text"),
    pytest.param(_dialog_text(cards=[{"id": "p1", "text": "hi"}]), "invalid-dialog",
                 "$.cards[0]", ['a card needs a "type"', "add one of"], id="no-type"),
    pytest.param(_dialog_text(cards=[{"type": "message", "id": "m1", "colour": "red"}]),
                 "invalid-dialog", "$.cards[0].colour",
                 ["card 'm1'", "unknown property 'colour'", "remove it"], id="extra"),
    pytest.param(_dialog_text(cards=[
        {"type": "message", "id": "m1"},
        {"type": "question", "id": "q1", "answers": [{"id": "a", "label": ""}]},
    ]), "invalid-dialog", "$.cards[1].answers[0].label",
        ["card 'q1'", "'label' must not be empty"], id="empty-label"),
    pytest.param(_dialog_text(cards=[{"type": "goal", "id": "g", "score": 7, "name": 3}]),
                 "invalid-dialog", "$.cards[0].name",
                 ["'name' should be text, not a number", "(and 1 more problem)"],
                 id="two-problems"),
    pytest.param(_dialog_text(cards=[
        {"type": "live_chat", "id": "lc", "routing": {"kind": "agent", "agent": ""}},
    ]), "invalid-dialog", "$.cards[0].routing.agent", ["'agent' must not be empty"], id="agent"),
    pytest.param(_dialog_text(cards=[
        {"type": "live_chat", "id": "lc", "routing": {"kind": "lottery"}},
    ]), "invalid-dialog", "$.cards[0].routing",
        ["unknown routing option 'lottery'", "round_robin, agent, team, custom_rules"],
        id="routing-kind"),
    pytest.param(_dialog_text(cards=[{"type": "condition", "id": "c", "outcomes": [
        {"id": "o", "criteria": [{"attribute": "country", "value": 5}]}]}]),
        "invalid-dialog", "$.cards[0].outcomes[0].criteria[0].value",
        ["expected text or a list", "not a number"], id="text-or-list"),
    pytest.param(_dialog_text(edges=[{"from": "a", "to": "b"}]), "invalid-dialog",
                 "$.edges[0].branch", ["'branch' is missing", "add it"], id="missing"),
    pytest.param(_dialog_text(language="French"), "invalid-dialog", "$.language",
                 ["'French' is not a valid language", "'en' or 'fr-CA'"], id="language"),
    pytest.param(_dialog_text(cards=[{"type": "end", "id": "bad id!"}]), "invalid-dialog",
                 "$.cards[0].id", ["'bad id!' is not a valid id", "letters, digits"], id="id"),
    pytest.param(_dialog_text(cards=[{"type": "question", "id": "q", "answers": [
        {"id": "a", "label": "A"}, {"id": "a", "label": "B"}]}]), "invalid-dialog",
        "$.cards[0]", ["card 'q'", "answer ids must be unique; repeated: a", "correct it"],
        id="model-rule"),
    pytest.param('{"format": "stream-designer/dialog", "version": 1, "name": "\\udc00"}',
                 "malformed-json", "$.name", ["broken character", "remove it"], id="surrogate"),
    pytest.param("[" * 65 + "]" * 65, "too-deep", "$" + "[0]" * 64,
                 ["nested too deeply (more than 64 levels"], id="deep"),
    pytest.param("[" * 200_000, "too-deep", "$", ["nested too deeply"], id="deeper-than-python"),
    pytest.param('{"a":' * 65 + "1" + "}" * 65, "too-deep", "$" + ".a" * 64,
                 ["nested too deeply (more than 64 levels"], id="deep-objects"),
    pytest.param('{"\\udc00": 1}', "malformed-json", "$['\\udc00']",
                 ["broken character", "remove it"], id="surrogate-key"),
    pytest.param('{"format": "stream-designer/dialog", "version": 1, "name" : "a", "name" : "b"}',
                 "malformed-json", "$", ["'name' appears twice", "keep only one"],
                 id="dup-key-spaced"),
    pytest.param('{"format": "stream-designer/dialog", "version": 1, "name": "\\ud83d\\ude00",'
                 ' "cards": [{"type": "end", "id": "e", "message": "At 10:30 : \\"ok\\": yes",'
                 ' "id": "f"}]}', "malformed-json", "$.cards[0]", ["'id' appears twice"],
                 id="dup-key-among-colons"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "code", "path", "phrases"), LOAD_ERRORS)
def test_load_errors_are_one_sentence_with_file_path_and_fix(
    text: str, code: str, path: str | None, phrases: list[str]
) -> None:
    with pytest.raises(DesignerError) as info:
        loads_dialog(text, source="dialogs/sales.json")
    err = info.value
    assert (err.code, err.path) == (code, path)
    shown = str(err)
    assert shown.startswith("dialogs/sales.json: ")
    if path:
        assert f": {path}: " in shown
    for phrase in phrases:
        assert phrase in shown
    assert "\n" not in shown and "pydantic" not in shown and "Traceback" not in shown


def test_nested_depth_at_the_limit_is_not_rejected_for_depth() -> None:
    with pytest.raises(DesignerError) as info:
        loads_dialog("[" * 64 + "]" * 64)
    assert info.value.code == "wrong-format"


def test_objects_nested_to_the_limit_are_not_rejected_for_depth() -> None:
    with pytest.raises(DesignerError) as info:
        loads_dialog('{"a":' * 64 + "1" + "}" * 64)
    assert info.value.code == "wrong-format"


def test_an_emoji_written_as_an_escaped_pair_loads() -> None:
    """Other tools write 😀 as ``\\ud83d\\ude00``: a whole character, not a broken one."""
    text = json.dumps({"format": "stream-designer/dialog", "version": 1, "name": "Hi 😀"})
    assert "\\ud83d\\ude00" in text
    assert loads_dialog(text).name == "Hi 😀"


# A repeated key is found by comparing counts before the walk that names its place;
# texts holding colons and quotes, and colons after spaces, must not hide one.
TRICKY_TEXTS = ["10:30", 'say "yes": ok', ":)", "Remarque : oui", "😀", "back\\slash", '" :', "é"]
SEPARATORS = [(", ", ": "), (",", ":"), (",", " : "), (",\n", "\t:\n")]


def _dump(
    value: object,
    repeat_at: tuple[str | int, ...] | None,
    key: str,
    ascii_only: bool,
    separators: tuple[str, str],
    here: tuple[str | int, ...] = (),
) -> str:
    """``value`` as JSON text; the object at ``repeat_at`` gets ``key`` a second time."""
    comma, colon = separators
    if isinstance(value, list):
        items = (
            _dump(v, repeat_at, key, ascii_only, separators, (*here, i))
            for i, v in enumerate(value)
        )
        return "[" + comma.join(items) + "]"
    if isinstance(value, dict):
        members = [
            (k, _dump(v, repeat_at, key, ascii_only, separators, (*here, k)))
            for k, v in value.items()
        ]
        if here == repeat_at:
            members.insert(len(members) // 2, (key, json.dumps("again", ensure_ascii=ascii_only)))
        pairs = (json.dumps(k, ensure_ascii=ascii_only) + colon + v for k, v in members)
        return "{" + comma.join(pairs) + "}"
    return json.dumps(value, ensure_ascii=ascii_only)


def _objects(value: object, here: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    """The path of every object in ``value`` that has a key to repeat."""
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in _objects(v, (*here, i))]
    if isinstance(value, dict):
        below = [p for k, v in value.items() for p in _objects(v, (*here, k))]
        return [here, *below] if value else below
    return []


def test_a_repeated_key_is_named_wherever_it_is_and_however_the_file_is_spaced() -> None:
    rng = random.Random(8)
    doc = json.loads(dumps_dialog(full_dialog()))
    for case in range(200):
        doc["description"] = " ".join(rng.sample(TRICKY_TEXTS, 3))
        doc["cards"][0]["text"] = rng.choice(TRICKY_TEXTS)
        at = rng.choice(_objects(doc))
        obj = doc
        for seg in at:
            obj = obj[seg]
        key = rng.choice(list(obj))
        options = (rng.random() < 0.5, rng.choice(SEPARATORS))
        assert loads_dialog(_dump(doc, None, key, *options)) == Dialog.model_validate(doc)
        with pytest.raises(DesignerError) as info:
            loads_dialog(_dump(doc, at, key, *options), source="merged.json")
        err = info.value
        assert (err.code, err.path) == ("malformed-json", codec.json_path(at)), (case, at)
        assert f"the property '{key}' appears twice in this object" in str(err)


def test_loading_leaves_the_cycle_collector_as_it_found_it() -> None:
    """Loading holds the collector off; left off, a long editing session would grow."""
    texts = [dumps_dialog(full_dialog()), '{"name": 1, "name": 2}', '{"format": 1}', "[1,"]
    try:
        for on in (True, False):
            for text in texts:
                gc.enable() if on else gc.disable()
                with contextlib.suppress(DesignerError):
                    loads_dialog(text)
                assert gc.isenabled() is on, (on, text)
    finally:
        gc.enable()


def test_bytes_with_a_bom_load_and_other_encodings_are_named() -> None:
    text = dumps_dialog(full_dialog())
    assert loads_dialog(b"\xef\xbb\xbf" + text.encode()) == full_dialog().canonical()
    with pytest.raises(DesignerError) as info:
        loads_dialog('{"name": "Caf\u00e9"}'.encode("latin-1"), source="old.json")
    assert info.value.code == "not-utf8"
    assert "old.json: is not UTF-8 text (byte 14, line 1); save it again" in str(info.value)


def test_files_that_cannot_be_read_are_named(tmp_path: Path) -> None:
    cases = {
        tmp_path / "missing.json": "does not exist; check the name",
        tmp_path: "is a folder, not a dialog file",
    }
    for path, phrase in cases.items():
        with pytest.raises(DesignerError) as info:
            load_dialog(path)
        assert info.value.code == "unreadable"
        assert str(info.value).startswith(f"{path}: ") and phrase in str(info.value)


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root reads anything")
def test_unreadable_file_says_permission_denied(tmp_path: Path) -> None:
    target = tmp_path / "locked.json"
    target.write_text(dumps_dialog(Dialog()))
    target.chmod(0)
    with pytest.raises(DesignerError, match="permission denied; ask for read access"):
        load_dialog(target)


def test_too_large_files_are_refused_before_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(codec, "MAX_FILE_BYTES", 1024 * 1024)
    target = tmp_path / "huge.json"
    target.write_text("[" + " " * (2 * 1024 * 1024) + "]")
    for load in (lambda: load_dialog(target), lambda: loads_dialog(target.read_text(), "huge")):
        with pytest.raises(DesignerError) as info:
            load()
        assert info.value.code == "too-large"
        assert "is too large to be a dialog (2.0 MB; the limit is 1 MB)" in str(info.value)


# --- atomic save ------------------------------------------------------------------------


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    target = tmp_path / "sales.json"
    save_dialog(Dialog(name="Old version"), target)
    return target


@pytest.mark.parametrize("broken", ["replace", "fsync"])
def test_failed_save_keeps_the_old_file_and_leaves_no_temp_file(
    saved: Path, monkeypatch: pytest.MonkeyPatch, broken: str
) -> None:
    before = saved.read_bytes()

    def fail(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, broken, fail)
    with pytest.raises(DesignerError) as info:
        save_dialog(full_dialog(), saved)
    monkeypatch.undo()
    assert info.value.code == "save-failed"
    assert str(info.value) == (
        f"{saved}: could not be saved: the disk is full; free some space, then save again"
    )
    assert saved.read_bytes() == before
    assert os.listdir(saved.parent) == [saved.name]


def test_interrupted_save_cleans_up_and_lets_the_interrupt_through(
    saved: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupt(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupt)
    with pytest.raises(KeyboardInterrupt):
        save_dialog(full_dialog(), saved)
    monkeypatch.undo()
    assert load_dialog(saved).name == "Old version"
    assert os.listdir(saved.parent) == [saved.name]


def test_permission_denied_is_explained(saved: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def deny(*args: object, **kwargs: object) -> int:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "open", deny)
    with pytest.raises(DesignerError, match="permission denied; save to a folder you can write"):
        save_dialog(full_dialog(), saved)


def test_saving_into_a_missing_folder_is_explained(tmp_path: Path) -> None:
    with pytest.raises(DesignerError, match="its folder does not exist; choose an existing"):
        save_dialog(Dialog(), tmp_path / "nowhere" / "d.json")


@pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")
def test_save_keeps_the_file_permission_bits(saved: Path) -> None:
    saved.chmod(0o640)
    save_dialog(full_dialog(), saved)
    assert stat.S_IMODE(saved.stat().st_mode) == 0o640
    assert load_dialog(saved) == full_dialog().canonical()


@pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")
def test_a_new_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        save_dialog(Dialog(), tmp_path / "new.json")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "new.json").stat().st_mode) == 0o644


@pytest.mark.skipif(os.name == "nt", reason="symlinks need privileges on Windows")
def test_saving_through_a_symlink_updates_the_real_file(saved: Path) -> None:
    link = saved.with_name("link.json")
    link.symlink_to(saved)
    save_dialog(Dialog(name="New version"), link)
    assert link.is_symlink()
    assert load_dialog(saved).name == "New version"


# --- the saved text is Python's json.dumps(indent=2), whichever encoder writes it ---------

_json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**80), max_value=2**80)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.sampled_from([1e-05, 3e-07, 0.0001, 1e16, 1e22, -0.0, 5e-324, 0.1, 120.0])
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=30,
)


@settings(max_examples=400, deadline=None)
@given(_json_values)
def test_the_fast_writer_gives_exactly_pythons_bytes(value) -> None:
    """A save must give the same bytes as before (files diff well; tests compare them)."""
    assert codec._pretty_json(value) == json.dumps(
        value, indent=2, ensure_ascii=False, allow_nan=False
    )


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), float("-inf")])
def test_the_fast_writer_still_refuses_what_json_cannot_hold(bad) -> None:
    with pytest.raises(ValueError):
        codec._pretty_json({"cards": [{"position": {"x": bad, "y": 0.0}}]})
