"""One self-contained HTML file of a project: each journey's map as inline SVG drawn from the face,
with zoom and pan, journey tabs, card details, search, the personas, the registers and the health
check, and print styles. No network: fonts, icons, photos, styles and the script are inside it, and
its content security policy forbids loading anything else.
"""

import datetime as dt
import json
from collections.abc import Callable

from journeydesk import __version__
from journeydesk.export.html import report
from journeydesk.export.html.card_details import page_data
from journeydesk.export.html.svg_painter import SvgPainter, attribute
from journeydesk.export.html.web_fonts import FAMILY, font_faces
from journeydesk.export.progress import Progress
from journeydesk.export.progress import report as report_progress
from journeydesk.layout import compute_grid
from journeydesk.layout.face import bounds_of
from journeydesk.layout.face_band import band_face
from journeydesk.layout.face_map import map_face
from journeydesk.layout.map_geometry import ScreenGeometry
from journeydesk.layout.theme import LIGHT
from journeydesk.model.cells import CellIndex
from journeydesk.model.journey import Journey
from journeydesk.model.project import Project
from journeydesk.resources import resource_path

BORDER = 24.0
POLICY = (
    "default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
    "base-uri 'none'; form-action 'none'"
)

Section = Callable[[Project], str]
REPORT_SECTIONS: tuple[Section, ...] = (
    report.persona_section,
    report.registers_section,
    report.comments_section,
    report.health_section,
)


def text(value: str) -> str:
    return report.text(value)


def journey_svg(project: Project, journey: Journey, painter: SvgPainter) -> str:
    """The journey's map as the canvas draws it (without the editor's hints), each card a group."""
    index = CellIndex(journey)
    grid = compute_grid(journey.stages, journey.lanes, index.counts())
    persona = project.persona(journey.persona_id) if journey.persona_id else None
    face = map_face(project, journey, index, ScreenGeometry(grid, index), LIGHT)
    band = band_face(grid.band_rect(), journey, persona, LIGHT, editing=False)
    extent = bounds_of([*band, *face.grid, *face.stage_headers]) or grid.bounds
    box = (extent.x - BORDER, extent.y - BORDER, extent.width + 2 * BORDER, extent.height + 2 * BORDER)
    view = " ".join(f"{value:.1f}" for value in box)
    out = [
        f'<svg class="map-svg" viewBox="{view}" data-bounds="{view}" role="img" '
        f'aria-label="{attribute(f"Journey map: {journey.name}")}">',
        f'<rect class="paper" x="{box[0]:.1f}" y="{box[1]:.1f}" width="{box[2]:.1f}" height="{box[3]:.1f}" '
        f'fill="{LIGHT.canvas}"/>',
    ]
    painter.paint(band, out)
    painter.paint(face.grid, out)
    painter.paint(face.links, out)
    out.append('<g class="cards">')
    titles = {card.id: card.title for card in journey.cards}
    for card_id, card in face.card_faces.items():
        out.append(
            f'<g class="card" data-card="{attribute(card_id)}" tabindex="-1"><title>{text(titles[card_id])}</title>'
        )
        painter.paint(card, out)
        out.append("</g>")
    out.append("</g>")
    painter.paint(face.curve, out)
    painter.paint(face.lane_headers, out)
    painter.paint(face.stage_headers, out)
    out.append("</svg>")
    return "".join(out)


def html_page(project: Project, progress: Progress | None = None, today: dt.date | None = None) -> str:
    today = today or dt.date.today()
    painter = SvgPainter()
    maps = []
    for number, journey in enumerate(project.journeys):
        hidden = "" if number == 0 else " hidden"
        maps.append(
            f'<div class="map" id="map-{attribute(journey.id)}" data-journey="{attribute(journey.id)}"{hidden}>'
            f'<h2 class="print-only">{text(journey.name)}</h2>{journey_svg(project, journey, painter)}</div>'
        )
        report_progress(progress, number + 1, len(project.journeys) + 1)
    tabs = "".join(
        f'<button role="tab" data-journey="{attribute(journey.id)}" aria-selected="{str(number == 0).lower()}">'
        f'{text(journey.name)} <span class="state {journey.state.value}">{text(journey.state.label)}</span>'
        f'<span class="hits" hidden></span></button>'
        for number, journey in enumerate(project.journeys)
    )
    reports = "".join(section(project) for section in REPORT_SECTIONS)
    data = json.dumps(page_data(project), ensure_ascii=False, separators=(",", ":"))
    data = data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    meta = " · ".join(
        part for part in (project.author, project.organisation, f"Version {project.version}", today.isoformat()) if part
    )
    style = resource_path("html", "journeydesk.css").read_text(encoding="utf-8").replace("__FAMILY__", FAMILY)
    script = resource_path("html", "journeydesk.js").read_text(encoding="utf-8")
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{POLICY}">
<meta name="generator" content="JourneyDesk {__version__}">
<title>{text(project.title)}</title>
<style>
{font_faces(painter.characters)}
{style}
</style>
</head>
<body>
<svg class="symbols" aria-hidden="true"><defs>{painter.icon_symbols()}</defs></svg>
<header class="top">
<div class="brand"><h1>{text(project.title)}</h1><p class="meta">{text(meta)}</p></div>
<nav class="tabs" role="tablist" aria-label="Journeys">{tabs}</nav>
<div class="search"><input type="search" placeholder="Search cards" aria-label="Search cards" autocomplete="off">
<span class="count" aria-live="polite"></span></div>
</header>
<main>
<section class="viewer" aria-label="Journey map">
<div class="maps">{"".join(maps)}</div>
<div class="zoom" role="toolbar" aria-label="Zoom">
<button type="button" data-zoom="out" title="Zoom out (−)">−</button><span class="level">100%</span>
<button type="button" data-zoom="in" title="Zoom in (+)">+</button>
<button type="button" data-zoom="fit" title="Show the whole map (0)">Fit</button>
</div>
<aside class="details" hidden aria-live="polite"></aside>
<p class="hint">Drag to pan, scroll to zoom, click a card for its details.</p>
</section>
{reports}
</main>
<footer>Made with JourneyDesk {__version__} on {today.isoformat()}</footer>
<script type="application/json" id="journeydesk-data">{data}</script>
<script>
{script}
</script>
</body>
</html>
"""
    report_progress(progress, len(project.journeys) + 1, len(project.journeys) + 1)
    return page
