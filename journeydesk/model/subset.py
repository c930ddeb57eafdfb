"""A project narrowed to some of its journeys, for exports of one journey."""

from collections.abc import Sequence

from journeydesk.model.project import Project


def project_subset(project: Project, journey_ids: Sequence[str] | None) -> Project:
    """The project with only the journeys asked for; references to the others are dropped."""
    if journey_ids is None:
        return project
    subset = project.model_copy(deep=True)
    subset.journeys = [journey for journey in subset.journeys if journey.id in set(journey_ids)]
    kept = {journey.id for journey in subset.journeys}
    for journey in subset.journeys:
        if journey.overlay_journey_id not in kept:
            journey.overlay_journey_id = None
        if journey.based_on not in kept:
            journey.based_on = None
            for item in [*journey.stages, *journey.cards]:
                item.origin_id = None
    return subset
