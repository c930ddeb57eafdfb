"""Mouse work on the map: drag cards and headers with real presses, moves and releases."""

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from journeydesk.model import CardKind
from tests.ui.conftest import card_center, cell_point, drag, viewport_point


def ids_in(window, stage_id: str, lane_id: str) -> list[str]:
    return [card.id for card in window.document.index(window.scene.journey_id).cards_in((stage_id, lane_id))]


def test_drag_a_card_into_another_stage_then_undo_and_redo(qtbot, window) -> None:
    scene, journey = window.scene, window.scene.journey
    awareness, interest = journey.stages[0].id, journey.stages[1].id
    touchpoints = next(lane.id for lane in journey.lanes if lane.name == "Touchpoints")
    card_id = ids_in(window, awareness, touchpoints)[0]
    before_source, before_target = ids_in(window, awareness, touchpoints), ids_in(window, interest, touchpoints)

    drag(qtbot, window.view, card_center(scene, card_id), cell_point(scene, interest, touchpoints, dy=0.95))

    assert ids_in(window, interest, touchpoints) == [*before_target, card_id]
    assert card_id not in ids_in(window, awareness, touchpoints)
    stack = window.document.undo_stack
    assert (stack.count(), stack.undoText()) == (1, "Move Touchpoint")
    # the item sits in the slot the layout gives it
    slot = scene.grid.card_rect((interest, touchpoints), len(before_target))
    assert scene.card_items[card_id].scenePos() == QPointF(slot.x, slot.y)

    window.actions_.undo.trigger()
    assert (ids_in(window, awareness, touchpoints), ids_in(window, interest, touchpoints)) == (
        before_source,
        before_target,
    )
    slot = scene.grid.card_rect((awareness, touchpoints), 0)
    assert scene.card_items[card_id].scenePos() == QPointF(slot.x, slot.y)
    window.actions_.redo.trigger()
    assert ids_in(window, interest, touchpoints)[-1] == card_id


def test_drag_several_selected_cards_is_one_step(qtbot, window) -> None:
    scene, journey = window.scene, window.scene.journey
    purchase = journey.stages[3].id
    pains = next(lane.id for lane in journey.lanes if lane.kind.value == "pain_points")
    notes = next(lane.id for lane in journey.lanes if lane.kind.value == "notes")
    first, second = ids_in(window, purchase, pains)
    viewport = window.view.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=viewport_point(window.view, card_center(scene, first)))
    qtbot.mouseClick(
        viewport,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ShiftModifier,
        pos=viewport_point(window.view, card_center(scene, second)),
    )
    assert sorted(scene.selected_card_ids()) == sorted([first, second])

    drag(qtbot, window.view, card_center(scene, second), cell_point(scene, purchase, notes, dy=0.2))

    assert ids_in(window, purchase, notes) == [first, second]
    assert ids_in(window, purchase, pains) == []
    assert window.document.undo_stack.undoText() == "Move 2 Cards"
    assert window.actions_.undo.text().replace("&", "") == "Undo Move 2 Cards"
    window.actions_.undo.trigger()
    assert window.actions_.redo.text().replace("&", "") == "Redo Move 2 Cards"
    assert ids_in(window, purchase, pains) == [first, second]


def test_ctrl_click_toggles_and_rubber_band_selects(qtbot, window) -> None:
    scene, view = window.scene, window.view
    journey = scene.journey
    goal = journey.lanes[0].id
    cards = [ids_in(window, stage.id, goal)[0] for stage in journey.stages[:3]]
    viewport = view.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=viewport_point(view, card_center(scene, cards[0])))
    qtbot.mouseClick(
        viewport,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        pos=viewport_point(view, card_center(scene, cards[1])),
    )
    assert sorted(scene.selected_card_ids()) == sorted(cards[:2])
    qtbot.mouseClick(
        viewport,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        pos=viewport_point(view, card_center(scene, cards[0])),
    )
    assert scene.selected_card_ids() == [cards[1]]
    # a rubber band from empty space across the three goal cards
    first = scene.card_items[cards[0]].sceneBoundingRect()
    third = scene.card_items[cards[2]].sceneBoundingRect()
    drag(qtbot, view, first.topLeft() - QPointF(6, 6), QPointF(third.right() - 10, third.center().y()))
    assert sorted(scene.selected_card_ids()) == sorted(cards)
    assert window.document.undo_stack.count() == 0


def test_drag_outside_the_grid_changes_nothing(qtbot, window) -> None:
    scene = window.scene
    card_id = scene.journey.cards[0].id
    before = card_center(scene, card_id)
    drag(qtbot, window.view, before, QPointF(-30, -30))
    assert window.document.undo_stack.count() == 0
    assert card_center(scene, card_id) == before


def test_reorder_stages_by_dragging_a_header(qtbot, window) -> None:
    scene = window.scene
    names = [stage.name for stage in scene.journey.stages]
    first = scene.stage_headers[scene.journey.stages[0].id].sceneBoundingRect()
    third = scene.stage_headers[scene.journey.stages[2].id].sceneBoundingRect()
    drag(qtbot, window.view, first.center(), QPointF(third.right() - 4, third.center().y()))
    assert [stage.name for stage in scene.journey.stages] == [names[1], names[2], names[0], *names[3:]]
    assert window.document.undo_stack.undoText() == "Move Stage"
    # headers follow the model, numbered anew
    header = scene.stage_headers[scene.journey.stages[2].id]
    assert (header.stage.name, header.number) == (names[0], 3)
    window.actions_.undo.trigger()
    assert [stage.name for stage in scene.journey.stages] == names


def test_reorder_lanes_by_dragging_a_header(qtbot, window) -> None:
    scene = window.scene
    names = [lane.name for lane in scene.journey.lanes]
    second = scene.lane_headers[scene.journey.lanes[1].id].sceneBoundingRect()
    drag(qtbot, window.view, second.center(), QPointF(second.center().x(), 2))
    assert [lane.name for lane in scene.journey.lanes] == [names[1], names[0], *names[2:]]
    assert window.document.undo_stack.undoText() == "Move Lane"


def test_double_click_on_an_empty_cell_adds_a_card_of_the_lanes_kind(qtbot, window) -> None:
    scene, journey = window.scene, window.scene.journey
    pains = next(lane for lane in journey.lanes if lane.kind.value == "pain_points")
    advocacy = journey.stages[-1].id
    assert ids_in(window, advocacy, pains.id) == []
    qtbot.mouseDClick(
        window.view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=viewport_point(window.view, cell_point(scene, advocacy, pains.id, dy=0.5)),
    )
    added = ids_in(window, advocacy, pains.id)
    assert len(added) == 1
    assert window.document.index(scene.journey_id).card(added[0]).kind is CardKind.PAIN_POINT
    assert window.view.editor is not None  # the title is open for typing


def test_resting_the_pointer_on_a_card_shows_its_title_and_description(qtbot, window) -> None:
    scene = window.scene
    card = next(card for card in scene.journey.cards if card.description)
    view = window.view
    view.centerOn(card_center(scene, card.id))
    spot = viewport_point(view, card_center(scene, card.id))
    QApplication.sendEvent(view.viewport(), QHelpEvent(QEvent.Type.ToolTip, spot, view.viewport().mapToGlobal(spot)))
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == f"{card.title}\n\n{card.description}"
    QToolTip.hideText()
