"""Objects that go while others still hear from them: the scene rebuilt for another journey, a
document replaced or closed. Nothing may be asked of an item or a document that is already gone
(pytest-qt fails a test on any exception raised in a slot)."""

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent

from journeydesk.document import JourneyDocument
from journeydesk.model import CardKind
from journeydesk.templates import new_project
from journeydesk.ui.main_window import MainWindow
from journeydesk.ui.settings import AppSettings
from tests.factories import small_project
from tests.ui.conftest import answer_message_box


def test_duplicate_as_future_state_with_a_card_selected_shows_the_copy(qtbot, open_window) -> None:
    window = open_window(small_project())
    window.scene.select_cards(["c-act"])
    window.actions_.future_state.trigger()
    future = window.document.project.journeys[1]
    assert window.scene.journey_id == future.id and window.journey_tabs.currentIndex() == 1
    assert window.scene.selectedItems() == [] and not window.actions_.delete.isEnabled()
    assert shiboken6.isValid(window.scene.links) and len(window.scene.links.drawn()) == 1
    window.scene.select_cards([window.scene.journey.cards[0].id])
    window.actions_.future_state.trigger()  # twice out of twice, said the report
    assert len(window.document.project.journeys) == 3


def test_switching_journeys_with_a_selection_drops_it_first(qtbot, open_window) -> None:
    window = open_window(small_project())
    window.actions_.new_journey.trigger()
    window.journey_tabs.setCurrentIndex(0)
    window.scene.select_cards(["c-touch", "c-pain"])
    window.journey_tabs.setCurrentIndex(1)
    assert window.scene.selectedItems() == [] and window.inspector.ref is not None
    assert window.inspector.ref.kind == "journey"


def test_deleting_the_journey_shown_with_a_card_selected_shows_another(qtbot, open_window) -> None:
    window = open_window(small_project())
    window.actions_.future_state.trigger()
    future = window.scene.journey_id
    window.scene.select_cards([window.scene.journey.cards[0].id])
    window.actions_.delete_journey.trigger()
    assert [journey.id for journey in window.document.project.journeys] == ["j1"]
    assert window.scene.journey_id == "j1" and window.scene.selectedItems() == []
    assert window.inspector.ref is not None and window.inspector.ref.journey_id == "j1"
    assert not window.actions_.cut.isEnabled()  # the window heard that the selection went
    window.actions_.undo.trigger()
    assert future in {journey.id for journey in window.document.project.journeys}


def test_a_closed_window_hears_nothing_from_its_document_going_away(qtbot) -> None:
    """Quit > Don't Save, then the document is destroyed (as at the end of the program): its undo
    stack, emptied, announces that it is clean, and the window must no longer be listening."""
    window = MainWindow(JourneyDocument(small_project()), AppSettings())
    qtbot.addWidget(window)
    window.show()
    window.set_document(JourneyDocument(new_project("six-stage")))  # File > New
    journey = window.scene.journey
    window.edits.add_card(journey.id, CardKind.NOTE, journey.stages[0].id, journey.lanes[0].id, title="Unsaved")
    answer_message_box("Don't Save")
    assert window.close()
    document = window.document
    shiboken6.delete(document)
    assert not shiboken6.isValid(document)


def test_a_replaced_document_is_deleted_without_troubling_the_window(qtbot, open_window) -> None:
    window = open_window(small_project())
    old = window.document
    window.edits.add_card("j1", CardKind.NOTE, "s1", "l-touch", title="Unsaved")
    window.set_document(JourneyDocument(new_project("sample")))
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(old)
    assert window.windowTitle().startswith("Northwind Bikes") and not window.isWindowModified()
