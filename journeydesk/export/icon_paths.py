"""Our SVG icons as vector paths, for surfaces that draw paths rather than SVG (PDF, PowerPoint).

The icons (resources/icons) use a small part of SVG: paths (with arcs), circles, rectangles,
lines and polylines, stroked in one colour. This reads that part into moves, lines and cubic
curves, so they can be drawn as vectors at any size.
"""

import math
import re
from functools import cache
from xml.etree import ElementTree

from journeydesk.resources import resource_path

Op = tuple  # ("M", x, y) | ("L", x, y) | ("C", x1, y1, x2, y2, x, y) | ("Z",)
GRID = 24.0
STROKE = 1.8
_NUMBER = re.compile(r"[-+]?(?:\d*\.\d+|\d+\.?)(?:[eE][-+]?\d+)?")
_TOKEN = re.compile(r"[MmLlHhVvCcSsQqAaZz]|[-+]?(?:\d*\.\d+|\d+\.?)(?:[eE][-+]?\d+)?")
_KAPPA = 0.5522847498  # control-point distance for a quarter circle


@cache
def icon_ops(name: str) -> tuple[Op, ...]:
    root = ElementTree.parse(resource_path("icons", f"{name}.svg")).getroot()
    ops: list[Op] = []
    for element in root.iter():
        tag = element.tag.rsplit("}", 1)[-1]
        values = {key: float(value) for key, value in element.attrib.items() if _NUMBER.fullmatch(value)}

        def get(key: str, values: dict[str, float] = values) -> float:
            return values.get(key, 0.0)

        if tag == "path":
            ops += path_ops(element.get("d", ""))
        elif tag == "circle":
            ops += ellipse_ops(get("cx"), get("cy"), get("r"), get("r"))
        elif tag == "rect":
            ops += rect_ops(get("x"), get("y"), get("width"), get("height"), get("rx"))
        elif tag == "line":
            ops += [("M", get("x1"), get("y1")), ("L", get("x2"), get("y2"))]
        elif tag == "polyline":
            numbers = [float(value) for value in _NUMBER.findall(element.get("points", ""))]
            points = list(zip(numbers[::2], numbers[1::2], strict=False))
            ops += [("M", *points[0]), *[("L", *point) for point in points[1:]]] if points else []
    return tuple(ops)


def ellipse_ops(cx: float, cy: float, rx: float, ry: float) -> list[Op]:
    kx, ky = rx * _KAPPA, ry * _KAPPA
    return [
        ("M", cx + rx, cy),
        ("C", cx + rx, cy + ky, cx + kx, cy + ry, cx, cy + ry),
        ("C", cx - kx, cy + ry, cx - rx, cy + ky, cx - rx, cy),
        ("C", cx - rx, cy - ky, cx - kx, cy - ry, cx, cy - ry),
        ("C", cx + kx, cy - ry, cx + rx, cy - ky, cx + rx, cy),
        ("Z",),
    ]


def rect_ops(x: float, y: float, w: float, h: float, r: float) -> list[Op]:
    if r <= 0:
        return [("M", x, y), ("L", x + w, y), ("L", x + w, y + h), ("L", x, y + h), ("Z",)]
    r, k = min(r, w / 2, h / 2), min(r, w / 2, h / 2) * _KAPPA
    return [
        ("M", x + r, y),
        ("L", x + w - r, y),
        ("C", x + w - r + k, y, x + w, y + r - k, x + w, y + r),
        ("L", x + w, y + h - r),
        ("C", x + w, y + h - r + k, x + w - r + k, y + h, x + w - r, y + h),
        ("L", x + r, y + h),
        ("C", x + r - k, y + h, x, y + h - r + k, x, y + h - r),
        ("L", x, y + r),
        ("C", x, y + r - k, x + r - k, y, x + r, y),
        ("Z",),
    ]


def path_ops(data: str) -> list[Op]:  # noqa: PLR0915 (one branch per SVG command)
    tokens = _TOKEN.findall(data)
    ops: list[Op] = []
    x = y = start_x = start_y = 0.0
    last_control: tuple[float, float] | None = None
    command = ""
    index = 0

    def number() -> float:
        nonlocal index
        value = float(tokens[index])
        index += 1
        return value

    while index < len(tokens):
        if tokens[index].isalpha():
            command = tokens[index]
            index += 1
        relative, upper = command.islower(), command.upper()
        dx, dy = (x, y) if relative else (0.0, 0.0)
        if upper == "Z":
            ops.append(("Z",))
            x, y, last_control = start_x, start_y, None
            continue
        if upper == "M":
            x, y = number() + dx, number() + dy
            start_x, start_y = x, y
            ops.append(("M", x, y))
            command = "l" if relative else "L"  # further pairs are lines
        elif upper == "L":
            x, y = number() + dx, number() + dy
            ops.append(("L", x, y))
        elif upper == "H":
            x = number() + (x if relative else 0.0)
            ops.append(("L", x, y))
        elif upper == "V":
            y = number() + (y if relative else 0.0)
            ops.append(("L", x, y))
        elif upper == "C":
            x1, y1, x2, y2 = number() + dx, number() + dy, number() + dx, number() + dy
            x, y = number() + dx, number() + dy
            ops.append(("C", x1, y1, x2, y2, x, y))
            last_control = (x2, y2)
            continue
        elif upper == "S":
            x1, y1 = (2 * x - last_control[0], 2 * y - last_control[1]) if last_control else (x, y)
            x2, y2 = number() + dx, number() + dy
            x, y = number() + dx, number() + dy
            ops.append(("C", x1, y1, x2, y2, x, y))
            last_control = (x2, y2)
            continue
        elif upper == "Q":
            qx, qy = number() + dx, number() + dy
            end_x, end_y = number() + dx, number() + dy
            ops.append(
                (
                    "C",
                    x + 2 / 3 * (qx - x),
                    y + 2 / 3 * (qy - y),
                    end_x + 2 / 3 * (qx - end_x),
                    end_y + 2 / 3 * (qy - end_y),
                    end_x,
                    end_y,
                )
            )
            x, y = end_x, end_y
        elif upper == "A":
            rx, ry, rotation = number(), number(), number()
            large, sweep = number() != 0, number() != 0
            end_x, end_y = number() + dx, number() + dy
            ops += arc_ops(x, y, rx, ry, rotation, large, sweep, end_x, end_y)
            x, y = end_x, end_y
        else:
            raise ValueError(f"unsupported path command {command!r}")
        last_control = None
    return ops


def arc_ops(
    x1: float, y1: float, rx: float, ry: float, rotation: float, large: bool, sweep: bool, x2: float, y2: float
) -> list[Op]:
    """An SVG elliptical arc as cubic curves (the endpoint-to-centre conversion of the SVG spec)."""
    if rx == 0 or ry == 0 or (x1, y1) == (x2, y2):
        return [("L", x2, y2)]
    phi = math.radians(rotation)
    cos_phi, sin_phi = math.cos(phi), math.sin(phi)
    half_dx, half_dy = (x1 - x2) / 2, (y1 - y2) / 2
    x1p, y1p = cos_phi * half_dx + sin_phi * half_dy, -sin_phi * half_dx + cos_phi * half_dy
    rx, ry = abs(rx), abs(ry)
    scale = (x1p**2) / (rx**2) + (y1p**2) / (ry**2)
    if scale > 1:
        rx, ry = rx * math.sqrt(scale), ry * math.sqrt(scale)
    numerator = rx**2 * ry**2 - rx**2 * y1p**2 - ry**2 * x1p**2
    factor = math.sqrt(max(0.0, numerator / (rx**2 * y1p**2 + ry**2 * x1p**2)))
    if large == sweep:
        factor = -factor
    cxp, cyp = factor * rx * y1p / ry, -factor * ry * x1p / rx
    cx = cos_phi * cxp - sin_phi * cyp + (x1 + x2) / 2
    cy = sin_phi * cxp + cos_phi * cyp + (y1 + y2) / 2
    theta = math.atan2((y1p - cyp) / ry, (x1p - cxp) / rx)
    delta = math.atan2((-y1p - cyp) / ry, (-x1p - cxp) / rx) - theta
    if sweep and delta < 0:
        delta += 2 * math.pi
    elif not sweep and delta > 0:
        delta -= 2 * math.pi
    pieces = max(1, math.ceil(abs(delta) / (math.pi / 2)))
    step = delta / pieces
    handle = 4 / 3 * math.tan(step / 4)
    ops: list[Op] = []

    def point(angle: float) -> tuple[float, float]:
        ex, ey = rx * math.cos(angle), ry * math.sin(angle)
        return cos_phi * ex - sin_phi * ey + cx, sin_phi * ex + cos_phi * ey + cy

    def tangent(angle: float) -> tuple[float, float]:
        ex, ey = -rx * math.sin(angle), ry * math.cos(angle)
        return cos_phi * ex - sin_phi * ey, sin_phi * ex + cos_phi * ey

    for piece in range(pieces):
        a, b = theta + piece * step, theta + (piece + 1) * step
        (ax, ay), (bx, by) = point(a), point(b)
        (tax, tay), (tbx, tby) = tangent(a), tangent(b)
        ops.append(("C", ax + handle * tax, ay + handle * tay, bx - handle * tbx, by - handle * tby, bx, by))
    return ops
