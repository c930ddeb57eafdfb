"""A printed page's title band, like a poster's: the project's title large, the journey and its state
with the scenario, the persona with photo, role and quote, and the deliverable's facts. What is
missing is left out, never announced. Sizes are in units at one unit to the point."""

import datetime as dt

from journeydesk.layout.face import Align, Box, Face, Style, TextRole, placed_lines, text_block, text_line
from journeydesk.layout.face_band import avatar_face, quoted
from journeydesk.layout.face_card import PILL_HEIGHT, pill
from journeydesk.layout.fonts import FontStyle, line_height, text_width
from journeydesk.layout.geometry import Point, Rect
from journeydesk.layout.text import wrap
from journeydesk.layout.theme import Theme
from journeydesk.model.journey import Journey
from journeydesk.model.project import Persona, Project

TITLE_SIZE = 25.0  # points
JOURNEY_SIZE = 13.0
TEXT_SIZE = 10.5
NAME_SIZE = 12.5
FACT_SIZE = 9.0
PADDING = 12.0
GUTTER = 24.0


def title_band_face(
    rect: Rect,
    project: Project,
    journey: Journey,
    persona: Persona | None,
    today: dt.date,
    theme: Theme,
    mark: str = "",
) -> Face:
    """The band in ``rect``; ``mark`` says where the page is in the map ("Stages 5–8 of 8")."""
    face: Face = [Box(rect, Style(fill=theme.band), 6)]
    inner = Rect(rect.x + PADDING + 4, rect.y + PADDING, rect.width - 2 * PADDING - 8, rect.height - 2 * PADDING)
    facts = [
        fact
        for fact in (mark, today.isoformat(), f"Version {project.version}", project.author, project.organisation)
        if fact
    ]
    widest = max(text_width(fact, FontStyle.REGULAR, FACT_SIZE) for fact in facts)
    facts_width = min(max(inner.width * 0.16, widest), inner.width * 0.3)
    room = inner.width - facts_width - GUTTER
    title = project.title or journey.name
    face += text_block(
        title,
        Rect(inner.x, inner.y, room, line_height(TITLE_SIZE)),
        FontStyle.BOLD,
        TITLE_SIZE,
        theme.on_band,
        TextRole.TITLE,
        max_lines=1,
    )
    lines = [line for fact in facts for line in wrap(fact, FontStyle.REGULAR, FACT_SIZE, facts_width, 2)]
    face += placed_lines(
        lines[:6],
        Rect(inner.right - facts_width, inner.y, facts_width, inner.height),
        FontStyle.REGULAR,
        FACT_SIZE,
        theme.on_band_muted,
        TextRole.MARK,
        Align.RIGHT,
    )
    row = Rect(
        inner.x, inner.y + line_height(TITLE_SIZE) + 3, room, inner.bottom - inner.y - line_height(TITLE_SIZE) - 3
    )
    journey_width = row.width * (0.5 if persona is not None else 1.0)
    face += _journey_block(Rect(row.x, row.y, journey_width - GUTTER / 2, row.height), project, journey, theme)
    if persona is not None:
        face += _persona_block(
            Rect(row.x + journey_width + GUTTER / 2, row.y, row.width - journey_width - GUTTER / 2, row.height),
            persona,
            theme,
        )
    return face


def _journey_block(area: Rect, project: Project, journey: Journey, theme: Theme) -> Face:
    face: Face = []
    top = area.y
    if project.title and journey.name:
        state_width = text_width(journey.state.label.upper(), FontStyle.BOLD, 10.4) + 24
        name = text_line(
            journey.name,
            Rect(area.x, top, area.width - state_width, line_height(JOURNEY_SIZE)),
            FontStyle.BOLD,
            JOURNEY_SIZE,
            theme.on_band,
            TextRole.HEADING,
        )
        face.append(name)
        face += pill(
            journey.state.label,
            Point(name.x + name.width + 10, top + (line_height(JOURNEY_SIZE) - PILL_HEIGHT) / 2),
            theme.states[journey.state],
            theme,
        )
        top += line_height(JOURNEY_SIZE) + 1
    if journey.scenario.strip() and area.bottom - top >= line_height(TEXT_SIZE):
        box = Rect(area.x, top, area.width, area.bottom - top)
        face += text_block(journey.scenario, box, FontStyle.REGULAR, TEXT_SIZE, theme.on_band_muted, TextRole.BODY)
    return face


def _persona_block(area: Rect, persona: Persona, theme: Theme) -> Face:
    side = min(area.height, 44.0)
    photo = Rect(area.x, area.y + (area.height - side) / 2, side, side)
    face = avatar_face(photo, persona, theme.on_band)
    left = photo.right + 12
    width = area.right - left
    name = text_line(
        persona.name,
        Rect(left, area.y, width, line_height(NAME_SIZE)),
        FontStyle.BOLD,
        NAME_SIZE,
        theme.on_band,
        TextRole.HEADING,
    )
    face.append(name)
    if persona.role:
        role_left = name.x + name.width + 10
        role_box = Rect(role_left, area.y + 1, area.right - role_left, line_height(NAME_SIZE))
        if role_box.width > 40:
            face.append(
                text_line(persona.role, role_box, FontStyle.REGULAR, TEXT_SIZE, theme.on_band_muted, TextRole.DETAIL)
            )
    top = area.y + line_height(NAME_SIZE) + 1
    if persona.quote.strip() and area.bottom - top >= line_height(TEXT_SIZE):
        box = Rect(left, top, width, area.bottom - top)
        face += text_block(quoted(persona.quote), box, FontStyle.OBLIQUE, TEXT_SIZE, theme.on_band, TextRole.BODY)
    return face
