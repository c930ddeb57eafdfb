"""The emotion curve's face: the scale's guide lines, the journey's curve through faces at its points,
another journey's curve dashed over it, and a legend naming the two. The curve has a band of its own
in its lane, above any cards there, on every surface."""

from collections.abc import Sequence
from dataclasses import dataclass

from journeydesk.layout import typography as type_size
from journeydesk.layout.emotion import SCORES, EmotionPoint, EmotionScale, Segment, smooth_path
from journeydesk.layout.face import Box, Ellipse, Face, Path, PathOp, Style, TextRole, line, text_line
from journeydesk.layout.fonts import FontStyle, text_width
from journeydesk.layout.geometry import Point, Rect
from journeydesk.layout.shapes import emotion_face
from journeydesk.layout.theme import Theme

POINT_RADIUS = 7.5
RING = 2.0
SEGMENTS_PER_PIECE = 12  # the curve in short paths, so a surface can leave out the pieces it does not show
SCALE_INSET = 8.0


@dataclass(frozen=True)
class Curve:
    """What the curve shows."""

    scale: EmotionScale
    points: Sequence[EmotionPoint]
    overlay: Sequence[Point] = ()
    overlay_color: str = ""
    labels: tuple[str, str] = ("", "")  # this journey's name, the overlaid journey's (or "")


def curve_face(
    curve: Curve, theme: Theme, scores: Sequence[int] | None = None, enlarged: int | None = None, plain: bool = False
) -> Face:
    """``scores`` replaces the points' scores (a point being dragged); ``enlarged`` is the number of
    a point drawn larger; ``plain`` draws the points as discs in their colours (too small for faces)."""
    scale = curve.scale
    shown = list(scores) if scores is not None else [point.score for point in curve.points]
    centres = [Point(point.x, scale.y(score)) for point, score in zip(curve.points, shown, strict=True)]
    face = scale_lines(scale, theme)
    if curve.overlay:
        face += _pieces(
            smooth_path(curve.overlay), Style(stroke=curve.overlay_color, width=2.2, dash=(6.0, 4.0), round_cap=True)
        )
    face += _pieces(smooth_path(centres), Style(stroke=theme.curve, width=2.6, round_cap=True))
    for number, (centre, score) in enumerate(zip(centres, shown, strict=True)):
        radius = POINT_RADIUS + (2 if number == enlarged else 0)
        if plain:
            face.append(Ellipse(centre, radius, radius, Style(fill=theme.emotion[score])))
            continue
        face.append(Ellipse(centre, radius + RING, radius + RING, Style(fill=theme.paper)))
        face += emotion_face(centre, radius, score, theme.emotion[score], theme.on_colour)
    if curve.labels[1]:
        face += _legend(scale.lane, curve, theme)
    return face


def scale_lines(scale: EmotionScale, theme: Theme) -> Face:
    """A line for each score across the curve's band."""
    lane = scale.lane
    return [
        line(
            Point(lane.x + SCALE_INSET, scale.y(score)),
            Point(lane.right - SCALE_INSET, scale.y(score)),
            Style(stroke=theme.grid_line, dash=() if score == 0 else (1.5, 2.5)),
        )
        for score in SCORES
    ]


def _pieces(segments: list[Segment], style: Style) -> Face:
    face: Face = []
    for first in range(0, len(segments), SEGMENTS_PER_PIECE):
        chunk = segments[first : first + SEGMENTS_PER_PIECE]
        ops: list[PathOp] = [("M", chunk[0][0].x, chunk[0][0].y)]
        ops += [("C", a.x, a.y, b.x, b.y, end.x, end.y) for _, a, b, end in chunk]
        face.append(Path(tuple(ops), style))
    return face


def _legend(lane: Rect, curve: Curve, theme: Theme) -> Face:
    entries = [
        (curve.labels[0], theme.curve, ()),
        (curve.labels[1], curve.overlay_color, (6.0, 4.0)),
    ]
    width = max(text_width(label, FontStyle.REGULAR, type_size.DETAIL) for label, _, _ in entries) + 44
    box = Rect(lane.right - width - 12, lane.y + 4, width, 16 * len(entries) + 8)
    face: Face = [Box(box, Style(fill=theme.paper, stroke=theme.grid_line, opacity=0.95), 5)]
    for number, (label, color, dash) in enumerate(entries):
        y = box.y + 12 + number * 16
        face.append(line(Point(box.x + 8, y), Point(box.x + 30, y), Style(stroke=color, width=2.2, dash=dash)))
        label_box = Rect(box.x + 36, y - 8, width - 40, 16)
        face.append(text_line(label, label_box, FontStyle.REGULAR, type_size.DETAIL, theme.text, TextRole.LEGEND))
    return face
