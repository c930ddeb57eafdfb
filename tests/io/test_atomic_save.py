"""A save that fails leaves the previous file byte-for-byte intact and no debris beside it."""

import errno
import os
import shutil
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from journeydesk.io import SaveError, dumps, load_project, save_project
from journeydesk.io.atomic import temporary_name
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


def test_saving_through_a_symbolic_link_writes_its_target_and_keeps_the_link(tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    target = real / "t.journey"
    save_project(small_project(), target)
    link = tmp_path / "link.journey"
    link.symlink_to(target)
    save_project(edited_project(), link)
    assert link.is_symlink() and link.resolve() == target
    assert load_project(target).title == "Changed title"
    assert sorted(os.listdir(real)) == ["t.journey"] and sorted(os.listdir(tmp_path)) == ["link.journey", "real"]


def test_a_file_with_hard_links_is_saved_and_the_other_names_are_told_about(tmp_path: Path) -> None:
    path = tmp_path / "map.journey"
    save_project(small_project(), path)
    other = tmp_path / "other-name.journey"
    os.link(path, other)
    note = save_project(edited_project(), path)
    assert note == "the file also had another name (hard links); they keep the previous version"
    assert load_project(path).title == "Changed title" and load_project(other).title == "Test project"
    assert save_project(edited_project(), path) is None  # a file of its own now


def test_a_legal_254_character_name_saves_and_a_longer_one_is_refused_in_one_line(tmp_path: Path) -> None:
    longest = tmp_path / ("x" * (255 - len(".journey")) + ".journey")
    save_project(small_project(), longest)
    assert load_project(longest) == small_project()
    too_long = tmp_path / ("y" * 300 + ".journey")
    with pytest.raises(SaveError, match=r"the file name is too long \(308 bytes; at most 255\)$"):
        save_project(small_project(), too_long)
    assert os.listdir(tmp_path) == [longest.name]


ORPHAN_MAKER = """
import os, sys, time
from journeydesk.io import save_project
from tests.factories import small_project
os.fsync = lambda descriptor: time.sleep(600)  # stops inside the save, its temporary file written
save_project(small_project(), sys.argv[1])
"""


def test_temporary_files_of_killed_saves_are_removed_before_the_next_save(tmp_path: Path) -> None:
    path = tmp_path / "map.journey"
    save_project(small_project(), path)
    killed = subprocess.Popen([sys.executable, "-c", ORPHAN_MAKER, str(path)], cwd=Path(__file__).parents[2])
    while not (orphans := list(tmp_path.glob(f".map.journey.journeydesk-{killed.pid}-*.tmp"))):
        assert killed.poll() is None, "the child ended before writing its temporary file"
        time.sleep(0.05)
    killed.kill()
    killed.wait()
    alive = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        in_use = tmp_path / temporary_name("map.journey").replace(f"-{os.getpid()}-", f"-{alive.pid}-")
        in_use.write_bytes(b"a save under way")
        save_project(edited_project(), path)
        assert sorted(os.listdir(tmp_path)) == sorted(["map.journey", in_use.name])  # the orphan went
        assert not orphans[0].exists() and load_project(path).title == "Changed title"
    finally:
        alive.kill()
        alive.wait()
