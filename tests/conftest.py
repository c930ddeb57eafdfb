"""Test set-up shared by every test: Qt offscreen, settings and app data isolated per test."""

import os
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

if TYPE_CHECKING:
    from journeydesk.collab.relay import RelayThread

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own config, data and cache folders, so no test sees a user's settings."""
    home = tmp_path_factory.mktemp("home")
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(variable, str(home / variable.lower()))
    return home


LOOPBACK = "127.0.0.1"


@pytest.fixture(autouse=True)
def sessions_stay_on_this_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    """A live session hosted in the app listens on 127.0.0.1 only, never on the machine's network."""
    from journeydesk.collab import session

    monkeypatch.setattr(session, "LISTEN_ON", LOOPBACK)


@pytest.fixture
def relay() -> "Iterator[RelayThread]":
    """A relay on 127.0.0.1 in this process, on a free port."""
    from journeydesk.collab.relay import RelayThread, new_token

    server = RelayThread(new_token(), LOOPBACK, 0)
    server.start()
    yield server
    server.stop()


def free_port() -> int:
    """A port on 127.0.0.1 that is free at this moment."""
    with socket.socket() as probe:
        probe.bind((LOOPBACK, 0))
        return probe.getsockname()[1]
