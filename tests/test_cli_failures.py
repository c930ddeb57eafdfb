"""The command line when things go wrong: unreadable input, unwritable output, Ctrl+C, a closed pipe.
Always one line saying what, the right exit code, and no partial output file."""

import base64
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from journeydesk.io import dumps, save_project
from tests.factories import small_project
from tests.io.test_broken_files import BROKEN
from tests.model.test_photo_and_states import HOSTILE_PHOTOS

COMMAND = Path(sys.executable).with_name("journeydesk")
BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def run(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(COMMAND), *arguments], capture_output=True, text=True, timeout=120)


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


@pytest.fixture
def journey(tmp_path: Path) -> Path:
    path = tmp_path / "map.journey"
    save_project(small_project(), path)
    return path


@pytest.mark.parametrize("command", ["validate", "export", "import"])
@pytest.mark.parametrize("folder", [False, True])
def test_unreadable_input_is_one_line_and_exit_1(tmp_path: Path, command: str, folder: bool) -> None:
    source = ("a-folder" if folder else "missing") + (".xlsx" if command == "import" else ".journey")
    if folder:
        (tmp_path / source).mkdir()
    output = {
        "validate": [],
        "export": ["-o", str(tmp_path / "out.xlsx")],
        "import": ["-o", str(tmp_path / "o.journey")],
    }
    result = run(command, str(tmp_path / source), *output[command])
    assert result.returncode == 1
    line = one_line(result)
    assert source in line and ("no such file" in line or "folder" in line)
    assert sorted(path.name for path in tmp_path.iterdir()) == ([source] if folder else [])  # nothing written


@pytest.mark.parametrize("ending", [".journey", ".xlsx", ".pdf", ".png", ".svg"])
def test_unwritable_output_is_one_line_and_exit_1_and_writes_nothing(
    tmp_path: Path, journey: Path, ending: str
) -> None:
    target = tmp_path / "missing-folder" / f"out{ending}"
    arguments = (
        ["new", str(target), "--template", "sample"]
        if ending == ".journey"
        else ["export", str(journey), "-o", str(target)]
    )
    result = run(*arguments)
    assert result.returncode == 1
    assert "does not exist" in one_line(result)
    occupied = tmp_path / f"taken{ending}"
    occupied.mkdir()  # a folder where the file should go
    arguments[arguments.index(str(target))] = str(occupied)
    result = run(*arguments, *(["--force"] if ending == ".journey" else []))
    assert result.returncode == 1 and "folder" in one_line(result)
    assert not list((tmp_path).glob("*.tmp")) and not list(tmp_path.glob(".*.tmp"))


def test_ctrl_c_during_an_export_leaves_no_file(tmp_path: Path) -> None:
    big = tmp_path / "big.journey"
    subprocess.run(
        [sys.executable, str(BENCHMARKS / "make_journey.py"), "--cards", "10000", "-o", str(big)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    output = tmp_path / "big.pdf"
    process = subprocess.Popen(
        [str(COMMAND), "export", str(big), "-o", str(output), "--fit", "tile"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(2.0)  # started, and busy drawing pages
    process.send_signal(signal.SIGINT)
    _, error = process.communicate(timeout=120)
    assert process.returncode == 130, error
    assert error.strip() == "journeydesk: interrupted"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["big.journey"]


def test_a_closed_pipe_ends_quietly() -> None:
    """The reader went away before the output was written (as `journeydesk schema | head` can)."""
    process = subprocess.Popen([str(COMMAND), "schema"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.close()
    error = process.stderr.read().decode()
    assert process.wait(timeout=60) == 1 and error == ""


def with_photo(data: bytes, media_type: str) -> bytes:
    document = json.loads(dumps(small_project()))
    document["project"]["personas"][0]["photo"] = {"media_type": media_type, "data": base64.b64encode(data).decode()}
    return json.dumps(document).encode()


ONCE_TRACEBACKS = {
    **{name: BROKEN[name][0] for name in BROKEN if name.startswith("version 1")},
    **{f"photo: {name}": with_photo(*photo) for name, photo in HOSTILE_PHOTOS.items()},
}


@pytest.mark.parametrize("name", ONCE_TRACEBACKS)
def test_files_that_once_gave_tracebacks_are_one_line_in_validate_and_export(tmp_path: Path, name: str) -> None:
    path = tmp_path / "odd.journey"
    path.write_bytes(ONCE_TRACEBACKS[name])
    for arguments in (["validate", str(path)], ["export", str(path), "-o", str(tmp_path / "out.pdf")]):
        result = run(*arguments)
        assert result.returncode == 1
        assert one_line(result).startswith(f"journeydesk: {path}: project.")
    assert sorted(os.listdir(tmp_path)) == ["odd.journey"]


def test_long_names_export_up_to_the_systems_limit_and_are_refused_in_one_line_past_it(
    tmp_path: Path, journey: Path
) -> None:
    longest = tmp_path / ("e" * (255 - len(".xlsx")) + ".xlsx")
    assert run("export", str(journey), "-o", str(longest)).returncode == 0 and longest.stat().st_size > 0
    for length in (250, 300):
        name = tmp_path / ("n" * length + ".journey")
        result = run("new", str(name), "--template", "sample")
        assert result.returncode == 1
        assert one_line(result).endswith(f"the file name is too long ({length + 8} bytes; at most 255)")
    assert sorted(os.listdir(tmp_path)) == sorted([journey.name, longest.name])
