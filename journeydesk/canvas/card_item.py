"""A card on the canvas. It draws one model card's face and never changes the card.

How much it draws follows the size its text has on screen (:mod:`journeydesk.canvas.detail`): the
whole face while its title reads, the gist (the first words in large type) further out, a block in
its kind's colours further still.
"""

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeydesk.canvas.detail import readable, smallest_readable
from journeydesk.canvas.face_painter import paint_face
from journeydesk.layout import typography as type_size
from journeydesk.layout.face import Face
from journeydesk.layout.face_card import (
    ACCENT_WIDTH,
    BADGE_PRIMITIVES,
    KNOB_RADIUS,
    RADIUS,
    Badge,
    badge_height,
    card_face,
    gist_face,
)
from journeydesk.layout.geometry import Rect
from journeydesk.layout.metrics import Metrics
from journeydesk.layout.theme import Theme
from journeydesk.model.cards import Card
from journeydesk.model.enums import CardKind


@cache
def _shape(width: float, height: float) -> QPainterPath:
    """The card's outline (shared by every card of that size)."""
    body = QPainterPath()
    body.addRoundedRect(QRectF(0, 0, width, height), RADIUS, RADIUS)
    return body


class CardItem(QGraphicsItem):
    def __init__(
        self, card: Card, metrics_: Metrics, theme: Theme, badges: tuple[Badge, ...] = (), editing: bool = True
    ) -> None:
        """With ``editing`` False, the card as a picture shows it: no link knob, no "New note" prompt."""
        super().__init__()
        self.card, self.theme, self.badges, self.editing = card, theme, badges, editing
        self._size = QRectF(0, 0, metrics_.card_width, metrics_.card_height)
        self._bounds = self._outer_bounds()
        self._face: Face | None = None
        self._gist: Face | None = None
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
        self._redraw()

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self._redraw()

    def set_badges(self, badges: tuple[Badge, ...]) -> None:
        """Counts pinned to the card (the dots of ended votes)."""
        if badges != self.badges:
            self.prepareGeometryChange()
            self.badges = badges
            self._bounds = self._outer_bounds()
            self._redraw()

    def _redraw(self) -> None:
        self._face = self._gist = None
        self.update()

    @property
    def face(self) -> Face:
        """What the card shows, made the first time it is painted near enough to read."""
        if self._face is None:
            self._face = card_face(self.card, self._local, self.theme, self.badges)
        return self._face

    @property
    def gist(self) -> Face:
        """What the card shows where its title is too small to read: its first words, larger."""
        if self._gist is None:
            self._gist = gist_face(self.card, self._local, self.theme, self.badges)
        return self._gist

    @property
    def _local(self) -> Rect:
        return Rect(0, 0, self._size.width(), self._size.height())

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
        """The card, the knob on its right edge and the badges on its top edge."""
        top = badge_height() / 2 + 3 if self.badges else 3
        return self._size.adjusted(-3, -top, KNOB_RADIUS + 3 if self.has_knob else 3, 3)

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
        if readable(type_size.CARD_TITLE, detail):
            paint_face(painter, self.face, editing=self.editing, min_size=smallest_readable(detail))
        elif readable(type_size.GIST, detail):
            paint_face(painter, self.gist, editing=self.editing)
        else:
            style = self.theme.cards[self.card.kind]
            painter.fillRect(self._size, QColor(style.accent if selected else style.fill))
            painter.fillRect(QRectF(0, 0, ACCENT_WIDTH * 2, self._size.height()), QColor(style.accent))
            return
        if selected:
            painter.setPen(QPen(QColor(self.theme.selection), 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self._size.adjusted(-1.5, -1.5, 1.5, 1.5), RADIUS + 1.5, RADIUS + 1.5)
            if self.badges:  # over the outline: a badge sits on the card's edge
                face = self.face if readable(type_size.CARD_TITLE, detail) else self.gist
                paint_face(painter, face[-BADGE_PRIMITIVES * len(self.badges) :], min_size=smallest_readable(detail))
