"""What a card shows and where, independent of what draws it (the canvas or the PDF)."""

from journeydesk.model.cards import Card, TouchpointCard
from journeydesk.model.enums import CardKind

RADIUS = 6.0
ACCENT_WIDTH = 4.0
PADDING = 10.0
TOP_ROW = 22.0  # the caption row: icon, kind or channel, badge
CONTENT_LEFT = ACCENT_WIDTH + PADDING - 2
ICON_SIZE = 14.0
FOOTER = 18.0  # an improvement action's status and owner row
TITLE_SIZE = 9.0  # points at 100%
CAPTION_SIZE = 7.0


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
    return TOP_ROW + 2 if has_caption(card) else 8.0


def title_height(card: Card, card_height: float) -> float:
    """The room the title has, below the caption and above any footer."""
    footer = FOOTER if card.kind is CardKind.IMPROVEMENT else 0.0
    return card_height - title_top(card) - 6 - footer
