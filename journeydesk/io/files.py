"""Opening and saving .journey files on disk."""

import logging
import os
from pathlib import Path

from journeydesk.io.atomic import atomic_write, describe_os_error
from journeydesk.io.bounded import MAX_FILE_BYTES, too_large
from journeydesk.io.errors import JourneyFileError, SaveError
from journeydesk.io.format import dumps, loads
from journeydesk.model.project import Project

log = logging.getLogger(__name__)


def read_bytes(path: str | Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The file's bytes, or a :class:`JourneyFileError` that says why it cannot be read."""
    path = Path(path)
    try:
        with path.open("rb") as stream:
            data = stream.read(limit + 1)
            size = os.fstat(stream.fileno()).st_size
    except FileNotFoundError:
        raise JourneyFileError(path, "no such file") from None
    except IsADirectoryError:
        raise JourneyFileError(path, "this is a folder, not a file") from None
    except OSError as exc:
        raise JourneyFileError(path, describe_os_error(exc, path.parent)) from None
    if len(data) > limit:
        raise too_large(path, max(size, len(data)), limit)
    return data


def load_project(path: str | Path) -> Project:
    """Open a .journey file; anything wrong raises :class:`JourneyFileError`."""
    return loads(read_bytes(path), path)


def save_project(project: Project, path: str | Path, keep_backup: bool = False) -> str | None:
    """Save atomically: on any failure :class:`SaveError` is raised and the old file is untouched.

    With ``keep_backup``, the version being replaced is first kept as ``NAME.journey.bak``. Returns
    a note for the person when there is something to know (see :func:`atomic_write`)."""
    path = Path(path)
    try:
        data = dumps(project)
    except Exception as exc:
        log.exception("could not serialise the project")
        raise SaveError(path, f"could not prepare the file ({exc}); nothing was written") from None
    if keep_backup:
        try:
            previous: bytes | None = path.read_bytes()
        except (FileNotFoundError, IsADirectoryError):
            previous = None  # nothing to keep (and a folder is refused below)
        except OSError as exc:
            raise SaveError(path, f"could not keep a backup: {describe_os_error(exc, path.parent)}") from None
        if previous is not None:
            atomic_write(backup_path(path), previous)
    return atomic_write(path, data)


def backup_path(path: Path) -> Path:
    return path.with_name(f"{path.name}.bak")
