"""The emotion lane's curve: a labelled scale, the journey's curve with draggable points, and
optionally another journey's curve overlaid, with a legend."""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeydesk.canvas import zorder
from journeydesk.layout import theme
from journeydesk.layout.emotion import SCORES, EmotionPoint, EmotionScale, Segment, smooth_path
from journeydesk.layout.geometry import Point
from journeydesk.style.fonts import font

POINT_RADIUS = 6.5
HIT_RADIUS = 11.0
CURVE_COLOR = "#2f3b52"


@dataclass
class Curve:
    """What the item draws; rebuilt by the scene when the journey changes."""

    scale: EmotionScale
    points: list[EmotionPoint]
    overlay: list[Point]
    overlay_color: str
    labels: tuple[str, str]  # this journey's name, the overlaid journey's name (or "")


def _path(segments: list[Segment]) -> QPainterPath:
    path = QPainterPath()
    if segments:
        path.moveTo(segments[0][0].x, segments[0][0].y)
    for _, first, second, end in segments:
        path.cubicTo(first.x, first.y, second.x, second.y, end.x, end.y)
    return path


class EmotionCurveItem(QGraphicsItem):
    def __init__(self, build: Callable[[], Curve | None]) -> None:
        super().__init__()
        self._build = build
        self._curve: Curve | None = None
        self._rect = QRectF()
        self._dragged: tuple[int, int] | None = None  # (point index, score shown while dragging)
        self.setZValue(zorder.CURVE)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_rect(self, rect: QRectF) -> None:
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect
        self.invalidate()

    def invalidate(self) -> None:
        self._curve = None
        self.update()

    @property
    def curve(self) -> Curve | None:
        if self._curve is None:
            self._curve = self._build()
        return self._curve

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        return self._rect

    # Dragging a point (the scene drives it; the model changes once, on release)

    def point_at(self, pos: QPointF) -> int | None:
        curve = self.curve
        if curve is None:
            return None
        best = min(
            range(len(curve.points)),
            default=None,
            key=lambda i: (curve.points[i].x - pos.x()) ** 2 + (curve.points[i].y - pos.y()) ** 2,
        )
        if best is None:
            return None
        point = curve.points[best]
        return best if (point.x - pos.x()) ** 2 + (point.y - pos.y()) ** 2 <= HIT_RADIUS**2 else None

    def drag_to(self, index: int, y: float) -> int:
        """Show point ``index`` at the score nearest to ``y``; returns that score."""
        assert self.curve is not None
        score = self.curve.scale.score(y)
        self._dragged = (index, score)
        self.update()
        return score

    def end_drag(self) -> None:
        self._dragged = None
        self.update()

    # Painting

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        curve = self.curve
        if curve is None:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_scale(painter, curve.scale)
        if len(curve.overlay) > 1:
            pen = QPen(QColor(curve.overlay_color), 2.2, Qt.PenStyle.DashLine, Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(_path(smooth_path(curve.overlay)))
        points = self._shown_points(curve)
        painter.setPen(QPen(QColor(CURVE_COLOR), 2.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(_path(smooth_path(points)))
        for number, point in enumerate(points):
            score = curve.scale.score(point.y)
            radius = POINT_RADIUS + (2 if self._dragged and self._dragged[0] == number else 0)
            painter.setPen(QPen(QColor("#ffffff"), 2))
            painter.setBrush(QColor(theme.EMOTION_COLORS[score]))
            painter.drawEllipse(QPointF(point.x, point.y), radius, radius)
        self._paint_legend(painter, curve)

    def _shown_points(self, curve: Curve) -> list[Point]:
        points = [Point(point.x, point.y) for point in curve.points]
        if self._dragged is not None:
            index, score = self._dragged
            points[index] = Point(points[index].x, curve.scale.y(score))
        return points

    def _paint_scale(self, painter: QPainter, scale: EmotionScale) -> None:
        """Guide lines for each score; the lane header carries their labels."""
        lane = scale.lane
        for score in SCORES:
            y = scale.y(score)
            style = Qt.PenStyle.SolidLine if score == 0 else Qt.PenStyle.DotLine
            painter.setPen(QPen(QColor(theme.GRID_LINE), 1, style))
            painter.drawLine(QPointF(lane.x + 8, y), QPointF(lane.right - 8, y))

    def _paint_legend(self, painter: QPainter, curve: Curve) -> None:
        if not curve.labels[1]:
            return
        lane = curve.scale.lane
        painter.setFont(font("card_footer"))
        metrics = painter.fontMetrics()
        entries = [
            (curve.labels[0], CURVE_COLOR, Qt.PenStyle.SolidLine),
            (curve.labels[1], curve.overlay_color, Qt.PenStyle.DashLine),
        ]
        width = max(metrics.horizontalAdvance(label) for label, _, _ in entries) + 44
        box = QRectF(lane.right - width - 12, lane.y + 4, width, 2 * 16 + 8)
        painter.setPen(QPen(QColor(theme.GRID_LINE), 1))
        painter.setBrush(QColor(255, 255, 255, 230))
        painter.drawRoundedRect(box, 5, 5)
        for number, (label, color, style) in enumerate(entries):
            y = box.top() + 12 + number * 16
            painter.setPen(QPen(QColor(color), 2.2, style))
            painter.drawLine(QPointF(box.left() + 8, y), QPointF(box.left() + 30, y))
            painter.setPen(QColor(theme.TEXT))
            painter.drawText(QRectF(box.left() + 36, y - 8, width - 40, 16), Qt.AlignmentFlag.AlignVCenter, label)
