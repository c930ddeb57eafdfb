"""The map's background grid, the cells that hold cards, the current-cell cursor and drop indicators."""

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeydesk.canvas import zorder
from journeydesk.canvas.face_painter import paint_face
from journeydesk.layout.face import Face
from journeydesk.layout.face_grid import grid_face
from journeydesk.layout.geometry import Rect
from journeydesk.layout.grid import GridLayout
from journeydesk.layout.theme import LIGHT, Theme
from journeydesk.model.journey import Lane


def qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.width, rect.height)


class GridItem(QGraphicsItem):
    """Lane rows in alternating tints and the lines between stages and lanes, painted where exposed."""

    def __init__(self) -> None:
        super().__init__()
        self.grid: GridLayout | None = None
        self.theme = LIGHT
        self._lanes: list[Lane] = []
        self._face: Face = []
        self._rect = QRectF()
        self.setZValue(zorder.GRID)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_grid(self, grid: GridLayout, lanes: list[Lane]) -> None:
        rect = qrect(grid.grid_rect())
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect
        self.grid, self._lanes = grid, list(lanes)
        self._face = grid_face(grid, self._lanes, self.theme)
        self.update()

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        if self.grid is not None:
            self.set_grid(self.grid, self._lanes)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        paint_face(painter, self._face, exposed=option.exposedRect, antialias=False)


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
        self.color = LIGHT.selection
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
        color = QColor(self.color)
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
