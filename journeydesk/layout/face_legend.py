"""What the colours, faces and marks of a page mean, listing only what the page shows."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from journeydesk.layout import typography as type_size
from journeydesk.layout.face import Box, Ellipse, Face, Style, TextRole, bounds_of, line, text_line
from journeydesk.layout.face_card import ACCENT_WIDTH
from journeydesk.layout.fonts import FontStyle, text_width
from journeydesk.layout.geometry import Point, Rect
from journeydesk.layout.shapes import emotion_face, left_strip
from journeydesk.layout.theme import Theme
from journeydesk.model.cards import Card, PainPointCard, TouchpointCard
from journeydesk.model.enums import CardKind

ROW = 16.0
GAP = 18.0


@dataclass(frozen=True)
class LegendContent:
    kinds: tuple[CardKind, ...]
    severity: bool
    emotions: bool
    links: bool

    @property
    def empty(self) -> bool:
        return not (self.kinds or self.severity or self.emotions or self.links)


def legend_content(cards: Iterable[Card], curve: bool, links: bool) -> LegendContent:
    """What a page showing ``cards`` (and the emotion curve, and links) needs explained."""
    shown = list(cards)
    kinds = {card.kind for card in shown}
    return LegendContent(
        kinds=tuple(kind for kind in CardKind if kind in kinds),
        severity=any(isinstance(card, PainPointCard) and getattr(card, "severity", None) for card in shown),
        emotions=curve or any(isinstance(card, TouchpointCard) and card.emotion is not None for card in shown),
        links=links,
    )


def legend_face(
    content: LegendContent, origin: Point, theme: Theme, width: float | None = None, size: float = type_size.LEGEND
) -> Face:
    """Rows from ``origin`` (the top left of the last row), in map units; when ``width`` is given,
    entries that would pass it start a row above."""
    groups = _groups(content, theme, size)
    placed: list[tuple[int, float, Group]] = []
    row, x = 0, origin.x
    for group in groups:
        extent = _extent(group(0.0, 0.0))
        if width is not None and placed and x + extent > origin.x + width:
            row, x = row + 1, origin.x
        placed.append((row, x, group))
        x += extent + GAP
    rows = row + 1
    return [
        primitive
        for number, left, group in placed
        for primitive in group(left, origin.y - (rows - 1 - number) * (ROW + 4))
    ]


Group = Callable[[float, float], Face]


def _extent(face: Face) -> float:
    bounds = bounds_of(face)
    return bounds.right if bounds is not None else 0.0


def _groups(content: LegendContent, theme: Theme, size: float) -> list[Group]:
    def label(
        face: Face, text: str, x: float, top: float, font: FontStyle = FontStyle.REGULAR, color: str | None = None
    ) -> float:
        width = text_width(text, font, size)
        face.append(text_line(text, Rect(x, top, width + 1, ROW), font, size, color or theme.text, TextRole.LEGEND))
        return x + width

    def kind_entry(kind: CardKind) -> Group:
        def draw(x: float, top: float) -> Face:
            style = theme.cards[kind]
            swatch = Rect(x, top + 2, 22, ROW - 4)
            face: Face = [Box(swatch, Style(fill=style.fill, stroke=theme.card_border), 3)]
            face.append(left_strip(swatch, 3, ACCENT_WIDTH, Style(fill=style.accent)))
            label(face, kind.label, x + 28, top)
            return face

        return draw

    def severity(x: float, top: float) -> Face:
        face: Face = []
        x = label(face, "Severity", x, top, FontStyle.BOLD) + 6
        for number, color in enumerate(theme.severity, 1):
            face.append(Ellipse(Point(x + 4, top + ROW / 2), 4, 4, Style(fill=color)))
            x = label(face, str(number), x + 11, top, color=theme.muted_text) + 6
        return face

    def feeling(x: float, top: float) -> Face:
        face: Face = []
        x = label(face, "Feeling", x, top, FontStyle.BOLD) + 6
        for score in sorted(theme.emotion):
            face += emotion_face(Point(x + 7, top + ROW / 2), 7, score, theme.emotion[score], theme.on_colour)
            x = label(face, f"{score:+d}" if score else "0", x + 17, top, color=theme.muted_text) + 8
        return face

    def links(x: float, top: float) -> Face:
        accent = theme.cards[CardKind.IMPROVEMENT].accent
        face: Face = [
            line(Point(x, top + ROW / 2), Point(x + 22, top + ROW / 2), Style(stroke=accent, width=1.6)),
            Ellipse(Point(x + 22, top + ROW / 2), 3, 3, Style(fill=accent)),
        ]
        label(face, "An action addresses a pain point", x + 30, top)
        return face

    groups: list[Group] = [kind_entry(kind) for kind in content.kinds]
    groups += [
        group
        for shown, group in ((content.severity, severity), (content.emotions, feeling), (content.links, links))
        if shown
    ]
    return groups
