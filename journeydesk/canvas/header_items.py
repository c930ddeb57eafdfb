"""Stage and lane headers, and the bands that keep them in view while the map scrolls."""

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeydesk.canvas import zorder
from journeydesk.canvas.face_painter import paint_face, painter_path
from journeydesk.layout import theme
from journeydesk.layout.emotion import EmotionScale
from journeydesk.layout.face import Face, Path
from journeydesk.layout.face_headers import corner_face, lane_header_face, stage_header_face
from journeydesk.layout.geometry import Rect
from journeydesk.model.enums import LaneKind
from journeydesk.model.journey import Lane, Stage


class HeaderBand(QGraphicsItem):
    """An opaque strip behind a row or column of headers; moved by the view to stay in sight."""

    def __init__(self) -> None:
        super().__init__()
        self._rect = QRectF()
        self.setZValue(zorder.HEADERS)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def set_rect(self, rect: QRectF) -> None:
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.fillRect(option.exposedRect, QColor(theme.CANVAS))


class _Header(QGraphicsItem):
    def __init__(self, item_id: str) -> None:
        super().__init__()
        self.item_id = item_id
        self._rect = QRectF()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)

        self._face: Face | None = None

    def set_geometry(self, rect: Rect) -> None:
        size = QRectF(0, 0, rect.width, rect.height)
        if size != self._rect:
            self.prepareGeometryChange()
            self._rect = size
            self._face = None
        self.setPos(rect.x, rect.y)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        return self._rect.adjusted(-2, -2, 2, 2)

    @property
    def local_rect(self) -> Rect:
        return Rect(0, 0, self._rect.width(), self._rect.height())

    @property
    def face(self) -> Face:
        if self._face is None:
            self._face = self.make_face()
        return self._face

    def make_face(self) -> Face:
        raise NotImplementedError


class StageHeaderItem(_Header):
    """A numbered chevron in the stage's colour."""

    def __init__(self, stage: Stage, number: int) -> None:
        super().__init__(stage.id)
        self.stage, self.number = stage, number
        self.setToolTip(stage.goal)

    def set_stage(self, stage: Stage, number: int) -> None:
        self.stage, self.number = stage, number
        self._face = None
        self.setToolTip(stage.goal)
        self.update()

    def make_face(self) -> Face:
        return stage_header_face(self.local_rect, self.stage, self.number, theme.LIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        paint_face(painter, self.face)
        if self.isSelected():
            outline = next(primitive for primitive in self.face if isinstance(primitive, Path))
            painter.setPen(QPen(QColor(theme.SELECTION), 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(painter_path(outline.ops))


class LaneHeaderItem(_Header):
    """The lane's icon, name and kind, at the left of its row."""

    def __init__(self, lane: Lane) -> None:
        super().__init__(lane.id)
        self.lane = lane
        self.setToolTip(lane.description)

    def set_lane(self, lane: Lane) -> None:
        self.lane = lane
        self._face = None
        self.setToolTip(lane.description)
        self.update()

    def make_face(self) -> Face:
        scale = EmotionScale(self.local_rect) if self.lane.kind is LaneKind.EMOTIONS else None
        return lane_header_face(self.local_rect, self.lane, theme.LIGHT, scale)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        paint_face(painter, self.face)
        if self.isSelected():
            painter.fillRect(QRectF(0, 0, 4, self._rect.height()), QColor(theme.SELECTION))


class CornerItem(QGraphicsItem):
    """The top-left corner above the lane headers: the journey's name."""

    def __init__(self) -> None:
        super().__init__()
        self._rect = QRectF()
        self.title = ""
        self.setZValue(zorder.HEADERS + 1)

    def set_content(self, rect: QRectF, title: str) -> None:
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect
        self.title = title
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        rect = self._rect
        paint_face(painter, corner_face(Rect(rect.x(), rect.y(), rect.width(), rect.height()), self.title, theme.LIGHT))
