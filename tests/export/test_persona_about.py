"""A persona's background (what an imported persona sheet says beyond name, role, goals, frustrations and
quote) is printed on the persona's page and kept through the workbook."""

from pathlib import Path

from journeydesk.export.pdf import PdfOptions, export_pdf
from journeydesk.export.xlsx import export_workbook, import_workbook
from tests.export.pdf_helpers import pdf_text
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
