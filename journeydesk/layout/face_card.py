"""A card's face: its body in the kind's colours, the caption row (icon, kind or channel, rating badge),
the title, an action's status (its shape and name) and owner, and optional badges such as vote or
comment counts. Far out on screen a card shows its gist instead: the kind's shape and the title's
first words in large type."""

from collections.abc import Sequence
from dataclasses import dataclass

from journeydesk.layout import typography as type_size
from journeydesk.layout.face import (
    Align,
    Box,
    Ellipse,
    Face,
    Icon,
    Primitive,
    Style,
    TextRole,
    line,
    text_block,
    text_line,
)
from journeydesk.layout.fonts import FontStyle, line_height, text_width
from journeydesk.layout.geometry import Point, Rect
from journeydesk.layout.shapes import emotion_face, left_strip
from journeydesk.layout.text import count_lines
from journeydesk.layout.theme import KindStyle, Theme, ink_on
from journeydesk.model.cards import Card, ImprovementCard, PainPointCard, TouchpointCard
from journeydesk.model.enums import CardKind
from journeydesk.model.ratings import NOT_RATED, impact_effort_text

RADIUS = 6.0
ACCENT_WIDTH = 4.0
PADDING = 10.0
CONTENT_LEFT = ACCENT_WIDTH + PADDING - 2
TOP_ROW = 20.0  # the caption row: icon, kind or channel, badge
ICON_SIZE = 14.0
TITLE_GAP = 2.0  # between the caption row and the title
NOTE_TOP = 7.0
BOTTOM = 6.0
FOOTER = 17.0  # an improvement action's status and owner row
KNOB_RADIUS = 7.5  # the handle on an improvement action's right edge: drag it onto a pain point
DOT_RADIUS, DOT_GAP = 3.2, 3.0
FACE_RADIUS = 7.0
PILL_HEIGHT = 14.0
GIST_LINES = 2


@dataclass(frozen=True)
class Badge:
    """A count or mark pinned to a card's top edge (votes, comments), right to left; the last
    primitives of the card's face, :data:`BADGE_PRIMITIVES` each."""

    label: str
    color: str


BADGE_PRIMITIVES = 2  # its pill and its label
COMMENT_MARK = "✎"  # before the count of a card's open comment threads


def badge_height(size: float = type_size.BADGE) -> float:
    """A badge's pill for text of ``size``: it reaches half of this above the card."""
    return size * PILL_HEIGHT / type_size.CAPTION


def caption(card: Card) -> str:
    """The small capitals at the top: the channel of a touchpoint, else the kind."""
    if isinstance(card, TouchpointCard) and card.channel is not None:
        return card.channel_label
    return "Action" if card.kind is CardKind.IMPROVEMENT else card.kind.label


def icon_name(card: Card) -> str:
    if isinstance(card, TouchpointCard) and card.channel is not None:
        return f"channel-{card.channel.value}"
    return f"card-{card.kind.value}"


def has_caption(card: Card) -> bool:
    """A note is told by its colour and needs the room for text."""
    return card.kind is not CardKind.NOTE


def title_top(card: Card) -> float:
    return TOP_ROW + TITLE_GAP if has_caption(card) else NOTE_TOP


def footer_height(card: Card) -> float:
    return FOOTER if card.kind is CardKind.IMPROVEMENT else 0.0


def title_width(card_width: float) -> float:
    return card_width - CONTENT_LEFT - PADDING


def content_height(card: Card, width: float, max_lines: int | None = None) -> float:
    """The height a card of ``width`` needs to show its whole title (at most ``max_lines`` lines)."""
    lines = count_lines(card.title, FontStyle.REGULAR, type_size.CARD_TITLE, title_width(width))
    lines = max(1, lines if max_lines is None else min(lines, max_lines))
    return title_top(card) + lines * line_height(type_size.CARD_TITLE) + BOTTOM + footer_height(card)


def card_face(card: Card, rect: Rect, theme: Theme, badges: Sequence[Badge] = (), plain: bool = False) -> Face:
    """The card drawn in ``rect``. ``plain`` is for sizes too small to read: the coloured body and the
    title on one line (kept, so the text can still be searched)."""
    style = theme.cards[card.kind]
    if plain:
        return _plain_face(card, rect, style, theme)
    face: Face = [
        Box(rect, Style(fill=style.fill, stroke=theme.card_border, width=1.0), RADIUS),
        left_strip(rect, RADIUS, ACCENT_WIDTH, Style(fill=style.accent)),
    ]
    badges_right = rect.right - PADDING
    if has_caption(card):
        row, rating_width = _caption_row(card, rect, style, theme)
        face += row
        badges_right -= rating_width + 6 if rating_width else 0  # clear of the rating below them
    face += _title(card, rect, theme)
    if isinstance(card, ImprovementCard):
        face += _action_footer(card, rect, theme)
        face += _knob(rect, style, theme)
    face += badge_pills(badges, badges_right, rect.y, theme)
    return face


def gist_face(card: Card, rect: Rect, theme: Theme, badges: Sequence[Badge] = ()) -> Face:
    """The card where its own text would be too small to read on screen: its body, the kind's shape
    and the first words of its title in large type, with its badges at that size in its top row."""
    style, size = theme.cards[card.kind], type_size.GIST
    row = Rect(rect.x + CONTENT_LEFT, rect.y + NOTE_TOP, title_width(rect.width), line_height(size))
    marks = badge_pills(badges, row.right, row.center.y, theme, size)
    words_right = min((mark.bounds.x - 4 for mark in marks), default=row.right)
    glyph_width = text_width(theme.kinds[card.kind].glyph + " ", FontStyle.BOLD, size)
    words = Rect(row.x + glyph_width, row.y, words_right - row.x - glyph_width, rect.bottom - BOTTOM - row.y)
    return [
        Box(rect, Style(fill=style.fill, stroke=theme.card_border, width=1.0), RADIUS),
        left_strip(rect, RADIUS, ACCENT_WIDTH, Style(fill=style.accent)),
        text_line(theme.kinds[card.kind].glyph, row, FontStyle.BOLD, size, style.label, TextRole.CAPTION),
        *text_block(card.title, words, FontStyle.REGULAR, size, theme.text, TextRole.BODY, max_lines=GIST_LINES),
        *marks,
    ]


def _plain_face(card: Card, rect: Rect, style: KindStyle, theme: Theme) -> Face:
    face: Face = [
        Box(rect, Style(fill=style.fill)),
        Box(Rect(rect.x, rect.y, ACCENT_WIDTH, rect.height), Style(fill=style.accent)),
    ]
    if card.title.strip():
        box = Rect(rect.x + CONTENT_LEFT, rect.y + NOTE_TOP, title_width(rect.width), line_height(type_size.CARD_TITLE))
        face.append(text_line(card.title, box, FontStyle.REGULAR, type_size.CARD_TITLE, theme.text, TextRole.BODY))
    return face


def _caption_row(card: Card, rect: Rect, style: KindStyle, theme: Theme) -> tuple[list[Primitive], float]:
    """The icon, the kind or channel, and the rating badge at the right; with the badge's width."""
    left = rect.x + CONTENT_LEFT
    badge, badge_width = _rating_badge(card, Point(rect.right - PADDING, rect.y + 13), theme)
    caption_box = Rect(
        left + ICON_SIZE + 5, rect.y + 5, rect.right - PADDING - badge_width - 6 - left - ICON_SIZE - 5, 16
    )
    return [
        Icon(icon_name(card), Rect(left, rect.y + 6, ICON_SIZE, ICON_SIZE), style.accent),
        text_line(caption(card).upper(), caption_box, FontStyle.BOLD, type_size.CAPTION, style.label, TextRole.CAPTION),
        *badge,
    ], badge_width


def _rating_badge(card: Card, right_middle: Point, theme: Theme) -> tuple[list[Primitive], float]:
    """The kind's badge, right-aligned at ``right_middle``, and its width."""
    right, middle = right_middle
    if isinstance(card, PainPointCard):
        severity = card.severity
        if severity is None:
            return _detail_text(NOT_RATED, right, middle, theme)
        width = 5 * 2 * DOT_RADIUS + 4 * DOT_GAP
        dots: list[Primitive] = [
            Ellipse(
                Point(right - width + DOT_RADIUS + dot * (2 * DOT_RADIUS + DOT_GAP), middle),
                DOT_RADIUS,
                DOT_RADIUS,
                Style(fill=theme.severity[severity - 1] if dot < severity else theme.unrated),
            )
            for dot in range(5)
        ]
        return dots, width
    if isinstance(card, TouchpointCard) and card.emotion is not None:
        center = Point(right - FACE_RADIUS, middle)
        return emotion_face(
            center, FACE_RADIUS, card.emotion, theme.emotion[card.emotion], theme.on_colour
        ), 2 * FACE_RADIUS
    if isinstance(card, ImprovementCard):
        return _detail_text(impact_effort_text(card.impact, card.effort), right, middle, theme)
    return [], 0.0


def _detail_text(text: str, right: float, middle: float, theme: Theme) -> tuple[list[Primitive], float]:
    width = text_width(text, FontStyle.BOLD, type_size.DETAIL)
    box = Rect(right - width, middle - 8, width, 16)
    return [
        text_line(text, box, FontStyle.BOLD, type_size.DETAIL, theme.muted_text, TextRole.DETAIL, Align.RIGHT)
    ], width


def _title(card: Card, rect: Rect, theme: Theme) -> list[Primitive]:
    top = rect.y + title_top(card)
    box = Rect(rect.x + CONTENT_LEFT, top, title_width(rect.width), rect.bottom - BOTTOM - footer_height(card) - top)
    if card.title.strip():
        return [*text_block(card.title, box, FontStyle.REGULAR, type_size.CARD_TITLE, theme.text, TextRole.BODY)]
    hint = f"New {card.kind.label.lower()}"
    return [
        *text_block(hint, box, FontStyle.REGULAR, type_size.CARD_TITLE, theme.muted_text, TextRole.HINT, editor=True)
    ]


def _action_footer(card: ImprovementCard, rect: Rect, theme: Theme) -> list[Primitive]:
    left, bottom = rect.x + CONTENT_LEFT, rect.bottom - BOTTOM
    mark = theme.statuses[card.status]
    face: list[Primitive] = pill(
        f"{mark.glyph} {card.status.label}", Point(left, bottom - PILL_HEIGHT), mark.color, theme
    )
    pill_width = face[0].bounds.width
    if card.owner:
        owner_left = left + pill_width + 6
        box = Rect(owner_left, bottom - PILL_HEIGHT, rect.right - PADDING - owner_left, PILL_HEIGHT)
        face.append(
            text_line(
                card.owner, box, FontStyle.REGULAR, type_size.DETAIL, theme.muted_text, TextRole.DETAIL, Align.RIGHT
            )
        )
    return face


def pill(label: str, top_left: Point, color: str, theme: Theme) -> list[Primitive]:
    """A rounded label in small capitals on ``color``, in dark or white ink, whichever reads better."""
    text = label.upper()
    width = text_width(text, FontStyle.BOLD, type_size.CAPTION) + 12
    rect = Rect(top_left.x, top_left.y, width, PILL_HEIGHT)
    return [
        Box(rect, Style(fill=color), PILL_HEIGHT / 2),
        text_line(text, rect, FontStyle.BOLD, type_size.CAPTION, ink_on(color), TextRole.CAPTION, Align.CENTER),
    ]


def _knob(rect: Rect, style: KindStyle, theme: Theme) -> list[Primitive]:
    """The + handle on the right edge (for the editor only), on the grid's ground."""
    center = Point(rect.right, rect.center.y)
    pen = Style(stroke=style.accent, width=1.6, round_cap=True)
    return [
        Ellipse(
            center, KNOB_RADIUS, KNOB_RADIUS, Style(fill=theme.grid_fill, stroke=style.accent, width=1.6), editor=True
        ),
        line(Point(center.x - 3.2, center.y), Point(center.x + 3.2, center.y), pen, editor=True),
        line(Point(center.x, center.y - 3.2), Point(center.x, center.y + 3.2), pen, editor=True),
    ]


def badge_pills(
    badges: Sequence[Badge], right: float, middle: float, theme: Theme, size: float = type_size.BADGE
) -> list[Primitive]:
    """Pills laid right to left from ``right``, centred on ``middle`` (a card's or a stage header's
    top edge), each in dark or white ink, whichever reads better on its colour."""
    face: list[Primitive] = []
    height = badge_height(size)
    for badge in badges:
        width = max(height, text_width(badge.label, FontStyle.BOLD, size) + height * 0.7)
        box = Rect(right - width, middle - height / 2, width, height)
        face += [
            Box(box, Style(fill=badge.color, stroke=theme.paper, width=1.5), height / 2),
            text_line(badge.label, box, FontStyle.BOLD, size, ink_on(badge.color), TextRole.CAPTION, Align.CENTER),
        ]
        right -= width + 4
    return face
