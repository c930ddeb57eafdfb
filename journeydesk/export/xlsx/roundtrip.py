"""Reading back a workbook JourneyDesk wrote: the hidden data sheet gives the project's structure,
the Cards sheet its cards, so edited titles and added rows come back too, and the Comments sheet
its comment threads."""

import json
import re
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from journeydesk.export.xlsx.book import Book
from journeydesk.export.xlsx.columns import (
    CARD_COLUMNS,
    CARDS_SHEET,
    DATA_SHEET,
    DATA_TAG,
    CellValueError,
    card_fields,
    cell_words,
    exact_fields,
)
from journeydesk.export.xlsx.comments import COMMENTS_SHEET, read_comments
from journeydesk.export.xlsx.errors import WorkbookError
from journeydesk.io import migrations
from journeydesk.io.validation_messages import first_problem, path_of
from journeydesk.model.cards import CARD_CLASSES, Card
from journeydesk.model.ids import new_id
from journeydesk.model.project import Project

MAX_JSON_CONTAINERS = 1_000_000  # objects and lists in the data sheet: what they become is bounded too
MAX_JSON_DEPTH = 64
_JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')
_JSON_BRACKETS = re.compile(r"[\[\]{}]")


def read_journeydesk(book: Book) -> Project:
    source = book.source
    project, placements, votes, exact = _skeleton(book)
    if CARDS_SHEET not in book.sheetnames:
        raise WorkbookError(source, f"the “{CARDS_SHEET}” sheet is missing")
    rows = _card_rows(book)
    places: dict[tuple[int, int], int] = {}  # (journey index, card index) -> sheet row
    seen: dict[str, int] = {}
    for number, row in rows:
        journey_index, card = _card(project, placements, exact, row, number, source)
        if card.id in seen:
            raise WorkbookError(
                source, f"{CARDS_SHEET} row {number}: id {card.id!r} is used again (row {seen[card.id]})"
            )
        seen[card.id] = number
        journey = project.journeys[journey_index]
        places[(journey_index, len(journey.cards))] = number
        journey.cards.append(card)
    data = project.model_dump()
    for journey_data in data["journeys"]:
        card_ids = {card["id"] for card in journey_data["cards"]}
        journey_data["votes"] = _votes_on(votes.get(journey_data["id"]), card_ids)
    if COMMENTS_SHEET in book.sheetnames:
        read_comments(book.rows(COMMENTS_SHEET), data, source)
    try:
        return Project.model_validate(data)
    except ValidationError as exc:
        place, problem, _ = first_problem(exc)
        raise WorkbookError(source, _row_place(exc, places) or f"{place}: {problem}") from None


Placements = dict[str, list[str]]  # card id -> [journey id, stage id, lane id] when exported
SavedVotes = dict[str, Any]  # journey id -> its vote rounds, as the data sheet holds them


def _votes_on(saved: Any, card_ids: set[str]) -> Any:
    """A journey's saved vote rounds without the dots on cards whose rows were deleted in the sheet.
    Anything malformed is left as it is, for validation to name."""
    if not isinstance(saved, list):
        return []
    for vote in saved:
        ballots = vote.get("ballots") if isinstance(vote, dict) else None
        for ballot in ballots if isinstance(ballots, list) else []:
            if isinstance(ballot, dict) and isinstance(ballot.get("dots"), list):
                ballot["dots"] = [dot for dot in ballot["dots"] if isinstance(dot, str) and dot in card_ids]
    return saved


def _skeleton(book: Book) -> tuple[Project, Placements, SavedVotes, dict[str, Any]]:
    source = book.source
    text = "".join(str(row[0]) for row in book.rows(DATA_SHEET, min_row=2, max_col=1) if row[0])
    damaged = f"the “{DATA_SHEET}” sheet is damaged; it must stay as JourneyDesk wrote it"
    shape = _json_shape(text)
    if shape:
        raise WorkbookError(source, f"the “{DATA_SHEET}” sheet is damaged ({shape})")
    try:
        data = json.loads(text)
        if data.get("format") != DATA_TAG:
            raise ValueError("wrong tag")
        version = data["schema_version"]
    except (ValueError, KeyError, AttributeError, TypeError, RecursionError):
        raise WorkbookError(source, damaged) from None
    if not isinstance(version, int) or version > migrations.SCHEMA_VERSION:
        raise WorkbookError(source, "the workbook was written by a newer JourneyDesk; update JourneyDesk to import it")
    placements = data.get("placements")
    if not isinstance(placements, dict):
        placements = {}
    votes = data.get("votes")
    if not isinstance(votes, dict):
        votes = {}
    exact = data.get("exact")
    if not isinstance(exact, dict):
        exact = {}
    try:
        return Project.model_validate(migrations.upgrade(data["project"], version)), placements, votes, exact
    except (ValidationError, migrations.MissingMigrationError, KeyError, TypeError, AttributeError, ValueError) as exc:
        detail = "; ".join(first_problem(exc)[:2]) if isinstance(exc, ValidationError) else str(exc)
        detail = " ".join(detail.split())[:200] or type(exc).__name__
        raise WorkbookError(source, f"the “{DATA_SHEET}” sheet is damaged ({detail})") from None
    except RecursionError:
        raise WorkbookError(source, damaged) from None


def _json_shape(text: str) -> str | None:
    """What is wrong with the shape of the data sheet's JSON before it is parsed: more objects and
    lists, or deeper, than JourneyDesk writes (what a text of a few MB could become is bounded)."""
    bare = _JSON_STRING.sub("", text)
    containers = bare.count("[") + bare.count("{")
    if containers > MAX_JSON_CONTAINERS:
        return f"{containers:,} objects and lists; at most {MAX_JSON_CONTAINERS:,}"
    depth = deepest = 0
    for match in _JSON_BRACKETS.finditer(bare):
        depth += 1 if match.group() in "[{" else -1
        deepest = max(deepest, depth)
    if deepest > MAX_JSON_DEPTH:
        return f"nested {deepest} deep; at most {MAX_JSON_DEPTH}"
    return None


def _card_rows(book: Book) -> list[tuple[int, dict[str, Any]]]:
    source = book.source
    rows = book.rows(CARDS_SHEET)
    header = [str(value).strip() if value is not None else "" for value in next(rows, ())]
    missing = [name for name in ("Journey", "Stage", "Lane", "Title") if name not in header]
    if missing:
        raise WorkbookError(source, f"{CARDS_SHEET} sheet: the column(s) {', '.join(missing)} are missing")
    known = [name if name in CARD_COLUMNS else "" for name in header]
    result = []
    for number, values in enumerate(rows, 2):
        row = {name: value for name, value in zip(known, values, strict=False) if name}
        if any(value not in (None, "") for value in row.values()):
            result.append((number, row))
    return result


def _loosely(name: Any) -> str:
    """A name as a row names it, whatever a spreadsheet program did to its line endings and case."""
    return cell_words(name).strip().casefold()


def _find(items: list[Any], name: Any, what: str, where: str, number: int, source: Path) -> Any:
    """The item the row names: by its exact name, else by its name compared loosely."""
    wanted = cell_words(name)
    exact = [item for item in items if cell_words(item.name) == wanted]
    loose = exact or [item for item in items if _loosely(item.name) == _loosely(wanted)]
    if len(loose) == 1:
        return loose[0]
    shown = wanted.strip()
    problem = f"there are several {what}s named {shown!r}" if loose else f"no {what} named {shown!r}{where}"
    raise WorkbookError(source, f"{CARDS_SHEET} row {number}: {problem}")


def _placed(items: list[Any], item_id: str, name: Any) -> Any:
    """The item with ``item_id`` if the row still names it; None when the row now names another."""
    item = next((candidate for candidate in items if candidate.id == item_id), None)
    if item is not None and _loosely(item.name) == _loosely(name):
        return item
    return None


def _card(
    project: Project, placements: Placements, exact: dict[str, Any], row: dict[str, Any], number: int, source: Path
) -> tuple[int, Card]:
    saved_id = str(row.get("Id") or "").strip()
    placement = placements.get(saved_id)
    journey = stage = lane = None
    if isinstance(placement, list) and len(placement) == 3:
        journey = _placed(project.journeys, placement[0], row.get("Journey"))
        if journey is not None:
            stage = _placed(journey.stages, placement[1], row.get("Stage"))
            lane = _placed(journey.lanes, placement[2], row.get("Lane"))
    journey = journey or _find(project.journeys, row.get("Journey"), "journey", "", number, source)
    where = f" in journey “{journey.name}”"
    stage = stage or _find(journey.stages, row.get("Stage"), "stage", where, number, source)
    lane = lane or _find(journey.lanes, row.get("Lane"), "lane", where, number, source)
    try:
        fields = card_fields(row)
    except CellValueError as exc:
        raise WorkbookError(source, f"{CARDS_SHEET} row {number}: {exc}") from None
    card_id = saved_id or new_id("card")
    card_class = CARD_CLASSES[fields["kind"]]
    kept = {
        name: value for name, value in exact_fields(exact.get(saved_id), row).items() if name in card_class.model_fields
    }
    try:
        card = card_class.model_validate({**fields, **kept, "id": card_id, "stage_id": stage.id, "lane_id": lane.id})
    except ValidationError as exc:
        place, problem, _ = first_problem(exc, root="")
        column = place.split(".")[0].split("[")[0].replace("_", " ").capitalize()
        raise WorkbookError(source, f"{CARDS_SHEET} row {number}: {column}: {problem}") from None
    return next(number for number, item in enumerate(project.journeys) if item is journey), card  # type: ignore[return-value]  # the journey was found in this project


def _row_place(exc: ValidationError, places: dict[tuple[int, int], int]) -> str | None:
    """``Cards row 12: …`` when the first problem is in a card."""
    error = exc.errors(include_url=False)[0]
    place, problem, _ = first_problem(exc)
    location = list(error["loc"])
    context = (error.get("ctx") or {}).get("location", "")
    if context:
        place = path_of(location) + "." + context
    parts = place.replace("]", "").split("[")
    try:
        journey_index = int(parts[1].split(".")[0])
        card_index = int(parts[2].split(".")[0])
    except (IndexError, ValueError):
        return None
    row = places.get((journey_index, card_index))
    return f"{CARDS_SHEET} row {row}: {problem}" if row else None
