"""What the map's faces need to know about where things are: the screen grid and the print layout
both answer it."""

from typing import Protocol

from journeydesk.layout.geometry import Rect
from journeydesk.layout.grid import GridLayout
from journeydesk.model.cells import Cell, CellIndex


class Lines(Protocol):
    """Where the lines between stages and between lanes run."""

    @property
    def stage_edges(self) -> tuple[float, ...]: ...

    @property
    def lane_edges(self) -> tuple[float, ...]: ...

    def lane_rect(self, lane_id: str) -> Rect: ...

    def grid_rect(self) -> Rect: ...


class MapGeometry(Lines, Protocol):
    @property
    def stage_ids(self) -> tuple[str, ...]: ...

    @property
    def lane_ids(self) -> tuple[str, ...]: ...

    def stage_header_rect(self, stage_id: str) -> Rect: ...

    def lane_header_rect(self, lane_id: str) -> Rect: ...

    def rect_of_card(self, card_id: str) -> Rect | None:
        """The card's rectangle, or None when it is not shown here."""

    def curve_area(self, lane_id: str) -> Rect:
        """Where the emotion curve's scale spans in the emotion lane."""


class ScreenGeometry:
    """The canvas's grid with the cards' places from the cell index, as they are when it is made: a
    face is built from a new one."""

    def __init__(self, grid: GridLayout, index: CellIndex) -> None:
        self.grid, self.index = grid, index
        self.stage_ids, self.lane_ids = grid.stage_ids, grid.lane_ids
        self.stage_edges, self.lane_edges = grid.stage_edges, grid.lane_edges
        self._places: dict[Cell, dict[str, int]] = {}  # each cell's cards' places, once asked for

    def stage_header_rect(self, stage_id: str) -> Rect:
        return self.grid.stage_header_rect(stage_id)

    def lane_header_rect(self, lane_id: str) -> Rect:
        return self.grid.lane_header_rect(lane_id)

    def lane_rect(self, lane_id: str) -> Rect:
        return self.grid.lane_rect(lane_id)

    def grid_rect(self) -> Rect:
        return self.grid.grid_rect()

    def rect_of_card(self, card_id: str) -> Rect | None:
        card = self.index.card(card_id)
        cell = (card.stage_id, card.lane_id)
        places = self._places.get(cell)
        if places is None:  # a cell's cards are found by identity, one by one: once for them all
            places = self._places[cell] = {other.id: number for number, other in enumerate(self.index.cards_in(cell))}
        return self.grid.card_rect(cell, places[card_id])

    def curve_area(self, lane_id: str) -> Rect:
        return self.grid.curve_rect(lane_id)
