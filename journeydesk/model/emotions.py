"""How each stage of a journey feels."""

from journeydesk.model.cards import TouchpointCard
from journeydesk.model.journey import Journey


def stage_emotions(journey: Journey) -> dict[str, float | None]:
    """Each stage's mood: the mean of its touchpoints' emotions, else the stage's own, else None."""
    values: dict[str, list[int]] = {stage.id: [] for stage in journey.stages}
    for card in journey.cards:
        if isinstance(card, TouchpointCard) and card.emotion is not None:
            values[card.stage_id].append(card.emotion)
    return {
        stage.id: (sum(values[stage.id]) / len(values[stage.id]) if values[stage.id] else stage.emotion)
        for stage in journey.stages
    }
