"""The view on the map: zoom, pan, keyboard, in-place editing, pinned headers, dropped files."""

from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPixmapCache,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QWidget

from journeydesk.canvas.card_item import CardItem
from journeydesk.canvas.detail import OVERVIEW_BELOW
from journeydesk.canvas.header_items import LaneHeaderItem, StageHeaderItem
from journeydesk.canvas.inline_editor import InlineEditor
from journeydesk.canvas.scene import MapScene
from journeydesk.document import Ref
from journeydesk.layout.theme import Theme
from journeydesk.model.types import NAME_MAX, TITLE_MAX
from journeydesk.style.fonts import font

ZOOM_STEPS = (0.05, 0.1, 0.15, 0.25, 0.33, 0.5, 0.67, 0.8, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)
ZOOM_MIN, ZOOM_MAX = ZOOM_STEPS[0], ZOOM_STEPS[-1]
PIXMAP_CACHE_KB = 48 * 1024  # card pixmaps for a full screen of cards at any zoom where text shows
READABLE_ZOOM = 0.75  # the smallest zoom at which a map opens: card text stays legible

HINTS = {
    CardItem: "Drag to move (with Ctrl or Shift-click for several) · Double-click or F2 to edit · "
    "Alt+arrows move the selection",
    StageHeaderItem: "Drag sideways to reorder stages · Double-click to rename",
    LaneHeaderItem: "Drag up or down to reorder lanes · Double-click to rename",
}
EMPTY_HINT = "Double-click a cell to add a card · Drag from the palette · Ctrl+wheel zooms, Space+drag pans"


class MapView(QGraphicsView):
    zoom_changed = Signal(float)
    hint = Signal(str)
    files_dropped = Signal(list)  # list[Path]

    def __init__(self, scene: MapScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), PIXMAP_CACHE_KB))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.setBackgroundBrush(Qt.GlobalColor.transparent)
        self.setAcceptDrops(True)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._editor: InlineEditor | None = None
        self._pan_from: QPoint | None = None
        self._space_panning = False
        self._last_hint = ""
        self.horizontalScrollBar().valueChanged.connect(self.pin_headers)
        self.verticalScrollBar().valueChanged.connect(self.pin_headers)
        self.set_scene(scene)

    def set_scene(self, scene: MapScene) -> None:
        self.setScene(scene)
        self.setStyleSheet(f"QGraphicsView {{ background: {scene.theme.canvas}; border: none; }}")
        scene.set_overview(self.zoom < OVERVIEW_BELOW)
        scene.edit_requested.connect(self.edit_in_place)
        scene.reveal_requested.connect(self.reveal)
        scene.sceneRectChanged.connect(self.pin_headers)
        self.pin_headers()

    def set_theme(self, theme: Theme) -> None:
        """The map and the ground around it in ``theme``'s colours."""
        self.map_scene().set_theme(theme)
        self.setStyleSheet(f"QGraphicsView {{ background: {theme.canvas}; border: none; }}")

    def map_scene(self) -> MapScene:
        scene = self.scene()
        assert isinstance(scene, MapScene)
        return scene

    # Zoom

    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, zoom: float, anchor_under_mouse: bool = False) -> None:
        zoom = max(ZOOM_MIN, min(ZOOM_MAX, zoom))
        if abs(zoom - self.zoom) < 1e-6:
            return
        self.setTransformationAnchor(
            QGraphicsView.ViewportAnchor.AnchorUnderMouse
            if anchor_under_mouse
            else QGraphicsView.ViewportAnchor.AnchorViewCenter
        )
        self.scale(zoom / self.zoom, zoom / self.zoom)
        self.map_scene().set_overview(self.zoom < OVERVIEW_BELOW)
        self.pin_headers()
        self.zoom_changed.emit(self.zoom)

    def zoom_in(self) -> None:
        self.set_zoom(next((step for step in ZOOM_STEPS if step > self.zoom + 1e-6), ZOOM_MAX))

    def zoom_out(self) -> None:
        self.set_zoom(next((step for step in reversed(ZOOM_STEPS) if step < self.zoom - 1e-6), ZOOM_MIN))

    def actual_size(self) -> None:
        self.set_zoom(1.0)

    def zoom_to_fit(self) -> None:
        rect = self.map_scene().map_rect().adjusted(-16, -16, 16, 16)
        viewport = self.viewport().rect()
        if rect.isEmpty() or viewport.isEmpty():
            return
        self.set_zoom(min(viewport.width() / rect.width(), viewport.height() / rect.height(), 1.0))
        self.centerOn(rect.center())

    def show_start(self) -> None:
        """How a map first appears: whole if it fits at a readable size, else its top-left corner."""
        rect = self.map_scene().map_rect().adjusted(-16, -16, 16, 16)
        viewport = self.viewport().rect()
        if rect.isEmpty() or viewport.isEmpty():
            return
        fit = min(viewport.width() / rect.width(), viewport.height() / rect.height())
        self.set_zoom(min(1.0, max(READABLE_ZOOM, fit)))
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())
        self.pin_headers()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt's name)
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            self.set_zoom(self.zoom * (1.2**steps), anchor_under_mouse=True)
            event.accept()
            return
        super().wheelEvent(event)

    # Headers stay in sight while the map scrolls

    def pin_headers(self) -> None:
        scene = self.scene()
        if not isinstance(scene, MapScene):
            return
        top_left = self.mapToScene(QPoint(0, 0))
        x = max(0.0, top_left.x())
        y = max(0.0, top_left.y() - scene.metrics.stage_header_top)
        scene.stage_band.setY(y)
        scene.lane_band.setX(x)
        scene.corner.setPos(x, y)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.pin_headers()

    def reveal(self, rect: QRectF) -> None:
        """Scroll so ``rect`` is in sight and not under the pinned headers."""
        metrics, zoom = self.map_scene().metrics, self.zoom
        visible = self.visible_scene_rect()
        margin = 16 / zoom
        covered_top = max(visible.top(), metrics.stage_header_top) + metrics.stage_header_height + metrics.grid_gap
        free = QRectF(
            QPointF(max(visible.left(), 0) + metrics.lane_header_width + margin, covered_top + margin),
            visible.bottomRight() - QPointF(margin, margin),
        )
        dx = min(0.0, rect.left() - free.left()) or max(0.0, rect.right() - free.right())
        dy = min(0.0, rect.top() - free.top()) or max(0.0, rect.bottom() - free.bottom())
        if dx:
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + round(dx * zoom))
        if dy:
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() + round(dy * zoom))

    # Panning: space + drag, or the middle button

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        scene = self.map_scene()
        key, modifiers = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        arrows: dict[int, tuple[int, int]] = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_panning = True
            self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
            self.setInteractive(False)
        elif key in arrows and modifiers == Qt.KeyboardModifier.AltModifier:
            scene.move_selection(*arrows[key])
        elif key in arrows and modifiers == Qt.KeyboardModifier.NoModifier:
            scene.navigate(*arrows[key])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            scene.request_edit()
        elif key == Qt.Key.Key_Escape:
            scene.cancel_drag()
            scene.clearSelection()
        else:
            super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and self._space_panning:
            self._space_panning = False
            self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
            self.setInteractive(True)
            return
        super().keyReleaseEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if self._pan_from is not None:
            position = event.position().toPoint()
            delta = position - self._pan_from
            self._pan_from = position
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        if event.buttons() == Qt.MouseButton.NoButton:
            self._show_hint(event.position())
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if event.button() == Qt.MouseButton.MiddleButton and self._pan_from is not None:
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def _show_hint(self, position: QPointF) -> None:
        item = self.map_scene().item_at(self.mapToScene(position.toPoint()))
        text = HINTS.get(type(item), EMPTY_HINT) if item is not None else EMPTY_HINT
        if text != self._last_hint:
            self._last_hint = text
            self.hint.emit(text)

    # Editing in place

    def edit_in_place(self, ref: Ref) -> None:
        scene = self.map_scene()
        if self._editor is not None:
            self._editor.commit()
        target = scene.document.resolve(ref)
        item = scene.item_of(ref)
        if item is None:
            return
        self.reveal(item.sceneBoundingRect())
        field, max_length, role = (
            ("title", TITLE_MAX, "card_title") if ref.kind == "card" else ("name", NAME_MAX, "stage_name")
        )
        rect = self.mapFromScene(item.sceneBoundingRect().adjusted(2, 2, -2, -2)).boundingRect()
        editor_font = font(role)
        editor_font.setPointSizeF(max(9.0, editor_font.pointSizeF() * min(self.zoom, 2.0)))
        rect = rect.united(QRect(rect.topLeft(), rect.topLeft() + QPoint(200, 60)))
        theme = self.map_scene().theme
        self._editor = InlineEditor(self.viewport(), getattr(target, field), editor_font, rect, max_length, theme)
        self._editor.committed.connect(lambda text: self._commit_edit(ref, field, text))
        self._editor.cancelled.connect(self._close_editor)

    def _commit_edit(self, ref: Ref, field: str, text: str) -> None:
        self._close_editor()
        scene = self.map_scene()
        if not scene.document.exists(ref):
            return
        verb = {"card": "Edit Title", "stage": "Rename Stage", "lane": "Rename Lane"}[ref.kind]
        if field == "name" and not text:
            return  # a stage or lane keeps its name rather than having none
        scene.edits.set_fields(ref, {field: text}, verb)

    def _close_editor(self) -> None:
        self._editor = None
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def editor(self) -> InlineEditor | None:
        return self._editor

    # Files dropped on the map

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        if _dropped_files(event):
            event.acceptProposedAction()
            return
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 (Qt's name)
        if _dropped_files(event):
            event.acceptProposedAction()
            return
        super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        files = _dropped_files(event)
        if files:
            event.acceptProposedAction()
            self.files_dropped.emit(files)
            return
        super().dropEvent(event)

    def visible_scene_rect(self) -> QRectF:
        return self.mapToScene(self.viewport().rect()).boundingRect()


def _dropped_files(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[Path]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
