"""Excel export speed against raw openpyxl writing the same cells with the same styles.

    python benchmarks/excel_speed.py [--cards 10000] [--runs 3]

The baseline writes, with openpyxl alone, exactly the cells (values, fonts, fills, alignments,
borders, number formats) of the workbook JourneyDesk exports, into sheets of the same names, and
saves it: everything but deciding what to write. Target: the export takes at most 1.5 times as long.
"""

import io
import sys
from copy import copy
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from openpyxl import Workbook, load_workbook
from raw_writers import xlsx as raw_write
from timing import compare_from_command_line, paired_medians

from journeydesk.export.xlsx import workbook_bytes
from journeydesk.model.project import Project

TARGET = 1.5


def cells_of(data: bytes) -> list[tuple[str, list[tuple]]]:
    """Every cell of the exported workbook with its value and style, per sheet."""
    workbook = load_workbook(io.BytesIO(data))
    shared: dict[object, object] = {}  # one object per distinct style, as a careful writer would keep

    plain = Workbook().active["A1"]
    defaults = {copy(plain.font), copy(plain.fill), copy(plain.alignment), copy(plain.border)}

    def style(value: object) -> object:
        value = copy(value)
        return None if value in defaults else shared.setdefault(value, value)

    sheets = []
    for sheet in workbook.worksheets:
        cells = [
            (
                cell.row,
                cell.column,
                cell.value,
                style(cell.font),
                style(cell.fill),
                style(cell.alignment),
                style(cell.border),
                cell.number_format,
            )
            for row in sheet.iter_rows()
            for cell in row
            if cell.value is not None or cell.has_style
        ]
        sheets.append((sheet.title, cells))
    return sheets


def measure(project: Project, runs: int) -> tuple[float, float, str]:
    """Median seconds of the export and of the raw baseline, and what was written."""
    data = workbook_bytes(project)
    sheets = cells_of(data)
    ours, raw = paired_medians(lambda: workbook_bytes(project), lambda: raw_write(sheets), runs)
    cells = sum(len(cells) for _, cells in sheets)
    return ours, raw, f"{cells} cells in {len(sheets)} sheets, {len(data) / 2**20:.1f} MB"


if __name__ == "__main__":
    sys.exit(
        compare_from_command_line(
            __doc__.splitlines()[0], measure, ("JourneyDesk export", "raw openpyxl, same cells"), TARGET
        )
    )
