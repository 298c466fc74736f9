"""Autosave and the "Recover Unsaved Work" dialog, as a marketer meets them in the app."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QLabel, QMessageBox, QPushButton

from designer.model.codec import dumps_dialog, load_dialog
from designer.model.dialog import Dialog
from designer.store import recovery
from designer.store.recovery import Owner, RecoverySlot
from designer.ui import recovery_dialog
from designer.ui.autosave import ENV_SECONDS, Autosaver, configured_interval_ms
from designer.ui.controller import DocumentController
from designer.ui.main_window import MainWindow, running_windows
from designer.ui.recovery_dialog import RecoveryDialog, WindowRestorer, offer_recovery

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
Button = QMessageBox.StandardButton


def saved(controller: DocumentController) -> str:
    return dumps_dialog(controller.document.to_dialog())


def copy_of(slot_path: Path) -> str:
    """The dialog a recovery copy holds, as saved JSON."""
    return dumps_dialog(recovery.read_entry(slot_path).dialog())


@pytest.fixture
def campaign(tmp_path: Path) -> Path:
    """The user's own file: a copy of the example, so saving never touches the repository."""
    target = tmp_path / "docs" / "campaign.json"
    target.parent.mkdir()
    shutil.copy(EXAMPLES / "talk-to-sales.json", target)
    return target


@pytest.fixture
def window(qtbot, boxes, campaign, monkeypatch) -> Iterator[MainWindow]:
    """A window on the user's file whose autosave waits 50 ms of idle time."""
    monkeypatch.setenv(ENV_SECONDS, "0.05")
    main = MainWindow()
    qtbot.addWidget(main)
    main.files.open_path(campaign, ask=False)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.controller.undo_stack.setClean()
    main.close()


@pytest.fixture
def other_windows(boxes) -> Iterator[None]:
    """Windows the restore opens are closed (without asking) at the end."""
    yield
    for extra in recovery_dialog._kept_windows:
        extra.controller.undo_stack.setClean()
        extra.close()
        extra.deleteLater()
    recovery_dialog._kept_windows.clear()


def ended_owner() -> Owner:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return Owner(child.pid, "feedbeef")


def crashed_copy(dialog: Dialog, original: Path | None, minutes_ago: float = 2) -> Path:
    """A copy as a crashed app leaves it in the (test's) recovery folder."""
    slot = RecoverySlot(owner=ended_owner())
    slot.write(dialog, original, now=datetime.now(UTC) - timedelta(minutes=minutes_ago))
    return slot.path


# --- the interval ------------------------------------------------------------------------------


def test_the_interval_comes_from_the_environment():
    assert configured_interval_ms({}) == 3000
    assert configured_interval_ms({ENV_SECONDS: "0.05"}) == 50
    assert configured_interval_ms({ENV_SECONDS: "0"}) == 0  # off
    assert configured_interval_ms({ENV_SECONDS: "soon"}) == 3000


# --- writing the copy --------------------------------------------------------------------------


def test_an_edit_is_copied_after_a_pause_never_over_the_users_file(qtbot, window, campaign):
    before = campaign.read_bytes()
    slot = window.autosave.slot.path
    window.controller.update_card("welcome", title="Hello there")
    assert not slot.exists()  # not on every keystroke: after a pause

    qtbot.waitUntil(slot.exists, timeout=5000)
    assert copy_of(slot) == saved(window.controller)
    entry = recovery.read_entry(slot)
    assert entry.original == campaign
    assert campaign.read_bytes() == before
    assert slot.parent == recovery.recovery_dir()


def test_the_copy_follows_later_edits(qtbot, window):
    slot = window.autosave.slot.path
    window.controller.update_card("welcome", title="First")
    qtbot.waitUntil(slot.exists, timeout=5000)
    window.controller.set_meta(name="Spring campaign")
    qtbot.waitUntil(lambda: recovery.read_entry(slot).name == "Spring campaign", timeout=5000)
    assert copy_of(slot) == saved(window.controller)


def test_nothing_is_copied_without_unsaved_changes(window):
    assert window.autosave.write_now() is False
    assert not window.autosave.slot.path.exists()


def test_steady_typing_is_still_copied(qtbot, controller, tmp_path):
    """Edits every 20 ms never leave a 100 ms pause: the copy comes anyway, a few intervals late."""
    saver = Autosaver(controller, interval_ms=100, slot=RecoverySlot(tmp_path))
    typed = []

    def type_a_letter() -> None:
        typed.append("a")
        controller.update_card("welcome", title="".join(typed))

    typing = QTimer()
    typing.timeout.connect(type_a_letter)
    typing.start(20)
    try:
        with qtbot.waitSignal(saver.written, timeout=5000):
            pass
        assert typing.isActive() and len(typed) > 100 / 20
    finally:
        typing.stop()


def test_adding_a_card_is_copied_at_once_then_throttled(qtbot, controller, tmp_path):
    saver = Autosaver(controller, interval_ms=60_000, slot=RecoverySlot(tmp_path))
    with qtbot.waitSignal(saver.written, timeout=2000):
        first = controller.add_card("message", 0, 600)
    assert first in {c.id for c in recovery.read_entry(saver.slot.path).dialog().cards}

    with qtbot.assertNotEmitted(saver.written, wait=300):
        controller.add_card("message", 0, 800)  # within the interval: waits its turn
        controller.update_card("welcome", title="Not structural")


def test_autosave_can_be_turned_off(qtbot, controller, tmp_path):
    saver = Autosaver(controller, interval_ms=0, slot=RecoverySlot(tmp_path))
    with qtbot.assertNotEmitted(saver.written, wait=100):
        controller.add_card("message", 0, 600)
    assert not saver.enabled and not saver.slot.path.exists()


def test_a_refused_write_is_said_once_in_the_status_bar(qtbot, window, tmp_path):
    blocker = tmp_path / "blocked"
    blocker.write_text("", encoding="utf-8")
    window.autosave._slot = RecoverySlot(blocker / "recovery")
    messages = []
    window.autosave.failed.connect(messages.append)
    window.controller.update_card("welcome", title="One")
    qtbot.waitUntil(lambda: bool(messages), timeout=5000)
    assert "Autosave failed" in window.statusBar().currentMessage()
    window.controller.update_card("welcome", title="Two")
    with qtbot.assertNotEmitted(window.autosave.failed, wait=200):
        pass
    assert len(messages) == 1


# --- removing the copy -------------------------------------------------------------------------


def test_saving_removes_the_copy(qtbot, window, campaign):
    slot = window.autosave.slot.path
    window.controller.update_card("welcome", title="Saved soon")
    qtbot.waitUntil(slot.exists, timeout=5000)
    assert window.files.save_document()
    assert not slot.exists()
    assert load_dialog(campaign).cards[0].title == "Saved soon"


def test_undoing_back_to_the_saved_state_removes_the_copy(qtbot, window):
    slot = window.autosave.slot.path
    window.controller.update_card("welcome", title="Changed my mind")
    qtbot.waitUntil(slot.exists, timeout=5000)
    window.controller.undo_stack.undo()
    assert not slot.exists()


def test_closing_with_discard_removes_the_copy(qtbot, window, boxes):
    slot = window.autosave.slot.path
    window.controller.update_card("welcome", title="Throw away")
    qtbot.waitUntil(slot.exists, timeout=5000)
    boxes.answer = Button.Discard
    assert window.close()
    assert not slot.exists()


def test_cancelling_the_close_keeps_the_copy(qtbot, window, boxes):
    slot = window.autosave.slot.path
    window.controller.update_card("welcome", title="Keep me")
    qtbot.waitUntil(slot.exists, timeout=5000)
    boxes.answer = Button.Cancel
    assert not window.close()
    assert slot.exists() and window.isVisible()


def test_starting_a_new_dialog_after_discarding_removes_the_copy(qtbot, window, boxes):
    slot = window.autosave.slot.path
    window.controller.update_card("welcome", title="Never mind")
    qtbot.waitUntil(slot.exists, timeout=5000)
    boxes.answer = Button.Discard
    window.files.new_document()
    assert not slot.exists()


# --- the restore dialog ------------------------------------------------------------------------


def rows(dialog: RecoveryDialog) -> list[QFrame]:
    return [r for r in dialog.findChildren(QFrame, "recovery-row") if r.isVisibleTo(dialog)]


def click(qtbot, row: QFrame, name: str) -> None:
    qtbot.mouseClick(row.findChild(QPushButton, name), Qt.MouseButton.LeftButton)


def show(qtbot, window: MainWindow, placeholder: bool = True) -> RecoveryDialog:
    dialog = RecoveryDialog(
        recovery.recoverable(), WindowRestorer(window, placeholder=placeholder), window
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_dialog_names_each_copy_its_file_and_time(qtbot, window, campaign):
    crashed_copy(load_dialog(campaign), campaign, minutes_ago=0)
    crashed_copy(Dialog(name="<b>Spring</b> campaign"), None)
    dialog = show(qtbot, window)
    texts = [
        {label.objectName(): label.text() for label in row.findChildren(QLabel)}
        for row in rows(dialog)
    ]
    assert texts[0]["recovery-name"] == "Talk to sales"
    assert texts[0]["recovery-file"] == f"campaign.json in {campaign.parent}"
    assert texts[0]["recovery-time"].startswith("Last copied today at ")
    assert texts[0]["recovery-time"].endswith(" cards")
    assert texts[1]["recovery-name"] == "<b>Spring</b> campaign"  # shown as typed, not as markup
    assert texts[1]["recovery-file"] == "Never saved"
    assert texts[1]["recovery-time"].endswith(" · 0 cards")
    labels = dialog.findChildren(QLabel, "recovery-name")
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)


def test_restore_opens_the_dialog_unsaved_and_save_writes_its_file(qtbot, window, campaign):
    recovered = load_dialog(campaign).model_copy(update={"name": "Recovered campaign"})
    old_copy = crashed_copy(recovered, campaign)
    window.controller.new_document()  # the placeholder a plain start shows
    dialog = show(qtbot, window)

    click(qtbot, rows(dialog)[0], "restore")

    assert not dialog.isVisible()  # nothing left to decide
    assert saved(window.controller) == dumps_dialog(recovered)
    assert window.controller.dirty and window.isWindowModified()
    assert window.controller.path == campaign
    assert window.windowTitle().startswith("campaign.json[*]")
    assert "Recovered" in window.statusBar().currentMessage()
    assert not old_copy.exists()
    assert copy_of(window.autosave.slot.path) == dumps_dialog(recovered)  # safe again at once
    assert load_dialog(campaign).name == "Talk to sales"  # nothing written until Save

    assert window.files.save_document()
    assert load_dialog(campaign).name == "Recovered campaign"
    assert recovery.list_entries() == []


def test_discard_asks_first_then_deletes_the_copy(qtbot, window, boxes):
    old_copy = crashed_copy(Dialog(name="Old idea"), None)
    dialog = show(qtbot, window)

    boxes.answer = Button.Cancel
    click(qtbot, rows(dialog)[0], "discard")
    assert old_copy.exists() and dialog.isVisible()
    assert "Old idea" in boxes.asked[-1][2]

    boxes.answer = Button.Discard
    click(qtbot, rows(dialog)[0], "discard")
    assert not old_copy.exists() and not dialog.isVisible()
    assert window.controller.document.name == "Talk to sales"  # the window kept its dialog


def test_restore_all_gives_each_dialog_its_window(qtbot, window, other_windows, campaign):
    crashed_copy(Dialog(name="First"), None, minutes_ago=1)
    crashed_copy(Dialog(name="Second"), None, minutes_ago=2)
    dialog = show(qtbot, window, placeholder=False)  # the user opened campaign.json: keep it

    qtbot.mouseClick(dialog.restore_all_button, Qt.MouseButton.LeftButton)

    names = sorted(w.controller.document.name for w in running_windows() if w.isVisible())
    assert names == ["First", "Second", "Talk to sales"]
    assert window.controller.path == campaign and not window.controller.dirty
    assert recovery.recoverable() == []
    assert len(recovery.list_entries()) == 2  # the two new windows' own copies


def test_discard_all_asks_once(qtbot, window, boxes):
    for name in ("First", "Second"):
        crashed_copy(Dialog(name=name), None)
    dialog = show(qtbot, window)
    boxes.answer = Button.Discard
    qtbot.mouseClick(dialog.discard_all_button, Qt.MouseButton.LeftButton)
    assert len(boxes.asked) == 1 and "2 dialogs" in boxes.asked[0][2]
    assert recovery.list_entries() == [] and not dialog.isVisible()


def test_decide_later_keeps_the_copies(qtbot, window):
    old_copy = crashed_copy(Dialog(name="Maybe"), None)
    dialog = show(qtbot, window)
    qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and old_copy.exists()
    assert [e.name for e in recovery.recoverable()] == ["Maybe"]


def test_a_damaged_copy_is_explained_and_kept(qtbot, window, boxes):
    old_copy = crashed_copy(Dialog(name="Broken"), None)
    header, body = old_copy.read_text(encoding="utf-8").split("\n", 1)
    old_copy.write_text(header + "\n" + body.replace('"version": 1', '"version": "one"'), "utf-8")
    dialog = show(qtbot, window)
    click(qtbot, rows(dialog)[0], "restore")
    kind, title, _text = boxes.asked[-1]
    assert kind == "warning" and title == "Could not restore the dialog"
    assert old_copy.exists() and dialog.isVisible()
    assert window.controller.document.name == "Talk to sales"


def test_a_copy_older_than_its_file_warns(qtbot, window, campaign):
    crashed_copy(load_dialog(campaign), campaign, minutes_ago=60)
    dialog = show(qtbot, window)
    warning = rows(dialog)[0].findChild(QLabel, "recovery-warning")
    assert warning is not None and "changed after this copy" in warning.text()


def test_the_start_offers_nothing_when_nothing_crashed(window):
    RecoverySlot().write(Dialog(name="Ours, still open"), None)  # this running app's copy
    assert offer_recovery(window, placeholder=True, answer="ask") == []


def test_the_start_restores_into_the_placeholder_window(qtbot, window, other_windows):
    crashed_copy(Dialog(name="From the crash"), None)
    window.controller.new_document()
    assert offer_recovery(window, placeholder=True, answer="restore") == [window]
    assert window.controller.document.name == "From the crash" and window.controller.dirty
    assert recovery.recoverable() == []
