"""One peer of a session: its Doc, its awareness, and the y-websocket messages in and out.

The messages are the standard y-websocket protocol (y-protocols' sync and awareness, as pycrdt
writes and reads them), so any Yjs relay carries them: on connecting each side sends its state
vector (sync step 1) and answers the other's with what it lacks (step 2); afterwards every local
transaction goes out as an update, and presence (name, colour, selection) as awareness updates.

The replica knows no project: it tells whoever drives it which objects a remote update touched
(see :mod:`journeydesk.collab.reconcile`) and sends whatever local transaction the Doc sees.
Anything malformed from the network raises :class:`ProtocolError` with nothing applied.
"""

import logging
import time
from collections.abc import Callable
from functools import partial
from typing import Any

from pycrdt import (
    Awareness,
    Doc,
    Map,
    TransactionEvent,
    YMessageType,
    YSyncMessageType,
    create_awareness_message,
    create_sync_message,
    create_update_message,
    handle_sync_message,
    read_message,
)

from journeydesk.collab.mapping import Key
from journeydesk.collab.reconcile import Event, touched

log = logging.getLogger(__name__)

LOCAL = "journeydesk-local"  # the origin of this peer's own transactions
OBSERVED = ("project", "personas", "journeys", "conflicts")
MAX_MESSAGE_BYTES = 64 * 1024 * 1024
PRESENCE_RENEW_MS = 15_000  # tell the others we are still here this often...
PRESENCE_TIMEOUT_MS = 30_000  # ...and forget a peer not heard of for this long, as Yjs does


class ProtocolError(ValueError):
    """A message that is not y-websocket, or an update Yjs cannot decode; nothing was applied."""


class Replica:
    def __init__(
        self, send: Callable[[bytes], None], on_presence: Callable[[], None] | None = None, client_id: int | None = None
    ) -> None:
        self.doc: Doc[Any] = Doc(client_id=client_id)
        self.awareness = Awareness(self.doc)
        self.synced = False  # the first answer to our state vector has arrived
        self._send = send
        self._on_presence = on_presence
        self._receiving: set[Key] | None = None  # objects touched by the remote update being applied
        # pycrdt ends an observation when its subscription is collected: they are kept here
        self._subscriptions = [self.doc.observe(self._transaction_done)] + [
            self.doc.get(root, type=Map).observe_deep(partial(self._events, root)) for root in OBSERVED
        ]
        self.awareness.observe(self._awareness_changed)

    @property
    def client_id(self) -> int:
        return self.doc.client_id

    # The connection

    def start(self) -> None:
        """A connection was made: offer our state (the relay answers with what we lack, and asks for
        what it lacks), and our presence."""
        self.resync()
        self._send_presence()

    def resync(self) -> None:
        """Offer our state vector again: the relay answers with whatever we still lack, so an update
        lost on the way arrives after all (y-websocket clients do this at an interval too)."""
        self._send(create_sync_message(self.doc))

    def receive(self, message: bytes) -> set[Key] | None:
        """Handle one message from the relay. Returns the objects a remote update touched, or None
        when it was no update. Raises :class:`ProtocolError`."""
        if len(message) > MAX_MESSAGE_BYTES:
            raise ProtocolError(f"a message of {len(message) // (1024 * 1024)} MB is more than a map can need")
        try:
            if message[0] == YMessageType.AWARENESS:
                self.awareness.apply_awareness_update(read_message(message[1:]), "remote")
                return None
            if message[0] != YMessageType.SYNC:
                return None  # another protocol's message (auth, queries): not for us
            if message[1] == YSyncMessageType.SYNC_STEP1:
                reply = handle_sync_message(message[1:], self.doc)
                if reply is not None:
                    self._send(reply)
                return None
            if message[1] not in (YSyncMessageType.SYNC_STEP2, YSyncMessageType.SYNC_UPDATE):
                raise ProtocolError(f"unknown sync message {message[1]}")
            keys = self._apply(read_message(message[2:]))
            if message[1] == YSyncMessageType.SYNC_STEP2:
                self.synced = True
            return keys
        except ProtocolError:
            raise
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as exc:  # pycrdt reports a damaged update as a Rust panic too
            raise ProtocolError(f"a malformed message: {exc}") from None

    def _apply(self, update: bytes) -> set[Key]:
        self._receiving = set()
        try:
            if update != b"\x00\x00":  # an empty update
                self.doc.apply_update(update)
            return self._receiving
        finally:
            self._receiving = None

    def _events(self, root: str, events: list[Event]) -> None:
        if self._receiving is not None:
            self._receiving.update(touched(root, events))

    def _transaction_done(self, event: TransactionEvent) -> None:
        if self._receiving is None:  # ours: everyone else needs it; a remote one they have
            self._send(create_update_message(event.update))

    # Presence

    def set_presence(self, **fields: Any) -> None:
        """Change fields of our presence (``user``: name and colour, ``selection``, ``host``...)."""
        state = dict(self.awareness.get_local_state() or {})
        state.update(fields)
        self.awareness.set_local_state(state)

    def peers(self) -> dict[int, dict[str, Any]]:
        """The presence of everyone else in the session, by Yjs client id."""
        return {
            client: state
            for client, state in self.awareness.states.items()
            if client != self.client_id and isinstance(state, dict)
        }

    def tick(self) -> None:
        """Renew our presence, and forget peers not heard of for a while (call every few seconds)."""
        now = int(time.time() * 1000)
        meta = self.awareness.meta.get(self.client_id)
        if meta is not None and now - meta["lastUpdated"] >= PRESENCE_RENEW_MS:
            self.awareness.set_local_state(self.awareness.get_local_state())
        gone = [
            client
            for client, meta in self.awareness.meta.items()
            if client != self.client_id
            and client in self.awareness.states
            and now - meta["lastUpdated"] >= PRESENCE_TIMEOUT_MS
        ]
        if gone:
            self.awareness.remove_awareness_states(gone, "timeout")

    def forget_peers(self) -> None:
        """The connection is gone: nobody else's presence is known any more."""
        others = [client for client in self.awareness.states if client != self.client_id]
        if others:
            self.awareness.remove_awareness_states(others, "disconnected")

    def leave(self) -> None:
        """Tell the others we are leaving (a null presence, as y-websocket clients do)."""
        self.awareness.set_local_state(None)

    def _awareness_changed(self, topic: str, change: tuple[dict[str, list[int]], Any]) -> None:
        changes, origin = change
        if topic == "update" and origin == "local":
            self._send_presence()
        elif topic == "change":
            if origin == "remote" and changes.get("added"):
                self._send_presence()  # a newcomer hears of us now, not at our next renewal
            if self._on_presence is not None:
                self._on_presence()

    def _send_presence(self) -> None:
        update = self.awareness.encode_awareness_update([self.client_id])
        self._send(create_awareness_message(update))
