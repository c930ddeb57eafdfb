"""Items that span the map, or a lane of it: the emotion curve and the links."""

from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QGraphicsItem


class MapOverlay(QGraphicsItem):
    """Draws from what it builds out of the document, kept until :meth:`invalidate`.

    It paints only the part a frame exposes (option.exposedRect), and Qt keeps that part as pixels on
    the screen's scale, so a repaint that changes nothing of it is a copy. Qt caches at most the
    visible part of an item larger than the view, and drops it on update() or a new zoom.
    """

    def __init__(self, z: float) -> None:
        super().__init__()
        self._rect = QRectF()
        self.setZValue(z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_rect(self, rect: QRectF) -> None:
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect
        self.invalidate()

    def invalidate(self) -> None:
        """What it was built from changed: subclasses drop what they made, then this redraws."""
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        return self._rect
