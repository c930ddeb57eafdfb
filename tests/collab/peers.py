"""A bare Yjs peer on a raw websocket, for talking to relays without the app."""

import time
from collections.abc import Callable

from pycrdt import Doc, create_sync_message, create_update_message, read_message, write_var_uint
from websockets.sync.client import ClientConnection


class BarePeer:
    """Syncs a pycrdt Doc with a room over y-websocket, then sends whatever it is given."""

    def __init__(self, socket: ClientConnection, doc: Doc | None = None) -> None:
        self.socket = socket
        self.doc = doc or Doc()
        self.socket.send(create_sync_message(self.doc))
        while True:  # until the relay has answered our state vector with the room's content
            message = self.socket.recv(timeout=5)
            if isinstance(message, bytes) and message[:2] == b"\x00\x00":  # its state vector: send what it lacks
                state = read_message(message[2:])
                self.socket.send(b"\x00\x01" + _with_length(self.doc.get_update(state)))
            elif isinstance(message, bytes) and message[:2] == b"\x00\x01":
                self.doc.apply_update(read_message(message[2:]))
                break

    def send_change(self, change) -> None:
        before = self.doc.get_state()
        change(self.doc)
        self.socket.send(create_update_message(self.doc.get_update(before)))

    def receive_until(self, done: Callable[[Doc], bool], timeout: float = 10.0) -> None:
        """Take in what the room sends until ``done`` holds for our Doc (TimeoutError after ``timeout``)."""
        end = time.monotonic() + timeout
        while not done(self.doc):
            message = self.socket.recv(timeout=max(0.0, end - time.monotonic()))
            if isinstance(message, bytes) and message[0] == 0 and message[1] in (1, 2):
                self.doc.apply_update(read_message(message[2:]))


def _with_length(payload: bytes) -> bytes:
    return write_var_uint(len(payload)) + payload
