"""The map scene: draws one journey of the document and turns mouse work into edits.

The scene keeps id -> item maps and follows the document's ``changed`` signal: a change relays out
only the cells it touched (plus the grid when a row or column changed size). Items never write the
model; every edit goes through :class:`journeydesk.document.edits.Edits`.

It draws in a theme's colours (:meth:`MapScene.set_theme`); a scene made for an export keeps the light
theme and leaves out what only helps while editing (``editing=False``: the ghost text of empty cells,
the dots of votes on the cards).
"""

from collections.abc import Iterable

from PySide6.QtCore import QObject, QPointF, QRectF, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QTransform
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneDragDropEvent,
    QGraphicsSceneHelpEvent,
    QGraphicsSceneMouseEvent,
    QToolTip,
)

from journeydesk.canvas import zorder
from journeydesk.canvas.band_item import JourneyBandItem
from journeydesk.canvas.card_item import CardItem
from journeydesk.canvas.emotion_item import EmotionCurveItem
from journeydesk.canvas.ghost_item import GhostTextItem
from journeydesk.canvas.grid_items import CellItem, GridItem, cell_cursor, drop_bar, drop_target, qrect
from journeydesk.canvas.header_items import CornerItem, HeaderBand, LaneHeaderItem, StageHeaderItem
from journeydesk.canvas.interactions import CardDrag, EmotionDrag, HeaderDrag, LinkDrag
from journeydesk.canvas.links_item import Link, LinksItem, RubberLinkItem
from journeydesk.canvas.overview import BlockGroup, OverviewItem
from journeydesk.canvas.palette_mime import PaletteEntry, palette_entry
from journeydesk.canvas.presence import PresenceItem, RemoteSelection
from journeydesk.canvas.targets import CellTarget, ColumnTarget, cell_target, lane_target, stage_target
from journeydesk.document import ChangeSet, JourneyDocument, Ref
from journeydesk.document.edits import Edits
from journeydesk.layout import METRICS, Metrics, compute_grid
from journeydesk.layout.emotion import EmotionScale, emotion_lane
from journeydesk.layout.face import Face
from journeydesk.layout.face_card import COMMENT_MARK, Badge
from journeydesk.layout.face_emotion import Curve
from journeydesk.layout.face_ghost import ghosts_face
from journeydesk.layout.face_map import journey_curve
from journeydesk.layout.grid import GridLayout
from journeydesk.layout.map_geometry import ScreenGeometry
from journeydesk.layout.theme import LIGHT, Theme
from journeydesk.model.cards import Card
from journeydesk.model.cells import Cell, CellIndex
from journeydesk.model.comments import open_counts
from journeydesk.model.defaults import card_kind_for
from journeydesk.model.enums import CardKind
from journeydesk.model.journey import Journey
from journeydesk.model.votes import dots_shown

MARGIN = 48.0  # around the map, so its edges can be scrolled into the middle of the view


def own_dots(count: int) -> str:
    """A participant's own dots on a card, during their turn: "●● you"."""
    return ("●" * count if count <= 3 else f"● ×{count}") + " you"


class MapScene(QGraphicsScene):
    edit_requested = Signal(object)  # Ref whose title or name to edit in place
    current_cell_changed = Signal(object)  # Cell | None
    journey_shown = Signal(str)
    reveal_requested = Signal(QRectF)  # scroll this into sight
    card_clicked = Signal(str)  # a card's id: pressed and released without dragging

    def __init__(
        self,
        document: JourneyDocument,
        edits: Edits,
        journey_id: str | None = None,
        metrics: Metrics = METRICS,
        parent: QObject | None = None,
        theme: Theme = LIGHT,
        editing: bool = True,
    ) -> None:
        """With ``editing`` False the scene draws a picture of the map: none of the editor's prompts
        (no persona yet, describe the scenario, new card), handles (the link knob), ghost text or dots."""
        super().__init__(parent)
        self.document, self.edits, self.metrics = document, edits, metrics
        self.theme, self.editing = theme, editing
        self._badges: dict[str, tuple[Badge, ...]] = {}  # by card or stage id: the dots and counts shown on it
        self.journey_id = ""
        self.grid: GridLayout | None = None
        self.card_items: dict[str, CardItem] = {}
        self.cell_items: dict[Cell, CellItem] = {}
        self.stage_headers: dict[str, StageHeaderItem] = {}
        self.lane_headers: dict[str, LaneHeaderItem] = {}
        self.current_cell: Cell | None = None
        self._drag: CardDrag | HeaderDrag | EmotionDrag | LinkDrag | None = None
        self.overview_mode = False
        self.links_visible = True
        self._press: tuple[QGraphicsItem, QPointF] | None = None
        self._remote_selections: list[RemoteSelection] = []
        document.changed.connect(self._on_changed)
        self.selectionChanged.connect(self._on_selection_changed)
        self.show_journey(journey_id or document.project.journeys[0].id)

    # The journey shown

    @property
    def journey(self) -> Journey:
        return self.document.journey(self.journey_id)

    @property
    def index(self) -> CellIndex:
        return self.document.index(self.journey_id)

    def show_journey(self, journey_id: str) -> None:
        """Build every item for ``journey_id`` from scratch."""
        self._drag = None
        had_selection = bool(self.selectedItems())
        # Deleting a selected item announces the change half-way through clear(), to listeners that
        # would find the items (the links) and maybe the journey gone: it is announced once the new
        # journey is built instead.
        with QSignalBlocker(self):
            self.clear()
        self.card_items, self.cell_items, self.stage_headers, self.lane_headers = {}, {}, {}, {}
        self.journey_id = journey_id
        self.grid = None
        self.grid_item = GridItem()
        self.stage_band, self.lane_band, self.corner = HeaderBand(), HeaderBand(), CornerItem()
        self.cursor = cell_cursor()
        self.drop_bar, self.drop_area = drop_bar(), drop_target()
        self.overview = OverviewItem(self._overview_blocks, self._selected_blocks)
        self.overview.setVisible(self.overview_mode)
        self.band = JourneyBandItem(self.editing)
        self.emotion = EmotionCurveItem(self._build_curve)
        self.links = LinksItem(self._links, lambda: set(self.selected_card_ids()))
        self.links.setVisible(self.links_visible)
        self.rubber_link = RubberLinkItem()
        self.ghosts = GhostTextItem(self._ghost_face)
        self.ghosts.setVisible(self.editing)
        self.presence = PresenceItem(self._card_rect)
        for item in (
            self.grid_item,
            self.stage_band,
            self.lane_band,
            self.corner,
            self.cursor,
            self.drop_bar,
            self.drop_area,
            self.overview,
            self.band,
            self.emotion,
            self.links,
            self.rubber_link,
            self.ghosts,
            self.presence,
        ):
            self.addItem(item)
        self._paint_in(self.theme)
        self._badges = self._badges_by_id()
        self._sync_structure()
        self._regrid(force=True)
        for cell in self.cell_items:
            self._build_cards(cell)
        self._laid_out()
        self.presence.show_selections(self._remote_selections)
        self.set_current_cell(None)
        self.journey_shown.emit(journey_id)
        if had_selection:
            self.selectionChanged.emit()

    def retire(self) -> None:
        """Stop following the document and stay silent until deleted (its items go with it)."""
        self.document.changed.disconnect(self._on_changed)
        self.blockSignals(True)
        self.deleteLater()

    def map_rect(self) -> QRectF:
        """The map without the margin around it."""
        assert self.grid is not None
        return qrect(self.grid.bounds)

    # Following the document

    def _on_changed(self, changes: ChangeSet) -> None:
        if self.journey_id not in {journey.id for journey in self.document.project.journeys}:
            self.show_journey(self.document.project.journeys[0].id)
            return
        if changes.project:
            self._refresh_band()
            self.emotion.invalidate()  # personas and other journeys shape the band and the overlay
        if self.journey_id in changes.votes or self.journey_id in changes.comments:
            self._show_badges()
        journey_changes = changes.journeys.get(self.journey_id)
        if journey_changes is None:
            if changes.journeys:  # another journey changed: its overlaid curve may have too
                self.emotion.invalidate()
            return
        dirty: set[Cell] = set()
        for card_id, cell in journey_changes.removed.items():  # before their cells can go
            item = self.card_items.pop(card_id, None)
            if item is not None:
                self.removeItem(item)
            dirty.add(cell)
        if journey_changes.structure:
            self._sync_structure()
        for card_id, cell in journey_changes.moved.items():
            dirty.add(cell)
            dirty.add(self._reparent(card_id))
        for card_id in journey_changes.added:
            if card_id not in self.card_items and card_id in self.index:
                dirty.add(self._add_card_item(card_id))
        for card_id in journey_changes.changed:
            item = self.card_items.get(card_id)
            if item is not None:
                item.set_card(self.index.card(card_id))
        self._relayout(dirty, force=journey_changes.structure)
        if self.current_cell is not None and self.current_cell not in self.cell_items:
            self.set_current_cell(None)

    def _sync_structure(self) -> None:
        """Headers and cells for the journey's current stages and lanes."""
        journey = self.journey
        stage_ids = {stage.id for stage in journey.stages}
        lane_ids = {lane.id for lane in journey.lanes}
        for number, stage in enumerate(journey.stages, 1):
            header = self.stage_headers.get(stage.id)
            if header is None:
                header = self.stage_headers[stage.id] = StageHeaderItem(
                    stage, number, self.theme, self._badges.get(stage.id, ())
                )
                header.setParentItem(self.stage_band)
            else:
                header.set_stage(stage, number)
        for lane in journey.lanes:
            lane_header = self.lane_headers.get(lane.id)
            if lane_header is None:
                lane_header = self.lane_headers[lane.id] = LaneHeaderItem(lane, self.theme)
                lane_header.setParentItem(self.lane_band)
            else:
                lane_header.set_lane(lane)
        for mapping, keep in ((self.stage_headers, stage_ids), (self.lane_headers, lane_ids)):
            for item_id in [item_id for item_id in mapping if item_id not in keep]:
                self.removeItem(mapping.pop(item_id))
        for cell in [cell for cell in self.cell_items if cell[0] not in stage_ids or cell[1] not in lane_ids]:
            self.removeItem(self.cell_items.pop(cell))
        for stage in journey.stages:
            for lane in journey.lanes:
                if (stage.id, lane.id) not in self.cell_items:
                    cell_item = self.cell_items[(stage.id, lane.id)] = CellItem()
                    cell_item.setOpacity(0.0 if self.overview_mode else 1.0)
                    self.addItem(cell_item)

    def _add_card_item(self, card_id: str) -> Cell:
        card = self.index.card(card_id)
        item = self.card_items[card_id] = self._card_item(card)
        cell = (card.stage_id, card.lane_id)
        item.setParentItem(self.cell_items[cell])
        return cell

    def _reparent(self, card_id: str) -> Cell:
        card = self.index.card(card_id)
        cell = (card.stage_id, card.lane_id)
        item = self.card_items[card_id]
        item.set_card(card)
        if item.parentItem() is not self.cell_items[cell]:
            item.setParentItem(self.cell_items[cell])
        return cell

    def _relayout(self, dirty: Iterable[Cell], force: bool = False) -> None:
        """Place the cards of the ``dirty`` cells; move rows and columns if the grid changed."""
        for cell in set(dirty) | self._regrid(force):
            if cell in self.cell_items:
                self._place_cards(cell)
        self._laid_out()

    def _regrid(self, force: bool) -> set[Cell]:
        """Lay out the grid again if it changed (or ``force``); the cells whose cards moved within
        them: their stage changed width, or their lane gained or lost the curve's band above them."""
        journey = self.journey
        grid = compute_grid(journey.stages, journey.lanes, self.index.counts(), self.metrics)
        if not force and grid == self.grid:
            return set()
        previous = self.grid
        self.grid = grid
        self._place_grid(grid)
        widened = {
            stage_id
            for stage_id, columns in zip(grid.stage_ids, grid.stage_columns, strict=True)
            if previous is None or stage_id not in previous.stage_ids or previous.columns(stage_id) != columns
        }
        lowered = {
            lane_id
            for lane_id in grid.lane_ids
            if previous is None
            or lane_id not in previous.lane_ids
            or previous.card_top(lane_id) != grid.card_top(lane_id)
        }
        return {cell for cell in self.cell_items if cell[0] in widened or cell[1] in lowered}

    def _laid_out(self) -> None:
        """After cards moved: the cursor follows, and the items drawn from card positions redraw."""
        self._place_cursor()
        self.overview.invalidate()
        self.emotion.invalidate()
        self.links.invalidate()
        self.ghosts.invalidate()
        self.presence.refresh()

    def _place_grid(self, grid: GridLayout) -> None:
        for cell, item in self.cell_items.items():
            rect = grid.cell_rect(cell)
            item.setPos(rect.x, rect.y)
        for stage_id, header in self.stage_headers.items():
            header.set_geometry(grid.stage_header_rect(stage_id))
        for lane_id, lane_header in self.lane_headers.items():
            lane_header.set_geometry(grid.lane_header_rect(lane_id))
            lane_header.set_curve_height(grid.curve_rect(lane_id).height)
        self.grid_item.set_grid(grid, self.journey.lanes)
        self.overview.set_rect(qrect(grid.grid_rect()))
        self.links.set_rect(qrect(grid.grid_rect()))
        self.ghosts.set_rect(qrect(grid.grid_rect()))
        m = self.metrics
        self.stage_band.set_rect(QRectF(0, m.stage_header_top, grid.width, m.stage_header_height + m.grid_gap))
        self.lane_band.set_rect(QRectF(0, m.stage_header_top, m.lane_header_width, grid.height - m.stage_header_top))
        self.corner.set_content(
            QRectF(0, m.stage_header_top, m.lane_header_width, m.stage_header_height), self.journey.name
        )
        self._refresh_band()
        lane = emotion_lane(self.journey)
        self.emotion.set_rect(qrect(grid.curve_rect(lane.id)) if lane else QRectF())
        self.setSceneRect(qrect(grid.bounds).adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))

    def _refresh_band(self) -> None:
        if self.grid is None:
            return
        journey = self.journey
        persona_id = journey.persona_id
        persona = self.document.project.persona(persona_id) if persona_id else None
        self.band.set_content(qrect(self.grid.band_rect()), journey, persona)

    def _build_cards(self, cell: Cell) -> None:
        """An item for each card of a new cell, placed in its slot before it joins the scene."""
        assert self.grid is not None
        parent = self.cell_items[cell]
        for number, card in enumerate(self.index.cards_in(cell)):
            slot = self.grid.slot_rect(cell, number)
            item = self.card_items[card.id] = self._card_item(card)
            item.setPos(slot.x, slot.y)
            item.setParentItem(parent)

    def _place_cards(self, cell: Cell) -> None:
        assert self.grid is not None
        for number, card in enumerate(self.index.cards_in(cell)):
            slot = self.grid.slot_rect(cell, number)
            self.card_items[card.id].setPos(slot.x, slot.y)

    def place_cards(self, cells: Iterable[Cell]) -> None:
        """Put cards back into their slots (after a drag that changed nothing)."""
        for cell in cells:
            self._place_cards(cell)

    # Other people in a live session

    def show_remote_selections(self, selections: list[RemoteSelection]) -> None:
        """Outline what other people have selected, each in their colour."""
        self._remote_selections = list(selections)
        self.presence.show_selections(self._remote_selections)

    def _card_rect(self, card_id: str) -> QRectF | None:
        item = self.card_items.get(card_id)
        return item.mapRectToScene(item.body) if item is not None else None

    # Selection and the current cell

    def selected_card_ids(self) -> list[str]:
        return [item.card_id for item in self.selectedItems() if isinstance(item, CardItem)]

    def selected_ref(self) -> Ref | None:
        """The one object the inspector should show, or None for several or none."""
        selected = self.selectedItems()
        return self.ref_of(selected[0]) if len(selected) == 1 else None

    def ref_of(self, item: QGraphicsItem) -> Ref | None:
        """The card, stage or lane ``item`` shows (None for any other item)."""
        if isinstance(item, CardItem):
            return Ref.card(self.journey_id, item.card_id)
        if isinstance(item, StageHeaderItem):
            return Ref.stage(self.journey_id, item.item_id)
        if isinstance(item, LaneHeaderItem):
            return Ref.lane(self.journey_id, item.item_id)
        return None

    def select(self, items: Iterable[QGraphicsItem]) -> None:
        self.clearSelection()
        last = None
        for item in items:
            item.setSelected(True)
            last = item
        if isinstance(last, CardItem):
            self.set_current_cell((last.card.stage_id, last.card.lane_id))
        if last is not None:
            self.reveal_requested.emit(last.sceneBoundingRect())

    def select_cards(self, card_ids: Iterable[str]) -> None:
        self.select(self.card_items[card_id] for card_id in card_ids if card_id in self.card_items)

    def item_of(self, ref: Ref) -> QGraphicsItem | None:
        """The card or header item that shows ``ref`` (None for anything else)."""
        if ref.kind == "card":
            return self.card_items.get(str(ref.id))
        if ref.kind == "stage":
            return self.stage_headers.get(str(ref.id))
        if ref.kind == "lane":
            return self.lane_headers.get(str(ref.id))
        return None

    def select_ref(self, ref: Ref) -> None:
        item = self.item_of(ref)
        if item is not None:
            self.select([item])

    def set_current_cell(self, cell: Cell | None) -> None:
        if cell != self.current_cell:
            self.current_cell = cell
            self._place_cursor()
            self.current_cell_changed.emit(cell)

    def _place_cursor(self) -> None:
        if self.grid is None or self.current_cell is None or self.current_cell not in self.cell_items:
            self.cursor.show_at(None)
        else:
            self.cursor.show_at(self.grid.cell_rect(self.current_cell))

    def insertion_cell(self, kind: CardKind | None = None) -> tuple[Cell, int | None] | None:
        """Where the Insert menu puts a new card: after the selected card, else at the end of the
        current cell, else in the first lane that suits ``kind``."""
        selected = self.selected_card_ids()
        if selected:
            card = self.index.card(selected[-1])
            return (card.stage_id, card.lane_id), self.index.cell_index(card.id) + 1
        if self.current_cell is not None:
            return self.current_cell, None
        journey = self.journey
        if not journey.stages or not journey.lanes:
            return None
        lane = next(
            (lane for lane in journey.lanes if kind is not None and card_kind_for(lane) is kind), journey.lanes[0]
        )
        return (journey.stages[0].id, lane.id), None

    # Keyboard

    def navigate(self, dx: int, dy: int) -> None:
        """Arrow keys: step to the neighbouring card, or cell when there is none."""
        journey = self.journey
        if not journey.stages or not journey.lanes:
            return
        selected = self.selected_card_ids()
        if selected:
            card = self.index.card(selected[-1])
            cell, position = (card.stage_id, card.lane_id), self.index.cell_index(card.id)
        elif self.current_cell is not None:
            cell, position = self.current_cell, -1
        else:
            self.set_current_cell((journey.stages[0].id, journey.lanes[0].id))
            return
        cards = self.index.cards_in(cell)
        if dy and 0 <= position + dy < len(cards) and position >= 0:
            self.select_cards([cards[position + dy].id])
            return
        if dy < 0 and position == -1 and cards:
            self.select_cards([cards[-1].id])
            return
        target = self._neighbour_cell(cell, dx, dy)
        if target is None:
            return
        target_cards = self.index.cards_in(target)
        if target_cards:
            pick = min(max(position, 0), len(target_cards) - 1) if dx else (0 if dy > 0 else len(target_cards) - 1)
            self.select_cards([target_cards[pick].id])
        else:
            self.clearSelection()
            self.set_current_cell(target)

    def _neighbour_cell(self, cell: Cell, dx: int, dy: int) -> Cell | None:
        stage_ids = [stage.id for stage in self.journey.stages]
        lane_ids = [lane.id for lane in self.journey.lanes]
        s, lane = stage_ids.index(cell[0]) + dx, lane_ids.index(cell[1]) + dy
        if 0 <= s < len(stage_ids) and 0 <= lane < len(lane_ids):
            return stage_ids[s], lane_ids[lane]
        return None

    def move_selection(self, dx: int, dy: int) -> None:
        """Alt+arrows: move the selected cards one place up or down, or to the neighbouring cell."""
        selected = self.selected_card_ids()
        if not selected:
            return
        first = self.index.card(selected[0])
        cell = (first.stage_id, first.lane_id)
        positions = sorted(
            self.index.cell_index(card_id)
            for card_id in selected
            if (self.index.card(card_id).stage_id, self.index.card(card_id).lane_id) == cell
        )
        count = self.index.count(cell)
        remaining = count - len(selected) if len(positions) == len(selected) else None
        target, index = cell, None
        if dy and remaining is not None and 0 <= positions[0] + dy <= remaining:
            index = positions[0] + dy
        else:
            neighbour = self._neighbour_cell(cell, dx, dy)
            if neighbour is None:
                return
            target = neighbour
            index = 0 if dy > 0 else self.index.count(neighbour)
        key = ("keyboard-move", self.journey_id, tuple(sorted(selected)))
        self.edits.move_cards(self.journey_id, selected, target[0], target[1], index, merge_key=key)
        self.select_cards(selected)

    def request_edit(self) -> None:
        """Enter/F2: edit the selected object's title or name in place."""
        ref = self.selected_ref()
        if ref is not None:
            self.edit_requested.emit(ref)

    # Mouse

    def item_at(self, pos: QPointF) -> QGraphicsItem | None:
        for item in self.items(
            pos, Qt.ItemSelectionMode.IntersectsItemShape, Qt.SortOrder.DescendingOrder, QTransform()
        ):
            if isinstance(item, CardItem | StageHeaderItem | LaneHeaderItem):
                return item
        return None

    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:  # noqa: N802 (Qt's name)
        """A card's tooltip, worked out when the pointer rests on it."""
        item = self.item_at(event.scenePos())
        if isinstance(item, CardItem):
            QToolTip.showText(event.screenPos(), item.tooltip(), event.widget())
            event.accept()
            return
        super().helpEvent(event)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 (Qt's name)
        self._press = None
        if event.button() == Qt.MouseButton.LeftButton:
            special = self._special_drag(event.scenePos())
            if special is not None:
                self._drag = special
                event.accept()
                return
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                event.setModifiers(event.modifiers() | Qt.KeyboardModifier.ControlModifier)
            item = self.item_at(event.scenePos())
            if item is not None:
                self._press = (item, event.scenePos())
            elif self.grid is not None:
                self.set_current_cell(self.grid.cell_at(event.scenePos().x(), event.scenePos().y()))
        super().mousePressEvent(event)
        if self._press and isinstance(self._press[0], CardItem):
            card = self._press[0].card
            self.set_current_cell((card.stage_id, card.lane_id))

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if self._drag is not None:
            self._drag.move(event.scenePos())
            return
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            item, start = self._press
            if (event.scenePos() - start).manhattanLength() * self._zoom() >= QApplication.startDragDistance():
                self._drag = self._start_drag(item, start)
                self._drag.move(event.scenePos())
                return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            event.setModifiers(event.modifiers() | Qt.KeyboardModifier.ControlModifier)
        drag, press, self._drag, self._press = self._drag, self._press, None, None
        if not isinstance(drag, EmotionDrag | LinkDrag):  # those began without any item's press
            super().mouseReleaseEvent(event)
        if drag is not None:
            drag.finish(event.scenePos())
        elif press is not None and isinstance(press[0], CardItem) and event.button() == Qt.MouseButton.LeftButton:
            self.card_clicked.emit(press[0].card_id)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 (Qt's name)
        item = self.item_at(event.scenePos())
        if isinstance(item, CardItem | StageHeaderItem | LaneHeaderItem):
            self.select([item])
            self.request_edit()
            return
        cell = self.grid.cell_at(event.scenePos().x(), event.scenePos().y()) if self.grid else None
        if cell is not None:  # double-click on empty space in a cell: a new card there
            self.insert_card(card_kind_for(self.journey.lane(cell[1])), cell, None)

    def _special_drag(self, pos: QPointF) -> EmotionDrag | LinkDrag | None:
        """A press on an emotion point or on an action's link knob starts its own kind of drag."""
        if not self.overview_mode:
            point = self.emotion.point_at(pos)
            if point is not None:
                return EmotionDrag(self, point, pos)
            item = self.item_at(pos)
            if isinstance(item, CardItem) and item.knob_contains(item.mapFromScene(pos)):
                return LinkDrag(self, item, pos)
        return None

    def cancel_drag(self) -> None:
        if self._drag is not None:
            self._drag.cancel()
            self._drag = None

    def _start_drag(self, item: QGraphicsItem, start: QPointF) -> CardDrag | HeaderDrag:
        if isinstance(item, CardItem):
            if not item.isSelected():
                self.select([item])
            items = [selected for selected in self.selectedItems() if isinstance(selected, CardItem)]
            return CardDrag(self, items, start)
        assert isinstance(item, StageHeaderItem | LaneHeaderItem)
        self.select([item])
        return HeaderDrag(self, item, start)

    def _zoom(self) -> float:
        views = self.views()
        return views[0].transform().m11() if views else 1.0

    # Drops from the palette

    def dragEnterEvent(self, event: QGraphicsSceneDragDropEvent) -> None:  # noqa: N802 (Qt's name)
        event.setAccepted(palette_entry(event.mimeData()) is not None)

    def dragMoveEvent(self, event: QGraphicsSceneDragDropEvent) -> None:  # noqa: N802 (Qt's name)
        entry = palette_entry(event.mimeData())
        target = self._palette_target(entry, event.scenePos()) if entry else None
        self.show_drop_target(target)
        event.setAccepted(target is not None)
        if target is not None:
            event.acceptProposedAction()

    def dragLeaveEvent(self, event: QGraphicsSceneDragDropEvent) -> None:  # noqa: N802 (Qt's name)
        self.show_drop_target(None)

    def dropEvent(self, event: QGraphicsSceneDragDropEvent) -> None:  # noqa: N802 (Qt's name)
        entry = palette_entry(event.mimeData())
        target = self._palette_target(entry, event.scenePos()) if entry else None
        self.show_drop_target(None)
        if entry is None or target is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.insert_entry(entry, target)

    def _palette_target(self, entry: PaletteEntry, pos: QPointF) -> ColumnTarget | CellTarget | None:
        if self.grid is None:
            return None
        if entry is PaletteEntry.STAGE:
            return stage_target(self.grid, pos.x())
        if entry is PaletteEntry.LANE:
            return lane_target(self.grid, pos.y())
        return cell_target(self.grid, self.index, pos.x(), pos.y())

    def show_drop_target(self, target: ColumnTarget | CellTarget | None) -> None:
        self.drop_bar.show_at(target.marker if target else None)
        self.drop_area.show_at(target.cell_rect if isinstance(target, CellTarget) else None)

    def insert_entry(self, entry: PaletteEntry, target: ColumnTarget | CellTarget) -> None:
        """Insert what the palette entry stands for at ``target``."""
        if isinstance(target, ColumnTarget):
            self.insert_column(entry, target.index)
        elif entry.card_kind is not None:
            self.insert_card(entry.card_kind, target.cell, target.index)

    def insert_column(self, entry: PaletteEntry, index: int) -> None:
        """A new stage or lane at ``index``, selected, with its name open for editing."""
        if entry is PaletteEntry.STAGE:
            ref = Ref.stage(self.journey_id, self.edits.add_stage(self.journey_id, index))
        else:
            ref = Ref.lane(self.journey_id, self.edits.add_lane(self.journey_id, index))
        self.select_ref(ref)
        self.request_edit()

    def insert_card(self, kind: CardKind, cell: Cell, index: int | None) -> None:
        """A new card in ``cell`` at ``index``, selected, with its title open for editing."""
        card_id = self.edits.add_card(self.journey_id, kind, cell[0], cell[1], index)
        self.select_cards([card_id])
        self.request_edit()

    def raise_cells(self, cells: Iterable[Cell], raised: bool) -> None:
        """Lift the cells of dragged cards above the others (and show them, in the overview)."""
        for cell in cells:
            item = self.cell_items[cell]
            item.setZValue(zorder.CELL_DRAGGED if raised else zorder.CELL)
            item.setOpacity(1.0 if raised or not self.overview_mode else 0.0)

    # The emotion curve and the links

    def _build_curve(self) -> Curve | None:
        journey, grid = self.journey, self.grid
        lane = emotion_lane(journey)
        if lane is None or grid is None:
            return None
        geometry = ScreenGeometry(grid, self.index)
        scale = EmotionScale(grid.curve_rect(lane.id))
        return journey_curve(self.document.project, journey, self.index, geometry, scale, self.theme)

    def _ghost_face(self) -> Face:
        if self.grid is None:
            return []
        return ghosts_face(self.journey, self.index, ScreenGeometry(self.grid, self.index), self.theme)

    # Colours and votes

    def set_theme(self, theme: Theme) -> None:
        """Draw the map in ``theme``'s colours."""
        if theme == self.theme:
            return
        self._paint_in(theme)
        self._badges = self._badges_by_id()
        self._hand_out_badges([*self.card_items, *self.stage_headers])
        for item in self.card_items.values():
            item.set_theme(theme)
        for header in [*self.stage_headers.values(), *self.lane_headers.values()]:
            header.set_theme(theme)
        self.ghosts.invalidate()

    def _paint_in(self, theme: Theme) -> None:
        self.theme = theme
        for item in (self.grid_item, self.band, self.emotion, self.links, self.overview):
            item.set_theme(theme)
        self.corner.theme = theme
        for band in (self.stage_band, self.lane_band, self.corner):
            band.update()
        self.stage_band.color = self.lane_band.color = theme.canvas
        for outline in (self.cursor, self.drop_bar, self.drop_area, self.rubber_link):
            outline.color = theme.selection
        self.update()

    def _badges_by_id(self) -> dict[str, tuple[Badge, ...]]:
        """Each card's dots: the count of every ended vote, or while a vote runs only the dots of the
        participant whose turn it is, marked as theirs (nobody sees the tally before the end); and the
        count of the open comment threads of each card and stage. A picture of the map has none: the
        deliverables carry votes in their registers and comments in their own sheet or appendix."""
        if not self.editing:
            return {}
        counts, own = dots_shown(self.journey.votes)
        badges: dict[str, tuple[Badge, ...]] = {
            card_id: (Badge(own_dots(count), self.theme.selection) if own else Badge(f"● {count}", self.theme.votes),)
            for card_id, count in counts.items()
        }
        for card_id, threads in open_counts(self.journey.comments).items():
            badges[card_id] = (Badge(f"{COMMENT_MARK} {threads}", self.theme.comments), *badges.get(card_id, ()))
        return badges

    def _card_item(self, card: Card) -> CardItem:
        return CardItem(card, self.metrics, self.theme, self._badges.get(card.id, ()), self.editing)

    def _show_badges(self) -> None:
        before, self._badges = self._badges, self._badges_by_id()
        self._hand_out_badges({*before, *self._badges})

    def _hand_out_badges(self, target_ids: Iterable[str]) -> None:
        """Each card and stage header among ``target_ids`` shows its badges now."""
        for target_id in target_ids:
            item = self.card_items.get(target_id) or self.stage_headers.get(target_id)
            if item is not None:
                item.set_badges(self._badges.get(target_id, ()))

    def _links(self) -> list[Link]:
        links = []
        for action in self.journey.improvements():
            source = self.card_items.get(action.id)
            if source is None:
                continue
            for target_id in action.addresses:
                target = self.card_items.get(target_id)
                if target is not None:
                    links.append(
                        (action.id, target_id, source.mapRectToScene(source.body), target.mapRectToScene(target.body))
                    )
        return links

    def set_links_visible(self, visible: bool) -> None:
        self.links_visible = visible
        self.links.setVisible(visible)

    # Far zoom

    def set_overview(self, enabled: bool) -> None:
        """Draw the cards as blocks (far zoom) or as cards."""
        if enabled == self.overview_mode:
            return
        self.overview_mode = enabled
        self.overview.setVisible(enabled)
        for item in self.cell_items.values():
            item.setOpacity(0.0 if enabled else 1.0)

    def _overview_blocks(self) -> list[BlockGroup]:
        """Every card as a block, a group per stage so that a frame draws only the stages it shows."""
        grid = self.grid
        if grid is None:
            return []
        groups: dict[str, BlockGroup] = {}
        for cell, cell_item in self.cell_items.items():
            cards = self.index.cards_in(cell)
            if not cards:
                continue
            stage_id = cell[0]
            if stage_id not in groups:
                column, area = grid.stage_header_rect(stage_id), grid.grid_rect()
                groups[stage_id] = (QRectF(column.x, area.y, column.width, area.height), {})
            blocks = groups[stage_id][1]
            origin = cell_item.pos()
            for number, card in enumerate(cards):
                slot = grid.slot_rect(cell, number)
                blocks.setdefault(card.kind, []).append(
                    QRectF(origin.x() + slot.x, origin.y() + slot.y, slot.width, slot.height)
                )
        return list(groups.values())

    def _selected_blocks(self) -> Iterable[QRectF]:
        return (
            item.sceneBoundingRect().adjusted(3, 3, -3, -3)
            for item in self.selectedItems()
            if isinstance(item, CardItem)
        )

    def _on_selection_changed(self) -> None:
        if self.overview_mode:
            self.overview.update()
        self.links.update()
