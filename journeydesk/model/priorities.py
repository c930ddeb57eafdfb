"""The impact x effort matrix of improvement actions."""

from enum import Enum

from journeydesk.model.cards import ImprovementCard

HIGH_IMPACT_FROM = 3  # impact 3 or more counts as high
HIGH_EFFORT_FROM = 3  # effort 3 or more counts as high


class Quadrant(Enum):
    QUICK_WIN = ("Quick wins", "High impact, low effort: do these first.")
    MAJOR_PROJECT = ("Major projects", "High impact, high effort: plan them well.")
    FILL_IN = ("Fill-ins", "Low impact, low effort: when there is time.")
    THANKLESS = ("Thankless tasks", "Low impact, high effort: question them.")

    def __init__(self, label: str, advice: str) -> None:
        self.label = label
        self.advice = advice


UNRATED_LABEL = "Not rated"


def is_rated(action: ImprovementCard) -> bool:
    """Whether both impact and effort are known, so the action has a place on the matrix."""
    return action.impact is not None and action.effort is not None


def quadrant(action: ImprovementCard) -> Quadrant | None:
    """The action's quadrant; None while its impact or effort is not rated."""
    if action.impact is None or action.effort is None:
        return None
    high_impact, high_effort = action.impact >= HIGH_IMPACT_FROM, action.effort >= HIGH_EFFORT_FROM
    if high_impact:
        return Quadrant.MAJOR_PROJECT if high_effort else Quadrant.QUICK_WIN
    return Quadrant.THANKLESS if high_effort else Quadrant.FILL_IN


def quadrant_label(action: ImprovementCard) -> str:
    place = quadrant(action)
    return place.label if place is not None else UNRATED_LABEL


def priority(action: ImprovementCard) -> float:
    """A single figure to sort a backlog by: impact gained per effort spent (0 while not rated)."""
    if action.impact is None or action.effort is None:
        return 0.0
    return action.impact / action.effort
