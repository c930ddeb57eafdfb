"""Outlines shared by several faces: rounded rectangles, arcs, chevrons, emotion faces."""

import math

from journeydesk.layout.face import Ellipse, Path, PathOp, Primitive, Style, polygon
from journeydesk.layout.geometry import Point, Rect


def arc(cx: float, cy: float, radius: float, start: float, end: float) -> list[PathOp]:
    """Cubic curves along a circle from angle ``start`` to ``end`` (radians, y downwards), without the move."""
    pieces = max(1, math.ceil(abs(end - start) / (math.pi / 2) - 1e-9))
    step = (end - start) / pieces
    handle = 4 / 3 * math.tan(step / 4) * radius
    ops: list[PathOp] = []
    for piece in range(pieces):
        a, b = start + piece * step, start + (piece + 1) * step
        ax, ay = cx + radius * math.cos(a), cy + radius * math.sin(a)
        bx, by = cx + radius * math.cos(b), cy + radius * math.sin(b)
        ops.append(
            (
                "C",
                ax - handle * math.sin(a),
                ay + handle * math.cos(a),
                bx + handle * math.sin(b),
                by - handle * math.cos(b),
                bx,
                by,
            )
        )
    return ops


def left_strip(rect: Rect, radius: float, width: float, style: Style) -> Path:
    """The left ``width`` of a rectangle with rounded corners: a card's accent bar."""
    x, y, bottom = rect.x, rect.y, rect.bottom
    radius = min(radius, rect.height / 2)
    if radius <= 0:
        return polygon([Point(x, y), Point(x + width, y), Point(x + width, bottom), Point(x, bottom)], style)
    cut = math.acos(max(-1.0, min(1.0, (radius - width) / radius))) if width < radius else math.pi / 2
    top_y = y + radius - radius * math.sin(cut) if width < radius else y
    ops: list[PathOp] = [("M", x + width, top_y)]
    ops += arc(x + radius, y + radius, radius, -math.pi / 2 - cut, -math.pi)
    ops.append(("L", x, bottom - radius))
    ops += arc(x + radius, bottom - radius, radius, math.pi, math.pi / 2 + cut)
    if width >= radius:
        ops.append(("L", x + width, bottom))
    ops.append(("Z",))
    return Path(tuple(ops), style)


def chevron(rect: Rect, tip: float, notch: bool, style: Style) -> Path:
    """An arrow-shaped stage header; ``notch`` cuts the left end to fit behind the previous one."""
    middle = rect.center.y
    points = [
        Point(rect.x, rect.y),
        Point(rect.right - tip, rect.y),
        Point(rect.right, middle),
        Point(rect.right - tip, rect.bottom),
        Point(rect.x, rect.bottom),
    ]
    if notch:
        points.append(Point(rect.x + tip, middle))
    return polygon(points, style)


def emotion_face(center: Point, radius: float, score: int, fill: str, ink: str) -> list[Primitive]:
    """A round face in ``fill`` whose mouth curves with the score (-2..+2)."""
    unit = radius / 7
    eyes = [
        Ellipse(Point(center.x + dx * unit, center.y - 1.8 * unit), 0.95 * unit, 0.95 * unit, Style(fill=ink))
        for dx in (-2.5, 2.5)
    ]
    curve = score * 1.1 * unit
    left, right = center.x - 3.3 * unit, center.x + 3.3 * unit
    mouth_y = center.y + 2.7 * unit - curve / 2
    low = center.y + 2.7 * unit + curve
    mouth = Path(
        (("M", left, mouth_y), ("C", center.x - unit, low, center.x + unit, low, right, mouth_y)),
        Style(stroke=ink, width=1.25 * unit, round_cap=True),
    )
    return [Ellipse(center, radius, radius, Style(fill=fill)), *eyes, mouth]
