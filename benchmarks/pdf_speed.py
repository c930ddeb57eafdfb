"""PDF export speed against raw reportlab drawing the same rectangles and strings.

    python benchmarks/pdf_speed.py [--cards 10000] [--runs 3]

The baseline uses reportlab's canvas alone, with the same embedded fonts: every rectangle, ellipse,
path and line of text the export prints on its map pages, one call each at the same place in the
same colour (worked out beforehand from the export's own map faces; the few icons and photos are
left out), then a rectangle and the cell texts of every register row on as many pages as they need.
Target: the export takes at most 1.5 times as long.
"""

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import raw_writers
from timing import compare_from_command_line, paired_medians

from journeydesk.export.pdf import PdfOptions, fonts, pdf_bytes
from journeydesk.export.pdf.colors import rl
from journeydesk.export.pdf.document import MARGIN, frame_size
from journeydesk.export.pdf.face_painter import FONT_NAMES
from journeydesk.export.pdf.map_pages import plan_journey
from journeydesk.export.register_rows import backlog_rows, pain_point_rows
from journeydesk.layout.face import Box, Ellipse, Path, Primitive, Style, Text, exported
from journeydesk.layout.page_face import Layer, page_layers
from journeydesk.layout.theme import LIGHT
from journeydesk.model.health import check
from journeydesk.model.project import Project

TARGET = 1.5
OPTIONS = PdfOptions(page_size="A3", fit="page")


def register_rows(project: Project) -> list[list[str]]:
    """The cell texts of every register row the export prints, column for column: pain points,
    the improvement backlog and the health-check findings."""
    rows = pain_point_rows(project) + backlog_rows(project)
    rows += [[finding.rule.why, finding.message] for journey in project.journeys for finding in check(journey)]
    return rows


def map_shapes(project: Project) -> list[list[tuple]]:
    """Each map page's shapes and texts as raw_writers.pdf draws them, in page coordinates."""
    fonts.register()
    frame = frame_size(OPTIONS.page_size)
    pages = []
    for journey in project.journeys:
        planned = plan_journey(journey, frame, OPTIONS.fit)
        for page in planned.plan.pages:
            layers = page_layers(project, journey, planned.index, planned.plan, page, frame, dt.date.today(), LIGHT)
            pages.append([shape for layer in layers for shape in _layer_shapes(layer, frame[1])])
    return pages


def _layer_shapes(layer: Layer, frame_height: float) -> list[tuple]:
    scale = layer.scale
    left, top = MARGIN + layer.origin.x, MARGIN + frame_height - layer.origin.y

    def point(x: float, y: float) -> tuple[float, float]:
        return left + x * scale, top - y * scale

    def paints(style: Style) -> tuple:
        return (rl(style.fill) if style.fill else None, rl(style.stroke) if style.stroke else None, style.width * scale)

    shapes: list[tuple] = []
    primitive: Primitive
    for primitive in exported(layer.face):
        if isinstance(primitive, Text):
            x, y = point(primitive.x, primitive.baseline)
            font = FONT_NAMES[primitive.font]
            shapes.append(("text", x, y, font, primitive.size * scale, rl(primitive.color), primitive.text))
        elif isinstance(primitive, Box):
            x, y = point(primitive.rect.x, primitive.rect.bottom)
            size = (primitive.rect.width * scale, primitive.rect.height * scale)
            shapes.append(("rect", x, y, *size, primitive.radius * scale, *paints(primitive.style)))
        elif isinstance(primitive, Ellipse):
            x, y = point(*primitive.center)
            shapes.append(("ellipse", x, y, primitive.rx * scale, primitive.ry * scale, *paints(primitive.style)))
        elif isinstance(primitive, Path):
            ops = []
            for op in primitive.ops:
                values = [float(value) for value in op[1:]]
                placed = [
                    coordinate for pair in zip(values[::2], values[1::2], strict=True) for coordinate in point(*pair)
                ]
                ops.append((op[0], *placed))
            shapes.append(("path", ops, *paints(primitive.style)))
    return shapes


def raw_pdf(project: Project) -> bytes:
    return raw_writers.pdf(map_shapes(project), register_rows(project))


def measure(project: Project, runs: int) -> tuple[float, float, str]:
    """Median seconds of the export and of the raw baseline (its shapes worked out beforehand), and
    what was written."""
    size = len(pdf_bytes(project, OPTIONS))
    shapes, rows = map_shapes(project), register_rows(project)
    ours, raw = paired_medians(lambda: pdf_bytes(project, OPTIONS), lambda: raw_writers.pdf(shapes, rows), runs)
    count = sum(len(page) for page in shapes)
    return ours, raw, f"{count} map shapes, {len(rows)} register rows, PDF {size / 2**20:.1f} MB"


if __name__ == "__main__":
    sys.exit(
        compare_from_command_line(
            __doc__.splitlines()[0],
            measure,
            ("JourneyDesk PDF (A3, fit page)", "raw reportlab, same shapes/strings"),
            TARGET,
        )
    )
