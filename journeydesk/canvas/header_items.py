"""Stage and lane headers, and the bands that keep them in view while the map scrolls."""

from collections.abc import Sequence
from typing import ClassVar

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeydesk.canvas import zorder
from journeydesk.canvas.detail import readable, smallest_readable
from journeydesk.canvas.face_painter import paint_face, painter_path
from journeydesk.layout import typography as type_size
from journeydesk.layout.emotion import EmotionScale
from journeydesk.layout.face import Face, Path
from journeydesk.layout.face_card import Badge
from journeydesk.layout.face_headers import corner_face, lane_header_face, lane_header_gist_face, stage_header_face
from journeydesk.layout.geometry import Rect
from journeydesk.layout.theme import LIGHT, Theme
from journeydesk.model.enums import LaneKind
from journeydesk.model.journey import Lane, Stage


class HeaderBand(QGraphicsItem):
    """An opaque strip behind a row or column of headers; moved by the view to stay in sight."""

    def __init__(self) -> None:
        super().__init__()
        self._rect = QRectF()
        self.color = LIGHT.canvas
        self.setZValue(zorder.HEADERS)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def set_rect(self, rect: QRectF) -> None:
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.fillRect(option.exposedRect, QColor(self.color))


class _Header(QGraphicsItem):
    def __init__(self, item_id: str, theme: Theme) -> None:
        super().__init__()
        self.item_id, self.theme = item_id, theme
        self._rect = QRectF()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)

        self._face: Face | None = None
        self._gist: Face | None = None

    def set_geometry(self, rect: Rect) -> None:
        size = QRectF(0, 0, rect.width, rect.height)
        if size != self._rect:
            self.prepareGeometryChange()
            self._rect = size
            self._face = self._gist = None
        self.setPos(rect.x, rect.y)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        return self._rect.adjusted(-2, -2, 2, 2)

    @property
    def local_rect(self) -> Rect:
        return Rect(0, 0, self._rect.width(), self._rect.height())

    @property
    def face(self) -> Face:
        if self._face is None:
            self._face = self.make_face(self.name_size)
        return self._face

    @property
    def gist(self) -> Face:
        """The header with its name in large type, for where the usual size is too small to read."""
        if self._gist is None:
            self._gist = self.make_face(type_size.GIST)
        return self._gist

    name_size: ClassVar[float]  # the name's usual size: it reads on screen, or the gist is drawn

    def make_face(self, name_size: float) -> Face:
        raise NotImplementedError

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.redraw()

    def redraw(self) -> None:
        self._face = self._gist = None
        self.update()

    def paint_face(self, painter: QPainter) -> None:
        detail = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        face = self.face if readable(self.name_size, detail) else self.gist
        paint_face(painter, face, min_size=smallest_readable(detail))


class StageHeaderItem(_Header):
    """A numbered chevron in the stage's colour."""

    name_size = type_size.STAGE_NAME

    def __init__(self, stage: Stage, number: int, theme: Theme, badges: Sequence[Badge] = ()) -> None:
        super().__init__(stage.id, theme)
        self.stage, self.number = stage, number
        self.badges = tuple(badges)
        self.setToolTip(stage.goal)

    def set_badges(self, badges: Sequence[Badge]) -> None:
        """The stage's marks on its top edge: the count of its open comment threads."""
        if tuple(badges) != self.badges:
            self.badges = tuple(badges)
            self.redraw()

    def set_stage(self, stage: Stage, number: int) -> None:
        self.stage, self.number = stage, number
        self.setToolTip(stage.goal)
        self.redraw()

    def make_face(self, name_size: float) -> Face:
        return stage_header_face(self.local_rect, self.stage, self.number, self.theme, name_size, self.badges)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        self.paint_face(painter)
        if self.isSelected():
            outline = next(primitive for primitive in self.face if isinstance(primitive, Path))
            painter.setPen(QPen(QColor(self.theme.selection), 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(painter_path(outline.ops))


class LaneHeaderItem(_Header):
    """The lane's icon, name and kind, at the left of its row (far out: the icon and the name, larger)."""

    name_size = type_size.LANE_NAME

    def __init__(self, lane: Lane, theme: Theme) -> None:
        super().__init__(lane.id, theme)
        self.lane = lane
        self.curve_height = 0.0  # the emotion curve's band from the lane's top; 0: the whole lane
        self.setToolTip(lane.description)

    def set_curve_height(self, height: float) -> None:
        """The emotion scale's labels follow the curve's band, above any cards in the lane."""
        if height != self.curve_height:
            self.curve_height = height
            self.redraw()

    def set_lane(self, lane: Lane) -> None:
        self.lane = lane
        self.setToolTip(lane.description)
        self.redraw()

    def make_face(self, name_size: float) -> Face:
        if name_size > self.name_size:
            return lane_header_gist_face(self.local_rect, self.lane, self.theme)
        rect = self.local_rect
        band = rect._replace(height=self.curve_height or rect.height)
        scale = EmotionScale(band) if self.lane.kind is LaneKind.EMOTIONS else None
        return lane_header_face(rect, self.lane, self.theme, scale)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        self.paint_face(painter)
        if self.isSelected():
            painter.fillRect(QRectF(0, 0, 4, self._rect.height()), QColor(self.theme.selection))


class CornerItem(QGraphicsItem):
    """The top-left corner above the lane headers: the journey's name."""

    def __init__(self) -> None:
        super().__init__()
        self._rect = QRectF()
        self.title = ""
        self.theme = LIGHT
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
        detail = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        face = corner_face(Rect(rect.x(), rect.y(), rect.width(), rect.height()), self.title, self.theme)
        paint_face(painter, face, min_size=smallest_readable(detail))
