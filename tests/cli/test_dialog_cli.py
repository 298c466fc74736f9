"""``designer validate``, ``schema`` and ``export`` as CI runs them: a real process each time."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from designer.model.cards import Answer, EndCard, LiveChatCard, MessageCard, QuestionCard
from designer.model.codec import load_dialog, save_dialog
from designer.model.dialog import Dialog, Edge
from designer.model.routing import AgentRouting
from designer.model.schema import schema_text
from designer.model.script import script_markdown

from .process import designer

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
TALK = EXAMPLES / "talk-to-sales.json"


def write(path: Path, dialog: Dialog) -> Path:
    save_dialog(dialog, path)
    return path


def broken(tmp_path: Path) -> Path:
    """One error (the message leads nowhere) and one warning (an unreachable End)."""
    dialog = Dialog(start="m", cards=[MessageCard(id="m", text="Hi"), EndCard(id="orphan")])
    return write(tmp_path / "broken.json", dialog)


def warned(tmp_path: Path) -> Path:
    """No error, one warning: an End card nobody reaches."""
    dialog = Dialog(
        start="m",
        cards=[MessageCard(id="m", text="Hi"), EndCard(id="end"), EndCard(id="orphan")],
        edges=[Edge(source="m", port="next", target="end")],
    )
    return write(tmp_path / "warned.json", dialog)


# --- validate ---------------------------------------------------------------------


def test_clean_examples_pass(env: dict[str, str]) -> None:
    done = designer(env, "validate", *sorted(EXAMPLES.glob("*.json")))
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    assert done.stderr == "no problems in 2 files\n"
    assert not (Path(env["XDG_DATA_HOME"])).exists()  # validation never creates a workspace


def test_problems_print_one_line_each_and_exit_1(env: dict[str, str], tmp_path: Path) -> None:
    path = broken(tmp_path)
    done = designer(env, "validate", path)
    assert done.returncode == 1
    assert done.stdout.splitlines() == [
        f"{path}: m: dead-end: 'Message m' leads nowhere: connect it to the next card, "
        "or to an End card.",
        f"{path}: orphan: unreachable: No path from the start card leads to 'End orphan': "
        "link it from another card, or remove it.",
    ]
    assert done.stderr == "1 error, 1 warning in 1 file\n"


def test_problems_about_the_whole_dialog_show_a_dash(env: dict[str, str], tmp_path: Path) -> None:
    path = write(tmp_path / "nostart.json", Dialog(cards=[EndCard(id="end")]))
    done = designer(env, "validate", path)
    assert done.returncode == 1
    assert f"{path}: -: no-start: " in done.stdout


def test_strict_makes_warnings_fail(env: dict[str, str], tmp_path: Path) -> None:
    path = warned(tmp_path)
    relaxed = designer(env, "validate", path)
    assert relaxed.returncode == 0
    assert relaxed.stderr == "0 errors, 1 warning in 1 file\n"
    assert ": orphan: unreachable: " in relaxed.stdout
    assert designer(env, "validate", "--strict", path).returncode == 1
    assert designer(env, "validate", "--strict", TALK).returncode == 0


def test_json_output_parses(env: dict[str, str], tmp_path: Path) -> None:
    path = broken(tmp_path)
    done = designer(env, "validate", "--json", path)
    assert done.returncode == 1
    entries = json.loads(done.stdout)
    assert [(e["card"], e["code"], e["severity"]) for e in entries] == [
        ("m", "dead-end", "error"),
        ("orphan", "unreachable", "warning"),
    ]
    assert set(entries[0]) == {"file", "card", "code", "severity", "message", "path"}
    assert entries[0]["file"] == str(path) and entries[0]["path"] == "$.cards[0]"
    assert json.loads(designer(env, "validate", "--json", TALK).stdout) == []


def test_an_unreadable_file_exits_2_and_the_others_are_still_checked(
    env: dict[str, str], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    path = broken(tmp_path)
    done = designer(env, "validate", bad, path, tmp_path / "missing.json")
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("designer: ")]
    assert len(errors) == 2
    assert errors[0].startswith(f"designer: {bad}: ") and "not valid JSON" in errors[0]
    assert errors[1].startswith(f"designer: {tmp_path / 'missing.json'}")
    assert ": m: dead-end: " in done.stdout  # the readable file was still checked
    assert done.stderr.endswith("1 error, 1 warning in 1 file; 2 files could not be read\n")


def test_json_lists_unreadable_files(env: dict[str, str], tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("[]", encoding="utf-8")
    done = designer(env, "validate", "--json", bad, TALK)
    assert done.returncode == 2
    (entry,) = json.loads(done.stdout)
    assert entry["file"] == str(bad) and entry["severity"] == "error"
    assert entry["code"] and entry["message"]


def test_routing_to_unknown_agents_is_checked_once_the_workspace_has_agents(
    env: dict[str, str], tmp_path: Path
) -> None:
    dialog = Dialog(
        start="q",
        cards=[
            QuestionCard(id="q", text="Chat?", answers=[Answer(id="yes", label="Yes")]),
            LiveChatCard(id="chat", routing=AgentRouting(agent="nobody@acme.test")),
        ],
        edges=[Edge(source="q", port="yes", target="chat")],
    )
    path = write(tmp_path / "agent.json", dialog)
    assert "unknown-agent" not in designer(env, "validate", path).stdout  # no workspace yet
    added = designer(env, "agents", "add", "Ana", "ana@acme.test", "--live-chat")
    assert added.returncode == 0, added.stderr
    done = designer(env, "validate", path)
    assert ": chat: unknown-agent: " in done.stdout


def test_a_missing_explicit_database_is_an_error(env: dict[str, str], tmp_path: Path) -> None:
    done = designer(env, "validate", TALK, "--database", tmp_path / "nowhere.sqlite3")
    assert done.returncode == 2
    assert done.stderr.startswith("designer: ") and "nowhere.sqlite3" in done.stderr
    assert not (tmp_path / "nowhere.sqlite3").exists()


# --- schema -----------------------------------------------------------------------


def test_schema_prints_valid_json(env: dict[str, str]) -> None:
    done = designer(env, "schema")
    assert done.returncode == 0 and done.stderr == ""
    schema = json.loads(done.stdout)
    assert isinstance(schema, dict) and schema
    assert done.stdout.rstrip("\n") == schema_text().rstrip("\n")


# --- export -----------------------------------------------------------------------


def test_export_writes_the_script(env: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "talk.md"
    done = designer(env, "export", TALK, "--script", out)
    assert done.returncode == 0, done.stderr
    assert out.read_text(encoding="utf-8") == script_markdown(load_dialog(TALK))
    assert str(out) in done.stdout
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_export_to_stdout(env: dict[str, str]) -> None:
    done = designer(env, "export", TALK, "--script", "-")
    assert done.returncode == 0
    assert done.stdout.startswith("# Talk to sales\n")
    assert "## Path 1 — " in done.stdout


def test_errors_block_export_unless_forced(env: dict[str, str], tmp_path: Path) -> None:
    path = broken(tmp_path)
    out = tmp_path / "broken.md"
    refused = designer(env, "export", path, "--script", out)
    assert refused.returncode == 1
    assert not out.exists()
    assert f"{path}: m: dead-end: " in refused.stderr
    assert "unreachable" not in refused.stderr  # warnings do not block
    assert "it has 1 error; fix it (see 'designer validate') or export anyway with --force" in (
        refused.stderr
    )
    forced = designer(env, "export", path, "--script", out, "--force")
    assert forced.returncode == 0
    assert "The conversation stops here" in out.read_text(encoding="utf-8")


def test_warnings_do_not_block_export(env: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "warned.md"
    assert designer(env, "export", warned(tmp_path), "--script", out).returncode == 0
    assert out.exists()


@pytest.mark.parametrize("case", ["no-script", "unreadable", "unwritable"], ids=lambda c: str(c))
def test_export_failures_are_one_sentence(env: dict[str, str], tmp_path: Path, case: str) -> None:
    args: list[str | Path] = ["export", TALK, "--script", tmp_path / "out.md"]
    if case == "no-script":
        args = ["export", TALK]
    elif case == "unreadable":
        args[1] = tmp_path / "missing.json"
    else:
        args[3] = tmp_path / "no-such-folder" / "out.md"
    done = designer(env, *args)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith("designer: ")
    assert len(done.stderr.strip().splitlines()) == 1
    if case == "unreadable":
        assert "missing.json" in done.stderr
    if case == "unwritable":
        assert "out.md" in done.stderr


# --- help -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args", [["--help"], ["validate", "--help"], ["schema", "--help"], ["export", "--help"]]
)
def test_help_has_examples(env: dict[str, str], args: list[str]) -> None:
    done = designer(env, *args)
    assert done.returncode == 0
    assert "examples" in done.stdout
