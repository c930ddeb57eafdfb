"""The emotion lane's header: its name and the scale's labels share the column without touching."""

import pytest

from journeydesk.layout import METRICS, compute_grid
from journeydesk.layout.emotion import EmotionScale
from journeydesk.layout.face import Text, TextRole
from journeydesk.layout.face_headers import lane_header_face
from journeydesk.layout.fonts import text_width
from journeydesk.layout.geometry import Rect
from journeydesk.layout.theme import LIGHT
from journeydesk.model.cells import CellIndex
from journeydesk.model.enums import LaneKind
from journeydesk.templates import new_project


def extent(text: Text) -> Rect:
    return Rect(text.x, text.baseline - text.size, text_width(text.text, text.font, text.size), text.size * 1.2)


def overlaps(first: Rect, second: Rect) -> bool:
    return first.x < second.right and second.x < first.right and first.y < second.bottom and second.y < first.bottom


@pytest.mark.parametrize("name", ["Feeling", "Satisfaction (1-5)", "How the customer feels about it overall"])
def test_the_name_and_the_scale_never_overlap(name: str) -> None:
    journey = new_project("sample").journeys[0]
    lane = next(lane for lane in journey.lanes if lane.kind is LaneKind.EMOTIONS)
    lane.name = name
    grid = compute_grid(journey.stages, journey.lanes, CellIndex(journey).counts(), METRICS)
    rect = grid.lane_header_rect(lane.id)
    face = [item for item in lane_header_face(rect, lane, LIGHT, EmotionScale(rect)) if isinstance(item, Text)]
    scale = [extent(item) for item in face if item.role is TextRole.SCALE]
    words = [extent(item) for item in face if item.role is not TextRole.SCALE]
    assert len(scale) == 5 and words
    assert not any(overlaps(label, word) for label in scale for word in words)
    assert all(label.right <= rect.right for label in scale)
