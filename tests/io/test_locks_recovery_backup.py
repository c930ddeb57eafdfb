"""Lock files, recovery copies, backups and disk states, read back from disk."""

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from journeydesk.io import SaveError, dumps, load_project, save_project
from journeydesk.io.disk_state import disk_state
from journeydesk.io.files import backup_path
from journeydesk.io.locks import acquire, foreign_lock, lock_path, read_lock, release
from journeydesk.io.recovery import RecoveryStore
from journeydesk.io.this_machine import host_name
from tests.factories import small_project


def dead_pid() -> int:
    """The id of a process that has ended."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def write_lock(path: Path, **fields: object) -> None:
    info = {"user": "ana", "host": host_name(), "pid": os.getpid(), "since": dt.datetime.now(dt.UTC).isoformat()}
    lock_path(path).write_text(json.dumps({**info, **fields}))


def test_a_lock_names_who_has_the_file_and_goes_when_released(tmp_path: Path) -> None:
    path = tmp_path / "map.journey"
    save_project(small_project(), path)
    assert acquire(path)
    info = read_lock(path)
    assert info is not None and info.pid == os.getpid() and info.host == host_name()
    assert foreign_lock(path) is None  # our own lock is no warning
    release(path)
    assert not lock_path(path).exists()


def test_someone_elses_live_lock_is_honoured_and_never_removed_by_us(tmp_path: Path) -> None:
    path = tmp_path / "map.journey"
    write_lock(path, user="ana", host="ana-laptop", pid=4242)
    info = foreign_lock(path)
    assert info is not None and info.describe().startswith("ana has it open on ana-laptop, since ")
    release(path)
    assert lock_path(path).exists()


@pytest.mark.parametrize(
    "fields",
    [
        {"pid": "dead"},  # this machine, process gone
        {"host": "ana-laptop", "since": (dt.datetime.now(dt.UTC) - dt.timedelta(days=2)).isoformat()},  # too old
        {"since": "yesterday-ish"},  # unreadable
    ],
)
def test_stale_or_unreadable_locks_are_ignored(tmp_path: Path, fields: dict) -> None:
    path = tmp_path / "map.journey"
    write_lock(path, **{key: dead_pid() if value == "dead" else value for key, value in fields.items()})
    assert foreign_lock(path) is None
    assert acquire(path) and read_lock(path).pid == os.getpid()  # and ours replaces it


def test_a_lock_that_cannot_be_written_is_reported_not_raised(tmp_path: Path) -> None:
    path = tmp_path / "map.journey"
    save_project(small_project(), path)
    lock_path(path).mkdir()  # in the way, as a read-only share would be
    assert not acquire(path)


def test_recovery_copies_are_kept_listed_after_a_crash_loaded_and_discarded(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path / "recovery")
    project = small_project()
    project.title = "Unsaved workshop"
    store.save("live", dumps(project), project.title, Path("/shares/map.journey"))
    assert store.left_by_crashes() == []  # our own process is running: not a crash
    info = json.loads((store.folder / "live.json").read_text())
    info["pid"] = dead_pid()
    (store.folder / "crashed.json").write_text(json.dumps(info))
    store.journey_file("crashed").write_bytes(store.journey_file("live").read_bytes())
    (store.folder / "broken.json").write_text("{ not json")
    store.journey_file("broken").write_bytes(b"")
    [record] = store.left_by_crashes()
    assert (record.key, record.title, record.original) == ("crashed", "Unsaved workshop", Path("/shares/map.journey"))
    assert store.load(record) == project
    store.discard("crashed")
    assert sorted(path.name for path in store.folder.iterdir()) == [
        "broken.journey",
        "broken.json",
        "live.journey",
        "live.json",
    ]


def test_saving_keeps_the_previous_version_as_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "map.journey"
    first, second = small_project(), small_project()
    second.title = "Second version"
    save_project(first, path, keep_backup=True)
    assert not backup_path(path).exists()  # nothing to keep yet
    save_project(second, path, keep_backup=True)
    assert load_project(backup_path(path)) == first and load_project(path) == second
    save_project(first, path)  # backups off: the .bak stays as it was
    assert load_project(backup_path(path)) == first


def test_a_backup_that_cannot_be_written_stops_the_save_and_changes_nothing(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "map.journey"
    save_project(small_project(), path)
    before = path.read_bytes()
    backup_path(path).mkdir()  # a folder where the backup should go
    changed = small_project()
    changed.title = "Changed"
    with pytest.raises(SaveError):
        save_project(changed, path, keep_backup=True)
    assert path.read_bytes() == before


def test_disk_state_tells_a_change_of_contents_from_a_mere_touch(tmp_path: Path) -> None:
    path = tmp_path / "map.journey"
    save_project(small_project(), path)
    state = disk_state(path)
    os.utime(path, (1, 1))
    assert disk_state(path) == state
    path.write_bytes(path.read_bytes() + b" ")
    assert disk_state(path) != state
    path.unlink()
    assert disk_state(path) is None
