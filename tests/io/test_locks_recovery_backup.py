"""Lock files, recovery copies, backups and disk states, read back from disk."""

import datetime as dt
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from journeydesk.io import SaveError, dumps, load_project, save_project
from journeydesk.io.disk_state import disk_state
from journeydesk.io.files import backup_path
from journeydesk.io.locks import acquire, foreign_lock, lock_path, read_lock, read_only_reason, release
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
    ],
)
def test_stale_or_unreadable_locks_are_ignored(tmp_path: Path, fields: dict) -> None:
    path = tmp_path / "map.journey"
    write_lock(path, **{key: dead_pid() if value == "dead" else value for key, value in fields.items()})
    assert foreign_lock(path) is None
    assert acquire(path) and read_lock(path).pid == os.getpid()  # and ours replaces it


@pytest.mark.parametrize(
    "fields",
    [
        {"since": "yesterday-ish"},
        {"since": "2026-11-23T14:02:00"},  # no time zone
        {"pid": 99999999999999999999},
        {"pid": "4242"},
        {"user": ["ana"]},
        {"user": "ana\nhas it"},
        {"since": "0001-01-01T00:00:00+14:00"},  # cannot be shown in local time
    ],
)
def test_a_lock_that_cannot_be_trusted_is_an_unknown_holder_until_it_is_a_day_old(tmp_path: Path, fields: dict) -> None:
    path = tmp_path / "map.journey"
    save_project(small_project(), path)
    write_lock(path, **fields)
    reason = read_only_reason(path)
    assert reason is not None and reason.startswith("someone may have it open: its lock file cannot be read")
    release(path)
    assert lock_path(path).exists()  # not ours to remove
    old = time.time() - 2 * 24 * 3600
    os.utime(lock_path(path), (old, old))
    assert read_only_reason(path) is None
    assert acquire(path) and read_lock(path).pid == os.getpid()


def fuzzed_json(valid: dict, rng: random.Random) -> bytes:
    """``valid`` damaged as a careless tool or a hostile person could: odd values, missing or extra
    fields, other shapes, broken bytes."""
    odd = [
        None,
        True,
        0,
        -1,
        1.5,
        2**64,
        99999999999999999999,
        "",
        "x" * 5000,
        "\u0000\n",
        [],
        {},
        "2026-11-23T14:02",
        "0001-01-01T00:00:00+14:00",
        "9999-12-31T23:59:59-14:00",
        "../../etc/passwd",
        "\udcff",
    ]
    document = dict(valid)
    for _ in range(rng.randint(1, 3)):
        key = rng.choice(sorted(valid))
        match rng.randrange(4):
            case 0:
                document[key] = rng.choice(odd)
            case 1:
                document.pop(key, None)
            case 2:
                document[f"extra{rng.randrange(9)}"] = rng.choice(odd)
            case _:
                document[key] = valid[rng.choice(sorted(valid))]
    data = json.dumps(document).encode("utf-8", "surrogatepass")
    match rng.randrange(8):
        case 0:
            return data[: rng.randrange(len(data))]
        case 1:
            return b"[" * 100_000
        case 2:
            return json.dumps(list(document.values()), default=str).encode()
        case 3:
            return b",ana,ana-laptop,23.11.2026 14:02,/home/ana/.config/libreoffice;"  # another program's lock
        case 4:
            return bytes(rng.randrange(256) for _ in range(rng.randrange(1, 200)))
        case _:
            return data


def write_fuzzed_lock_and_record(path: Path, store: RecoveryStore, seed: int, pid: int) -> None:
    """A fuzzed lock beside ``path`` and a fuzzed recovery record in ``store``, of process ``pid``."""
    rng = random.Random(seed)
    lock = {"user": "ana", "host": host_name(), "pid": pid, "since": dt.datetime.now(dt.UTC).isoformat()}
    lock_path(path).write_bytes(fuzzed_json(lock, rng))
    record = {"title": "Workshop", "original": str(path), "saved_at": lock["since"], "pid": pid, "host": host_name()}
    store.folder.mkdir(parents=True, exist_ok=True)
    (store.folder / f"fuzz{seed}.json").write_bytes(fuzzed_json(record, rng))
    store.journey_file(f"fuzz{seed}").write_bytes(dumps(small_project()) if rng.random() < 0.7 else b"{")


def test_fuzzed_locks_and_recovery_records_never_raise(tmp_path: Path) -> None:
    path = tmp_path / "map.journey"
    save_project(small_project(), path)
    store = RecoveryStore(tmp_path / "recovery")
    outcomes = set()
    ended = dead_pid()
    for seed in range(100):
        write_fuzzed_lock_and_record(path, store, seed, ended)
        reason = read_only_reason(path)
        outcomes.add("unknown" if reason and reason.startswith("someone") else "honoured" if reason else "ignored")
        for record in store.left_by_crashes():
            assert record.describe_time() and record.saved_at.tzinfo is not None
            outcomes.add("offered")
        release(path)
    assert outcomes == {"unknown", "honoured", "ignored", "offered"}  # every outcome was exercised


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
