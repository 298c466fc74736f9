"""Migrations: files of an older format version are upgraded step by step on load."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from designer.errors import DesignerError
from designer.model import dialog as dialog_module
from designer.model import migrations
from designer.model.codec import dumps_dialog, load_dialog, loads_dialog, save_dialog
from designer.model.dialog import FORMAT, Dialog
from designer.model.migrations import migrate


def _rename_title_to_name(data: dict[str, Any]) -> dict[str, Any]:
    """Hypothetical v1 -> v2: the dialog's "title" became "name"."""
    data = dict(data)
    data["name"] = data.pop("title", "Untitled dialog")
    return data


def _add_language(data: dict[str, Any]) -> dict[str, Any]:
    """Hypothetical v2 -> v3: "language" became explicit, French by default then."""
    return {**data, "language": data.get("language", "fr")}


@pytest.fixture
def version_2(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pretend this build writes format version 2 and knows how to upgrade from 1."""
    monkeypatch.setattr(dialog_module, "VERSION", 2)
    monkeypatch.setitem(migrations.MIGRATIONS, 1, _rename_title_to_name)


def _old_file(tmp_path: Path) -> Path:
    old = {"format": FORMAT, "version": 1, "title": "Talk to sales", "cards": [
        {"type": "end", "id": "bye", "message": "Bye"}], "start": "bye"}  # fmt: skip
    path = tmp_path / "old.json"
    path.write_text(json.dumps(old))
    return path


@pytest.mark.usefixtures("version_2")
def test_an_older_file_is_migrated_forward_and_written_at_the_new_version(tmp_path: Path) -> None:
    path = _old_file(tmp_path)
    dialog = load_dialog(path)
    assert dialog.version == 2
    assert dialog.name == "Talk to sales"
    assert dialog.card("bye") is not None
    save_dialog(dialog, path)
    written = json.loads(path.read_text())
    assert written["version"] == 2 and written["name"] == "Talk to sales"
    assert "title" not in written
    assert load_dialog(path) == dialog
    assert Dialog().version == 2


@pytest.mark.usefixtures("version_2")
def test_steps_run_in_order_up_to_the_current_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialog_module, "VERSION", 3)
    monkeypatch.setitem(migrations.MIGRATIONS, 2, _add_language)
    dialog = load_dialog(_old_file(tmp_path))
    assert (dialog.version, dialog.name, dialog.language) == (3, "Talk to sales", "fr")
    assert json.loads(dumps_dialog(dialog))["version"] == 3


@pytest.mark.usefixtures("version_2")
def test_a_file_newer_than_the_new_version_names_both_versions() -> None:
    with pytest.raises(DesignerError) as info:
        loads_dialog(json.dumps({"format": FORMAT, "version": 3}), "next.json")
    assert str(info.value) == (
        "next.json: $.version: was written by a newer Stream Designer (format version 3; "
        "this one reads up to 2): update Stream Designer to open it"
    )


def test_the_current_version_passes_through_untouched() -> None:
    data = {"format": FORMAT, "version": dialog_module.VERSION, "name": "x"}
    assert migrate(dict(data), "d.json") == data


def test_a_version_with_no_step_left_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dialog_module, "VERSION", 2)
    with pytest.raises(DesignerError) as info:
        migrate({"format": FORMAT, "version": 1}, "ancient.json")
    assert info.value.code == "old-version"
    assert "open and save it with an older Stream Designer first" in str(info.value)


@pytest.mark.parametrize("version", ["1", 0, -3, 1.5, True, None, [1]])
def test_a_version_that_is_not_a_known_whole_number_is_refused(version: object) -> None:
    with pytest.raises(DesignerError) as info:
        migrate({"format": FORMAT, "version": version}, "d.json")
    assert (info.value.code, info.value.path) == ("invalid-version", "$.version")
    assert '"version" must be a whole number such as 1' in str(info.value)


def test_a_missing_version_says_what_to_add() -> None:
    with pytest.raises(DesignerError) as info:
        migrate({"format": FORMAT}, "d.json")
    assert info.value.code == "missing-version"
    assert 'add "version": 1 next to "format"' in str(info.value)


def test_a_step_that_chokes_on_a_damaged_file_gives_one_project_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def needs_cards(data: dict[str, Any]) -> dict[str, Any]:
        return {**data, "cards": [c for c in data["cards"]]}

    monkeypatch.setattr(dialog_module, "VERSION", 2)
    monkeypatch.setitem(migrations.MIGRATIONS, 1, needs_cards)
    with pytest.raises(DesignerError) as info:
        loads_dialog(json.dumps({"format": FORMAT, "version": 1}), "broken.json")
    assert info.value.code == "migration-failed"
    assert str(info.value).startswith(
        "broken.json: $: could not be upgraded from format version 1 to 2 (KeyError: 'cards')"
    )
    assert "restore it from a backup or version control" in str(info.value)


def test_step_decorator_registers_a_migration(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(migrations, "MIGRATIONS", {})

    @migrations.step(1)
    def upgrade(data: dict[str, Any]) -> dict[str, Any]:
        return data

    assert list(migrations.MIGRATIONS.items()) == [(1, upgrade)]
