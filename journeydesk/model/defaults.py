"""What new objects look like before anyone edits them."""

from collections.abc import Sequence

from journeydesk.model.cards import CARD_CLASSES, Card
from journeydesk.model.enums import CardKind, LaneKind
from journeydesk.model.ids import new_id
from journeydesk.model.journey import Lane, Stage

# Stage colours, in the order the templates use them: distinct, calm, and readable under white text.
STAGE_PALETTE = ("#5b7bd5", "#3b9fc0", "#36a58a", "#7a9e3b", "#d99a2b", "#dc7048", "#c45a8a", "#8461c4", "#5f6b7a")

# The kind of card a lane receives when nothing else is said.
CARD_KIND_FOR_LANE = {
    LaneKind.TOUCHPOINTS: CardKind.TOUCHPOINT,
    LaneKind.PAIN_POINTS: CardKind.PAIN_POINT,
    LaneKind.IMPROVEMENTS: CardKind.IMPROVEMENT,
}


def next_stage_color(neighbours: Sequence[str]) -> str:
    """The first palette colour that neither neighbour uses."""
    return next((color for color in STAGE_PALETTE if color not in neighbours), STAGE_PALETTE[0])


def new_stage(neighbours: Sequence[Stage], name: str = "New stage") -> Stage:
    return Stage(id=new_id("stage"), name=name, color=next_stage_color([stage.color for stage in neighbours]))


def new_lane(kind: LaneKind = LaneKind.CUSTOM, name: str | None = None) -> Lane:
    default_name = "New lane" if kind is LaneKind.CUSTOM else kind.label
    return Lane(id=new_id("lane"), name=name or default_name, kind=kind)


def new_card(kind: CardKind, stage_id: str, lane_id: str, title: str = "") -> Card:
    card = CARD_CLASSES[kind](id=new_id("card"), kind=kind, stage_id=stage_id, lane_id=lane_id, title=title)
    return card  # type: ignore[return-value]  # CARD_CLASSES gives each kind its own member of Card


def card_kind_for(lane: Lane) -> CardKind:
    return CARD_KIND_FOR_LANE.get(lane.kind, CardKind.NOTE)
