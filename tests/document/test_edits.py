"""Edits through the document: the model, the announced changes and the undo stack agree."""

import pytest

from journeydesk.document import ChangeSet, JourneyDocument, Ref
from journeydesk.document.edits import Edits
from journeydesk.model import CardKind, ImprovementCard, LaneKind
from tests.factories import small_project


@pytest.fixture
def document(qapp) -> JourneyDocument:
    return JourneyDocument(small_project())


@pytest.fixture
def announced(document: JourneyDocument) -> list[ChangeSet]:
    changes: list[ChangeSet] = []
    document.changed.connect(changes.append)
    return changes


def cell_titles(document: JourneyDocument, stage: str, lane: str) -> list[str]:
    return [card.title for card in document.index("j1").cards_in((stage, lane))]


def test_add_card_undo_redo(document: JourneyDocument, announced: list[ChangeSet]) -> None:
    edits = Edits(document)
    card_id = edits.add_card("j1", CardKind.PAIN_POINT, "s1", "l-touch", 1, title="Queue")
    assert cell_titles(document, "s1", "l-touch") == ["Ad", "Queue", "Seen on the train"]
    assert document.undo_stack.undoText() == "Add Pain Point"
    assert announced[-1].journeys["j1"].added == {card_id}
    assert document.is_modified
    document.undo_stack.undo()
    assert cell_titles(document, "s1", "l-touch") == ["Ad", "Seen on the train"]
    assert announced[-1].journeys["j1"].removed == {card_id: ("s1", "l-touch")}
    assert not document.is_modified
    document.undo_stack.redo()
    assert cell_titles(document, "s1", "l-touch") == ["Ad", "Queue", "Seen on the train"]


def test_move_several_cards_is_one_step_announced_as_moves(
    document: JourneyDocument, announced: list[ChangeSet]
) -> None:
    Edits(document).move_cards("j1", ["c-note", "c-touch"], "s2", "l-pain", 0)
    assert cell_titles(document, "s2", "l-pain") == ["Ad", "Seen on the train", "Slow checkout"]
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Move 2 Cards"
    assert announced[-1].journeys["j1"].moved == {"c-touch": ("s1", "l-touch"), "c-note": ("s1", "l-touch")}
    before = small_project().model_dump()
    document.undo_stack.undo()
    assert document.project.model_dump() == before


def test_deleting_a_linked_pain_point_removes_its_links_in_the_same_step(document: JourneyDocument) -> None:
    Edits(document).delete_cards("j1", ["c-pain"])
    action = document.index("j1").card("c-act")
    assert isinstance(action, ImprovementCard)
    assert action.addresses == []
    assert "c-pain" not in document.index("j1")
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Delete Pain Point"
    document.undo_stack.undo()
    assert document.project == small_project()


def test_typing_in_one_field_merges_until_the_editor_is_left(document: JourneyDocument) -> None:
    edits = Edits(document)
    ref = Ref.card("j1", "c-touch")
    for text in ["A", "Ad ", "Ad o", "Ad on TV"]:
        edits.set_fields(ref, {"title": text}, "Edit Title", merge=True)
    assert document.undo_stack.count() == 1
    document.end_edit_session()
    edits.set_fields(ref, {"title": "Ad on TV!"}, "Edit Title", merge=True)
    assert document.undo_stack.count() == 2
    document.undo_stack.undo()
    assert document.index("j1").card("c-touch").title == "Ad on TV"
    document.undo_stack.undo()
    assert document.index("j1").card("c-touch").title == "Ad"


def test_typing_back_to_the_original_leaves_no_step(document: JourneyDocument) -> None:
    edits = Edits(document)
    ref = Ref.stage("j1", "s1")
    edits.set_fields(ref, {"name": "Discove"}, "Rename Stage", merge=True)
    edits.set_fields(ref, {"name": "Discover"}, "Rename Stage", merge=True)
    assert document.undo_stack.count() == 0
    assert not document.is_modified


def test_keyboard_moves_merge(document: JourneyDocument) -> None:
    from journeydesk.document.map_edits import CardMove

    edits = Edits(document)
    edits.move_each("j1", [CardMove("c-touch", "s2", "l-touch", 0)], merge_key=("keys", ("c-touch",)))
    edits.move_each("j1", [CardMove("c-touch", "s2", "l-pain", 0)], merge_key=("keys", ("c-touch",)))
    assert document.undo_stack.count() == 1
    assert document.index("j1").card("c-touch").lane_id == "l-pain"
    document.undo_stack.undo()
    assert document.project == small_project()


def test_delete_stage_takes_its_cards_and_their_links(document: JourneyDocument) -> None:
    edits = Edits(document)
    edits.delete_column("j1", "stages", "s2")
    journey = document.journey("j1")
    assert [stage.id for stage in journey.stages] == ["s1"]
    assert {card.id for card in journey.cards} == {"c-touch", "c-note"}
    assert document.undo_stack.undoText() == "Delete Stage"
    document.undo_stack.undo()
    assert document.project == small_project()


def test_add_and_move_stages_and_lanes(document: JourneyDocument, announced: list[ChangeSet]) -> None:
    edits = Edits(document)
    stage_id = edits.add_stage("j1", 1)
    lane_id = edits.add_lane("j1", 0, LaneKind.KPIS)
    journey = document.journey("j1")
    assert [stage.id for stage in journey.stages] == ["s1", stage_id, "s2"]
    assert journey.lanes[0].name == "KPIs"
    assert announced[-1].journeys["j1"].structure
    edits.move_column("j1", "stages", 0, 2)
    assert [stage.id for stage in journey.stages] == [stage_id, "s2", "s1"]
    assert document.undo_stack.undoText() == "Move Stage"
    for _ in range(3):
        document.undo_stack.undo()
    assert document.project == small_project()
    assert lane_id not in {lane.id for lane in journey.lanes}


def test_change_kind_keeps_place_and_text(document: JourneyDocument) -> None:
    edits = Edits(document)
    edits.change_card_kind("j1", "c-pain", CardKind.NOTE)
    card = document.index("j1").card("c-pain")
    assert (card.kind, card.title, card.stage_id) == (CardKind.NOTE, "Slow checkout", "s2")
    assert document.index("j1").card("c-act").addresses == []  # type: ignore[union-attr]
    document.undo_stack.undo()
    assert document.project == small_project()


def test_duplicate_puts_copies_after_their_originals(document: JourneyDocument) -> None:
    new_ids = Edits(document).duplicate_cards("j1", ["c-touch", "c-note"])
    assert cell_titles(document, "s1", "l-touch") == ["Ad", "Ad", "Seen on the train", "Seen on the train"]
    assert len(set(new_ids)) == 2
    assert not set(new_ids) & {"c-touch", "c-note"}
    assert document.undo_stack.undoText() == "Duplicate 2 Cards"


def test_field_values_are_checked_and_converted_before_they_are_stored(document: JourneyDocument) -> None:
    from pydantic import ValidationError

    edits = Edits(document)
    edits.set_fields(Ref.lane("j1", "l-pain"), {"kind": "kpis"}, "Change Kind")
    assert document.journey("j1").lanes[1].kind is LaneKind.KPIS
    with pytest.raises(ValidationError):
        edits.set_fields(Ref.card("j1", "c-pain"), {"severity": 9}, "Change Severity")
    assert document.index("j1").card("c-pain").severity == 4
    assert document.undo_stack.count() == 1
