"""Pausing the cycle collector nests and always ends."""

import gc

import pytest

from journeydesk.heap import collection_paused


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
