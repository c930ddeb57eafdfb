"""Finding the journey map in a hand-made grid of cells.

Works on a plain matrix of texts (one sheet, merged cells already spread over their area), so it is
independent of Excel. It looks for a row of stage names with lane labels down a column beside them
(or the transposed layout: stages down a column, lanes across a row), and scores each candidate by
how much of the sheet it explains.
"""

import re
from dataclasses import dataclass, field
from typing import Literal

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
}
STAGE_WORDS = (
    "aware",
    "discover",
    "interest",
    "research",
    "consider",
    "evaluat",
    "compar",
    "decision",
    "decide",
    "purchase",
    "buy",
    "order",
    "checkout",
    "onboard",
    "deliver",
    "use",
    "usage",
    "experience",
    "support",
    "service",
    "retention",
    "retain",
    "loyal",
    "renew",
    "advoca",
    "refer",
    "post-purchase",
    "explore",
    "engage",
    "sign up",
    "join",
    "leave",
    "exit",
    "plan",
    "book",
    "arrive",
    "stay",
    "return",
)
LANE_KIND_WORDS: tuple[tuple[LaneKind, tuple[str, ...]], ...] = (
    (LaneKind.IMPROVEMENTS, ("opportunit", "improv", "idea", "solution", "recommend", "fix", "how might")),
    (LaneKind.PAIN_POINTS, ("pain", "frustrat", "problem", "issue", "barrier", "friction", "obstacle")),
    (LaneKind.TOUCHPOINTS, ("touchpoint", "touch point", "touch-point", "channel", "interaction", "device")),
    (LaneKind.EMOTIONS, ("feel", "emotion", "mood", "sentiment", "satisfaction")),
    (LaneKind.THOUGHTS, ("think", "thought", "saying", "says", "said", "quote", "question", "mind")),
    (LaneKind.ACTIONS, ("doing", "action", "activit", "step", "task", "behavio", "does")),
    (LaneKind.GOAL, ("goal", "need", "expectation", "want", "motivation", "job to be done")),
    (LaneKind.KPIS, ("kpi", "metric", "measure", "indicator")),
    (LaneKind.BACKSTAGE, ("backstage", "behind", "owner", "system", "process", "team", "department")),
    (LaneKind.NOTES, ("note", "comment", "insight", "evidence", "research")),
)
ARROWS = "→⟶➔➜➝➞➡▶►▸›»>=<-–—|:·•*"
NUMBERING = re.compile(r"^\s*(?:(?:stage|step|phase)\s*)?\d{1,2}\s*[.):\-–—]\s*", re.IGNORECASE)
MAX_LABEL_WORDS = 8


def cell_text(value: object) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def is_placeholder(text: str) -> bool:
    return text.strip().casefold() in PLACEHOLDERS


def trim_stage_name(text: str) -> str:
    """``"1. Awareness →"`` -> ``"Awareness"``; never trims a name down to nothing."""
    trimmed = text.replace("->", " ").replace("=>", " ").strip(ARROWS + " \t")
    trimmed = NUMBERING.sub("", trimmed).strip(ARROWS + " \t")
    return trimmed or text.strip()


def lane_kind(label: str) -> LaneKind:
    lowered = label.casefold()
    for kind, words in LANE_KIND_WORDS:
        if any(word in lowered for word in words):
            return kind
    return LaneKind.CUSTOM


@dataclass
class GridGuess:
    orientation: Orientation
    header: int  # the row (or column) of stage names
    label: int  # the column (or row) of lane labels
    stages: list[str]  # stage names, in order
    stage_spans: list[list[int]]  # the columns (or rows) each stage covers
    lanes: list[str]
    lane_spans: list[list[int]]
    kinds: list[LaneKind] = field(default_factory=list)
    title: str = ""
    score: float = 0.0

    @property
    def filled(self) -> int:
        return int(self.score)


def transpose(matrix: Matrix) -> Matrix:
    width = max((len(row) for row in matrix), default=0)
    return [[row[column] if column < len(row) else "" for row in matrix] for column in range(width)]


def transpose_merged(merged: Merged) -> Merged:
    return frozenset((column, row) for row, column in merged)


def at(matrix: Matrix, row: int, column: int) -> str:
    return matrix[row][column] if row < len(matrix) and column < len(matrix[row]) else ""


def _looks_like_label(text: str) -> bool:
    return bool(text) and len(text) <= 80 and len(text.split()) <= MAX_LABEL_WORDS and not is_placeholder(text)


def _spans(texts: list[tuple[int, str]]) -> tuple[list[str], list[list[int]]]:
    """Consecutive equal texts (a merged cell spread over its area) are one span."""
    names: list[str] = []
    spans: list[list[int]] = []
    for index, text in texts:
        if names and text == names[-1] and spans[-1][-1] == index - 1:
            spans[-1].append(index)
        else:
            names.append(text)
            spans.append([index])
    return names, spans


def guess_at(matrix: Matrix, orientation: Orientation, header: int, label: int | None = None) -> GridGuess | None:
    """The grid whose stage names are in row ``header`` (or column, transposed) with lane labels in
    column ``label`` (found when not given). None when there is no such grid."""
    grid = matrix if orientation == "rows" else transpose(matrix)
    if header >= len(grid):
        return None
    row = grid[header]
    candidates = [label] if label is not None else range(0, min(6, len(row)))
    best: GridGuess | None = None
    for label_column in candidates:
        stage_cells = [(column, text) for column, text in enumerate(row) if column > label_column and text]
        stage_cells = _contiguous(stage_cells)
        if len(stage_cells) < 2 or not all(_looks_like_label(text) for _, text in stage_cells):
            continue
        names, spans = _spans(stage_cells)
        if len(names) < 2:  # one merged title across the columns is not a row of stages
            continue
        lane_cells: list[tuple[int, str]] = []
        blank_run = 0
        for index in range(header + 1, len(grid)):
            text = at(grid, index, label_column)
            content = any(at(grid, index, column) for span in spans for column in span)
            if text and _looks_like_label(text):
                lane_cells.append((index, text))
                blank_run = 0
            elif content and lane_cells:
                lane_cells.append((index, lane_cells[-1][1]))  # a lane label merged over several rows
                blank_run = 0
            else:
                blank_run += 1
                if blank_run > 2 and lane_cells:
                    break
        if not lane_cells:
            continue
        lanes, lane_spans = _spans(lane_cells)
        filled = sum(
            1
            for span in lane_spans
            for index in span
            for stage in spans
            for column in stage
            if at(grid, index, column) and not is_placeholder(at(grid, index, column))
        )
        stage_bonus = sum(2 for name in names if any(word in name.casefold() for word in STAGE_WORDS))
        lane_bonus = sum(2 for name in lanes if lane_kind(name) is not LaneKind.CUSTOM)
        score = filled + stage_bonus + lane_bonus + 0.5 * len(names) * len(lanes)
        if best is None or score > best.score:
            title = next((text for index in range(header) for text in grid[index] if text), "")
            best = GridGuess(
                orientation,
                header,
                label_column,
                [trim_stage_name(name) for name in names],
                spans,
                lanes,
                lane_spans,
                [lane_kind(name) for name in lanes],
                title,
                score,
            )
    return best


def _contiguous(cells: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The first run of header cells without a gap of more than one empty column."""
    run: list[tuple[int, str]] = []
    for column, text in cells:
        if run and column - run[-1][0] > 2:
            break
        run.append((column, text))
    return run


def guess_grid(matrix: Matrix, orientation: Orientation | None = None, header: int | None = None) -> GridGuess | None:
    """The most likely grid in the sheet, or the one at the given orientation and header."""
    orientations: tuple[Orientation, ...] = (orientation,) if orientation else ("rows", "columns")
    best: GridGuess | None = None
    for candidate in orientations:
        grid = matrix if candidate == "rows" else transpose(matrix)
        headers = [header] if header is not None else range(min(40, len(grid)))
        for index in headers:
            guess = guess_at(matrix, candidate, index)
            if guess is not None and (best is None or guess.score > best.score):
                best = guess
    return best


def cells_of(matrix: Matrix, guess: GridGuess, merged: Merged = frozenset()) -> list[tuple[int, int, str]]:
    """(stage index, lane index, text) for every filled, non-placeholder cell of the grid; a merged
    cell counts once."""
    grid, covered = (matrix, merged) if guess.orientation == "rows" else (transpose(matrix), transpose_merged(merged))
    result = []
    for lane_index, lane_span in enumerate(guess.lane_spans):
        for stage_index, stage_span in enumerate(guess.stage_spans):
            for row in lane_span:
                for column in stage_span:
                    text = at(grid, row, column)
                    if text and not is_placeholder(text) and (row, column) not in covered:
                        result.append((stage_index, lane_index, text))
    return result
