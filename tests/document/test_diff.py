"""The semantic diff: operations that turn one version into the other, and the same in words."""

import difflib
import json

import jsonpatch
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeydesk.document.apply import apply
from journeydesk.document.describe import as_text, describe, outline
from journeydesk.document.diff import compare, diff
from journeydesk.document.json_patch import json_patch
from journeydesk.document.state import ProjectState
from journeydesk.io import dumps, loads
from journeydesk.templates import new_project
from tests.document.random_edits import random_operations
from tests.strategies import projects

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))


def copy(project):
    return loads(dumps(project))


def apply_all(project, operations):
    state = ProjectState(project)
    for operation in operations:
        apply(state, operation)
    return project


@SETTINGS
@given(projects(), st.data())
def test_the_diff_of_a_and_an_edited_b_applied_to_a_gives_b(project, data) -> None:
    old = copy(project)
    new = copy(old)
    random_operations(data, ProjectState(new), steps=15)
    before = dumps(old)
    operations = diff(old, new)
    assert dumps(old) == before  # worked out on a, given back unchanged
    assert apply_all(copy(old), operations) == new
    assert bool(compare(old, new)) == bool(operations)


@SETTINGS
@given(projects(), projects())
def test_the_diff_between_two_unrelated_projects_applied_gives_the_other(old, new) -> None:
    new.id = old.id  # operations never change the project's own id
    old, new = copy(old), copy(new)
    assert apply_all(copy(old), diff(old, new)) == new


@SETTINGS
@given(projects(), st.data())
def test_the_json_patch_applied_by_an_independent_library_gives_the_new_file(project, data) -> None:
    old = copy(project)
    new = copy(old)
    random_operations(data, ProjectState(new), steps=10)
    before, after = json.loads(dumps(old)), json.loads(dumps(new))
    assert jsonpatch.apply_patch(before, json_patch(before, after)) == after


def sample_pair():
    old = new_project("sample")
    new = copy(old)
    journey = new.journeys[0]
    purchase = journey.stages[3]
    purchase.name = "Checkout"
    pains = list(journey.pain_points())
    pains[0].severity = 5
    moved = pains[1]
    state = ProjectState(new)
    from journeydesk.document import plans
    from journeydesk.document.operations import Move

    plan = plans.CellPlan(journey.id, state.index(journey.id))
    plan.take_out(moved)
    retention = journey.stages[4]
    key = plan.put((retention.id, moved.lane_id), 0, moved.id)
    apply(state, Move("card", journey.id, moved.id, key, retention.id, moved.lane_id))
    return old, new, moved


def test_the_diff_reads_as_changes_grouped_by_journey() -> None:
    old, new, moved = sample_pair()
    text = as_text(describe(old, new))
    journey = old.journeys[0].name
    lines = text.splitlines()
    assert lines[0] == f"Journey “{journey}”"
    assert "  Stage “Purchase”: renamed to “Checkout”" in lines
    assert any(line.endswith(": severity 2 → 5") and line.startswith("  Pain point “") for line in lines)
    title = moved.title[:39] + "…"
    assert f"  Pain point “{title}” moved from Interest / Pain points to Retention / Pain points" in lines
    assert len(lines) == 4


def test_equal_projects_have_no_changes_and_no_operations() -> None:
    project = new_project("sample")
    assert compare(project, copy(project)) == []
    assert diff(project, copy(project)) == []
    assert describe(project, copy(project)) == []


def test_the_outline_has_a_line_per_card_so_a_line_diff_shows_the_change() -> None:
    old, new, _ = sample_pair()
    before, after = outline(old).splitlines(), outline(new).splitlines()
    cards = sum(len(journey.cards) for journey in old.journeys)
    assert sum(1 for line in before if line.startswith("    ")) == cards
    added = [line for line in difflib.ndiff(before, after) if line.startswith("+ ")]
    assert len(added) == 3  # the renamed stage, the severity, the card under its new stage
