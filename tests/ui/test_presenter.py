"""The presenter by its keys: F5 opens it full screen on the whole journey, the arrows and Page keys reach
every stage, Home comes back to the whole journey, a double-click edits a card (undoably), Escape
returns to the editor. The room never sees docks or handles."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDockWidget, QToolBar

from journeydesk.document import JourneyDocument
from journeydesk.model import CardKind
from journeydesk.templates import new_project
from journeydesk.ui.presenter.card_dialog import CardDialog
from journeydesk.ui.presenter.overview_slide import OverviewSlide
from journeydesk.ui.presenter.stage_slide import StageSlide
from journeydesk.ui.presenter.window import OVERVIEW, PresenterWindow


def open_presenter(qtbot, window) -> PresenterWindow:
    QTest.keyClick(window, Qt.Key.Key_F5)
    presenter = window.presenter
    assert isinstance(presenter, PresenterWindow)
    qtbot.waitUntil(lambda: presenter.isFullScreen() and presenter.isActiveWindow())
    return presenter


def test_f5_walks_the_room_through_every_stage_and_escape_returns(qtbot, window) -> None:
    journey = window.scene.journey
    index = window.scene.index
    presenter = open_presenter(qtbot, window)
    assert presenter.page == OVERVIEW and isinstance(presenter.slide(), OverviewSlide)
    assert presenter.findChildren(QDockWidget) == [] and presenter.findChildren(QToolBar) == []
    for number, stage in enumerate(journey.stages):
        QTest.keyClick(presenter, Qt.Key.Key_Right)
        slide = presenter.slide()
        assert isinstance(slide, StageSlide) and slide.stage.id == stage.id
        # its cards, lane by lane, in the map's order
        expected = [card.id for lane in journey.lanes for card in index.cards_in((stage.id, lane.id))]
        assert [tile.card.id for tile in slide.tiles] == expected, stage.name
        assert all(presenter.rect().contains(tile.rect.toRect()) for tile in slide.tiles)
        assert number == presenter.page
    QTest.keyClick(presenter, Qt.Key.Key_PageDown)  # past the last stage: it stays
    assert presenter.page == len(journey.stages) - 1
    QTest.keyClick(presenter, Qt.Key.Key_PageUp)
    QTest.keyClick(presenter, Qt.Key.Key_Left)
    assert presenter.page == len(journey.stages) - 3
    QTest.keyClick(presenter, Qt.Key.Key_Home)
    assert presenter.page == OVERVIEW
    QTest.keyClick(presenter, Qt.Key.Key_End)
    assert presenter.page == len(journey.stages) - 1
    QTest.keyClick(presenter, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.presenter is None and window.isActiveWindow())


def test_the_whole_journey_page_opens_a_stage_with_a_click(qtbot, window) -> None:
    presenter = open_presenter(qtbot, window)
    slide = presenter.slide()
    assert isinstance(slide, OverviewSlide)
    qtbot.mouseClick(presenter, Qt.MouseButton.LeftButton, pos=slide.columns[3].center().toPoint())
    assert presenter.page == 3
    image = presenter.grab().toImage()
    stage_colour = QColor(window.scene.journey.stages[3].color)
    colours = {
        image.pixelColor(x, y).name() for x in range(0, image.width(), 6) for y in range(0, image.height() // 5, 3)
    }
    assert stage_colour.name() in colours  # the stage's colour bar is painted
    QTest.keyClick(presenter, Qt.Key.Key_F5)  # F5 leaves as well
    qtbot.waitUntil(lambda: window.presenter is None)


def test_a_double_click_edits_a_card_while_presenting_and_ctrl_z_undoes_it(qtbot, window) -> None:
    pain = next(card for card in window.scene.journey.cards if card.kind is CardKind.PAIN_POINT)
    window.scene.select_cards([pain.id])  # F5 starts at the stage in hand
    presenter = open_presenter(qtbot, window)
    slide = presenter.slide()
    assert isinstance(slide, StageSlide) and slide.stage.id == pain.stage_id
    tile = next(tile for tile in slide.tiles if tile.card.id == pain.id)

    def edit() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, CardDialog):
            QTimer.singleShot(20, edit)
            return
        title = dialog.form.title
        title.selectAll()
        QTest.keyClicks(title, "Form asks twice")
        qtbot.mouseClick(dialog.form.severity._group.button(4), Qt.MouseButton.LeftButton)
        dialog.accept()

    QTimer.singleShot(0, edit)
    qtbot.mouseDClick(presenter, Qt.MouseButton.LeftButton, pos=tile.rect.center().toPoint())
    card = window.scene.index.card(pain.id)
    assert (card.title, card.severity) == ("Form asks twice", 5)
    edited = next(tile for tile in presenter.slide().tiles if tile.card.id == pain.id)
    assert edited.card.title == "Form asks twice"  # the slide shows it at once
    QTest.keyClick(presenter, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.scene.index.card(pain.id).severity == pain.severity
    QTest.keyClick(presenter, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.scene.index.card(pain.id).title == pain.title
    QTest.keyClick(presenter, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.presenter is None)


def test_the_countdown_shows_in_the_presenter_too(qtbot, window) -> None:
    window.actions_.timer[15].trigger()
    presenter = open_presenter(qtbot, window)
    overlay = presenter.timer_overlay
    assert overlay.isVisible() and overlay.digits.text() == "15:00"
    assert overlay.geometry().right() > presenter.width() - 60
    window.timer.stop()
    assert not overlay.isVisible()
    QTest.keyClick(presenter, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.presenter is None)


def test_a_stage_with_many_cards_still_fits_the_screen(qtbot, window) -> None:
    journey = window.scene.journey
    stage, lane = journey.stages[0], next(lane for lane in journey.lanes if lane.kind.value == "pain_points")
    for number in range(30):
        window.edits.add_card(journey.id, CardKind.PAIN_POINT, stage.id, lane.id, title=f"Pain number {number} " * 3)
    presenter = open_presenter(qtbot, window)
    presenter.showNormal()
    presenter.resize(1920, 1080)  # a projector
    QTest.keyClick(presenter, Qt.Key.Key_Right)
    slide = presenter.slide()
    assert isinstance(slide, StageSlide) and slide.scale < 1.0  # smaller type, so that everything fits
    assert slide.shown_tiles() == slide.tiles
    last = slide.tiles[-1]
    assert slide.tile_at(last.rect.center()) is last
    presenter.resize(640, 400)  # a small window cannot hold them all: it says how many are left out
    slide = presenter.slide()
    hidden = len(slide.tiles) - len(slide.shown_tiles())
    assert hidden > 0 and slide.tile_at(slide.tiles[-1].rect.center()) is None
    QTest.keyClick(presenter, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.presenter is None)


def test_opening_another_document_closes_the_presenter(qtbot, window) -> None:
    presenter = open_presenter(qtbot, window)
    closed = []
    presenter.closed.connect(lambda: closed.append(True))
    window.set_document(JourneyDocument(new_project("four-stage")))
    assert closed == [True] and window.presenter is None
