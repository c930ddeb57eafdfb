"""Nothing lost: autosave and recovery, backups, changes made on disk by others, locks on shared
drives, read-only files, a full disk and errors nobody foresaw, through the real window."""

import datetime as dt
import errno
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from journeydesk.io import dumps, load_project, save_project
from journeydesk.io.files import backup_path
from journeydesk.io.locks import lock_path, read_lock
from journeydesk.io.recovery import RecoveryStore
from journeydesk.io.this_machine import host_name
from journeydesk.model import CardKind
from journeydesk.ui import autosave
from journeydesk.ui.app import open_main_window
from journeydesk.ui.app_data import recovery_store
from journeydesk.ui.recovery_dialog import RecoveryDialog
from tests.factories import small_project
from tests.ui.conftest import answer_message_box

CHILD = r"""
import sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from journeydesk.io import dumps
from journeydesk.model import CardKind
from journeydesk.ui.app import open_main_window

app = QApplication([])
window = open_main_window(Path(sys.argv[1]), demo=False)
window.show()
scene = window.scene
stage, lane = scene.journey.stages[0].id, scene.journey.lanes[0].id
for number in range(3):
    window.edits.add_card(scene.journey_id, CardKind.NOTE, stage, lane, title=f"Idea {number} before the crash")
kept = []
window.autosaver.kept.connect(lambda: kept.append(True))
while not kept:
    app.processEvents()
    time.sleep(0.02)
Path(sys.argv[2]).write_bytes(dumps(window.document.project))
print("kept", flush=True)
while True:
    app.processEvents()
    time.sleep(0.05)
"""


def edit(window, title: str = "Unsaved idea") -> None:
    scene = window.scene
    stage, lane = scene.journey.stages[0].id, scene.journey.lanes[0].id
    window.edits.add_card(scene.journey_id, CardKind.NOTE, stage, lane, title=title)


def click_in_dialog(text: str) -> None:
    """Click the button named ``text`` in the next modal dialog."""

    def click() -> None:
        dialog = QApplication.activeModalWidget()
        buttons = [button for button in (dialog.findChildren(QPushButton) if dialog else []) if button.isVisible()]
        chosen = next((button for button in buttons if button.text() == text), None)
        if chosen is None:
            QTimer.singleShot(20, click)
            return
        chosen.click()

    QTimer.singleShot(0, click)


def opened(open_window, path: Path):
    """A window on ``path``, opened the way File > Open opens it."""
    window = open_window()
    assert window.files.open(path)
    return window


# Autosave and recovery


def test_an_edit_is_copied_for_recovery_after_a_pause_and_the_copy_goes_on_save(qtbot, window, tmp_path) -> None:
    store = window.autosaver.store
    edit(window)
    with qtbot.waitSignal(window.autosaver.kept, timeout=5000):
        pass
    assert load_project(store.journey_file(window.autosaver.key)) == window.document.project
    info = json.loads((store.folder / f"{window.autosaver.key}.json").read_text())
    assert info["pid"] == os.getpid() and info["original"] is None
    window.files._write(tmp_path / "saved.journey")
    qtbot.waitUntil(lambda: not store.journey_file(window.autosaver.key).exists())


TYPIST = r"""
import sys, time
from pathlib import Path
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from journeydesk.ui.app import open_main_window

app = QApplication([])
window = open_main_window(Path(sys.argv[1]), demo=False)
window.show()
[field] = [edit for edit in window.inspector.findChildren(QLineEdit) if edit.placeholderText() == "Project title"]
field.setFocus()
field.selectAll()
while True:  # a person typing without a pause, ten keys a second, until killed
    for letter in "the quick brown fox jumps over the lazy dog ":
        QTest.keyClicks(field, letter)
        print(time.time(), len(field.text()), flush=True)
        until = time.monotonic() + 0.1
        while time.monotonic() < until:
            app.processEvents()
            time.sleep(0.01)
"""


def test_a_crash_during_continuous_typing_loses_at_most_the_last_5_seconds(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "workshop.journey"
    save_project(small_project(), path)
    typist = subprocess.Popen(
        [sys.executable, "-c", TYPIST, str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    typed: list[tuple[float, int]] = []  # (when, how many letters the title had then)
    try:
        while len(typed) < 130:  # about 13 s of typing: two copies and more kept on the way
            line = typist.stdout.readline()
            assert line, typist.stderr.read()
            when, length = line.split()
            typed.append((float(when), int(length)))
    finally:
        typist.send_signal(signal.SIGKILL)
        killed_at = time.time()
        typist.wait(timeout=30)
    [record] = recovery_store().left_by_crashes()
    kept = recovery_store().load(record).title
    text = ("the quick brown fox jumps over the lazy dog " * 4)[: typed[-1][1]]
    assert text.startswith(kept)  # what was typed, in order
    before = max(length for when, length in typed if when <= killed_at - autosave.MOST_LOST_S)
    assert len(kept) >= before, f"the copy holds {len(kept)} letters; {before} were typed 5 s before the crash"


def test_a_killed_app_leaves_its_work_to_be_restored_on_the_next_start(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "workshop.journey"
    save_project(small_project(), path)
    expected = tmp_path / "expected.journey"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), str(expected)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        assert child.stdout.readline().strip() == "kept", child.stderr.read()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    assert lock_path(path).exists()  # a crash leaves its lock behind: stale now
    [record] = recovery_store().left_by_crashes()
    assert record.original == path and recovery_store().load(record) == load_project(expected)

    click_in_dialog("Restore")
    window = open_main_window(path, demo=False)
    qtbot.addWidget(window, before_close_func=lambda w: w.document.undo_stack.setClean())
    window.show()
    qtbot.waitUntil(lambda: window.document.project == load_project(expected), timeout=5000)
    assert window.document.is_modified and window.document.path == path
    assert window.document.read_only is None  # the dead process's lock does not count
    assert window.autosaver.key == record.key  # the copy goes on under its key until saved


def crashed_copy(store: RecoveryStore, key: str, title: str) -> None:
    """A recovery copy as a process that has since ended left it."""
    project = small_project()
    project.title = title
    store.save(key, dumps(project), title, None)
    info_path = store.folder / f"{key}.json"
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait()
    info_path.write_text(json.dumps({**json.loads(info_path.read_text()), "pid": ended.pid}))


def test_the_recovery_dialog_saves_elsewhere_discards_and_leaves_the_rest_for_later(
    qtbot, window, tmp_path, monkeypatch
) -> None:
    store = RecoveryStore(tmp_path / "recovery")
    for key, title in (("a", "Kept elsewhere"), ("b", "Thrown away"), ("c", "Decided later")):
        crashed_copy(store, key, title)
    records = store.left_by_crashes()
    dialog = RecoveryDialog(records, store, window.dialogs, window)
    target = tmp_path / "rescued.journey"
    monkeypatch.setattr(window.dialogs, "save_path", lambda suggestion, title="": target)
    row = {record.title: record for record in records}
    dialog._save_as(row["Kept elsewhere"])
    answer_message_box("Discard")
    dialog._discard(row["Thrown away"])
    assert load_project(target).title == "Kept elsewhere"
    assert [record.title for record in store.left_by_crashes()] == ["Decided later"]


# Backups


def test_saving_from_the_window_keeps_a_backup_unless_turned_off(qtbot, window, tmp_path) -> None:
    path = tmp_path / "map.journey"
    assert window.files._write(path)
    first = load_project(path)
    edit(window)
    assert window.files.save()
    assert load_project(backup_path(path)) == first
    window.actions_.keep_backups.trigger()  # off, and remembered
    assert not window.settings.keep_backups()
    edit(window, "Another")
    assert window.files.save()
    assert load_project(backup_path(path)) == first


# Changes on disk


def changed_by_someone_else(path: Path, title: str) -> None:
    project = load_project(path)
    project.title = title
    project.journeys[0].stages[0].name = "Renamed stage"
    save_project(project, path)


def test_a_change_on_disk_offers_to_compare_then_reload(qtbot, open_window, tmp_path) -> None:
    path = tmp_path / "shared.journey"
    save_project(small_project(), path)
    window = opened(open_window, path)
    shown = answer_message_box("Compare…", "Reload")
    compared = close_comparison_when_shown()
    changed_by_someone_else(path, "Their version")
    qtbot.waitUntil(lambda: window.document.project.title == "Their version", timeout=5000)
    assert "was changed on disk" in shown[0]
    assert "  Stage “Discover”: renamed to “Renamed stage”" not in compared  # grouped: no indent in the tree
    assert compared == [
        "Project: title “Test project” → “Their version”",
        "Stage “Discover”: renamed to “Renamed stage”",
    ]
    assert not window.document.is_modified


def close_comparison_when_shown() -> list[str]:
    """Read the lines of the comparison dialog when it opens, then close it as a person would."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from journeydesk.ui.compare_dialog import CompareDialog

    lines: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, CompareDialog):
            QTimer.singleShot(20, look)
            return
        lines.extend(dialog.lines())
        dialog.reject()

    QTimer.singleShot(0, look)
    return lines


def test_keeping_mine_saves_it_elsewhere(qtbot, open_window, tmp_path, monkeypatch) -> None:
    path = tmp_path / "shared.journey"
    save_project(small_project(), path)
    window = opened(open_window, path)
    edit(window)
    mine = tmp_path / "mine.journey"
    monkeypatch.setattr(window.dialogs, "save_path", lambda suggestion: mine)
    answer_message_box("Keep Mine…")
    changed_by_someone_else(path, "Their version")
    qtbot.waitUntil(mine.exists, timeout=5000)
    assert load_project(mine) == window.document.project and window.document.path == mine
    assert load_project(path).title == "Their version"  # theirs untouched


def test_saving_over_a_file_changed_on_disk_asks_first(qtbot, open_window, tmp_path) -> None:
    path = tmp_path / "shared.journey"
    save_project(small_project(), path)
    window = opened(open_window, path)
    edit(window)
    told = answer_message_box("Cancel")  # told of the change: decide later
    changed_by_someone_else(path, "Their version")
    qtbot.waitUntil(lambda: len(told) == 2, timeout=5000)
    shown = answer_message_box("Cancel")
    assert not window.files.save()
    assert "changed by someone else since you opened it" in shown[0]
    assert load_project(path).title == "Their version"
    answer_message_box("Replace Theirs")
    assert window.files.save()
    assert load_project(path) == window.document.project


def test_a_deleted_file_is_reported_and_can_be_saved_again(qtbot, open_window, tmp_path) -> None:
    path = tmp_path / "shared.journey"
    save_project(small_project(), path)
    window = opened(open_window, path)
    shown = answer_message_box("Save Again")
    path.unlink()
    qtbot.waitUntil(path.exists, timeout=5000)
    assert "was deleted or moved" in shown[0]
    assert load_project(path) == window.document.project and not window.document.is_modified


# Locks and read-only files


def test_opening_locks_the_file_and_closing_unlocks_it(qtbot, open_window, tmp_path) -> None:
    path = tmp_path / "shared.journey"
    save_project(small_project(), path)
    window = opened(open_window, path)
    info = read_lock(path)
    assert info is not None and info.pid == os.getpid()
    window.close()
    assert not lock_path(path).exists()


def someone_else_has(path: Path) -> None:
    lock_path(path).write_text(
        json.dumps({"user": "ana", "host": "ana-laptop", "pid": 4242, "since": dt.datetime.now(dt.UTC).isoformat()})
    )


def test_a_file_someone_else_has_open_opens_read_only_and_can_be_edited_anyway(qtbot, open_window, tmp_path) -> None:
    path = tmp_path / "shared.journey"
    save_project(small_project(), path)
    someone_else_has(path)
    window = opened(open_window, path)
    assert window.document.read_only.startswith("ana has it open on ana-laptop, since ")
    assert window.banner.isVisible() and "read-only: ana has it open on ana-laptop" in window.banner.message.text()
    assert read_lock(path).user == "ana"  # theirs, untouched
    window.banner.anyway.click()
    assert window.document.read_only is None and not window.banner.isVisible()
    assert read_lock(path).pid == os.getpid()


def test_a_read_only_document_saves_under_another_name(qtbot, open_window, tmp_path, monkeypatch) -> None:
    path = tmp_path / "shared.journey"
    save_project(small_project(), path)
    path.chmod(0o444)
    window = opened(open_window, path)
    assert window.document.read_only == "the file is read-only"
    assert window.banner.isVisible() and not window.banner.anyway.isVisible()
    edit(window)
    copy = tmp_path / "my copy.journey"
    monkeypatch.setattr(window.dialogs, "save_path", lambda suggestion: copy)
    assert window.files.save()  # Save goes to Save As
    assert load_project(copy) == window.document.project and load_project(path) == small_project()
    assert window.document.read_only is None and not window.banner.isVisible()


def test_a_stale_lock_is_ignored(qtbot, open_window, tmp_path) -> None:
    path = tmp_path / "shared.journey"
    save_project(small_project(), path)
    old = (dt.datetime.now(dt.UTC) - dt.timedelta(days=3)).isoformat()
    lock_path(path).write_text(json.dumps({"user": "ana", "host": host_name(), "pid": 4242, "since": old}))
    window = opened(open_window, path)
    assert window.document.read_only is None and read_lock(path).pid == os.getpid()


# Failures


def test_a_full_disk_keeps_the_old_file_and_the_changes(qtbot, open_window, tmp_path, monkeypatch) -> None:
    path = tmp_path / "map.journey"
    save_project(small_project(), path)
    before = path.read_bytes()
    window = opened(open_window, path)
    edit(window)

    def disk_full(descriptor: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("journeydesk.io.atomic.os.fsync", disk_full)
    shown = answer_message_box("OK")
    assert not window.files.save()
    assert shown[1] == "the disk is full; free some space and save again"
    assert path.read_bytes() == before and window.document.is_modified
    assert {item.name for item in tmp_path.iterdir()} == {"map.journey", lock_path(path).name}  # no leftovers
