"""HTML export speed against writing the same SVG and tables by hand.

    python benchmarks/html_speed.py [--cards 10000] [--runs 3]

The baseline formats the same amount of SVG with plain strings: for every card as many elements as
the page draws for it (its body, accent, icon, caption, rating and lines of title), alternately
rectangles and texts holding its escaped title, placed on a grid; as many elements again for the lanes,
headers, links and curve; and a table row of escaped cells for every register row. It lays nothing
out and measures no text. Target: the export takes at most twice as long.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import raw_writers
from pdf_speed import register_rows
from timing import compare_from_command_line, paired_medians

from journeydesk.export.html import html_bytes
from journeydesk.layout import compute_grid
from journeydesk.layout.face import exported
from journeydesk.layout.face_map import map_face
from journeydesk.layout.map_geometry import ScreenGeometry
from journeydesk.layout.theme import LIGHT
from journeydesk.model.cells import CellIndex
from journeydesk.model.project import Project

TARGET = 2.0


def element_counts(project: Project) -> tuple[dict[str, int], int]:
    """How many elements the page draws for each card, and for the rest of the maps."""
    per_card: dict[str, int] = {}
    rest = 0
    for journey in project.journeys:
        index = CellIndex(journey)
        grid = compute_grid(journey.stages, journey.lanes, index.counts())
        face = map_face(project, journey, index, ScreenGeometry(grid, index), LIGHT)
        per_card.update({card_id: len(list(exported(shown))) for card_id, shown in face.card_faces.items()})
        rest += sum(len(list(exported(part))) for part in (face.grid, face.links, face.curve, face.lane_headers))
        rest += len(list(exported(face.stage_headers)))
    return per_card, rest


def raw_inputs(project: Project, counts: tuple[dict[str, int], int]) -> dict:
    """What raw_writers.html draws: each card's id, title and element count, the other elements, the rows."""
    per_card, rest = counts
    cards = [(card.id, card.title, per_card.get(card.id, 2)) for journey in project.journeys for card in journey.cards]
    return {"cards": cards, "rest": rest, "rows": register_rows(project)}


def raw_html(project: Project, counts: tuple[dict[str, int], int]) -> bytes:
    return raw_writers.html(**raw_inputs(project, counts))


def measure(project: Project, runs: int) -> tuple[float, float, str]:
    size = len(html_bytes(project))
    counts = element_counts(project)
    raw_size = len(raw_html(project, counts))
    ours, raw = paired_medians(lambda: html_bytes(project), lambda: raw_html(project, counts), runs)
    return ours, raw, f"page {size / 2**20:.1f} MB, raw {raw_size / 2**20:.1f} MB"


if __name__ == "__main__":
    sys.exit(
        compare_from_command_line(
            __doc__.splitlines()[0],
            measure,
            ("JourneyDesk web page", "raw SVG strings, same elements"),
            TARGET,
        )
    )
