"""A table of scores beside the map: the stage names again, each with a number (a "Stage / Score"
table next to the grid, or a row of scores under stage names), read onto -2..+2."""

from journeydesk.export.xlsx.grid import Matrix, trim_stage_name
from journeydesk.export.xlsx.handmade import emotions
from journeydesk.export.xlsx.handmade.words import fold

Cell = tuple[int, int]


def _at(matrix: Matrix, row: int, column: int) -> str:
    return matrix[row][column] if 0 <= row < len(matrix) and 0 <= column < len(matrix[row]) else ""


def _key(name: str) -> str:
    """A stage name as it is matched: "2. Research →" and "research" alike."""
    return fold(trim_stage_name(name)).strip()


def stage_scores(matrix: Matrix, stage_names: list[str], skip: set[Cell]) -> tuple[dict[int, int], set[Cell]]:
    """Each stage's score from a table outside the map (cells in ``skip`` belong to the map), and the
    cells that table takes. Stage names are matched as written, without case; the scale comes from
    the numbers and from the heading over them ("Score (1-10)")."""
    index = {_key(name): number for number, name in enumerate(stage_names)}
    for transposed in (False, True):
        grid = [list(row) for row in zip(*matrix, strict=False)] if transposed else matrix
        cells = {(column, row) for row, column in skip} if transposed else skip
        found = _vertical(grid, index, cells)
        if found is not None:
            scores, taken = found
            return scores, {(column, row) for row, column in taken} if transposed else taken
    return {}, set()


def _vertical(grid: Matrix, index: dict[str, int], skip: set[Cell]) -> tuple[dict[int, int], set[Cell]] | None:
    """Stage names down a column with a number right of each, in at least two rows."""
    by_column: dict[int, list[tuple[int, int]]] = {}  # name column -> (row, stage)
    for row, cells in enumerate(grid):
        for column, text in enumerate(cells):
            stage = index.get(_key(text)) if text and (row, column) not in skip else None
            if stage is not None and emotions.is_score(_at(grid, row, column + 1)):
                by_column.setdefault(column, []).append((row, stage))
    if not by_column:
        return None
    column, entries = max(by_column.items(), key=lambda item: len(item[1]))
    if len(entries) < 2:
        return None
    first = entries[0][0]
    heading = _at(grid, first - 1, column + 1)
    values = [_at(grid, row, column + 1) for row, _ in entries]
    scale = emotions.scale_for(values, heading)
    scores = {stage: emotions.emotion(value, scale) for (_, stage), value in zip(entries, values, strict=True)}
    taken = {(row, column) for row, _ in entries} | {(row, column + 1) for row, _ in entries}
    if heading:
        taken |= {(first - 1, column), (first - 1, column + 1)}
    return {stage: score for stage, score in scores.items() if score is not None}, taken
