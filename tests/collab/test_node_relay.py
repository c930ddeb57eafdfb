"""Protocol compatibility: a session carried by the standard Node relay, @y/websocket-server.

Runs where node and npm are present (.ci/run installs them and the relay's package into
tests/collab/node); the package is installed here first if it is missing.
"""

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from journeydesk.collab.invite import Invite
from journeydesk.collab.session import LiveSession
from journeydesk.document.edits import Edits
from journeydesk.model.enums import CardKind
from journeydesk.templates import new_project
from tests.collab.conftest import WAIT_MS, Room
from tests.collab.test_session import set_title
from tests.conftest import LOOPBACK, free_port

NODE_PROJECT = Path(__file__).parent / "node"
SERVER = NODE_PROJECT / "node_modules" / "@y" / "websocket-server" / "src" / "server.js"

pytestmark = pytest.mark.skipif(
    shutil.which("node") is None or shutil.which("npm") is None, reason="needs node and npm (.ci/run installs them)"
)


@pytest.fixture(scope="module")
def node_relay() -> Iterator[int]:
    """The Node relay on 127.0.0.1, as its README runs it (HOST and PORT in the environment)."""
    if not SERVER.exists():
        subprocess.run(
            ["npm", "install", "--no-audit", "--no-fund", "--loglevel=error"],
            cwd=NODE_PROJECT,
            check=True,
            timeout=300,
        )
    port = free_port()
    process = subprocess.Popen(
        ["node", str(SERVER)],
        env={**os.environ, "HOST": LOOPBACK, "PORT": str(port)},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert process.stdout is not None
        assert "running at" in process.stdout.readline()
        yield port
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_a_session_on_the_node_relay_shares_the_map_edits_and_presence(
    qtbot: QtBot, node_relay: int, room: Room
) -> None:
    host = room.host(new_project("sample"), team_relay=Invite(LOOPBACK, node_relay, "", "not-checked-there"))
    ours = room.documents[0]
    theirs = room.join(host.invite)
    assert theirs.project == ours.project
    journey = ours.project.journeys[0]
    stage, lane = journey.stages[0].id, journey.lanes[0].id
    card_id = Edits(theirs).add_card(journey.id, CardKind.NOTE, stage, lane, None, "Through Node")
    set_title(ours, journey.id, journey.cards[0].id, "Renamed by the host")
    room.wait_converged()
    assert ours.index(journey.id).card(card_id).title == "Through Node"
    qtbot.waitUntil(lambda: len(host.participants()) == 2, timeout=WAIT_MS)
    assert {person.name for person in host.participants()} == {"Ana", "Ben"}


def test_a_participant_who_joins_later_through_the_node_relay_gets_the_map_as_it_is_now(
    qtbot: QtBot, node_relay: int, room: Room
) -> None:
    host = room.host(new_project("six-stage"), team_relay=Invite(LOOPBACK, node_relay, "", "any"))
    first = room.join(host.invite, "Ben")
    journey = first.project.journeys[0]
    Edits(first).add_card(journey.id, CardKind.PAIN_POINT, journey.stages[2].id, journey.lanes[0].id, 0, "Slow")
    room.wait_converged()
    late = LiveSession.join(host.invite, "Cleo")
    room.sessions.append(late)
    arrived: list = []
    late.map_arrived.connect(arrived.append)
    qtbot.waitUntil(lambda: bool(arrived), timeout=WAIT_MS)
    assert arrived[0].project == room.documents[0].project
