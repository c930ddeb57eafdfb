"""Work done while the window waits for the person: one small step per turn of the event loop, so
that a click or a key between two steps is handled at once."""

from collections.abc import Callable, Iterator

from PySide6.QtCore import QObject, QTimer


def one_per_turn(owner: QObject, steps: Iterator[Callable[[], object]]) -> None:
    """Run ``steps`` one per event-loop turn; they stop when ``owner`` is deleted."""
    step = next(steps, None)
    if step is None:
        return
    step()
    QTimer.singleShot(0, owner, lambda: one_per_turn(owner, steps))
