"""Current and future state: deriving a future state, and what it changes."""

import re
from collections.abc import Collection
from dataclasses import dataclass

from journeydesk.model.cards import ImprovementCard, PainPointCard
from journeydesk.model.enums import JourneyState
from journeydesk.model.ids import new_id
from journeydesk.model.journey import Journey
from journeydesk.model.types import NAME_MAX
from journeydesk.model.words import count, numbered

CURRENT_STATE = re.compile("current state", re.IGNORECASE)
FUTURE_STATE = re.compile("future state", re.IGNORECASE)


def future_name(name: str, taken: Collection[str] = ()) -> str:
    """The future state's name: "Current state" becomes "Future state", "Buying (current state)"
    becomes "Buying (future state)", any other name gains " (future state)". A name ``taken`` already
    is numbered: "Future state 2", "Buying (future state 3)"."""
    stem = name.strip()[: NAME_MAX - len(" (future state 99)")]
    if CURRENT_STATE.search(stem):
        stem = CURRENT_STATE.sub(lambda found: _like(found.group(), "future state"), stem)
    else:
        stem = f"{stem} (future state)" if stem else "Future state"
    return numbered(stem, taken, at=list(FUTURE_STATE.finditer(stem))[-1].end())


def _like(model: str, text: str) -> str:
    """``text`` in the capitals of ``model`` ("Current state" -> "Future state")."""
    if model.isupper():
        return text.upper()
    return text[:1].upper() + text[1:] if model[:1].isupper() else text


def future_state_of(journey: Journey, taken_names: Collection[str] = ()) -> Journey:
    """A copy of ``journey`` as its future state, under fresh ids, named apart from ``taken_names``.

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
    future.id = new_id("journey")
    future.name = future_name(journey.name, taken_names)
    future.state = JourneyState.FUTURE
    future.based_on = journey.id
    future.overlay_journey_id = journey.id
    future.dismissed = []
    future.votes = []  # a vote was about the current state: the future one gets its own
    future.comments = []  # and so was the conversation
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


def outcome_summary(outcomes: list[PainPointOutcome]) -> str:
    """What the future state does to the current pain points, in a sentence."""
    if not outcomes:
        return "The current state has no pain points to compare."
    resolved = sum(1 for outcome in outcomes if outcome.resolved)
    eased = sum(1 for outcome in outcomes if outcome.label.startswith("Eased"))
    return f"Of {count(len(outcomes), 'pain point')}, the future state resolves {resolved} and eases {eased}."
