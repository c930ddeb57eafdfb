"""Replays a face (:mod:`journeydesk.layout.face`) on a reportlab canvas. Knows no card kind.

Map units become points by the one rule of :mod:`journeydesk.layout.units` (``scale`` points per
unit; y turned upwards from ``origin``). Editor primitives are never printed. Runs of plain
rectangles or of text in one style are drawn as one path or one text object, which keeps a
10,000-card page quick to write.
"""

import io
from collections.abc import Iterable
from functools import lru_cache

from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.pathobject import PDFPathObject

from journeydesk.export.pdf import fonts
from journeydesk.export.pdf.vector_icons import draw_icon
from journeydesk.layout.face import Box, Ellipse, Icon, Image, Path, Primitive, Style, Text, exported
from journeydesk.layout.fonts import FontStyle
from journeydesk.layout.geometry import Point

FONT_NAMES = {FontStyle.REGULAR: fonts.REGULAR, FontStyle.BOLD: fonts.BOLD, FontStyle.OBLIQUE: fonts.OBLIQUE}


@lru_cache(maxsize=16)
def _image(data: bytes) -> ImageReader:
    return ImageReader(io.BytesIO(data))


KAPPA = 0.5522847498  # a quarter circle's control points lie this far along its tangents


def _ellipse(canvas: Canvas, x: float, y: float, rx: float, ry: float) -> PDFPathObject:
    """An ellipse as four Bézier quarters, worked out directly: reportlab's own ellipse finds its
    arcs by a general routine that costs more than the rest of drawing an emotion curve's dots."""
    kx, ky = KAPPA * rx, KAPPA * ry
    path = canvas.beginPath()
    path.moveTo(x + rx, y)
    path.curveTo(x + rx, y + ky, x + kx, y + ry, x, y + ry)
    path.curveTo(x - kx, y + ry, x - rx, y + ky, x - rx, y)
    path.curveTo(x - rx, y - ky, x - kx, y - ry, x, y - ry)
    path.curveTo(x + kx, y - ry, x + rx, y - ky, x + rx, y)
    path.close()
    return path


class PdfFacePainter:
    def __init__(self, canvas: Canvas, scale: float, origin: Point) -> None:
        self.canvas, self.scale, self.origin = canvas, scale, origin
        self._alpha = 1.0

    def point(self, x: float, y: float) -> tuple[float, float]:
        return self.origin.x + x * self.scale, self.origin.y - y * self.scale

    def paint(self, face: Iterable[Primitive]) -> None:
        boxes: list[Box] = []
        runs: list[Text] = []
        for primitive in exported(face):
            if boxes and not (isinstance(primitive, Box) and _batchable(primitive, boxes[0])):
                self._boxes(boxes)
                boxes = []
            if runs and not (isinstance(primitive, Text) and _same_type(primitive, runs[0])):
                self._texts(runs)
                runs = []
            if isinstance(primitive, Box) and not primitive.radius and primitive.style.stroke is None:
                boxes.append(primitive)
            elif isinstance(primitive, Text):
                runs.append(primitive)
            else:
                self._one(primitive)
        self._boxes(boxes)
        self._texts(runs)

    # Batches

    def _boxes(self, boxes: list[Box]) -> None:
        if not boxes:
            return
        self._style(boxes[0].style)
        path = self.canvas.beginPath()
        for box in boxes:
            path.rect(*self._box(box.rect))
        self.canvas.drawPath(path, stroke=0, fill=1)

    def _texts(self, runs: list[Text]) -> None:
        if not runs:
            return
        first = runs[0]
        self.canvas.setFillColor(first.color)
        self._set_alpha(1.0)
        lines = [(*self.point(run.x, run.baseline), run.text) for run in runs]
        fonts.draw_many(self.canvas, lines, first.size * self.scale, FONT_NAMES[first.font])

    # One by one

    def _one(self, primitive: Primitive) -> None:
        c, s = self.canvas, self.scale
        if isinstance(primitive, Box):
            self._style(primitive.style)
            stroke, fill = self._paints(primitive.style)
            if primitive.radius:
                c.roundRect(*self._box(primitive.rect), primitive.radius * s, stroke=stroke, fill=fill)
            else:
                c.rect(*self._box(primitive.rect), stroke=stroke, fill=fill)
        elif isinstance(primitive, Ellipse):
            self._style(primitive.style)
            stroke, fill = self._paints(primitive.style)
            x, y = self.point(*primitive.center)
            c.drawPath(_ellipse(c, x, y, primitive.rx * s, primitive.ry * s), stroke=stroke, fill=fill)
        elif isinstance(primitive, Path):
            self._path(primitive)
        elif isinstance(primitive, Icon):
            rect = primitive.rect
            draw_icon(
                c,
                primitive.name,
                lambda u, v: self.point(rect.x + u * rect.width / 24, rect.y + v * rect.height / 24),
                rect.width * s,
                primitive.color,
            )
        elif isinstance(primitive, Image):
            self._picture(primitive)

    def _path(self, primitive: Path) -> None:
        self._style(primitive.style)
        path = self.canvas.beginPath()
        for op in primitive.ops:
            values = [float(value) for value in op[1:]]
            if op[0] == "M":
                path.moveTo(*self.point(*values))
            elif op[0] == "L":
                path.lineTo(*self.point(*values))
            elif op[0] == "C":
                path.curveTo(*self.point(*values[:2]), *self.point(*values[2:4]), *self.point(*values[4:]))
            else:
                path.close()
        stroke, fill = self._paints(primitive.style)
        self.canvas.drawPath(path, stroke=stroke, fill=fill)

    def _picture(self, picture: Image) -> None:
        c = self.canvas
        x, y, w, h = self._box(picture.rect)
        image = _image(picture.data)
        image_width, image_height = image.getSize()
        side = min(image_width, image_height)
        draw_w, draw_h = w * image_width / side, h * image_height / side
        c.saveState()
        clip = c.beginPath()
        if picture.round:
            clip.circle(x + w / 2, y + h / 2, w / 2)
        else:
            clip.rect(x, y, w, h)
        c.clipPath(clip, stroke=0, fill=0)
        c.drawImage(image, x - (draw_w - w) / 2, y - (draw_h - h) / 2, draw_w, draw_h, mask="auto")
        c.restoreState()

    # Helpers

    def _box(self, rect: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
        """reportlab's (x, y of the bottom-left corner, width, height) for a map rectangle."""
        x, top = self.point(rect[0], rect[1])
        return x, top - rect[3] * self.scale, rect[2] * self.scale, rect[3] * self.scale

    def _style(self, style: Style) -> None:
        c = self.canvas
        self._set_alpha(style.opacity)
        if style.fill is not None:
            c.setFillColor(style.fill)
        if style.stroke is not None:
            c.setStrokeColor(style.stroke)
            c.setLineWidth(style.width * self.scale)
            c.setLineCap(1 if style.round_cap else 0)
            c.setDash([length * self.scale for length in style.dash] if style.dash else [])

    def _set_alpha(self, alpha: float) -> None:
        """Opacity is set only when it changes: each setting is an object in the PDF."""
        if alpha != self._alpha:
            self.canvas.setFillAlpha(alpha)
            self.canvas.setStrokeAlpha(alpha)
            self._alpha = alpha

    @staticmethod
    def _paints(style: Style) -> tuple[int, int]:
        return int(style.stroke is not None), int(style.fill is not None)


def _batchable(box: Box, first: Box) -> bool:
    return not box.radius and box.style == first.style


def _same_type(run: Text, first: Text) -> bool:
    return (run.font, run.size, run.color) == (first.font, first.size, first.color)
