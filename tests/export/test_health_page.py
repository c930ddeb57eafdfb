"""The PDF's health-check page stays quiet on a blank map and says what to do next on a started one."""

from pathlib import Path

from journeydesk.export.pdf import PdfOptions, export_pdf
from journeydesk.templates import new_project
from tests.export.pdf_helpers import page_count, pdf_text
from tests.factories import small_project


def health_page(path: Path) -> str:
    return " ".join(pdf_text(path, page_count(path), page_count(path)).split())


def test_a_blank_template_prints_no_findings(tmp_path: Path) -> None:
    path = tmp_path / "blank.pdf"
    export_pdf(new_project("six-stage"), path, PdfOptions(page_size="A4"))
    page = health_page(path)
    assert "Nothing to check yet: no cards." in page
    assert "Habit, and why it matters" not in page  # no table of findings at all


def test_findings_say_what_to_do_next(tmp_path: Path) -> None:
    path = tmp_path / "small.pdf"
    export_pdf(small_project(), path, PdfOptions(page_size="A4"))
    page = health_page(path)
    assert "Add a touchpoint to “Buy”" in page
    assert "Give “One-page checkout” an owner" in page
