"""Replays a face (:mod:`journeydesk.layout.face`) with a QPainter, in map units. Knows no card kind."""

from collections.abc import Iterable
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPainterPath, QPen, QTransform

from journeydesk.layout.face import Box, Ellipse, Icon, Image, Path, PathOp, Primitive, Style, Text
from journeydesk.layout.fonts import baseline_offset, line_height
from journeydesk.style.fonts import REFERENCE_PIXELS, face_font
from journeydesk.style.icons import paint_icon

if TYPE_CHECKING:  # the print layout loads with the exports that use it
    from journeydesk.layout.page_face import Layer

PLACEHOLDER = QColor(0, 0, 0, 30)


@cache
def _color(hex_color: str) -> QColor:
    return QColor(hex_color)


@cache
def _pen(style: Style, hairline: bool) -> QPen | Qt.PenStyle:
    if style.stroke is None:
        return Qt.PenStyle.NoPen
    pen = QPen(_color(style.stroke), 1.0 if hairline else style.width)
    pen.setCosmetic(hairline)
    if style.round_cap:
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    if style.dash:
        pen.setDashPattern([length / style.width for length in style.dash])
    return pen


@cache
def _brush(style: Style) -> QBrush | Qt.BrushStyle:
    return QBrush(_color(style.fill)) if style.fill is not None else Qt.BrushStyle.NoBrush


@lru_cache(maxsize=8192)
def painter_path(ops: tuple[PathOp, ...]) -> QPainterPath:
    path = QPainterPath()
    for op in ops:
        kind, values = op[0], [float(value) for value in op[1:]]
        if kind == "M":
            path.moveTo(*values)
        elif kind == "L":
            path.lineTo(*values)
        elif kind == "C":
            path.cubicTo(*values)
        else:
            path.closeSubpath()
    return path


@lru_cache(maxsize=64)
def _image(data: bytes) -> QImage:
    return QImage.fromData(QByteArray(data))


def paint_face(
    painter: QPainter,
    face: Iterable[Primitive],
    *,
    editing: bool = True,
    text: bool = True,
    min_size: float = 0.0,
    hairline: bool = False,
    exposed: QRectF | None = None,
    antialias: bool = True,
) -> None:
    """Draw ``face``. ``editing`` keeps the editor's primitives (off for pictures and print), ``text``
    draws text and ``min_size`` the text at least that size (else grey bars where it is, for text too
    small to read on screen), ``hairline`` strokes every line one pixel wide (far out), ``exposed``
    skips what lies outside it; ``antialias`` off keeps lines on whole pixels crisp."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, antialias)
    for primitive in face:
        if primitive.editor and not editing:
            continue
        if exposed is not None and not exposed.intersects(_qrect(primitive.bounds)):
            continue
        if isinstance(primitive, Text):
            if text and primitive.size >= min_size:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                _text(painter, primitive)
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, antialias)
            else:
                _placeholder(painter, primitive)
        elif isinstance(primitive, Box):
            _shape(painter, primitive.style, hairline)
            rect = _qrect(primitive.rect)
            if primitive.radius:
                painter.drawRoundedRect(rect, primitive.radius, primitive.radius)
            else:
                painter.drawRect(rect)
        elif isinstance(primitive, Path):
            _shape(painter, primitive.style, hairline)
            painter.drawPath(painter_path(primitive.ops))
        elif isinstance(primitive, Ellipse):
            _shape(painter, primitive.style, hairline)
            painter.drawEllipse(QPointF(*primitive.center), primitive.rx, primitive.ry)
        elif isinstance(primitive, Icon):
            paint_icon(painter, primitive.name, _qrect(primitive.rect), primitive.color)
        else:
            _picture(painter, primitive)
    painter.setOpacity(1.0)


def _qrect(rect: tuple[float, float, float, float]) -> QRectF:
    return QRectF(*rect)


def _shape(painter: QPainter, style: Style, hairline: bool) -> None:
    painter.setPen(_pen(style, hairline))
    painter.setBrush(_brush(style))
    painter.setOpacity(style.opacity)


def _text(painter: QPainter, run: Text) -> None:
    """The run at its size: the reference font, scaled about the run's baseline origin."""
    base = painter.worldTransform()
    scale = run.size / REFERENCE_PIXELS
    painter.setWorldTransform(QTransform(scale, 0, 0, scale, run.x, run.baseline) * base)
    painter.setFont(face_font(run.font))
    painter.setPen(_color(run.color))
    painter.setOpacity(1.0)
    painter.drawText(QPointF(0, 0), run.text)
    painter.setWorldTransform(base)


def _placeholder(painter: QPainter, run: Text) -> None:
    height = line_height(run.size) * 0.5
    top = run.baseline - baseline_offset(run.size) + height / 2
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(PLACEHOLDER)
    painter.setOpacity(1.0)
    painter.drawRect(QRectF(run.x, top, run.width, height))


def _picture(painter: QPainter, picture: Image) -> None:
    image = _image(picture.data)
    if image.isNull():
        return
    rect = _qrect(picture.rect)
    side = min(image.width(), image.height())
    source = QRectF((image.width() - side) / 2, (image.height() - side) / 2, side, side)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    if picture.round:
        clip = QPainterPath()
        clip.addEllipse(rect)
        painter.setClipPath(clip, Qt.ClipOperation.IntersectClip)
    painter.drawImage(rect, image, source)
    painter.restore()


def paint_layers(painter: QPainter, layers: Iterable["Layer"], text: bool = True) -> None:
    """A printed page's layers (in points from the frame's corner), as they print: without the
    editor's primitives, each clipped where it is clipped on paper."""
    for layer in layers:
        painter.save()
        if layer.clip is not None:
            painter.setClipRect(_qrect(layer.clip), Qt.ClipOperation.IntersectClip)
        painter.translate(layer.origin.x, layer.origin.y)
        painter.scale(layer.scale, layer.scale)
        paint_face(painter, layer.face, editing=False, text=text)
        painter.restore()
