"""PDF export speed against raw reportlab drawing the same rectangles and strings.

    python benchmarks/pdf_speed.py [--cards 10000] [--runs 3]

The baseline uses reportlab's canvas alone, with the same embedded font: a rectangle and the title
of every card on a map page, then a rectangle and the cell texts of every register row on as many
pages as they need. Target: the export takes at most 1.5 times as long.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import raw_writers
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
    titles = [card.title for journey in project.journeys for card in journey.cards]
    return raw_writers.pdf(titles, register_rows(project))


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
