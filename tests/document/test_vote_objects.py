"""Dot votes as objects of the journey: operations by id with exact inverses, a card's dots going with
it, and diff and merge matching rounds by id."""

import json

import pytest

from journeydesk.document import plans
from journeydesk.document.apply import apply, dump
from journeydesk.document.describe import as_text, describe, outline
from journeydesk.document.diff import diff
from journeydesk.document.merge import merge
from journeydesk.document.operations import Add, OperationError, Remove, from_json, set_fields
from journeydesk.document.state import ProjectState
from journeydesk.io import dumps, loads
from journeydesk.model.enums import VoteTargets
from journeydesk.model.votes import VoteRound, new_round
from tests.factories import small_project


def copy(project):
    return loads(dumps(project))


def run(project, *operations):
    state = ProjectState(project)
    return [apply(state, operation) for operation in operations]


def started(project, participants=("Ana", "Ben"), targets=VoteTargets.ANY) -> VoteRound:
    vote = new_round("vote-1", "Vote 1", list(participants), targets)
    vote.order = "a0"
    run(project, Add("vote", "j1", dump(vote)))
    return project.journeys[0].votes[0]


def dot(project, card_id: str):
    """The operation that puts the current participant's dot on ``card_id``."""
    vote = project.journeys[0].votes[0]
    card = next(card for card in project.journeys[0].cards if card.id == card_id)
    return set_fields("vote", "j1", vote.id, {"ballots": vote.cast(card).ballots})


def tally(project) -> dict[str, int]:
    return dict(project.journeys[0].votes[0].tally())


def test_every_step_of_a_vote_is_an_operation_undone_exactly_by_its_inverse() -> None:
    project = small_project()
    before = dumps(project)
    vote = new_round("vote-1", "Vote 1", ["Ana", "Ben"], VoteTargets.ANY)
    vote.order = "a0"
    steps = [Add("vote", "j1", dump(vote))]
    inverses = run(project, steps[0])
    for step in (
        lambda: dot(project, "c-pain"),
        lambda: set_fields("vote", "j1", "vote-1", {"turn": 1}),
        lambda: dot(project, "c-act"),
        lambda: set_fields("vote", "j1", "vote-1", {"turn": 2, "closed": True}),
    ):
        operation = step()
        assert from_json(json.loads(json.dumps(operation.to_json()))) == operation
        steps.append(operation)
        inverses += run(project, operation)
    assert tally(project) == {"c-pain": 1, "c-act": 1}
    assert loads(dumps(project)) == project
    for inverse in reversed(inverses):
        run(project, inverse)
    assert dumps(project) == before


def test_a_dot_on_a_card_that_is_not_there_is_refused_and_changes_nothing() -> None:
    project = small_project()
    started(project)
    before = dumps(project)
    ballots = [{"participant": "Ana", "dots": ["no-such-card"]}, {"participant": "Ben", "dots": []}]
    with pytest.raises(OperationError, match="no card 'no-such-card'"):
        run(project, set_fields("vote", "j1", "vote-1", {"ballots": ballots}))
    with pytest.raises(OperationError, match="only 2 participants"):
        run(project, set_fields("vote", "j1", "vote-1", {"turn": 3}))
    assert dumps(project) == before


def test_removing_a_card_takes_its_dots_back_first_and_the_undo_puts_them_back() -> None:
    project = small_project()
    started(project)
    run(project, dot(project, "c-pain"))
    run(project, dot(project, "c-note"))
    with pytest.raises(OperationError, match="still named by vote 'vote-1'"):
        run(project, Remove("card", "j1", "c-note"))
    state = ProjectState(project)
    removal = plans.removal(state, "card", "j1", ["c-note", "c-touch"])
    inverses = [apply(state, operation) for operation in removal]
    assert tally(project) == {"c-pain": 1}
    for inverse in reversed(inverses):
        apply(state, inverse)
    assert tally(project) == {"c-pain": 1, "c-note": 1}


def test_a_pain_point_with_dots_can_become_another_kind_and_keeps_them() -> None:
    project = small_project()
    started(project)
    run(project, dot(project, "c-pain"))
    state = ProjectState(project)
    card = state.index("j1").card("c-pain")
    for operation in plans.kind_change(state, "j1", card, card.kind.__class__("note")):
        apply(state, operation)
    assert tally(project) == {"c-pain": 1}


def test_the_diff_turns_one_vote_into_the_other_and_says_so_in_words() -> None:
    old = small_project()
    new = copy(old)
    started(new)
    run(new, dot(new, "c-pain"), set_fields("vote", "j1", "vote-1", {"turn": 2, "closed": True}))
    mid = copy(new)
    run(new, set_fields("vote", "j1", "vote-1", {"closed": False}))
    for first, second in ((old, mid), (mid, new), (new, old)):
        changed = copy(first)
        run(changed, *diff(copy(first), second))
        assert changed == second
    assert "Vote “Vote 1” added" in as_text(describe(old, mid))
    assert "Vote “Vote 1”: reopened" in as_text(describe(mid, new))
    assert "Vote “Vote 1” · on any cards · ended · dots “Slow checkout” 1" in outline(mid)


def test_votes_on_different_rounds_merge_and_both_sides_dots_in_one_round_conflict() -> None:
    base = small_project()
    started(base)
    ours, theirs = copy(base), copy(base)
    run(ours, dot(ours, "c-pain"))
    run(theirs, dot(theirs, "c-act"))
    result = merge(base, ours, theirs)
    assert [conflict.field for conflict in result.conflicts] == ["ballots"]
    assert tally(result.project) == {"c-pain": 1}  # ours kept
    assert copy(result.project) == result.project

    theirs = copy(base)
    vote = new_round("vote-2", "Vote 2", 2)
    vote.order = "a1"
    run(theirs, Add("vote", "j1", dump(vote)))
    clean = merge(base, ours, theirs)
    assert clean.conflicts == []
    assert [vote.id for vote in clean.project.journeys[0].votes] == ["vote-1", "vote-2"]


def test_a_dot_on_a_card_the_other_side_deleted_brings_the_card_back_as_a_conflict() -> None:
    base = small_project()
    started(base)
    ours, theirs = copy(base), copy(base)
    run(ours, dot(ours, "c-note"))
    run(theirs, *plans.removal(ProjectState(theirs), "card", "j1", ["c-note"]))
    result = merge(base, ours, theirs)
    assert "c-note" in {card.id for card in result.project.journeys[0].cards}
    assert [(conflict.kind.value, conflict.object_id) for conflict in result.conflicts] == [("deleted", "c-note")]
    assert copy(result.project) == result.project


def test_their_dot_on_a_card_we_deleted_is_taken_back_with_a_conflict_on_the_ballots() -> None:
    base = small_project()
    started(base)
    ours, theirs = copy(base), copy(base)
    run(ours, *plans.removal(ProjectState(ours), "card", "j1", ["c-note"]))
    run(theirs, dot(theirs, "c-note"))
    result = merge(base, ours, theirs)
    assert "c-note" not in {card.id for card in result.project.journeys[0].cards}
    assert tally(result.project) == {}
    assert [(conflict.object_type, conflict.field) for conflict in result.conflicts] == [("vote", "ballots")]
    assert copy(result.project) == result.project
