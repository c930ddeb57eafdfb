"""`journeydesk relay`: a standalone relay with SQLite persistence, started as a person would."""

import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from pycrdt import Doc
from websockets.exceptions import InvalidStatus
from websockets.sync.client import connect

from journeydesk.collab import mapping
from journeydesk.collab.view import DocView
from journeydesk.templates import new_project
from tests.collab.peers import BarePeer
from tests.conftest import LOOPBACK, free_port

COMMAND = Path(sys.executable).with_name("journeydesk")
TOKEN = "team-relay-token-1"


@contextmanager
def running_relay(*arguments: str) -> Iterator[tuple[subprocess.Popen[str], list[str]]]:
    """The relay command until it says where it listens; stopped with Ctrl+C (SIGINT) afterwards."""
    process = subprocess.Popen(
        [str(COMMAND), "relay", "--host", LOOPBACK, *arguments],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: list[str] = []
    try:
        assert process.stdout is not None
        while not lines or not lines[-1].startswith("Stop it with Ctrl+C"):
            line = process.stdout.readline()
            assert line, f"the relay ended: {process.stderr.read() if process.stderr else ''}"
            lines.append(line.rstrip("\n"))
        yield process, lines
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGINT)
        process.wait(timeout=15)


def test_the_relay_command_keeps_a_room_in_its_store_across_a_restart(tmp_path: Path) -> None:
    port = free_port()
    project = new_project("sample")
    with running_relay("--port", str(port), "--store", str(tmp_path), "--token", TOKEN) as (process, lines):
        assert lines[0] == f"JourneyDesk relay listening on {LOOPBACK}:{port}"
        assert f"ws://{LOOPBACK}:{port}/?token={TOKEN}" in "\n".join(lines)
        seeded = Doc()
        mapping.seed(seeded, project, "test")
        with connect(f"ws://{LOOPBACK}:{port}/workshop?token={TOKEN}") as socket:
            BarePeer(socket, seeded)  # the room now holds the map
    assert process.returncode == 0
    assert (tmp_path / "rooms.sqlite").stat().st_size > 0
    with (
        running_relay("--port", str(port), "--store", str(tmp_path), "--token", TOKEN),
        connect(f"ws://{LOOPBACK}:{port}/workshop?token={TOKEN}") as socket,
    ):
        later = BarePeer(socket)
    assert DocView(later.doc).project() == project


def test_the_relay_command_refuses_connections_without_its_token() -> None:
    port = free_port()
    with running_relay("--port", str(port), "--token", TOKEN) as (process, _):
        for url in (f"ws://{LOOPBACK}:{port}/room", f"ws://{LOOPBACK}:{port}/room?token=guess-me-now"):
            with pytest.raises(InvalidStatus) as refused:
                connect(url)
            assert refused.value.response.status_code == 403
    assert "without the token" in (process.stderr.read() if process.stderr else "")


def test_the_relay_command_makes_a_token_when_none_is_given() -> None:
    with running_relay("--port", "0") as (_, lines):
        token = next(line.split(": ", 1)[1] for line in lines if line.startswith("Token: "))
        assert len(token) >= 16


@pytest.mark.parametrize(
    ("arguments", "code", "message"),
    [
        (["--port", "70000"], 2, "--port must be between 0 and 65535"),
        (["--token", "short"], 2, "--token must be 8 to 200"),
        (["--token", "with space in it"], 2, "--token must be 8 to 200"),
    ],
)
def test_wrong_relay_arguments_are_one_line(arguments: list[str], code: int, message: str) -> None:
    result = subprocess.run([str(COMMAND), "relay", *arguments], capture_output=True, text=True, timeout=30)
    assert result.returncode == code
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_a_store_folder_that_cannot_be_written_and_a_taken_port_are_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = subprocess.run(
        [str(COMMAND), "relay", "--store", str(blocker / "store")], capture_output=True, text=True, timeout=30
    )
    assert result.returncode == 1 and "cannot use it as the store" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    port = free_port()
    with running_relay("--port", str(port), "--token", TOKEN):
        taken = subprocess.run(
            [str(COMMAND), "relay", "--host", LOOPBACK, "--port", str(port), "--token", TOKEN],
            capture_output=True,
            text=True,
            timeout=30,
        )
    assert taken.returncode == 1 and f"cannot listen on {LOOPBACK}:{port}" in taken.stderr
    assert len(taken.stderr.strip().splitlines()) == 1
