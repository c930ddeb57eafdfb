"""The PowerPoint deck: a title slide; per journey its map as native shapes (on one slide, or in groups
of stages when one slide would make the text too small, as the PDF's readable print layout does) and
its emotion curve as a line chart; a slide per persona; the registers as tables; the priority matrix
as an XY chart; the health check."""

import datetime as dt
import io

from pptx.enum.shapes import MSO_SHAPE
from pptx.presentation import Presentation
from pptx.util import Pt

from journeydesk.export.pptx import charts
from journeydesk.export.pptx.drawing import Placement, ShapeWriter
from journeydesk.export.pptx.slides import (
    CONTENT_TOP,
    HEIGHT,
    MARGIN,
    TITLE_SLIDE,
    WIDTH,
    add_paragraph,
    new_deck,
    rgb,
    set_text,
    text_box,
    titled_slide,
)
from journeydesk.export.pptx.tables import table_slides
from journeydesk.export.progress import Progress, report
from journeydesk.export.register_rows import (
    HEALTH_HEADERS,
    backlog_columns,
    backlog_rows,
    health_rows,
    pain_point_columns,
    pain_point_rows,
)
from journeydesk.export.xml_text import printable
from journeydesk.heap import collection_paused
from journeydesk.layout.face import bounds_of
from journeydesk.layout.face_band import initials, quoted
from journeydesk.layout.face_legend import legend_content, legend_face
from journeydesk.layout.face_map import map_face
from journeydesk.layout.geometry import Point
from journeydesk.layout.print_pages import PrintPage, PrintPlan, plan_print
from journeydesk.layout.theme import LIGHT
from journeydesk.layout.units import points_per_unit
from journeydesk.model.cells import CellIndex
from journeydesk.model.health import open_findings
from journeydesk.model.journey import Journey
from journeydesk.model.project import Persona, Project

LEGEND_HEIGHT = 22.0
CHROME = points_per_unit(4 / 3)  # the legend at one unit to the point
MAP_AREA = (WIDTH - 2 * MARGIN, HEIGHT - CONTENT_TOP - MARGIN - LEGEND_HEIGHT)


def build_deck(project: Project, progress: Progress | None = None, today: dt.date | None = None) -> Presentation:
    today = today or dt.date.today()
    deck = new_deck()
    plans = [(journey, CellIndex(journey)) for journey in project.journeys]
    planned = [(journey, index, plan_print(journey, index, MAP_AREA, "readable")) for journey, index in plans]
    total = sum(len(plan.pages) for _, _, plan in planned) + 1
    title_slide(deck, project, today)
    done = 1
    report(progress, done, total)
    for journey, index, plan in planned:
        for page in plan.pages:
            map_slide(deck, project, journey, index, plan, page)
            done += 1
            report(progress, done, total)
        if charts.has_emotions(journey):
            charts.emotion_chart(titled_slide(deck, f"{journey.name}: how it feels, stage by stage"), project, journey)
    for persona in project.personas:
        persona_slide(deck, project, persona)
    register_slides(deck, project)
    return deck


def pptx_bytes(project: Project, progress: Progress | None = None, today: dt.date | None = None) -> bytes:
    buffer = io.BytesIO()
    with collection_paused():  # the slides' shapes are many objects that all live on until written
        build_deck(project, progress, today).save(buffer)
    return buffer.getvalue()


def title_slide(deck: Presentation, project: Project, today: dt.date) -> None:
    slide = deck.slides.add_slide(deck.slide_layouts[TITLE_SLIDE])
    title, subtitle = slide.shapes.title, slide.placeholders[1]
    title.left, title.top, title.width, title.height = Pt(MARGIN * 2), Pt(150), Pt(WIDTH - 4 * MARGIN), Pt(120)
    subtitle.left, subtitle.top = Pt(MARGIN * 2), Pt(290)
    subtitle.width, subtitle.height = Pt(WIDTH - 4 * MARGIN), Pt(150)
    set_text(title.text_frame, printable(project.title), 40, bold=True)
    journeys = ", ".join(journey.name for journey in project.journeys)
    facts = " · ".join(
        part for part in (project.author, project.organisation, f"Version {project.version}", today.isoformat()) if part
    )
    set_text(subtitle.text_frame, printable(f"Customer journey map: {journeys}\n{facts}"), 16, colour=LIGHT.muted_text)


def map_slide(
    deck: Presentation, project: Project, journey: Journey, index: CellIndex, plan: PrintPlan, page: PrintPage
) -> None:
    """One page of the print layout as shapes: the grid, links, a group per card, the curve and headers."""
    title = f"{journey.name} · {page.mark}" if page.mark else journey.name
    slide = titled_slide(deck, printable(title))
    face = map_face(project, journey, index, page.grid, LIGHT, plain=page.grid.plain, lane_kinds=False)
    writer = ShapeWriter(slide, Placement(plan.scale, Point(MARGIN, CONTENT_TOP)))
    writer.paint(face.grid)
    writer.paint(face.links)
    titles = {card.id: card.title for card in journey.cards}
    for card_id, card_face in face.card_faces.items():
        writer.paint_group(card_face, f"Card: {titles[card_id][:60]}")
    writer.paint(face.curve)
    writer.paint(face.lane_headers)
    writer.paint(face.stage_headers)
    shown = [card for card in journey.cards if card.id in page.grid.cards]
    content = legend_content(shown, bool(face.curve), bool(face.links))
    if not content.empty:
        legend = legend_face(content, Point(0, 0), LIGHT)
        extent = bounds_of(legend)
        scale = CHROME * min(1.0, MAP_AREA[0] / extent.right) if extent else CHROME
        legend_writer = ShapeWriter(slide, Placement(scale, Point(MARGIN, HEIGHT - MARGIN - LEGEND_HEIGHT + 6)))
        legend_writer.paint(legend)
        legend_writer.finish()
    writer.finish()


def persona_slide(deck: Presentation, project: Project, persona: Persona) -> None:
    slide = titled_slide(deck, printable(f"Persona: {persona.name}"))
    side = 132.0
    if persona.photo is not None:
        picture = slide.shapes.add_picture(
            io.BytesIO(persona.photo.image_bytes()), Pt(MARGIN), Pt(CONTENT_TOP), Pt(side), Pt(side)
        )
        _crop_square(picture)
        picture.auto_shape_type = MSO_SHAPE.OVAL
    else:
        disc = slide.shapes.add_shape(MSO_SHAPE.OVAL, Pt(MARGIN), Pt(CONTENT_TOP), Pt(side), Pt(side))
        disc.fill.solid()
        disc.fill.fore_color.rgb = rgb(persona.color)
        disc.line.fill.background()
        set_text(disc.text_frame, initials(persona.name), 40, bold=True, colour=LIGHT.on_colour)
    left = MARGIN + side + 28
    frame = text_box(slide, left, CONTENT_TOP, WIDTH - left - MARGIN, HEIGHT - CONTENT_TOP - MARGIN)
    if persona.role:
        add_paragraph(frame, printable(persona.role), 16, colour=LIGHT.muted_text)
    if persona.quote:
        add_paragraph(frame, printable(quoted(persona.quote)), 16, italic=True)
    for heading, items in (("Goals", persona.goals), ("Frustrations", persona.frustrations)):
        if items:
            add_paragraph(frame, heading, 13, bold=True, colour=persona.color)
            for item in items:
                add_paragraph(frame, printable(f"•  {item}"), 12)
    walks = [journey.name for journey in project.journeys if journey.persona_id == persona.id]
    if walks:
        add_paragraph(frame, printable(f"Walks: {', '.join(walks)}"), 11, colour=LIGHT.muted_text)


def _crop_square(picture: object) -> None:
    """Show the centred square of a photo, as every other surface does."""
    width, height = picture.image.size  # type: ignore[attr-defined]  # python-pptx's pictures are untyped
    if width > height:
        cut = (width - height) / width / 2
        picture.crop_left = picture.crop_right = cut  # type: ignore[attr-defined]  # python-pptx's pictures are untyped
    elif height > width:
        cut = (height - width) / height / 2
        picture.crop_top = picture.crop_bottom = cut  # type: ignore[attr-defined]  # python-pptx's pictures are untyped


def register_slides(deck: Presentation, project: Project) -> None:
    """The pain points, the improvement backlog, the priority matrix and the health check."""
    pains, columns = pain_point_rows(project), pain_point_columns(project)
    if pains:
        widths = columns.widths([64, 300, 110, 150, 300], 56)
        table_slides(deck, "Pain points, most severe first", columns.headers, pains, widths)
    actions, columns = backlog_rows(project), backlog_columns(project)
    if actions:
        widths = columns.widths([84, 200, 52, 52, 90, 70, 72, 90, 230], 56)
        table_slides(deck, "Improvement backlog", columns.headers, actions, widths)
        charts.priority_chart(titled_slide(deck, "Priorities: impact against effort"), project)
    for journey in project.journeys:
        rows = health_rows(open_findings(journey))
        if rows:
            table_slides(deck, f"Health check: {journey.name}", HEALTH_HEADERS, rows, [300, 550])
