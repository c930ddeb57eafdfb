"""Ghost text: a template's guidance, faint in the empty cells of its map, where a team starts.

In an empty cell of the customer-goal lane it is the stage's goal; in an empty touchpoint cell, the
stage's guidance (the touchpoints worth considering there). Every primitive is the editor's: no
print or export shows it.
"""

from journeydesk.layout import typography as type_size
from journeydesk.layout.face import Face, TextRole, text_block
from journeydesk.layout.fonts import FontStyle
from journeydesk.layout.geometry import Rect
from journeydesk.layout.map_geometry import MapGeometry
from journeydesk.layout.theme import Theme
from journeydesk.model.cells import CellIndex
from journeydesk.model.enums import LaneKind
from journeydesk.model.journey import Journey, Lane, Stage

PADDING = 12.0


def ghost_text(stage: Stage, lane: Lane) -> str:
    """What an empty cell of ``stage`` in ``lane`` suggests, or nothing."""
    if lane.kind is LaneKind.GOAL:
        return stage.goal.strip()
    if lane.kind is LaneKind.TOUCHPOINTS:
        return stage.guidance.strip()
    return ""


def ghost_face(cell: Rect, text: str, theme: Theme) -> Face:
    """``text`` in the cell, faint and slanted, as many lines as the cell holds."""
    inner = Rect(cell.x + PADDING, cell.y + PADDING - 2, cell.width - 2 * PADDING, cell.height - 2 * PADDING + 4)
    return [*text_block(text, inner, FontStyle.OBLIQUE, type_size.GHOST, theme.muted_text, TextRole.HINT, editor=True)]


def ghosts_face(journey: Journey, index: CellIndex, geometry: MapGeometry, theme: Theme) -> Face:
    """The ghost text of every empty cell ``geometry`` shows."""
    face: Face = []
    lanes = [lane for lane in journey.lanes if lane.id in set(geometry.lane_ids)]
    for stage in journey.stages:
        if stage.id not in geometry.stage_ids:
            continue
        column = geometry.stage_header_rect(stage.id)
        for lane in lanes:
            text = ghost_text(stage, lane)
            if text and not index.count((stage.id, lane.id)):
                row = geometry.lane_rect(lane.id)
                face += ghost_face(Rect(column.x, row.y, column.width, row.height), text, theme)
    return face
