"""The emotion lane's curve: a labelled scale, the journey's curve with draggable points, and
optionally another journey's curve overlaid, with a legend."""

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from journeydesk.canvas import zorder
from journeydesk.canvas.map_overlay import MapOverlay
from journeydesk.canvas.overview import OVERVIEW_BELOW
from journeydesk.layout import theme
from journeydesk.layout.emotion import SCORES, EmotionPoint, EmotionScale, Segment, smooth_path
from journeydesk.layout.geometry import Point
from journeydesk.style.fonts import font

Piece = tuple[QPainterPath, QRectF]
Dot = tuple[int, QPointF, int]  # the point's number, its centre, its score
FAR_BELOW = OVERVIEW_BELOW
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


@dataclass
class Drawing:
    """What paint() draws, prepared once per change: the curves in pieces and the dots by x."""

    line: list[Piece]
    overlay: list[Piece]
    dots: list[Dot]  # sorted by x
    xs: list[float]

    def exposed_dots(self, exposed: QRectF) -> list[Dot]:
        margin = POINT_RADIUS + 4
        around = exposed.adjusted(-margin, -margin, margin, margin)
        first, last = bisect_left(self.xs, around.left()), bisect_right(self.xs, around.right())
        return [dot for dot in self.dots[first:last] if around.contains(dot[1])]


def _pieces(segments: list[Segment], per_piece: int = 12) -> list[tuple[QPainterPath, QRectF]]:
    """The curve as short paths with their bounds, so a frame strokes only the pieces it shows:
    stroking one path of thousands of segments costs the whole of it, however little is seen."""
    pieces = []
    for first_segment in range(0, len(segments), per_piece):
        chunk = segments[first_segment : first_segment + per_piece]
        path = QPainterPath()
        path.moveTo(chunk[0][0].x, chunk[0][0].y)
        for _, first, second, end in chunk:
            path.cubicTo(first.x, first.y, second.x, second.y, end.x, end.y)
        pieces.append((path, path.controlPointRect().adjusted(-3, -3, 3, 3)))
    return pieces


def _curve_pen(color: str, width: float, style: Qt.PenStyle, far: bool) -> QPen:
    """Far out, where the line would be under a pixel wide, a one-pixel (cosmetic) line, which Qt
    strokes far faster."""
    pen = QPen(QColor(color), 1 if far else width, style, Qt.PenCapStyle.RoundCap)
    pen.setCosmetic(far)
    return pen


class EmotionCurveItem(MapOverlay):
    """Spans the whole lane, so it paints only what a frame exposes, from paths built once per change."""

    def __init__(self, build: Callable[[], Curve | None]) -> None:
        super().__init__(zorder.CURVE)
        self._build = build
        self._curve: Curve | None = None
        self._drawing: Drawing | None = None
        self._dragged: tuple[int, int] | None = None  # (point index, score shown while dragging)

    def invalidate(self) -> None:
        self._curve = self._drawing = None
        super().invalidate()

    @property
    def curve(self) -> Curve | None:
        if self._curve is None:
            self._curve = self._build()
        return self._curve

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
        self._drawing = None
        self.update()
        return score

    def end_drag(self) -> None:
        self._dragged = None
        self._drawing = None
        self.update()

    # Painting

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        curve = self.curve
        if curve is None:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_scale(painter, curve.scale)
        if self._drawing is None:
            self._drawing = self._prepare(curve)
        drawing = self._drawing
        far = option.levelOfDetailFromTransform(painter.worldTransform()) < FAR_BELOW
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(_curve_pen(curve.overlay_color, 2.2, Qt.PenStyle.DashLine, far))
        self._stroke(painter, drawing.overlay, option.exposedRect)
        painter.setPen(_curve_pen(CURVE_COLOR, 2.6, Qt.PenStyle.SolidLine, far))
        self._stroke(painter, drawing.line, option.exposedRect)
        dots = drawing.exposed_dots(option.exposedRect)
        if far:
            self._paint_far_dots(painter, dots)
        else:
            self._paint_dots(painter, dots)
        self._paint_legend(painter, curve)

    def _paint_dots(self, painter: QPainter, dots: list[Dot]) -> None:
        painter.setPen(QPen(QColor("#ffffff"), 2))
        for number, centre, score in dots:
            radius = POINT_RADIUS + (2 if self._dragged and self._dragged[0] == number else 0)
            painter.setBrush(QColor(theme.EMOTION_COLORS[score]))
            painter.drawEllipse(centre, radius, radius)

    @staticmethod
    def _paint_far_dots(painter: QPainter, dots: list[Dot]) -> None:
        """Far out a dot is a few pixels: a plain disc in its colour, without the white ring, a
        colour at a time. (Qt fills separate small discs far faster than one path of them all, or
        round points.)"""
        by_score: dict[int, list[QPointF]] = {}
        for _, centre, score in dots:
            by_score.setdefault(score, []).append(centre)
        painter.setPen(Qt.PenStyle.NoPen)
        for score, centres in by_score.items():
            painter.setBrush(QColor(theme.EMOTION_COLORS[score]))
            for centre in centres:
                painter.drawEllipse(centre, POINT_RADIUS, POINT_RADIUS)

    @staticmethod
    def _stroke(painter: QPainter, pieces: list[Piece], exposed: QRectF) -> None:
        for path, bounds in pieces:
            if bounds.intersects(exposed):
                painter.drawPath(path)

    def _prepare(self, curve: Curve) -> "Drawing":
        """The curve as shown (with a point being dragged where it is dragged to)."""
        points = [Point(point.x, point.y) for point in curve.points]
        scores = [point.score for point in curve.points]
        if self._dragged is not None:
            index, scores[index] = self._dragged
            points[index] = Point(points[index].x, curve.scale.y(scores[index]))
        dots = sorted(
            (
                (number, QPointF(point.x, point.y), score)
                for number, (point, score) in enumerate(zip(points, scores, strict=True))
            ),
            key=lambda dot: dot[1].x(),
        )
        return Drawing(
            _pieces(smooth_path(points)), _pieces(smooth_path(curve.overlay)), dots, [dot[1].x() for dot in dots]
        )

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
