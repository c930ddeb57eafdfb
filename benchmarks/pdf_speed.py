"""PDF export speed against raw reportlab drawing the same rectangles and strings.

    python benchmarks/pdf_speed.py [--cards 10000] [--runs 3]

The baseline uses reportlab's canvas alone, with the same embedded font: a rectangle and the title
of every card on a map page, then a rectangle and the cell texts of every register row on as many
pages as they need. Target: the export takes at most 1.5 times as long.
"""

import io
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reportlab.lib.pagesizes import A3, landscape
from reportlab.pdfgen.canvas import Canvas
from timing import compare_from_command_line, paired_medians

from journeydesk.export.pdf import PdfOptions, fonts, pdf_bytes
from journeydesk.export.register_rows import backlog_rows, pain_point_rows
from journeydesk.model.health import check
from journeydesk.model.project import Project

TARGET = 1.5


def register_rows(project: Project) -> list[list[str]]:
    """The cell texts of every register row the export prints, column for column: pain points,
    the improvement backlog and the health-check findings."""
    rows = pain_point_rows(project) + backlog_rows(project)
    rows += [[finding.rule.why, finding.message] for journey in project.journeys for finding in check(journey)]
    return rows


def raw_pdf(project: Project) -> bytes:
    fonts.register()
    buffer = io.BytesIO()
    width, height = landscape(A3)
    canvas = Canvas(buffer, pagesize=(width, height))
    cards = [card for journey in project.journeys for card in journey.cards]
    columns = 100
    for number, card in enumerate(cards):
        x, y = 28 + (number % columns) * 11, height - 60 - (number // columns) * 7
        canvas.setFillColorRGB(1, 0.97, 0.82)
        canvas.rect(x, y, 10, 6, stroke=1, fill=1)
        canvas.setFillColorRGB(0.1, 0.1, 0.1)
        canvas.setFont(fonts.REGULAR, 0.6)
        canvas.drawString(x + 1, y + 4, card.title)
    canvas.showPage()
    y = height - 40
    for row in register_rows(project):
        if y < 40:
            canvas.showPage()
            y = height - 40
        canvas.setFillColorRGB(0.97, 0.97, 0.98)
        canvas.rect(28, y - 12, width - 56, 12, stroke=0, fill=1)
        canvas.setFillColorRGB(0.1, 0.1, 0.1)
        canvas.setFont(fonts.REGULAR, 8)
        for column, text in enumerate(row):
            canvas.drawString(32 + column * 120, y - 9, text)
        y -= 12
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def measure(project: Project, runs: int) -> tuple[float, float, str]:
    """Median seconds of the export and of the raw baseline, and what was written."""
    options = PdfOptions(page_size="A3", fit="page")
    size = len(pdf_bytes(project, options))
    ours, raw = paired_medians(lambda: pdf_bytes(project, options), lambda: raw_pdf(project), runs)
    return ours, raw, f"{len(register_rows(project))} register rows, PDF {size / 2**20:.1f} MB"


if __name__ == "__main__":
    sys.exit(
        compare_from_command_line(
            __doc__.splitlines()[0],
            measure,
            ("JourneyDesk PDF (A3, fit page)", "raw reportlab, same rects/strings"),
            TARGET,
        )
    )
