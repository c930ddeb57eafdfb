"""The face of a map: what every surface draws, as a list of primitives in map units.

Builders (``face_*`` modules) turn the model and the geometry into primitives once; painters (the
canvas's QPainter, the PDF's reportlab canvas, later SVG, HTML or PowerPoint) replay them and know no
card kind. Text arrives already broken into lines and placed, measured in DejaVu Sans
(:mod:`journeydesk.layout.text`), so every surface breaks lines in the same places.

Primitives marked ``editor`` (hints, handles) help while editing; exports leave them out.
"""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from enum import StrEnum

from journeydesk.layout.fonts import FontStyle, baseline_offset, line_height, text_width
from journeydesk.layout.geometry import Point, Rect
from journeydesk.layout.text import ellipsize, wrap

PathOp = tuple[float | str, ...]  # ("M", x, y) | ("L", x, y) | ("C", x1, y1, x2, y2, x, y) | ("Z",)


class Align(StrEnum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"


class TextRole(StrEnum):
    """What a text is, for surfaces that treat kinds of text differently (classes in HTML, which
    texts to show at a small size on screen)."""

    TITLE = "title"  # the page's title band
    HEADING = "heading"  # a name in the band: journey, persona
    BODY = "body"  # a card's title, the scenario, a quote
    CAPTION = "caption"  # small capitals above a card's title, a pill's label
    DETAIL = "detail"  # rating badges, the owner, a lane's kind
    STAGE = "stage"
    LANE = "lane"
    SCALE = "scale"  # the emotion scale's labels
    LEGEND = "legend"
    MARK = "mark"  # page marks: "Stages 5–8 of 8"
    HINT = "hint"  # the editor's prompts


@dataclass(frozen=True, slots=True)
class Style:
    """How a shape is filled and stroked; colours as #rrggbb, None for none."""

    fill: str | None = None
    stroke: str | None = None
    width: float = 1.0
    dash: tuple[float, ...] = ()
    opacity: float = 1.0
    round_cap: bool = False


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle, with rounded corners when ``radius`` is set."""

    rect: Rect
    style: Style
    radius: float = 0.0
    editor: bool = False

    @property
    def bounds(self) -> Rect:
        return _grown(self.rect, self.style)


@dataclass(frozen=True, slots=True)
class Ellipse:
    center: Point
    rx: float
    ry: float
    style: Style
    editor: bool = False

    @property
    def bounds(self) -> Rect:
        return _grown(Rect(self.center.x - self.rx, self.center.y - self.ry, 2 * self.rx, 2 * self.ry), self.style)


@dataclass(frozen=True, slots=True)
class Path:
    """Lines and cubic curves; ``("Z",)`` closes a figure."""

    ops: tuple[PathOp, ...]
    style: Style
    editor: bool = False

    @property
    def bounds(self) -> Rect:
        xs = [float(op[i]) for op in self.ops for i in range(1, len(op), 2)]
        ys = [float(op[i]) for op in self.ops for i in range(2, len(op), 2)]
        return _grown(Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)), self.style)


@dataclass(frozen=True, slots=True)
class Text:
    """One line of text with its baseline starting at (x, baseline). ``box`` is the box it was set
    in and ``align`` how, for surfaces that set text themselves."""

    x: float
    baseline: float
    text: str
    font: FontStyle
    size: float
    color: str
    role: TextRole
    box: Rect
    align: Align = Align.LEFT
    editor: bool = False

    @property
    def width(self) -> float:
        return text_width(self.text, self.font, self.size)

    @property
    def bounds(self) -> Rect:
        top = self.baseline - baseline_offset(self.size)
        return Rect(self.x, top, self.width, line_height(self.size))


@dataclass(frozen=True, slots=True)
class Icon:
    """One of the icons in resources/icons (drawn on a 24 x 24 grid), stroked in ``color``."""

    name: str
    rect: Rect
    color: str
    editor: bool = False

    @property
    def bounds(self) -> Rect:
        return self.rect


@dataclass(frozen=True, slots=True)
class Image:
    """A PNG or JPEG picture (a persona's photo), cropped to a centred square, in a circle if ``round``."""

    rect: Rect
    data: bytes
    round: bool = True
    editor: bool = False

    @property
    def bounds(self) -> Rect:
        return self.rect


Primitive = Box | Ellipse | Path | Text | Icon | Image
Face = list[Primitive]


def _grown(rect: Rect, style: Style) -> Rect:
    half = style.width / 2 if style.stroke else 0.0
    return Rect(rect.x - half, rect.y - half, rect.width + 2 * half, rect.height + 2 * half)


def exported(face: Iterable[Primitive]) -> Iterator[Primitive]:
    """The primitives an export shows: all but the editor's."""
    return (primitive for primitive in face if not primitive.editor)


def bounds_of(face: Iterable[Primitive]) -> Rect | None:
    boxes = [primitive.bounds for primitive in face]
    if not boxes:
        return None
    left, top = min(box.x for box in boxes), min(box.y for box in boxes)
    return Rect(left, top, max(box.right for box in boxes) - left, max(box.bottom for box in boxes) - top)


# Building blocks


def line(start: Point, end: Point, style: Style, editor: bool = False) -> Path:
    return Path((("M", start.x, start.y), ("L", end.x, end.y)), style, editor)


def polygon(points: Iterable[Point], style: Style) -> Path:
    points = list(points)
    ops: list[PathOp] = [("M", points[0].x, points[0].y), *(("L", point.x, point.y) for point in points[1:])]
    return Path((*ops, ("Z",)), style)


def text_line(
    text: str,
    box: Rect,
    font: FontStyle,
    size: float,
    color: str,
    role: TextRole,
    align: Align = Align.LEFT,
    editor: bool = False,
) -> Text:
    """One line, vertically centred in ``box``, ended with an ellipsis if it is too wide."""
    shown = ellipsize(text, font, size, box.width)
    baseline = box.y + (box.height - line_height(size)) / 2 + baseline_offset(size)
    return Text(_aligned_x(shown, box, font, size, align), baseline, shown, font, size, color, role, box, align, editor)


def text_block(
    text: str,
    box: Rect,
    font: FontStyle,
    size: float,
    color: str,
    role: TextRole,
    align: Align = Align.LEFT,
    max_lines: int | None = None,
    editor: bool = False,
    middle: bool = False,
) -> list[Text]:
    """``text`` wrapped to ``box``'s width from its top (or centred in its height, ``middle``), at
    most ``max_lines`` lines (by default as many as its height holds), the last ended with an ellipsis
    if text remains."""
    room = max(1, int((box.height + 0.01) // line_height(size)))
    lines = wrap(text, font, size, box.width, room if max_lines is None else min(room, max_lines))
    if middle:
        shift = (box.height - len(lines) * line_height(size)) / 2
        box = Rect(box.x, box.y + shift, box.width, box.height - shift)
    return placed_lines(lines, box, font, size, color, role, align, editor)


def placed_lines(
    lines: list[str],
    box: Rect,
    font: FontStyle,
    size: float,
    color: str,
    role: TextRole,
    align: Align = Align.LEFT,
    editor: bool = False,
) -> list[Text]:
    step, first = line_height(size), box.y + baseline_offset(size)
    return [
        Text(
            _aligned_x(shown, box, font, size, align),
            first + n * step,
            shown,
            font,
            size,
            color,
            role,
            box,
            align,
            editor,
        )
        for n, shown in enumerate(lines)
        if shown
    ]


def _aligned_x(text: str, box: Rect, font: FontStyle, size: float, align: Align) -> float:
    if align is Align.LEFT:
        return box.x
    room = box.width - text_width(text, font, size)
    return box.x + (room if align is Align.RIGHT else room / 2)


def within(face: Iterable[Primitive], window: Rect) -> Face:
    """What of ``face`` shows through ``window`` (a tile of a poster): shapes that reach into it (a
    surface clips them), and of each line of text the characters wholly inside it, so text cut by the
    edge is neither drawn nor found by a search on this tile (the overlap shows it whole on the next)."""
    shown: Face = []
    for primitive in face:
        if isinstance(primitive, Text):
            trimmed = _trimmed(primitive, window)
            if trimmed is not None:
                shown.append(trimmed)
        elif primitive.bounds.intersects(window):
            shown.append(primitive)
    return shown


def _trimmed(run: Text, window: Rect) -> Text | None:
    box = run.bounds
    if box.y < window.y or box.bottom > window.bottom or not box.intersects(window):
        return None
    if window.x <= box.x and box.right <= window.right:
        return run
    x, first, kept = run.x, None, ""
    for char in run.text:
        advance = text_width(char, run.font, run.size)
        if x >= window.x and x + advance <= window.right:
            first = x if first is None else first
            kept += char
        elif first is not None:
            break
        x += advance
    if first is None or not kept.strip():
        return None
    return replace(run, x=first, text=kept)
