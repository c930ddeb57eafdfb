"""Writing a file so that a failure never leaves it half-written.

The bytes go to a temporary file beside the target, are flushed and fsynced, and only then replace
the target in one ``os.replace``. If anything fails, the target is exactly as it was.
"""

import errno
import os
import secrets
import stat
from contextlib import suppress
from pathlib import Path

from journeydesk.io.errors import SaveError

_REASONS = {
    errno.EACCES: "permission denied: you cannot write in {folder}",
    errno.EPERM: "permission denied: you cannot write in {folder}",
    errno.ENOSPC: "the disk is full; free some space and save again",
    errno.EDQUOT: "your disk quota is used up; free some space and save again",
    errno.EROFS: "the drive holding {folder} is read-only",
    errno.ENOENT: "the folder {folder} does not exist",
    errno.ENAMETOOLONG: "the file name is too long",
}


def atomic_write(target: str | Path, data: bytes) -> None:
    """Replace ``target`` with ``data`` all at once, or raise :class:`SaveError` and change nothing."""
    target = Path(target)
    folder = target.parent
    if target.is_dir():
        raise SaveError(target, "this is a folder, not a file")
    if not folder.is_dir():
        raise SaveError(target, f"the folder {folder} does not exist")
    existing_mode = _existing_mode(target)
    if existing_mode is not None and not existing_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        raise SaveError(target, "the file is read-only; save under another name")
    temporary = folder / f".{target.name}.{secrets.token_hex(4)}.tmp"
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    except OSError as exc:
        raise SaveError(target, describe_os_error(exc, folder)) from None
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if existing_mode is not None:
            os.chmod(temporary, stat.S_IMODE(existing_mode))
        os.replace(temporary, target)
    except BaseException as exc:
        with suppress(OSError):
            os.unlink(temporary)
        if isinstance(exc, OSError):
            raise SaveError(target, describe_os_error(exc, folder)) from None
        raise
    _sync_folder(folder)


def describe_os_error(exc: OSError, folder: Path) -> str:
    template = _REASONS.get(exc.errno or 0)
    if template:
        return template.format(folder=folder)
    return exc.strerror or str(exc)


def _existing_mode(target: Path) -> int | None:
    try:
        return target.stat().st_mode
    except FileNotFoundError:
        return None


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); where folders cannot be opened this is a no-op."""
    with suppress(OSError, AttributeError):
        descriptor = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
