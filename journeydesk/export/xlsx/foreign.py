"""Importing a journey map someone made by hand in Excel: each sheet read as texts, the sheet that
holds the map chosen, persona sheets taken along, and a workbook that holds no map refused with one
line saying what it holds instead."""

from collections.abc import Sequence
from pathlib import Path

from pydantic import ValidationError

from journeydesk.export.xlsx.book import Book
from journeydesk.export.xlsx.errors import WorkbookError
from journeydesk.export.xlsx.grid import Matrix, Merged, cell_text
from journeydesk.export.xlsx.handmade.building import build_project, meaningful
from journeydesk.export.xlsx.handmade.keywords import Role
from journeydesk.export.xlsx.handmade.persona import PersonaDraft
from journeydesk.export.xlsx.handmade.reading import Layout, SheetReading, read_sheet
from journeydesk.export.xlsx.handmade.verdict import Verdict
from journeydesk.io.validation_messages import first_problem
from journeydesk.model.project import Project

AUTOMATIC = Layout()
HINT = "choose the sheet and the header with --sheet and --stages-row"
MAX_NAMED_SHEETS = 3
# A sheet read as a hand-made map is read whole, and looked at from many sides: beyond these it
# would take longer than anyone waits (a real map holds hundreds of cells, rarely thousands).
MAX_MAP_CELLS = 10_000
MAX_MAP_AREA = 100_000


def sheet_texts(book: Book, title: str) -> tuple[Matrix, Merged]:
    """The sheet's cells as texts, each merged cell's text spread over its area within the cells
    found (a range over a million rows covers only the rows that hold something)."""
    texts = [[cell_text(value) for value in row] for row in book.rows(title)]
    height, width = len(texts), len(texts[0]) if texts else 0
    covered: set[tuple[int, int]] = set()
    room = height * width  # ranges that do not overlap (as merged ranges must not) cover no more
    for first_row, first_column, last_row, last_column in book.scan(title).merged:
        top, left, bottom, right = first_row - 1, first_column - 1, min(last_row, height), min(last_column, width)
        room -= max(0, bottom - top) * max(0, right - left)
        if room < 0:
            break
        value = texts[top][left] if top < height and left < width else ""
        for row in range(top, bottom):
            for column in range(left, right):
                if (row, column) != (top, left):
                    texts[row][column] = value
                    covered.add((row, column))
    return texts, frozenset(covered)


def sheet_readings(book: Book, layout: Layout = AUTOMATIC, first: str | None = None) -> list[SheetReading]:
    """Each sheet read as a map could be (the sheet named ``first`` before the others), in the
    workbook's order. Beyond what a map may hold, in one sheet or in all read so far, a sheet is
    described, not read: the time an import takes stays bounded however many sheets there are."""
    titles = book.sheetnames
    readings: dict[str, SheetReading] = {}
    cells_left, area_left = MAX_MAP_CELLS, MAX_MAP_AREA
    for title in sorted(titles, key=lambda title: title != first):
        scan = book.scan(title)
        area = scan.rows * scan.columns
        unread = _too_large(scan.values, area) or _too_large(
            MAX_MAP_CELLS - cells_left + scan.values, MAX_MAP_AREA - area_left + area, " with the sheets read before it"
        )
        if unread:
            readings[title] = SheetReading(title, [], frozenset(), Verdict(0, unread), unread=True)
        else:
            readings[title] = read_sheet(title, *sheet_texts(book, title), layout)
            cells_left, area_left = cells_left - scan.values, area_left - area
    return [readings[title] for title in titles]


def _too_large(cells: int, area: int, together: str = "") -> str | None:
    """Why a sheet is not read as a map; ``together``: counted with the sheets read before it."""
    named = "; name it with --sheet to read it" if together else ""
    if cells > MAX_MAP_CELLS:
        return f"{cells:,} filled cells{together}, more than the {MAX_MAP_CELLS:,} read as hand-made maps{named}"
    if area > MAX_MAP_AREA:
        return (
            f"{area:,} cells from first to last{together}, more than the {MAX_MAP_AREA:,} read as hand-made maps{named}"
        )
    return None


def choose_sheet(readings: list[SheetReading], source: Path, name: str | None = None) -> SheetReading:
    """The sheet asked for by name, else the map found with the most certainty; a workbook without a
    map is refused with what its sheets hold."""
    if name is not None:
        match = next((reading for reading in readings if reading.name == name), None)
        if match is None:
            names = ", ".join(reading.name for reading in readings)
            raise WorkbookError(source, f"no sheet named {name!r} (the sheets are: {names})")
        if not match.verdict.accepted:
            raise WorkbookError(source, f"{match.name}: {match.verdict.reason}; {HINT}")
        return match
    filled = [reading for reading in readings if not reading.is_empty]
    if not filled:
        raise WorkbookError(source, "the workbook is empty")
    accepted = [reading for reading in filled if reading.verdict.accepted]
    if accepted:
        return max(accepted, key=lambda reading: reading.verdict.score)
    ranked = sorted(filled, key=lambda reading: -reading.verdict.score)
    if len(ranked) == 1:
        raise WorkbookError(source, f"{ranked[0].name}: {ranked[0].verdict.reason}; {HINT}")
    seen = "; ".join(f"{reading.name}: {reading.verdict.reason}" for reading in ranked[:MAX_NAMED_SHEETS])
    more = len(ranked) - MAX_NAMED_SHEETS
    seen += f"; {more} more sheet{'s' if more > 1 else ''}" if more > 0 else ""
    raise WorkbookError(source, f"no sheet holds a journey map ({seen}); {HINT}")


def persona_sheets(readings: list[SheetReading], chosen: SheetReading) -> list[PersonaDraft]:
    """The personas described on sheets of their own (attribute/value pairs)."""
    drafts = []
    for reading in readings:
        draft = reading.persona_sheet if reading is not chosen else None
        if draft is not None:
            if not draft.name and meaningful(reading.name):
                draft.name = reading.name
            drafts.append(draft)
    return drafts


def read_foreign(
    book: Book, source: Path, sheet: str | None = None, layout: Layout = AUTOMATIC, title: str | None = None
) -> Project:
    readings = sheet_readings(book, layout, sheet)
    chosen = choose_sheet(readings, source, sheet)
    return project_from(chosen, source, persona_sheets(readings, chosen), title=title)


def project_from(
    reading: SheetReading,
    source: Path,
    personas: list[PersonaDraft],
    roles: Sequence[Role] | None = None,
    title: str | None = None,
) -> Project:
    """The project of a sheet's reading; what a journey cannot hold is one line naming the place."""
    try:
        return build_project(reading, roles, title, personas, Path(source).stem)
    except ValidationError as exc:
        place, problem, _ = first_problem(exc)
        raise WorkbookError(source, f"{reading.name}: {place}: {problem}") from None
