"""A template's guidance, faint in the empty cells of the map (the editor's only: exports leave it out)."""

from collections.abc import Callable

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeydesk.canvas import zorder
from journeydesk.canvas.detail import readable
from journeydesk.canvas.face_painter import paint_face
from journeydesk.canvas.map_overlay import MapOverlay
from journeydesk.layout import typography as type_size
from journeydesk.layout.face import Face, Text


class GhostTextItem(MapOverlay):
    """Spans the grid and paints the ghost text of the cells a frame exposes, when it reads."""

    def __init__(self, build: Callable[[], Face]) -> None:
        super().__init__(zorder.GHOSTS)
        self.setCacheMode(QGraphicsItem.CacheMode.NoCache)  # a few lines of text: cheaper drawn than copied
        self._build = build
        self._placed: list[tuple[QRectF, Text]] | None = None

    def invalidate(self) -> None:
        """Cells filled or emptied, stages or lanes changed: make the text again at the next paint."""
        self._placed = None
        super().invalidate()

    @property
    def face(self) -> Face:
        return [run for _, run in self._runs()]

    def _runs(self) -> list[tuple[QRectF, Text]]:
        if self._placed is None:
            self._placed = [(QRectF(*run.bounds), run) for run in self._build() if isinstance(run, Text)]
        return self._placed

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        detail = option.levelOfDetailFromTransform(painter.worldTransform())
        if not readable(type_size.GHOST, detail):  # far out: nothing to draw, nothing to look through
            return
        exposed = option.exposedRect
        paint_face(
            painter, [run for box, run in self._runs() if box.intersects(exposed) and readable(run.size, detail)]
        )
