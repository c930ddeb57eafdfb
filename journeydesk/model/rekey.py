"""Copies of model objects under fresh ids, with every reference following its object."""

from journeydesk.model.cards import ImprovementCard
from journeydesk.model.ids import new_id
from journeydesk.model.project import Project


def with_fresh_ids(project: Project) -> Project:
    """A deep copy of ``project`` in which every object has a new id.

    Used when a project is made from a template, so two projects never share ids.
    """
    copy = project.model_copy(deep=True)
    fresh = {obj.id: new_id(type(obj).id_prefix) for _, obj in copy.walk()}  # type: ignore[attr-defined]  # walk() yields models that all carry an id
    for _, obj in copy.walk():
        obj.id = fresh[obj.id]  # type: ignore[attr-defined]  # walk() yields models that all carry an id
    for journey in copy.journeys:
        for field in ("persona_id", "based_on", "overlay_journey_id"):
            if getattr(journey, field) is not None:
                setattr(journey, field, fresh[getattr(journey, field)])
        for stage in journey.stages:
            if stage.origin_id is not None:
                stage.origin_id = fresh[stage.origin_id]
        for card in journey.cards:
            card.stage_id = fresh[card.stage_id]
            card.lane_id = fresh[card.lane_id]
            if card.origin_id is not None:
                card.origin_id = fresh[card.origin_id]
            if isinstance(card, ImprovementCard):
                card.addresses = [fresh[target] for target in card.addresses]
        for vote in journey.votes:
            for ballot in vote.ballots:
                ballot.dots = [fresh[dot] for dot in ballot.dots]
    return copy
