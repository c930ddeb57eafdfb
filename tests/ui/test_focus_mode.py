"""Room for the map: focus mode by its keys, and docks that leave the map three quarters of the window."""

from PySide6.QtCore import QRectF, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDockWidget, QLabel, QWidget

from journeydesk.canvas.detail import readable
from journeydesk.document import JourneyDocument, Ref
from journeydesk.layout.face import Text, TextRole
from journeydesk.layout.face_band import NO_PERSONA, NO_SCENARIO
from journeydesk.model import CardKind
from journeydesk.style.stylesheet import STYLE_SHEET
from journeydesk.templates import new_project
from journeydesk.ui.main_window import MainWindow
from journeydesk.ui.settings import AppSettings


def visible_docks(window: MainWindow) -> set[str]:
    return {dock.objectName() for dock in window.findChildren(QDockWidget) if dock.isVisible()}


def test_f11_shows_the_map_alone_and_escape_brings_everything_back(qtbot, window) -> None:
    before = visible_docks(window)
    assert before and window.toolbar.isVisible() and window.menuBar().isVisible()
    QTest.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: window.isFullScreen())
    assert visible_docks(window) == set()
    for bar in (window.toolbar, window.menuBar(), window.statusBar(), window.journey_tabs):
        assert not bar.isVisible()
    qtbot.waitUntil(lambda: window.view.width() >= window.width() * 0.97)
    assert window.toast.isVisible() and "Escape" in window.toast.label.text()
    QTest.keyClick(window.view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert visible_docks(window) == before
    assert window.toolbar.isVisible() and window.menuBar().isVisible() and window.statusBar().isVisible()
    assert not window.actions_.focus_mode.isChecked()
    QTest.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: window.isFullScreen())
    QTest.keyClick(window, Qt.Key.Key_F11)  # F11 leaves as well
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert visible_docks(window) == before


def test_escape_in_the_title_editor_cancels_the_edit_and_stays_in_focus_mode(qtbot, window) -> None:
    QTest.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: window.isFullScreen())
    card = next(iter(window.scene.journey.cards))
    window.scene.select_cards([card.id])
    window.scene.request_edit()
    editor = window.view.editor
    assert editor is not None
    QTest.keyClicks(editor, "Changed")
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert window.focus_mode.active and window.isFullScreen()
    assert window.scene.index.card(card.id).title == card.title
    QTest.keyClick(window.view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen())


def new_window(qtbot) -> MainWindow:
    QApplication.instance().setStyleSheet(STYLE_SHEET)  # type: ignore[union-attr]
    window = MainWindow(JourneyDocument(new_project("sample")), AppSettings())
    qtbot.addWidget(window, before_close_func=lambda w: w.document.undo_stack.setClean())
    return window


def test_at_the_default_size_the_map_gets_three_quarters_of_the_width(qtbot) -> None:
    window = new_window(qtbot)  # no saved layout: the default size
    window.show()
    qtbot.waitExposed(window)
    assert (window.width(), window.height()) == (1440, 900)
    assert window.view.width() >= 0.75 * window.width()
    docks = {dock.objectName(): dock for dock in window.findChildren(QDockWidget)}
    assert {name for name, dock in docks.items() if dock.isVisible()} >= {"paletteDock", "inspectorDock"}
    # the history shares the bottom of the column, as a tab: it does not take half of it to say "Opened"
    assert window.tabifiedDockWidgets(docks["historyDock"])
    assert docks["historyDock"].height() < window.height() / 3


SEGMENT_EDGES = 2 * (6 + 1)  # a segment button's padding and border on both sides (the style sheet's)


def labels_fit(form: QWidget, viewport: QWidget) -> list[str]:
    """The labels and buttons of a form that are cut off, and the fields that stick out of the dock."""
    problems = []
    for label in form.findChildren(QLabel):
        shown = label.isVisible() and label.text() and not label.wordWrap()
        if shown and label.width() < label.sizeHint().width():
            problems.append(f"label {label.text()!r} cut to {label.width()} px")
    for button in form.findChildren(QAbstractButton, "segment"):
        room = button.width() - SEGMENT_EDGES
        if button.isVisible() and button.fontMetrics().horizontalAdvance(button.text()) > room:
            problems.append(f"button {button.text()!r} cut to {room} px")
    for child in form.findChildren(QWidget):
        if child.isVisible():
            right = child.mapTo(viewport, child.rect().topRight()).x()
            if right > viewport.width():
                problems.append(f"{type(child).__name__} sticks out by {right - viewport.width()} px")
    return problems


def test_nothing_in_the_inspector_is_clipped_at_1280_by_800(qtbot) -> None:
    QSettings().clear()
    window = new_window(qtbot)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    inspector = window.inspector
    scroll_viewport = inspector.stack.parentWidget()
    journey_id = window.scene.journey_id
    cards = {card.kind: card for card in window.scene.journey.cards}
    journey = window.scene.journey
    refs = [
        Ref.journey(journey_id),
        Ref.stage(journey_id, journey.stages[0].id),
        Ref.lane(journey_id, journey.lanes[0].id),
        *(Ref.card(journey_id, cards[kind].id) for kind in CardKind),
    ]
    for ref in refs:
        if ref.kind == "journey":
            window.scene.clearSelection()
        else:
            window.scene.select_ref(ref)
        QApplication.processEvents()
        form = inspector.stack.currentWidget()
        assert labels_fit(form, scroll_viewport) == [], ref


def test_the_bands_hints_are_whole_at_1280_by_800_for_every_template(qtbot) -> None:
    """Without a persona or a scenario the band asks for them: every word of its hints shows, wrapped,
    none cut off, on every template's map in a 1280 x 800 window."""
    for template in ("blank", "four-stage", "six-stage", "seven-step"):
        window = MainWindow(JourneyDocument(new_project(template)), AppSettings())
        qtbot.addWidget(window, before_close_func=lambda w: w.document.undo_stack.setClean())
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        window.view.show_start()
        QApplication.processEvents()
        runs = [run for run in window.scene.band.face if isinstance(run, Text) and run.role is TextRole.HINT]
        assert " ".join(run.text for run in runs if run.text in NO_PERSONA) == NO_PERSONA, template
        assert " ".join(run.text for run in runs if run.text in NO_SCENARIO) == NO_SCENARIO, template
        band = window.scene.band.boundingRect()
        assert all(band.contains(QRectF(*run.bounds)) for run in runs), template
        assert all(readable(run.size, window.view.zoom) for run in runs), template  # drawn as text, not bars
        window.close()
