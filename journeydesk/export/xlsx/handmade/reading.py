"""Reading one sheet of a hand-made workbook: where its map is (a grid, or a table of touchpoints),
further maps on the same sheet (a future state under the current one), what sits around them (title,
persona, scenario, a table of scores), and whether it is a map at all."""

from dataclasses import dataclass, field

from journeydesk.export.xlsx.grid import (
    GridGuess,
    Matrix,
    Merged,
    Orientation,
    column_name,
    explained_cells,
    guess_grid,
    oriented,
)
from journeydesk.export.xlsx.handmade.keywords import JOURNEYS
from journeydesk.export.xlsx.handmade.persona import PairBlock, PersonaDraft, pair_blocks, persona_from_pairs
from journeydesk.export.xlsx.handmade.score_table import stage_scores
from journeydesk.export.xlsx.handmade.surroundings import Surroundings, read_surroundings
from journeydesk.export.xlsx.handmade.touchpoint_table import TouchpointTable, find_touchpoint_table
from journeydesk.export.xlsx.handmade.verdict import Verdict, describe, is_plainly_a_map, judge_grid, judge_table

Cell = tuple[int, int]
MAX_MAPS = 6  # maps looked for on one sheet


@dataclass(frozen=True)
class Layout:
    """Where the person says the map is; None leaves it to be found. Indexes count from 0."""

    orientation: Orientation | None = None
    header: int | None = None  # the row (or column) of stage names
    label: int | None = None  # the column (or row) of lane labels

    @property
    def chosen(self) -> bool:
        return self.header is not None or self.label is not None


@dataclass
class OtherMap:
    """A further map on the sheet, and the text just above it that names it ("Future state")."""

    grid: GridGuess
    heading: str = ""


@dataclass
class SheetReading:
    name: str
    texts: Matrix
    merged: Merged
    verdict: Verdict
    grid: GridGuess | None = None
    table: TouchpointTable | None = None
    surroundings: Surroundings = field(default_factory=Surroundings)
    persona: PersonaDraft | None = None
    scores: dict[int, int] = field(default_factory=dict)  # stage index -> emotion, from a table of scores
    blocks: list[PairBlock] = field(default_factory=list)
    others: list[OtherMap] = field(default_factory=list)
    heading: str = ""  # the text naming the map, when other maps on the sheet come before it
    unread: bool = False  # too large to be read as a map: the verdict says why

    @property
    def is_empty(self) -> bool:
        return not self.unread and not any(any(row) for row in self.texts)

    @property
    def persona_sheet(self) -> PersonaDraft | None:
        """The persona this sheet describes when it holds nothing else: attribute/value pairs."""
        if self.grid is not None or self.table is not None:
            return None
        personas = [persona_from_pairs(block) for block in self.blocks if block.is_persona]
        return personas[0] if personas else None


def read_sheet(name: str, texts: Matrix, merged: Merged = frozenset(), layout: Layout = Layout()) -> SheetReading:
    blocks = pair_blocks(texts)
    persona_cells = {cell for block in blocks if block.is_persona for cell in block.cells}
    masked = [
        [text if (row, column) not in persona_cells else "" for column, text in enumerate(line)]
        for row, line in enumerate(texts)
    ]
    reading = SheetReading(name, texts, merged, Verdict(0), blocks=blocks)
    table = None if layout.chosen else find_touchpoint_table(masked)
    if table is not None:
        reading.table = table
        reading.surroundings = read_surroundings(texts, merged, table.header, persona_cells | table.cells)
        reading.verdict = judge_table(len(table.stages), len(table.rows))
    else:
        reading.grid = guess_grid(masked, merged, layout.orientation, layout.header, layout.label)
        if reading.grid is None:
            reading.verdict = Verdict(0, _nothing_where_chosen(layout) if layout.chosen else describe(texts, blocks))
            return reading
        _read_around_grid(reading, reading.grid, persona_cells)
    # Attribute/value pairs are the most precise, then a persona line, then a name in the title.
    drafts = [persona_from_pairs(block) for block in blocks if block.is_persona]
    if reading.surroundings.persona is not None:
        drafts.append(reading.surroundings.persona)
    found = None
    for draft in drafts:
        found = found.merged_with(draft) if found is not None else draft
    reading.persona = found
    return reading


def _nothing_where_chosen(layout: Layout) -> str:
    def place(index: int, across: bool) -> str:
        return f"row {index + 1}" if across else f"column {column_name(index + 1)}"

    rows = layout.orientation != "columns"
    if layout.header is not None:
        return f"no stage names with lane labels beside them in {place(layout.header, rows)}"
    assert layout.label is not None
    return f"no stage names beside the lane labels in {place(layout.label, not rows)}"


def _read_around_grid(reading: SheetReading, grid: GridGuess, persona_cells: set[Cell]) -> None:
    texts, merged = reading.texts, reading.merged
    inside = _map_cells(texts, merged, grid)
    maps = [(grid, inside)]
    for _ in range(MAX_MAPS - 1):
        other = _another_map(texts, merged, inside | persona_cells)
        if other is None:
            break
        cells = _map_cells(texts, merged, other)
        maps.append((other, cells))
        inside |= cells
    top = min((row for row, _ in inside), default=0)
    ordered = sorted(maps, key=lambda item: min(row for row, _ in item[1]))
    headings: dict[int, str] = {}
    for number, (_, cells) in enumerate(ordered[1:], 1):
        heading = _heading_above(texts, merged, cells, inside | persona_cells)
        if heading is not None:
            inside.add(heading[0])
            headings[number] = heading[1]
    reading.surroundings = read_surroundings(texts, merged, top, persona_cells | inside)
    if len(ordered) > 1:  # the first map's name is the line over it, unless that line is the title
        first = _heading_above(texts, merged, ordered[0][1], inside | persona_cells)
        notes = reading.surroundings.notes
        if first is not None and first[1] != reading.surroundings.title and first[1] in notes:
            notes.remove(first[1])
            headings[0] = first[1]
    for number, (guess, _) in enumerate(ordered):
        if guess is grid:
            reading.heading = headings.get(number, "")
        else:
            reading.others.append(OtherMap(guess, headings.get(number, "")))
    reading.scores, score_cells = stage_scores(texts, grid.stages, inside | reading.surroundings.cells)
    filled = {
        (row, column)
        for row, line in enumerate(texts)
        for column, text in enumerate(line)
        if text and (row, column) not in merged
    }
    explained = filled & (inside | reading.surroundings.cells | persona_cells | score_cells)
    named = JOURNEYS.first(reading.surroundings.title) or JOURNEYS.first(reading.name)
    reading.verdict = judge_grid(grid, len(explained), len(filled), named is not None)


def _map_cells(texts: Matrix, merged: Merged, grid: GridGuess) -> set[Cell]:
    return explained_cells(grid) | _header_block(texts, merged, grid)


def _another_map(texts: Matrix, merged: Merged, taken: set[Cell]) -> GridGuess | None:
    """A second map in what the first leaves, when it is plainly one."""
    rest = [
        [text if (row, column) not in taken else "" for column, text in enumerate(line)]
        for row, line in enumerate(texts)
    ]
    other = guess_grid(rest, merged)
    return other if other is not None and is_plainly_a_map(other) else None


def _heading_above(texts: Matrix, merged: Merged, cells: set[Cell], taken: set[Cell]) -> tuple[Cell, str] | None:
    """The nearest text above a map that belongs to nothing else: its name."""
    top = min(row for row, _ in cells)
    left = min(column for _, column in cells)
    for row in range(top - 1, max(-1, top - 4), -1):
        for column, text in enumerate(texts[row]):
            if text and column <= left + 1 and (row, column) not in taken and (row, column) not in merged:
                return (row, column), text
    return None


def _header_block(texts: Matrix, merged: Merged, grid: GridGuess) -> set[Cell]:
    """Rows just above the stage names that run along them (stage numbers, groups of stages)."""
    sheet, covered = oriented(texts, merged, grid.orientation)
    cells: set[Cell] = set()
    for row in range(grid.header - 1, -1, -1):
        along = [
            (row, column)
            for column in grid.columns
            if column < len(sheet[row]) and sheet[row][column] and (row, column) not in covered
        ]
        if len({sheet[row][column] for _, column in along}) < 2:
            break
        cells.update(along)
    if grid.orientation == "columns":
        return {(column, row) for row, column in cells}
    return cells
