"""The map pages of the PDF: each page's layers of faces (:mod:`journeydesk.layout.page_face`),
printed by the PDF painter."""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from journeydesk.export.pdf.face_painter import PdfFacePainter
from journeydesk.export.pdf.flow import Block
from journeydesk.layout.geometry import Point
from journeydesk.layout.page_face import map_area, page_layers
from journeydesk.layout.print_pages import Fit, PrintPage, PrintPlan, plan_print
from journeydesk.layout.theme import LIGHT
from journeydesk.model.cells import CellIndex
from journeydesk.model.journey import Journey
from journeydesk.model.project import Project

Progress = Callable[[], None]  # called when a page is drawn


@dataclass
class JourneyPlan:
    journey: Journey
    index: CellIndex
    plan: PrintPlan


def plan_journey(journey: Journey, frame: tuple[float, float], fit: Fit) -> JourneyPlan:
    index = CellIndex(journey)
    return JourneyPlan(journey, index, plan_print(journey, index, map_area(frame), fit))


class MapPage(Block):
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
        planned = self.planned
        layers = page_layers(
            self.project,
            planned.journey,
            planned.index,
            planned.plan,
            self.page,
            (self.width, self.height),
            self.today,
            LIGHT,
        )
        for layer in layers:
            origin = Point(layer.origin.x, self.height - layer.origin.y)
            if layer.clip is None:
                PdfFacePainter(canvas, layer.scale, origin).paint(layer.face)
                continue
            canvas.saveState()
            clip = canvas.beginPath()
            clip.rect(layer.clip.x, self.height - layer.clip.bottom, layer.clip.width, layer.clip.height)
            canvas.clipPath(clip, stroke=0, fill=0)
            PdfFacePainter(canvas, layer.scale, origin).paint(layer.face)
            canvas.restoreState()
        self.progress()
