"""Zoom and pan: Ctrl+wheel, keys, fit, actual size, Space+drag, the middle button, scroll bars."""

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from journeydesk.canvas.palette_mime import PaletteEntry, palette_mime
from tests.ui.conftest import cell_point, viewport_point


def wheel(view, delta: int, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    position = QPointF(view.viewport().rect().center())
    event = QWheelEvent(
        position,
        view.viewport().mapToGlobal(position),
        QPoint(0, 0),
        QPoint(0, delta),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)


def test_zoom_with_ctrl_wheel_keys_fit_and_actual_size(qtbot, window) -> None:
    view = window.view
    assert view.zoom == 1.0
    wheel(view, 120, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom > 1.0
    assert window.zoom_label.text() == f"Zoom {round(view.zoom * 100)}%"
    wheel(view, -240, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom < 1.0
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == 1.0
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == 1.25
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == 1.0
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    visible = view.visible_scene_rect()
    assert visible.contains(window.scene.map_rect())
    assert view.zoom < 1.0


def test_wheel_without_ctrl_scrolls(qtbot, window) -> None:
    view = window.view
    before = view.verticalScrollBar().value()
    wheel(view, -120)
    assert view.verticalScrollBar().value() > before
    assert view.zoom == 1.0


def test_pan_with_space_drag_and_with_the_middle_button(qtbot, window) -> None:
    view, viewport = window.view, window.view.viewport()
    view.setFocus()
    center = viewport.rect().center()
    start = (view.horizontalScrollBar().value(), view.verticalScrollBar().value())
    qtbot.keyPress(view, Qt.Key.Key_Space)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=center)
    qtbot.mouseMove(viewport, pos=center - QPoint(200, 150))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=center - QPoint(200, 150))
    qtbot.keyRelease(view, Qt.Key.Key_Space)
    after_space = (view.horizontalScrollBar().value(), view.verticalScrollBar().value())
    assert after_space[0] > start[0] and after_space[1] > start[1]
    assert window.document.undo_stack.count() == 0 and not window.scene.selectedItems()
    qtbot.mousePress(viewport, Qt.MouseButton.MiddleButton, pos=center)
    qtbot.mouseMove(viewport, pos=center + QPoint(100, 80))
    qtbot.mouseRelease(viewport, Qt.MouseButton.MiddleButton, pos=center + QPoint(100, 80))
    assert (view.horizontalScrollBar().value(), view.verticalScrollBar().value()) == (
        after_space[0] - 100,
        after_space[1] - 80,
    )


def test_headers_stay_in_sight_while_scrolling(qtbot, window) -> None:
    view, scene = window.view, window.scene
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())
    top_left = view.mapToScene(QPoint(0, 0))
    # the bands sit below the journey's band at rest; scrolled, they follow the view's top and left edges
    assert scene.stage_band.y() == top_left.y() - scene.metrics.stage_header_top > 0
    assert scene.lane_band.x() == top_left.x() > 0


def test_drop_indicator_shows_while_dragging_over_a_cell(qtbot, window) -> None:
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent

    view, scene = window.view, window.scene
    target = cell_point(scene, scene.journey.stages[1].id, scene.journey.lanes[2].id, dy=0.5)
    point = viewport_point(view, target)
    mime = palette_mime(PaletteEntry.NOTE)  # the events do not own it: keep it alive
    arguments = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), QDragEnterEvent(point, *arguments))
    move = QDragMoveEvent(point, *arguments)
    QApplication.sendEvent(view.viewport(), move)
    assert move.isAccepted()
    assert scene.drop_bar.isVisible() and scene.drop_area.isVisible()
    assert scene.drop_area.sceneBoundingRect().contains(target)
