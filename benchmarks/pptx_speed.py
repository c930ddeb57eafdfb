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

import raw_writers
from pdf_speed import register_rows
from pptx import Presentation
from timing import compare_from_command_line, paired_medians

from journeydesk.export.pptx import pptx_bytes
from journeydesk.model.project import Project

TARGET = 2.0


def raw_pptx(project: Project) -> bytes:
    titles = [card.title for journey in project.journeys for card in journey.cards]
    return raw_writers.pptx(titles, register_rows(project))


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
