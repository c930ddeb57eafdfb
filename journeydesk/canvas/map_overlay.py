"""Items that span the whole map (the emotion curve, the links, the far-zoom overview)."""

from PySide6.QtWidgets import QGraphicsItem


def paint_only_what_shows(item: QGraphicsItem) -> None:
    """Such an item paints only the part a frame exposes (option.exposedRect), and Qt keeps that part
    as pixels on the screen's scale, so a repaint that changes nothing of it is a copy. Qt caches at
    most the visible part of an item larger than the view, and drops it on update() or a new zoom."""
    item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
    item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
