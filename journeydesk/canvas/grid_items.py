"""The map's background grid, the cells that hold cards, the current-cell cursor and drop indicators."""

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeydesk.canvas import zorder
from journeydesk.layout import theme
from journeydesk.layout.geometry import Rect
from journeydesk.layout.grid import GridLayout
from journeydesk.model.enums import LaneKind
from journeydesk.model.journey import Lane


def qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.width, rect.height)


class GridItem(QGraphicsItem):
    """Lane rows in alternating tints and the lines between stages and lanes, painted where exposed."""

    def __init__(self) -> None:
        super().__init__()
        self.grid: GridLayout | None = None
        self.lanes: list[Lane] = []
        self._rect = QRectF()
        self.setZValue(zorder.GRID)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_grid(self, grid: GridLayout, lanes: list[Lane]) -> None:
        rect = qrect(grid.grid_rect())
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect
        self.grid, self.lanes = grid, list(lanes)
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        grid = self.grid
        if grid is None:
            return
        exposed = option.exposedRect
        left, right = self._rect.left(), self._rect.right()
        for number, lane in enumerate(self.lanes):
            top, bottom = grid.lane_edges[number], grid.lane_edges[number + 1]
            if bottom < exposed.top() or top > exposed.bottom():
                continue
            fill = theme.GRID_STRIPE if number % 2 else theme.GRID_FILL
            if lane.kind is LaneKind.EMOTIONS:
                fill = "#f6f7fb"
            painter.fillRect(QRectF(left, top, right - left, bottom - top), QColor(fill))
        painter.setPen(QPen(QColor(theme.GRID_LINE), 1))
        for y in grid.lane_edges:
            if exposed.top() - 1 <= y <= exposed.bottom() + 1:
                painter.drawLine(QLineF(left, y, right, y))
        for x in grid.stage_edges:
            if exposed.left() - 1 <= x <= exposed.right() + 1:
                painter.drawLine(QLineF(x, self._rect.top(), x, self._rect.bottom()))


class CellItem(QGraphicsItem):
    """The parent of one cell's cards, placed at the cell's corner. It draws nothing itself:
    when a row or column moves, the cells move and their cards come along."""

    def __init__(self) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(zorder.CELL)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        return QRectF()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        pass


class OutlineItem(QGraphicsItem):
    """A rounded outline or bar in the selection colour: the current cell, or where a drop will land."""

    def __init__(self, z: float, fill_alpha: int, pen_width: float, dashed: bool = False) -> None:
        super().__init__()
        self._rect = QRectF()
        self._fill_alpha, self._pen_width, self._dashed = fill_alpha, pen_width, dashed
        self.setZValue(z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.hide()

    def show_at(self, rect: Rect | None) -> None:
        if rect is None:
            self.hide()
            return
        new = qrect(rect)
        if new != self._rect:
            self.prepareGeometryChange()
            self._rect = new
        self.show()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        return self._rect.adjusted(-self._pen_width, -self._pen_width, self._pen_width, self._pen_width)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = QColor(theme.SELECTION)
        fill = QColor(color)
        fill.setAlpha(self._fill_alpha)
        pen = QPen(color, self._pen_width)
        if self._dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen if self._pen_width else Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        radius = min(4.0, self._rect.width() / 2, self._rect.height() / 2)
        painter.drawRoundedRect(self._rect, radius, radius)


def cell_cursor() -> OutlineItem:
    return OutlineItem(zorder.CURSOR, fill_alpha=10, pen_width=1.5, dashed=True)


def drop_bar() -> OutlineItem:
    return OutlineItem(zorder.INDICATOR, fill_alpha=255, pen_width=0)


def drop_target() -> OutlineItem:
    return OutlineItem(zorder.INDICATOR - 1, fill_alpha=22, pen_width=0)
