"""Importing workbooks: our own back without loss (also after edits), hand-made maps, bad files."""

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from journeydesk.cli import main
from journeydesk.export.xlsx import WorkbookError, export_workbook, import_workbook, reader
from journeydesk.io import load_project
from journeydesk.model import CardKind, Channel, LaneKind, Project
from journeydesk.templates import new_project
from tests.export.xlsx_helpers import hand_made
from tests.strategies import projects


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(project=projects(max_cards=8, awkward=True))
def test_every_project_survives_export_and_import_exactly(tmp_path: Path, project: Project) -> None:
    """Every field, with line endings of every system, control characters, literal escapes, tags
    holding separators and custom channels named like listed ones."""
    path = tmp_path / "round.xlsx"
    export_workbook(project, path)
    assert import_workbook(path) == project


def test_edited_titles_and_added_rows_come_back(tmp_path: Path) -> None:
    project = new_project("sample")
    path = tmp_path / "sample.xlsx"
    export_workbook(project, path)
    workbook = load_workbook(path)
    cards = workbook["Cards"]
    cards["E2"] = "Renamed in Excel"
    journey, stage, lane = project.journeys[0].name, project.journeys[0].stages[3].name, "Pain points"
    cards.append([journey, stage, lane, "Pain point", "Added in Excel", "", None, None, 4])
    cards.append([journey, stage, "Touchpoints", "touchpoint", "Kiosk in store", "", "Kiosk", 1])
    workbook.save(path)
    imported = import_workbook(path)
    cards_in = imported.journeys[0].cards
    assert cards_in[0].title == "Renamed in Excel" and cards_in[0].id == project.journeys[0].cards[0].id
    # new rows land in their cells, in map order
    added, kiosk = (
        next(card for card in cards_in if card.title == title) for title in ("Added in Excel", "Kiosk in store")
    )
    assert (added.kind, added.title, added.severity, added.stage_id) == (
        CardKind.PAIN_POINT,
        "Added in Excel",
        4,
        project.journeys[0].stages[3].id,
    )
    assert added.id not in {card.id for card in project.journeys[0].cards}
    assert (kiosk.channel, kiosk.custom_channel, kiosk.emotion) == (Channel.CUSTOM, "Kiosk", 1)
    unchanged = [card for card in cards_in[1:] if card not in (added, kiosk)]
    assert unchanged == project.journeys[0].cards[1:]


@pytest.mark.parametrize(
    ("kind", "column", "value", "message"),
    [
        (CardKind.NOTE, "B", "Nowhere", "no stage named 'Nowhere' in journey"),
        (CardKind.PAIN_POINT, "I", 9, "Severity: must be at most 5, not 9"),
        (CardKind.NOTE, "D", "Sticker", "Kind: 'Sticker' is not one of"),
        (CardKind.TOUCHPOINT, "H", "very happy", "Emotion: 'very happy' is not a number"),
        (CardKind.IMPROVEMENT, "P", "card-nowhere", "no pain point with id 'card-nowhere'"),
        (CardKind.NOTE, "S", None, None),  # a row without an id gets a new one: fine
    ],
)
def test_mistakes_in_the_cards_sheet_name_the_row(
    tmp_path: Path, kind: CardKind, column: str, value: object, message: str | None
) -> None:
    project = new_project("sample")
    path = tmp_path / "sample.xlsx"
    export_workbook(project, path)
    workbook = load_workbook(path)
    row = 2 + next(number for number, card in enumerate(project.journeys[0].cards) if card.kind is kind)
    workbook["Cards"][f"{column}{row}"] = value
    workbook.save(path)
    message = message and f"Cards row {row}: {message}"
    if message is None:
        assert len(import_workbook(path).journeys[0].cards) == len(project.journeys[0].cards)
        return
    with pytest.raises(WorkbookError, match=message):
        import_workbook(path)


HORIZONTAL = [
    ["E-bike journey — workshop 12 May", None, None, None, None],
    [None, None, None, None, None],
    ["Phase", "1. Awareness →", "2. Consideration →", "3. Purchase →", "4. Loyalty"],
    ["Customer goals", "Find a greener commute", "Pick the right bike", "Pay in instalments", "Ride every day"],
    ["Touchpoints / channels", "Instagram ad", "Review site", "Online checkout", "TBD"],
    [None, "Friend's tip", None, "Finance form", None],
    ["Pain points", "-", "Sizes unclear", "Form asks twice", "Fill in"],
    ["Opportunities", None, "Size finder", "Prefill the form", "n/a"],
    ["Feelings", "1", "0", "-2", "+1"],
    ["What they think", "“Could I do this?”", None, "“Again?!”", None],
    ["Backstage / owner", None, None, "Payments team", None],
]


def test_a_hand_made_horizontal_map_imports(tmp_path: Path) -> None:
    path = hand_made(tmp_path / "workshop.xlsx", HORIZONTAL, merges=["A1:E1", "A5:A6"], title="Workshop")
    project = import_workbook(path)
    journey = project.journeys[0]
    assert project.title == "E-bike journey — workshop 12 May"
    assert [stage.name for stage in journey.stages] == ["Awareness", "Consideration", "Purchase", "Loyalty"]
    assert [(lane.name, lane.kind) for lane in journey.lanes] == [
        ("Customer goals", LaneKind.GOAL),
        ("Touchpoints / channels", LaneKind.TOUCHPOINTS),
        ("Pain points", LaneKind.PAIN_POINTS),
        ("Opportunities", LaneKind.IMPROVEMENTS),
        ("Feelings", LaneKind.EMOTIONS),
        ("What they think", LaneKind.THOUGHTS),
        ("Backstage / owner", LaneKind.BACKSTAGE),
    ]
    titles = {(card.kind, card.title) for card in journey.cards}
    assert (CardKind.TOUCHPOINT, "Friend's tip") in titles  # the row under a merged lane label
    assert (CardKind.PAIN_POINT, "Form asks twice") in titles
    assert (CardKind.IMPROVEMENT, "Prefill the form") in titles
    assert not {"TBD", "-", "Fill in", "n/a"} & {title for _, title in titles}
    assert [stage.emotion for stage in journey.stages] == [1, 0, -2, 1]
    assert len(journey.cards) == 16


def test_a_transposed_map_with_stages_down_a_column_imports(tmp_path: Path) -> None:
    rows = [list(row) for row in zip(*[row + [None] * (5 - len(row)) for row in HORIZONTAL[2:]], strict=True)]
    rows = [["Checkout study", None, None], *rows]
    path = hand_made(tmp_path / "transposed.xlsx", rows)
    journey = import_workbook(path).journeys[0]
    assert [stage.name for stage in journey.stages] == ["Awareness", "Consideration", "Purchase", "Loyalty"]
    assert journey.lanes[2].kind is LaneKind.PAIN_POINTS
    assert {card.title for card in journey.cards} >= {"Sizes unclear", "Prefill the form"}


def test_with_several_sheets_the_fullest_or_the_named_one_is_used(tmp_path: Path) -> None:
    small = [
        ["", "Awareness", "Purchase", "Use"],
        ["Touchpoints", "Ad", "Shop", "App"],
        ["Pain points", "", "Queue", ""],
    ]
    path = hand_made(tmp_path / "sheets.xlsx", small, title="Draft", extra_sheets={"Final": HORIZONTAL})
    assert import_workbook(path).journeys[0].name == "Final"
    assert import_workbook(path, sheet="Draft").journeys[0].name == "Draft"
    with pytest.raises(WorkbookError, match="no sheet named 'Other'"):
        import_workbook(path, sheet="Other")


def _encrypted(path: Path) -> Path:
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    return path


def _empty(path: Path) -> Path:
    Workbook().save(path)
    return path


def _no_grid(path: Path) -> Path:
    return hand_made(path, [["Shopping list"], ["Milk, eggs and a very long sentence that is not a stage name"]])


def _huge_sheet(path: Path) -> Path:
    workbook = Workbook()
    workbook.active.cell(row=300_000, column=1, value="far away")
    workbook.save(path)
    return path


def _other_zip(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "not a workbook")
    return path


def _text(path: Path) -> Path:
    path.write_text("Stage,Lane\n")
    return path


BAD = {
    "not a workbook": (_text, "not an Excel workbook (.xlsx)"),
    "another zip": (_other_zip, "it is another kind of zip file"),
    "encrypted": (_encrypted, "encrypted or in the old .xls format"),
    "empty": (_empty, "the workbook is empty"),
    "no grid": (
        _no_grid,
        "Map: a list of 2 texts in one column, no stage header found; choose the sheet and the header with "
        "--sheet and --stages-row",
    ),
    "absurd size": (_huge_sheet, "its declared size (300,000 rows x 1 column) is beyond the 200,000 rows"),
    "zero bytes": (lambda path: (path.write_bytes(b""), path)[1], "the file is empty"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_workbooks_give_one_clear_line_exit_1_and_write_nothing(tmp_path: Path, case: str, capsys) -> None:
    make, message = BAD[case]
    source = make(tmp_path / "bad.xlsx")
    with pytest.raises(WorkbookError, match=message.replace("(", r"\(").replace(")", r"\)")):
        import_workbook(source)
    output = tmp_path / "out.journey"
    assert main(["import", str(source), "-o", str(output)]) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and message in error and "Traceback" not in error
    assert not output.exists()


def test_a_zip_that_unpacks_too_far_is_refused(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(reader, "MAX_UNPACKED_BYTES", 1024 * 1024)
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/padding.bin", b"\x00" * (3 * 1024 * 1024))
    with pytest.raises(WorkbookError, match="unpacks to 3 MB; at most"):
        import_workbook(path)


def test_cli_export_and_import_round_trip(tmp_path: Path, capsys) -> None:
    source = tmp_path / "sample.journey"
    assert main(["new", str(source), "--template", "sample"]) == 0
    workbook = tmp_path / "sample.xlsx"
    assert main(["export", str(source), "-o", str(workbook)]) == 0
    back = tmp_path / "back.journey"
    assert main(["import", str(workbook), "-o", str(back)]) == 0
    assert load_project(back) == load_project(source)
    assert main(["import", str(workbook), "-o", str(back)]) == 1  # no silent overwrite
    assert "already exists" in capsys.readouterr().err


def test_dates_survive(tmp_path: Path) -> None:
    project = new_project("sample")
    action = next(project.journeys[0].improvements())
    action.due = dt.date(2027, 2, 28)
    path = tmp_path / "due.xlsx"
    export_workbook(project, path)
    assert next(import_workbook(path).journeys[0].improvements()).due == dt.date(2027, 2, 28)


@given(st.text(min_size=1, max_size=40))
@settings(max_examples=60, deadline=None)
def test_the_grid_guesser_never_fails_on_odd_text(text: str) -> None:
    from journeydesk.export.xlsx.grid import trim_stage_name
    from journeydesk.export.xlsx.handmade.reading import read_sheet

    read_sheet("odd", [[text, text, text], ["a", text, ""], [text], ["", text, text, text]])
    assert trim_stage_name(text) or not text.strip()


def test_tags_stay_a_list_and_names_are_found_whatever_the_line_endings(tmp_path: Path) -> None:
    project = new_project("sample")
    journey = project.journeys[0]
    journey.stages[0].name = "Look\r\naround"
    card = next(card for card in journey.cards if card.stage_id == journey.stages[0].id)
    card.tags = ["price, delivery", "a;b"]
    path = tmp_path / "tags.xlsx"
    export_workbook(project, path)
    assert import_workbook(path) == project  # the tags as they were, not split on their commas
    workbook = load_workbook(path)
    cards = workbook["Cards"]
    row = next(row for row in cards.iter_rows(min_row=2) if row[-1].value == card.id)
    row[1].value = "Look\naround"  # as a spreadsheet program may save it
    row[-1].value = None  # a new row: found by its names alone
    row[14].value = "price; delivery"  # tags the person typed
    workbook.save(path)
    added = next(item for item in import_workbook(path).journeys[0].cards if item.title == card.title)
    assert added.stage_id == journey.stages[0].id and added.tags == ["price", "delivery"]
