"""The PDF's comments appendix: only when asked for (``--comments`` or the export dialog's box), its
text read back with pdfplumber, user text printed as typed, and no comment marker on the map pages."""

import datetime as dt
from pathlib import Path

import pdfplumber
from pytestqt.qtbot import QtBot

from journeydesk.cli import main
from journeydesk.io import load_project, save_project
from journeydesk.layout.face_card import COMMENT_MARK
from journeydesk.model.comments import CommentThread, Reply
from journeydesk.templates import new_project
from journeydesk.ui.pdf_export import PdfExportDialog

ZONE = dt.timezone(dt.timedelta(hours=2))


def commented_file(folder: Path) -> Path:
    project = new_project("sample")
    journey = project.journeys[0]
    pain = next(journey.pain_points())
    reply = Reply(id="reply-1", author="Ben Okafor", time=dt.datetime(2026, 3, 2, 8, 15, tzinfo=ZONE), text="Agreed")
    journey.comments = [
        CommentThread(
            id="comment-1",
            order="a0",
            target=pain.id,
            author="Ana Lima",
            time=dt.datetime(2026, 3, 1, 9, 30, tzinfo=ZONE),
            text="Is <b>this</b> & that the worst?",
            replies=[reply],
        ),
        CommentThread(
            id="comment-2",
            order="a1",
            target=journey.stages[0].id,
            author="Cleo Park",
            time=dt.datetime(2026, 3, 3, 17, 0, tzinfo=ZONE),
            text="Кириллица и 中文 работают",
            resolved=True,
        ),
    ]
    path = folder / "commented.journey"
    save_project(project, path)
    return path


def pdf_text(path: Path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def test_the_appendix_is_there_only_when_asked_for(tmp_path: Path) -> None:
    source = commented_file(tmp_path)
    plain, appended = tmp_path / "plain.pdf", tmp_path / "appended.pdf"
    assert main(["export", str(source), "-o", str(plain)]) == 0
    assert main(["export", str(source), "-o", str(appended), "--comments"]) == 0
    without, with_comments = pdf_text(plain), pdf_text(appended)
    assert not any("Is <b>this</b>" in page for page in without)
    assert len(with_comments) > len(without)
    appendix = "\n".join(with_comments[len(without) :])
    assert appendix.startswith("Comments")
    assert "Is <b>this</b> & that the worst?" in appendix and "Ana Lima" in appendix
    assert "↳ Ben Okafor" in appendix and "02 Mar 2026 08:15 +02:00" in appendix
    assert "Кириллица и 中文 работают" in appendix and "Resolved" in appendix
    assert appendix.index("Is <b>this</b>") < appendix.index("Кириллица")  # open threads first
    assert not any(COMMENT_MARK in page for page in with_comments)


def test_the_export_dialog_asks_for_the_appendix_with_a_box(qtbot: QtBot, tmp_path: Path) -> None:
    project = load_project(commented_file(tmp_path))
    dialog = PdfExportDialog(project, project.journeys[0].id)
    qtbot.addWidget(dialog)
    assert dialog.comments.isEnabled() and not dialog.request().options["comments"]
    dialog.comments.setChecked(True)
    assert dialog.request().options["comments"] is True and "and the comments" in dialog.summary.text()
    quiet = new_project("sample")
    empty = PdfExportDialog(quiet, quiet.journeys[0].id)
    qtbot.addWidget(empty)
    assert not empty.comments.isEnabled()
