"""The Excel workbook: a client-ready export, read back without loss; hand-made maps imported."""

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from journeydesk.formats.format import ExportRequest, Format, Option, OptionValue

if TYPE_CHECKING:
    from journeydesk.export.xlsx.handmade.reading import Layout
    from journeydesk.model.project import Project


def export(project: "Project", path: Path, request: ExportRequest) -> None:
    from journeydesk.export.xlsx import export_workbook

    export_workbook(project, path, request.journey_ids)


def import_(path: Path, options: Mapping[str, OptionValue]) -> "Project":
    from journeydesk.export.xlsx import import_workbook

    sheet, title = options.get("sheet"), options.get("title")
    return import_workbook(path, str(sheet) if sheet else None, layout(options), str(title) if title else None)


def row_number(text: str) -> int:
    if not text.strip().isdigit() or int(text) < 1:
        raise ValueError(f"{text!r} is no row number (1, 2, 3...)")
    return int(text)


def column_number(text: str) -> int:
    """A column by its letters (B, AA) or its number (2)."""
    from journeydesk.export.xlsx.grid import column_number as lettered

    number = int(text) if text.strip().isdigit() else lettered(text)
    if number is None or number < 1:
        raise ValueError(f"{text!r} is no column (A, B, ... or 1, 2, ...)")
    return number


def layout_problem(options: Mapping[str, OptionValue]) -> str | None:
    """What is wrong with the combination of where-the-map-is options, or None."""
    stages_row, stages_column = options.get("stages_row"), options.get("stages_column")
    lanes_row, lanes_column = options.get("lanes_row"), options.get("lanes_column")
    if stages_row and stages_column:
        return "give --stages-row or --stages-column, not both"
    if lanes_column and lanes_row:
        return "give --lanes-column or --lanes-row, not both"
    if (stages_row and lanes_row) or (stages_column and lanes_column):
        return "stage names in a row go with lane labels in a column, and the other way round"
    return None


def layout(options: Mapping[str, OptionValue]) -> "Layout":
    """Where the options say the map is: stage names in a row with lane labels in a column, or the
    other way round (indexes from 0)."""
    from journeydesk.export.xlsx.handmade.reading import Layout

    def index(name: str) -> int | None:
        value = options.get(name)
        return int(value) - 1 if value else None

    if options.get("stages_row") or options.get("lanes_column"):
        return Layout("rows", index("stages_row"), index("lanes_column"))
    if options.get("stages_column") or options.get("lanes_row"):
        return Layout("columns", index("stages_column"), index("lanes_row"))
    return Layout()


FORMAT = Format(
    key="xlsx",
    name="Excel workbook",
    extensions=(".xlsx",),
    description="A workbook to hand over: the map, every card in a filterable table, registers of pain points "
    "and actions",
    export=export,
    import_=import_,
    import_options=(
        Option("sheet", "Sheet", "the sheet with the map (default: the one most surely a map)", ""),
        Option("stages_row", "Stage names in row", "the row that holds the stage names (N)", 0, parse=row_number),
        Option(
            "stages_column",
            "Stage names in column",
            "the column that holds the stage names (B or 2)",
            0,
            parse=column_number,
        ),
        Option("lanes_column", "Lane labels in column", "the column of lane labels (A or 1)", 0, parse=column_number),
        Option("lanes_row", "Lane labels in row", "the row of lane labels (N)", 0, parse=row_number),
        Option("title", "Title", "the project's title (default: the title found in the sheet)", ""),
    ),
    import_check=layout_problem,
    menu_text="&Excel Workbook…",
)
