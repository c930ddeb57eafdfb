"""The emotion lane's curve: the scale, the journey's curve with draggable points, and optionally
another journey's curve overlaid, with a legend. It replays the curve's face from the layout."""

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from journeydesk.canvas import zorder
from journeydesk.canvas.detail import OVERVIEW_BELOW, smallest_readable
from journeydesk.canvas.face_painter import paint_face
from journeydesk.canvas.map_overlay import MapOverlay
from journeydesk.layout.face import Ellipse, Primitive
from journeydesk.layout.face_emotion import POINT_RADIUS, Curve, curve_face
from journeydesk.layout.theme import LIGHT, Theme

FAR_BELOW = OVERVIEW_BELOW
HIT_RADIUS = 11.0

Placed = tuple[QRectF, Primitive]


@dataclass
class Drawing:
    """The face as drawn, prepared once per change: its primitives with their bounds, and the
    points' centres by x for far out."""

    placed: list[Placed]
    dots: list[tuple[float, float, int]]  # x, y, score; sorted by x
    xs: list[float]

    def exposed(self, exposed: QRectF) -> list[Primitive]:
        return [primitive for bounds, primitive in self.placed if bounds.intersects(exposed)]

    def exposed_dots(self, exposed: QRectF) -> list[tuple[float, float, int]]:
        margin = POINT_RADIUS + 4
        first = bisect_left(self.xs, exposed.left() - margin)
        return self.dots[first : bisect_right(self.xs, exposed.right() + margin)]


class EmotionCurveItem(MapOverlay):
    """Spans the whole lane, so it paints only what a frame exposes, from a face made once per change."""

    def __init__(self, build: Callable[[], Curve | None]) -> None:
        super().__init__(zorder.CURVE)
        self._build = build
        self.theme = LIGHT
        self._curve: Curve | None = None
        self._drawing: Drawing | None = None
        self._dragged: tuple[int, int] | None = None  # (point index, score shown while dragging)

    def invalidate(self) -> None:
        self._curve = self._drawing = None
        super().invalidate()

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.invalidate()

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
        if self._drawing is None:
            self._drawing = self._prepare(curve)
        exposed = option.exposedRect
        detail = option.levelOfDetailFromTransform(painter.worldTransform())
        if detail >= FAR_BELOW:
            paint_face(painter, self._drawing.exposed(exposed), min_size=smallest_readable(detail))
            return
        lines = [primitive for primitive in self._drawing.exposed(exposed) if not isinstance(primitive, Ellipse)]
        paint_face(painter, lines, hairline=True, text=False)
        self._paint_far_dots(painter, self._drawing.exposed_dots(exposed))

    def _paint_far_dots(self, painter: QPainter, dots: list[tuple[float, float, int]]) -> None:
        """Far out a point is a few pixels: a plain disc in its colour, a colour at a time. (Qt fills
        separate small discs far faster than one path of them all, or round points.)"""
        by_score: dict[int, list[QPointF]] = {}
        for x, y, score in dots:
            by_score.setdefault(score, []).append(QPointF(x, y))
        painter.setPen(Qt.PenStyle.NoPen)
        for score, centres in by_score.items():
            painter.setBrush(QColor(self.theme.emotion[score]))
            for centre in centres:
                painter.drawEllipse(centre, POINT_RADIUS, POINT_RADIUS)

    def _prepare(self, curve: Curve) -> Drawing:
        """The curve as shown (with a point being dragged where it is dragged to)."""
        scores = [point.score for point in curve.points]
        enlarged = None
        if self._dragged is not None:
            enlarged, scores[enlarged] = self._dragged
        face = curve_face(curve, self.theme, scores, enlarged)
        placed = [(QRectF(*primitive.bounds), primitive) for primitive in face]
        dots = sorted((point.x, curve.scale.y(score), score) for point, score in zip(curve.points, scores, strict=True))
        return Drawing(placed, dots, [dot[0] for dot in dots])
