"""The exported workbook, read back by openpyxl, python-calamine and LibreOffice."""

import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from journeydesk.export.xlsx import export_workbook, import_workbook
from journeydesk.export.xlsx.columns import CARD_COLUMNS
from journeydesk.export.xlsx.writer import card_line
from journeydesk.model import (
    ImprovementCard,
    JourneyState,
    Lane,
    LaneKind,
    NoteCard,
    PainPointCard,
    Project,
    TouchpointCard,
)
from journeydesk.model.future import future_state_of
from journeydesk.templates import new_project
from tests.export.pdf_helpers import page_count, words
from tests.export.xlsx_helpers import calamine_sheet, libreoffice_csvs, libreoffice_pdf
from tests.factories import small_project

HOSTILE = [
    '=HYPERLINK("http://example.com/steal","Click me")',
    "=1+1",
    "+1+1",
    "-2+3",
    "@SUM(A1:A2)",
    "#N/A",
    "#REF!",
    "=cmd|' /C calc'!A0",
]
WORLD = [
    "Müşteri hizmetleri çağrısı (İstanbul)",
    "Служба поддержки",
    "Υποστήριξη πελατών",
    "客户支持热线",
    "顧客サポート",
    "고객 지원",
    "Support 🚲✨ 👍🏽",
]


@pytest.fixture(scope="module")
def sample_workbook(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object]:
    project = new_project("sample")
    project.journeys.append(future_state_of(project.journeys[0]))
    path = tmp_path_factory.mktemp("xlsx") / "sample.xlsx"
    export_workbook(project, path)
    return path, project


def test_sheets_and_the_map_layout(sample_workbook) -> None:
    path, project = sample_workbook
    workbook = load_workbook(path)
    current = project.journeys[0]
    assert workbook.sheetnames == [
        "Buying a first e-bike (current…",
        "Buying a first e-bike (future…",
        "Cards",
        "Pain points",
        "Improvement actions",
        "Personas",
        "JourneyDesk data",
    ]
    assert workbook["JourneyDesk data"].sheet_state == "hidden"
    sheet = workbook.worksheets[0]
    assert sheet["A1"].value == project.title
    assert "A1:G1" in {str(area) for area in sheet.merged_cells.ranges}
    assert sheet["A3"].value.startswith("Persona: Maya Lindqvist")
    assert [sheet.cell(row=7, column=column).value for column in range(2, 8)] == [
        f"{number}  {stage.name}" for number, stage in enumerate(current.stages, 1)
    ]
    assert sheet["B7"].fill.start_color.rgb.endswith(current.stages[0].color.lstrip("#").upper())
    assert [sheet.cell(row=row, column=1).value for row in range(8, 8 + len(current.lanes))] == [
        lane.name for lane in current.lanes
    ]
    # every card of a cell is listed in it, with its kind's marker
    lanes = {lane.id: row for row, lane in enumerate(current.lanes, 8)}
    stages = {stage.id: column for column, stage in enumerate(current.stages, 2)}
    for card in current.cards:
        assert card_line(card) in sheet.cell(row=lanes[card.lane_id], column=stages[card.stage_id]).value
    assert sheet.cell(row=8, column=2).alignment.wrap_text
    assert sheet.freeze_panes == "B8"
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.page_setup.fitToWidth == 1 and sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == "$7:$7" and sheet.print_title_cols == "$A:$A"
    with zipfile.ZipFile(path) as archive:
        charts = [name for name in archive.namelist() if name.startswith("xl/charts/chart")]
        assert len(charts) == 2
        assert b"<lineChart>" in archive.read(charts[0])


def test_cards_sheet_is_a_filterable_table_with_every_field(sample_workbook) -> None:
    path, project = sample_workbook
    sheet = load_workbook(path)["Cards"]
    assert [cell.value for cell in sheet[1]] == CARD_COLUMNS
    cards = [card for journey in project.journeys for card in journey.cards]
    assert sheet.max_row == len(cards) + 1
    table = sheet.tables["Cards"]
    assert table.ref == f"A1:{get_column_letter(len(CARD_COLUMNS))}{len(cards) + 1}" and table.autoFilter is not None
    validated = {str(validation.sqref).split(":")[0] for validation in sheet.data_validations.dataValidation}
    assert {"D2", "G2", "H2", "I2", "J2", "K2", "M2"} <= validated  # kind, channel, emotion, ratings, status
    action = next(card for card in cards if isinstance(card, ImprovementCard) and card.addresses)
    row = next(row for row in sheet.iter_rows(min_row=2, values_only=True) if row[-1] == action.id)
    values = dict(zip(CARD_COLUMNS, row, strict=True))
    assert (values["Kind"], values["Impact"], values["Effort"], values["Owner"], values["Status"]) == (
        "Improvement action",
        action.impact,
        action.effort,
        action.owner,
        action.status.label,
    )
    assert values["Addresses"] == ", ".join(action.addresses)
    # an independent reader sees the same rows
    rows = calamine_sheet(path, "Cards")
    assert rows[0] == CARD_COLUMNS
    assert [row[4] for row in rows[1:]] == [card.title for card in cards]


def test_registers_are_sorted_and_name_what_they_link_to(sample_workbook) -> None:
    path, _ = sample_workbook
    workbook = load_workbook(path)
    pains = [row for row in workbook["Pain points"].iter_rows(min_row=2, values_only=True)]
    assert [row[0] for row in pains] == sorted((row[0] for row in pains), reverse=True)
    finance = next(row for row in pains if row[1].startswith("Finance form"))
    assert "Prefill the finance form from checkout data (Planned)" in finance[4]
    actions = [row for row in workbook["Improvement actions"].iter_rows(min_row=2, values_only=True)]
    order = ["Quick wins", "Major projects", "Fill-ins", "Thankless tasks"]
    assert [order.index(row[0]) for row in actions] == sorted(order.index(row[0]) for row in actions)
    assert workbook["Personas"]["A2"].value == "Maya Lindqvist"
    assert workbook["Personas"]["F2"].fill.start_color.rgb.endswith("7A5CC4")


def test_user_text_is_always_text_in_openpyxl_calamine_and_libreoffice(tmp_path: Path) -> None:
    project = small_project()
    journey = project.journeys[0]
    for number, text in enumerate(HOSTILE + WORLD):
        journey.cards.append(NoteCard(id=f"n{number}", stage_id="s1", lane_id="l-touch", title=text, description=text))
    journey.stages[0].name = "=SUM(1,2)"
    project.title = "@hostile title"
    project = Project.model_validate(project.model_dump())  # the cards added in place, as a file holds them
    path = tmp_path / "hostile.xlsx"
    export_workbook(project, path)
    cards = load_workbook(path)["Cards"]
    by_id = {row[-1].value: row for row in cards.iter_rows(min_row=2)}
    for number, text in enumerate(HOSTILE + WORLD):
        title = by_id[f"n{number}"][4]
        assert title.value == text and title.data_type == "s"
    map_sheet = load_workbook(path).worksheets[0]
    assert map_sheet["A1"].value == "@hostile title" and map_sheet["B7"].data_type == "s"
    calamine_titles = {row[-1]: row[4] for row in calamine_sheet(path, "Cards")[1:]}
    assert all(calamine_titles[f"n{number}"] == text for number, text in enumerate(HOSTILE + WORLD))
    csvs = libreoffice_csvs(path, tmp_path / "lo")
    office_titles = {row[-1]: row[4] for row in csvs["Cards"][1:]}
    for number, text in enumerate(HOSTILE + WORLD):
        assert office_titles[f"n{number}"] == text  # shown literally: no formula result, no link
    assert csvs[map_sheet.title.replace("/", "_")][0][0] == "@hostile title"
    assert import_workbook(path) == project


def test_characters_xml_cannot_hold_are_escaped_in_cells_and_come_back(tmp_path: Path) -> None:
    """Cells hold them as Excel does (``_xHHHH_``, a typed ``_x000D_`` as ``_x005F_x000D_``); the
    document properties, which have no such escapes, leave them out and stay readable."""
    project = small_project()
    title = "Sign\x0bup\ufffe now\uffff\r\n_x000D_"
    project.journeys[0].cards[0].title = title
    project.journeys[0].stages[0].name = "Disco\x01very\r\n"
    project.title, project.author = "Word\x0bpaste", "Ann\x0b"
    path = tmp_path / "odd.xlsx"
    export_workbook(project, path)
    with zipfile.ZipFile(path) as archive:
        cards = ElementTree.fromstring(archive.read("xl/worksheets/sheet2.xml"))  # the Cards sheet
        core = ElementTree.fromstring(archive.read("docProps/core.xml"))  # well-formed XML
    main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    held = next("".join(cell.itertext()) for cell in cards.iter(f"{main}c") if cell.get("r") == "E2")
    assert held == "Sign_x000B_up_xFFFE_ now_xFFFF__x000D_\n_x005F_x000D_"
    assert {element.text for element in core} >= {"Wordpaste", "Ann"}
    # python-calamine reads the escapes of control characters (and of the underscore) as Excel does
    assert calamine_sheet(path, "Cards")[1][4] == "Sign\x0bup_xFFFE_ now_xFFFF_\r\n_x000D_"
    assert load_workbook(path).properties.title == "Wordpaste"
    assert import_workbook(path) == project


def test_exporting_one_journey(tmp_path: Path) -> None:
    project = new_project("sample")
    project.journeys.append(future_state_of(project.journeys[0]))
    future = project.journeys[1]
    path = tmp_path / "future.xlsx"
    export_workbook(project, path, [future.id])
    workbook = load_workbook(path)
    assert workbook.sheetnames[0] == "Buying a first e-bike (future…" and "Buying a first e-bike (current…" not in (
        workbook.sheetnames
    )
    imported = import_workbook(path)
    assert [journey.id for journey in imported.journeys] == [future.id]
    assert imported.journeys[0].based_on is None  # its base was left out
    assert all(card.origin_id is None for card in imported.journeys[0].cards)


def test_a_failed_export_writes_nothing(tmp_path: Path) -> None:
    from journeydesk.io import SaveError

    with pytest.raises(SaveError, match="does not exist"):
        export_workbook(small_project(), tmp_path / "missing" / "map.xlsx")
    assert not (tmp_path / "missing").exists()


def test_pain_point_severity_cell_and_markers(tmp_path: Path) -> None:
    card = PainPointCard(id="p", stage_id="s", lane_id="l", title="Slow", severity=4)
    assert card_line(card) == "▲ Slow — severity 4"


def test_titles_say_the_state_once_and_emotions_read_as_scores_and_words(tmp_path: Path) -> None:
    project = small_project()
    current = project.journeys[0]
    current.name = "Current state"
    current.lanes.append(Lane(id="l-feel", name="Feeling", kind=LaneKind.EMOTIONS))
    current.cards[0].emotion = -1  # the only touchpoint of "Discover": its mood is exactly -1
    for number, emotion in enumerate((1, 2)):  # "Buy" feels +1.5 on average
        current.cards.append(TouchpointCard(id=f"t{number}", stage_id="s2", lane_id="l-touch", emotion=emotion))
    project.journeys.append(future_state_of(current, [current.name]))
    onboarding = future_state_of(current, [])
    onboarding.id, onboarding.name, onboarding.state = "j-onboarding", "Onboarding", JourneyState.CURRENT
    project.journeys.append(onboarding)
    path = tmp_path / "words.xlsx"
    export_workbook(project, path)
    headings = [calamine_sheet(path, name)[1][0] for name in ("Current state", "Future state", "Onboarding")]
    assert headings == ["Current state", "Future state", "Onboarding · Current state"]
    feeling = calamine_sheet(path, "Current state")[7 + 3]
    assert feeling[:3] == ["Feeling", "-1 (annoyed)", "+1.5 (delighted)"]


def test_printed_rows_are_as_tall_as_their_wrapped_text(tmp_path: Path) -> None:
    """LibreOffice prints each sheet (the Cards sheet's long titles, descriptions and journey names
    wrap): no word may print over another."""
    project = new_project("sample")
    project.journeys[0].cards[0].description = "A description long enough to wrap over several lines " * 3
    path = tmp_path / "sample.xlsx"
    export_workbook(project, path)
    sheet = load_workbook(path)["Cards"]
    assert sheet.row_dimensions[2].height >= 4 * 13.5  # the long description's row
    printed = libreoffice_pdf(path, tmp_path / "printed")
    for page in range(1, page_count(printed) + 1):
        found = words(printed, page)
        for number, (text, x0, y0, x1, y1) in enumerate(found):
            for other, ox0, oy0, ox1, oy1 in found[number + 1 :]:
                across = min(x1, ox1) - max(x0, ox0)
                down = min(y1, oy1) - max(y0, oy0)
                overlapping = across > 0.5 and down > 0.4 * min(y1 - y0, oy1 - oy0)
                assert not overlapping, f"page {page}: {text!r} prints over {other!r}"
