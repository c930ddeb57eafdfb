"""Mouse drags on the map: cards to another place, headers to another position, emotion points up
or down, and links from an action to a pain point.

While the mouse moves only the items move; the model changes once, on release, as one undo step.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF

from journeydesk.canvas import zorder
from journeydesk.canvas.card_item import CardItem
from journeydesk.canvas.header_items import LaneHeaderItem, StageHeaderItem
from journeydesk.canvas.targets import CellTarget, ColumnTarget, cell_target, lane_target, stage_target
from journeydesk.document import Ref
from journeydesk.document.document import Column
from journeydesk.layout.geometry import Rect
from journeydesk.model.enums import CardKind

if TYPE_CHECKING:
    from journeydesk.canvas.scene import MapScene


class CardDrag:
    def __init__(self, scene: "MapScene", items: list[CardItem], start: QPointF) -> None:
        self.scene, self.items, self.start = scene, items, start
        self.origins = [item.pos() for item in items]
        self.cells = {(item.card.stage_id, item.card.lane_id) for item in items}
        self.moving = frozenset(item.card_id for item in items)
        self.target: CellTarget | None = None
        scene.raise_cells(self.cells, raised=True)

    def move(self, pos: QPointF) -> None:
        delta = pos - self.start
        for item, origin in zip(self.items, self.origins, strict=True):
            item.setPos(origin + delta)
        assert self.scene.grid is not None
        self.target = cell_target(self.scene.grid, self.scene.index, pos.x(), pos.y(), self.moving)
        self.scene.show_drop_target(self.target)

    def finish(self, pos: QPointF) -> None:
        self.move(pos)
        target = self.target
        self.cancel()
        if target is not None:
            ids = [item.card_id for item in self.items]
            self.scene.edits.move_cards(self.scene.journey_id, ids, target.cell[0], target.cell[1], target.index)

    def cancel(self) -> None:
        self.scene.show_drop_target(None)
        self.scene.raise_cells(self.cells, raised=False)
        self.scene.place_cards(self.cells)


class HeaderDrag:
    """Drag a stage header sideways, or a lane header up or down, to reorder."""

    def __init__(self, scene: "MapScene", header: StageHeaderItem | LaneHeaderItem, start: QPointF) -> None:
        self.scene, self.header, self.start = scene, header, start
        self.origin = header.pos()
        self.is_stage = isinstance(header, StageHeaderItem)
        self.target: ColumnTarget | None = None
        header.setZValue(zorder.HEADER_DRAGGED)

    def move(self, pos: QPointF) -> None:
        delta = pos - self.start
        grid = self.scene.grid
        assert grid is not None
        if self.is_stage:
            self.header.setPos(self.origin.x() + delta.x(), self.origin.y())
            self.target = stage_target(grid, pos.x())
        else:
            self.header.setPos(self.origin.x(), self.origin.y() + delta.y())
            self.target = lane_target(grid, pos.y())
        self.scene.show_drop_target(self.target)

    def finish(self, pos: QPointF) -> None:
        self.move(pos)
        target = self.target
        self.cancel()
        if target is None:
            return
        column: Column = "stages" if self.is_stage else "lanes"
        ids = [item.id for item in getattr(self.scene.journey, column)]
        from_index = ids.index(self.header.item_id)
        to_index = target.index - 1 if target.index > from_index else target.index
        self.scene.edits.move_column(self.scene.journey_id, column, from_index, to_index)

    def cancel(self) -> None:
        self.scene.show_drop_target(None)
        self.header.setZValue(0)
        self.header.setPos(self.origin)


class EmotionDrag:
    """Drag a point of the emotion curve up or down; on release, one edit of that emotion."""

    def __init__(self, scene: "MapScene", point_index: int, start: QPointF) -> None:
        self.scene, self.index = scene, point_index
        curve = scene.emotion.curve
        assert curve is not None
        self.point = curve.points[point_index]
        self.score = self.point.score

    def move(self, pos: QPointF) -> None:
        self.score = self.scene.emotion.drag_to(self.index, pos.y())

    def finish(self, pos: QPointF) -> None:
        self.move(pos)
        self.scene.emotion.end_drag()
        if self.score == self.point.score:
            return
        kind, item_id = self.point.source
        ref = Ref.card(self.scene.journey_id, item_id) if kind == "card" else Ref.stage(self.scene.journey_id, item_id)
        self.scene.edits.set_fields(ref, {"emotion": self.score}, "Change Emotion")

    def cancel(self) -> None:
        self.scene.emotion.end_drag()


class LinkDrag:
    """Drag from an improvement action's knob onto a pain point to link them."""

    def __init__(self, scene: "MapScene", action: CardItem, start: QPointF) -> None:
        self.scene, self.action = scene, action
        self.start = action.mapToScene(action.knob_center())
        self.target: CardItem | None = None

    def move(self, pos: QPointF) -> None:
        self.scene.rubber_link.set_line(self.start, pos)
        item = self.scene.item_at(pos)
        self.target = item if isinstance(item, CardItem) and item.card.kind is CardKind.PAIN_POINT else None
        highlight = self.target.sceneBoundingRect() if self.target else None
        self.scene.drop_area.show_at(
            Rect(highlight.x(), highlight.y(), highlight.width(), highlight.height()) if highlight else None
        )

    def finish(self, pos: QPointF) -> None:
        self.move(pos)
        target = self.target
        self.cancel()
        if target is not None:
            self.scene.edits.link(self.scene.journey_id, self.action.card_id, target.card_id)

    def cancel(self) -> None:
        self.scene.rubber_link.hide()
        self.scene.drop_area.show_at(None)
