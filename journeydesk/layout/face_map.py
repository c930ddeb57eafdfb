"""A whole map's face for a geometry (the screen grid or a printed page), in the canvas's stacking
order: lane bands and lines, the editor's ghost text, links, cards, the emotion curve, then the lane
and stage headers."""

from dataclasses import dataclass, field
from functools import cached_property

from journeydesk.layout.emotion import EmotionScale, emotion_lane, emotion_points, overlay_points
from journeydesk.layout.face import Face, Primitive, Text
from journeydesk.layout.face_card import card_face
from journeydesk.layout.face_emotion import Curve, curve_face
from journeydesk.layout.face_ghost import ghosts_face
from journeydesk.layout.face_grid import grid_face
from journeydesk.layout.face_headers import lane_header_face, stage_header_face
from journeydesk.layout.face_links import link_face
from journeydesk.layout.map_geometry import MapGeometry
from journeydesk.layout.theme import Theme
from journeydesk.model.cells import CellIndex
from journeydesk.model.enums import LaneKind
from journeydesk.model.journey import Journey
from journeydesk.model.project import Project


@dataclass
class MapFace:
    """The map's face in layers, so a tile can clip its body and repeat its headers."""

    grid: Face = field(default_factory=list)
    ghosts: Face = field(default_factory=list)  # the editor's only
    links: Face = field(default_factory=list)
    curve: Face = field(default_factory=list)
    lane_headers: Face = field(default_factory=list)
    stage_headers: Face = field(default_factory=list)
    card_faces: dict[str, Face] = field(default_factory=dict)  # each card's own, for surfaces that group them

    @cached_property
    def cards(self) -> Face:
        """Every card's face, a layer at a time (see :func:`layered`)."""
        return layered(list(self.card_faces.values()))

    @property
    def body(self) -> Face:
        return [*self.grid, *self.ghosts, *self.links, *self.cards, *self.curve]

    @property
    def whole(self) -> Face:
        return [*self.body, *self.lane_headers, *self.stage_headers]


def map_face(
    project: Project,
    journey: Journey,
    index: CellIndex,
    geometry: MapGeometry,
    theme: Theme,
    plain: bool = False,
    lane_kinds: bool = True,
) -> MapFace:
    """The face of what ``geometry`` shows of ``journey``; ``plain`` draws cards as blocks with one
    line (too small to read), ``lane_kinds`` names each lane's kind under a name of its own."""
    lanes = [lane for lane in journey.lanes if lane.id in set(geometry.lane_ids)]
    face = MapFace(grid=grid_face(geometry, lanes, theme), ghosts=ghosts_face(journey, index, geometry, theme))
    for action in journey.improvements():
        source = geometry.rect_of_card(action.id)
        for target_id in action.addresses:
            target = geometry.rect_of_card(target_id)
            if source is not None and target is not None:
                face.links += link_face(source, target, theme)
    face.card_faces = {
        card.id: card_face(card, rect, theme, plain=plain)
        for card in journey.cards
        if (rect := geometry.rect_of_card(card.id))
    }
    curve_lane = emotion_lane(journey)
    scale = None
    if curve_lane is not None and curve_lane.id in geometry.lane_ids:
        scale = EmotionScale(geometry.curve_area(curve_lane.id))
        face.curve = curve_face(journey_curve(project, journey, index, geometry, scale, theme), theme, plain=plain)
    for lane in lanes:
        shown = scale if lane.kind is LaneKind.EMOTIONS else None
        face.lane_headers += lane_header_face(geometry.lane_header_rect(lane.id), lane, theme, shown, lane_kinds)
    for number, stage in enumerate(journey.stages, 1):
        if stage.id in geometry.stage_ids:
            face.stage_headers += stage_header_face(geometry.stage_header_rect(stage.id), stage, number, theme)
    return face


def layered(faces: list[Face]) -> Face:
    """Faces that never overlap (cards) a layer at a time: every first primitive, then every second,
    and so on, alike ones together within a layer. Each face still paints in its own order, and a
    surface can draw a run of alike shapes or texts in one go."""
    result: Face = []
    for depth in range(max((len(face) for face in faces), default=0)):
        layer = [face[depth] for face in faces if depth < len(face)]
        result += sorted(layer, key=_kind_and_style)
    return result


def _kind_and_style(primitive: Primitive) -> tuple[str, str, str]:
    if isinstance(primitive, Text):
        return "Text", primitive.color, f"{primitive.font}{primitive.size}"
    style = getattr(primitive, "style", None)
    if style is None:
        return type(primitive).__name__, "", ""
    return type(primitive).__name__, style.fill or "", style.stroke or ""


def journey_curve(
    project: Project,
    journey: Journey,
    index: CellIndex,
    geometry: MapGeometry,
    scale: EmotionScale,
    theme: Theme,
) -> Curve:
    """What the emotion curve of ``journey`` shows where ``geometry`` puts it."""
    points = emotion_points(journey, index, geometry, scale)
    overlay, color, other_name = [], theme.overlay, ""
    if journey.overlay_journey_id:
        other = project.journey(journey.overlay_journey_id)
        overlay = overlay_points(journey, other, geometry, scale)
        other_name = other.name
        if other.persona_id and other.persona_id != journey.persona_id:
            color = project.persona(other.persona_id).color
    return Curve(scale, points, overlay, color, (journey.name, other_name))
