"""The inspector edits every field of the selected object; each edit is undoable, typing merges."""

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest

from journeydesk.document import Ref
from journeydesk.model import ActionStatus, CardKind, Channel, LaneKind
from tests.factories import small_project


def test_typing_a_title_is_one_undo_step_per_field(qtbot, open_window) -> None:
    window = open_window(small_project())
    window.scene.select_cards(["c-pain"])
    form = window.inspector.forms["card"]
    assert window.inspector.heading.text() == "Pain Point"
    form.title.setFocus()
    form.title.moveCursor(form.title.textCursor().MoveOperation.End)
    QTest.keyClicks(form.title, " at the till")
    card = window.scene.index.card("c-pain")
    assert card.title == "Slow checkout at the till"
    assert window.document.undo_stack.count() == 1
    assert window.document.undo_stack.undoText() == "Edit Title"
    # the card on the map shows it
    assert window.scene.card_items["c-pain"].card.title == "Slow checkout at the till"
    form.description.setFocus()  # leaving the title ends its step
    QTest.keyClicks(form.description, "Queues of ten minutes")
    assert window.document.undo_stack.count() == 2
    window.actions_.undo.trigger()
    assert card.description == ""
    window.actions_.undo.trigger()
    assert card.title == "Slow checkout"
    assert form.title.toPlainText() == "Slow checkout"  # the form follows undo


def test_severity_buttons(qtbot, open_window) -> None:
    window = open_window(small_project())
    window.scene.select_cards(["c-pain"])
    form = window.inspector.forms["card"]
    assert form.severity.isVisible() and not form.impact.isVisible()
    qtbot.mouseClick(form.severity._group.button(4), Qt.MouseButton.LeftButton)
    assert window.scene.index.card("c-pain").severity == 5
    assert window.document.undo_stack.undoText() == "Change Severity"
    window.actions_.undo.trigger()
    assert window.scene.index.card("c-pain").severity == 4
    assert form.severity._group.button(3).isChecked()


def test_touchpoint_channel_custom_channel_and_emotion(qtbot, open_window) -> None:
    window = open_window(small_project())
    window.scene.select_cards(["c-touch"])
    form = window.inspector.forms["card"]
    assert not form.custom_channel.isVisible()
    form.channel.setFocus()
    form.channel.setCurrentIndex(form.channel.index_of(Channel.CUSTOM))
    form.channel.activated.emit(form.channel.currentIndex())
    assert form.custom_channel.isVisible()
    QTest.keyClicks(form.custom_channel, "Kiosk")
    qtbot.mouseClick(form.emotion._group.button(0), Qt.MouseButton.LeftButton)  # -2
    card = window.scene.index.card("c-touch")
    assert (card.channel, card.custom_channel, card.emotion) == (Channel.CUSTOM, "Kiosk", -2)
    qtbot.mouseClick(form.emotion._group.button(0), Qt.MouseButton.LeftButton)  # clicking again clears it
    assert card.emotion is None
    for _ in range(4):
        window.actions_.undo.trigger()
    assert card == small_project().journeys[0].cards[0]


def test_improvement_action_fields(qtbot, open_window) -> None:
    window = open_window(small_project())
    window.scene.select_cards(["c-act"])
    form = window.inspector.forms["card"]
    qtbot.mouseClick(form.impact._group.button(4), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.effort._group.button(1), Qt.MouseButton.LeftButton)
    QTest.keyClicks(form.owner, "Checkout team")
    form.status.setCurrentIndex(form.status.index_of(ActionStatus.IN_PROGRESS))
    form.status.activated.emit(form.status.currentIndex())
    form.due.enabled.setChecked(True)
    form.due.date.setDate(QDate(2027, 3, 31))
    # unlink the pain point in the checklist
    item = form.addresses.item(0)
    assert item.data(Qt.ItemDataRole.UserRole) == "c-pain"
    item.setCheckState(Qt.CheckState.Unchecked)
    card = window.scene.index.card("c-act")
    assert (card.impact, card.effort, card.owner, card.status, card.due, card.addresses) == (
        5,
        2,
        "Checkout team",
        ActionStatus.IN_PROGRESS,
        dt.date(2027, 3, 31),
        [],
    )
    while window.document.undo_stack.canUndo():
        window.actions_.undo.trigger()
    assert window.document.project == small_project()


def test_change_a_cards_kind_and_move_it_from_the_inspector(qtbot, open_window) -> None:
    window = open_window(small_project())
    window.scene.select_cards(["c-note"])
    form = window.inspector.forms["card"]
    form.kind.setCurrentIndex(form.kind.index_of(CardKind.PAIN_POINT))
    form.kind.activated.emit(form.kind.currentIndex())
    card = window.scene.index.card("c-note")
    assert card.kind is CardKind.PAIN_POINT and card.title == "Seen on the train"
    assert form.severity.isVisible()
    assert window.scene.card_items["c-note"].card is card
    form.stage.setCurrentIndex(form.stage.index_of("s2"))
    form.stage.activated.emit(form.stage.currentIndex())
    assert window.scene.index.card("c-note").stage_id == "s2"
    assert window.document.undo_stack.undoText() == "Move Pain Point"


def test_stage_and_lane_fields(qtbot, open_window) -> None:
    from journeydesk.document import Ref

    window = open_window(small_project())
    window.scene.select_ref(Ref.stage("j1", "s1"))
    form = window.inspector.forms["stage"]
    assert window.inspector.heading.text() == "Stage · Discover"
    form.name.selectAll()
    QTest.keyClicks(form.name, "Explore")
    QTest.keyClicks(form.goal, "Find options")
    form.color.menu().actions()[2].trigger()
    stage = window.scene.journey.stages[0]
    assert (stage.name, stage.goal, stage.color) == ("Explore", "Find options", "#36a58a")
    assert window.scene.stage_headers["s1"].stage.name == "Explore"
    window.scene.select_ref(Ref.lane("j1", "l-pain"))
    lane_form = window.inspector.forms["lane"]
    lane_form.kind.setCurrentIndex(lane_form.kind.index_of(LaneKind.KPIS))
    lane_form.kind.activated.emit(lane_form.kind.currentIndex())
    assert window.scene.journey.lanes[1].kind is LaneKind.KPIS
    assert window.document.undo_stack.undoText() == "Change Kind"


def test_nothing_selected_shows_project_and_journey(qtbot, open_window) -> None:
    window = open_window(small_project())
    window.scene.clearSelection()
    form = window.inspector.forms["journey"]
    assert window.inspector.stack.currentWidget() is form
    form.title.selectAll()
    QTest.keyClicks(form.title, "Checkout study")
    QTest.keyClicks(form.scenario, "Ana buys a gift")
    assert window.document.project.title == "Checkout study"
    assert window.scene.journey.scenario == "Ana buys a gift"
    assert window.windowTitle().startswith("Checkout study")
    # a long title shown from elsewhere (undo) is shown from its start
    form.scenario.setFocus()
    long_title = "A title far too long to fit in the inspector's narrow field at once"
    window.edits.set_fields(Ref.project(), {"title": long_title}, "Rename Project")
    assert form.title.text().startswith("A title far") and form.title.cursorPosition() == 0


def test_several_selected_shows_a_summary(qtbot, open_window) -> None:
    window = open_window(small_project())
    window.scene.select_cards(["c-touch", "c-note"])
    assert window.inspector.heading.text() == "2 items selected"


def test_a_long_name_wraps_in_the_heading_and_leaves_the_panels_width_alone(qtbot, window) -> None:
    dock = window.docks.dock("inspector")
    width = dock.width()
    stage = window.scene.journey.stages[2]
    header = window.scene.stage_headers[stage.id].sceneBoundingRect()
    window.view.centerOn(header.center())
    point = window.view.mapFromScene(header.center())
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    name = window.inspector.forms["stage"].name
    name.selectAll()
    long_name = "Consideration of every model, every frame size and the finance offer on the website"
    QTest.keyClicks(name, long_name)
    heading = window.inspector.heading
    assert heading.text() == f"Stage · {long_name}"
    qtbot.waitUntil(lambda: heading.height() > 2 * heading.fontMetrics().height())  # on more than one line
    assert dock.width() == width
