"""Documents editing one map at once through an in-process relay on 127.0.0.1 end up equal.

The map is the sample or a random project with every field the format has (ratings not given, lane
descriptions, persona backgrounds, any Unicode). Each round every document makes a few random edits
(cards added, moved, edited, rated and un-rated, removed, made another kind, linked; stages added,
moved, renamed and removed; lanes and personas described; journeys...) before any of them hears of
the others', so the edits of a round are truly concurrent; then the room settles.
"""

import random
from collections.abc import Callable
from unittest import mock

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from journeydesk.collab.relay import RelayThread
from journeydesk.collab.view import DocView
from journeydesk.templates import new_project
from tests.collab.conftest import Room, invite_to
from tests.document.random_edits import random_operations
from tests.strategies import projects

SETTINGS = settings(
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)
ROUNDS = 3


def edit_concurrently(
    qtbot: QtBot, relay: RelayThread, restart_clients: Callable[[], None], data: st.DataObject, people: int
) -> None:
    restart_clients()
    seed = data.draw(st.integers(0, 2**16), label="seed")
    with mock.patch("journeydesk.model.ids.secrets", random.Random(seed)):  # ids the same every run
        room = Room(qtbot)
        try:
            project = data.draw(st.builds(new_project, st.just("sample")) | projects(), label="project")
            host = room.host(project, team_relay=invite_to(relay))
            for number in range(1, people):
                room.join(host.invite, f"Person {number}")
            room.wait_converged()
            for _ in range(ROUNDS):
                for document in room.documents:
                    with document.batch():
                        random_operations(data, document.state, steps=4)
                room.wait_converged()
            assert DocView(host.replica.doc).project() == room.documents[0].project
        finally:
            room.leave()


@settings(SETTINGS, max_examples=40)
@given(data=st.data())
def test_two_documents_editing_at_once_converge(
    qtbot: QtBot, relay: RelayThread, numbered_clients: Callable[[], None], data: st.DataObject
) -> None:
    edit_concurrently(qtbot, relay, numbered_clients, data, people=2)


@settings(SETTINGS, max_examples=12)
@given(data=st.data())
def test_five_documents_editing_at_once_converge(
    qtbot: QtBot, relay: RelayThread, numbered_clients: Callable[[], None], data: st.DataObject
) -> None:
    edit_concurrently(qtbot, relay, numbered_clients, data, people=5)
