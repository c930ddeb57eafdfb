"""Reading back a workbook JourneyDesk wrote: the hidden data sheet gives the project's structure,
the Cards sheet its cards, so edited titles and added rows come back too."""

import json
from pathlib import Path
from typing import Any

from openpyxl.workbook.workbook import Workbook
from pydantic import ValidationError

from journeydesk.export.xlsx.columns import CARD_COLUMNS, CARDS_SHEET, DATA_SHEET, DATA_TAG, CellValueError, card_fields
from journeydesk.export.xlsx.errors import WorkbookError
from journeydesk.export.xml_text import printable
from journeydesk.io import migrations
from journeydesk.io.validation_messages import first_problem, path_of
from journeydesk.model.cards import CARD_CLASSES, Card
from journeydesk.model.ids import new_id
from journeydesk.model.project import Project


def read_journeydesk(workbook: Workbook, source: Path) -> Project:
    project, placements, votes = _skeleton(workbook, source)
    if CARDS_SHEET not in workbook.sheetnames:
        raise WorkbookError(source, f"the “{CARDS_SHEET}” sheet is missing")
    rows = _card_rows(workbook[CARDS_SHEET], source)
    places: dict[tuple[int, int], int] = {}  # (journey index, card index) -> sheet row
    seen: dict[str, int] = {}
    for number, row in rows:
        journey_index, card = _card(project, placements, row, number, source)
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


def _skeleton(workbook: Workbook, source: Path) -> tuple[Project, Placements, SavedVotes]:
    sheet = workbook[DATA_SHEET]
    text = "".join(str(row[0]) for row in sheet.iter_rows(min_row=2, max_col=1, values_only=True) if row[0])
    try:
        data = json.loads(text)
        if data.get("format") != DATA_TAG:
            raise ValueError("wrong tag")
        version = data["schema_version"]
    except (ValueError, KeyError, AttributeError, TypeError):
        raise WorkbookError(
            source, f"the “{DATA_SHEET}” sheet is damaged; it must stay as JourneyDesk wrote it"
        ) from None
    if not isinstance(version, int) or version > migrations.SCHEMA_VERSION:
        raise WorkbookError(source, "the workbook was written by a newer JourneyDesk; update JourneyDesk to import it")
    placements = data.get("placements")
    if not isinstance(placements, dict):
        placements = {}
    votes = data.get("votes")
    if not isinstance(votes, dict):
        votes = {}
    try:
        return Project.model_validate(migrations.upgrade(data["project"], version)), placements, votes
    except (ValidationError, migrations.MissingMigrationError, KeyError, TypeError) as exc:
        detail = "; ".join(first_problem(exc)[:2]) if isinstance(exc, ValidationError) else str(exc)
        raise WorkbookError(source, f"the “{DATA_SHEET}” sheet is damaged ({detail})") from None


def _card_rows(sheet: Any, source: Path) -> list[tuple[int, dict[str, Any]]]:
    rows = sheet.iter_rows(values_only=True)
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


def _find(items: list[Any], name: Any, what: str, where: str, number: int, source: Path) -> Any:
    """The item the row names. The sheet holds names without the characters XML cannot hold, so
    the saved names are compared that way too, and come back whole."""
    wanted = str(name or "").strip()
    exact = [item for item in items if printable(item.name) == wanted]
    loose = exact or [item for item in items if printable(item.name).strip().casefold() == wanted.casefold()]
    if len(loose) == 1:
        return loose[0]
    problem = f"there are several {what}s named {wanted!r}" if loose else f"no {what} named {wanted!r}{where}"
    raise WorkbookError(source, f"{CARDS_SHEET} row {number}: {problem}")


def _placed(items: list[Any], item_id: str, name: Any) -> Any:
    """The item with ``item_id`` if the row still names it; None when the row now names another."""
    item = next((candidate for candidate in items if candidate.id == item_id), None)
    if item is not None and printable(item.name).strip().casefold() == str(name or "").strip().casefold():
        return item
    return None


def _card(project: Project, placements: Placements, row: dict[str, Any], number: int, source: Path) -> tuple[int, Card]:
    placement = placements.get(str(row.get("Id") or "").strip())
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
    card_id = str(row.get("Id") or "").strip() or new_id("card")
    try:
        card = CARD_CLASSES[fields["kind"]].model_validate(
            {**fields, "id": card_id, "stage_id": stage.id, "lane_id": lane.id}
        )
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
