"""A QR code of the join link, so people in the room can point a phone or tablet at the projector.
The symbol is made by segno; it is drawn here, square by square, in the map's text colour."""

import segno
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap

from journeydesk.layout import theme

QUIET_ZONE = 4  # modules of white around the symbol, as readers expect


def qr_pixmap(text: str, size: int) -> QPixmap:
    """``text`` as a QR code about ``size`` pixels square (whole pixels per module, so it stays sharp)."""
    matrix = segno.make(text, error="m", micro=False).matrix
    modules = len(matrix) + 2 * QUIET_ZONE
    scale = max(1, size // modules)
    pixmap = QPixmap(modules * scale, modules * scale)
    pixmap.fill(Qt.GlobalColor.white)
    painter = QPainter(pixmap)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(theme.TEXT))
    for row, line in enumerate(matrix):
        for column, dark in enumerate(line):
            if dark:
                x, y = (column + QUIET_ZONE) * scale, (row + QUIET_ZONE) * scale
                painter.drawRect(QRectF(x, y, scale, scale))
    painter.end()
    return pixmap
