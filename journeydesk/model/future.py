"""Current and future state: deriving a future state, and what it changes."""

from dataclasses import dataclass

from journeydesk.model.cards import ImprovementCard, PainPointCard
from journeydesk.model.enums import JourneyState
from journeydesk.model.ids import new_id
from journeydesk.model.journey import Journey
from journeydesk.model.types import NAME_MAX

FUTURE_SUFFIX = " (future state)"


def future_state_of(journey: Journey) -> Journey:
    """A copy of ``journey`` as its future state, under fresh ids.

    Every stage and card names its original in ``origin_id``; links between the copied cards follow
    the copies. The future state overlays the current emotion curve, to show the difference.
    """
    future = journey.model_copy(deep=True)
    fresh: dict[str, str] = {}
    for stage in future.stages:
        fresh[stage.id] = new_id("stage")
        stage.origin_id, stage.id = stage.id, fresh[stage.id]
    for lane in future.lanes:
        fresh[lane.id] = new_id("lane")
        lane.id = fresh[lane.id]
    for card in future.cards:
        fresh[card.id] = new_id("card")
        card.origin_id, card.id = card.id, fresh[card.id]
        card.stage_id, card.lane_id = fresh[card.stage_id], fresh[card.lane_id]
    for card in future.cards:
        if isinstance(card, ImprovementCard):
            card.addresses = [fresh[target] for target in card.addresses]
    base_name = journey.name.removesuffix(" (current state)")
    future.id = new_id("journey")
    future.name = (base_name + FUTURE_SUFFIX)[:NAME_MAX]
    future.state = JourneyState.FUTURE
    future.based_on = journey.id
    future.overlay_journey_id = journey.id
    future.dismissed = []
    return future


@dataclass(frozen=True)
class PainPointOutcome:
    """What became of a current pain point in the future state."""

    pain_point: PainPointCard
    future: PainPointCard | None  # its copy in the future state, if it is still there

    @property
    def resolved(self) -> bool:
        return self.future is None

    @property
    def label(self) -> str:
        if self.future is None:
            return "Resolved"
        before, after = self.pain_point.severity, self.future.severity
        if before is None or after is None:
            return "Still there"
        if after < before:
            return f"Eased ({before} → {after})"
        if after > before:
            return f"Worse ({before} → {after})"
        return "Still there"


def pain_point_outcomes(current: Journey, future: Journey) -> list[PainPointOutcome]:
    """For each pain point of ``current``, its copy in ``future`` (matched by origin), if any."""
    copies = {card.origin_id: card for card in future.pain_points() if card.origin_id}
    return [PainPointOutcome(pain, copies.get(pain.id)) for pain in current.pain_points()]
