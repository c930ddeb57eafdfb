"""Connector lines from each improvement action to the pain points it addresses."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeydesk.canvas import zorder
from journeydesk.canvas.overview import OVERVIEW_BELOW
from journeydesk.layout import theme
from journeydesk.layout.geometry import Rect
from journeydesk.layout.links import connector as link_curve
from journeydesk.model.enums import CardKind

LINK_COLOR = theme.CARD_STYLES[CardKind.IMPROVEMENT].accent
FAR_FAINT = "#8fc4a4"  # the faint link colour over a white grid, opaque

Link = tuple[QRectF, QRectF, bool]  # the action's card, the pain point's card, emphasised


def connector(source: QRectF, target: QRectF) -> QPainterPath:
    """A smooth line between the facing edges of two cards (the geometry is the layout's)."""
    start, first, second, end = link_curve(
        Rect(source.x(), source.y(), source.width(), source.height()),
        Rect(target.x(), target.y(), target.width(), target.height()),
    )
    path = QPainterPath(QPointF(start.x, start.y))
    path.cubicTo(QPointF(first.x, first.y), QPointF(second.x, second.y), QPointF(end.x, end.y))
    return path


def _drawn(source: QRectF, target: QRectF, emphasised: bool) -> "DrawnLink":
    path = connector(source, target)
    start, end = path.elementAt(0), path.elementAt(path.elementCount() - 1)
    bounds = path.controlPointRect().adjusted(-4, -4, 4, 4)
    return DrawnLink(path, QPointF(start.x, start.y), QPointF(end.x, end.y), emphasised, bounds)


@dataclass
class DrawnLink:
    path: QPainterPath
    start: QPointF
    end: QPointF
    emphasised: bool
    bounds: QRectF


class LinksItem(QGraphicsItem):
    """Spans the whole grid, so it keeps its curves between frames (until :meth:`invalidate`) and
    paints only those a frame exposes."""

    def __init__(self, links: Callable[[], Iterable[Link]]) -> None:
        super().__init__()
        self._links = links
        self._drawn: list[DrawnLink] | None = None
        self._far_lines: dict[bool, list[QLineF]] | None = None
        self._rect = QRectF()
        self.setZValue(zorder.LINKS)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)  # fills option.exposedRect

    def set_rect(self, rect: QRectF) -> None:
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect
        self.invalidate()

    def invalidate(self) -> None:
        """The cards or the selection changed: build the curves again at the next paint."""
        self._drawn = self._far_lines = None
        self.update()

    def drawn(self) -> list[DrawnLink]:
        if self._drawn is None:
            self._drawn = [_drawn(source, target, emphasised) for source, target, emphasised in self._links()]
        return self._drawn

    def far_lines(self) -> dict[bool, list[QLineF]]:
        """Each link as a straight line from end to end, the emphasised ones apart."""
        if self._far_lines is None:
            self._far_lines = {False: [], True: []}
            for link in self.drawn():
                self._far_lines[link.emphasised].append(QLineF(link.start, link.end))
        return self._far_lines

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        faint, strong = QColor(LINK_COLOR), QColor(LINK_COLOR)
        faint.setAlpha(110)
        pens = {
            emphasised: QPen(
                strong if emphasised else faint,
                2.4 if emphasised else 1.4,
                Qt.PenStyle.SolidLine,
                Qt.PenCapStyle.RoundCap,
            )
            for emphasised in (False, True)
        }
        if option.levelOfDetailFromTransform(painter.worldTransform()) < OVERVIEW_BELOW:
            self._paint_far(painter)
            return
        for link in self.drawn():
            if not link.bounds.intersects(option.exposedRect):
                continue
            painter.setPen(pens[link.emphasised])
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(link.path)
            painter.setBrush(strong if link.emphasised else faint)
            painter.drawEllipse(link.end, 3, 3)

    def _paint_far(self, painter: QPainter) -> None:
        """Far out, where a curve is a hairline: straight one-pixel lines in one call per emphasis,
        left to Qt to clip. Opaque colours, since Qt strokes translucent lines drawn together as one
        costly outline."""
        for emphasised, lines in self.far_lines().items():
            pen = QPen(QColor(LINK_COLOR if emphasised else FAR_FAINT), 1.5 if emphasised else 1)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.drawLines(lines)


class RubberLinkItem(QGraphicsItem):
    """The line that follows the pointer while an action is being linked to a pain point."""

    def __init__(self) -> None:
        super().__init__()
        self._start = QPointF()
        self._end = QPointF()
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
        painter.setPen(QPen(QColor(theme.SELECTION), 2, Qt.PenStyle.DashLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(self._start, self._end)
        painter.setBrush(QColor(theme.SELECTION))
        painter.drawEllipse(self._end, 3.5, 3.5)
