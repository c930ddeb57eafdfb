"""A card on the canvas. It draws one model card and never changes it."""

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeydesk.canvas.text import elide, wrap
from journeydesk.layout import theme
from journeydesk.layout.card_face import (
    ACCENT_WIDTH,
    CONTENT_LEFT,
    PADDING,
    RADIUS,
    caption,
    has_caption,
    icon_name,
    title_height,
    title_top,
)
from journeydesk.layout.metrics import Metrics
from journeydesk.model.cards import Card, ImprovementCard, PainPointCard, TouchpointCard
from journeydesk.model.enums import CardKind
from journeydesk.style.fonts import font, metrics
from journeydesk.style.icons import paint_icon

# Below these levels of detail (screen pixels per map unit) a card is drawn more simply.
PLAIN_BELOW = 0.3
NO_TEXT_BELOW = 0.55
KNOB_RADIUS = 7.5  # the handle on an improvement action's right edge: drag it onto a pain point


@cache
def _shapes(width: float, height: float) -> tuple[QPainterPath, QPainterPath]:
    """The card's outline and its accent strip (shared by every card of that size)."""
    body = QPainterPath()
    body.addRoundedRect(QRectF(0, 0, width, height), RADIUS, RADIUS)
    strip = QPainterPath()
    strip.addRect(QRectF(0, 0, ACCENT_WIDTH, height))
    return body, body.intersected(strip)


class CardItem(QGraphicsItem):
    def __init__(self, card: Card, metrics_: Metrics, editing: bool = True) -> None:
        """With ``editing`` False, the card as a picture shows it: no link knob, no "New note" prompt."""
        super().__init__()
        self.card = card
        self.editing = editing
        self._size = QRectF(0, 0, metrics_.card_width, metrics_.card_height)
        self._bounds = self._outer_bounds()
        self._lines: list[str] | None = None
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
        self._lines = None
        self.update()

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
        body = _shapes(self._size.width(), self._size.height())[0]
        if not self.has_knob:
            return body
        knob = QPainterPath()
        knob.addEllipse(self.knob_center(), KNOB_RADIUS + 2, KNOB_RADIUS + 2)
        return body.united(knob)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        style = theme.CARD_STYLES[self.card.kind]
        detail = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        selected = self.isSelected()
        if detail < PLAIN_BELOW:
            painter.fillRect(self._size, QColor(style.accent if selected else style.fill))
            painter.fillRect(QRectF(0, 0, ACCENT_WIDTH * 2, self._size.height()), QColor(style.accent))
            return
        body, strip = _shapes(self._size.width(), self._size.height())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(theme.CARD_BORDER), 1))
        painter.setBrush(QColor(style.fill))
        painter.drawPath(body)
        painter.fillPath(strip, QColor(style.accent))
        if selected:
            painter.setPen(QPen(QColor(theme.SELECTION), 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self._size.adjusted(-1.5, -1.5, 1.5, 1.5), RADIUS + 1.5, RADIUS + 1.5)
        if detail < NO_TEXT_BELOW:
            self._paint_text_placeholder(painter)
            return
        if has_caption(self.card):
            self._paint_top_row(painter, style)
        self._paint_title(painter)
        if isinstance(self.card, ImprovementCard):
            self._paint_action_footer(painter, self.card)
        if self.has_knob:
            self._paint_knob(painter, style)

    # Parts

    def _paint_top_row(self, painter: QPainter, style: theme.KindStyle) -> None:
        card = self.card
        left = CONTENT_LEFT
        paint_icon(painter, icon_name(card), QRectF(left, 7, 14, 14), style.accent)
        badge_width = self._paint_badge(painter, card)
        painter.setFont(font("card_caption"))
        painter.setPen(QColor(style.label))
        caption_width = self._size.width() - left - 20 - badge_width - PADDING
        painter.drawText(
            QRectF(left + 19, 6, caption_width, 16),
            Qt.AlignmentFlag.AlignVCenter,
            elide(caption(card), font("card_caption"), caption_width),
        )

    def _paint_badge(self, painter: QPainter, card: Card) -> float:
        """The kind's badge at the top right; returns the width it takes."""
        right = self._size.width() - PADDING
        if isinstance(card, PainPointCard):
            return _paint_severity(painter, right, 14, card.severity)
        if isinstance(card, TouchpointCard) and card.emotion is not None:
            return _paint_emotion_face(painter, QPointF(right - 7, 14), card.emotion)
        if isinstance(card, ImprovementCard):
            text = f"I{card.impact} · E{card.effort}"
            painter.setFont(font("card_caption"))
            width = metrics("card_caption").horizontalAdvance(text)
            painter.setPen(QColor(theme.MUTED_TEXT))
            painter.drawText(QRectF(right - width, 6, width, 16), Qt.AlignmentFlag.AlignVCenter, text)
            return width
        return 0.0

    def _title_lines(self) -> list[str]:
        if self._lines is None:
            width = self._size.width() - CONTENT_LEFT - PADDING
            line_height = metrics("card_title").lineSpacing()
            available = title_height(self.card, self._size.height())
            self._lines = wrap(self.card.title, font("card_title"), width, max(1, int(available // line_height)))
        return self._lines

    def _paint_title(self, painter: QPainter) -> None:
        left, top = CONTENT_LEFT, title_top(self.card)
        width = self._size.width() - left - PADDING
        painter.setFont(font("card_title"))
        line_height = metrics("card_title").lineSpacing()
        lines = self._title_lines()
        if not lines and self.editing:
            painter.setPen(QColor(theme.MUTED_TEXT))
            painter.drawText(
                QRectF(left, top, width, line_height),
                Qt.AlignmentFlag.AlignVCenter,
                f"New {self.card.kind.label.lower()}",
            )
            return
        painter.setPen(QColor(theme.TEXT))
        for number, line in enumerate(lines):
            painter.drawText(
                QRectF(left, top + number * line_height, width, line_height),
                Qt.AlignmentFlag.AlignVCenter,
                line,
            )

    def _paint_action_footer(self, painter: QPainter, card: ImprovementCard) -> None:
        left, bottom = CONTENT_LEFT, self._size.height() - 7
        status_color = QColor(theme.STATUS_COLORS[card.status])
        painter.setFont(font("card_caption"))
        label = card.status.label
        pill_width = metrics("card_caption").horizontalAdvance(label) + 12
        pill = QRectF(left, bottom - 13, pill_width, 13)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(status_color)
        painter.drawRoundedRect(pill, 6.5, 6.5)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, label)
        if card.owner:
            painter.setFont(font("card_footer"))
            painter.setPen(QColor(theme.MUTED_TEXT))
            owner_left = pill.right() + 6
            owner_width = self._size.width() - PADDING - owner_left
            painter.drawText(
                QRectF(owner_left, bottom - 14, owner_width, 15),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                elide(card.owner, font("card_footer"), owner_width),
            )

    def _paint_knob(self, painter: QPainter, style: theme.KindStyle) -> None:
        center = self.knob_center()
        painter.setPen(QPen(QColor(style.accent), 1.6))
        painter.setBrush(QColor("#ffffff"))
        painter.drawEllipse(center, KNOB_RADIUS, KNOB_RADIUS)
        painter.setPen(QPen(QColor(style.accent), 1.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(QPointF(center.x() - 3.2, center.y()), QPointF(center.x() + 3.2, center.y()))
        painter.drawLine(QPointF(center.x(), center.y() - 3.2), QPointF(center.x(), center.y() + 3.2))

    def _paint_text_placeholder(self, painter: QPainter) -> None:
        """Grey bars where the text is, for zoom levels where letters would be unreadable."""
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 30))
        left = CONTENT_LEFT
        width = self._size.width() - left - PADDING
        painter.drawRect(QRectF(left, 10, width * 0.45, 6))
        painter.drawRect(QRectF(left, 30, width, 7))
        painter.drawRect(QRectF(left, 44, width * 0.7, 7))


def _paint_severity(painter: QPainter, right: float, center_y: float, severity: int) -> float:
    """Five dots, ``severity`` of them filled in the severity's colour."""
    radius, gap = 3.2, 3.0
    width = 5 * 2 * radius + 4 * gap
    filled = QColor(theme.SEVERITY_COLORS[severity - 1])
    painter.setPen(Qt.PenStyle.NoPen)
    for dot in range(5):
        painter.setBrush(filled if dot < severity else QColor(0, 0, 0, 28))
        center = QPointF(right - width + radius + dot * (2 * radius + gap), center_y)
        painter.drawEllipse(center, radius, radius)
    return width


def _paint_emotion_face(painter: QPainter, center: QPointF, emotion: int) -> float:
    """A small face in the emotion's colour: the mouth curves with the score."""
    radius = 7.0
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(theme.EMOTION_COLORS[emotion]))
    painter.drawEllipse(center, radius, radius)
    painter.setBrush(QColor("#ffffff"))
    for dx in (-2.4, 2.4):
        painter.drawEllipse(QPointF(center.x() + dx, center.y() - 1.8), 0.9, 0.9)
    mouth = QPainterPath()
    curve = emotion * 1.1
    mouth.moveTo(center.x() - 3.2, center.y() + 2.6 - curve / 2)
    mouth.quadTo(center.x(), center.y() + 2.6 + curve, center.x() + 3.2, center.y() + 2.6 - curve / 2)
    painter.setPen(QPen(QColor("#ffffff"), 1.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(mouth)
    return 2 * radius
