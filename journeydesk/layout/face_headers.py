"""The faces around the cells: numbered stage chevrons, lane labels (with the emotion scale) and
the corner with the journey's name."""

from collections.abc import Sequence

from journeydesk.layout import typography as type_size
from journeydesk.layout.colors import darker
from journeydesk.layout.emotion import SCORE_LABELS, SCORES, EmotionScale
from journeydesk.layout.face import Align, Box, Ellipse, Face, Icon, Style, Text, TextRole, line, text_block, text_line
from journeydesk.layout.face_card import Badge, badge_height, badge_pills
from journeydesk.layout.fonts import FontStyle, line_height, text_width
from journeydesk.layout.geometry import Point, Rect
from journeydesk.layout.shapes import chevron
from journeydesk.layout.theme import Theme
from journeydesk.model.enums import LaneKind
from journeydesk.model.journey import Lane, Stage

CHEVRON_TIP = 14.0
NUMBER_RADIUS = 11.0
LANE_ICON = 18.0
LANE_TEXT_LEFT = 42.0
LANE_NAME_TOP = 12.0


def stage_header_face(
    rect: Rect,
    stage: Stage,
    number: int,
    theme: Theme,
    name_size: float = type_size.STAGE_NAME,
    badges: Sequence[Badge] = (),
) -> Face:
    """A chevron in the stage's colour with its number in a disc and its name (larger far out on
    screen: ``name_size``); ``badges`` (on screen: its open comment threads) sit on its top edge at
    the right, as on a card, within the header (which stays in sight at the top of the map) and
    clear of the name."""
    inner = Rect(rect.x + 1.5, rect.y + 4, rect.width - 3, rect.height - 8)
    badge = Point(inner.x + (CHEVRON_TIP if number > 1 else 8) + 6 + NUMBER_RADIUS, inner.center.y)
    number_box = Rect(badge.x - NUMBER_RADIUS, badge.y - NUMBER_RADIUS, 2 * NUMBER_RADIUS, 2 * NUMBER_RADIUS)
    left = badge.x + NUMBER_RADIUS + 8
    name_box = Rect(left, inner.y, inner.right - CHEVRON_TIP - 4 - left, inner.height)
    pills = badge_pills(badges, inner.right - CHEVRON_TIP - 4, rect.y + badge_height() / 2, theme)
    return [
        chevron(inner, CHEVRON_TIP, number > 1, Style(fill=stage.color)),
        Ellipse(badge, NUMBER_RADIUS, NUMBER_RADIUS, Style(fill=theme.on_colour, opacity=0.92)),
        text_line(
            str(number),
            number_box,
            FontStyle.BOLD,
            type_size.STAGE_NUMBER,
            darker(stage.color),
            TextRole.STAGE,
            Align.CENTER,
        ),
        text_line(stage.name, name_box, FontStyle.BOLD, name_size, theme.on_colour, TextRole.STAGE),
        *pills,
    ]


def lane_header_face(
    rect: Rect, lane: Lane, theme: Theme, scale: EmotionScale | None = None, show_kind: bool = True
) -> Face:
    """The lane's icon, its name in bold (up to three lines), its kind when the name is another (and
    ``show_kind``), and for the emotion lane the scale's labels, right-aligned at their heights."""
    face: Face = [
        Box(rect, Style(fill=theme.header_fill)),
        line(Point(rect.x, rect.bottom), Point(rect.right, rect.bottom), Style(stroke=theme.grid_line)),
        Icon(f"lane-{lane.kind.value}", Rect(rect.x + 14, rect.y + 13, LANE_ICON, LANE_ICON), theme.muted_text),
    ]
    width = rect.width - LANE_TEXT_LEFT - 10
    shown_scale = scale if lane.kind is LaneKind.EMOTIONS else None
    if shown_scale is not None:  # room on the right for the scale's numbers beside the name
        width -= text_width(_scale_label(2, short=True), FontStyle.REGULAR, type_size.SCALE) + 8
    names = text_block(
        lane.name,
        Rect(rect.x + LANE_TEXT_LEFT, rect.y + LANE_NAME_TOP, width, 3 * line_height(type_size.LANE_NAME)),
        FontStyle.BOLD,
        type_size.LANE_NAME,
        theme.text,
        TextRole.LANE,
    )
    face += names
    text_bottom = rect.y + 14 + len(names) * line_height(type_size.LANE_NAME)
    if show_kind and lane.name.strip().casefold() != lane.kind.label.casefold():
        kind_box = Rect(rect.x + LANE_TEXT_LEFT, text_bottom, width, 14)
        face.append(
            text_line(
                lane.kind.label, kind_box, FontStyle.REGULAR, type_size.LANE_KIND, theme.muted_text, TextRole.DETAIL
            )
        )
        text_bottom = kind_box.bottom
    if shown_scale is not None:
        texts = [item for item in face if isinstance(item, Text)]
        text_right = max(item.x + text_width(item.text, item.font, item.size) for item in texts)
        face += scale_labels(
            rect, shown_scale, theme, beside=Rect(rect.x, rect.y, text_right - rect.x, text_bottom - rect.y)
        )
    return face


def lane_header_gist_face(rect: Rect, lane: Lane, theme: Theme) -> Face:
    """The lane far out on screen: its name alone, in large type across the header (up to three lines)."""
    size = type_size.GIST
    box = Rect(rect.x + 14, rect.y + LANE_NAME_TOP, rect.width - 22, min(3 * line_height(size), rect.height - 20))
    return [
        Box(rect, Style(fill=theme.header_fill)),
        line(Point(rect.x, rect.bottom), Point(rect.right, rect.bottom), Style(stroke=theme.grid_line)),
        *text_block(lane.name, box, FontStyle.BOLD, size, theme.text, TextRole.LANE),
    ]


def scale_labels(rect: Rect, scale: EmotionScale, theme: Theme, beside: Rect | None = None) -> Face:
    """ "Delighted +2" down to "Frustrated -2", right-aligned in ``rect`` at the scale's heights; a
    label that would run into the lane's name (``beside``) keeps only its number."""

    def label(score: int) -> str:
        full = _scale_label(score)
        top = scale.y(score) - 8
        if beside is None or top >= beside.bottom or top + 16 <= beside.y:
            return full
        room = rect.right - 8 - beside.right - 6
        return full if text_width(full, FontStyle.REGULAR, type_size.SCALE) <= room else _scale_label(score, short=True)

    return [
        text_line(
            label(score),
            Rect(rect.x, scale.y(score) - 8, rect.width - 8, 16),
            FontStyle.REGULAR,
            type_size.SCALE,
            theme.emotion[score],
            TextRole.SCALE,
            Align.RIGHT,
        )
        for score in SCORES
    ]


def _scale_label(score: int, short: bool = False) -> str:
    number = f"{score:+d}" if score else "0"
    return number if short else f"{SCORE_LABELS[score]}  {number}"


def corner_face(rect: Rect, title: str, theme: Theme) -> Face:
    """The top-left corner above the lane labels: the journey's name."""
    inner = Rect(rect.x + 10, rect.y + 6, rect.width - 18, rect.height - 12)
    return [
        Box(rect, Style(fill=theme.canvas)),
        *text_block(
            title,
            inner,
            FontStyle.BOLD,
            type_size.LANE_NAME,
            theme.muted_text,
            TextRole.HEADING,
            max_lines=2,
            middle=True,
        ),
    ]
