"""A live session: a :class:`JourneyDocument` shared with everyone in a relay's room.

Local steps of the document are written into the replica's Doc as they complete (see
:mod:`~journeydesk.collab.mirror`) and go out as Yjs updates; remote updates are reconciled into
operations applied through the document (see :mod:`~journeydesk.collab.reconcile`), announced like
any change and never put on the undo stack, so Undo takes back only one's own steps. Presence
(name, colour, selection, who hosts) travels as Yjs awareness.

The host seeds the room with the open map, runs the relay in the app (unless a team relay is
named), keeps saving the file, and heals the room when it refuses an update. A participant gets the
map from the room and edits a copy that is theirs to keep when the session ends.
"""

import logging
import time
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface

from journeydesk.collab import mapping, mirror
from journeydesk.collab.invite import Invite, new_room
from journeydesk.collab.link import Link
from journeydesk.collab.mapping import Key
from journeydesk.collab.reconcile import reconcile
from journeydesk.collab.relay import DEFAULT_PORT, RelayError, RelayThread, new_token
from journeydesk.collab.replica import LOCAL, ProtocolError, Replica
from journeydesk.collab.view import DocView, NoMapYetError, SessionMapError
from journeydesk.document import ChangeSet, JourneyDocument

log = logging.getLogger(__name__)

# Strong enough to outline a card of any kind (notes are pale yellow, pain points pale red)
COLOURS = ("#e0457b", "#2f9e73", "#3b82d6", "#9a5ad6", "#e8871e", "#14a3b8", "#c2410c", "#4d7c0f")
TICK_MS = 3000
JOIN_TIMEOUT_MS = 30_000
QUIET_AFTER_JOINING_S = 2.0
LISTEN_ON = "0.0.0.0"  # where a relay in the app listens: every address, so the LAN
HOST_ENDED = "The host ended the live session."


class Phase(StrEnum):
    CONNECTING = "connecting"  # a participant waiting for the map
    LIVE = "live"
    RECONNECTING = "reconnecting"  # the connection dropped: editing goes on locally
    ENDED = "ended"


@dataclass(frozen=True)
class Participant:
    client_id: int
    name: str
    colour: str
    host: bool
    journey_id: str | None
    selection: tuple[str, ...]  # the cards they have selected
    you: bool = False


class LiveSession(QObject):
    phase_changed = Signal(str)  # Phase
    participants_changed = Signal()
    joined = Signal(str)  # a name
    left = Signal(str)
    map_arrived = Signal(object)  # JourneyDocument: a participant's copy, once the room's map is here
    ended = Signal(str)  # why; the document stays open, unsaved
    refused = Signal(str)  # a remote update not taken (logged too)
    connection_lost = Signal(str)  # why; reconnecting

    def __init__(self, invite: Invite, name: str, colour: str, hosting: bool, relay: RelayThread | None = None) -> None:
        super().__init__()
        self.invite = invite  # what others join with
        self.name, self.colour, self.hosting = name, colour, hosting
        self.relay = relay
        self.document: JourneyDocument | None = None
        self.phase = Phase.CONNECTING
        self.replica = Replica(self._send, self._presence_changed)
        self._unsettled: set[Key] = set()
        self._waiting: dict[str, set[Key]] = {}  # objects shown repaired, by the id they wait for
        self._applying_remote = False
        self._known: dict[int, str] = {}  # the others as last seen: client id -> name
        self._quiet_until = 0.0
        self.link = Link((invite.at("127.0.0.1") if relay is not None else invite).url, self)
        self.link.connected.connect(self._connected)
        self.link.received.connect(self._received)
        self.link.lost.connect(self._lost)
        self.link.refused.connect(lambda why: self._end(f"Could not join: {why}."))
        self.link.ended.connect(lambda why: self._end(why or HOST_ENDED))
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self._tick)
        self.replica.set_presence(user={"name": name, "color": colour}, host=hosting, selection=None)

    # Starting

    @property
    def is_over(self) -> bool:
        """Ended: by leaving, by the host, or by a lost relay."""
        return self.phase is Phase.ENDED

    @classmethod
    def host(
        cls,
        document: JourneyDocument,
        name: str,
        colour: str = COLOURS[0],
        team_relay: Invite | None = None,
    ) -> "LiveSession":
        """Share ``document``: on a relay started here (listening on :data:`LISTEN_ON`), or in a new
        room of a team relay. Raises :class:`RelayError` when the relay cannot start."""
        relay = None
        if team_relay is None:
            token = new_token()
            relay = _start_relay(token, LISTEN_ON)
            address = lan_address() if LISTEN_ON == "0.0.0.0" else LISTEN_ON
            invite = Invite(address, relay.port, new_room(), token)
        else:
            invite = Invite(team_relay.host, team_relay.port, new_room(), team_relay.token, team_relay.scheme)
        session = cls(invite, name, colour, hosting=True, relay=relay)
        mapping.seed(session.replica.doc, document.project, LOCAL)
        session.bind(document)
        session._set_phase(Phase.CONNECTING)
        session.link.open()
        session._ticker.start()
        return session

    @classmethod
    def join(cls, invite: Invite, name: str, colour: str = COLOURS[1]) -> "LiveSession":
        """Join the room of ``invite``; :attr:`map_arrived` brings the map."""
        session = cls(invite, name, colour, hosting=False)
        session.link.open()
        session._ticker.start()
        QTimer.singleShot(JOIN_TIMEOUT_MS, session._give_up_waiting)
        return session

    def _give_up_waiting(self) -> None:
        if self.document is None and self.phase is Phase.CONNECTING:
            self._end("Could not join: the session has shared no map.")

    def bind(self, document: JourneyDocument) -> None:
        self.document = document
        document.changed.connect(self._local_change)
        document.destroyed.connect(self._document_gone)

    # Leaving

    def leave(self) -> None:
        """Leave (a participant) or end the session for everyone (the host); the map stays open."""
        if self.phase is Phase.ENDED:
            return
        if self.hosting:
            self.replica.set_presence(ended=True)
        else:
            self.replica.leave()
        self._stop()
        self._set_phase(Phase.ENDED)

    def _end(self, why: str) -> None:
        if self.phase is Phase.ENDED:
            return
        self._stop()
        self._set_phase(Phase.ENDED)
        self.ended.emit(why)

    def _stop(self) -> None:
        self._ticker.stop()
        self.link.close()
        if self.relay is not None:
            self.relay.stop(HOST_ENDED)
            self.relay = None
        if self.document is not None:
            self.document.changed.disconnect(self._local_change)
            self.document.destroyed.disconnect(self._document_gone)

    def _document_gone(self) -> None:
        self.document = None
        self.leave()

    # Presence

    def participants(self) -> list[Participant]:
        """Everyone in the session, you first, then by name."""
        you = _participant(self.replica.client_id, self.replica.awareness.get_local_state() or {}, you=True)
        others = [_participant(client, state) for client, state in self.replica.peers().items()]
        found = sorted((item for item in others if item is not None), key=lambda item: item.name.lower())
        return [you, *found] if you is not None else found

    def set_selection(self, journey_id: str, card_ids: list[str]) -> None:
        self.replica.set_presence(selection={"journey": journey_id, "cards": card_ids[:500]} if card_ids else None)

    def _presence_changed(self) -> None:
        others = {item.client_id: item for item in self.participants() if not item.you}
        if self.phase is not Phase.RECONNECTING:  # while cut off, nobody came or went as far as we know
            if self.phase is Phase.LIVE and time.monotonic() >= self._quiet_until:
                for client, item in others.items():
                    if client not in self._known:
                        self.joined.emit(item.name)
                for client, name in self._known.items():
                    if client not in others:
                        self.left.emit(name)
            self._known = {client: item.name for client, item in others.items()}
        self.participants_changed.emit()
        if not self.hosting and any(
            state.get("host") and state.get("ended") for state in self.replica.peers().values()
        ):
            self._end(HOST_ENDED)

    # The connection

    def _send(self, message: bytes) -> None:
        self.link.send(message)

    def _connected(self) -> None:
        self.replica.start()
        if self.document is not None:
            self._set_phase(Phase.LIVE)

    def _lost(self, why: str) -> None:
        if self.phase is Phase.ENDED:
            return
        if self.document is None:
            self._end(f"Could not join: {why}.")
            return
        self._set_phase(Phase.RECONNECTING)
        self.replica.forget_peers()
        self.connection_lost.emit(why)

    def _received(self, message: bytes) -> None:
        if self.phase is Phase.ENDED:
            return
        try:
            keys = self.replica.receive(message)
        except ProtocolError as exc:
            log.warning("live session: %s", exc)
            self.refused.emit(str(exc))
            return
        if self.document is None:
            if self.replica.synced:
                self._map_arrived()
            return
        if keys:
            self._reconcile(keys)

    def _map_arrived(self) -> None:
        view = DocView(self.replica.doc)
        try:
            project = view.project()
        except NoMapYetError:
            return  # the host's map is on its way
        except SessionMapError as exc:
            self._end(f"Could not join: {exc}.")
            return
        self._waiting = view.waiting
        document = JourneyDocument(project)
        document.mark_unsaved()  # a copy nobody has saved
        self._quiet_until = time.monotonic() + QUIET_AFTER_JOINING_S  # who is there already did not "join"
        self.bind(document)
        self._set_phase(Phase.LIVE)
        self.map_arrived.emit(document)

    def _reconcile(self, keys: set[Key]) -> None:
        document = self.document
        assert document is not None
        self._applying_remote = True
        try:
            with document.batch():
                view = DocView(self.replica.doc)
                result = reconcile(document.state, view, keys, self._unsettled, document.apply, self._waiting)
        finally:
            self._applying_remote = False
        self._unsettled, self._waiting = result.unsettled, result.waiting
        if result.operations:
            document.mark_unsaved()
        if result.refused or result.failure:
            why = result.failure or "; ".join(f"{item.key[0]} {item.key[2]}: {item.reason}" for item in result.refused)
            log.warning("live session: refused an update: %s", why)
            self.refused.emit(why)
            if self.hosting:  # the host decides: everyone gets its version back
                keys_back = {item.key for item in result.refused} | (keys if result.failure else set())
                mirror.heal(self.replica.doc, document.state, keys_back, LOCAL)
                self._unsettled -= keys_back

    def _local_change(self, changes: ChangeSet) -> None:
        if not self._applying_remote and self.document is not None:
            mirror.mirror(self.replica.doc, self.document.state, changes, LOCAL)

    def _tick(self) -> None:
        self.replica.tick()
        if self.phase is Phase.LIVE:
            self.replica.resync()

    def _set_phase(self, phase: Phase) -> None:
        if phase is not self.phase:
            self.phase = phase
            self.phase_changed.emit(phase.value)


def _participant(client: int, state: dict[str, Any], you: bool = False) -> Participant | None:
    user = state.get("user")
    if not isinstance(user, dict):
        return None
    found_selection = state.get("selection")
    selection: dict[str, Any] = found_selection if isinstance(found_selection, dict) else {}
    found_cards = selection.get("cards")
    cards: list[Any] = found_cards if isinstance(found_cards, list) else []
    colour = str(user.get("color", ""))
    return Participant(
        client,
        str(user.get("name") or "Someone")[:60],
        colour if _is_colour(colour) else COLOURS[client % len(COLOURS)],
        bool(state.get("host")),
        str(selection["journey"]) if isinstance(selection.get("journey"), str) else None,
        tuple(str(card) for card in cards[:500]),
        you,
    )


def _is_colour(text: str) -> bool:
    return len(text) == 7 and text.startswith("#") and all(char in "0123456789abcdefABCDEF" for char in text[1:])


def _start_relay(token: str, listen: str) -> RelayThread:
    """A relay on the usual port, or on any free one when that is taken."""
    try:
        relay = RelayThread(token, listen, DEFAULT_PORT)
        relay.start()
        return relay
    except RelayError:
        relay = RelayThread(token, listen, 0)
        relay.start()
        return relay


def lan_address() -> str:
    """This computer's address on the local network (IPv4, not loopback), or its name."""
    for address in QNetworkInterface.allAddresses():
        if address.protocol() is QAbstractSocket.NetworkLayerProtocol.IPv4Protocol and not address.isLoopback():
            return address.toString()
    return "127.0.0.1"
