"""The Comments sheet: one row per comment or reply, grouped by thread, and reading it back.

Times are ISO 8601 text with their UTC offset (an Excel date cannot hold one). The last three
columns (what the thread is about, the thread and the comment, by id) let a JourneyDesk import put
each comment back where it was; a thread whose card was deleted from the Cards sheet is left out.
"""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from journeydesk.export.xlsx.errors import WorkbookError
from journeydesk.io.validation_messages import first_problem
from journeydesk.model.comments import CommentThread
from journeydesk.model.project import Project

COMMENTS_SHEET = "Comments"
COMMENT_COLUMNS = ["Journey", "About", "Thread", "Author", "Time", "Comment", "Status", "Target", "Thread id", "Id"]
COMMENT_WIDTHS = [22, 36, 8, 20, 26, 60, 10, 18, 18, 18]


def comment_rows(project: Project) -> list[list[Any]]:
    rows: list[list[Any]] = []
    number = 0
    for journey in project.journeys:
        for thread in journey.comments:
            number += 1
            status = "Resolved" if thread.resolved else "Open"
            label = journey.target_label(thread.target)
            for message in thread.messages:
                time = message.time.isoformat()
                ids = [thread.target, thread.id, message.id]
                rows.append([journey.name, label, number, message.author, time, message.text, status, *ids])
    return rows


def read_comments(rows: Iterator[tuple[Any, ...]], project: dict[str, Any], source: Path) -> None:
    """Put the sheet's threads (its ``rows`` of values, the header first) into ``project`` (its JSON
    form, cards already in), each in the journey that holds what it is about; a row naming nothing
    that is still there is left out."""
    header = [str(value).strip() if value is not None else "" for value in next(rows, ())]
    missing = [name for name in ("Author", "Time", "Comment", "Target", "Thread id", "Id") if name not in header]
    if missing:
        raise WorkbookError(source, f"{COMMENTS_SHEET} sheet: the column(s) {', '.join(missing)} are missing")
    journey_of = {
        target: journey
        for journey in project["journeys"]
        for target in [journey["id"], *(item["id"] for part in ("stages", "cards") for item in journey[part])]
    }
    threads: dict[str, dict[str, Any]] = {}
    for number, values in enumerate(rows, 2):
        row = dict(zip(header, values, strict=False))
        if all(value in (None, "") for value in row.values()):
            continue
        message = {
            "id": _text(row.get("Id")),
            "author": _words(row.get("Author")),
            "time": _text(row.get("Time")),
            "text": _words(row.get("Comment")),
        }
        thread_id = _text(row.get("Thread id"))
        if thread_id not in threads:
            if message["id"] != thread_id:
                raise WorkbookError(source, f"{COMMENTS_SHEET} row {number}: a reply before the comment it answers")
            thread = {**message, "target": _text(row.get("Target")), "resolved": row.get("Status") == "Resolved"}
            threads[thread_id] = {**thread, "replies": [], "row": number}
        else:
            threads[thread_id]["replies"].append(message)
    for thread in threads.values():
        number = thread.pop("row")
        journey = journey_of.get(thread["target"])
        if journey is None:
            continue  # what it was about was deleted from the workbook
        try:
            checked = CommentThread.model_validate(thread)
        except ValidationError as exc:
            place, problem, _ = first_problem(exc, root="")
            raise WorkbookError(source, f"{COMMENTS_SHEET} row {number}: {place}: {problem}") from None
        journey.setdefault("comments", []).append(checked.model_dump(mode="json"))


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _words(value: Any) -> str:
    """What people wrote, as written (spaces at the ends too)."""
    return "" if value is None else str(value)
