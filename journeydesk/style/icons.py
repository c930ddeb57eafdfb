"""Icons from resources/icons, drawn in any colour at any size and cached."""

from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from journeydesk.resources import resource_path

_ink = {"normal": "#3a4150", "disabled": "#b3b9c4"}  # the theme's, for icons without a colour of their own


def set_ink(normal: str, disabled: str) -> None:
    """The colours icons made without one of their own are drawn in from now on (the theme's)."""
    _ink.update(normal=normal, disabled=disabled)


def ink() -> str:
    return _ink["normal"]


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


class _TintedSvgEngine(QIconEngine):
    """Draws an icon when Qt asks for it, at the size and screen scale asked, in its colour or, disabled,
    in the disabled grey: nothing is drawn for sizes and states never shown (rendering every size of
    every icon up front cost a seventh of the start-up)."""

    def __init__(self, name: str, color: str | None) -> None:
        super().__init__()
        self._name, self._color = name, color

    def _tint(self, mode: QIcon.Mode) -> str:
        if mode == QIcon.Mode.Disabled:
            return _ink["disabled"]
        return self._color or _ink["normal"]

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        renderer(self._name, self._tint(mode)).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return pixmap(self._name, self._tint(mode), min(size.width(), size.height()))

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:  # noqa: N802
        return pixmap(self._name, self._tint(mode), min(size.width(), size.height()), scale)

    def clone(self) -> QIconEngine:
        return _TintedSvgEngine(self._name, self._color)


@cache
def icon(name: str, color: str | None = None) -> QIcon:
    """A QIcon with a normal and a disabled look, sharp at any size; without a colour, in the theme's ink."""
    return QIcon(_TintedSvgEngine(name, color))


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
