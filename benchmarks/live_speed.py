"""Live sessions on loopback: a remote edit applied and painted, and joining a large session,
each against raw pycrdt doing the same sync through the same relay.

    python benchmarks/live_speed.py [--edit-cards 1000] [--join-cards 10000] [--runs 20]

- **Remote edit** (target: under 50 ms on a 1,000-card map): a card's title changed in the host's
  document, until the participant's window has applied it and painted its map again. Raw: a
  pycrdt Doc holding the same map changes the same title; another, synced through the relay, has
  the new text.
- **Join** (target: under 2 s on a 10,000-card map): from Join until the participant's window shows
  the map and has painted it. Raw: an empty pycrdt Doc connects to the room and applies its content.

Everything runs in this process on 127.0.0.1: the relay in its thread, the host and the
participant in Qt's loop, each connection in its own thread.
"""

import argparse
import asyncio
import contextlib
import os
import statistics
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_journey import make_project
from pycrdt import Doc, Map, Text, create_sync_message, create_update_message, handle_sync_message
from PySide6.QtWidgets import QApplication
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

from journeydesk.collab import mapping
from journeydesk.collab.invite import Invite
from journeydesk.collab.relay import MAX_MESSAGE_BYTES, RelayThread, new_token
from journeydesk.collab.session import LiveSession
from journeydesk.document import JourneyDocument
from journeydesk.document.objects import TYPES
from journeydesk.document.operations import SetFields
from journeydesk.model.project import Project
from journeydesk.ui.main_window import MainWindow
from journeydesk.ui.settings import AppSettings

LOOPBACK = "127.0.0.1"
EDIT_TARGET_MS = 50.0
JOIN_TARGET_S = 2.0


def wait_for(app: QApplication, done: Callable[[], bool], timeout: float = 30.0) -> None:
    end = time.perf_counter() + timeout
    while not done():
        app.processEvents()
        if time.perf_counter() > end:
            raise TimeoutError("the session did not get there in time")


def window_for(document: JourneyDocument) -> MainWindow:
    window = MainWindow(document, AppSettings())
    window.resize(1600, 1000)
    window.show()
    return window


def team_relay(relay: RelayThread) -> Invite:
    return Invite(LOOPBACK, relay.port, "", relay.app.token)


def close(window: MainWindow) -> None:
    window.document.undo_stack.setClean()  # a participant's copy: nothing to ask about here
    window.close()


# JourneyDesk


def journeydesk_edit(app: QApplication, relay: RelayThread, project: Project, runs: int) -> list[float]:
    """Milliseconds from a title changed on the host to the participant's map painted with it."""
    host = LiveSession.host(JourneyDocument(project), "Host", team_relay=team_relay(relay))
    guest = LiveSession.join(host.invite, "Guest")
    arrived: list[JourneyDocument] = []
    guest.map_arrived.connect(arrived.append)
    wait_for(app, lambda: bool(arrived))
    window = window_for(arrived[0])
    journey = project.journeys[0]
    card = next(card for card in journey.cards if window.scene.card_items.get(card.id) is not None)
    window.scene.select_cards([card.id])  # in sight
    item = window.scene.card_items[card.id]
    times = []
    for number in range(runs):
        title = f"Edited remotely {number}"
        start = time.perf_counter()
        host.document.apply(SetFields("card", journey.id, card.id, {"title": title}))
        wait_for(app, lambda t=title: item.card.title == t)
        window.view.viewport().repaint()
        times.append((time.perf_counter() - start) * 1000)
    guest.leave()
    host.leave()
    close(window)
    return times


def journeydesk_join(app: QApplication, relay: RelayThread, project: Project, runs: int) -> list[float]:
    """Seconds from Join to the participant's window showing the map, painted."""
    host = LiveSession.host(JourneyDocument(project), "Host", team_relay=team_relay(relay))
    warm = LiveSession.join(host.invite, "Warm-up")  # the room has the map before anyone is timed
    warm_arrived: list[JourneyDocument] = []
    warm.map_arrived.connect(warm_arrived.append)
    wait_for(app, lambda: bool(warm_arrived))
    warm.leave()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        guest = LiveSession.join(host.invite, "Guest")
        arrived: list[JourneyDocument] = []
        guest.map_arrived.connect(arrived.append)
        wait_for(app, lambda arrived=arrived: bool(arrived))
        window = window_for(arrived[0])
        window.view.viewport().repaint()
        times.append(time.perf_counter() - start)
        guest.leave()
        close(window)
        app.processEvents()
    host.leave()
    return times


# Raw pycrdt: the same syncs, by hand


class RawPeer:
    """A pycrdt Doc synced with a room by the y-websocket messages, in an asyncio loop of its own."""

    def __init__(self, url: str, doc: Doc) -> None:
        self.url, self.doc = url, doc
        self.synced = threading.Event()
        self.loop = asyncio.new_event_loop()
        self.lock = threading.Lock()  # the Doc is used from this loop's thread only, under the lock
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        self.socket = asyncio.run_coroutine_threadsafe(self._connect(), self.loop).result(30)

    async def _connect(self) -> ClientConnection:
        socket = await connect(self.url, max_size=MAX_MESSAGE_BYTES)
        await socket.send(create_sync_message(self.doc))
        self.loop.create_task(self._receive(socket))
        return socket

    async def _receive(self, socket: ClientConnection) -> None:
        with contextlib.suppress(ConnectionClosed):  # closed at the end of a run
            await self._receive_all(socket)

    async def _receive_all(self, socket: ClientConnection) -> None:
        async for message in socket:
            if message[0] != 0:
                continue
            with self.lock:
                reply = handle_sync_message(message[1:], self.doc)
            if reply is not None:
                await socket.send(reply)
            if message[1] == 1:
                self.synced.set()

    def change(self, change: Callable[[Doc], None]) -> None:
        def run() -> None:
            with self.lock:
                before = self.doc.get_state()
                change(self.doc)
                update = self.doc.get_update(before)
            self.loop.create_task(self.socket.send(create_update_message(update)))

        self.loop.call_soon_threadsafe(run)

    def read(self, read: Callable[[Doc], object]) -> object:
        async def run() -> object:
            with self.lock:
                return read(self.doc)

        return asyncio.run_coroutine_threadsafe(run(), self.loop).result(10)

    def close(self) -> None:
        asyncio.run_coroutine_threadsafe(self.socket.close(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)


def seeded(project: Project) -> Doc:
    doc = Doc()
    mapping.seed(doc, project, "raw")
    return doc


def title_of(journey_id: str, card_id: str) -> Callable[[Doc], object]:
    def read(doc: Doc) -> object:
        card = mapping.object_map(doc, TYPES["card"], journey_id, card_id)
        return str(card["title"]) if card is not None else None

    return read


def room_url(relay: RelayThread, room: str) -> str:
    return Invite(LOOPBACK, relay.port, room, relay.app.token).url


def has_map(doc: Doc) -> bool:
    return len(doc.get("journeys", type=Map)) > 0


def raw_edit(relay: RelayThread, project: Project, runs: int) -> list[float]:
    url = room_url(relay, "raw-edit")
    writer = RawPeer(url, seeded(project))
    reader = RawPeer(url, Doc())
    reader.synced.wait(30)
    journey, card = project.journeys[0], project.journeys[0].cards[0]
    times = []
    for number in range(runs):
        title = f"Edited remotely {number}"

        def change(doc: Doc, title: str = title) -> None:
            text = mapping.object_map(doc, TYPES["card"], journey.id, card.id)["title"]  # type: ignore[index]  # the card was just written
            assert isinstance(text, Text)
            mapping.splice(text, str(text), title)

        start = time.perf_counter()
        writer.change(change)
        while reader.read(title_of(journey.id, card.id)) != title:
            time.sleep(0.0002)
        times.append((time.perf_counter() - start) * 1000)
    writer.close()
    reader.close()
    return times


def raw_join(relay: RelayThread, project: Project, runs: int) -> list[float]:
    url = room_url(relay, "raw-join")
    owner = RawPeer(url, seeded(project))
    warm = RawPeer(url, Doc())
    while not warm.read(has_map):  # until the room holds the map
        time.sleep(0.01)
    warm.close()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        peer = RawPeer(url, Doc())
        peer.synced.wait(60)
        assert peer.read(has_map)
        times.append(time.perf_counter() - start)
        peer.close()
    owner.close()
    return times


# The table


def report(name: str, ours: list[float], raw: list[float], unit: str, target: float) -> None:
    mine, base = statistics.median(ours), statistics.median(raw)
    verdict = "met" if mine <= target else "NOT met"
    print(f"{name}")
    print(f"  JourneyDesk median {mine:.1f} {unit} (max {max(ours):.1f}), raw pycrdt, same sync: {base:.1f} {unit}")
    print(f"  ratio {mine / base:.2f}; target under {target:g} {unit}: {verdict}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edit-cards", type=int, default=1000)
    parser.add_argument("--join-cards", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=20, help="edits timed (joins: a fifth as many, at least 2)")
    options = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    relay = RelayThread(new_token(), LOOPBACK, 0)
    relay.start()
    try:
        small = make_project(options.edit_cards, 8, 1)
        report(
            f"remote edit applied and painted, {options.edit_cards:,} cards",
            journeydesk_edit(app, relay, small, options.runs),
            raw_edit(relay, small, options.runs),
            "ms",
            EDIT_TARGET_MS,
        )
        large = make_project(options.join_cards, 8, 1)
        joins = max(2, options.runs // 5)
        report(
            f"joining a session, {options.join_cards:,} cards, to the map painted",
            journeydesk_join(app, relay, large, joins),
            raw_join(relay, large, joins),
            "s",
            JOIN_TARGET_S,
        )
    finally:
        relay.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
