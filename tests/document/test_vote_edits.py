"""The steps of a dot vote through the document: each one undoable, announced without touching the map."""

import pytest

from journeydesk.document import ChangeSet, JourneyDocument
from journeydesk.document.edits import Edits
from journeydesk.model.enums import VoteTargets
from journeydesk.model.votes import VoteError, new_round, votes_by_card
from tests.factories import small_project


@pytest.fixture
def document(qapp) -> JourneyDocument:
    return JourneyDocument(small_project())


def test_a_whole_vote_is_undoable_step_by_step_and_never_touches_the_map(document: JourneyDocument) -> None:
    announced: list[ChangeSet] = []
    document.changed.connect(announced.append)
    edits = Edits(document)
    before = document.project.model_dump()
    edits.start_vote("j1", new_round("vote-1", "Vote 1", ["Ana", "Ben"], VoteTargets.ANY))
    edits.cast_dot("j1", "c-pain")
    edits.next_participant("j1")
    edits.cast_dot("j1", "c-pain")
    edits.end_vote("j1")
    assert votes_by_card(document.journey("j1").votes) == {"c-pain": 2}
    assert all(change.votes == {"j1"} and not change.journeys and not change.project for change in announced)
    texts = [document.undo_stack.text(number) for number in range(document.undo_stack.count())]
    assert texts == ["Start Vote", "Place Dot", "Next Participant", "Place Dot", "End Vote"]
    document.undo_stack.undo()
    assert edits.running_vote("j1") is not None
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    assert document.project.model_dump() == before


def test_only_one_vote_runs_at_a_time(document: JourneyDocument) -> None:
    edits = Edits(document)
    edits.start_vote("j1", new_round("vote-1", "Vote 1", 2))
    with pytest.raises(VoteError, match="already running"):
        edits.start_vote("j1", new_round("vote-2", "Vote 2", 2))
    edits.end_vote("j1")
    edits.start_vote("j1", new_round("vote-2", "Vote 2", 2))
    with pytest.raises(VoteError, match="“Vote 2” is running"):
        edits.reopen_vote("j1", "vote-1")
    edits.end_vote("j1")
    with pytest.raises(VoteError, match="no vote is running"):
        edits.end_vote("j1")


def test_reopen_clear_and_delete_a_round(document: JourneyDocument) -> None:
    edits = Edits(document)
    edits.start_vote("j1", new_round("vote-1", "Vote 1", ["Ana"], VoteTargets.PAIN_POINTS))
    edits.cast_dot("j1", "c-pain")
    edits.end_vote("j1")
    edits.reopen_vote("j1", "vote-1")
    edits.add_participant("j1", "Ben")
    edits.next_participant("j1")
    edits.cast_dot("j1", "c-pain")
    edits.end_vote("j1")
    assert votes_by_card(document.journey("j1").votes) == {"c-pain": 2}
    edits.clear_vote("j1", "vote-1")
    (cleared,) = document.journey("j1").votes
    assert cleared.tally() == {} and not cleared.closed and cleared.turn == 0
    edits.end_vote("j1")
    edits.delete_vote("j1", "vote-1")
    assert document.journey("j1").votes == []
    document.undo_stack.undo()
    assert document.journey("j1").votes[0].id == "vote-1"


def test_deleting_a_card_takes_its_dots_in_the_same_step(document: JourneyDocument) -> None:
    edits = Edits(document)
    edits.start_vote("j1", new_round("vote-1", "Vote 1", 1, VoteTargets.ANY))
    edits.cast_dot("j1", "c-pain")
    edits.cast_dot("j1", "c-note")
    steps = document.undo_stack.count()
    edits.delete_cards("j1", ["c-pain"])
    assert document.undo_stack.count() == steps + 1
    assert document.journey("j1").votes[0].tally() == {"c-note": 1}
    document.undo_stack.undo()
    assert document.journey("j1").votes[0].tally() == {"c-pain": 1, "c-note": 1}
