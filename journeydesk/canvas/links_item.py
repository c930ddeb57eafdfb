"""Connector lines from each improvement action to the pain points it addresses."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeydesk.canvas import zorder
from journeydesk.canvas.detail import OVERVIEW_BELOW
from journeydesk.canvas.face_painter import paint_face
from journeydesk.canvas.map_overlay import MapOverlay
from journeydesk.layout.colors import mix
from journeydesk.layout.face import Face
from journeydesk.layout.face_links import FAINT, link_face
from journeydesk.layout.geometry import Point, Rect
from journeydesk.layout.links import connector as link_curve
from journeydesk.layout.theme import LIGHT, Theme
from journeydesk.model.enums import CardKind

Link = tuple[str, str, QRectF, QRectF]  # the action's id, the pain point's id, their cards in the scene


@dataclass
class DrawnLink:
    """A link between two cards in the scene, worked out when the cards move, not on every frame."""

    ends: tuple[str, str]  # the action's id, the pain point's id
    cards: tuple[Rect, Rect]  # the action's card and the pain point's
    line: QLineF  # from end to end, for far out
    bounds: QRectF

    @classmethod
    def between(cls, action_id: str, pain_id: str, source: QRectF, target: QRectF) -> "DrawnLink":
        cards = (
            Rect(source.x(), source.y(), source.width(), source.height()),
            Rect(target.x(), target.y(), target.width(), target.height()),
        )
        points: tuple[Point, ...] = link_curve(*cards)
        xs, ys = [point.x for point in points], [point.y for point in points]
        bounds = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)).adjusted(-4, -4, 4, 4)
        return cls((action_id, pain_id), cards, QLineF(xs[0], ys[0], xs[3], ys[3]), bounds)

    def face(self, theme: Theme, strong: bool) -> Face:
        return link_face(*self.cards, theme, strong)


def link_colors(theme: Theme) -> tuple[str, str]:
    """A link's colour, and its faint colour over the grid made opaque (for far out)."""
    color = theme.cards[CardKind.IMPROVEMENT].accent
    return color, mix(color, theme.grid_fill, 1 - FAINT)


class LinksItem(MapOverlay):
    """Spans the whole grid, so it keeps its curves until the cards move (:meth:`invalidate`) and
    paints only those a frame exposes; a link to or from a selected card is drawn stronger."""

    def __init__(self, links: Callable[[], Iterable[Link]], selected: Callable[[], set[str]]) -> None:
        super().__init__(zorder.LINKS)
        self._links, self._selected = links, selected
        self.theme = LIGHT
        self._drawn: list[DrawnLink] | None = None
        self._far_lines: list[QLineF] | None = None

    def invalidate(self) -> None:
        """The cards moved or the links changed: make the curves again at the next paint."""
        self._drawn = self._far_lines = None
        super().invalidate()

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.update()

    def drawn(self) -> list[DrawnLink]:
        if self._drawn is None:
            self._drawn = [DrawnLink.between(*link) for link in self._links()]
        return self._drawn

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = self._selected()
        strong = [link for link in self.drawn() if selected.intersection(link.ends)] if selected else []
        if option.levelOfDetailFromTransform(painter.worldTransform()) < OVERVIEW_BELOW:
            self._paint_far(painter, strong)
            return
        exposed = option.exposedRect
        shown = [link for link in self.drawn() if link.bounds.intersects(exposed) and link not in strong]
        for links, emphasised in ((shown, False), (strong, True)):
            for link in links:
                paint_face(painter, link.face(self.theme, emphasised))

    def _paint_far(self, painter: QPainter, strong: list[DrawnLink]) -> None:
        """Far out, where a curve is a hairline: straight one-pixel lines in one call, left to Qt to
        clip, the selected ones over them. Opaque colours, since Qt strokes translucent lines drawn
        together as one costly outline."""
        if self._far_lines is None:
            self._far_lines = [link.line for link in self.drawn()]
        color, faint = link_colors(self.theme)
        for lines, line_color, width in (
            (self._far_lines, faint, 1.0),
            ([link.line for link in strong], color, 1.5),
        ):
            pen = QPen(QColor(line_color), width)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.drawLines(lines)


class RubberLinkItem(QGraphicsItem):
    """The line that follows the pointer while an action is being linked to a pain point."""

    def __init__(self) -> None:
        super().__init__()
        self._start = QPointF()
        self._end = QPointF()
        self.color = LIGHT.selection
        self.setZValue(zorder.INDICATOR)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.hide()

    def set_line(self, start: QPointF, end: QPointF) -> None:
        self.prepareGeometryChange()
        self._start, self._end = start, end
        self.show()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        return QRectF(self._start, self._end).normalized().adjusted(-4, -4, 4, 4)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(self.color), 2, Qt.PenStyle.DashLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(self._start, self._end)
        painter.setBrush(QColor(self.color))
        painter.drawEllipse(self._end, 3.5, 3.5)
