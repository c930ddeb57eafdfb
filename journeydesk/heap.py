"""Keeping Python's cycle collector out of the way of large projects.

Building a 10,000-card project allocates hundreds of thousands of objects that all live on. The
collector, triggered by the allocations alone, walks every live object (the open map and its scene
too) several times over and finds nothing: building is pure allocation, not garbage. On a large map
one such walk takes a tenth of a second, and they recur while the map is edited.

So a build runs with the collector paused, and once a map is open and shown it is settled: one
collection clears what the previous map left, and everything still alive is set aside (gc.freeze)
so that later collections walk only what is new.
"""

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collection_paused() -> Iterator[None]:
    """No cycle collection inside the block (it nests); what the block leaves is collected later as usual."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def pause_collection() -> None:
    """Hold collection until :func:`settle` (a map is being opened and will be settled once shown)."""
    gc.disable()


def settle() -> None:
    """Collect once, set aside everything still alive, and let collection resume."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()
    gc.enable()
