"""Dropping palette items on the map with real QMimeData through the view's drop handling."""

import pytest
from PySide6.QtCore import QMimeData, QPointF

from journeydesk.canvas.palette_mime import PaletteEntry, palette_mime
from journeydesk.model import CardKind, LaneKind
from tests.ui.conftest import cell_point, drop_mime


@pytest.mark.parametrize(
    "entry", [PaletteEntry.TOUCHPOINT, PaletteEntry.PAIN_POINT, PaletteEntry.IMPROVEMENT, PaletteEntry.NOTE]
)
def test_a_card_dropped_in_a_cell_lands_there_at_the_drop_position(window, entry: PaletteEntry) -> None:
    scene, journey = window.scene, window.scene.journey
    consideration = journey.stages[2].id
    lane = next(lane.id for lane in journey.lanes if lane.kind is LaneKind.TOUCHPOINTS)
    before = [card.id for card in scene.index.cards_in((consideration, lane))]
    # drop between the first and the second card of the cell
    first = scene.card_items[before[0]].sceneBoundingRect()
    point = QPointF(first.center().x(), first.bottom() + 4)
    assert drop_mime(window.view, palette_mime(entry), point)
    after = [card.id for card in scene.index.cards_in((consideration, lane))]
    assert len(after) == len(before) + 1
    new_id = next(card_id for card_id in after if card_id not in before)
    assert after.index(new_id) == 1
    assert scene.index.card(new_id).kind is CardKind(entry.value)
    assert window.document.undo_stack.undoText() == f"Add {CardKind(entry.value).label.title()}"
    assert scene.selected_card_ids() == [new_id]
    window.actions_.undo.trigger()
    assert [card.id for card in scene.index.cards_in((consideration, lane))] == before


def test_a_stage_dropped_between_two_columns_is_inserted_there(window) -> None:
    scene = window.scene
    names = [stage.name for stage in scene.journey.stages]
    boundary = scene.grid.stage_edges[2]  # between stage 2 and stage 3
    assert drop_mime(window.view, palette_mime(PaletteEntry.STAGE), QPointF(boundary + 15, 300))
    assert [stage.name for stage in scene.journey.stages] == [*names[:2], "New stage", *names[2:]]
    new_stage = scene.journey.stages[2]
    assert new_stage.id in scene.stage_headers
    assert scene.stage_headers[new_stage.id].number == 3
    # its cells exist and the following stages moved right
    assert all((new_stage.id, lane.id) in scene.cell_items for lane in scene.journey.lanes)
    assert window.document.undo_stack.undoText() == "Add Stage"


def test_a_lane_dropped_between_two_rows_is_inserted_there(window) -> None:
    scene = window.scene
    names = [lane.name for lane in scene.journey.lanes]
    boundary = scene.grid.lane_edges[1]
    assert drop_mime(window.view, palette_mime(PaletteEntry.LANE), QPointF(500, boundary - 10))
    assert [lane.name for lane in scene.journey.lanes] == [names[0], "New lane", *names[1:]]
    assert scene.journey.lanes[1].kind is LaneKind.CUSTOM


def test_a_card_dropped_where_nothing_can_land_is_refused(window) -> None:
    scene = window.scene
    cards = len(scene.journey.cards)
    assert not drop_mime(window.view, palette_mime(PaletteEntry.NOTE), QPointF(-20, -20))  # outside the map
    lane_header = scene.lane_headers[scene.journey.lanes[0].id].sceneBoundingRect()
    assert not drop_mime(window.view, palette_mime(PaletteEntry.NOTE), lane_header.center())  # on a lane header
    assert len(scene.journey.cards) == cards
    assert window.document.undo_stack.count() == 0
    assert not scene.drop_bar.isVisible()


def test_foreign_data_is_refused(window) -> None:
    scene = window.scene
    mime = QMimeData()
    mime.setData("application/x-journeydesk-palette", b"\xff\xfe nonsense")
    target = cell_point(scene, scene.journey.stages[0].id, scene.journey.lanes[0].id)
    assert not drop_mime(window.view, mime, target)
    text = QMimeData()
    text.setText("just text")
    assert not drop_mime(window.view, text, target)
    assert window.document.undo_stack.count() == 0
