"""Pausing the cycle collector nests and always ends."""

import gc
import weakref

import pytest

from journeydesk.heap import collection_paused, pause_collection, settle


def test_the_collector_is_paused_inside_nested_blocks_and_resumes_after_even_on_error() -> None:
    assert gc.isenabled()
    with collection_paused():
        assert not gc.isenabled()
        with collection_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner block does not resume it early
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collection_paused():
        raise RuntimeError("a failed load")
    assert gc.isenabled()


def test_settling_collects_the_garbage_and_sets_the_living_aside() -> None:
    class Node:
        def __init__(self) -> None:
            self.me = self  # a cycle: only the collector frees it

    kept = [Node() for _ in range(100)]
    pause_collection()
    assert not gc.isenabled()
    lost = Node()
    finder = weakref.ref(lost)
    del lost
    assert finder() is not None  # paused: the cycle is still there
    try:
        settle()
        assert gc.isenabled()
        assert finder() is None  # collected
        assert gc.get_freeze_count() >= len(kept)  # the living set aside
    finally:
        gc.unfreeze()
        gc.enable()
