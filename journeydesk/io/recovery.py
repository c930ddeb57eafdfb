"""Copies of unsaved work, kept in a recovery folder until the work is saved or the app closes cleanly.

Each open document with unsaved changes has a key; its copy is ``KEY.journey`` (an ordinary journey
file) and ``KEY.json`` (whose it is: the original path, when, which process on which machine), both
written atomically, the journey first. A copy whose process is no longer running was left by a crash:
it is offered back on the next start.
"""

import datetime as dt
import json
import os
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from journeydesk.io.atomic import atomic_write
from journeydesk.io.files import load_project
from journeydesk.io.this_machine import host_name, process_alive
from journeydesk.model.project import Project

MAX_INFO_BYTES = 16_384


@dataclass(frozen=True)
class Recovered:
    key: str
    title: str
    original: Path | None  # where the document was saved, if it ever was
    saved_at: dt.datetime
    pid: int
    host: str

    def describe_time(self) -> str:
        return f"{self.saved_at.astimezone():%Y-%m-%d %H:%M}"


class RecoveryStore:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def journey_file(self, key: str) -> Path:
        return self.folder / f"{key}.journey"

    def _info_file(self, key: str) -> Path:
        return self.folder / f"{key}.json"

    def save(self, key: str, journey_bytes: bytes, title: str, original: Path | None) -> None:
        """Keep a copy (raises SaveError when it cannot be written)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        atomic_write(self.journey_file(key), journey_bytes)
        info = {
            "title": title,
            "original": str(original) if original else None,
            "saved_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "pid": os.getpid(),
            "host": host_name(),
        }
        atomic_write(self._info_file(key), json.dumps(info, ensure_ascii=False).encode("utf-8"))

    def discard(self, key: str) -> None:
        for path in (self._info_file(key), self.journey_file(key)):
            with suppress(OSError):
                path.unlink()

    def left_by_crashes(self) -> list[Recovered]:
        """Copies whose process on this machine is gone, newest first; unreadable ones are skipped."""
        found = [record for record in map(self._read, self._keys()) if record is not None]
        orphans = [record for record in found if record.host != host_name() or not process_alive(record.pid)]
        return sorted(orphans, key=lambda record: record.saved_at, reverse=True)

    def load(self, record: Recovered) -> Project:
        return load_project(self.journey_file(record.key))

    def _keys(self) -> list[str]:
        try:
            return [path.stem for path in self.folder.glob("*.json") if self.journey_file(path.stem).is_file()]
        except OSError:
            return []

    def _read(self, key: str) -> Recovered | None:
        """The record of ``key``; None when it cannot be trusted (records are files anyone can edit)."""
        try:
            with self._info_file(key).open("rb") as stream:
                info = json.loads(stream.read(MAX_INFO_BYTES))
            title, original, saved_at = info.get("title") or "Untitled", info.get("original"), info["saved_at"]
            pid, host = info["pid"], info["host"]
            if not all(isinstance(text, str) for text in (title, saved_at, host)) or type(pid) is not int:
                return None
            if not isinstance(original, str | None) or "\0" in (original or ""):
                return None
            record = Recovered(
                key,
                title[:200],
                Path(original) if original else None,
                dt.datetime.fromisoformat(saved_at),
                pid,
                host,
            )
            if record.saved_at.tzinfo is None:
                return None
            record.describe_time()  # a time that cannot be shown here is no time either
        except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError, OverflowError):
            return None
        return record
