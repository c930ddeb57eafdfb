"""Live sessions on 127.0.0.1: an in-process relay, hosts and participants, and waiting for them."""

import itertools
from collections.abc import Callable, Iterator

import pytest
from pycrdt import Doc
from pytestqt.exceptions import TimeoutError as WaitTimeout
from pytestqt.qtbot import QtBot

from journeydesk.collab import replica
from journeydesk.collab.invite import Invite, new_room
from journeydesk.collab.relay import RelayThread
from journeydesk.collab.session import LiveSession
from journeydesk.collab.view import DocView
from journeydesk.document import JourneyDocument
from journeydesk.document.diff import compare
from journeydesk.model import Project
from tests.conftest import LOOPBACK

WAIT_MS = 10_000


def invite_to(server: RelayThread) -> Invite:
    """A new room on ``server``."""
    return Invite(LOOPBACK, server.port, new_room(), server.app.token)


class Room:
    """A host and participants in one session; everyone leaves at the end of the test."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.sessions: list[LiveSession] = []
        self.documents: list[JourneyDocument] = []

    def host(self, project: Project, team_relay: Invite | None = None, name: str = "Ana") -> LiveSession:
        document = JourneyDocument(project)
        session = LiveSession.host(document, name, team_relay=team_relay)
        self.sessions.append(session)
        self.documents.append(document)
        self.qtbot.waitUntil(lambda: session.phase == "live", timeout=WAIT_MS)
        return session

    def join(self, invite: Invite, name: str = "Ben") -> JourneyDocument:
        session = LiveSession.join(invite, name)
        self.sessions.append(session)
        arrived: list[JourneyDocument] = []
        session.map_arrived.connect(arrived.append)
        self.qtbot.waitUntil(lambda: bool(arrived), timeout=WAIT_MS)
        self.documents.append(arrived[0])
        return arrived[0]

    def wait_converged(self) -> None:
        """Until every document holds the same project; a failure says where they differ."""
        first = self.documents[0]
        try:
            self.qtbot.waitUntil(
                lambda: all(document.project == first.project for document in self.documents[1:]), timeout=WAIT_MS
            )
        except WaitTimeout:
            raise AssertionError(self._differences()) from None

    def _differences(self) -> str:
        first, lines = self.documents[0], []
        for number, document in enumerate(self.documents[1:], 1):
            if document.project != first.project:
                changes = [
                    f"{item.kind.name} {item.id} {item.how} {sorted(item.fields)}"
                    for item in compare(first.project, document.project)[:3]
                ]
                same_doc = (
                    DocView(self.sessions[0].replica.doc).project()
                    == DocView(self.sessions[number].replica.doc).project()
                )
                own = DocView(self.sessions[number].replica.doc).project() == document.project
                host_own = DocView(self.sessions[0].replica.doc).project() == first.project
                lines.append(
                    f"document {number} differs ({'same' if same_doc else 'different'} Yjs maps; it shows its own map "
                    f"{'right' if own else 'wrong'}, the host {'right' if host_own else 'wrong'}): {changes}"
                )
        return "the documents did not converge: " + "; ".join(lines)

    def leave(self) -> None:
        for session in reversed(self.sessions):
            session.leave()


@pytest.fixture
def room(qtbot: QtBot) -> Iterator[Room]:
    gathering = Room(qtbot)
    yield gathering
    gathering.leave()


@pytest.fixture
def numbered_clients(monkeypatch: pytest.MonkeyPatch) -> Callable[[], None]:
    """Yjs client ids 1, 2, 3... in the order peers are made (which of two concurrent writes wins
    depends on them), so that a hypothesis example runs the same every time."""

    def restart() -> None:
        counter = itertools.count(1)
        monkeypatch.setattr(replica, "Doc", lambda client_id=None: Doc(client_id=next(counter)))

    restart()
    return restart
