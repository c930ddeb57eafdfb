"""Operations by id: serialisable, validated, and undone exactly by their inverses."""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeydesk.document.apply import apply, apply_to_project, dump
from journeydesk.document.operations import (
    Add,
    Link,
    Move,
    OperationError,
    Remove,
    SetFields,
    Unlink,
    from_json,
)
from journeydesk.document.state import ProjectState
from journeydesk.io import dumps, loads
from journeydesk.model import NoteCard
from tests.document.random_edits import random_operations
from tests.factories import small_project
from tests.strategies import projects

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))


@SETTINGS
@given(projects(), st.data())
def test_every_operation_then_its_inverse_gives_back_the_project_exactly(project, data) -> None:
    project = loads(dumps(project))
    state = ProjectState(project)
    for operation in random_operations(data, ProjectState(loads(dumps(project))), steps=8):
        before = dumps(project)
        try:
            inverse = apply(state, operation)
        except OperationError:
            continue  # drawn against another copy: it may not fit this one; nothing changed then
        assert loads(dumps(project)) == project  # every step leaves a valid project
        apply(state, inverse)
        assert dumps(project) == before
        apply(state, operation)


@SETTINGS
@given(projects(), st.data())
def test_operations_survive_json(project, data) -> None:
    project = loads(dumps(project))
    for operation in random_operations(data, ProjectState(project), steps=6):
        assert from_json(json.loads(json.dumps(operation.to_json()))) == operation


def test_an_operation_that_does_not_fit_changes_nothing_and_says_why() -> None:
    project = small_project()
    before = dumps(project)
    cases = [
        (Remove("card", "j1", "c-pain"), "still named by card 'c-act'"),
        (Remove("stage", "j1", "s1"), "still holds cards"),
        (Remove("persona", None, "p1"), "still named by journey 'j1'"),
        (Remove("journey", None, "j1"), "at least one journey"),
        (SetFields("card", "j1", "c-pain", {"severity": 9}), "less than or equal to 5"),
        (SetFields("card", "j1", "c-pain", {"addresses": []}), "use link"),
        (SetFields("journey", None, "j1", {"persona_id": "nobody"}), "no persona 'nobody'"),
        (Move("card", "j1", "c-pain", "a0", "nowhere", "l-pain"), "no stage 'nowhere'"),
        (Move("card", "j1", "c-pain", "not a key!"), "not an order key"),
        (Link("j1", "c-act", "c-touch"), "no pain point 'c-touch'"),
        (Unlink("j1", "c-act", "c-note"), "no pain point 'c-note'"),
        (
            Add("card", "j1", {**dump(NoteCard(id="c-touch", stage_id="s1", lane_id="l-touch", order="a5"))}),
            "already used",
        ),
        (
            Add("card", "j1", {**dump(NoteCard(id="new", stage_id="zz", lane_id="l-touch", order="a5"))}),
            "no stage 'zz'",
        ),
        (SetFields("card", "j1", "c-pain", {"kind": "note"}), "still addressed by actions"),
        (SetFields("card", "j9", "c-pain", {"title": "x"}), "no journey 'j9'"),
    ]
    for operation, message in cases:
        with pytest.raises(OperationError, match=message):
            apply_to_project(project, operation)
        assert dumps(project) == before


def test_a_malformed_operation_is_refused_when_read() -> None:
    for data in (
        {"op": "explode"},
        {"op": "set", "type": "card", "journey_id": "j1", "id": 5, "values": {}},
        {"op": "set", "type": "spaceship", "journey_id": "j1", "id": "x", "values": {}},
        {"op": "remove", "type": "card", "id": "x", "journey_id": "j1", "extra": 1},
        [1, 2],
    ):
        with pytest.raises(OperationError):
            from_json(data)


def test_a_change_of_kind_keeps_what_the_new_kind_drops_in_its_inverse() -> None:
    project = small_project()
    state = ProjectState(project)
    apply(state, Unlink("j1", "c-act", "c-pain"))
    before = dumps(project)
    inverse = apply(state, SetFields("card", "j1", "c-pain", {"kind": "note"}))
    assert state.index("j1").card("c-pain").kind.value == "note"
    assert inverse == SetFields("card", "j1", "c-pain", {"kind": "pain_point", "severity": 4})
    apply(state, inverse)
    assert dumps(project) == before


def test_cards_placed_by_keys_keep_their_places_whatever_was_inserted_around_them() -> None:
    project = small_project()
    state = ProjectState(project)
    touch, note = state.index("j1").cards_in(("s1", "l-touch"))
    between = NoteCard(id="c-between", stage_id="s1", lane_id="l-touch", order="a0V")
    assert touch.order < between.order < note.order
    apply(state, Add("card", "j1", dump(between)))
    assert [card.id for card in state.index("j1").cards_in(("s1", "l-touch"))] == ["c-touch", "c-between", "c-note"]
    assert [card.id for card in project.journeys[0].cards] == ["c-touch", "c-between", "c-note", "c-pain", "c-act"]
