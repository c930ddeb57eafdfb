"""The far-zoom picture of the cards: every card as a small block in its kind's colour.

Far out, text is unreadable and ten thousand card items each painting themselves cost far more
than a frame allows. The scene then makes the cells transparent (Qt skips their whole subtree,
while the cards stay selectable and hit-testable) and this one item draws all cards in a few
batched calls.
"""

from collections.abc import Callable, Iterable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeydesk.canvas import zorder
from journeydesk.layout.colors import mix
from journeydesk.layout.theme import LIGHT, Theme
from journeydesk.model.enums import CardKind

BlockGroup = tuple[QRectF, dict[CardKind, list[QRectF]]]  # a stage's column, its cards' blocks by kind


def _block_colors(theme: Theme) -> dict[CardKind, QColor]:
    return {kind: QColor(mix(style.fill, style.accent, 0.45)) for kind, style in theme.cards.items()}


class OverviewItem(QGraphicsItem):
    def __init__(self, blocks: Callable[[], list[BlockGroup]], selected: Callable[[], Iterable[QRectF]]) -> None:
        super().__init__()
        self._blocks_source, self._selected_source = blocks, selected
        self._blocks: list[BlockGroup] | None = None
        self._rect = QRectF()
        self.theme = LIGHT
        self._colors = _block_colors(LIGHT)
        self.setZValue(zorder.CELL + 1)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        # It paints only the stages a frame exposes, and is not cached as pixels: Qt re-renders the
        # newly shown strip of a cached item at its own sub-pixel offset, which shows as a seam
        # through unsmoothed blocks (it does not through the smooth lines of the curve and links).
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.hide()

    def set_rect(self, rect: QRectF) -> None:
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self._colors = _block_colors(theme)
        self.update()

    def invalidate(self) -> None:
        """The cards moved: gather their blocks again at the next paint."""
        self._blocks = None
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if self._blocks is None:
            self._blocks = self._blocks_source()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # crisp blocks, at half the cost
        painter.setPen(Qt.PenStyle.NoPen)
        for bounds, blocks in self._blocks:
            if bounds.intersects(option.exposedRect):
                for kind, rects in blocks.items():
                    painter.setBrush(self._colors[kind])
                    painter.drawRects(rects)
        selected = list(self._selected_source())
        if selected:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor(self.theme.selection), 0))  # cosmetic: one pixel at any zoom
            painter.drawRects(selected)
