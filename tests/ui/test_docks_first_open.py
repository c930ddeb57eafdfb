"""Each dock works the first time it is opened after start-up, when its panel is built: opened as a
person opens it (its tab, or its View menu entry), used, and the effect on the map checked."""

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDockWidget, QScrollArea, QStyle, QTabBar
from pytestqt.qtbot import QtBot

from journeydesk.canvas.palette_mime import PaletteEntry
from journeydesk.document import JourneyDocument
from journeydesk.templates import new_project
from journeydesk.ui.main_window import DOCK_WIDTH, MainWindow
from journeydesk.ui.settings import AppSettings
from journeydesk.ui.workshop.vote_setup import VoteSetupDialog


def started(qtbot: QtBot) -> MainWindow:
    """The window as start-up leaves it, before anything has been built in idle time."""
    window = MainWindow(JourneyDocument(new_project("sample")), AppSettings())
    window.resize(1400, 900)
    qtbot.addWidget(window, before_close_func=lambda w: w.document.undo_stack.setClean())
    window.show()
    return window


def open_dock(qtbot: QtBot, window: MainWindow, name: str) -> QDockWidget:
    """Open a dock as a person does: a closed one by its entry in the View menu, one behind another
    dock's tab by clicking its tab."""
    dock = window.docks.dock(name)
    title = dock.windowTitle()
    if not dock.toggleViewAction().isChecked():
        next(action for action in window.menus["View"].actions() if action.text() == title).trigger()
    tabs = [
        (bar, number)
        for bar in window.findChildren(QTabBar)
        if bar.isVisible()
        for number in range(bar.count())
        if bar.tabText(number) == title
    ]
    if tabs and tabs[0][0].currentIndex() != tabs[0][1]:
        bar, number = tabs[0]
        QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(number).center())
    qtbot.waitUntil(lambda: dock.isVisible() and name in window.docks.panels)
    assert dock.widget() is window.docks.panels[name]
    return dock


def click(widget, point: QPoint | None = None) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=point if point is not None else widget.rect().center())


def test_hidden_docks_are_built_when_first_opened_and_work(qtbot: QtBot) -> None:
    window = started(qtbot)
    persona_ids = [persona.id for persona in window.document.project.personas]
    vote_count = len(window.scene.journey.votes)
    assert {"personas", "health", "votes", "comments", "history"}.isdisjoint(window.docks.panels)  # behind other tabs

    open_dock(qtbot, window, "personas")
    click(window.personas.add_button)
    assert len(window.document.project.personas) == len(persona_ids) + 1

    open_dock(qtbot, window, "health")
    health = window.health
    assert health.list.count() > 0
    finding = next(
        item for item in map(health.list.item, range(health.list.count())) if item.data(Qt.ItemDataRole.UserRole)
    )
    key = finding.data(Qt.ItemDataRole.UserRole)
    click(health.list.viewport(), health.list.visualItemRect(finding).center())
    click(health.dismiss)
    assert key in window.scene.journey.dismissed

    open_dock(qtbot, window, "votes")

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, VoteSetupDialog)
        dialog.names.setPlainText("Ana\nBo")
        click(dialog.start_button)

    QTimer.singleShot(0, fill_in)
    click(window.votes.start)
    assert len(window.scene.journey.votes) == vote_count + 1
    assert window.vote_bar.isVisible()

    AppSettings().set_comment_author("Ana")
    open_dock(qtbot, window, "comments")
    window.scene.clearSelection()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.view.setFocus()
    keys = QKeySequence("Ctrl+Alt+M")[0]  # on the journey, with nothing selected
    QTest.keyClick(window.windowHandle(), keys.key(), keys.keyboardModifiers())
    qtbot.keyClicks(window.comments.composer, "First look")
    click(window.comments.send)
    assert [thread.text for thread in window.scene.journey.comments] == ["First look"]

    open_dock(qtbot, window, "history")
    history = window.docks.panels["history"]
    steps = history.model().rowCount()
    assert steps >= 5  # "Opened", the persona, the dismissal, the vote, the comment
    click(history.viewport(), history.visualRect(history.model().index(0, 0)).center())  # back to the start
    assert [persona.id for persona in window.document.project.personas] == persona_ids
    assert len(window.scene.journey.votes) == vote_count and window.scene.journey.comments == []


def test_a_dock_closed_and_reopened_from_the_view_menu_still_works(qtbot: QtBot) -> None:
    window = started(qtbot)
    for name in ("palette", "priorities"):
        entry = window.docks.dock(name).toggleViewAction()
        entry.trigger()  # closed by the person
        assert not window.docks.dock(name).isVisible()
        open_dock(qtbot, window, name)

    cards = len(window.scene.journey.cards)
    click(window.docks.panels["palette"].buttons[PaletteEntry.NOTE])
    assert len(window.scene.journey.cards) == cards + 1

    views = window.priorities.views.tabBar()
    click(views, views.tabRect(1).center())  # Ranked list
    actions = window.priorities.list
    assert actions.isVisible() and actions.topLevelItemCount() > 0
    item = actions.topLevelItem(0)
    click(actions.viewport(), actions.visualItemRect(item).center())
    assert window.scene.selected_card_ids() == [item.data(0, Qt.ItemDataRole.UserRole)]


def test_every_panel_fits_the_right_hand_column(qtbot: QtBot) -> None:
    """What a panel scrolls vertically must fit across the column: nothing runs under its scroll bar."""
    window = started(qtbot)
    room = DOCK_WIDTH - window.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    for name in window.docks.specs:
        panel = window.docks.panel(name)
        assert panel.minimumSizeHint().width() <= DOCK_WIDTH, name
        for scroll in panel.findChildren(QScrollArea):
            if scroll.horizontalScrollBarPolicy() is Qt.ScrollBarPolicy.ScrollBarAlwaysOff and scroll.widget():
                assert scroll.widget().minimumSizeHint().width() <= room, name


def test_the_window_fits_a_laptop_screen_with_every_panel_built(qtbot: QtBot) -> None:
    """A 1366 x 768 screen, less a 40-pixel taskbar: the panels built after start-up (the Comments
    panel the tallest) must not make the window grow past it."""
    window = started(qtbot)
    qtbot.waitUntil(lambda: window.warmed_up)
    assert {"comments", "votes", "history", "health"} <= set(window.docks.panels)
    assert window.minimumSizeHint().height() <= 768 - 40
    assert window.minimumSizeHint().width() <= 1366
