"""Resolving merge conflicts: each side's value can be taken, and the project stays valid."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeydesk.document import plans
from journeydesk.document.apply import apply, dump
from journeydesk.document.merge import merge
from journeydesk.document.operations import Add, OperationError, SetFields
from journeydesk.document.resolve import resolution
from journeydesk.document.state import ProjectState
from journeydesk.io import dumps, loads
from journeydesk.model import NoteCard
from tests.document.random_edits import random_operations
from tests.factories import small_project
from tests.strategies import projects


def copy(project):
    return loads(dumps(project))


def run(project, *operations):
    state = ProjectState(project)
    for operation in operations:
        apply(state, operation)
    return project


def resolve(project, conflict_id: str, side):
    state = ProjectState(project)
    conflict = next(item for item in project.conflicts if item.id == conflict_id)
    for operation in resolution(state, conflict, side):
        apply(state, operation)
    return project


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(projects(), st.data())
def test_every_conflict_can_be_resolved_with_any_side_into_a_valid_project(project, data) -> None:
    base = copy(project)
    ours, theirs = copy(base), copy(base)
    random_operations(data, ProjectState(ours), steps=12)
    random_operations(data, ProjectState(theirs), steps=12)
    merged = copy(merge(base, ours, theirs).project)
    for conflict in list(merged.conflicts):
        side = data.draw(st.sampled_from(["base", "ours", "theirs", None]))
        try:
            resolve(merged, conflict.id, side)
        except OperationError as exc:  # its object is gone after an earlier choice: said in words
            assert str(exc)
            resolve(merged, conflict.id, None)
        assert loads(dumps(merged)) == merged
    assert merged.conflicts == []


def test_taking_theirs_for_a_stage_they_kept_brings_it_back_with_its_cards() -> None:
    base = small_project()
    ours, theirs = copy(base), copy(base)
    run(ours, *plans.removal(ProjectState(ours), "stage", "j1", ["s1"]))
    run(theirs, Add("card", "j1", dump(NoteCard(id="new", stage_id="s1", lane_id="l-pain", order="a0"))))
    merged = copy(merge(base, ours, theirs).project)
    assert "s1" not in {stage.id for stage in merged.journeys[0].stages}
    stage_conflict = next(conflict for conflict in merged.conflicts if conflict.object_id == "s1")
    resolve(merged, stage_conflict.id, "theirs")
    journey = merged.journeys[0]
    assert journey.stages[0].id == "s1"
    assert {card.id for card in journey.cards if card.stage_id == "s1"} == {"c-touch", "c-note", "new"}


def test_taking_base_for_a_field_and_theirs_for_a_change_of_kind() -> None:
    base = small_project()
    ours, theirs = copy(base), copy(base)
    run(ours, SetFields("card", "j1", "c-pain", {"severity": 1}), SetFields("stage", "j1", "s2", {"name": "Pay"}))
    state = ProjectState(theirs)
    run(theirs, SetFields("stage", "j1", "s2", {"name": "Checkout"}))
    run(
        theirs, *plans.kind_change(state, "j1", state.index("j1").card("c-pain"), NoteCard.model_fields["kind"].default)
    )
    merged = copy(merge(base, ours, theirs).project)
    by_field = {conflict.field: conflict for conflict in merged.conflicts}
    assert set(by_field) == {"name", "kind"}
    resolve(merged, by_field["name"].id, "base")
    assert merged.journeys[0].stages[1].name == "Buy"
    resolve(merged, by_field["kind"].id, "theirs")
    card = next(card for card in merged.journeys[0].cards if card.id == "c-pain")
    assert card.kind.value == "note" and not hasattr(card, "severity")
    assert next(card for card in merged.journeys[0].cards if card.id == "c-act").addresses == []
    assert merged.conflicts == []
