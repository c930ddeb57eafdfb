"""What the page shows when a card is clicked: its fields in words, the cards it links to, and the
comment threads on it.

Data for the page's script, which sets every value as text (never as markup).
"""

from journeydesk.model.cards import Card, ImprovementCard, PainPointCard, TouchpointCard
from journeydesk.model.journey import Journey
from journeydesk.model.priorities import quadrant_label
from journeydesk.model.project import Project
from journeydesk.model.ratings import NOT_RATED

FEELINGS = {-2: "Very negative", -1: "Negative", 0: "Neutral", 1: "Positive", 2: "Very positive"}
CardData = dict[str, object]


def feeling(score: int | None) -> str:
    return "Not rated" if score is None else f"{FEELINGS[score]} ({score:+d})"


def out_of_five(rating: int | None) -> str:
    return NOT_RATED.capitalize() if rating is None else f"{rating} of 5"


def fields(card: Card) -> list[tuple[str, str]]:
    """The card's own facts as (label, value), in the order the inspector shows them."""
    if isinstance(card, TouchpointCard):
        return [("Channel", card.channel_label or "—"), ("Feeling", feeling(card.emotion))]
    if isinstance(card, PainPointCard):
        return [("Severity", out_of_five(card.severity))]
    if isinstance(card, ImprovementCard):
        return [
            ("Priority", quadrant_label(card)),
            ("Impact", out_of_five(card.impact)),
            ("Effort", out_of_five(card.effort)),
            ("Owner", card.owner or "—"),
            ("Status", card.status.label),
            ("Due", card.due.isoformat() if card.due else "—"),
        ]
    return []


def threads_on(journey: Journey, card_id: str) -> list[dict[str, object]]:
    """The card's comment threads, open ones first: each comment and reply as (author, time, text)."""
    threads = sorted((thread for thread in journey.comments if thread.target == card_id), key=lambda t: t.resolved)
    return [
        {
            "state": "Resolved" if thread.resolved else "Open",
            "messages": [
                [message.author, message.time.strftime("%d %b %Y %H:%M"), message.text] for message in thread.messages
            ],
        }
        for thread in threads
    ]


def journey_cards(journey: Journey) -> dict[str, CardData]:
    stages = {stage.id: stage.name for stage in journey.stages}
    lanes = {lane.id: lane.name for lane in journey.lanes}
    addressing = journey.actions_by_pain_point()
    result: dict[str, CardData] = {}
    for card in journey.cards:
        links: list[tuple[str, list[str]]] = []
        if isinstance(card, ImprovementCard) and card.addresses:
            links.append(("Addresses", list(card.addresses)))
        if isinstance(card, PainPointCard) and card.id in addressing:
            links.append(("Addressed by", [action.id for action in addressing[card.id]]))
        result[card.id] = {
            "journey": journey.id,
            "kind": card.kind.value,
            "kindLabel": "Improvement action" if isinstance(card, ImprovementCard) else card.kind.label,
            "title": card.title,
            "description": card.description,
            "stage": stages[card.stage_id],
            "lane": lanes[card.lane_id],
            "tags": list(card.tags),
            "fields": fields(card),
            "links": links,
            "comments": threads_on(journey, card.id) if journey.comments else [],
        }
    return result


def page_data(project: Project) -> dict[str, object]:
    cards: dict[str, CardData] = {}
    for journey in project.journeys:
        cards.update(journey_cards(journey))
    return {"cards": cards}
