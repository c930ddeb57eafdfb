"""A card on the canvas. It draws one model card's face and never changes the card."""

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeydesk.canvas.face_painter import paint_face
from journeydesk.layout import theme
from journeydesk.layout.face import Face
from journeydesk.layout.face_card import ACCENT_WIDTH, KNOB_RADIUS, RADIUS, card_face
from journeydesk.layout.geometry import Rect
from journeydesk.layout.metrics import Metrics
from journeydesk.model.cards import Card
from journeydesk.model.enums import CardKind

# Below these levels of detail (screen pixels per map unit) a card is drawn more simply.
PLAIN_BELOW = 0.3
NO_TEXT_BELOW = 0.55


@cache
def _shape(width: float, height: float) -> QPainterPath:
    """The card's outline (shared by every card of that size)."""
    body = QPainterPath()
    body.addRoundedRect(QRectF(0, 0, width, height), RADIUS, RADIUS)
    return body


class CardItem(QGraphicsItem):
    def __init__(self, card: Card, metrics_: Metrics, editing: bool = True) -> None:
        """With ``editing`` False, the card as a picture shows it: no link knob, no "New note" prompt."""
        super().__init__()
        self.card = card
        self.editing = editing
        self._size = QRectF(0, 0, metrics_.card_width, metrics_.card_height)
        self._bounds = self._outer_bounds()
        self._face: Face | None = None
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)
        # Painted once per zoom level into a pixmap: scrolling and repaints then only copy pixels.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    @property
    def card_id(self) -> str:
        return self.card.id

    def set_card(self, card: Card) -> None:
        """The card changed (or was replaced by one of another kind): draw it anew."""
        if card.kind is not self.card.kind:
            self.prepareGeometryChange()
        self.card = card
        self._bounds = self._outer_bounds()
        self._face = None
        self.update()

    @property
    def face(self) -> Face:
        """What the card shows, made the first time it is painted near enough to read."""
        if self._face is None:
            self._face = card_face(self.card, Rect(0, 0, self._size.width(), self._size.height()), theme.LIGHT)
        return self._face

    def tooltip(self) -> str:
        """The title and description (the scene shows it on hover; keeping it on ten thousand items
        would slow every map's opening)."""
        tip = self.card.title if not self.card.description else f"{self.card.title}\n\n{self.card.description}"
        return tip[:2000]

    @property
    def body(self) -> QRectF:
        return self._size

    @property
    def has_knob(self) -> bool:
        return self.editing and self.card.kind is CardKind.IMPROVEMENT

    def knob_center(self) -> QPointF:
        return QPointF(self._size.right(), self._size.center().y())

    def knob_contains(self, local: QPointF) -> bool:
        offset = local - self.knob_center()
        return self.has_knob and offset.x() ** 2 + offset.y() ** 2 <= (KNOB_RADIUS + 2) ** 2

    def _outer_bounds(self) -> QRectF:
        return self._size.adjusted(-3, -3, KNOB_RADIUS + 3 if self.has_knob else 3, 3)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name, asked for constantly: kept, not computed)
        return self._bounds

    def shape(self) -> QPainterPath:
        body = _shape(self._size.width(), self._size.height())
        if not self.has_knob:
            return body
        knob = QPainterPath()
        knob.addEllipse(self.knob_center(), KNOB_RADIUS + 2, KNOB_RADIUS + 2)
        return body.united(knob)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        detail = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        selected = self.isSelected()
        if detail < PLAIN_BELOW:
            style = theme.CARD_STYLES[self.card.kind]
            painter.fillRect(self._size, QColor(style.accent if selected else style.fill))
            painter.fillRect(QRectF(0, 0, ACCENT_WIDTH * 2, self._size.height()), QColor(style.accent))
            return
        paint_face(painter, self.face, editor=self.editing, text=detail >= NO_TEXT_BELOW)
        if selected:
            painter.setPen(QPen(QColor(theme.SELECTION), 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self._size.adjusted(-1.5, -1.5, 1.5, 1.5), RADIUS + 1.5, RADIUS + 1.5)
