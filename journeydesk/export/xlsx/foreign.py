"""Importing a journey map someone made by hand in Excel."""

from dataclasses import dataclass
from pathlib import Path

from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from journeydesk.export.xlsx.errors import WorkbookError
from journeydesk.export.xlsx.grid import GridGuess, Matrix, Merged, Orientation, cell_text, cells_of, guess_grid
from journeydesk.model.cards import CARD_CLASSES, Card
from journeydesk.model.defaults import STAGE_PALETTE, card_kind_for
from journeydesk.model.enums import LaneKind
from journeydesk.model.ids import new_id
from journeydesk.model.journey import Journey, Lane, Stage
from journeydesk.model.project import Project
from journeydesk.model.types import NAME_MAX, TEXT_MAX, TITLE_MAX

EMOTION_WORDS = {
    "delighted": 2,
    "happy": 2,
    "great": 2,
    "pleased": 1,
    "good": 1,
    "positive": 1,
    "ok": 0,
    "okay": 0,
    "neutral": 0,
    "annoyed": -1,
    "negative": -1,
    "unhappy": -1,
    "bad": -1,
    "frustrated": -2,
    "angry": -2,
    "awful": -2,
}


@dataclass
class SheetGrid:
    """A sheet as texts, and the guess of where its map is."""

    name: str
    texts: Matrix
    merged: Merged
    guess: GridGuess | None


def sheet_texts(sheet: Worksheet) -> tuple[Matrix, Merged]:
    """The sheet's cells as texts, each merged cell's text spread over its whole area."""
    texts = [[cell_text(value) for value in row] for row in sheet.iter_rows(values_only=True)]
    covered: set[tuple[int, int]] = set()
    for area in sheet.merged_cells.ranges:
        top, left = area.min_row - 1, area.min_col - 1
        value = texts[top][left] if top < len(texts) and left < len(texts[top]) else ""
        for row in range(top, min(area.max_row, len(texts))):
            for column in range(left, min(area.max_col, len(texts[row]))):
                if (row, column) != (top, left):
                    texts[row][column] = value
                    covered.add((row, column))
    return texts, frozenset(covered)


def sheet_grids(workbook: Workbook) -> list[SheetGrid]:
    grids = []
    for sheet in workbook.worksheets:
        texts, merged = sheet_texts(sheet)
        grids.append(SheetGrid(sheet.title, texts, merged, guess_grid(texts)))
    return grids


def choose_sheet(grids: list[SheetGrid], source: Path, name: str | None = None) -> SheetGrid:
    """The sheet asked for by name, else the one whose map is most filled in."""
    if name is not None:
        match = next((grid for grid in grids if grid.name == name), None)
        if match is None:
            raise WorkbookError(
                source, f"no sheet named {name!r} (the sheets are: {', '.join(grid.name for grid in grids)})"
            )
        return match
    if not any(any(text for row in grid.texts for text in row) for grid in grids):
        raise WorkbookError(source, "the workbook is empty")
    found = [grid for grid in grids if grid.guess is not None]
    if not found:
        raise WorkbookError(source, "no journey map found: no row of stage names with lane labels beside it")
    return max(found, key=lambda grid: grid.guess.score)  # type: ignore[union-attr]


def read_foreign(workbook: Workbook, source: Path, sheet: str | None = None) -> Project:
    grid = choose_sheet(sheet_grids(workbook), source, sheet)
    if grid.guess is None:
        raise WorkbookError(source, f"no journey map found on sheet “{grid.name}”")
    return build_project(grid, grid.guess)


def regrid(grid: SheetGrid, orientation: Orientation, header: int) -> GridGuess | None:
    """The guess with the stage names in another row (or column), as the preview dialog asks."""
    return guess_grid(grid.texts, orientation, header)


def build_project(grid: SheetGrid, guess: GridGuess, kinds: list[LaneKind] | None = None) -> Project:
    """The map as a project: each filled cell a card in its lane, of the kind the lane suggests."""
    kinds = kinds or guess.kinds
    stages = [
        Stage(id=new_id("stage"), name=name[:NAME_MAX], color=STAGE_PALETTE[number % len(STAGE_PALETTE)])
        for number, name in enumerate(guess.stages)
    ]
    lanes = [
        Lane(id=new_id("lane"), name=name[:NAME_MAX], kind=kind) for name, kind in zip(guess.lanes, kinds, strict=True)
    ]
    cards: list[Card] = []
    for stage_index, lane_index, text in cells_of(grid.texts, guess, grid.merged):
        stage, lane = stages[stage_index], lanes[lane_index]
        if lane.kind is LaneKind.EMOTIONS:
            score = emotion_score(text)
            if score is not None:
                stage.emotion = score
                continue
        title, description = split_text(text)
        kind = card_kind_for(lane)
        cards.append(
            CARD_CLASSES[kind](
                id=new_id("card"), stage_id=stage.id, lane_id=lane.id, title=title, description=description
            )
        )  # type: ignore[arg-type]
    title = (guess.title or grid.name)[:TITLE_MAX]
    journey = Journey(
        id=new_id("journey"), name=grid.name[:NAME_MAX] or "Imported journey", stages=stages, lanes=lanes, cards=cards
    )
    return Project.model_validate(Project(id=new_id("project"), title=title, journeys=[journey]).model_dump())


def emotion_score(text: str) -> int | None:
    """A score from -2 to +2 in an emotion cell: a number on that scale, or a word such as "annoyed"."""
    cleaned = text.strip().replace("+", "")
    try:
        number = float(cleaned)
    except ValueError:
        return EMOTION_WORDS.get(cleaned.casefold())
    return max(-2, min(2, round(number)))


def split_text(text: str) -> tuple[str, str]:
    """A cell's text as a card title, with any overflow kept in the description."""
    if len(text) <= TITLE_MAX:
        return text, ""
    cut = text.rfind(" ", 0, TITLE_MAX - 1)
    cut = cut if cut > TITLE_MAX // 2 else TITLE_MAX - 1
    return text[:cut].rstrip() + "…", text[:TEXT_MAX]
