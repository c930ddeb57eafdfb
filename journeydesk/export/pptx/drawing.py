"""Replays a face (:mod:`journeydesk.layout.face`) as native PowerPoint shapes. Knows no card kind.

Boxes, ellipses, paths and icons become shapes (icons and paths as freeforms); the lines of text set
in one box become one text box with a paragraph per line, so a card's title is edited as one text.
Each face painted as a group (a card) becomes a PowerPoint group, moved and copied as one.

The shapes are written as DrawingML and appended to the slide's shape tree in one step, which keeps a
slide of thousands of shapes quick; python-pptx reads them back like any other shape.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html import escape

from lxml import etree
from pptx.oxml.ns import nsdecls
from pptx.slide import Slide

from journeydesk.export.icon_paths import GRID, STROKE, icon_ops
from journeydesk.export.xml_text import printable
from journeydesk.layout.face import (
    Align,
    Box,
    Ellipse,
    Icon,
    Image,
    Path,
    PathOp,
    Primitive,
    Style,
    Text,
    bounds_of,
    exported,
)
from journeydesk.layout.fonts import FontStyle, baseline_offset, line_height
from journeydesk.layout.geometry import Point

EMU_PER_POINT = 12700
TYPEFACE = "DejaVu Sans"
_ALIGN = {Align.LEFT: "l", Align.CENTER: "ctr", Align.RIGHT: "r"}


def xml_text(text: str) -> str:
    """Text for an XML element: escaped, and printable."""
    return escape(printable(text), quote=False)


@dataclass
class Placement:
    """Map units to the slide: ``scale`` points per unit, the face's (0, 0) at ``origin`` (points)."""

    scale: float
    origin: Point

    def emu(self, x: float, y: float) -> tuple[int, int]:
        return (
            round((self.origin.x + x * self.scale) * EMU_PER_POINT),
            round((self.origin.y + y * self.scale) * EMU_PER_POINT),
        )

    def length(self, value: float) -> int:
        return max(1, round(value * self.scale * EMU_PER_POINT))


class ShapeWriter:
    """Writes faces onto one slide; shape ids continue after the slide's own."""

    def __init__(self, slide: Slide, placement: Placement) -> None:
        self.slide, self.placement = slide, placement
        tree = slide.shapes._spTree
        self._tree = tree
        self._next_id = max((int(value) for value in tree.xpath("//@id") if value.isdigit()), default=1) + 1
        self._pending: list[str] = []
        self.images: list[Image] = []  # pictures need a part of the package: placed by the caller

    def paint(self, face: Iterable[Primitive]) -> None:
        self._pending += self._shapes(list(exported(face)))

    def paint_group(self, face: Sequence[Primitive], name: str) -> None:
        """``face`` as one group shape named ``name``."""
        shown = list(exported(face))
        extent = bounds_of(shown)
        shapes = self._shapes(shown)
        if not shapes or extent is None:
            return
        left, top = self.placement.emu(extent.x, extent.y)
        width, height = self.placement.length(extent.width), self.placement.length(extent.height)
        place = f'<a:off x="{left}" y="{top}"/><a:ext cx="{width}" cy="{height}"/>'
        children = f'<a:chOff x="{left}" y="{top}"/><a:chExt cx="{width}" cy="{height}"/>'  # placed as they are
        self._pending.append(
            f'<p:grpSp><p:nvGrpSpPr><p:cNvPr id="{self._id()}" name="{xml_text(name)[:200]}"/><p:cNvGrpSpPr/>'
            f"<p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm>{place}{children}</a:xfrm></p:grpSpPr>"
            + "".join(shapes)
            + "</p:grpSp>"
        )

    def finish(self) -> None:
        """Append what was painted to the slide."""
        if not self._pending:
            return
        wrapper = etree.fromstring(f"<p:spTree {nsdecls('p', 'a')}>{''.join(self._pending)}</p:spTree>")
        for element in list(wrapper):
            self._tree.append(element)
        self._pending = []

    # Shapes

    def _id(self) -> int:
        self._next_id += 1
        return self._next_id - 1

    def _shapes(self, face: list[Primitive]) -> list[str]:
        shapes: list[str] = []
        index = 0
        while index < len(face):
            primitive = face[index]
            if isinstance(primitive, Text):
                lines = [primitive]
                while index + 1 < len(face) and _same_box(face[index + 1], primitive):
                    index += 1
                    lines.append(face[index])  # type: ignore[arg-type]  # a primitive in the same box as a text is a text
                shapes.append(self._text_box(lines))
            elif isinstance(primitive, Box):
                shapes.append(self._preset(primitive.rect, "roundRect" if primitive.radius else "rect", primitive))
            elif isinstance(primitive, Ellipse):
                center = primitive.center
                rect = (center.x - primitive.rx, center.y - primitive.ry, 2 * primitive.rx, 2 * primitive.ry)
                shapes.append(self._preset(rect, "ellipse", primitive))
            elif isinstance(primitive, Path):
                shapes.append(self._freeform(primitive.ops, primitive.style, "Line"))
            elif isinstance(primitive, Icon):
                shapes.append(self._icon(primitive))
            else:
                self.images.append(primitive)
            index += 1
        return shapes

    def _frame(self, x: float, y: float, width: float, height: float) -> str:
        left, top = self.placement.emu(x, y)
        return (
            f'<a:xfrm><a:off x="{left}" y="{top}"/>'
            f'<a:ext cx="{self.placement.length(width)}" cy="{self.placement.length(height)}"/></a:xfrm>'
        )

    def _preset(self, rect: tuple[float, float, float, float], geometry: str, primitive: Box | Ellipse) -> str:
        adjust = ""
        if isinstance(primitive, Box) and primitive.radius:
            ratio = min(0.5, primitive.radius / max(0.01, min(rect[2], rect[3])))
            adjust = f'<a:gd name="adj" fmla="val {round(ratio * 100000)}"/>'
        name = "Shape" if geometry != "ellipse" else "Oval"
        return (
            f'<p:sp><p:nvSpPr><p:cNvPr id="{self._id()}" name="{name}"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>'
            f'<p:spPr>{self._frame(*rect)}<a:prstGeom prst="{geometry}"><a:avLst>{adjust}</a:avLst></a:prstGeom>'
            f"{_fill(primitive.style)}{self._line(primitive.style)}</p:spPr></p:sp>"
        )

    def _freeform(self, ops: Sequence[PathOp], style: Style, name: str) -> str:
        xs = [float(op[i]) for op in ops for i in range(1, len(op), 2)]
        ys = [float(op[i]) for op in ops for i in range(2, len(op), 2)]
        left, top = min(xs), min(ys)
        width, height = max(max(xs) - left, 0.01), max(max(ys) - top, 0.01)
        w, h = self.placement.length(width), self.placement.length(height)

        def point(x: float | str, y: float | str) -> str:
            return f'<a:pt x="{round((float(x) - left) / width * w)}" y="{round((float(y) - top) / height * h)}"/>'

        segments = []
        for op in ops:
            if op[0] == "M":
                segments.append(f"<a:moveTo>{point(op[1], op[2])}</a:moveTo>")
            elif op[0] == "L":
                segments.append(f"<a:lnTo>{point(op[1], op[2])}</a:lnTo>")
            elif op[0] == "C":
                segments.append(
                    f"<a:cubicBezTo>{point(op[1], op[2])}{point(op[3], op[4])}{point(op[5], op[6])}</a:cubicBezTo>"
                )
            else:
                segments.append("<a:close/>")
        filled = "" if style.fill else ' fill="none"'
        return (
            f'<p:sp><p:nvSpPr><p:cNvPr id="{self._id()}" name="{name}"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>'
            f"<p:spPr>{self._frame(left, top, width, height)}<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/>"
            f'<a:rect l="0" t="0" r="r" b="b"/><a:pathLst><a:path w="{w}" h="{h}"{filled}>{"".join(segments)}'
            f"</a:path></a:pathLst></a:custGeom>{_fill(style)}{self._line(style)}</p:spPr></p:sp>"
        )

    def _icon(self, icon: Icon) -> str:
        rect = icon.rect
        ops = [
            (
                op[0],
                *(
                    rect.x + float(value) * rect.width / GRID
                    if n % 2 == 0
                    else rect.y + float(value) * rect.height / GRID
                    for n, value in enumerate(op[1:])
                ),
            )
            for op in icon_ops(icon.name)
        ]
        style = Style(stroke=icon.color, width=STROKE * rect.width / GRID, round_cap=True)
        return self._freeform(ops, style, f"Icon {icon.name}")

    def _text_box(self, lines: list[Text]) -> str:
        first = lines[0]
        size = first.size
        top = first.baseline - baseline_offset(size)
        left = min(line.x for line in lines) if first.align is Align.LEFT else first.box.x
        right = max(line.x + line.width for line in lines) if first.align is Align.LEFT else first.box.right
        height = line_height(size) * len(lines)
        points = size * self.placement.scale
        run = (
            f'<a:rPr lang="en-GB" sz="{max(100, round(points * 100))}" b="{int(first.font is FontStyle.BOLD)}" '
            f'i="{int(first.font is FontStyle.OBLIQUE)}" dirty="0"><a:solidFill><a:srgbClr val="{first.color[1:]}"/>'
            f'</a:solidFill><a:latin typeface="{TYPEFACE}"/><a:cs typeface="{TYPEFACE}"/></a:rPr>'
        )
        spacing = f'<a:lnSpc><a:spcPts val="{round(line_height(size) * self.placement.scale * 100)}"/></a:lnSpc>'
        paragraph = f'<a:p><a:pPr algn="{_ALIGN[first.align]}">{spacing}</a:pPr><a:r>{run}<a:t>'
        paragraphs = "".join(f"{paragraph}{xml_text(line.text)}</a:t></a:r></a:p>" for line in lines)
        return (
            f'<p:sp><p:nvSpPr><p:cNvPr id="{self._id()}" name="Text"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr>'
            f'<p:spPr>{self._frame(left, top, max(right - left, 1.0), height)}<a:prstGeom prst="rect"><a:avLst/>'
            '</a:prstGeom><a:noFill/></p:spPr><p:txBody><a:bodyPr wrap="none" lIns="0" tIns="0" rIns="0" bIns="0" '
            f'anchor="t"><a:noAutofit/></a:bodyPr><a:lstStyle/>{paragraphs}</p:txBody></p:sp>'
        )

    def _line(self, style: Style) -> str:
        if style.stroke is None:
            return "<a:ln><a:noFill/></a:ln>"
        cap = ' cap="rnd"' if style.round_cap else ""
        dash = ""
        if style.dash:
            pattern = "".join(
                f'<a:ds d="{round(on / style.width * 100000)}" sp="{round(off / style.width * 100000)}"/>'
                for on, off in zip(style.dash[::2], style.dash[1::2], strict=False)
            )
            dash = f"<a:custDash>{pattern}</a:custDash>"
        return (
            f'<a:ln w="{self.placement.length(style.width)}"{cap}><a:solidFill>{_colour(style.stroke, style.opacity)}'
            f"</a:solidFill>{dash}<a:round/></a:ln>"
        )


def _fill(style: Style) -> str:
    return f"<a:solidFill>{_colour(style.fill, style.opacity)}</a:solidFill>" if style.fill else "<a:noFill/>"


def _colour(hex_colour: str, opacity: float) -> str:
    alpha = f'<a:alpha val="{round(opacity * 100000)}"/>' if opacity < 1 else ""
    return f'<a:srgbClr val="{hex_colour[1:]}">{alpha}</a:srgbClr>'


def _same_box(primitive: Primitive, first: Text) -> bool:
    return (
        isinstance(primitive, Text)
        and primitive.box == first.box
        and (primitive.font, primitive.size, primitive.color, primitive.align)
        == (first.font, first.size, first.color, first.align)
    )
