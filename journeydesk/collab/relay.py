"""The relay: pycrdt-websocket's y-websocket room server on hypercorn, behind a token.

Each room (the path of the websocket address, one per session) holds the Yjs document of one map
and passes every update and presence message on to everyone in it; it speaks the standard
y-websocket protocol, so any Yjs client can join. A connection must carry the relay's token
(``?token=...``) or it is refused before anything is read; a room name that is not a plain name is
refused the same way. With a store folder, every room's updates are kept in SQLite
(pycrdt-store), so a relay that restarts brings its rooms back as they were.

The app runs one in a thread of its own while a session is hosted (:class:`RelayThread`);
``journeydesk relay`` runs one in the foreground (:func:`run`).
"""

import asyncio
import contextlib
import hmac
import logging
import re
import secrets
import signal
import threading
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from hypercorn.asyncio.run import worker_serve
from hypercorn.config import Config
from hypercorn.utils import wrap_app
from pycrdt.store import SQLiteYStore, YDocNotFound
from pycrdt.websocket import ASGIServer, WebsocketServer, YRoom

log = logging.getLogger(__name__)

DEFAULT_PORT = 8765
ROOM_NAME = re.compile(r"^/[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$")
TOKEN_PATTERN = re.compile(r"^[A-Za-z0-9_.~-]{8,200}$")
MAX_MESSAGE_BYTES = 64 * 1024 * 1024  # a 10,000-card map is a few MB; a message of more is refused
ENDED_BY_HOST = 4000  # close code: the host ended the session (not a network fault)
STORE_FILE = "rooms.sqlite"


def new_token() -> str:
    """A random token for a relay (about 128 bits, safe in a URL)."""
    return secrets.token_urlsafe(16)


class RelayError(OSError):
    """The relay could not start (the port is taken, the address is not this machine's...)."""


class _Rooms(WebsocketServer):
    """The rooms, each made and started once however many clients arrive at the same moment (the
    room server would start a room twice when its first two clients come together), serving its
    first client only once it passes updates on (before that, what the first client sent reached
    nobody else), and filled from the SQLite store first when a store folder is given."""

    def __init__(self, store_dir: Path | None) -> None:
        super().__init__(rooms_ready=True, auto_clean_rooms=store_dir is None, exception_handler=_log_exception)
        self.store_dir = store_dir
        self._ready: dict[str, asyncio.Event] = {}

    async def get_room(self, name: str) -> YRoom:
        ready = self._ready.get(name)
        if ready is None:
            ready = self._ready[name] = asyncio.Event()
            store = None
            if self.store_dir is not None:
                store = SQLiteYStore(path=name, log=log)
                store.db_path = str(self.store_dir / STORE_FILE)
            room = YRoom(ready=store is None, ystore=store, exception_handler=_log_exception, log=log)
            self.rooms[name] = room
            await self.start_room(room)  # which starts its store
            if store is not None:
                await store.started.wait()
                try:
                    await store.apply_updates(room.ydoc)
                except YDocNotFound:
                    log.info("relay: new room %s", name)
                room.ready = True
            await room.ydoc_observed.wait()  # what the first client sends must go on to the others
            ready.set()
        await ready.wait()
        return self.rooms[name]

    async def delete_room(self, *, name: str | None = None, room: YRoom | None = None) -> None:
        name = name if name is not None else self.get_room_name(room)  # type: ignore[arg-type]  # the base class asks for one of the two
        self._ready.pop(name, None)
        await super().delete_room(name=name)

    async def persist(self) -> None:
        """Write each stored room's whole state once more: updates still being written when the relay
        stops are then kept as well."""
        for name, room in self.rooms.items():
            if room.ystore is not None:
                try:
                    await room.ystore.encode_state_as_update(room.ydoc)
                except Exception as exc:  # a full disk: said, and the relay still stops
                    log.warning("relay: could not keep room %s: %s", name, exc)


def _log_exception(exception: Exception, logger: logging.Logger) -> bool:
    """A client's fault ends that client's connection, never the relay."""
    logger.warning("relay: %s", exception)
    return True


class RelayApp:
    """The ASGI application: a token check in front of the room server, and the connections it has,
    so that the host can close them all with a reason."""

    def __init__(self, token: str, store_dir: Path | None = None) -> None:
        self.token = token
        self.rooms = _Rooms(store_dir)
        self._server = ASGIServer(self.rooms)
        self._connections: set[Callable[[dict[str, Any]], Awaitable[None]]] = set()

    def _refusal(self, scope: dict[str, Any]) -> str:
        """Why a connection is refused (no token or the wrong one, a room name that is not a plain
        name), or ""."""
        query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
        given = (query.get("token") or [""])[0]
        if not hmac.compare_digest(given.encode(), self.token.encode()):
            log.warning("relay: refused a connection from %s without the token", _client(scope))
            return "This relay needs its token: use the whole join link."
        if not ROOM_NAME.match(scope.get("path", "")):
            log.warning("relay: refused a connection to %r", scope.get("path", "")[:120])
            return "No such session on this relay."
        return ""

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "websocket":
            await self._server(scope, receive, send)
            return
        refusal = self._refusal(scope)
        if refusal:
            await _refuse(scope, receive, send, refusal)
            return
        self._connections.add(send)
        try:
            await self._server(scope, receive, send)
        finally:
            self._connections.discard(send)

    async def close_all(self, reason: str) -> None:
        """Close every connection with the code that says the host ended the session."""
        for send in list(self._connections):
            try:
                await send({"type": "websocket.close", "code": ENDED_BY_HOST, "reason": reason[:120]})
            except Exception as exc:  # already gone
                log.debug("relay: closing a connection: %s", exc)


async def _refuse(scope: dict[str, Any], receive: Any, send: Any, why: str) -> None:
    """Answer the websocket handshake with 403 and why (plain HTTP), before anything is read."""
    await receive()  # websocket.connect
    if "websocket.http.response" in scope.get("extensions", {}):
        headers = [(b"content-type", b"text/plain; charset=utf-8")]
        await send({"type": "websocket.http.response.start", "status": 403, "headers": headers})
        await send({"type": "websocket.http.response.body", "body": why.encode()})
    else:
        await send({"type": "websocket.close", "code": 1008})


def _client(scope: dict[str, Any]) -> str:
    client = scope.get("client") or ("?", 0)
    return f"{client[0]}:{client[1]}"


async def serve(
    app: RelayApp,
    host: str,
    port: int,
    stop: asyncio.Event,
    listening: Callable[[int], None] = lambda port: None,
) -> None:
    """Serve ``app`` on ``host``:``port`` (0: any free port) until ``stop`` is set; ``listening`` is
    told the port once the socket is open. Raises :class:`RelayError` when it cannot listen."""
    config = Config()
    config.bind = [f"[{host}]:{port}" if ":" in host else f"{host}:{port}"]
    config.websocket_max_message_size = MAX_MESSAGE_BYTES
    config.accesslog = None
    config.loglevel = "WARNING"
    config.graceful_timeout = 1.0
    try:
        sockets = config.create_sockets()
    except OSError as exc:
        raise RelayError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    for listener in sockets.insecure_sockets:  # connections wait in the backlog from now on
        listener.listen(config.backlog)
    bound = sockets.insecure_sockets[0].getsockname()[1]
    rooms = asyncio.create_task(app.rooms.start())
    await app.rooms.started.wait()
    try:
        listening(bound)
        # an ASGI app; hypercorn's type spells out only its own event classes
        wrapped = wrap_app(app, config.wsgi_max_body_size, "asgi")  # type: ignore[arg-type]  # see above
        await worker_serve(wrapped, config, sockets=sockets, shutdown_trigger=stop.wait)
        await app.rooms.persist()
    finally:
        await app.rooms.stop()
        await rooms


class RelayThread:
    """A relay running in a thread of its own (Qt's loop stays free), for a session hosted in the app."""

    def __init__(self, token: str, host: str = "0.0.0.0", port: int = 0, store_dir: Path | None = None) -> None:
        self.app = RelayApp(token, store_dir)
        self.host, self.port = host, port
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="journeydesk-relay", daemon=True)

    def start(self, timeout: float = 10.0) -> int:
        """Start listening; returns the port. Raises :class:`RelayError`."""
        self._thread.start()
        if not self._ready.wait(timeout):
            raise RelayError("the relay did not start in time")
        if self._error is not None:
            raise self._error if isinstance(self._error, RelayError) else RelayError(str(self._error))
        return self.port

    def stop(self, reason: str = "", timeout: float = 5.0) -> None:
        """Close every connection (saying ``reason`` when given) and stop."""
        loop, stop = self._loop, self._stop
        if loop is None or stop is None or not self._thread.is_alive():
            return

        async def finish() -> None:
            if reason:
                await self.app.close_all(reason)
            stop.set()

        asyncio.run_coroutine_threadsafe(finish(), loop)
        self._thread.join(timeout)

    def _run(self) -> None:
        async def main() -> None:
            self._loop = asyncio.get_running_loop()
            self._stop = asyncio.Event()
            await serve(self.app, self.host, self.port, self._stop, self._listening)

        try:
            asyncio.run(main())
        except BaseException as exc:  # told to start(); the thread itself ends quietly
            self._error = exc
            log.warning("relay stopped: %s", exc)
        finally:
            self._ready.set()

    def _listening(self, port: int) -> None:
        self.port = port
        self._ready.set()


def run(host: str, port: int, token: str, store_dir: Path | None, listening: Callable[[int], None]) -> None:
    """Serve in the foreground until interrupted (``journeydesk relay``). Raises :class:`RelayError`."""

    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for number in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError):  # Windows: Ctrl+C still interrupts
                loop.add_signal_handler(number, stop.set)
        await serve(RelayApp(token, store_dir), host, port, stop, listening)

    asyncio.run(main())
