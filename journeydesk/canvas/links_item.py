"""Connector lines from each improvement action to the pain points it addresses."""

from collections.abc import Callable, Iterable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeydesk.canvas import zorder
from journeydesk.layout import theme
from journeydesk.layout.geometry import Rect
from journeydesk.layout.links import connector as link_curve
from journeydesk.model.enums import CardKind

LINK_COLOR = theme.CARD_STYLES[CardKind.IMPROVEMENT].accent

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


class LinksItem(QGraphicsItem):
    def __init__(self, links: Callable[[], Iterable[Link]]) -> None:
        super().__init__()
        self._links = links
        self._rect = QRectF()
        self.setZValue(zorder.LINKS)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_rect(self, rect: QRectF) -> None:
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        faint, strong = QColor(LINK_COLOR), QColor(LINK_COLOR)
        faint.setAlpha(110)
        for source, target, emphasised in self._links():
            painter.setPen(
                QPen(
                    strong if emphasised else faint,
                    2.4 if emphasised else 1.4,
                    Qt.PenStyle.SolidLine,
                    Qt.PenCapStyle.RoundCap,
                )
            )
            path = connector(source, target)
            painter.drawPath(path)
            end = path.pointAtPercent(1.0)
            painter.setBrush(strong if emphasised else faint)
            painter.drawEllipse(end, 3, 3)
            painter.setBrush(Qt.BrushStyle.NoBrush)


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
