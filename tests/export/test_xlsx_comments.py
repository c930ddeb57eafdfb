"""The Comments sheet: one row per comment and reply, read by an independent reader, and read back by
the import of a JourneyDesk workbook (threads on deleted cards left out, bad rows named)."""

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from python_calamine import CalamineWorkbook

from journeydesk.export.xlsx import WorkbookError, export_workbook, import_workbook
from journeydesk.model.comments import CommentThread, Reply
from journeydesk.model.project import Project
from tests.factories import small_project

BERLIN = dt.timezone(dt.timedelta(hours=1))


def commented() -> Project:
    project = small_project()
    reply = Reply(id="reply-1", author="Ben", time=dt.datetime(2026, 3, 2, 8, 0, tzinfo=dt.UTC), text="=1+1 is text")
    project.journeys[0].comments = [
        CommentThread(
            id="comment-1",
            order="a0",
            target="c-note",
            author="Ana Lima",
            time=dt.datetime(2026, 3, 1, 9, 30, tzinfo=BERLIN),
            text="Too slow? @Ben",
            replies=[reply],
        ),
        CommentThread(
            id="comment-2",
            order="a1",
            target="s1",
            author="Ben",
            time=dt.datetime(2026, 3, 3, 17, 5, tzinfo=BERLIN),
            text="Rename this stage",
            resolved=True,
        ),
        CommentThread(
            id="comment-3",
            order="a2",
            target="j1",
            author="Cleo",
            time=dt.datetime(2026, 3, 4, tzinfo=BERLIN),
            text="Ok",
        ),
    ]
    return Project.model_validate(project.model_dump())


def test_the_comments_sheet_has_a_row_per_comment_read_by_openpyxl_and_calamine(tmp_path: Path) -> None:
    path = tmp_path / "commented.xlsx"
    export_workbook(commented(), path)
    sheet = load_workbook(path)["Comments"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0][:7] == ["Journey", "About", "Thread", "Author", "Time", "Comment", "Status"]
    assert rows[1][:7] == [
        "Current",
        "Note “Seen on the train”",
        1,
        "Ana Lima",
        "2026-03-01T09:30:00+01:00",
        "Too slow? @Ben",
        "Open",
    ]
    assert rows[2][3:7] == ["Ben", "2026-03-02T08:00:00+00:00", "=1+1 is text", "Open"]
    assert sheet.cell(row=3, column=6).data_type == "s"
    assert rows[3][1:7] == ["Stage “Discover”", 2, "Ben", "2026-03-03T17:05:00+01:00", "Rename this stage", "Resolved"]
    assert rows[4][1] == "The journey"
    calamine = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Comments").to_python()
    assert [row[5] for row in calamine[1:]] == ["Too slow? @Ben", "=1+1 is text", "Rename this stage", "Ok"]


def test_the_import_reads_the_threads_back_and_leaves_out_those_on_deleted_cards(tmp_path: Path) -> None:
    project = commented()
    path = tmp_path / "commented.xlsx"
    export_workbook(project, path)
    assert import_workbook(path) == project
    workbook = load_workbook(path)
    cards = workbook["Cards"]
    pain_row = next(row[0].row for row in cards.iter_rows(min_row=2) if row[-1].value == "c-note")
    cards.delete_rows(pain_row)
    workbook["Comments"]["F5"] = "Ok, edited in Excel"
    workbook.save(path)
    threads = import_workbook(path).journeys[0].comments
    assert [thread.id for thread in threads] == ["comment-2", "comment-3"]
    assert threads[1].text == "Ok, edited in Excel"


def test_a_bad_time_in_the_comments_sheet_names_its_row(tmp_path: Path) -> None:
    path = tmp_path / "commented.xlsx"
    export_workbook(commented(), path)
    workbook = load_workbook(path)
    workbook["Comments"]["E4"] = "yesterday"
    workbook.save(path)
    with pytest.raises(WorkbookError, match=r"Comments row 4: time: .*"):
        import_workbook(path)
