"""Fixtures and helpers for driving the real window with real events."""

import gc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, QSettings, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from journeydesk.canvas.scene import MapScene
from journeydesk.canvas.view import MapView
from journeydesk.document import JourneyDocument
from journeydesk.model import Project
from journeydesk.style.stylesheet import STYLE_SHEET
from journeydesk.templates import new_project
from journeydesk.ui.main_window import MainWindow
from journeydesk.ui.settings import AppSettings


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """QSettings go to a folder of this test's own."""
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture(autouse=True)
def closed_windows_go(qapp: QApplication) -> Iterator[None]:
    """Windows a test closed are deleted and their garbage collected when it ends: left for later, the
    collector could run in the middle of Qt restyling every widget for the next window's theme."""
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and not widget.isVisible():
            widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@pytest.fixture
def open_window(qtbot: QtBot) -> Callable[..., MainWindow]:
    """Open a main window on a project (the sample by default); closed without a prompt after the test."""

    def factory(project: Project | None = None, path: Path | None = None) -> MainWindow:
        QApplication.instance().setStyleSheet(STYLE_SHEET)  # type: ignore[union-attr]
        window = MainWindow(JourneyDocument(project or new_project("sample"), path), AppSettings())
        window.resize(1400, 900)
        qtbot.addWidget(window, before_close_func=lambda w: w.document.undo_stack.setClean())
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        window.view.set_zoom(1.0)
        window.view.centerOn(0, 0)
        return window

    return factory


@pytest.fixture
def window(open_window: Callable[..., MainWindow]) -> MainWindow:
    return open_window()


def viewport_point(view: MapView, scene_point: QPointF) -> QPoint:
    view.ensureVisible(scene_point.x() - 1, scene_point.y() - 1, 2, 2, 80, 80)
    return view.mapFromScene(scene_point)


def drag(qtbot: QtBot, view: MapView, start: QPointF, end: QPointF, steps: int = 6) -> None:
    """Press, move in steps, release: a real mouse drag on the view's viewport."""
    viewport = view.viewport()
    begin = viewport_point(view, start)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=begin)
    finish = view.mapFromScene(end)
    for step in range(1, steps + 1):
        point = begin + (finish - begin) * step / steps
        qtbot.mouseMove(viewport, pos=point)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=finish)


def drop_mime(view: MapView, mime: QMimeData, scene_point: QPointF) -> bool:
    """Deliver a drag-enter, drag-move and drop of ``mime`` at ``scene_point``; True if accepted."""
    viewport = view.viewport()
    point = QPointF(viewport_point(view, scene_point))
    actions = Qt.DropAction.CopyAction
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point.toPoint(), actions, mime, buttons, modifiers)
    QApplication.sendEvent(viewport, enter)
    move = QDragMoveEvent(point.toPoint(), actions, mime, buttons, modifiers)
    QApplication.sendEvent(viewport, move)
    if not move.isAccepted():
        QApplication.sendEvent(viewport, QDragLeaveEvent())  # the drag goes away, as a real one would
        return False
    drop = QDropEvent(point, actions, mime, buttons, modifiers)
    QApplication.sendEvent(viewport, drop)
    return drop.isAccepted()


def card_center(scene: MapScene, card_id: str) -> QPointF:
    return scene.card_items[card_id].sceneBoundingRect().center()


def cell_point(scene: MapScene, stage_id: str, lane_id: str, dx: float = 0.5, dy: float = 0.9) -> QPointF:
    assert scene.grid is not None
    rect = scene.grid.cell_rect((stage_id, lane_id))
    return QPointF(rect.x + rect.width * dx, rect.y + rect.height * dy)


def answer_message_box(*button_texts: str) -> list[str]:
    """Click the buttons named, one per message box, in the boxes that open next, in order.

    Returns the texts the boxes showed (text and informative text of each).
    """
    seen: list[str] = []
    answers = list(button_texts)
    answered: list[QMessageBox] = []

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box in answered:
            QTimer.singleShot(20, click)
            return
        answered.append(box)
        seen.extend([box.text(), box.informativeText()])
        wanted = answers.pop(0)
        for button in box.findChildren(QAbstractButton):
            if button.text().replace("&", "") == wanted:
                if answers:
                    QTimer.singleShot(20, click)
                button.click()
                return
        raise AssertionError(f"no button {wanted!r} in {[b.text() for b in box.buttons()]}")

    QTimer.singleShot(0, click)
    return seen
