"""Three-way merge by id: what merges, what conflicts, and that the result is always a valid project."""

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeydesk.document import plans
from journeydesk.document.apply import apply, dump
from journeydesk.document.diff import objects
from journeydesk.document.merge import merge
from journeydesk.document.operations import Add, Link, Move, SetFields
from journeydesk.document.state import ProjectState
from journeydesk.io import dumps, loads
from journeydesk.model import NoteCard
from journeydesk.model.conflicts import ConflictKind
from journeydesk.templates import new_project
from tests.document.random_edits import random_operations
from tests.factories import small_project
from tests.strategies import projects

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))


def copy(project):
    return loads(dumps(project))


def run(project, *operations):
    state = ProjectState(project)
    for operation in operations:
        apply(state, operation)
    return project


def valid(project):
    """The merged project as a file: it must save and open again unchanged."""
    reopened = loads(dumps(project))
    assert reopened == project
    return reopened


@SETTINGS
@given(projects(), st.data())
def test_edits_to_disjoint_objects_merge_to_applying_both(project, data) -> None:
    base = copy(project)
    ids = sorted(objects(base))
    rng = random.Random(data.draw(st.integers(0, 1000)))
    mine = {object_id for object_id in ids if rng.random() < 0.5}
    theirs_ids = set(ids) - mine
    ours, theirs = copy(base), copy(base)
    our_operations = random_operations(data, ProjectState(ours), mine)
    their_operations = random_operations(data, ProjectState(theirs), theirs_ids)
    both = run(copy(ours), *their_operations)
    result = merge(base, ours, theirs)
    assert result.conflicts == []
    assert valid(result.project) == both
    assert our_operations is not None


@SETTINGS
@given(projects(), st.data())
def test_merging_one_side_with_itself_or_with_the_base_gives_that_side(project, data) -> None:
    base = copy(project)
    changed = copy(base)
    random_operations(data, ProjectState(changed), steps=15)
    assert merge(base, changed, copy(changed)).project == changed
    assert merge(base, copy(base), changed).project == changed
    assert merge(base, changed, copy(base)).project == changed


@SETTINGS
@given(projects(), st.data())
def test_any_two_edited_versions_merge_into_a_valid_project(project, data) -> None:
    base = copy(project)
    ours, theirs = copy(base), copy(base)
    random_operations(data, ProjectState(ours), steps=15)
    random_operations(data, ProjectState(theirs), steps=15)
    result = merge(base, ours, theirs)
    valid(result.project)
    assert {conflict.id for conflict in result.conflicts} <= {conflict.id for conflict in result.project.conflicts}


# Named cases


def three():
    base = small_project()
    return base, copy(base), copy(base)


def test_changes_to_different_fields_and_objects_merge_without_conflict() -> None:
    base, ours, theirs = three()
    run(ours, SetFields("card", "j1", "c-pain", {"title": "Checkout is slow"}))
    run(theirs, SetFields("card", "j1", "c-pain", {"severity": 5}), SetFields("stage", "j1", "s1", {"name": "Look"}))
    result = merge(base, ours, theirs)
    assert result.clean
    pain = result.project.journeys[0].cards[2]
    assert (pain.title, pain.severity, result.project.journeys[0].stages[0].name) == ("Checkout is slow", 5, "Look")


def test_the_same_change_on_both_sides_is_no_conflict() -> None:
    base, ours, theirs = three()
    for side in (ours, theirs):
        run(side, SetFields("card", "j1", "c-pain", {"severity": 1}))
    result = merge(base, ours, theirs)
    assert result.clean and result.project == ours


def test_a_field_changed_differently_keeps_ours_and_records_all_three_values() -> None:
    base, ours, theirs = three()
    run(ours, SetFields("card", "j1", "c-pain", {"severity": 5}))
    run(theirs, SetFields("card", "j1", "c-pain", {"severity": 1}))
    result = merge(base, ours, theirs)
    (conflict,) = result.conflicts
    assert (conflict.kind, conflict.object_id, conflict.field) == (ConflictKind.CHANGED, "c-pain", "severity")
    assert (conflict.base, conflict.ours, conflict.theirs) == (4, 5, 1)
    assert conflict.label == "Pain point “Slow checkout”" and conflict.where == "Current › Buy / Pain points"
    merged = valid(result.project)
    assert merged.journeys[0].cards[2].severity == 5
    assert merged.conflicts == result.conflicts


def test_edited_on_one_side_and_deleted_on_the_other_is_a_conflict_either_way() -> None:
    base, ours, theirs = three()
    run(ours, SetFields("card", "j1", "c-touch", {"title": "Ad on the radio"}))
    run(theirs, *plans.removal(ProjectState(theirs), "card", "j1", ["c-touch"]))
    kept = merge(base, ours, theirs)
    (conflict,) = kept.conflicts
    assert conflict.kind is ConflictKind.DELETED and conflict.theirs is None
    assert conflict.ours["title"] == "Ad on the radio"
    assert "c-touch" in {card.id for card in valid(kept.project).journeys[0].cards}
    gone = merge(base, theirs, ours)
    (conflict,) = gone.conflicts
    assert (
        conflict.kind is ConflictKind.DELETED
        and conflict.ours is None
        and conflict.theirs["title"] == "Ad on the radio"
    )
    assert "c-touch" not in {card.id for card in valid(gone.project).journeys[0].cards}


def test_deleted_on_one_side_and_untouched_on_the_other_is_deleted() -> None:
    base, ours, theirs = three()
    run(theirs, *plans.removal(ProjectState(theirs), "card", "j1", ["c-note"]))
    run(ours, SetFields("card", "j1", "c-touch", {"title": "Radio"}))
    result = merge(base, ours, theirs)
    assert result.clean and "c-note" not in {card.id for card in result.project.journeys[0].cards}


def test_a_card_moved_to_two_different_places_keeps_our_place() -> None:
    base, ours, theirs = three()
    run(ours, Move("card", "j1", "c-note", "a5", "s2", "l-touch"))
    run(theirs, Move("card", "j1", "c-note", "a5", "s2", "l-act"))
    result = merge(base, ours, theirs)
    (conflict,) = result.conflicts
    assert conflict.kind is ConflictKind.MOVED
    assert conflict.ours == {"stage_id": "s2", "lane_id": "l-touch", "order": "a5"}
    assert conflict.theirs == {"stage_id": "s2", "lane_id": "l-act", "order": "a5"}
    assert conflict.base == {"stage_id": "s1", "lane_id": "l-touch", "order": "a1"}
    note = next(card for card in valid(result.project).journeys[0].cards if card.id == "c-note")
    assert (note.stage_id, note.lane_id) == ("s2", "l-touch")


def test_cards_both_sides_add_to_one_cell_are_all_kept_in_a_deterministic_order() -> None:
    base, ours, theirs = three()
    for side, names in ((ours, ["ours-1", "ours-2"]), (theirs, ["theirs-1"])):
        state = ProjectState(side)
        for name in names:
            plan = plans.CellPlan("j1", state.index("j1"))
            card = NoteCard(id=name, stage_id="s1", lane_id="l-touch", title=name)
            card.order = plan.put(("s1", "l-touch"), 1, card.id)  # after the first card, on both sides
            apply(state, Add("card", "j1", dump(card)))
    one, other = merge(base, ours, theirs), merge(base, theirs, ours)
    assert one.clean and other.clean
    cell = [
        card.id for card in valid(one.project).journeys[0].cards if card.lane_id == "l-touch" and card.stage_id == "s1"
    ]
    assert cell == [
        card.id for card in other.project.journeys[0].cards if card.lane_id == "l-touch" and card.stage_id == "s1"
    ]
    assert cell[0] == "c-touch" and cell[-1] == "c-note" and set(cell[1:-1]) == {"ours-1", "ours-2", "theirs-1"}


def test_a_stage_deleted_on_one_side_while_the_other_adds_a_card_to_it_stays_with_all_our_cards() -> None:
    base, ours, theirs = three()
    card = NoteCard(id="new", stage_id="s1", lane_id="l-pain", title="new", order="a0")
    run(ours, Add("card", "j1", dump(card)))
    run(theirs, *plans.removal(ProjectState(theirs), "stage", "j1", ["s1"]))
    result = merge(base, ours, theirs)
    merged = valid(result.project)
    assert [conflict.object_id for conflict in result.conflicts] == ["s1"]
    assert {card.id for card in merged.journeys[0].cards if card.stage_id == "s1"} == {"c-touch", "c-note", "new"}
    the_other_way = merge(base, theirs, ours)
    merged = valid(the_other_way.project)
    assert "s1" not in {stage.id for stage in merged.journeys[0].stages}
    assert {conflict.object_id for conflict in the_other_way.conflicts} >= {"s1"}
    restored_from = next(conflict for conflict in the_other_way.conflicts if conflict.object_id == "s1").theirs
    assert {card["id"] for card in restored_from["cards"]} == {"c-touch", "c-note", "new"}


def test_a_link_to_a_pain_point_the_other_side_deleted_keeps_the_pain_point() -> None:
    base, ours, theirs = three()
    pain = {**dump(small_project().journeys[0].cards[2]), "id": "c-pain-2", "order": "a5"}
    run(base, Add("card", "j1", pain))
    ours, theirs = copy(base), copy(base)
    run(ours, Link("j1", "c-act", "c-pain-2"))
    run(theirs, *plans.removal(ProjectState(theirs), "card", "j1", ["c-pain-2"]))
    result = merge(base, ours, theirs)
    merged = valid(result.project)
    action = next(card for card in merged.journeys[0].cards if card.id == "c-act")
    assert action.addresses == ["c-pain", "c-pain-2"]
    assert [(conflict.kind, conflict.object_id) for conflict in result.conflicts] == [
        (ConflictKind.DELETED, "c-pain-2")
    ]


def test_a_change_of_kind_against_an_edit_of_what_that_kind_drops_is_a_conflict() -> None:
    base, ours, theirs = three()
    run(ours, SetFields("card", "j1", "c-pain", {"severity": 1}))
    state = ProjectState(theirs)
    run(
        theirs, *plans.kind_change(state, "j1", state.index("j1").card("c-pain"), NoteCard.model_fields["kind"].default)
    )
    result = merge(base, ours, theirs)
    (conflict,) = [conflict for conflict in result.conflicts if conflict.field == "kind"]
    assert conflict.ours["kind"] == "pain_point" and conflict.theirs["kind"] == "note"
    pain = next(card for card in valid(result.project).journeys[0].cards if card.id == "c-pain")
    assert pain.kind.value == "pain_point" and pain.severity == 1
    the_other_way = merge(base, theirs, ours)  # we changed the kind: their severity is not lost either
    (conflict,) = [conflict for conflict in the_other_way.conflicts if conflict.field == "kind"]
    assert conflict.theirs["severity"] == 1
    assert next(card for card in the_other_way.project.journeys[0].cards if card.id == "c-pain").kind.value == "note"


def test_a_merge_of_the_sample_with_many_edits_keeps_every_card_someone_kept() -> None:
    base = new_project("sample")
    ours, theirs = copy(base), copy(base)
    for side, start, field in ((ours, 0, "title"), (theirs, 1, "description")):
        journey = side.journeys[0]
        state = ProjectState(side)
        for card in list(journey.cards)[start::2]:
            apply(state, SetFields("card", journey.id, card.id, {field: f"{card.title} (edited)"}))
        apply(state, SetFields("card", journey.id, journey.cards[2].id, {"description": "both"}))
    result = merge(base, ours, theirs)
    assert result.clean  # every card changed on one side only, or the same way on both
    merged = valid(result.project).journeys[0].cards
    assert len(merged) == len(base.journeys[0].cards)
    assert all(card.title.endswith("(edited)") for card in merged[0::2])
    assert all(card.description.endswith("(edited)") for card in merged[3::2])
