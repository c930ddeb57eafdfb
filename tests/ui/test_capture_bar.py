"""The capture bar, by its keys: Ctrl+Enter opens it, Enter adds a card and keeps it open, prefixes choose
the kind, Tab and Shift+Tab walk the cells, pasted lines become a card each, Escape closes it."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from journeydesk.model import CardKind, LaneKind
from journeydesk.templates import new_project
from journeydesk.ui.workshop.capture_bar import parse_line, step_cell


def open_bar(qtbot, window):
    QTest.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    bar = window.capture
    qtbot.waitUntil(bar.line.hasFocus)
    return bar


def type_line(bar, text: str) -> None:
    QTest.keyClicks(bar.line, text)
    QTest.keyClick(bar.line, Qt.Key.Key_Return)


def bar_in_lane(qtbot, open_window, kind: LaneKind, stage: int):
    """A six-stage map with the capture bar open on the ``stage``-th cell of the lane of ``kind``."""
    window = open_window(new_project("six-stage"))
    journey = window.scene.journey
    lane = next(lane for lane in journey.lanes if lane.kind is kind)
    window.scene.set_current_cell((journey.stages[stage].id, lane.id))
    return window, journey, lane, open_bar(qtbot, window)


def test_enter_adds_cards_of_the_kind_their_prefix_asks_for_and_keeps_the_bar_open(qtbot, open_window) -> None:
    window, journey, pains, bar = bar_in_lane(qtbot, open_window, LaneKind.PAIN_POINTS, 1)
    assert bar.cell_label.text() == f"{journey.stages[1].name} › {pains.name}"
    assert bar.kind_label.text() == "Pain point"  # what the lane holds
    type_line(bar, "Form asks twice")
    QTest.keyClicks(bar.line, "+ ")
    assert bar.kind_label.text() == "Improvement action"  # the prefix shows the kind it will make
    QTest.keyClicks(bar.line, "Prefill the form")
    QTest.keyClick(bar.line, Qt.Key.Key_Return)
    type_line(bar, "? Ask the bank")
    type_line(bar, "! Card declined")
    assert bar.isVisible() and bar.line.text() == "" and bar.line.hasFocus()
    cell = window.scene.index.cards_in((journey.stages[1].id, pains.id))
    assert [(card.kind, card.title) for card in cell] == [
        (CardKind.PAIN_POINT, "Form asks twice"),
        (CardKind.IMPROVEMENT, "Prefill the form"),
        (CardKind.NOTE, "Ask the bank"),
        (CardKind.PAIN_POINT, "Card declined"),
    ]
    assert window.document.undo_stack.undoText() == "Add Pain Point"
    window.actions_.undo.trigger()
    assert len(window.scene.index.cards_in((journey.stages[1].id, pains.id))) == 3
    QTest.keyClick(bar.line, Qt.Key.Key_Escape)
    assert not bar.isVisible() and window.view.hasFocus()


def test_tab_walks_the_cells_along_the_lane_and_on_to_the_next(qtbot, open_window) -> None:
    window = open_window(new_project("four-stage"))
    journey = window.scene.journey
    stages, lanes = [stage.id for stage in journey.stages], [lane.id for lane in journey.lanes]
    window.scene.set_current_cell((stages[0], lanes[0]))
    bar = open_bar(qtbot, window)
    visited = []
    for _ in range(len(stages) + 1):
        QTest.keyClick(bar.line, Qt.Key.Key_Tab)
        visited.append(window.scene.current_cell)
    assert visited == [(stage, lanes[0]) for stage in stages[1:]] + [(stages[0], lanes[1]), (stages[1], lanes[1])]
    assert bar.line.hasFocus()  # Tab never leaves the bar
    QTest.keyClick(bar.line, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(bar.line, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert window.scene.current_cell == (stages[-1], lanes[0])
    assert bar.cell_label.text() == f"{journey.stages[-1].name} › {journey.lanes[0].name}"
    type_line(bar, "Loyalty card")
    assert [card.title for card in window.scene.index.cards_in((stages[-1], lanes[0]))] == ["Loyalty card"]


def test_pasting_many_lines_adds_a_card_each_in_one_step(qtbot, open_window) -> None:
    window, journey, touch, bar = bar_in_lane(qtbot, open_window, LaneKind.TOUCHPOINTS, 0)
    QGuiApplication.clipboard().setText("Instagram ad\n\n! Ad hides the price\nFriend's tip\n")
    steps = window.document.undo_stack.count()
    QTest.keyClick(bar.line, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    cards = window.scene.index.cards_in((journey.stages[0].id, touch.id))
    assert [(card.kind, card.title) for card in cards] == [
        (CardKind.TOUCHPOINT, "Instagram ad"),
        (CardKind.PAIN_POINT, "Ad hides the price"),
        (CardKind.TOUCHPOINT, "Friend's tip"),
    ]
    assert window.document.undo_stack.count() == steps + 1
    assert window.document.undo_stack.undoText() == "Add 3 Cards"
    QGuiApplication.clipboard().setText("One line")
    QTest.keyClick(bar.line, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert bar.line.text() == "One line"  # a single line is pasted into the bar, to be edited first


def test_prefixes_and_the_reading_order() -> None:
    assert parse_line("!  Broken ", CardKind.NOTE) == (CardKind.PAIN_POINT, "Broken")
    assert parse_line("!important", CardKind.NOTE) == (CardKind.NOTE, "!important")
    assert parse_line("+", CardKind.NOTE) == (CardKind.IMPROVEMENT, "")
    assert parse_line("What if?", CardKind.TOUCHPOINT) == (CardKind.TOUCHPOINT, "What if?")
    stages, lanes = ["a", "b"], ["x", "y"]
    assert step_cell(stages, lanes, ("b", "y"), 1) == ("a", "x")
    assert step_cell(stages, lanes, ("a", "x"), -1) == ("b", "y")


def test_in_focus_mode_escape_closes_the_bar_first_then_leaves(qtbot, window) -> None:
    QTest.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen)
    bar = open_bar(qtbot, window)
    QTest.keyClick(bar.line, Qt.Key.Key_Escape)
    assert not bar.isVisible() and window.isFullScreen()
    QTest.keyClick(window.view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen())
