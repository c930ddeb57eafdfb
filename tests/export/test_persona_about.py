"""A persona's background (what an imported persona sheet says beyond name, role, goals, frustrations and
quote) is printed on the persona's page and kept through the workbook."""

from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape

from journeydesk.export.pdf import PdfOptions, export_pdf
from journeydesk.export.pdf.document import MARGIN
from journeydesk.export.xlsx import export_workbook, import_workbook
from tests.export.pdf_helpers import page_count, pdf_text, words
from tests.factories import small_project


def test_a_personas_background_prints_on_its_page_and_survives_the_workbook(tmp_path: Path) -> None:
    project = small_project()
    project.personas[0].about = "Age: 34\nLives in Porto"
    project.journeys[0].lanes[0].description = "Where the customer meets us"
    path = tmp_path / "about.pdf"
    export_pdf(project, path, PdfOptions(page_size="A4"))
    assert "About\nAge: 34\nLives in Porto" in pdf_text(path, raw=True)
    workbook = tmp_path / "about.xlsx"
    export_workbook(project, workbook)
    assert import_workbook(workbook) == project


def test_a_background_longer_than_a_page_continues_on_the_next_within_the_margins(tmp_path: Path) -> None:
    project = small_project()
    project.personas[0].about = "\n".join(f"Line {number} of what the research found" for number in range(150))
    path = tmp_path / "long.pdf"
    export_pdf(project, path, PdfOptions(page_size="A4"))
    persona_pages = [page for page in range(2, page_count(path) + 1) if "Line" in {w[0] for w in words(path, page)}]
    assert len(persona_pages) >= 2  # 150 lines of 11 pt do not fit on one A4 page
    text = pdf_text(path, persona_pages[0], persona_pages[-1], raw=True)
    assert all(f"Line {number} of what" in text for number in range(150))
    height = landscape(A4)[1]
    for page in persona_pages:
        found = words(path, page)
        footer = next(word[2] for word in found if word[0] == "Page")  # "Page 3 of 8", in the bottom margin
        body = [word for word in found if word[2] < footer - 1]
        assert min(word[2] for word in body) >= MARGIN - 0.5
        assert max(word[4] for word in body) <= height - MARGIN + 0.5
