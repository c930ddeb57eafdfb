"""File > Export > Excel and File > Import through the window, with the preview of a hand-made map."""

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from journeydesk.export.xlsx import import_workbook
from journeydesk.export.xlsx.foreign import choose_sheet, sheet_readings
from journeydesk.export.xlsx.reader import open_workbook
from journeydesk.model import LaneKind
from journeydesk.ui.import_preview import ImportPreview
from tests.export.hostile_workbooks import SMALL_MAP, raw_workbook, sheet_xml
from tests.export.test_xlsx_import import HORIZONTAL
from tests.export.xlsx_helpers import hand_made
from tests.ui.conftest import answer_message_box


def test_export_to_excel_from_the_menu(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "deliverable.xlsx"
    monkeypatch.setattr(window.dialogs, "save_path", lambda suggestion, *args: target)
    window.actions_.export["xlsx"].trigger()
    assert import_workbook(target) == window.document.project
    assert window.statusBar().currentMessage() == f"Exported {target}"


def test_export_failure_is_reported(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(window.dialogs, "save_path", lambda suggestion, *args: tmp_path / "gone" / "x.xlsx")
    shown = answer_message_box("OK")
    window.actions_.export["xlsx"].trigger()
    assert shown[0] == "Could not export “x.xlsx”" and "does not exist" in shown[1]


def test_import_our_own_workbook_opens_it_as_a_new_document(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "own.xlsx"
    monkeypatch.setattr(window.dialogs, "save_path", lambda suggestion, *args: target)
    window.actions_.export["xlsx"].trigger()
    project = window.document.project
    monkeypatch.setattr(window.dialogs, "open_import_path", lambda formats: target)
    window.actions_.import_.trigger()
    assert window.document.project == project and window.document.path is None


def test_import_a_hand_made_map_with_the_preview(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    path = hand_made(tmp_path / "workshop.xlsx", HORIZONTAL, merges=["A1:E1", "A5:A6"], title="Workshop")
    monkeypatch.setattr(window.dialogs, "open_import_path", lambda formats: path)
    seen: dict[str, object] = {}

    def correct_and_accept() -> None:
        preview = QApplication.activeModalWidget()
        if not isinstance(preview, ImportPreview):
            QTimer.singleShot(20, correct_and_accept)
            return
        seen["stages"] = preview.stages.text()
        seen["header"] = preview.position.value()
        # the person decides the "What they think" lane is a notes lane
        row = next(
            row for row in range(preview.lanes.rowCount()) if preview.lanes.item(row, 0).text() == "What they think"
        )
        preview.set_role(row, LaneKind.NOTES)
        preview.accept()

    QTimer.singleShot(0, correct_and_accept)
    assert window.exchange.import_file()
    assert seen == {"stages": "Awareness  →  Consideration  →  Purchase  →  Loyalty", "header": 3}
    journey = window.document.project.journeys[0]
    assert [lane.kind for lane in journey.lanes][-2] is LaneKind.NOTES
    assert window.document.path is None and len(journey.cards) == 16


def test_choosing_another_stage_row_in_the_preview_changes_what_is_found(qtbot, tmp_path: Path) -> None:
    path = hand_made(tmp_path / "workshop.xlsx", HORIZONTAL, merges=["A1:E1"])
    with open_workbook(path) as book:
        readings = sheet_readings(book)
    preview = ImportPreview(readings, choose_sheet(readings, path))
    qtbot.addWidget(preview)
    preview.position.setValue(1)  # the title row holds no stage names
    assert not preview.import_button.isEnabled()
    assert "only one stage name there" in preview.verdict.text()
    preview.position.setValue(3)
    assert preview.import_button.isEnabled()
    assert preview.project().journeys[0].stages[0].name == "Awareness"


def test_a_bad_workbook_is_reported_and_changes_nothing(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    bad = tmp_path / "bad.xlsx"
    bad.write_text("not a workbook")
    before = window.document
    monkeypatch.setattr(window.dialogs, "open_import_path", lambda formats: bad)
    shown = answer_message_box("OK")
    window.actions_.import_.trigger()
    assert shown == ["Could not import “bad.xlsx”", "not an Excel workbook (.xlsx)"]
    assert window.document is before


def test_a_hostile_workbook_is_refused_in_one_line_and_changes_nothing(
    qtbot, window, tmp_path: Path, monkeypatch
) -> None:
    laughs = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
    hostile = raw_workbook(
        tmp_path / "laughs.xlsx", sheet_xml(SMALL_MAP + "<row r='9'><c><v>&b;</v></c></row>", prolog=laughs)
    )
    before = window.document
    monkeypatch.setattr(window.dialogs, "open_import_path", lambda formats: hostile)
    shown = answer_message_box("OK")
    window.actions_.import_.trigger()
    assert shown[0] == "Could not import “laughs.xlsx”"
    assert shown[1].startswith("sheet “Map”: the XML declares a document type (DTD)") and "\n" not in shown[1]
    assert window.document is before


def test_a_sheet_too_large_for_a_map_is_described_in_the_preview(qtbot, tmp_path: Path) -> None:
    big = [[f"r{row}c{column}" for column in range(20)] for row in range(600)]
    path = hand_made(tmp_path / "two.xlsx", HORIZONTAL, title="Map", extra_sheets={"Survey data": big})
    with open_workbook(path) as book:
        readings = sheet_readings(book)
    preview = ImportPreview(readings, choose_sheet(readings, path))
    qtbot.addWidget(preview)
    assert preview.reading.name == "Map" and preview.import_button.isEnabled()
    preview.sheet.setCurrentIndex(1)
    assert "12,000 filled cells, more than the 10,000 read as hand-made maps" in preview.verdict.text()
    preview.position.setValue(2)  # nothing to read again: the verdict stays
    assert not preview.import_button.isEnabled() and "10,000" in preview.verdict.text()
