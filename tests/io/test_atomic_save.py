"""A save that fails leaves the previous file byte-for-byte intact and no debris beside it."""

import errno
import os
import shutil
import stat
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from journeydesk.io import SaveError, dumps, load_project, save_project
from tests.factories import small_project


@pytest.fixture
def saved(tmp_path: Path) -> tuple[Path, bytes]:
    """A folder holding one saved project, and that file's bytes."""
    folder = tmp_path / "work"
    folder.mkdir()
    path = folder / "map.journey"
    save_project(small_project(), path)
    return path, path.read_bytes()


def edited_project():
    project = small_project()
    project.title = "Changed title"
    return project


@contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """Make ``folder`` really read-only: permission bits for a normal user; root ignores those,
    so for root the folder is marked immutable instead."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)
        return
    if not shutil.which("chattr") or subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode:
        pytest.skip("running as root on a file system without immutable folders")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)


def test_save_into_a_read_only_folder_fails_clearly_and_keeps_the_old_file(saved: tuple[Path, bytes]) -> None:
    path, before = saved
    with read_only(path.parent), pytest.raises(SaveError) as caught:
        save_project(edited_project(), path)
    assert path.read_bytes() == before
    assert os.listdir(path.parent) == ["map.journey"]
    assert "permission denied" in str(caught.value) or "not permitted" in str(caught.value)


def test_error_in_the_middle_of_serialising_writes_nothing(saved: tuple[Path, bytes]) -> None:
    path, before = saved
    project = edited_project()
    project.journeys[0].cards[3].title = object()  # type: ignore[assignment]  # not serialisable, late in the file
    with pytest.raises(SaveError, match=r"could not prepare the file .*; nothing was written"):
        save_project(project, path)
    assert path.read_bytes() == before
    assert os.listdir(path.parent) == ["map.journey"]


@pytest.mark.parametrize(
    ("failing_call", "code", "message"),
    [
        ("fsync", errno.ENOSPC, "the disk is full"),
        ("replace", errno.EACCES, "permission denied"),
        ("fsync", errno.EIO, "Input/output error"),
    ],
)
def test_failure_while_writing_removes_the_temporary_file(
    saved: tuple[Path, bytes], monkeypatch: pytest.MonkeyPatch, failing_call: str, code: int, message: str
) -> None:
    path, before = saved

    def fail(*_args: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, failing_call, fail)
    with pytest.raises(SaveError, match=message):
        save_project(edited_project(), path)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert os.listdir(path.parent) == ["map.journey"]


def test_full_disk_on_a_tiny_file_system(tmp_path: Path) -> None:
    """A real full disk: a 64 KiB tmpfs where a large project cannot fit."""
    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    if (
        os.geteuid() != 0
        or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount_point)], capture_output=True
        ).returncode
    ):
        pytest.skip("mounting a tmpfs needs root")
    try:
        path = mount_point / "map.journey"
        save_project(small_project(), path)
        before = path.read_bytes()
        big = edited_project()
        big.journeys[0].cards[0].description = "x" * 20_000
        for index in range(4):
            big.journeys[0].cards[index].description = "y" * 20_000
        with pytest.raises(SaveError, match="the disk is full"):
            save_project(big, path)
        assert path.read_bytes() == before
        assert os.listdir(mount_point) == ["map.journey"]
    finally:
        subprocess.run(["umount", str(mount_point)], check=True)


def test_missing_folder_is_named(tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "map.journey"
    with pytest.raises(SaveError, match=r"the folder .*such does not exist"):
        save_project(small_project(), target)


def test_a_read_only_file_is_not_overwritten(saved: tuple[Path, bytes]) -> None:
    path, before = saved
    path.chmod(0o444)
    with pytest.raises(SaveError, match="the file is read-only"):
        save_project(edited_project(), path)
    assert path.read_bytes() == before


def test_saving_over_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SaveError, match="this is a folder"):
        save_project(small_project(), tmp_path)


def test_successful_save_keeps_the_file_mode_and_replaces_the_content(saved: tuple[Path, bytes]) -> None:
    path, _ = saved
    path.chmod(0o640)
    save_project(edited_project(), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert path.read_bytes() == dumps(edited_project())
    assert load_project(path).title == "Changed title"
