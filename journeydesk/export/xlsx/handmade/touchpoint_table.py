"""A touchpoint analysis: one row per touchpoint, with the stage it belongs to in a column of its own
and, often, its channel, a score, a pain point, an idea, a description and an owner. It is no grid of
stages by lanes; read as one, its touchpoints would become stages."""

from dataclasses import dataclass

from journeydesk.export.xlsx.handmade.keywords import COLUMN_WORDS
from journeydesk.export.xlsx.handmade.words import WordTable

Matrix = list[list[str]]
Cell = tuple[int, int]

COLUMNS: WordTable[str] = WordTable(COLUMN_WORDS)
HEADER_SEARCH = 15  # the table's header is looked for in the first rows
MIN_ROWS = 2


@dataclass
class TouchpointTable:
    header: int  # the header row
    columns: dict[str, int]  # "touchpoint", "stage", "channel", ... -> column
    rows: list[int]  # the rows of touchpoints
    stages: list[str]  # in order of first appearance

    def cell(self, matrix: Matrix, row: int, column: str) -> str:
        index = self.columns.get(column)
        cells = matrix[row]
        return cells[index] if index is not None and index < len(cells) else ""

    @property
    def cells(self) -> set[Cell]:
        return {(row, column) for row in [self.header, *self.rows] for column in self.columns.values()}


def _column_kinds(cells: list[str]) -> dict[str, int]:
    kinds: dict[str, int] = {}
    for column, text in enumerate(cells):
        if not text or len(text.split()) > 5:
            continue
        found = COLUMNS.first(text)
        if found is not None and found.key not in kinds:
            kinds[found.key] = column
    return kinds


def find_touchpoint_table(matrix: Matrix) -> TouchpointTable | None:
    """The table, when a header names a touchpoint column and a stage column and its rows are
    touchpoints: the stages repeat, or the touchpoint comes before its stage."""
    for header in range(min(HEADER_SEARCH, len(matrix))):
        columns = _column_kinds(matrix[header])
        if "touchpoint" not in columns or "stage" not in columns:
            continue
        table = TouchpointTable(header, columns, [], [])
        blank = 0
        for row in range(header + 1, len(matrix)):
            touchpoint = table.cell(matrix, row, "touchpoint")
            if not touchpoint:
                blank += 0 if any(matrix[row]) else 1
                if blank >= 2:
                    break
                continue
            blank = 0
            table.rows.append(row)
        stages = [table.cell(matrix, row, "stage") for row in table.rows]
        table.stages = list(dict.fromkeys(stage for stage in stages if stage))
        repeats = len(table.stages) < len([stage for stage in stages if stage])
        if len(table.rows) >= MIN_ROWS and table.stages and (repeats or columns["touchpoint"] < columns["stage"]):
            return table
    return None
