"""Recovery copies on disk: where they go, what they hold, which ones a new start may offer."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from designer.errors import DesignerError
from designer.model.codec import dumps_dialog, load_dialog
from designer.model.dialog import Dialog
from designer.store import recovery
from designer.store.location import default_database_path
from designer.store.recovery import Owner, RecoverySlot

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SRC = Path(recovery.__file__).resolve().parents[2]
POSIX_ONLY = pytest.mark.skipif(os.name != "posix", reason="signals and /proc are POSIX")


@pytest.fixture
def dialog() -> Dialog:
    return load_dialog(EXAMPLES / "talk-to-sales.json")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "recovery"


def dead_pid() -> int:
    """The pid of a process that has ended (and been reaped)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_copies_go_beside_the_users_data_not_beside_the_file(tmp_path, dialog):
    data = Path(os.environ["XDG_DATA_HOME"])
    assert recovery.recovery_dir() == default_database_path().parent / "recovery"
    assert data in recovery.recovery_dir().parents

    original = tmp_path / "campaign.json"
    original.write_text("the user's file", encoding="utf-8")
    slot = RecoverySlot()
    slot.write(dialog, original)

    assert slot.path.parent == recovery.recovery_dir()
    assert original.read_text(encoding="utf-8") == "the user's file"
    assert [p.name for p in tmp_path.iterdir()] == ["campaign.json"]  # nothing beside it


def test_an_entry_records_the_file_the_time_and_the_dialog(folder, dialog):
    moment = datetime(2024, 5, 17, 14, 32, tzinfo=UTC)
    slot = RecoverySlot(folder)
    slot.write(dialog, Path("/home/ana/campaign.json"), now=moment)

    (entry,) = recovery.list_entries(folder)
    assert entry.original == Path("/home/ana/campaign.json")
    assert entry.saved_at == moment
    assert entry.name == "Talk to sales"
    assert entry.cards == len(dialog.cards)
    assert dumps_dialog(entry.dialog()) == dumps_dialog(dialog)
    assert entry.owner == recovery.this_process()


def test_below_its_first_line_a_copy_is_the_dialog_file_save_would_write(folder, dialog):
    slot = RecoverySlot(folder)
    slot.write(dialog, None)
    header, body = slot.path.read_text(encoding="utf-8").split("\n", 1)
    assert json.loads(header)["format"] == recovery.FORMAT
    assert body == dumps_dialog(dialog)


def test_an_untitled_dialog_has_no_original(folder):
    RecoverySlot(folder).write(Dialog(), None)
    (entry,) = recovery.list_entries(folder)
    assert entry.original is None
    assert entry.dialog() == Dialog()


def test_rewriting_replaces_the_copy_and_remove_deletes_it(folder, dialog):
    slot = RecoverySlot(folder)
    slot.write(Dialog(), None)
    slot.write(dialog, None)
    assert [p.name for p in folder.iterdir()] == [slot.path.name]  # no temporary file left
    assert recovery.list_entries(folder)[0].dialog() == dialog
    slot.remove()
    assert recovery.list_entries(folder) == []
    slot.remove()  # nothing left to delete is fine


def test_each_window_has_its_own_copy(folder, dialog):
    first, second = RecoverySlot(folder), RecoverySlot(folder)
    first.write(dialog, None)
    second.write(Dialog(), None)
    assert first.path != second.path
    assert len(recovery.list_entries(folder)) == 2


def test_the_folder_is_private(folder, dialog):
    RecoverySlot(folder).write(dialog, None)
    if os.name == "posix":
        assert folder.stat().st_mode & 0o077 == 0


def test_the_copies_of_a_running_app_are_not_offered(folder, dialog):
    RecoverySlot(folder).write(dialog, None)
    assert len(recovery.list_entries(folder)) == 1
    assert recovery.recoverable(folder) == []


def test_the_copies_of_an_ended_app_are_offered_newest_first(folder, dialog):
    gone = Owner(dead_pid(), "feedbeef")
    now = datetime.now(UTC)
    RecoverySlot(folder, owner=gone).write(dialog, None, now=now - timedelta(minutes=5))
    RecoverySlot(folder, owner=gone).write(Dialog(), None, now=now)
    RecoverySlot(folder).write(dialog, None, now=now)  # ours: still running

    offered = recovery.recoverable(folder)
    assert [e.owner for e in offered] == [gone, gone]
    assert [e.dialog() for e in offered] == [Dialog(), dialog]


def test_an_earlier_app_with_our_pid_is_over(folder, dialog):
    """After a reboot the new app may get the crashed one's pid: the token tells them apart."""
    earlier = Owner(os.getpid(), "0ld70ken")
    RecoverySlot(folder, owner=earlier).write(dialog, None)
    assert [e.owner for e in recovery.recoverable(folder)] == [earlier]


@POSIX_ONLY
def test_a_pid_reused_by_another_program_does_not_hide_the_copy(folder, dialog):
    started = recovery._proc_stat(os.getppid())
    if started is None:
        pytest.skip("no /proc here: a reused pid hides a copy until that program ends")
    reused = Owner(os.getppid(), "feedbeef", started[1] - 1)
    RecoverySlot(folder, owner=reused).write(dialog, None)
    assert len(recovery.recoverable(folder)) == 1


WRITER = """
import sys, time
from pathlib import Path
from designer.model.dialog import Dialog
from designer.store.recovery import RecoverySlot
RecoverySlot(Path(sys.argv[1])).write(Dialog(name="Spring campaign"), None)
print("written", flush=True)
time.sleep(120)
"""


@POSIX_ONLY
def test_killed_with_sigkill_its_copy_becomes_recoverable(folder):
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")]),
    }
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(folder)], env=env, stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None and child.stdout.readline() == "written\n"
        (entry,) = recovery.list_entries(folder)
        assert entry.owner.pid == child.pid
        assert recovery.recoverable(folder) == []  # alive: its window is still open

        child.send_signal(signal.SIGKILL)
        deadline = time.monotonic() + 10
        while recovery.is_running(entry.owner) and time.monotonic() < deadline:
            time.sleep(0.01)  # killed but not yet reaped counts as ended: no wait() here
        assert [e.name for e in recovery.recoverable(folder)] == ["Spring campaign"]
    finally:
        child.kill()
        child.wait()
        if child.stdout is not None:
            child.stdout.close()


def test_discarding_deletes_the_copy(folder, dialog):
    RecoverySlot(folder, owner=Owner(dead_pid(), "feedbeef")).write(dialog, None)
    (entry,) = recovery.recoverable(folder)
    recovery.discard(entry)
    assert list(folder.iterdir()) == []
    recovery.discard(entry)  # twice (two windows racing) is harmless


def test_unreadable_copies_are_skipped_and_kept(folder, dialog):
    folder.mkdir()
    broken = folder / f"{dead_pid()}-feedbeef-1{recovery.SUFFIX}"
    broken.write_text("{not json", encoding="utf-8")
    newer = folder / f"{dead_pid()}-feedbeef-2{recovery.SUFFIX}"
    newer.write_text(json.dumps({"format": recovery.FORMAT, "version": 99}), encoding="utf-8")
    RecoverySlot(folder, owner=Owner(dead_pid(), "feedbeef")).write(dialog, None)

    assert [e.name for e in recovery.recoverable(folder)] == ["Talk to sales"]
    assert broken.exists() and newer.exists()
    with pytest.raises(DesignerError, match="another version"):
        recovery.read_entry(newer)
    with pytest.raises(DesignerError, match="damaged"):
        recovery.read_entry(broken)


def test_a_damaged_dialog_is_refused_with_a_sentence(folder, dialog):
    slot = RecoverySlot(folder, owner=Owner(dead_pid(), "feedbeef"))
    slot.write(dialog, None)
    text = slot.path.read_text(encoding="utf-8")
    slot.path.write_text(text.replace('"type": "message"', '"type": "hologram"', 1), "utf-8")

    (entry,) = recovery.recoverable(folder)
    assert entry.name == "Talk to sales"  # still listed, so it can be discarded
    with pytest.raises(DesignerError) as caught:
        entry.dialog()
    assert str(slot.path) in str(caught.value)


def test_half_written_copies_of_ended_apps_are_swept(folder, dialog):
    folder.mkdir()
    gone = folder / f".{dead_pid()}-feedbeef-1{recovery.SUFFIX}.0a1b2c3d.tmp"
    ours = RecoverySlot(folder).path
    mine = folder / f".{ours.name}.0a1b2c3d.tmp"
    for path in (gone, mine):
        path.write_bytes(b"half a cop")
    assert recovery.sweep_leftovers(folder) == 1
    assert not gone.exists() and mine.exists()
    assert recovery.list_entries(folder) == []


def test_the_original_changed_after_the_copy(tmp_path, folder, dialog):
    original = tmp_path / "campaign.json"
    original.write_text("{}", encoding="utf-8")
    old = datetime.now(UTC) - timedelta(hours=1)
    RecoverySlot(folder).write(dialog, original, now=old)
    (entry,) = recovery.list_entries(folder)
    assert entry.original_changed() and not entry.original_missing()

    RecoverySlot(folder).write(dialog, original, now=datetime.now(UTC) + timedelta(minutes=1))
    fresh = max(recovery.list_entries(folder), key=lambda e: e.saved_at)
    assert not fresh.original_changed()

    original.unlink()
    assert entry.original_missing() and not entry.original_changed()


def test_a_full_disk_is_a_sentence_not_a_traceback(tmp_path, dialog):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    with pytest.raises(DesignerError, match="recovery folder could not be created"):
        RecoverySlot(blocker / "recovery").write(dialog, None)
