"""Who walks the journey and in which situation: the persona's avatar, name, role and quote, the
journey's name and state, and its scenario. The editor's band shows prompts where something is
missing (marked for the editor only); a printed page leaves those parts out."""

from journeydesk.layout import typography as type_size
from journeydesk.layout.face import (
    Align,
    Box,
    Ellipse,
    Face,
    Image,
    Primitive,
    Style,
    TextRole,
    line,
    text_block,
    text_line,
)
from journeydesk.layout.face_card import pill
from journeydesk.layout.fonts import FontStyle, line_height, text_width
from journeydesk.layout.geometry import Point, Rect
from journeydesk.layout.theme import Theme
from journeydesk.model.journey import Journey
from journeydesk.model.project import Persona

AVATAR = 60.0
NO_PERSONA = "No persona yet: choose one for this journey in the inspector, with nothing selected."
NO_SCENARIO = "Describe the scenario: who does what, in which situation."


def initials(name: str) -> str:
    words = [word for word in name.split() if word[:1].isalpha()]
    return "".join(word[0] for word in words[:2]).upper() or "?"


def quoted(text: str) -> str:
    return "“" + text.strip().strip('“”"') + "”"


def avatar_face(rect: Rect, persona: Persona, ring: str) -> Face:
    """The persona's photo in a circle, or their initials on their colour, with a ring."""
    center, radius = rect.center, rect.width / 2
    face: Face
    if persona.photo is not None:
        face = [Image(rect, persona.photo.image_bytes())]
    else:
        size = rect.height * 0.32
        face = [
            Ellipse(center, radius, radius, Style(fill=persona.color)),
            text_line(initials(persona.name), rect, FontStyle.BOLD, size, "#ffffff", TextRole.HEADING, Align.CENTER),
        ]
    return [*face, Ellipse(center, radius - 1.25, radius - 1.25, Style(stroke=ring, width=2.5))]


def persona_block(area: Rect, persona: Persona, theme: Theme, name_color: str | None = None) -> Face:
    """Name in bold, role, and the quote in italics (two lines), from the top of ``area``."""
    text = name_color or theme.text
    name_height = line_height(type_size.HEADING)
    face: Face = [
        text_line(
            persona.name,
            Rect(area.x, area.y, area.width, name_height),
            FontStyle.BOLD,
            type_size.HEADING,
            text,
            TextRole.HEADING,
        )
    ]
    top = area.y + name_height
    if persona.role:
        box = Rect(area.x, top, area.width, 16)
        face.append(
            text_line(persona.role, box, FontStyle.REGULAR, type_size.DETAIL, theme.muted_text, TextRole.DETAIL)
        )
        top += 17
    if persona.quote:
        box = Rect(area.x, top, area.width, area.bottom - top)
        face += text_block(
            quoted(persona.quote), box, FontStyle.OBLIQUE, type_size.BODY, text, TextRole.BODY, max_lines=2
        )
    return face


def band_face(rect: Rect, journey: Journey, persona: Persona | None, theme: Theme, editing: bool = True) -> Face:
    """The band above the stages. Without ``editing`` (a picture of the map) a journey without a
    persona gives the whole band to its scenario instead of prompting for one."""
    area = Rect(rect.x, rect.y + 8, rect.width, rect.height - 18)
    face: Face = [Box(area, Style(fill=theme.grid_fill, stroke=theme.grid_line), 8)]
    left = area.x + 14
    if persona is None and not editing:
        scenario = Rect(left, area.y + 8, min(area.right - left - 14, 640.0), area.height - 16)
        return face + _scenario(scenario, journey, theme)
    persona_width = min(520.0, area.width * 0.45)
    if persona is not None:
        avatar = Rect(left, area.center.y - AVATAR / 2, AVATAR, AVATAR)
        face += avatar_face(avatar, persona, persona.color)
        face += persona_block(
            Rect(avatar.right + 14, area.y + 8, persona_width - AVATAR - 28, area.height - 16), persona, theme
        )
    else:
        hint = Rect(left, area.y, persona_width - 28, area.height)
        face += text_block(
            NO_PERSONA,
            hint,
            FontStyle.REGULAR,
            type_size.BODY,
            theme.muted_text,
            TextRole.HINT,
            editor=True,
            middle=True,
        )
    divider = left + persona_width
    face.append(line(Point(divider, area.y + 12), Point(divider, area.bottom - 12), Style(stroke=theme.grid_line)))
    scenario = Rect(divider + 16, area.y + 8, min(area.right - divider - 30, 640.0), area.height - 16)
    return face + _scenario(scenario, journey, theme)


def _scenario(area: Rect, journey: Journey, theme: Theme) -> list[Primitive]:
    state = journey.state.label
    badge_width = text_width(state.upper(), FontStyle.BOLD, type_size.CAPTION) + 12
    name_height = line_height(type_size.HEADING)
    title_box = Rect(area.x, area.y, area.width - badge_width - 10, name_height)
    title = text_line(journey.name, title_box, FontStyle.BOLD, type_size.HEADING, theme.text, TextRole.HEADING)
    face: list[Primitive] = [title]
    face += pill(
        state, Point(title.x + title.width + 10, area.y + (name_height - 14) / 2), theme.states[journey.state], theme
    )
    box = Rect(area.x, area.y + name_height + 2, area.width, area.height - name_height - 2)
    if journey.scenario.strip():
        face += text_block(journey.scenario, box, FontStyle.REGULAR, type_size.BODY, theme.text, TextRole.BODY)
    else:
        face += text_block(
            NO_SCENARIO, box, FontStyle.REGULAR, type_size.BODY, theme.muted_text, TextRole.HINT, editor=True
        )
    return face
