"""Lock files beside open journeys, the habit of office suites on shared drives.

Opening ``map.journey`` writes ``.~lock.map.journey#`` beside it naming the person, the machine, the
process and the time. Someone else opening the file then learns who has it. A lock is stale, and
ignored, when its process is gone from this machine or when it is more than a day old (a laptop
that slept on the job). The lock goes when the file is closed.
"""

import datetime as dt
import json
import os
import stat
from contextlib import suppress
from dataclasses import asdict, dataclass
from pathlib import Path

from journeydesk.io.atomic import atomic_write
from journeydesk.io.errors import SaveError
from journeydesk.io.this_machine import host_name, process_alive, user_name

STALE_AFTER = dt.timedelta(days=1)
MAX_LOCK_BYTES = 4096


@dataclass(frozen=True)
class LockInfo:
    user: str
    host: str
    pid: int
    since: str  # ISO 8601, UTC
    readable: bool = True  # False: a lock file is there but says nothing we can trust

    @property
    def since_time(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.since)

    def describe(self) -> str:
        """Who has the file, for a sentence: "ana has it open on ana-laptop, since 23 Nov 2026 14:02"."""
        local = self.since_time.astimezone()
        if not self.readable:
            return f"someone may have it open: its lock file cannot be read (it is from {local:%d %b %Y %H:%M})"
        return f"{self.user} has it open on {self.host}, since {local:%d %b %Y %H:%M}"

    def is_ours(self) -> bool:
        return self.readable and self.host == host_name() and self.pid == os.getpid()

    def is_stale(self, now: dt.datetime | None = None) -> bool:
        now = now or dt.datetime.now(dt.UTC)
        if now - self.since_time > STALE_AFTER:
            return True
        return self.readable and self.host == host_name() and not process_alive(self.pid)


def lock_path(path: Path) -> Path:
    return path.with_name(f".~lock.{path.name}#")


def read_lock(path: Path) -> LockInfo | None:
    """The lock on ``path``; None when there is none. A lock file is anyone's to write, so one that
    cannot be trusted (not our JSON, wrong types, a time without a time zone, a pid no process can
    have) is kept as an unknown holder, dated by the file itself: not an error, and not ignored."""
    try:
        with lock_path(path).open("rb") as stream:
            data = stream.read(MAX_LOCK_BYTES)
            written = os.fstat(stream.fileno()).st_mtime
    except OSError:
        return None
    try:
        return _trusted(json.loads(data))
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError, OverflowError):
        try:
            since = dt.datetime.fromtimestamp(written, dt.UTC)
        except (ValueError, OverflowError, OSError):
            since = dt.datetime.now(dt.UTC)
        return LockInfo("someone", "", 0, since.isoformat(timespec="seconds"), readable=False)


def _trusted(data: dict) -> LockInfo:
    """The lock's fields, each of the right type and shape, or an error."""
    user, host, pid, since = data["user"], data["host"], data["pid"], data["since"]
    names_ok = all(isinstance(name, str) and name.isprintable() and 0 < len(name) <= 200 for name in (user, host))
    if not names_ok or type(pid) is not int or not 0 < pid < 2**31 or not isinstance(since, str):
        raise ValueError("not a lock")
    info = LockInfo(user, host, pid, since)
    if info.since_time.tzinfo is None:
        raise ValueError("a time without a time zone")
    info.describe()  # a time that cannot be shown here (OverflowError) is no time either
    return info


def foreign_lock(path: Path) -> LockInfo | None:
    """Someone else's live lock on ``path``: what to warn about before opening."""
    info = read_lock(path)
    if info is None or info.is_ours() or info.is_stale():
        return None
    return info


def read_only_reason(path: Path) -> str | None:
    """Why ``path`` should open read-only (someone else has it open, or it cannot be written), or None."""
    info = foreign_lock(path)
    if info is not None:
        return info.describe()
    try:
        mode = path.stat().st_mode
    except OSError:
        return None
    if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        return "the file is read-only"
    return None


def acquire(path: Path) -> bool:
    """Write our lock beside ``path``; False when the folder cannot take it (a read-only share)."""
    info = LockInfo(user_name(), host_name(), os.getpid(), dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))
    try:
        atomic_write(lock_path(path), json.dumps(asdict(info)).encode("utf-8"))
    except SaveError:
        return False
    return True


def release(path: Path) -> None:
    """Remove our lock on ``path`` (never someone else's)."""
    info = read_lock(path)
    if info is not None and info.is_ours():
        with suppress(OSError):
            lock_path(path).unlink()
