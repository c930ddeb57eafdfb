"""PowerPoint export speed against python-pptx writing the same shapes and tables through its API.

    python benchmarks/pptx_speed.py [--cards 10000] [--runs 3]

The baseline adds, with python-pptx's own calls, a rectangle and a text box holding the title of every
card (forty cards to a slide), then the register rows as native tables (fifteen rows to a slide).
Target: the export takes at most twice as long.
"""

import io
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pdf_speed import register_rows
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE
from pptx.util import Pt
from timing import compare_from_command_line, paired_medians

from journeydesk.export.pptx import pptx_bytes
from journeydesk.model.project import Project

TARGET = 2.0
CARDS_PER_SLIDE = 40
ROWS_PER_SLIDE = 15


def raw_pptx(project: Project) -> bytes:
    deck = Presentation()
    deck.slide_width, deck.slide_height = Pt(960), Pt(540)
    blank = deck.slide_layouts[6]
    cards = [card for journey in project.journeys for card in journey.cards]
    slide = None
    for number, card in enumerate(cards):
        if number % CARDS_PER_SLIDE == 0:
            slide = deck.slides.add_slide(blank)
        x, y = 30 + (number % 8) * 112, 70 + (number % CARDS_PER_SLIDE // 8) * 90
        slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Pt(x), Pt(y), Pt(104), Pt(80))
        slide.shapes.add_textbox(Pt(x + 4), Pt(y + 4), Pt(96), Pt(20)).text_frame.text = card.title
    rows = register_rows(project)
    for start in range(0, len(rows), ROWS_PER_SLIDE):
        page = rows[start : start + ROWS_PER_SLIDE]
        columns = max(len(row) for row in page)
        table = deck.slides.add_slide(blank).shapes.add_table(len(page), columns, Pt(30), Pt(70), Pt(900), Pt(400))
        for r, row in enumerate(page):
            for c, text in enumerate(row):
                table.table.cell(r, c).text = text
    buffer = io.BytesIO()
    deck.save(buffer)
    return buffer.getvalue()


def measure(project: Project, runs: int) -> tuple[float, float, str]:
    data = pptx_bytes(project)
    slides = len(Presentation(io.BytesIO(data)).slides)
    ours, raw = paired_medians(lambda: pptx_bytes(project), lambda: raw_pptx(project), runs)
    return ours, raw, f"{slides} slides, {len(data) / 2**20:.1f} MB"


if __name__ == "__main__":
    sys.exit(
        compare_from_command_line(
            __doc__.splitlines()[0],
            measure,
            ("JourneyDesk PowerPoint deck", "raw python-pptx, same shapes/tables"),
            TARGET,
        )
    )
