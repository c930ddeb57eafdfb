"""The websocket connection to a relay, in a thread with an asyncio loop of its own.

Only bytes cross between threads: received messages reach Qt's thread through queued signals, and
:meth:`Link.send` hands messages to the connection's loop. A dropped connection is tried again (at
growing intervals up to a few seconds) until :meth:`Link.close`; each new connection starts a fresh
sync, so what was sent while it was down is not needed again. A relay that refuses the link (wrong
token, not a relay) or closes it because the host ended the session is not tried again.
"""

import asyncio
import contextlib
import logging
import threading

from PySide6.QtCore import QObject, Signal
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus, InvalidURI

from journeydesk.collab.relay import ENDED_BY_HOST, MAX_MESSAGE_BYTES

log = logging.getLogger(__name__)

FIRST_RETRY_S = 0.25
LAST_RETRY_S = 4.0
FLUSH_S = 2.0  # at most this long to send what is queued when the link is closed


class Link(QObject):
    connected = Signal()
    received = Signal(bytes)
    lost = Signal(str)  # why; it is being tried again
    refused = Signal(str)  # the relay will not have us: not tried again
    ended = Signal(str)  # the host ended the session: not tried again

    def __init__(self, url: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.url = url
        self._loop: asyncio.AbstractEventLoop | None = None
        self._outbox: asyncio.Queue[bytes] | None = None
        self._closing: asyncio.Event | None = None
        self._started = threading.Event()
        self._thread = threading.Thread(target=self._run, name="journeydesk-link", daemon=True)

    def open(self) -> None:
        self._thread.start()
        self._started.wait(5)

    def send(self, message: bytes) -> None:
        """Send ``message`` if connected (from any thread); dropped otherwise."""
        loop = self._loop
        if loop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):  # the loop closed meanwhile
                loop.call_soon_threadsafe(self._put, message)

    def close(self, timeout: float = 3.0) -> None:
        """Close the connection and end the thread (the relay sees a normal close)."""
        loop, closing = self._loop, self._closing
        if loop is not None and closing is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(closing.set)
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _put(self, message: bytes) -> None:
        if self._outbox is not None:
            self._outbox.put_nowait(message)

    # The connection's thread

    def _run(self) -> None:
        try:
            asyncio.run(self._main())
        except Exception as exc:  # never let the thread die with a traceback on the console
            log.warning("live session connection: %s", exc)
            self.lost.emit(str(exc))

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._closing = asyncio.Event()
        self._started.set()
        delay = FIRST_RETRY_S
        while not self._closing.is_set():
            try:
                async with connect(self.url, max_size=MAX_MESSAGE_BYTES, open_timeout=5, ping_interval=5) as socket:
                    delay = FIRST_RETRY_S
                    await self._connected(socket)
                if self._closing.is_set():
                    return
                self.lost.emit("the relay closed the connection")
            except InvalidStatus as exc:
                self.refused.emit(_refusal(exc.response.status_code))
                return
            except ConnectionClosed as exc:
                if exc.rcvd is not None and exc.rcvd.code == ENDED_BY_HOST:
                    self.ended.emit(exc.rcvd.reason)
                    return
                self.lost.emit("the connection was interrupted")
            except InvalidURI:
                self.refused.emit("the link is not a websocket address")
                return
            except (OSError, TimeoutError, InvalidHandshake) as exc:
                self.lost.emit(_reason(exc))
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._closing.wait(), delay)
            delay = min(delay * 2, LAST_RETRY_S)

    async def _connected(self, socket: ClientConnection) -> None:
        closing_event = self._closing
        assert closing_event is not None
        self._outbox = asyncio.Queue()
        self.connected.emit()
        sender = asyncio.create_task(self._send_all(socket, self._outbox))
        receiver = asyncio.create_task(self._receive_all(socket))
        closing = asyncio.create_task(closing_event.wait())
        try:
            done, _ = await asyncio.wait({sender, receiver, closing}, return_when=asyncio.FIRST_COMPLETED)
            if closing in done:  # what was sent before close() still goes (a host's "ended", a goodbye)
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._outbox.join(), FLUSH_S)
                await socket.close()
                return
            for task in done:
                task.result()  # ConnectionClosed and the like go up
        finally:
            self._outbox = None
            for task in (sender, receiver, closing):
                task.cancel()

    async def _send_all(self, socket: ClientConnection, outbox: asyncio.Queue[bytes]) -> None:
        while True:
            await socket.send(await outbox.get())
            outbox.task_done()

    async def _receive_all(self, socket: ClientConnection) -> None:
        async for message in socket:
            if isinstance(message, bytes):
                self.received.emit(message)


def _refusal(status: int) -> str:
    if status in (401, 403):
        return "the relay refused the link: its token is not the session's (ask the host for the link again)"
    if status == 404:
        return "there is no live session at that address"
    return f"the relay answered with HTTP status {status}: it is not a JourneyDesk relay"


def _reason(exc: BaseException) -> str:
    if isinstance(exc, ConnectionRefusedError):
        return "nobody answers at that address (is the session still on?)"
    if isinstance(exc, TimeoutError):
        return "the relay does not answer"
    return str(exc) or type(exc).__name__
