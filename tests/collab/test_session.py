"""Sessions through an in-process relay on 127.0.0.1: undo, going offline, hostile peers, tokens,
the host's save and the end of a session."""

import logging
from pathlib import Path

import pytest
from pycrdt import Doc, Map
from pytestqt.qtbot import QtBot
from websockets.exceptions import InvalidStatus
from websockets.sync.client import connect

from journeydesk.collab import mapping
from journeydesk.collab.invite import Invite
from journeydesk.collab.relay import RelayThread, new_token
from journeydesk.collab.session import HOST_ENDED, LiveSession
from journeydesk.document.commands import OperationsCommand
from journeydesk.document.edits import Edits
from journeydesk.document.objects import TYPES
from journeydesk.document.operations import SetFields
from journeydesk.io import load_project, save_project
from journeydesk.model.enums import CardKind
from journeydesk.templates import new_project
from tests.collab.conftest import LOOPBACK, WAIT_MS, Room, invite_to
from tests.collab.peers import BarePeer


def set_title(document, journey_id: str, card_id: str, title: str) -> None:
    """An edit as the inspector makes it: one step on the undo stack."""
    operation = SetFields("card", journey_id, card_id, {"title": title})
    document.undo_stack.push(OperationsCommand(document, [operation], "Edit Title"))


def test_undo_takes_back_only_my_own_step_and_leaves_yours(qtbot: QtBot, relay: RelayThread, room: Room) -> None:
    host = room.host(new_project("sample"), team_relay=invite_to(relay))
    mine = room.documents[0]
    yours = room.join(host.invite)
    journey = mine.project.journeys[0]
    first, second = journey.cards[0], journey.cards[1]
    set_title(mine, journey.id, first.id, "Mine")
    set_title(yours, journey.id, second.id, "Yours")  # at the same time, before either hears of the other
    room.wait_converged()
    assert mine.index(journey.id).card(second.id).title == "Yours"
    assert mine.undo_stack.count() == 1 and yours.undo_stack.count() == 1  # a remote step is never on my stack
    mine.undo_stack.undo()
    room.wait_converged()
    for document in (mine, yours):
        assert document.index(journey.id).card(first.id).title == first.title
        assert document.index(journey.id).card(second.id).title == "Yours"
    assert yours.undo_stack.canUndo() and yours.undo_stack.undoText() == "Edit Title"


def test_edits_made_on_both_sides_while_the_relay_is_gone_merge_when_it_is_back(
    qtbot: QtBot, tmp_path: Path, room: Room
) -> None:
    token = new_token()
    relay = RelayThread(token, LOOPBACK, 0, store_dir=tmp_path)
    port = relay.start()
    invite = Invite(LOOPBACK, port, "offline-test", token)
    host = room.host(new_project("sample"), team_relay=invite)
    ours = room.documents[0]
    theirs = room.join(host.invite)
    participant = room.sessions[1]
    relay.stop()
    qtbot.waitUntil(lambda: host.phase == "reconnecting" and participant.phase == "reconnecting", timeout=WAIT_MS)
    journey = ours.project.journeys[0]
    stage, lane = journey.stages[0].id, journey.lanes[0].id
    ours_id = Edits(ours).add_card(journey.id, CardKind.NOTE, stage, lane, None, "Written offline here")
    theirs_id = Edits(theirs).add_card(journey.id, CardKind.PAIN_POINT, stage, lane, None, "Written offline there")
    assert theirs_id not in ours.index(journey.id)
    again = RelayThread(token, LOOPBACK, port, store_dir=tmp_path)
    again.start()
    try:
        qtbot.waitUntil(lambda: host.phase == "live" and participant.phase == "live", timeout=WAIT_MS)
        room.wait_converged()
        for document in (ours, theirs):
            titles = {card.title for card in document.index(journey.id).cards_in((stage, lane))}
            assert {"Written offline here", "Written offline there"} <= titles
        assert ours_id in theirs.index(journey.id) and theirs_id in ours.index(journey.id)
    finally:
        room.leave()
        again.stop()


def test_an_invalid_remote_update_is_refused_and_logged_and_the_host_puts_it_right(
    qtbot: QtBot, relay: RelayThread, room: Room, caplog: pytest.LogCaptureFixture
) -> None:
    host = room.host(new_project("sample"), team_relay=invite_to(relay))
    ours = room.documents[0]
    theirs = room.join(host.invite)
    journey = ours.project.journeys[0]
    pain = next(journey.pain_points())
    before = ours.project.model_copy(deep=True)
    refused: list[str] = []
    host.refused.connect(refused.append)
    with connect(host.invite.url) as socket:
        hostile = BarePeer(socket)
        with caplog.at_level(logging.WARNING, logger="journeydesk.collab.session"):
            hostile.send_change(lambda doc: _card(doc, journey.id, pain.id).__setitem__("severity", "catastrophic"))
            qtbot.waitUntil(lambda: bool(refused), timeout=WAIT_MS)
        assert ours.project == before and theirs.project == before
        assert not ours.is_modified
        assert "severity" in refused[0] and "refused an update" in caplog.text
        hostile.receive_until(lambda doc: _card(doc, journey.id, pain.id)["severity"] == pain.severity)  # healed
        set_title(theirs, journey.id, pain.id, "Still working")  # the room goes on
        room.wait_converged()
        assert ours.index(journey.id).card(pain.id).title == "Still working"


def test_malformed_messages_cannot_crash_a_session_or_change_the_map(
    qtbot: QtBot, relay: RelayThread, room: Room
) -> None:
    host = room.host(new_project("sample"), team_relay=invite_to(relay))
    ours = room.documents[0]
    theirs = room.join(host.invite)
    before = ours.project.model_copy(deep=True)
    with connect(host.invite.url) as socket:
        hostile = BarePeer(socket)
        for garbage in (
            b"\x00\x02\x05\xff\xff\xff\x00\x01",  # an update Yjs cannot decode
            b"\x00\x02\xff\xff\xff\xff\x0f",  # a length past the end
            b"\x01\x05\x01\x07\x01\x03{no",  # presence that is not JSON
            b"\x00\x09",  # a sync message of no known kind
        ):
            hostile.socket.send(garbage)
        hostile.send_change(lambda doc: doc.get("journeys", type=Map).__setitem__("not-a-journey", "text"))
        journey = ours.project.journeys[0]
        set_title(theirs, journey.id, journey.cards[0].id, "After the noise")
        qtbot.waitUntil(lambda: ours.index(journey.id).card(journey.cards[0].id).title == "After the noise")
        room.wait_converged()
        assert ours.project.model_copy(update={"journeys": before.journeys}) == before
        assert host.phase == "live"


def test_without_the_token_there_is_no_session(qtbot: QtBot, relay: RelayThread, room: Room) -> None:
    host = room.host(new_project("sample"), team_relay=invite_to(relay))
    for url in (host.invite.url.split("?")[0], host.invite.url.replace(relay.app.token, "guessed")):
        with pytest.raises(InvalidStatus) as refused:
            connect(url)
        assert refused.value.response.status_code == 403
    stranger = LiveSession.join(Invite(LOOPBACK, relay.port, host.invite.room, "wrong-token"), "Eve")
    ended: list[str] = []
    arrived: list[object] = []
    stranger.ended.connect(ended.append)
    stranger.map_arrived.connect(arrived.append)
    qtbot.waitUntil(lambda: bool(ended), timeout=WAIT_MS)
    assert "token" in ended[0] and not arrived
    assert [person.name for person in host.participants()] == ["Ana"]


def test_the_hosts_save_writes_what_everyone_sees(qtbot: QtBot, relay: RelayThread, room: Room, tmp_path: Path) -> None:
    host = room.host(new_project("sample"), team_relay=invite_to(relay))
    ours = room.documents[0]
    theirs = room.join(host.invite)
    journey = theirs.project.journeys[0]
    stage, lane = journey.stages[2].id, journey.lanes[3].id
    Edits(theirs).add_card(journey.id, CardKind.NOTE, stage, lane, 0, "A thought from the room")
    set_title(ours, journey.id, journey.cards[0].id, "The host's wording")
    room.wait_converged()
    assert ours.is_modified  # the participant's card is an unsaved change of the host's file
    path = tmp_path / "workshop.journey"
    save_project(ours.project, path)
    assert load_project(path) == theirs.project


def test_when_the_host_ends_the_session_everyone_keeps_an_unsaved_copy(qtbot: QtBot, room: Room) -> None:
    host = room.host(new_project("sample"))  # its relay runs in the host's app
    theirs = room.join(host.invite)
    participant = room.sessions[1]
    ended: list[str] = []
    participant.ended.connect(ended.append)
    host.leave()
    qtbot.waitUntil(lambda: bool(ended), timeout=WAIT_MS)
    assert ended[0] == HOST_ENDED
    assert participant.phase == "ended"
    assert theirs.is_modified and theirs.path is None
    assert theirs.project == room.documents[0].project


def test_a_relay_with_a_store_keeps_its_rooms_across_a_restart(qtbot: QtBot, tmp_path: Path, room: Room) -> None:
    token = new_token()
    first = RelayThread(token, LOOPBACK, 0, store_dir=tmp_path)
    port = first.start()
    host = room.host(new_project("sample"), team_relay=Invite(LOOPBACK, port, "kept", token))
    room.join(host.invite)  # the room has the map
    room.leave()
    first.stop()
    assert (tmp_path / "rooms.sqlite").exists()
    second = RelayThread(token, LOOPBACK, port, store_dir=tmp_path)
    second.start()
    try:
        later = room.join(host.invite, "Late")
        assert later.project == room.documents[0].project == room.documents[1].project
    finally:
        room.leave()
        second.stop()


def _card(doc: Doc, journey_id: str, card_id: str) -> Map:
    found = mapping.object_map(doc, TYPES["card"], journey_id, card_id)
    assert found is not None
    return found


def test_a_host_ending_a_session_on_a_team_relay_ends_it_for_everyone(
    qtbot: QtBot, relay: RelayThread, room: Room
) -> None:
    host = room.host(new_project("sample"), team_relay=invite_to(relay))
    theirs = room.join(host.invite)
    participant = room.sessions[1]
    ended: list[str] = []
    participant.ended.connect(ended.append)
    host.leave()  # the relay stays up: the host's last word travels as its presence
    qtbot.waitUntil(lambda: bool(ended), timeout=WAIT_MS)
    assert ended == [HOST_ENDED] and theirs.is_modified


def test_a_comment_and_replies_from_both_sides_travel_in_a_live_session(
    qtbot: QtBot, relay: RelayThread, room: Room
) -> None:
    host = room.host(new_project("sample"), team_relay=invite_to(relay))
    mine = room.documents[0]
    yours = room.join(host.invite)
    journey = mine.project.journeys[0]
    pain = next(journey.pain_points())
    thread_id = Edits(mine).add_comment(journey.id, pain.id, "Ana", "Is this the worst? @Ben")
    room.wait_converged()
    (arrived,) = yours.journey(journey.id).comments
    assert (arrived.id, arrived.target, arrived.text) == (thread_id, pain.id, "Is this the worst? @Ben")
    Edits(yours).reply(journey.id, thread_id, "Ben", "Yes")
    Edits(mine).reply(journey.id, thread_id, "Ana", "Thought so")  # at the same time
    room.wait_converged()
    for document in (mine, yours):
        replies = document.journey(journey.id).comments[0].replies
        assert sorted(reply.text for reply in replies) == ["Thought so", "Yes"]
    Edits(yours).set_resolved(journey.id, thread_id)
    room.wait_converged()
    assert mine.journey(journey.id).comments[0].resolved
    Edits(mine).delete_cards(journey.id, [pain.id])
    room.wait_converged()
    assert yours.journey(journey.id).comments == []
