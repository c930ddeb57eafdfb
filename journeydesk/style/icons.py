"""Icons from resources/icons, drawn in any colour at any size and cached."""

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from journeydesk.resources import resource_path

ICON_COLOR = "#3a4150"
DISABLED_ICON_COLOR = "#b3b9c4"


@cache
def _svg_text(name: str) -> str:
    return resource_path("icons", f"{name}.svg").read_text(encoding="utf-8")


@cache
def renderer(name: str, color: str) -> QSvgRenderer:
    """A renderer for icon ``name`` with its strokes in ``color``."""
    return QSvgRenderer(QByteArray(_svg_text(name).replace("currentColor", color).encode("utf-8")))


def paint_icon(painter: QPainter, name: str, rect: QRectF, color: str) -> None:
    renderer(name, color).render(painter, rect)


@cache
def pixmap(name: str, color: str, size: int, device_pixel_ratio: float = 1.0) -> QPixmap:
    side = round(size * device_pixel_ratio)
    image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer(name, color).render(painter, QRectF(0, 0, side, side))
    painter.end()
    result = QPixmap.fromImage(image)
    result.setDevicePixelRatio(device_pixel_ratio)
    return result


@cache
def icon(name: str, color: str = ICON_COLOR) -> QIcon:
    """A QIcon with a normal and a disabled look, sharp at 16, 20, 24 and 32 pixels."""
    result = QIcon()
    for size in (16, 20, 24, 32, 48):
        result.addPixmap(pixmap(name, color, size, 2.0), QIcon.Mode.Normal)
        result.addPixmap(pixmap(name, DISABLED_ICON_COLOR, size, 2.0), QIcon.Mode.Disabled)
    return result


@cache
def app_icon() -> QIcon:
    result = QIcon()
    svg = QSvgRenderer(str(resource_path("icons", "app.svg")))
    for size in (16, 24, 32, 48, 64, 128, 256):
        image = QImage(QSize(size, size), QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor(0, 0, 0, 0))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        svg.render(painter)
        painter.end()
        result.addPixmap(QPixmap.fromImage(image))
    return result
