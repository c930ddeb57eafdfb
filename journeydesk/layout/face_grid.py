"""The lanes as tinted bands across the stages, and the lines between stages and lanes."""

from journeydesk.layout.face import Box, Face, Style, line
from journeydesk.layout.geometry import Point
from journeydesk.layout.map_geometry import Lines
from journeydesk.layout.theme import Theme
from journeydesk.model.enums import LaneKind
from journeydesk.model.journey import Lane


def grid_face(geometry: Lines, lanes: list[Lane], theme: Theme) -> Face:
    """``lanes`` are the lanes ``geometry`` shows, in its order (the screen grid or a printed page)."""
    area = geometry.grid_rect()
    face: Face = []
    for number, lane in enumerate(lanes):
        fill = (
            theme.emotion_lane if lane.kind is LaneKind.EMOTIONS else theme.lane_tints[number % len(theme.lane_tints)]
        )
        face.append(Box(geometry.lane_rect(lane.id), Style(fill=fill)))
    pen = Style(stroke=theme.grid_line)
    face += [line(Point(area.x, y), Point(area.right, y), pen) for y in geometry.lane_edges]
    face += [line(Point(x, area.y), Point(x, area.bottom), pen) for x in geometry.stage_edges]
    return face
