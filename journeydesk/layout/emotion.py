"""The emotion curve: where its points go in the emotion lane, and the smooth path through them.

A stage's touchpoints that carry an emotion each give a point, spread evenly across the stage in
map order; a stage without any gives one point from the stage's own emotion, at its centre.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any, Literal

from journeydesk.layout.geometry import Point, Rect
from journeydesk.layout.map_geometry import MapGeometry
from journeydesk.model.cards import TouchpointCard
from journeydesk.model.cells import CellIndex
from journeydesk.model.emotions import stage_emotions
from journeydesk.model.enums import LaneKind
from journeydesk.model.journey import Journey, Lane

SCORES = (2, 1, 0, -1, -2)
SCORE_LABELS = {2: "Delighted", 1: "Pleased", 0: "Neutral", -1: "Annoyed", -2: "Frustrated"}
TOP_MARGIN = 22.0
BOTTOM_MARGIN = 18.0

Source = tuple[Literal["card", "stage"], str]
Segment = tuple[Point, Point, Point, Point]  # a cubic Bézier: start, control, control, end


@dataclass(frozen=True)
class EmotionScale:
    """Scores -2..+2 mapped to heights within the emotion lane."""

    lane: Rect

    @property
    def top(self) -> float:
        return self.lane.y + TOP_MARGIN

    @property
    def bottom(self) -> float:
        return self.lane.bottom - BOTTOM_MARGIN

    def y(self, score: float) -> float:
        return self.bottom - (score + 2) / 4 * (self.bottom - self.top)

    def score(self, y: float) -> int:
        """The nearest whole score at height ``y``, within -2..+2."""
        raw = (self.bottom - y) / (self.bottom - self.top) * 4 - 2
        return max(-2, min(2, round(raw)))


@dataclass(frozen=True)
class EmotionPoint:
    x: float
    y: float
    score: int
    source: Source  # what holds the score: a touchpoint card or the stage
    stage_id: str
    label: str


def emotion_lane(journey: Journey) -> Lane | None:
    return next((lane for lane in journey.lanes if lane.kind is LaneKind.EMOTIONS), None)


def touchpoints_by_stage(journey: Journey, index: CellIndex) -> dict[str, list[TouchpointCard]]:
    """Each stage's touchpoints that carry an emotion, in map order (lane, then place in the cell)."""
    result: dict[str, list[TouchpointCard]] = {}
    for stage in journey.stages:
        cards = result[stage.id] = []
        for lane in journey.lanes:
            cards.extend(
                card
                for card in index.cards_in((stage.id, lane.id))
                if isinstance(card, TouchpointCard) and card.emotion is not None
            )
    return result


def emotion_points(journey: Journey, index: CellIndex, grid: MapGeometry, scale: EmotionScale) -> list[EmotionPoint]:
    """The curve's points in the stages ``grid`` shows."""
    points: list[EmotionPoint] = []
    touchpoints = touchpoints_by_stage(journey, index)
    shown = set(grid.stage_ids)
    for stage in journey.stages:
        if stage.id not in shown:
            continue
        header = grid.stage_header_rect(stage.id)
        cards = touchpoints[stage.id]
        if cards:
            step = header.width / (len(cards) + 1)
            for number, card in enumerate(cards, 1):
                score = card.emotion if card.emotion is not None else 0
                points.append(
                    EmotionPoint(
                        header.x + number * step,
                        scale.y(score),
                        score,
                        ("card", card.id),
                        stage.id,
                        card.title or "Touchpoint",
                    )
                )
        elif stage.emotion is not None:
            points.append(
                EmotionPoint(
                    header.center.x, scale.y(stage.emotion), stage.emotion, ("stage", stage.id), stage.id, stage.name
                )
            )
    return points


def matching_stages(journey: Journey, other: Journey) -> dict[str, str]:
    """Which stage of ``other`` stands for which stage of ``journey``: through the origins when one
    is derived from the other, else by name, else by position."""
    if other.based_on == journey.id:
        return {stage.origin_id: stage.id for stage in other.stages if stage.origin_id}
    if journey.based_on == other.id:
        return {stage.id: stage.origin_id for stage in journey.stages if stage.origin_id}
    by_name = {stage.name.casefold(): stage.id for stage in other.stages}
    matched = {stage.id: by_name[stage.name.casefold()] for stage in journey.stages if stage.name.casefold() in by_name}
    if matched:
        return matched
    return {mine.id: theirs.id for mine, theirs in zip(journey.stages, other.stages, strict=False)}


def overlay_points(journey: Journey, other: Journey, grid: MapGeometry, scale: EmotionScale) -> list[Point]:
    """Another journey's curve on this journey's stages: one point per matched stage with a score."""
    scores = stage_emotions(other)
    matches = matching_stages(journey, other)
    points = []
    for stage in journey.stages:
        theirs = matches.get(stage.id)
        score = scores.get(theirs) if theirs else None
        if score is not None and stage.id in grid.stage_ids:
            points.append(Point(grid.stage_header_rect(stage.id).center.x, scale.y(score)))
    return points


def smooth_path(points: Sequence[Point]) -> list[Segment]:
    """A smooth curve through points ordered by x, as cubic Béziers.

    Monotone cubic interpolation (Fritsch-Carlson): the curve never overshoots between two points,
    so it stays within the scale and never suggests a mood nobody recorded.
    """
    count = len(points)
    if count < 2:
        return []
    slopes = [(b.y - a.y) / (b.x - a.x) if b.x != a.x else 0.0 for a, b in _pairs(points)]
    tangents = [slopes[0], *[(0.0 if s0 * s1 <= 0 else (s0 + s1) / 2) for s0, s1 in _pairs(slopes)], slopes[-1]]
    for number, slope in enumerate(slopes):
        if slope == 0:
            tangents[number] = tangents[number + 1] = 0.0
            continue
        alpha, beta = tangents[number] / slope, tangents[number + 1] / slope
        length = alpha * alpha + beta * beta
        if length > 9:
            factor = 3 / length**0.5
            tangents[number], tangents[number + 1] = factor * alpha * slope, factor * beta * slope
    segments = []
    for number, (a, b) in enumerate(_pairs(points)):
        third = (b.x - a.x) / 3
        segments.append(
            (
                a,
                Point(a.x + third, a.y + tangents[number] * third),
                Point(b.x - third, b.y - tangents[number + 1] * third),
                b,
            )
        )
    return segments


def _pairs(items: Sequence[Any]) -> Iterable[tuple[Any, Any]]:
    return pairwise(items)
