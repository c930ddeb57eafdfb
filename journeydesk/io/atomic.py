"""Writing a file so that a failure never leaves it half-written.

The bytes go to a temporary file beside the target, are flushed and fsynced, and only then replace
the target in one ``os.replace``. If anything fails, the target is exactly as it was. A temporary
file is named ``.NAME.journeydesk-PID-RANDOM.tmp``, so that one left by a process killed in the middle
of a save is recognised, and removed, before the next save into its folder.
"""

import errno
import os
import re
import secrets
import stat
import sys
from contextlib import suppress
from pathlib import Path

from journeydesk.io.errors import SaveError
from journeydesk.io.this_machine import process_alive

NAME_MAX = 255  # bytes in a file name, on every file system in common use
TEMPORARY_MARK = ".journeydesk-"
_TEMPORARY = re.compile(r"\..*\.journeydesk-(\d{1,10})-[0-9a-f]{8}\.tmp", re.DOTALL)

_REASONS = {
    errno.EACCES: "permission denied: you cannot write in {folder}",
    errno.EPERM: "permission denied: you cannot write in {folder}",
    errno.ENOSPC: "the disk is full; free some space and save again",
    errno.EDQUOT: "your disk quota is used up; free some space and save again",
    errno.EROFS: "the drive holding {folder} is read-only",
    errno.ENOENT: "the folder {folder} does not exist",
    errno.ENAMETOOLONG: "the file name is too long",
}


def atomic_write(target: str | Path, data: bytes) -> str | None:
    """Replace ``target`` with ``data`` all at once, or raise :class:`SaveError` and change nothing.

    A symbolic link is written through: its target is replaced, with the temporary file in the
    target's folder. Returns a note for the person when the file had other names (hard links): they
    keep the previous version, as an atomic replace gives the file a new identity."""
    named = Path(target)
    _check_name(named, named)
    try:
        target = Path(os.path.realpath(named)) if named.is_symlink() else named
        folder = target.parent
        _check_name(named, target)
        if target.is_dir():
            raise SaveError(named, "this is a folder, not a file")
        if not folder.is_dir():
            raise SaveError(named, f"the folder {folder} does not exist")
        existing = _existing(target)
    except OSError as exc:
        raise SaveError(named, describe_os_error(exc, named.parent)) from None
    if existing is not None and not existing.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        raise SaveError(named, "the file is read-only; save under another name")
    remove_orphans(folder)
    temporary = folder / temporary_name(target.name)
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    except OSError as exc:
        raise SaveError(named, describe_os_error(exc, folder)) from None
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if existing is not None:
            os.chmod(temporary, stat.S_IMODE(existing.st_mode))
        os.replace(temporary, target)
    except BaseException as exc:
        with suppress(OSError):
            os.unlink(temporary)
        if isinstance(exc, OSError):
            raise SaveError(named, describe_os_error(exc, folder)) from None
        raise
    _sync_folder(folder)
    return _hard_link_note(existing)


def temporary_name(name: str) -> str:
    """``.NAME.journeydesk-PID-RANDOM.tmp``, with NAME cut so that the whole fits in a file name."""
    suffix = f"{TEMPORARY_MARK}{os.getpid()}-{secrets.token_hex(4)}.tmp"
    room = NAME_MAX - 1 - len(suffix)
    stem = os.fsencode(name)[:room].decode(sys.getfilesystemencoding(), "ignore")
    return f".{stem}{suffix}"


def remove_orphans(folder: Path) -> int:
    """Remove the temporary files that processes of this machine, now ended, left in ``folder``
    (killed in the middle of a save); how many went."""
    removed = 0
    with suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            found = _TEMPORARY.fullmatch(entry.name)
            if found is None or int(found[1]) == os.getpid() or process_alive(int(found[1])):
                continue
            with suppress(OSError):
                os.unlink(entry.path)
                removed += 1
    return removed


def _check_name(named: Path, target: Path) -> None:
    length = len(os.fsencode(target.name))
    if length > NAME_MAX:
        raise SaveError(named, f"the file name is too long ({length} bytes; at most {NAME_MAX})")


def _hard_link_note(existing: os.stat_result | None) -> str | None:
    others = existing.st_nlink - 1 if existing is not None else 0
    if others <= 0:
        return None
    names = "another name" if others == 1 else f"{others} other names"
    return f"the file also had {names} (hard links); they keep the previous version"


def describe_os_error(exc: OSError, folder: Path) -> str:
    template = _REASONS.get(exc.errno or 0)
    if template:
        return template.format(folder=folder)
    return exc.strerror or str(exc)


def _existing(target: Path) -> os.stat_result | None:
    try:
        return target.stat()
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
