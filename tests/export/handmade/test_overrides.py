"""Saying where the map is on the command line: --stages-row, --stages-column, --lanes-column,
--lanes-row and --title; a wrong combination is a usage error, a refusal names what was seen."""

from pathlib import Path

import pytest

from journeydesk.cli import main
from journeydesk.io import load_project
from journeydesk.model import LaneKind
from tests.export.handmade.corpus import workbook_with

TWO_STAGES = [
    ["Before", "After"],
    ["Doing", "Waits", "Leaves"],
    ["Feeling", "Bored", "Happy"],
]


def two_stage_map(folder: Path) -> Path:
    rows = [["Quick sketch"], [], ["", *TWO_STAGES[0]], *TWO_STAGES[1:]]
    return workbook_with(folder / "sketch.xlsx", ("Sketch", rows, []))


def run_import(source: Path, output: Path, *options: str) -> int:
    return main(["import", str(source), "-o", str(output), *options])


def test_a_refused_sheet_imports_when_the_stage_row_is_given(tmp_path: Path, capsys) -> None:
    source, output = two_stage_map(tmp_path), tmp_path / "sketch.journey"
    assert run_import(source, output) == 1
    assert "Sketch: a header of only 2 stages (Before, After), at least 3 are needed;" in capsys.readouterr().err
    assert not output.exists()
    assert run_import(source, output, "--stages-row", "3", "--title", "Waiting room") == 0
    project = load_project(output)
    journey = project.journeys[0]
    assert project.title == "Waiting room"
    assert [stage.name for stage in journey.stages] == ["Before", "After"]
    assert [(lane.name, lane.kind) for lane in journey.lanes] == [
        ("Doing", LaneKind.ACTIONS),
        ("Feeling", LaneKind.EMOTIONS),
    ]
    assert [stage.emotion for stage in journey.stages] == [-1, 1]


def test_stages_down_a_column_given_by_letter(tmp_path: Path) -> None:
    rows = [
        ["", "Doing", "Feeling"],
        ["Before", "Waits", "Bored"],
        ["After", "Leaves", "Happy"],
    ]
    source = workbook_with(tmp_path / "down.xlsx", ("Down", rows, []))
    output = tmp_path / "down.journey"
    assert run_import(source, output, "--stages-column", "A") == 0
    journey = load_project(output).journeys[0]
    assert [stage.name for stage in journey.stages] == ["Before", "After"]
    assert [lane.name for lane in journey.lanes] == ["Doing", "Feeling"]
    output.unlink()
    assert run_import(source, output, "--lanes-row", "1") == 0  # the lane labels' row alone says it too
    assert [stage.name for stage in load_project(output).journeys[0].stages] == ["Before", "After"]


def test_the_lane_labels_column_can_be_chosen(tmp_path: Path) -> None:
    """Column B holds the section of each lane, column C its label: the person picks C."""
    rows = [
        ["", "", "Discover", "Buy", "Use"],
        ["", "Customer", "Searches", "Pays", "Uses it"],
        ["", "Customer", "Curious", "Annoyed", "Happy"],
        ["", "Company", "Ad", "Shop", "App"],
    ]
    labels = ["Doing", "Feeling", "Touchpoints"]
    for row, label in zip(rows[1:], labels, strict=True):
        row.insert(2, label)
    rows[0].insert(2, "")
    source = workbook_with(tmp_path / "sections.xlsx", ("Sections", rows, []))
    output = tmp_path / "sections.journey"
    assert run_import(source, output, "--lanes-column", "C") == 0
    journey = load_project(output).journeys[0]
    assert [lane.name for lane in journey.lanes] == labels
    assert [lane.kind for lane in journey.lanes] == [LaneKind.ACTIONS, LaneKind.EMOTIONS, LaneKind.TOUCHPOINTS]
    assert [stage.name for stage in journey.stages] == ["Discover", "Buy", "Use"]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--stages-row", "2", "--stages-column", "B"], "give --stages-row or --stages-column, not both"),
        (["--lanes-row", "2", "--lanes-column", "B"], "give --lanes-column or --lanes-row, not both"),
        (["--stages-row", "2", "--lanes-row", "1"], "stage names in a row go with lane labels in a column"),
        (["--stages-row", "0"], "'0' is no row number"),
        (["--stages-column", "B2"], "'B2' is no column"),
    ],
)
def test_wrong_options_are_usage_errors(tmp_path: Path, options: list[str], message: str, capsys) -> None:
    source, output = two_stage_map(tmp_path), tmp_path / "out.journey"
    assert run_import(source, output, *options) == 2
    error = capsys.readouterr().err
    assert message in error and error.count("\n") == 1
    assert not output.exists()


def test_a_stage_row_that_holds_no_stages_is_refused(tmp_path: Path, capsys) -> None:
    source, output = two_stage_map(tmp_path), tmp_path / "out.journey"
    assert run_import(source, output, "--stages-row", "1") == 1
    assert "Sketch: no stage names with lane labels beside them in row 1;" in capsys.readouterr().err
    assert run_import(source, output, "--stages-column", "F") == 1
    assert "Sketch: no stage names with lane labels beside them in column F;" in capsys.readouterr().err
    assert run_import(source, output, "--stages-row", "3", "--lanes-column", "D") == 1
    assert "Sketch: no stage names with lane labels beside them in row 3;" in capsys.readouterr().err


def test_a_grid_beyond_a_journeys_limits_is_refused_in_one_line(tmp_path: Path, capsys) -> None:
    stages = [f"Step {number}" for number in range(1, 212)]
    rows = [["", *stages], ["Doing", *(f"Does {number}" for number in range(211))], ["Feeling", *["Happy"] * 211]]
    source = workbook_with(tmp_path / "wide.xlsx", ("Wide", rows, []))
    output = tmp_path / "wide.journey"
    assert run_import(source, output) == 1
    error = capsys.readouterr().err
    assert "Wide: 211 stages, more than the 200 a journey holds;" in error and error.count("\n") == 1
    assert run_import(source, output, "--stages-row", "1") == 1  # also where the person points at it
    assert "211 stages, more than the 200 a journey holds" in capsys.readouterr().err
    assert not output.exists()
