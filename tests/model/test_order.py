"""Fractional order keys: always room between two keys, short however a list grows, and a file's
list order wins where its keys are missing or disagree."""

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journeydesk.io import JourneyFileError, dumps, loads
from journeydesk.model.order import OrderKeyError, is_order_key, key_between, keys_between, place_keys
from tests.factories import small_project


@given(st.lists(st.integers(0, 10_000), min_size=1, max_size=300))
def test_a_key_between_any_two_neighbours_keeps_the_list_in_order(positions) -> None:
    keys: list[str] = []
    for position in positions:
        spot = position % (len(keys) + 1)
        key = key_between(keys[spot - 1] if spot else None, keys[spot] if spot < len(keys) else None)
        keys.insert(spot, key)
        assert is_order_key(key)
    assert keys == sorted(keys) and len(set(keys)) == len(keys)


def test_appending_and_prepending_ten_thousand_times_keeps_keys_short() -> None:
    last, first = "a0", "a0"
    for _ in range(10_000):
        last, first = key_between(last, None), key_between(None, first)
    assert len(last) <= 4 and len(first) <= 4


def test_keys_between_and_room_among_equal_keys() -> None:
    assert keys_between("a0", "a1", 3) == sorted(keys_between("a0", "a1", 3))
    assert keys_between(None, None, 3) == ["a0", "a1", "a2"]
    (key,), moved = place_keys(["a0", "a0V", "a0V", "a1"], 2)  # two inserts met here in a merge
    assert "a0V" < key < moved[2] < "a1"
    with pytest.raises(OrderKeyError):
        key_between("a1", "a0")


def test_a_file_without_keys_gets_them_from_its_list_order() -> None:
    data = json.loads(dumps(small_project()))
    data["schema_version"] = 2
    for journey in data["project"]["journeys"]:
        for name in ("stages", "lanes", "cards"):
            for item in journey[name]:
                del item["order"]
        del journey["order"]
    del data["project"]["conflicts"]
    project = loads(json.dumps(data).encode())
    journey = project.journeys[0]
    assert [stage.order for stage in journey.stages] == ["a0", "a1"]
    assert [card.order for card in journey.cards if card.stage_id == "s1"] == ["a0", "a1"]
    assert project.conflicts == []


def test_keys_that_disagree_with_the_list_are_given_again_and_a_malformed_key_is_refused() -> None:
    data = json.loads(dumps(small_project()))
    stages = data["project"]["journeys"][0]["stages"]
    stages[0]["order"], stages[1]["order"] = "a5", "a2"
    project = loads(json.dumps(data).encode())
    assert [stage.id for stage in project.journeys[0].stages] == ["s1", "s2"]
    assert project.journeys[0].stages[0].order < project.journeys[0].stages[1].order
    stages[0]["order"] = "b1"  # "b" says two integer digits
    with pytest.raises(JourneyFileError, match=r"stages\[0\]\.order: .b1. is not an order key"):
        loads(json.dumps(data).encode())
