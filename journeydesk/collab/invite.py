"""Join links: the y-websocket address of a session's room, with the relay's token.

A link reads ``ws://192.168.1.20:8765/journeydesk-3k9x2m?token=...``: the relay's address, the
room, and the token. It is what a Yjs client connects to (``serverUrl`` + ``/`` + room, the token as
a parameter), so the same link serves JourneyDesk and any other Yjs client.
"""

import secrets
from dataclasses import dataclass
from urllib.parse import parse_qs, quote, urlsplit

from journeydesk.collab.relay import ROOM_NAME

SCHEMES = {"ws": "ws", "wss": "wss", "http": "ws", "https": "wss"}


class InviteError(ValueError):
    """Text that is not a join link; the message says what is wrong with it."""


@dataclass(frozen=True)
class Invite:
    host: str
    port: int
    room: str
    token: str
    scheme: str = "ws"

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{self.scheme}://{host}:{self.port}/{self.room}?token={quote(self.token, safe='')}"

    def at(self, host: str) -> "Invite":
        """The same room reached at another address (the host's app connects over loopback)."""
        return Invite(host, self.port, self.room, self.token, self.scheme)


def new_room() -> str:
    return f"journeydesk-{secrets.token_hex(5)}"


def parse(text: str, room_required: bool = True) -> Invite:
    """The invite a pasted link describes; without ``room_required``, a team relay's address with its
    token (``ws://server:8765/?token=...``), whose room is then empty. Raises :class:`InviteError`."""
    text = text.strip()
    if not text:
        raise InviteError("paste the join link the host shared")
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise InviteError(f"this is not a join link: {exc}") from None
    scheme = SCHEMES.get(parts.scheme.lower())
    if scheme is None:
        raise InviteError("a join link starts with ws:// (for example ws://192.168.1.20:8765/…)")
    if not parts.hostname:
        raise InviteError("the link names no computer to connect to")
    room = parts.path.rstrip("/")
    if (room or room_required) and not ROOM_NAME.match(room):
        raise InviteError("the link names no session (the part after the address is missing or odd)")
    token = (parse_qs(parts.query).get("token") or [""])[0]
    if not token:
        raise InviteError("the link has no token: ask the host for the whole link")
    default_port = 443 if scheme == "wss" else 80
    return Invite(parts.hostname, port or default_port, room[1:], token, scheme)


def colour_for(name: str, palette: tuple[str, ...]) -> str:
    """A colour from ``palette`` that a name keeps from session to session."""
    return palette[sum(name.encode()) % len(palette)]
