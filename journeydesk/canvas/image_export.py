"""PNG and SVG pictures of a journey's map, drawn by the canvas itself so they match the screen."""

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsItem

from journeydesk.canvas.scene import MapScene
from journeydesk.document import JourneyDocument
from journeydesk.document.edits import Edits
from journeydesk.io.atomic import atomic_write
from journeydesk.io.errors import SaveError
from journeydesk.layout import theme
from journeydesk.model.project import Project

SCREEN_DPI = 96.0  # one map unit is one pixel at 100% on a 96-dpi screen
MAX_PIXELS = 400_000_000
MAX_SIDE = 32_767  # PNG and QImage limits stay well clear of this
BORDER = 24.0


def map_scene(project: Project, journey_id: str | None = None) -> MapScene:
    """A picture of the journey (the first one by default), drawn by the canvas in the light theme: the
    map as the PDF shows it, without the editor's prompts, handles, ghost text, vote dots, cursor or
    selection."""
    document = JourneyDocument(project.model_copy(deep=True))
    scene = MapScene(document, Edits(document), journey_id or project.journeys[0].id, editing=False)
    for item in scene.card_items.values():  # paint, never copy a cached pixmap: SVG keeps vectors and text
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    return scene


def picture_size(scene: MapScene, dpi: float) -> QSize:
    rect = scene.map_rect().adjusted(-BORDER, -BORDER, BORDER, BORDER)
    factor = dpi / SCREEN_DPI
    return QSize(round(rect.width() * factor), round(rect.height() * factor))


def png_bytes(
    project: Project, journey_id: str | None = None, dpi: float = 2 * SCREEN_DPI, target: str | Path = "map.png"
) -> bytes:
    scene = map_scene(project, journey_id)
    size = picture_size(scene, dpi)
    if size.width() > MAX_SIDE or size.height() > MAX_SIDE or size.width() * size.height() > MAX_PIXELS:
        raise SaveError(
            target,
            f"at {dpi:g} dpi the picture would be {size.width()} x {size.height()} pixels; choose a lower resolution",
        )
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # the format is a str at run time; the stub says bytes, which PySide6 refuses
    if not render_image(scene, dpi).save(buffer, "PNG"):  # type: ignore[call-overload]  # see above
        raise SaveError(target, "the picture could not be encoded as PNG")
    return bytes(data.data())


def render_image(scene: MapScene, dpi: float) -> QImage:
    """The scene's map as pixels at ``dpi``: the same picture at any resolution, only sharper.

    It is drawn as on a screen (text set in points keeps its size in map units, and the painter
    scales the whole map up), then labelled with the resolution asked for.
    """
    size = picture_size(scene, dpi)
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(theme.CANVAS))
    _set_dpi(image, SCREEN_DPI)
    painter = QPainter(image)
    _render(painter, scene, QRectF(0, 0, size.width(), size.height()))
    painter.end()
    _set_dpi(image, dpi)
    return image


def svg_bytes(project: Project, journey_id: str | None = None) -> bytes:
    scene = map_scene(project, journey_id)
    size = picture_size(scene, SCREEN_DPI)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setTitle(f"{project.title}: {scene.journey.name}")
    generator.setDescription("A customer journey map made with JourneyDesk")
    painter = QPainter(generator)
    painter.fillRect(QRectF(0, 0, size.width(), size.height()), QColor(theme.CANVAS))
    _render(painter, scene, QRectF(0, 0, size.width(), size.height()))
    painter.end()
    return bytes(data.data())


def _set_dpi(image: QImage, dpi: float) -> None:
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)


def _render(painter: QPainter, scene: MapScene, target: QRectF) -> None:
    painter.setRenderHints(
        QPainter.RenderHint.Antialiasing
        | QPainter.RenderHint.TextAntialiasing
        | QPainter.RenderHint.SmoothPixmapTransform
    )
    source = scene.map_rect().adjusted(-BORDER, -BORDER, BORDER, BORDER)
    scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)


def export_png(project: Project, path: str | Path, journey_id: str | None = None, dpi: float = 192) -> None:
    atomic_write(path, png_bytes(project, journey_id, dpi, path))


def export_svg(project: Project, path: str | Path, journey_id: str | None = None) -> None:
    atomic_write(path, svg_bytes(project, journey_id))
