"""The preview of a hand-made workbook, driven as a person drives it: File > Import, a look at what was
found and how sure the importer is, a refusal with its reason, the stage row typed in, the lane
labels' column and a lane's kind corrected, the title changed, and Import."""

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from journeydesk.export.xlsx.foreign import choose_sheet, persona_sheets, sheet_readings
from journeydesk.export.xlsx.handmade.keywords import RowUse
from journeydesk.export.xlsx.reader import open_workbook
from journeydesk.model import Channel, LaneKind, TouchpointCard
from journeydesk.ui.import_preview import ImportPreview
from tests.export.handmade import corpus
from tests.export.handmade.test_overrides import two_stage_map


def preview_of(qtbot, path: Path) -> ImportPreview:
    workbook = open_workbook(path)
    readings = sheet_readings(workbook)
    workbook.close()
    try:
        chosen = choose_sheet(readings, path)
    except Exception:  # a refused workbook still opens the preview, on its most map-like sheet
        chosen = max(readings, key=lambda reading: reading.verdict.score)
    preview = ImportPreview(readings, chosen, persona_sheets(readings, chosen), path)
    qtbot.addWidget(preview)
    preview.show()
    return preview


def type_into(box, text: str) -> None:
    box.lineEdit().selectAll()
    QTest.keyClicks(box.lineEdit(), text)
    QTest.keyClick(box.lineEdit(), Qt.Key.Key_Return)


def lane_names(preview: ImportPreview) -> list[str]:
    return [preview.lanes.item(row, 0).text() for row in range(preview.lanes.rowCount())]


def test_the_preview_shows_what_was_found_and_how_sure_it_is(qtbot, tmp_path: Path) -> None:
    preview = preview_of(qtbot, corpus.postgrad(tmp_path))
    assert preview.title.text() == "Customer Journey Map – Post Graduate Student (persona)"
    assert preview.persona.text() == "Post Graduate Student"
    assert preview.stages.text() == "  →  ".join(corpus.POSTGRAD_STAGES)
    assert lane_names(preview) == ["Doing", "Thinking", "Feeling", "Pain points", "Opportunities"]
    assert preview.lanes.item(2, 0).toolTip().startswith("Feeling (emoji/graphic")
    assert preview.verdict.text().startswith("This reads as a journey map:") and preview.import_button.isEnabled()
    assert (preview.position.text(), preview.labels.text()) == ("3", "A")


def test_a_refused_sheet_shows_its_score_and_reason_until_the_stage_row_is_typed(qtbot, tmp_path: Path) -> None:
    preview = preview_of(qtbot, two_stage_map(tmp_path))
    assert not preview.import_button.isEnabled()
    assert "Not a journey map as it stands (" in preview.verdict.text()
    assert "a header of only 2 stages (Before, After), at least 3 are needed" in preview.verdict.text()
    type_into(preview.position, "1")
    assert "no stage names with lane labels beside them in row 1" in preview.verdict.text()
    type_into(preview.position, "3")
    assert preview.import_button.isEnabled()
    assert preview.verdict.text().startswith("This reads as a journey map:")
    preview.title.clear()
    QTest.keyClicks(preview.title, "Waiting room")
    project = preview.project()
    assert project.title == "Waiting room"
    assert [stage.name for stage in project.journeys[0].stages] == ["Before", "After"]


def test_stages_in_a_column_and_the_labels_row_by_letter_and_number(qtbot, tmp_path: Path) -> None:
    preview = preview_of(qtbot, corpus.transposed_with_persona(tmp_path))
    assert preview.in_column.isChecked()
    assert (preview.position.text(), preview.labels.text()) == ("A", "2")
    assert preview.labels_word.text() == "Lane labels in row"
    assert preview.persona.text() == "Maria, Nurse"
    qtbot.mouseClick(preview.in_row, Qt.MouseButton.LeftButton)  # the person tries rows instead
    assert preview.position.text() == "1" and preview.labels_word.text() == "Lane labels in column"
    qtbot.mouseClick(preview.in_column, Qt.MouseButton.LeftButton)
    type_into(preview.position, "A")
    assert lane_names(preview) == ["Doing", "Thinking", "Feeling", "Pain points"]


def test_a_lane_kind_corrected_to_channels_and_a_row_left_out(qtbot, tmp_path: Path) -> None:
    rows = [
        ["", "Discover", "Buy", "Use"],
        ["Touchpoints", "Ad", "Shop", "App"],
        ["Where", "Instagram", "In store", "Mobile app"],
        ["Internal remark", "check", "check", "check"],
    ]
    path = corpus.workbook_with(tmp_path / "where.xlsx", ("Where", rows, []))
    preview = preview_of(qtbot, path)
    assert lane_names(preview) == ["Touchpoints", "Where", "Internal remark"]
    assert preview.roles()[1] is RowUse.CHANNELS  # what the row holds says so
    box = preview.lanes.cellWidget(2, 1)
    box.setCurrentIndex(box.findText(RowUse.LEAVE_OUT.label))
    journey = preview.project().journeys[0]
    assert [(lane.name, lane.kind) for lane in journey.lanes] == [("Touchpoints", LaneKind.TOUCHPOINTS)]
    channels = [card.channel for card in journey.cards if isinstance(card, TouchpointCard)]
    assert channels == [Channel.SOCIAL_MEDIA, Channel.IN_STORE, Channel.MOBILE_APP]
    assert len(journey.cards) == 3


def test_the_lane_labels_column_typed_by_letter(qtbot, tmp_path: Path) -> None:
    rows = [
        ["", "", "", "Discover", "Buy", "Use"],
        ["", "Customer", "Doing", "Searches", "Pays", "Uses it"],
        ["", "Customer", "Feeling", "Curious", "Annoyed", "Happy"],
        ["", "Company", "Touchpoints", "Ad", "Shop", "App"],
    ]
    preview = preview_of(qtbot, corpus.workbook_with(tmp_path / "sections.xlsx", ("Sections", rows, [])))
    type_into(preview.labels, "B")
    assert lane_names(preview) == ["Customer", "Company"]
    type_into(preview.labels, "C")
    assert lane_names(preview) == ["Doing", "Feeling", "Touchpoints"]
    assert preview.project().journeys[0].stages[0].name == "Discover"


def test_a_touchpoint_table_shows_what_each_column_becomes(qtbot, tmp_path: Path) -> None:
    preview = preview_of(qtbot, corpus.touchpoint_table(tmp_path))
    assert preview.verdict.text().startswith("This reads as a table of touchpoints:")
    columns = [(preview.lanes.item(row, 0).text(), preview.lanes.item(row, 1).text()) for row in range(5)]
    assert columns[:3] == [
        ("Touchpoint", "Touchpoints"),
        ("Stage", "The stage of each touchpoint"),
        ("Channel", "The channel of each touchpoint"),
    ]
    assert len(preview.project().journeys[0].cards) == 15


def test_file_import_of_a_refused_workbook_through_the_window(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    path = two_stage_map(tmp_path)
    monkeypatch.setattr(window.dialogs, "open_import_path", lambda formats: path)
    seen: dict[str, object] = {}

    def correct_and_import() -> None:
        preview = QApplication.activeModalWidget()
        if not isinstance(preview, ImportPreview):
            QTimer.singleShot(20, correct_and_import)
            return
        seen["refused"] = not preview.import_button.isEnabled()
        type_into(preview.position, "3")
        qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, correct_and_import)
    window.actions_.import_.trigger()
    assert seen == {"refused": True}
    journey = window.document.project.journeys[0]
    assert [stage.name for stage in journey.stages] == ["Before", "After"]
    assert window.document.path is None
    assert window.statusBar().currentMessage() == "Imported 4 cards from sketch.xlsx"


def test_a_second_map_on_the_sheet_is_announced_and_imported(qtbot, tmp_path: Path) -> None:
    preview = preview_of(qtbot, corpus.current_and_future(tmp_path))
    assert "Also on this sheet: 1 more map (“Future state (to-be)”), imported as a journey of its own." in (
        preview.summary.text()
    )
    assert [journey.name for journey in preview.project().journeys] == ["Current state", "Future state (to-be)"]


def test_choosing_another_sheet_shows_what_it_holds(qtbot, tmp_path: Path) -> None:
    preview = preview_of(qtbot, corpus.notes_then_map(tmp_path))
    assert preview.sheet.currentText() == "Energy onboarding journey" and preview.import_button.isEnabled()
    preview.sheet.setFocus()
    qtbot.keyClick(preview.sheet, Qt.Key.Key_Up)  # to the Notes sheet
    assert preview.sheet.currentText() == "Notes"
    assert not preview.import_button.isEnabled()
    assert "a list of 3 texts in one column, no stage header found" in preview.verdict.text()
    assert preview.title.text() == "Notes"
    qtbot.keyClick(preview.sheet, Qt.Key.Key_Down)
    assert preview.import_button.isEnabled() and preview.title.text() == "Energy onboarding journey"
