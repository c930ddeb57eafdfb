"""The fields an import fills that people then edit: a lane's description (the whole label of a
hand-made map) in the inspector, shown as the lane header's tooltip, and a persona's background."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from journeydesk.document import Ref
from journeydesk.export.xlsx import import_workbook
from tests.export.handmade import corpus
from tests.factories import small_project


def test_a_lanes_description_is_edited_in_the_inspector_and_shown_on_the_map(qtbot, open_window) -> None:
    window = open_window(small_project())
    window.scene.select_ref(Ref.lane("j1", "l-pain"))
    form = window.inspector.forms["lane"]
    assert form.description.isVisible()
    QTest.keyClicks(form.description, "What gets in the way,")
    qtbot.keyClick(form.description, Qt.Key.Key_Return)
    QTest.keyClicks(form.description, "in the customer's words")
    lane = window.scene.journey.lanes[1]
    assert lane.description == "What gets in the way,\nin the customer's words"
    assert window.scene.lane_headers["l-pain"].toolTip() == lane.description
    assert window.document.undo_stack.undoText() == "Edit Description"
    window.actions_.undo.trigger()
    assert window.scene.journey.lanes[1].description == ""


def test_an_imported_lanes_long_label_shows_in_the_inspector(qtbot, open_window, tmp_path: Path) -> None:
    window = open_window(import_workbook(corpus.postgrad(tmp_path)))
    journey = window.scene.journey
    feeling = journey.lanes[2]
    window.scene.select_ref(Ref.lane(journey.id, feeling.id))
    form = window.inspector.forms["lane"]
    assert form.name.text() == "Feeling"
    assert form.description.toPlainText().startswith("Feeling (emoji/graphic representation")


def test_a_personas_background_is_edited_in_the_persona_panel(qtbot, open_window, tmp_path: Path) -> None:
    window = open_window(import_workbook(corpus.transposed_with_persona(tmp_path)))
    panel = window.personas
    window.docks.dock("personas").raise_()
    assert panel.about.toPlainText() == "Age: 41"
    panel.about.moveCursor(panel.about.textCursor().MoveOperation.End)
    qtbot.keyClick(panel.about, Qt.Key.Key_Return)
    QTest.keyClicks(panel.about, "Works nights")
    assert window.document.project.personas[0].about == "Age: 41\nWorks nights"
