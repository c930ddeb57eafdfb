"""The facilitator's countdown.

Time comes from a clock function (seconds, never going back), so the countdown can be driven by a
fake clock in tests; a Qt timer only asks it to look again a few times a second.
"""

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

TICK_MS = 200
MINUTE = 60.0


class WorkshopTimer(QObject):
    changed = Signal()  # started, paused, resumed, stopped, extended, or a second went by
    finished = Signal()  # reached zero

    def __init__(self, clock: Callable[[], float] = time.monotonic, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.total = 0.0
        self._ends_at = 0.0  # on the clock, while running
        self._left = 0.0  # while paused or after the end
        self.active = False  # counting down, paused or at zero: shown
        self.paused = False
        self.expired = False
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self.tick)
        self._shown_second = -1

    def remaining(self) -> float:
        if not self.active:
            return 0.0
        if self.paused or self.expired:
            return self._left
        return max(0.0, self._ends_at - self.clock())

    def start(self, seconds: float) -> None:
        self.total = seconds
        self.active, self.paused, self.expired = True, False, False
        self._ends_at = self.clock() + seconds
        self._ticker.start()
        self._announce()

    def pause(self) -> None:
        if self.active and not self.paused and not self.expired:
            self._left = self.remaining()
            self.paused = True
            self._ticker.stop()
            self._announce()

    def resume(self) -> None:
        if self.active and self.paused:
            self.paused = False
            self._ends_at = self.clock() + self._left
            self._ticker.start()
            self._announce()

    def toggle_pause(self) -> None:
        if self.paused:
            self.resume()
        else:
            self.pause()

    def add(self, seconds: float = MINUTE) -> None:
        """More time: on a countdown that has reached zero, it starts counting again."""
        if not self.active:
            return
        self.total += seconds
        if self.expired:
            self.expired = False
            self._ends_at = self.clock() + seconds
            self._ticker.start()
        elif self.paused:
            self._left += seconds
        else:
            self._ends_at += seconds
        self._announce()

    def stop(self) -> None:
        self.active, self.paused, self.expired = False, False, False
        self._ticker.stop()
        self._announce()

    def tick(self) -> None:
        """Look at the clock: announce a new second, or the end."""
        if not self.active or self.paused or self.expired:
            return
        left = self.remaining()
        if left <= 0:
            self.expired, self._left = True, 0.0
            self._ticker.stop()
            self._announce()
            self.finished.emit()
        elif int(left) != self._shown_second:
            self._announce()

    def _announce(self) -> None:
        self._shown_second = int(self.remaining())
        self.changed.emit()


def clock_text(seconds: float) -> str:
    """``4:05``: whole seconds up, so the last second shows 0:01 and zero shows only at the end."""
    whole = int(-(-seconds // 1))
    return f"{whole // 60}:{whole % 60:02d}"
