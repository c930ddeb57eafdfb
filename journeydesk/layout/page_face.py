"""A printed map page as layers of faces, each with its own scale and place on the page: the title
band, the map (or a tile's body with its repeated headers, each clipped), crop marks and the legend.
The PDF prints these layers; the export dialog's preview paints the same layers on screen.

Places are in points from the top-left corner of the page's frame (inside its margins), y downwards.
"""

import datetime as dt
from dataclasses import dataclass

from journeydesk.layout.face import Face, Style, bounds_of, line, within
from journeydesk.layout.face_legend import ROW, legend_content, legend_face
from journeydesk.layout.face_map import MapFace, map_face
from journeydesk.layout.face_title import title_band_face
from journeydesk.layout.geometry import Point, Rect
from journeydesk.layout.print_pages import PrintPage, PrintPlan
from journeydesk.layout.theme import Theme
from journeydesk.layout.units import points_per_unit
from journeydesk.model.cells import CellIndex
from journeydesk.model.journey import Journey
from journeydesk.model.project import Project

BAND_HEIGHT = 100.0  # points
BAND_GAP = 10.0
LEGEND_HEIGHT = 24.0
CHROME_ZOOM = 4 / 3  # the band, the legend and the marks are set at one unit to the point
CROP_MARK = 8.0
LEGEND_SMALLEST = 0.65  # a wide legend on narrow paper is set smaller, its text not below 7 pt


@dataclass(frozen=True)
class Layer:
    face: Face
    scale: float  # points per unit
    origin: Point  # where the face's (0, 0) lands
    clip: Rect | None = None  # in points


def map_area(frame: tuple[float, float]) -> tuple[float, float]:
    """The part of a page's frame (width, height in points) that the map may fill."""
    return frame[0], frame[1] - BAND_HEIGHT - BAND_GAP - LEGEND_HEIGHT


def page_layers(
    project: Project,
    journey: Journey,
    index: CellIndex,
    plan: PrintPlan,
    page: PrintPage,
    frame: tuple[float, float],
    today: dt.date,
    theme: Theme,
) -> list[Layer]:
    chrome = points_per_unit(CHROME_ZOOM)
    persona = project.persona(journey.persona_id) if journey.persona_id else None
    band = title_band_face(Rect(0, 0, frame[0], BAND_HEIGHT), project, journey, persona, today, theme, page.mark)
    layers = [Layer(band, chrome, Point(0, 0))]
    top = BAND_HEIGHT + BAND_GAP
    face = map_face(project, journey, index, page.grid, theme, plain=page.grid.plain, lane_kinds=False)
    if page.window is None:
        layers.append(Layer(face.whole, plan.scale, Point(0, top)))
        shown = set(page.grid.cards)
    else:
        layers += _tile(face, page, plan.scale, top, theme)
        shown = {card_id for card_id, rect in page.grid.cards.items() if rect.intersects(page.window)}
    content = legend_content([card for card in journey.cards if card.id in shown], bool(face.curve), bool(face.links))
    if not content.empty:
        legend = legend_face(content, Point(0, 0), theme)
        extent = bounds_of(legend)
        scale = chrome * min(1.0, max(LEGEND_SMALLEST, frame[0] / extent.right)) if extent else chrome
        layers.append(Layer(legend, scale, Point(0, frame[1] - (ROW + 2) * scale)))
    return layers


def _tile(face: MapFace, page: PrintPage, scale: float, top: float, theme: Theme) -> list[Layer]:
    """The window of the poster, with the stage headers above it and the lane labels beside it."""
    assert page.window is not None
    window, metrics = page.window, page.grid.metrics
    left_w, head_h = metrics.grid_left * scale, metrics.grid_top * scale
    width, height = window.width * scale, window.height * scale
    origin = Point(left_w - window.x * scale, top + head_h - window.y * scale)
    stages = Rect(window.x, 0, window.width, metrics.grid_top)
    lanes = Rect(0, window.y, metrics.grid_left, window.height)
    body = Rect(left_w, top + head_h, width, height)
    pen = Style(stroke=theme.muted_text, width=0.4)
    marks: Face = []
    for x, y in ((body.x, body.y), (body.right, body.y), (body.x, body.bottom), (body.right, body.bottom)):
        marks += [
            line(Point(x - CROP_MARK, y), Point(x + CROP_MARK, y), pen),
            line(Point(x, y - CROP_MARK), Point(x, y + CROP_MARK), pen),
        ]
    return [
        Layer(within(face.body, window), scale, origin, body),
        Layer(within(face.stage_headers, stages), scale, Point(origin.x, top), Rect(left_w, top, width, head_h)),
        Layer(within(face.lane_headers, lanes), scale, Point(0, origin.y), Rect(0, body.y, left_w, height)),
        Layer(marks, points_per_unit(CHROME_ZOOM), Point(0, 0)),
    ]
