"""The connector from an improvement action to each pain point it addresses."""

from journeydesk.layout.face import Ellipse, Face, Path, Style
from journeydesk.layout.geometry import Rect
from journeydesk.layout.links import connector
from journeydesk.layout.theme import Theme
from journeydesk.model.enums import CardKind

FAINT = 0.45


def link_face(source: Rect, target: Rect, theme: Theme, strong: bool = False) -> Face:
    """A curve between the facing edges of the two cards, ending in a dot at the pain point; drawn
    fainter unless ``strong`` (one of its cards is selected)."""
    color = theme.cards[CardKind.IMPROVEMENT].accent
    opacity = 1.0 if strong else FAINT
    start, first, second, end = connector(source, target)
    curve = Path(
        (("M", start.x, start.y), ("C", first.x, first.y, second.x, second.y, end.x, end.y)),
        Style(stroke=color, width=2.4 if strong else 1.4, opacity=opacity, round_cap=True),
    )
    return [curve, Ellipse(end, 3, 3, Style(fill=color, opacity=opacity))]
