"""One face, two painters: what the canvas draws and what the PDF prints, compared pixel by pixel.

The sample journey is drawn by the canvas itself (its scene, to an image) and, from the same layout,
by the PDF painter onto a page the size of the map, rendered back with pdftoppm at the same scale.
Then a printed page is painted by the canvas's painter and compared with the exported PDF's page.
For every line of text the layout placed, the ink must sit in the same box in both pictures (within
TOLERANCE pixels on every side): the same text, in the same places, broken into the same lines.
"""

import datetime as dt
import io
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from reportlab.pdfgen.canvas import Canvas

from journeydesk.canvas.face_painter import paint_layers
from journeydesk.canvas.image_export import map_scene
from journeydesk.export.pdf import PdfOptions, export_pdf, fonts
from journeydesk.export.pdf.document import MARGIN, frame_size
from journeydesk.export.pdf.face_painter import PdfFacePainter
from journeydesk.export.pdf.map_pages import plan_journey
from journeydesk.layout.face import Box, Face, Style, Text, exported
from journeydesk.layout.face_band import band_face
from journeydesk.layout.face_headers import corner_face
from journeydesk.layout.face_map import map_face
from journeydesk.layout.geometry import Point, Rect
from journeydesk.layout.map_geometry import ScreenGeometry
from journeydesk.layout.page_face import page_layers
from journeydesk.layout.theme import LIGHT
from journeydesk.layout.units import pixels_per_unit, points_per_unit
from journeydesk.templates import new_project
from tests.export.pdf_helpers import tool

DPI = 144  # 1.5 pixels per map unit at zoom 1, on both sides
TOLERANCE = 2  # pixels
TODAY = dt.date(2026, 11, 23)
InkBox = tuple[int, int, int, int]


def rendered(pdf: Path, out: Path, dpi: int = DPI) -> QImage:
    prefix = out / pdf.stem
    subprocess.run(
        [tool("pdftoppm"), "-png", "-r", str(dpi), "-f", "1", "-l", "1", "-singlefile", str(pdf), str(prefix)],
        check=True,
        timeout=120,
    )
    image = QImage(f"{prefix}.png")
    assert not image.isNull()
    return image.convertToFormat(QImage.Format.Format_RGB32)


def distance(one: QColor, other: QColor) -> int:
    """How far apart two colours are (the sum of the channels' differences)."""
    return abs(one.red() - other.red()) + abs(one.green() - other.green()) + abs(one.blue() - other.blue())


def ink_box(image: QImage, area: QRectF, color: str) -> InkBox | None:
    """The box of the pixels within ``area`` that are near ``color`` (the text's ink)."""
    ink = QColor(color)
    found = None
    for y in range(max(0, int(area.top())), min(image.height(), int(area.bottom()) + 1)):
        for x in range(max(0, int(area.left())), min(image.width(), int(area.right()) + 1)):
            if distance(image.pixelColor(x, y), ink) < 45:
                found = (
                    (x, y, x, y)
                    if found is None
                    else (min(found[0], x), min(found[1], y), max(found[2], x), max(found[3], y))
                )
    return found


ORIGIN = Point(0, 0)


def compare_text(face: Face, canvas: QImage, pdf: QImage, per_unit: float, offset: Point = ORIGIN) -> int:
    """Check every text run's ink box in both pictures; returns how many runs were compared."""
    compared = 0
    for run in exported(face):
        if not isinstance(run, Text) or run.size * per_unit < 9:  # too small to tell ink from anti-aliasing
            continue
        box = run.bounds
        area = QRectF(  # the line's box: its neighbours' anti-aliased edges stay out
            offset.x + box.x * per_unit - 1,
            offset.y + box.y * per_unit,
            box.width * per_unit + 2,
            box.height * per_unit,
        )
        drawn, printed = ink_box(canvas, area, run.color), ink_box(pdf, area, run.color)
        assert drawn is not None and printed is not None, run.text
        assert all(abs(a - b) <= TOLERANCE for a, b in zip(drawn, printed, strict=True)), (run.text, drawn, printed)
        compared += 1
    return compared


def test_the_canvas_and_the_pdf_draw_the_sample_alike(qapp, tmp_path: Path) -> None:
    project = new_project("sample")
    scene = map_scene(project)
    rect = scene.map_rect()
    per_pixel = pixels_per_unit(DPI)
    canvas = QImage(round(rect.width() * per_pixel), round(rect.height() * per_pixel), QImage.Format.Format_RGB32)
    canvas.fill(QColor(LIGHT.canvas))
    painter = QPainter(canvas)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(canvas.rect()), rect, Qt.AspectRatioMode.IgnoreAspectRatio)
    painter.end()

    journey, grid, index = scene.journey, scene.grid, scene.index
    assert grid is not None
    metrics = grid.metrics
    face = map_face(project, journey, index, ScreenGeometry(grid, index), LIGHT)
    persona = project.persona(journey.persona_id) if journey.persona_id else None
    corner = Rect(0, metrics.stage_header_top, metrics.lane_header_width, metrics.stage_header_height)
    whole: Face = [
        Box(Rect(0, 0, grid.width, grid.height), Style(fill=LIGHT.canvas)),
        *band_face(grid.band_rect(), journey, persona, LIGHT),
        *face.whole,
        *corner_face(corner, journey.name, LIGHT),
    ]
    scale = points_per_unit()
    buffer = io.BytesIO()
    fonts.register()
    pdf_canvas = Canvas(buffer, pagesize=(grid.width * scale, grid.height * scale))
    PdfFacePainter(pdf_canvas, scale, Point(0, grid.height * scale)).paint(whole)
    pdf_canvas.showPage()
    pdf_canvas.save()
    (tmp_path / "map.pdf").write_bytes(buffer.getvalue())
    printed = rendered(tmp_path / "map.pdf", tmp_path)
    assert (printed.width(), printed.height()) == (canvas.width(), canvas.height())

    assert compare_text(whole, canvas, printed, per_pixel) > 150  # every card's lines, headers, band
    difference = sum(
        abs(canvas.pixelColor(x, y).lightness() - printed.pixelColor(x, y).lightness())
        for x in range(0, canvas.width(), 3)
        for y in range(0, canvas.height(), 3)
    ) / ((canvas.width() // 3 + 1) * (canvas.height() // 3 + 1))
    assert difference < 4.0  # mean lightness difference (0-255): anti-aliasing, and the editor's link knobs


@pytest.mark.parametrize("fit", ["readable", "tile"])
def test_a_printed_page_painted_by_the_canvas_matches_the_pdf(qapp, tmp_path: Path, fit: str) -> None:
    project = new_project("sample")
    path = tmp_path / "sample.pdf"
    export_pdf(project, path, PdfOptions(page_size="A3", fit=fit), today=TODAY)  # type: ignore[arg-type]
    printed = rendered(path, tmp_path)
    frame = frame_size("A3")
    planned = plan_journey(project.journeys[0], frame, fit)  # type: ignore[arg-type]
    layers = page_layers(
        project, planned.journey, planned.index, planned.plan, planned.plan.pages[0], frame, TODAY, LIGHT
    )
    per_point = DPI / 72
    canvas = QImage(printed.width(), printed.height(), QImage.Format.Format_RGB32)
    canvas.fill(QColor("#ffffff"))
    painter = QPainter(canvas)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    painter.scale(per_point, per_point)
    painter.translate(MARGIN, MARGIN)
    paint_layers(painter, layers)
    painter.end()
    compared = 0
    for layer in layers:
        offset = Point((MARGIN + layer.origin.x) * per_point, (MARGIN + layer.origin.y) * per_point)
        compared += compare_text(layer.face, canvas, printed, layer.scale * per_point, offset)
    assert compared > 40
