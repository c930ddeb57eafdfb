"""Other people's selections in a live session: an outline in each person's colour around the cards
they have selected, with their name on a tab above the first. Drawn over the cards, never into them
(the card faces stay what every surface draws)."""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeydesk.canvas import zorder
from journeydesk.layout.face_card import RADIUS
from journeydesk.style.fonts import family

OUTLINE = 2.5
GAP = 4.0  # between the card and the outline, outside the local selection's own outline
TAB_HEIGHT = 16.0
TAB_PADDING = 6.0


@dataclass(frozen=True)
class RemoteSelection:
    name: str
    colour: str
    card_ids: tuple[str, ...]


class PresenceItem(QGraphicsItem):
    """All remote selections of the journey shown, as outlines; ``locate`` gives a card's scene rect
    (None when the card is not on the map shown)."""

    def __init__(self, locate: Callable[[str], QRectF | None]) -> None:
        super().__init__()
        self._locate = locate
        self._selections: list[RemoteSelection] = []
        self._outlines: list[tuple[RemoteSelection, list[QRectF]]] = []
        self._bounds = QRectF()
        self._font = QFont(family())
        self._font.setPixelSize(11)
        self._font.setWeight(QFont.Weight.DemiBold)
        self.setZValue(zorder.PRESENCE)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def show_selections(self, selections: list[RemoteSelection]) -> None:
        self._selections = list(selections)
        self.refresh()

    @property
    def outlines(self) -> list[tuple[RemoteSelection, list[QRectF]]]:
        """What is drawn: each selection with the outline rectangles of its cards on this map."""
        return self._outlines

    def refresh(self) -> None:
        """Cards moved or the selections changed: the outlines follow."""
        outlines = []
        for selection in self._selections:
            found = [rect for rect in map(self._locate, selection.card_ids) if rect is not None]
            rects = sorted(found, key=lambda rect: (rect.top(), rect.left()))  # the name tab on the first
            if rects:
                outlines.append((selection, [rect.adjusted(-GAP, -GAP, GAP, GAP) for rect in rects]))
        bounds = QRectF()
        for selection, rects in outlines:
            for number, rect in enumerate(rects):
                bounds = bounds.united(rect.adjusted(-OUTLINE, -OUTLINE, OUTLINE, OUTLINE))
                if number == 0:
                    bounds = bounds.united(self._tab(selection, rect))
        self.prepareGeometryChange()
        self._outlines, self._bounds = outlines, bounds
        self.update()

    def _tab(self, selection: RemoteSelection, rect: QRectF) -> QRectF:
        width = QFontMetricsF(self._font).horizontalAdvance(selection.name) + 2 * TAB_PADDING
        return QRectF(rect.left(), rect.top() - TAB_HEIGHT, min(width, max(rect.width(), 60.0)), TAB_HEIGHT)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self._font)
        for selection, rects in self._outlines:
            colour = QColor(selection.colour)
            painter.setPen(QPen(colour, OUTLINE))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for rect in rects:
                painter.drawRoundedRect(rect, RADIUS + GAP, RADIUS + GAP)
            tab = self._tab(selection, rects[0])
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(tab.adjusted(0, 0, 0, RADIUS), RADIUS, RADIUS)
            painter.setPen(QColor("#ffffff"))
            metrics = QFontMetricsF(self._font)
            name = metrics.elidedText(selection.name, Qt.TextElideMode.ElideRight, tab.width() - 2 * TAB_PADDING)
            painter.drawText(QPointF(tab.left() + TAB_PADDING, tab.center().y() + metrics.capHeight() / 2), name)
