"""Stage and lane headers, and the bands that keep them in view while the map scrolls."""

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeydesk.canvas import zorder
from journeydesk.canvas.text import elide, wrap
from journeydesk.layout import theme
from journeydesk.layout.emotion import SCORE_LABELS, SCORES, EmotionScale
from journeydesk.layout.geometry import Rect
from journeydesk.model.enums import LaneKind
from journeydesk.model.journey import Lane, Stage
from journeydesk.style.fonts import font, metrics
from journeydesk.style.icons import paint_icon

CHEVRON_TIP = 14.0


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

    def set_geometry(self, rect: Rect) -> None:
        size = QRectF(0, 0, rect.width, rect.height)
        if size != self._rect:
            self.prepareGeometryChange()
            self._rect = size
        self.setPos(rect.x, rect.y)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        return self._rect.adjusted(-2, -2, 2, 2)


class StageHeaderItem(_Header):
    """A numbered chevron in the stage's colour."""

    def __init__(self, stage: Stage, number: int) -> None:
        super().__init__(stage.id)
        self.stage, self.number = stage, number
        self.setToolTip(stage.goal)

    def set_stage(self, stage: Stage, number: int) -> None:
        self.stage, self.number = stage, number
        self.setToolTip(stage.goal)
        self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        rect = self._rect.adjusted(1.5, 4, -1.5, -4)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = QColor(self.stage.color)
        painter.setPen(QPen(QColor(theme.SELECTION), 2.5) if self.isSelected() else Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawPolygon(chevron(rect, notch=self.number > 1))
        left = rect.left() + (CHEVRON_TIP if self.number > 1 else 8) + 6
        badge = QRectF(left, rect.center().y() - 11, 22, 22)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 235))
        painter.drawEllipse(badge)
        painter.setFont(font("stage_number"))
        painter.setPen(color.darker(125))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(self.number))
        text_left = badge.right() + 8
        width = rect.right() - CHEVRON_TIP - 4 - text_left
        painter.setFont(font("stage_name"))
        painter.setPen(QColor("#ffffff"))
        painter.drawText(
            QRectF(text_left, rect.top(), width, rect.height()),
            Qt.AlignmentFlag.AlignVCenter,
            elide(self.stage.name, font("stage_name"), width),
        )


def chevron(rect: QRectF, notch: bool) -> QPolygonF:
    middle = rect.center().y()
    points = [
        QPointF(rect.left(), rect.top()),
        QPointF(rect.right() - CHEVRON_TIP, rect.top()),
        QPointF(rect.right(), middle),
        QPointF(rect.right() - CHEVRON_TIP, rect.bottom()),
        QPointF(rect.left(), rect.bottom()),
    ]
    if notch:
        points.append(QPointF(rect.left() + CHEVRON_TIP, middle))
    return QPolygonF(points)


class LaneHeaderItem(_Header):
    """The lane's icon, name and kind, at the left of its row."""

    def __init__(self, lane: Lane) -> None:
        super().__init__(lane.id)
        self.lane = lane
        self.setToolTip(lane.description)

    def set_lane(self, lane: Lane) -> None:
        self.lane = lane
        self.setToolTip(lane.description)
        self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        rect = self._rect
        painter.fillRect(rect, QColor(theme.HEADER_FILL))
        painter.setPen(QPen(QColor(theme.GRID_LINE), 1))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        if self.isSelected():
            painter.fillRect(QRectF(rect.left(), rect.top(), 4, rect.height()), QColor(theme.SELECTION))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_icon(painter, f"lane-{self.lane.kind.value}", QRectF(14, 13, 18, 18), theme.MUTED_TEXT)
        width = rect.width() - 44 - 10
        painter.setFont(font("lane_name"))
        painter.setPen(QColor(theme.TEXT))
        line_height = metrics("lane_name").lineSpacing()
        lines = wrap(self.lane.name, font("lane_name"), width, 3)
        for number, line in enumerate(lines):
            painter.drawText(
                QRectF(42, 12 + number * line_height, width, line_height), Qt.AlignmentFlag.AlignVCenter, line
            )
        if self.lane.name.strip().casefold() != self.lane.kind.label.casefold():
            painter.setFont(font("lane_kind"))
            painter.setPen(QColor(theme.MUTED_TEXT))
            painter.drawText(
                QRectF(42, 14 + len(lines) * line_height, width, 14),
                Qt.AlignmentFlag.AlignVCenter,
                self.lane.kind.label,
            )
        if self.lane.kind is LaneKind.EMOTIONS:
            self._paint_emotion_scale(painter)

    def _paint_emotion_scale(self, painter: QPainter) -> None:
        """The emotion curve's scale, right-aligned beside the lane, so it stays in sight while scrolling."""
        scale = EmotionScale(Rect(0, 0, self._rect.width(), self._rect.height()))
        painter.setFont(font("lane_kind"))
        for score in SCORES:
            painter.setPen(QColor(theme.EMOTION_COLORS[score]))
            label = f"{SCORE_LABELS[score]}  {score:+d}" if score else f"{SCORE_LABELS[0]}  0"
            painter.drawText(
                QRectF(0, scale.y(score) - 8, self._rect.width() - 8, 16),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                label,
            )


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
        painter.fillRect(self._rect, QColor(theme.CANVAS))
        inner = self._rect.adjusted(10, 6, -8, -6)
        painter.setFont(font("lane_name"))
        painter.setPen(QColor(theme.MUTED_TEXT))
        lines = wrap(self.title, font("lane_name"), inner.width(), 2)
        painter.drawText(inner, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, "\n".join(lines))
