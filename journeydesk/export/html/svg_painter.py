"""Replays a face (:mod:`journeydesk.layout.face`) as SVG elements, in map units. Knows no card kind.

Every text is escaped as it is written, so a title such as ``<script>`` or ``" onmouseover="`` is
shown, never read as markup. Icons are written once as symbols and used where they appear; photos
are embedded as data. The characters each font style shows are collected, so the page can embed
only those glyphs of DejaVu Sans.
"""

import base64
from collections.abc import Iterable
from html import escape
from xml.etree import ElementTree

from journeydesk.layout.face import Box, Ellipse, Icon, Image, Path, Primitive, Style, Text, exported
from journeydesk.layout.fonts import FontStyle
from journeydesk.resources import resource_path

FONT_CLASSES = {FontStyle.REGULAR: "r", FontStyle.BOLD: "b", FontStyle.OBLIQUE: "o"}
SVG_NS = "{http://www.w3.org/2000/svg}"


def attribute(value: str) -> str:
    """A value for an attribute in double quotes."""
    return escape(value, quote=True)


def _n(value: float) -> str:
    return f"{value:.1f}"


class SvgPainter:
    """Turns faces into SVG markup; one painter per document (it numbers clip paths, collects icons
    and the characters used)."""

    def __init__(self) -> None:
        self.icons: set[str] = set()
        self.characters: dict[FontStyle, set[str]] = {style: set() for style in FontStyle}
        self._clips = 0

    def paint(self, face: Iterable[Primitive], out: list[str]) -> None:
        """Append the markup of ``face`` (without the editor's primitives) to ``out``."""
        for primitive in exported(face):
            if isinstance(primitive, Text):
                out.append(self._text(primitive))
            elif isinstance(primitive, Box):
                x, y, width, height = primitive.rect
                radius = f' rx="{primitive.radius:.1f}"' if primitive.radius else ""
                out.append(
                    f'<rect x="{x:.1f}" y="{y:.1f}" width="{width:.1f}" height="{height:.1f}"'
                    f"{radius}{_style(primitive.style)}/>"
                )
            elif isinstance(primitive, Path):
                out.append(f'<path d="{_path_data(primitive)}"{_style(primitive.style)}/>')
            elif isinstance(primitive, Ellipse):
                center = primitive.center
                out.append(
                    f'<ellipse cx="{_n(center[0])}" cy="{_n(center[1])}" rx="{_n(primitive.rx)}" '
                    f'ry="{_n(primitive.ry)}"{_style(primitive.style)}/>'
                )
            elif isinstance(primitive, Icon):
                self.icons.add(primitive.name)
                rect = primitive.rect
                out.append(
                    f'<use href="#i-{attribute(primitive.name)}" x="{_n(rect[0])}" y="{_n(rect[1])}" '
                    f'width="{_n(rect[2])}" height="{_n(rect[3])}" color="{attribute(primitive.color)}"/>'
                )
            else:
                out.append(self._image(primitive))

    def _text(self, run: Text) -> str:
        self.characters[run.font].update(run.text)
        return (
            f'<text x="{run.x:.1f}" y="{run.baseline:.1f}" class="{FONT_CLASSES[run.font]}" '
            f'font-size="{run.size:.1f}" fill="{run.color}">{escape(run.text, quote=False)}</text>'
        )

    def _image(self, picture: Image) -> str:
        rect = picture.rect
        kind = "png" if picture.data.startswith(b"\x89PNG") else "jpeg"
        data = base64.b64encode(picture.data).decode("ascii")
        place = f'x="{_n(rect[0])}" y="{_n(rect[1])}" width="{_n(rect[2])}" height="{_n(rect[3])}"'
        image = f'<image {place} preserveAspectRatio="xMidYMid slice" href="data:image/{kind};base64,{data}"'
        self._clips += 1
        clip = f"clip{self._clips}"
        if picture.round:
            shape = f'<circle cx="{_n(rect.center.x)}" cy="{_n(rect.center.y)}" r="{_n(rect[2] / 2)}"/>'
        else:
            shape = f"<rect {place}/>"
        return f'<clipPath id="{clip}">{shape}</clipPath>{image} clip-path="url(#{clip})"/>'

    def icon_symbols(self) -> str:
        """The ``<symbol>`` of every icon used, for a ``<defs>`` block."""
        return "".join(icon_symbol(name) for name in sorted(self.icons))


def icon_symbol(name: str) -> str:
    """One of our icons (resources/icons, drawn on a 24 x 24 grid in ``currentColor``) as a symbol."""
    root = ElementTree.parse(resource_path("icons", f"{name}.svg")).getroot()
    presentation = " ".join(
        f'{key}="{attribute(value)}"'
        for key, value in root.attrib.items()
        if key in ("fill", "stroke", "stroke-width", "stroke-linecap", "stroke-linejoin")
    )
    for element in root.iter():
        element.tag = element.tag.removeprefix(SVG_NS)
    body = "".join(ElementTree.tostring(child, encoding="unicode") for child in root)
    return f'<symbol id="i-{attribute(name)}" viewBox="0 0 24 24" {presentation}>{body}</symbol>'


def _style(style: Style) -> str:
    parts = [f' fill="{style.fill}"' if style.fill else ' fill="none"']
    if style.stroke:
        parts.append(f' stroke="{style.stroke}" stroke-width="{style.width:g}"')
        if style.dash:
            parts.append(f' stroke-dasharray="{" ".join(f"{length:g}" for length in style.dash)}"')
        if style.round_cap:
            parts.append(' stroke-linecap="round"')
    if style.opacity != 1.0:
        parts.append(f' opacity="{style.opacity:g}"')
    return "".join(parts)


def _path_data(path: Path) -> str:
    return " ".join(_OPS[len(op)] % op for op in path.ops)


_OPS = {1: "%s", 3: "%s%.1f %.1f", 7: "%s%.1f %.1f %.1f %.1f %.1f %.1f"}  # Z, M or L, C
