"""What a card says besides its title, in words, for the presenter."""

from journeydesk.layout.emotion import SCORE_LABELS
from journeydesk.model.cards import Card, ImprovementCard, PainPointCard, TouchpointCard


def card_facts(card: Card) -> str:
    if isinstance(card, TouchpointCard):
        feeling = SCORE_LABELS[card.emotion] if card.emotion is not None else ""
        return " · ".join(part for part in (card.channel_label, feeling) if part)
    if isinstance(card, PainPointCard):
        return f"Severity {card.severity} of 5"
    if isinstance(card, ImprovementCard):
        return " · ".join(
            part for part in (card.status.label, card.owner, f"impact {card.impact}, effort {card.effort}") if part
        )
    return ""
