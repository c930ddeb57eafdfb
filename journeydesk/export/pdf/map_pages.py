"""The map pages of the PDF: a poster-like title band, the map laid out for the paper (or one tile of
the wall poster, with the lane labels and stage headers repeated along its edges), and a legend of
what the page shows. Everything is a face from the layout, replayed by the PDF painter."""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from journeydesk.export.pdf.face_painter import PdfFacePainter
from journeydesk.layout.face import Style, line, within
from journeydesk.layout.face_legend import ROW, legend_content, legend_face
from journeydesk.layout.face_map import MapFace, map_face
from journeydesk.layout.face_title import title_band_face
from journeydesk.layout.geometry import Point, Rect
from journeydesk.layout.print_pages import Fit, PrintPage, PrintPlan, plan_print
from journeydesk.layout.theme import LIGHT
from journeydesk.layout.units import points_per_unit
from journeydesk.model.cells import CellIndex
from journeydesk.model.journey import Journey
from journeydesk.model.project import Project

BAND_HEIGHT = 100.0  # points
BAND_GAP = 10.0
LEGEND_HEIGHT = 24.0
PAGE_ZOOM = 4 / 3  # the band, the legend and the marks are set at one unit to the point
Progress = Callable[[], None]  # called when a page is drawn


def map_area(frame: tuple[float, float]) -> tuple[float, float]:
    """The part of a page's frame (width, height in points) that the map may fill."""
    return frame[0], frame[1] - BAND_HEIGHT - BAND_GAP - LEGEND_HEIGHT


@dataclass
class JourneyPlan:
    journey: Journey
    index: CellIndex
    plan: PrintPlan


def plan_journey(journey: Journey, frame: tuple[float, float], fit: Fit) -> JourneyPlan:
    index = CellIndex(journey)
    return JourneyPlan(journey, index, plan_print(journey, index, map_area(frame), fit))


class MapPage(Flowable):
    """One page of a journey's map."""

    def __init__(
        self, project: Project, planned: JourneyPlan, page: PrintPage, today: dt.date, progress: Progress
    ) -> None:
        super().__init__()
        self.project, self.planned, self.page, self.today, self.progress = project, planned, page, today, progress

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = available_width, available_height
        return available_width, available_height

    def draw(self) -> None:
        canvas: Canvas = self.canv
        journey, page = self.planned.journey, self.page
        persona = self.project.persona(journey.persona_id) if journey.persona_id else None
        chrome = PdfFacePainter(canvas, points_per_unit(PAGE_ZOOM), Point(0, self.height))
        band = Rect(0, 0, self.width, BAND_HEIGHT)
        chrome.paint(title_band_face(band, self.project, journey, persona, self.today, LIGHT, page.mark))
        top = self.height - BAND_HEIGHT - BAND_GAP
        face = map_face(
            self.project, journey, self.planned.index, page.grid, LIGHT, plain=page.grid.plain, lane_kinds=False
        )
        if page.window is None:
            PdfFacePainter(canvas, self.planned.plan.scale, Point(0, top)).paint(face.whole)
            shown = set(page.grid.cards)
        else:
            shown = self.draw_tile(canvas, face, page.window, top)
        self.draw_legend(chrome, shown, bool(face.curve), face)
        self.progress()

    def draw_tile(self, canvas: Canvas, face: MapFace, window: Rect, top: float) -> set[str]:
        """The window of the poster, with the stage headers above it and the lane labels beside it."""
        grid, scale = self.page.grid, self.planned.plan.scale
        left_w, head_h = grid.metrics.grid_left * scale, grid.metrics.grid_top * scale
        origin = Point(left_w - window.x * scale, top - head_h + window.y * scale)
        width, height = window.width * scale, window.height * scale
        stages = Rect(window.x, 0, window.width, grid.metrics.grid_top)
        lanes = Rect(0, window.y, grid.metrics.grid_left, window.height)
        parts = (
            (within(face.body, window), origin, (left_w, top - head_h - height, width, height)),
            (within(face.stage_headers, stages), Point(origin.x, top), (left_w, top - head_h, width, head_h)),
            (within(face.lane_headers, lanes), Point(0, origin.y), (0, top - head_h - height, left_w, height)),
        )
        for primitives, corner, clip in parts:
            canvas.saveState()
            path = canvas.beginPath()
            path.rect(*clip)
            canvas.clipPath(path, stroke=0, fill=0)
            PdfFacePainter(canvas, scale, corner).paint(primitives)
            canvas.restoreState()
        self.draw_crop_marks(canvas, left_w, top - head_h, width, height)
        return {card_id for card_id, rect in grid.cards.items() if rect.intersects(window)}

    def draw_crop_marks(self, canvas: Canvas, x: float, top: float, width: float, height: float) -> None:
        """Marks at the corners of the tile, for trimming and joining the printed sheets."""
        pen = Style(stroke=LIGHT.muted_text, width=0.4)
        marks = []
        for cx, cy in ((x, top), (x + width, top), (x, top - height), (x + width, top - height)):
            down = self.height - cy  # the painter's y runs down from the frame's top
            marks += [
                line(Point(cx - 8, down), Point(cx + 8, down), pen),
                line(Point(cx, down - 8), Point(cx, down + 8), pen),
            ]
        PdfFacePainter(canvas, points_per_unit(PAGE_ZOOM), Point(0, self.height)).paint(marks)

    def draw_legend(self, chrome: PdfFacePainter, shown: set[str], curve: bool, face: MapFace) -> None:
        journey = self.planned.journey
        cards = [card for card in journey.cards if card.id in shown]
        content = legend_content(cards, curve, bool(face.links))
        if not content.empty:
            chrome.paint(legend_face(content, Point(0, self.height - ROW - 2), LIGHT, self.width))
