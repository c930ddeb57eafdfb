"""The baseline the editor is measured against: a bare QGraphicsScene with one rectangle and one line
of text per card, where the map puts the card, and nothing else: no headers, no styles, no level of
detail, no caching. It imports nothing of JourneyDesk, so a process showing it holds Qt alone."""

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView

Box = tuple[float, float, float, float]  # x, y, width, height in scene units


def build_scene(boxes: Sequence[Box], titles: Sequence[str]) -> QGraphicsScene:
    scene = QGraphicsScene()
    pen, brush = QPen(QColor("#c9ced8")), QBrush(QColor("#ffffff"))
    for (x, y, width, height), title in zip(boxes, titles, strict=True):
        scene.addRect(QRectF(x, y, width, height), pen, brush)
        scene.addSimpleText(title).setPos(x + 12, y + 10)
    return scene


def make_view(width: int, height: int) -> QGraphicsView:
    """A view as a developer would first write it: antialiased, the index Qt picks by default."""
    view = QGraphicsView()
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
    view.resize(width, height)
    return view


def look_at(view: QGraphicsView, zoom: float, x: float, y: float) -> None:
    """Show the scene at ``zoom`` centred on (x, y)."""
    view.resetTransform()
    view.scale(zoom, zoom)
    view.centerOn(x, y)


def titles_of(document: dict) -> list[str]:
    """The card titles of a parsed .journey file's first journey, in file order."""
    return [card.get("title", "") for card in document["project"]["journeys"][0]["cards"]]
