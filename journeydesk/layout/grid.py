"""The grid of a journey map: stage columns, lane rows, cells and card slots.

Cards sit in fixed-size slots, so a card's place depends only on its cell and its position there.
Slot positions are relative to the cell's top-left corner: when a column widens or a row grows, whole
cells move and the cards inside them do not need recomputing. The grid itself is cheap (stages x
lanes) and is recomputed from the cell counts after every change.
"""

import math
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from journeydesk.layout.geometry import Rect
from journeydesk.layout.metrics import METRICS, Metrics
from journeydesk.model.cells import Cell
from journeydesk.model.enums import LaneKind
from journeydesk.model.journey import Lane, Stage


def columns_for(fullest_cell: int, metrics: Metrics = METRICS) -> int:
    """How many card columns a stage needs for its fullest cell."""
    if fullest_cell <= metrics.single_column_limit:
        return 1
    return max(2, math.ceil(math.sqrt(fullest_cell / 3)))


@dataclass(frozen=True)
class GridLayout:
    stage_ids: tuple[str, ...]
    lane_ids: tuple[str, ...]
    stage_columns: tuple[int, ...]
    stage_edges: tuple[float, ...]  # x of each stage's left edge, then the right edge of the last
    lane_edges: tuple[float, ...]  # y of each lane's top edge, then the bottom edge of the last
    metrics: Metrics
    card_tops: tuple[float, ...]  # per lane, where its cards begin below its top (the curve's band)

    @property
    def width(self) -> float:
        return self.stage_edges[-1]

    @property
    def height(self) -> float:
        return self.lane_edges[-1]

    @property
    def bounds(self) -> Rect:
        return Rect(0, 0, self.width, self.height)

    # Rectangles

    def stage_header_rect(self, stage_id: str) -> Rect:
        index = self.stage_ids.index(stage_id)
        left, right = self.stage_edges[index], self.stage_edges[index + 1]
        return Rect(left, self.metrics.stage_header_top, right - left, self.metrics.stage_header_height)

    def lane_header_rect(self, lane_id: str) -> Rect:
        index = self.lane_ids.index(lane_id)
        top, bottom = self.lane_edges[index], self.lane_edges[index + 1]
        return Rect(0, top, self.metrics.lane_header_width, bottom - top)

    def cell_rect(self, cell: Cell) -> Rect:
        s, lane = self.stage_ids.index(cell[0]), self.lane_ids.index(cell[1])
        left, right = self.stage_edges[s], self.stage_edges[s + 1]
        top, bottom = self.lane_edges[lane], self.lane_edges[lane + 1]
        return Rect(left, top, right - left, bottom - top)

    def band_rect(self) -> Rect:
        """The journey's band across the top: persona and scenario."""
        return Rect(0, 0, self.width, self.metrics.band_height)

    def lane_rect(self, lane_id: str) -> Rect:
        """A lane's row across every stage (without its header)."""
        index = self.lane_ids.index(lane_id)
        top, bottom = self.lane_edges[index], self.lane_edges[index + 1]
        return Rect(self.stage_edges[0], top, self.width - self.stage_edges[0], bottom - top)

    def stage_center_x(self, stage_id: str) -> float:
        index = self.stage_ids.index(stage_id)
        return (self.stage_edges[index] + self.stage_edges[index + 1]) / 2

    def curve_rect(self, lane_id: str) -> Rect:
        """Where the emotion curve spans in its lane: the band above the lane's cards, the whole lane
        when it holds none."""
        lane = self.lane_rect(lane_id)
        band = self.card_top(lane_id)
        return Rect(lane.x, lane.y, lane.width, band) if band else lane

    def card_top(self, lane_id: str) -> float:
        """How far below the lane's top its cards begin: the curve's band in an emotion lane with cards."""
        return self.card_tops[self.lane_ids.index(lane_id)]

    def grid_rect(self) -> Rect:
        """The area of the cells, without the headers."""
        left, top = self.stage_edges[0], self.lane_edges[0]
        return Rect(left, top, self.width - left, self.height - top)

    def columns(self, stage_id: str) -> int:
        return self.stage_columns[self.stage_ids.index(stage_id)]

    def slot_rect(self, cell: Cell, index: int) -> Rect:
        """The rectangle of the ``index``-th card of a cell, relative to the cell's corner."""
        m = self.metrics
        row, column = divmod(index, self.columns(cell[0]))
        top = self.card_top(cell[1]) + m.cell_padding
        return Rect(m.cell_padding + column * m.slot_width, top + row * m.slot_height, m.card_width, m.card_height)

    def card_rect(self, cell: Cell, index: int) -> Rect:
        origin = self.cell_rect(cell)
        return self.slot_rect(cell, index).translated(origin.x, origin.y)

    # Hit testing

    def stage_at(self, x: float) -> str | None:
        index = bisect_right(self.stage_edges, x) - 1
        return self.stage_ids[index] if 0 <= index < len(self.stage_ids) else None

    def lane_at(self, y: float) -> str | None:
        index = bisect_right(self.lane_edges, y) - 1
        return self.lane_ids[index] if 0 <= index < len(self.lane_ids) else None

    def cell_at(self, x: float, y: float) -> Cell | None:
        stage, lane = self.stage_at(x), self.lane_at(y)
        return (stage, lane) if stage is not None and lane is not None else None

    def stage_insert_index(self, x: float) -> int:
        """Between which stages a stage dropped at ``x`` goes: the nearest column boundary."""
        return _nearest_boundary(self.stage_edges, x)

    def lane_insert_index(self, y: float) -> int:
        return _nearest_boundary(self.lane_edges, y)

    def slot_index_at(self, cell: Cell, x: float, y: float, count: int) -> int:
        """Where among ``count`` cards a card dropped at (x, y) in ``cell`` goes: 0..count."""
        m = self.metrics
        origin = self.cell_rect(cell)
        columns = self.columns(cell[0])
        top = self.card_top(cell[1]) + m.cell_padding
        local_x, local_y = x - origin.x - m.cell_padding, y - origin.y - top
        if columns == 1:
            index = math.floor((local_y + m.slot_height / 2) / m.slot_height)
        else:
            row = max(0, math.floor(local_y / m.slot_height))
            column = min(columns, max(0, math.floor((local_x + m.slot_width / 2) / m.slot_width)))
            index = row * columns + column
        return max(0, min(count, index))

    # Drop indicators

    def stage_insert_marker(self, index: int, thickness: float = 4) -> Rect:
        x = self.stage_edges[index]
        top = self.metrics.stage_header_top
        return Rect(x - thickness / 2, top, thickness, self.height - top)

    def lane_insert_marker(self, index: int, thickness: float = 4) -> Rect:
        y = self.lane_edges[index]
        return Rect(0, y - thickness / 2, self.width, thickness)

    def card_insert_marker(self, cell: Cell, index: int, thickness: float = 4) -> Rect:
        """A bar where a card dropped at ``index`` of ``cell`` will land."""
        m = self.metrics
        columns = self.columns(cell[0])
        slot = self.slot_rect(cell, index)
        origin = self.cell_rect(cell)
        if columns == 1:
            marker = Rect(slot.x, slot.y - (m.card_gap + thickness) / 2, m.card_width, thickness)
        else:
            marker = Rect(slot.x - (m.card_gap + thickness) / 2, slot.y, thickness, m.card_height)
        return marker.translated(origin.x, origin.y)


def compute_grid(
    stages: Sequence[Stage], lanes: Sequence[Lane], counts: Mapping[Cell, int], metrics: Metrics = METRICS
) -> GridLayout:
    """The grid for these stages and lanes, given how many cards each cell holds."""
    fullest: dict[str, int] = {}
    for (stage_id, _), count in counts.items():
        fullest[stage_id] = max(fullest.get(stage_id, 0), count)
    columns = tuple(columns_for(fullest.get(stage.id, 0), metrics) for stage in stages)

    stage_edges = [metrics.grid_left]
    for stage_columns in columns:
        width = 2 * metrics.cell_padding + stage_columns * metrics.card_width + (stage_columns - 1) * metrics.card_gap
        stage_edges.append(stage_edges[-1] + width)

    lane_edges, card_tops = [metrics.grid_top], []
    for lane in lanes:
        rows = max(
            (math.ceil(counts.get((stage.id, lane.id), 0) / c) for stage, c in zip(stages, columns, strict=True)),
            default=0,
        )
        shown_rows = max(1, rows)
        height = 2 * metrics.cell_padding + shown_rows * metrics.card_height + (shown_rows - 1) * metrics.card_gap
        card_top = 0.0
        if lane.kind is LaneKind.EMOTIONS:  # the curve has a band of its own, above any cards of the lane
            card_top = metrics.curve_band_height if rows else 0.0
            height = card_top + height if rows else metrics.curve_band_height
        lane_edges.append(lane_edges[-1] + height)
        card_tops.append(card_top)

    return GridLayout(
        stage_ids=tuple(stage.id for stage in stages),
        lane_ids=tuple(lane.id for lane in lanes),
        stage_columns=columns,
        stage_edges=tuple(stage_edges),
        lane_edges=tuple(lane_edges),
        metrics=metrics,
        card_tops=tuple(card_tops),
    )


def _nearest_boundary(edges: Sequence[float], value: float) -> int:
    """The index of the edge nearest to ``value`` (0 .. len(edges) - 1)."""
    index = bisect_right(edges, value)
    if index == 0:
        return 0
    if index == len(edges):
        return len(edges) - 1
    return index if edges[index] - value < value - edges[index - 1] else index - 1
