"""Finding the journey map in a hand-made grid of cells.

Works on a plain matrix of texts (one sheet, merged cells already spread over their area), so it is
independent of Excel. It looks for a row of stage names with lane labels in the column at its start
(or the transposed layout: stages down a column, lanes across a row). A lane label is known by its
place, not its length: the cell at the start of a row of filled cells beside the stage header, even
a whole sentence. Its kind comes from its words, in any language JourneyDesk reads, or else from
what the row holds (numbers and emotion words are a feeling lane, channel names a channel row).
Each candidate is scored by how much of the sheet it explains and how much of it is recognised.
"""

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from journeydesk.export.xlsx.handmade import emotions
from journeydesk.export.xlsx.handmade.channels import channels_in
from journeydesk.export.xlsx.handmade.keywords import SCORES, STAGE_HEADERS, STAGE_NAMES, Role, RowUse, lane_role
from journeydesk.export.xlsx.handmade.labels import lane_name
from journeydesk.model.enums import LaneKind

Matrix = list[list[str]]
Merged = frozenset[tuple[int, int]]  # cells covered by a merged cell, other than its top-left one
Orientation = Literal["rows", "columns"]  # stages across a row, or down a column

PLACEHOLDERS = {
    "fill in",
    "tbd",
    "tbc",
    "to do",
    "todo",
    "-",
    "–",
    "—",
    "n/a",
    "na",
    "...",
    "…",
    "?",
    "x",
    "xxx",
    "add text",
    "text",
    "enter text here",
    "type here",
    "none",
    ".",
    "k.a.",
    "n.v.t.",
    "à compléter",
    "por definir",
    "a definir",
    "da definire",
    "待定",
}
PLACEHOLDER_MAX = max(len(text) for text in PLACEHOLDERS) + 4  # room for stray spaces
ARROWS = "→⟶➔➜➝➞➡▶►▸›»>=<-–—|:·•*"
NUMBERING = re.compile(r"^\s*(?:(?:stage|step|phase)\s*)?\d{1,2}(?:\s*[.):\-–—]\s*|\s{2,}|\t)", re.IGNORECASE)
HEADER_CANDIDATES = 6  # rows (and columns) looked at closely, of those that look most like a stage header
TOP_CANDIDATES = 4  # and the first rows that could be one, since a map's header is near its top
LABEL_CANDIDATES = 3  # the label column is looked for at the first stage-like cells of the header
SEARCH_DEPTH = 60  # the stage header is looked for in the first rows (and columns) only
STAGE_TEXT_MAX, STAGE_WORDS_MAX = 80, 12  # a stage's name, on the first line of its cell
STAGE_TEXT_WORDS_MAX = 60  # with the lines that describe it
MANY_LANES = 15
CONTENT_SAMPLE = 24  # cells of a row looked at to tell what it holds
_NUMBER = re.compile(r"^[+\-−]?\d+(?:[.,]\d+)?\s*%?$")


def cell_text(value: object) -> str:
    """A cell's value as the text it shows, as written: line breaks and inner spaces kept."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    # A line break pasted from Word arrives as a vertical tab: it is a line break as written.
    return str(value).replace("\r\n", "\n").replace("\r", "\n").replace("\x0b", "\n").strip()


def is_placeholder(text: str) -> bool:
    return len(text) <= PLACEHOLDER_MAX and " ".join(text.split()).casefold() in PLACEHOLDERS


def is_number(text: str) -> bool:
    return bool(_NUMBER.match(text.strip()))


def is_arrow(text: str) -> bool:
    return bool(text) and not text.strip(ARROWS + " \t\n")


def column_name(number: int) -> str:
    """1 -> "A", 27 -> "AA": a column as the spreadsheet names it."""
    name = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        name = chr(65 + rest) + name
    return name


def column_number(name: str) -> int | None:
    """ "A" -> 1, "aa" -> 27; None when ``name`` is no column name."""
    name = name.strip().upper()
    if not name or not name.isascii() or not name.isalpha() or len(name) > 3:
        return None
    number = 0
    for letter in name:
        number = number * 26 + ord(letter) - 64
    return number


def trim_stage_name(text: str) -> str:
    """``"1. Awareness →"`` -> ``"Awareness"``; never trims a name down to nothing."""
    trimmed = text.replace("->", " ").replace("=>", " ").strip(ARROWS + " \t\n")
    trimmed = NUMBERING.sub("", trimmed).strip(ARROWS + " \t\n")
    return trimmed or text.strip()


@dataclass
class LaneGuess:
    label: str  # as written in the sheet
    name: str  # readable: the label, or its first words when it is a sentence
    description: str  # the whole label when the name shortens it
    role: Role
    span: list[int]  # the rows (or columns) it covers
    named_by_label: bool = False  # its kind comes from its label's words, not from what it holds


@dataclass
class GridGuess:
    orientation: Orientation
    header: int  # the row (or column) of stage names
    label: int  # the column (or row) of lane labels
    stages: list[str]  # stage names, in order
    stage_spans: list[list[int]]  # the columns (or rows) each stage covers
    stage_notes: list[str]  # what the header cell says under each stage's name
    lanes: list[LaneGuess]
    corner: str = ""  # the text where the header meets the labels ("Stage", "Phase"), if any
    filled: int = 0  # filled cells in the grid
    numeric: int = 0  # of which numbers, outside the lanes that hold scores
    score: float = 0.0
    stage_words: int = 0  # stages named with typical stage words
    chosen: bool = False  # the person chose the header (or the labels): no need to be sure

    @property
    def roles(self) -> list[Role]:
        return [lane.role for lane in self.lanes]

    @property
    def recognised(self) -> int:
        """Lanes whose kind their label names."""
        return sum(1 for lane in self.lanes if lane.named_by_label)

    @property
    def columns(self) -> list[int]:
        return [column for span in self.stage_spans for column in span]


def transpose(matrix: Matrix) -> Matrix:
    width = max((len(row) for row in matrix), default=0)
    return [[row[column] if column < len(row) else "" for row in matrix] for column in range(width)]


def transpose_merged(merged: Merged) -> Merged:
    return frozenset((column, row) for row, column in merged)


def at(matrix: Matrix, row: int, column: int) -> str:
    return matrix[row][column] if 0 <= row < len(matrix) and 0 <= column < len(matrix[row]) else ""


def oriented(matrix: Matrix, merged: Merged, orientation: Orientation) -> tuple[Matrix, Merged]:
    """The sheet turned so that the stages run across a row."""
    return (matrix, merged) if orientation == "rows" else (transpose(matrix), transpose_merged(merged))


def _stage_like(text: str) -> bool:
    """A short name, perhaps with a line or two describing the stage under it."""
    name = text.split("\n", 1)[0]
    return (
        bool(name.strip())
        and not is_placeholder(text)
        and not is_arrow(text)
        and not is_number(text)
        and len(name) <= STAGE_TEXT_MAX
        and len(name.split()) <= STAGE_WORDS_MAX
        and len(text.split()) <= STAGE_TEXT_WORDS_MAX
    )


def stage_name_and_note(text: str) -> tuple[str, str]:
    """``"2. Research →\nCompares offers"`` -> ``("Research", "Compares offers")``."""
    name, _, note = text.partition("\n")
    return trim_stage_name(name), note.strip()


def _header_rank(row: list[str]) -> float:
    """How much a row looks like a row of stage names, cheaply, to pick the rows worth a closer look."""
    cells = [text for text in row if text and not is_arrow(text)]
    if len(cells) < 2:
        return 0.0
    stage_like = [text for text in cells[1:] if _stage_like(text)]
    if len(stage_like) < 1:
        return 0.0
    short = sum(1.0 if len(text.split()) <= 4 else 0.5 for text in set(stage_like))
    words = sum(1 for text in stage_like if len(text.split()) <= 4 and STAGE_NAMES.first(text))
    corner = 3 if STAGE_HEADERS.first(cells[0]) and len(cells[0]) <= 30 else 0
    return short + 2 * words + corner - (len(cells) - 1 - len(stage_like))


def guess_grid(
    matrix: Matrix,
    merged: Merged = frozenset(),
    orientation: Orientation | None = None,
    header: int | None = None,
    label: int | None = None,
) -> GridGuess | None:
    """The most likely grid in the sheet, or the one with the stage names in row (or column)
    ``header`` and the lane labels in column (or row) ``label``, where the person said so."""
    orientations: tuple[Orientation, ...] = (orientation,) if orientation else ("rows", "columns")
    best: GridGuess | None = None
    for candidate in orientations:
        grid, covered = oriented(matrix, merged, candidate)
        if header is not None:
            headers = [header]
        else:
            ranks = {index: _header_rank(grid[index]) for index in range(min(SEARCH_DEPTH, len(grid)))}
            likely = [index for index, rank in ranks.items() if rank > 0]
            best_ranked = sorted(likely, key=lambda index: -ranks[index])[:HEADER_CANDIDATES]
            headers = list(dict.fromkeys([*likely[:TOP_CANDIDATES], *best_ranked]))  # the top rows, then the likeliest
        for index in headers:
            guess = guess_at(grid, covered, candidate, index, label)
            if guess is not None and len(guess.stages) < 2 and header is None:
                continue  # one name across the map is a title, not a row of stages
            if guess is not None and (best is None or guess.score > best.score):
                best = guess
    if best is not None:
        best.chosen = header is not None or label is not None
    return best


def guess_at(
    grid: Matrix, covered: Merged, orientation: Orientation, header: int, label: int | None = None
) -> GridGuess | None:
    """The grid whose stage names are in row ``header`` of an oriented sheet, with its lane labels in
    column ``label`` (found when not given)."""
    if not 0 <= header < len(grid):
        return None
    row = grid[header]
    if label is not None:
        options = [label]
    else:
        starts = [column for column, text in enumerate(row) if _stage_like(text)][:LABEL_CANDIDATES]
        options = sorted({column for start in starts for column in (start - 1, start) if column >= 0})
    best: GridGuess | None = None
    for label_column in options:
        guess = _guess(grid, covered, orientation, header, label_column)
        if guess is not None and (best is None or guess.score > best.score):
            best = guess
    return best


def _stage_run(row: list[str], label: int) -> list[tuple[int, str]]:
    """The stage names right of the label column: the first run without a gap of two empty columns;
    arrows between them are no stages, and a heading after a gap ("Stage", "Score") starts another
    table."""
    run: list[tuple[int, str]] = []
    last_arrow = -1
    for column in range(label + 1, len(row)):
        text = row[column]
        if is_arrow(text):
            last_arrow = column
            continue
        if not text or is_placeholder(text):
            if run and column - run[-1][0] > 2:
                break
            continue
        gap = column - max(run[-1][0], last_arrow) - 1 if run else 0
        if gap > 1 or (gap == 1 and _heading(text)):
            break
        run.append((column, text))
    return run


def _heading(text: str) -> bool:
    """ "Stage", "Phase", "Score (1-10)": the first cell of another table, not a stage name."""
    stage = STAGE_HEADERS.first(text)
    score = SCORES.first(text)
    short_heading = (
        stage is not None and stage.start == 0 and len(text.split()) <= 2 and not any(char.isdigit() for char in text)
    )
    return short_heading or (score is not None and score.start == 0)


def _spans(run: list[tuple[int, str]]) -> tuple[list[str], list[list[int]]]:
    """Equal texts side by side (a merged cell spread over its area) are one stage; a single empty or
    arrow column between two stages belongs to the one on its left."""
    names: list[str] = []
    spans: list[list[int]] = []
    for column, text in run:
        if names and text == names[-1]:
            spans[-1].extend(range(spans[-1][-1] + 1, column + 1))
        else:
            if spans and column - spans[-1][-1] == 2:
                spans[-1].append(column - 1)
            names.append(text)
            spans.append([column])
    return names, spans


def _guess(grid: Matrix, covered: Merged, orientation: Orientation, header: int, label: int) -> GridGuess | None:
    run = _stage_run(grid[header], label)
    if not run or not all(_stage_like(text) for _, text in run):
        return None
    names, spans = _spans(run)
    columns = [column for span in spans for column in span]
    lanes = _lanes(grid, covered, header, label, columns, set(names))
    if not any(lane.label for lane in lanes):
        return None  # no lane labels at all: not a map that can be read
    named = [stage_name_and_note(name) for name in names]
    guess = GridGuess(
        orientation,
        header,
        label,
        [name for name, _ in named],
        spans,
        [note for _, note in named],
        lanes,
        corner=at(grid, header, label),
    )
    _measure(grid, covered, guess)
    return guess


def _lanes(
    grid: Matrix, covered: Merged, header: int, label: int, columns: list[int], stage_names: set[str]
) -> list[LaneGuess]:
    lanes: list[LaneGuess] = []
    group: Role | None = None  # the kind a section heading row ("Backstage") gives the lanes under it
    blank = 0
    for row in range(header + 1, len(grid)):
        text = at(grid, row, label)
        if (row, label) in covered and not (lanes and text == lanes[-1].label):
            text = ""  # the spread of a merged cell from elsewhere (a title across the sheet) names no lane
        body = [at(grid, row, column) for column in columns]
        filled = [cell for cell in body if cell and not is_placeholder(cell)]
        if not text and not filled:
            blank += 1
            if blank >= 2 and lanes:
                break
            continue
        blank = 0
        if filled and set(filled) <= stage_names and len(filled) > 1:
            break  # the stage names again: another map starts here
        if text and filled and all(cell == text for cell in filled) and len(filled) > 1:
            group = lane_role(text) or group  # a section heading merged across the map
            continue
        if text and not (lanes and text == lanes[-1].label and lanes[-1].span[-1] == row - 1):
            lanes.append(LaneGuess(text, "", "", group or LaneKind.CUSTOM, [row]))
        elif lanes:
            lanes[-1].span.append(row)  # more rows of the lane above: its label merged, repeated or left out
        else:
            lanes.append(LaneGuess("", "", "", group or LaneKind.CUSTOM, [row]))
    for lane in lanes:
        _read_lane(grid, covered, lane, columns, at(grid, lane.span[0], label - 1) if label > 0 else "")
    while lanes and not any(_lane_cells(grid, covered, lanes[-1], columns)) and lanes[-1].role is LaneKind.CUSTOM:
        lanes.pop()  # a footnote under the map, not an empty lane
    return lanes


def _lane_cells(grid: Matrix, covered: Merged, lane: LaneGuess, columns: list[int]) -> list[str]:
    return [
        text
        for row in lane.span
        for column in columns
        if (text := at(grid, row, column)) and not is_placeholder(text) and (row, column) not in covered
    ]


def _read_lane(grid: Matrix, covered: Merged, lane: LaneGuess, columns: list[int], group: str) -> None:
    """The lane's kind from its label's words, else from what it holds, else from the group its row
    belongs to (a "Backstage" cell merged down the rows left of the labels); and its readable name."""
    named = lane_role(lane.label) if lane.label else None
    lane.named_by_label = named is not None
    grouped = lane_role(group) if group and lane.role is LaneKind.CUSTOM else None
    role = named or content_role(_lane_cells(grid, covered, lane, columns)) or grouped or lane.role
    lane.role = role
    lane.name, lane.description = lane_name(lane.label, role) if lane.label else ("", "")


def content_role(cells: list[str]) -> Role | None:
    """What a row holds says what it is when its label does not: scores and feelings, or channels.
    Its first cells are enough to tell."""
    sample = cells[:CONTENT_SAMPLE]
    if not sample:
        return None
    if sum(1 for cell in sample if _says_a_feeling(cell)) >= 0.6 * len(sample):
        return LaneKind.EMOTIONS
    if sum(1 for cell in sample if _names_a_channel(cell)) >= 0.6 * len(sample):
        return RowUse.CHANNELS
    return None


@lru_cache(maxsize=1 << 16)
def _says_a_feeling(cell: str) -> bool:
    """A score, or a few words or emoji of feeling: the stuff of an emotion lane."""
    if emotions.is_score(cell):
        return emotions.is_scale_value(cell)
    return len(cell.split()) <= 4 and emotions.emotion(cell) is not None


@lru_cache(maxsize=1 << 16)
def _names_a_channel(cell: str) -> bool:
    return len(cell.split()) <= 4 and bool(channels_in(cell))


def _measure(grid: Matrix, covered: Merged, guess: GridGuess) -> None:
    """How much of the sheet the guess explains, and how much of it is recognised: its score."""
    columns = guess.columns
    filled = numeric = 0
    for lane in guess.lanes:
        cells = _lane_cells(grid, covered, lane, columns)
        filled += len(cells)
        if lane.role is not LaneKind.EMOTIONS:
            numeric += sum(1 for cell in cells if is_number(cell))
    guess.filled, guess.numeric = filled, numeric
    guess.stage_words = sum(1 for name in guess.stages if len(name.split()) <= 4 and STAGE_NAMES.first(name))
    labels = sum(1 for lane in guess.lanes if lane.label)
    corner = 3 if guess.corner and STAGE_HEADERS.first(guess.corner) else 0
    # A map has a few lanes; a column of body text taken for labels would give one lane a row.
    guess.score = (
        len(guess.stages)
        + min(labels, MANY_LANES)
        + filled
        + 3 * min(guess.recognised, MANY_LANES)
        + 2 * guess.stage_words
        + corner
    )


def cells_of(matrix: Matrix, guess: GridGuess, merged: Merged = frozenset()) -> list[tuple[int, int, str]]:
    """(stage index, lane index, text) for every filled, non-placeholder cell of the grid; a merged
    cell counts once."""
    grid, covered = oriented(matrix, merged, guess.orientation)
    result = []
    for lane_index, lane in enumerate(guess.lanes):
        for stage_index, stage_span in enumerate(guess.stage_spans):
            for row in lane.span:
                for column in stage_span:
                    text = at(grid, row, column)
                    if text and not is_placeholder(text) and (row, column) not in covered:
                        result.append((stage_index, lane_index, text))
    return result


def explained_cells(guess: GridGuess) -> set[tuple[int, int]]:
    """The cells of the sheet (row, column) the grid accounts for: header, labels and body."""
    cells = {(guess.header, column) for column in guess.columns} | {(guess.header, guess.label)}
    for lane in guess.lanes:
        for row in lane.span:
            cells.add((row, guess.label))
            cells.update((row, column) for column in guess.columns)
    if guess.orientation == "columns":
        return {(column, row) for row, column in cells}
    return cells
