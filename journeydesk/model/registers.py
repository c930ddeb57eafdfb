"""The two registers every deliverable prints: pain points with the actions addressing them, and the
improvement backlog with the pain points each action addresses, in one agreed order."""

from dataclasses import dataclass

from journeydesk.model.cards import ImprovementCard, PainPointCard
from journeydesk.model.journey import Journey
from journeydesk.model.priorities import Quadrant, priority, quadrant
from journeydesk.model.project import Project
from journeydesk.model.votes import votes_by_card


@dataclass(frozen=True)
class PainPointEntry:
    journey: Journey
    pain: PainPointCard
    stage: str  # the stage's name
    actions: list[ImprovementCard]
    votes: int  # dots from the journey's ended votes


@dataclass(frozen=True)
class ActionEntry:
    journey: Journey
    action: ImprovementCard
    stage: str
    quadrant: Quadrant | None  # None: impact or effort not rated
    pain_points: list[PainPointCard]
    votes: int


def has_votes(project: Project) -> bool:
    """Whether any ended vote put a dot on a card: only then do deliverables give votes a column."""
    return any(votes_by_card(journey.votes) for journey in project.journeys)


def pain_point_register(project: Project) -> list[PainPointEntry]:
    """Every pain point of every journey, most severe first, the ones not rated last, else in map order."""
    entries = []
    for journey in project.journeys:
        stages = {stage.id: stage.name for stage in journey.stages}
        addressing = journey.actions_by_pain_point()
        votes = votes_by_card(journey.votes)
        entries += [
            PainPointEntry(journey, pain, stages[pain.stage_id], addressing.get(pain.id, []), votes[pain.id])
            for pain in journey.pain_points()
        ]
    return sorted(entries, key=lambda entry: -(entry.pain.severity or 0))


def action_backlog(project: Project) -> list[ActionEntry]:
    """Every improvement action: quick wins, major projects, fill-ins, thankless tasks, then those not
    rated; within each the most impact per effort first, then the most impact."""
    order = {kind: number for number, kind in enumerate(Quadrant)}
    entries = []
    for journey in project.journeys:
        stages = {stage.id: stage.name for stage in journey.stages}
        pains = {pain.id: pain for pain in journey.pain_points()}
        votes = votes_by_card(journey.votes)
        entries += [
            ActionEntry(
                journey,
                action,
                stages[action.stage_id],
                quadrant(action),
                [pains[target] for target in action.addresses],
                votes[action.id],
            )
            for action in journey.improvements()
        ]
    return sorted(
        entries,
        key=lambda entry: (
            order[entry.quadrant] if entry.quadrant else len(order),
            -priority(entry.action),
            -(entry.action.impact or 0),
        ),
    )
