"""What a file on disk holds, to tell whether someone else changed it since we read or wrote it."""

import hashlib
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class DiskState:
    size: int
    digest: str  # SHA-256 of the contents: a touch that changes nothing is not a change


def disk_state(path: Path) -> DiskState | None:
    """The file's size and digest; None when it is gone or cannot be read."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    return DiskState(len(data), hashlib.sha256(data).hexdigest())
