"""Where something dragged over the map would land: a stage or lane boundary, or a place in a cell."""

from dataclasses import dataclass

from journeydesk.layout.geometry import Rect
from journeydesk.layout.grid import GridLayout
from journeydesk.model.cells import Cell, CellIndex


@dataclass(frozen=True)
class ColumnTarget:
    """Insert a stage (or lane) at ``index``; ``marker`` shows the boundary."""

    index: int
    marker: Rect


@dataclass(frozen=True)
class CellTarget:
    """Put cards into ``cell`` at ``index``, counted without the cards being moved."""

    cell: Cell
    index: int
    marker: Rect
    cell_rect: Rect


def stage_target(grid: GridLayout, x: float) -> ColumnTarget:
    index = grid.stage_insert_index(x)
    return ColumnTarget(index, grid.stage_insert_marker(index))


def lane_target(grid: GridLayout, y: float) -> ColumnTarget:
    index = grid.lane_insert_index(y)
    return ColumnTarget(index, grid.lane_insert_marker(index))


def cell_target(
    grid: GridLayout, index: CellIndex, x: float, y: float, moving: frozenset[str] = frozenset()
) -> CellTarget | None:
    """The place in the cell under (x, y), or None when (x, y) is not over a cell."""
    cell = grid.cell_at(x, y)
    if cell is None:
        return None
    cards = index.cards_in(cell)
    slot = grid.slot_index_at(cell, x, y, len(cards))
    moving_before = sum(1 for card in cards[:slot] if card.id in moving)
    return CellTarget(cell, slot - moving_before, grid.card_insert_marker(cell, slot), grid.cell_rect(cell))
