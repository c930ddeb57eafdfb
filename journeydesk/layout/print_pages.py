"""How a journey's map falls on pages, for each way of fitting it.

- ``readable`` (the default): the largest size at which every card's text is 7 pt or more and the map
  fills the page's width; a map that does not fit on one page at that size continues on further
  pages in groups of whole stages (and, only when one stage is taller than a page, in groups of
  lanes), each page as full as the others.
- ``page``: the whole map on one page at whatever size that takes (an overview).
- ``tile``: a wall poster at a readable size, cut into overlapping sheets.

Sizes follow the one rule of :mod:`journeydesk.layout.units`: the map is printed at ``zoom``.
"""

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from journeydesk.layout import typography
from journeydesk.layout.geometry import Rect
from journeydesk.layout.print_layout import PRINT_METRICS, Column, LaneSlice, MapLayout, PrintGrid, PrintMetrics
from journeydesk.layout.units import points_per_unit, zoom_for_points
from journeydesk.model.cells import CellIndex
from journeydesk.model.journey import Journey

Fit = Literal["readable", "page", "tile"]
FITS: tuple[Fit, ...] = ("readable", "page", "tile")
READABLE_POINTS = 7.0  # no card text is set smaller
LARGEST_TITLE_POINTS = 13.0  # a small map is not blown up beyond this
PLAIN_TITLE_POINTS = 4.0  # below this an overview prints cards as coloured blocks with one line
TILE_TITLE_POINTS = 9.0
TILE_OVERLAP_POINTS = 18.0  # what each tile repeats of its neighbours
READABLE_ZOOM = zoom_for_points(typography.SMALLEST_CARD_TEXT, READABLE_POINTS)
LARGEST_ZOOM = zoom_for_points(typography.CARD_TITLE, LARGEST_TITLE_POINTS)
PLAIN_ZOOM = zoom_for_points(typography.CARD_TITLE, PLAIN_TITLE_POINTS)
TILE_ZOOM = max(READABLE_ZOOM, zoom_for_points(typography.CARD_TITLE, TILE_TITLE_POINTS))
SMALLEST_ZOOM = 0.01


@dataclass(frozen=True)
class Tile:
    row: int
    column: int
    rows: int
    columns: int

    @property
    def number(self) -> int:
        return self.row * self.columns + self.column + 1

    @property
    def count(self) -> int:
        return self.rows * self.columns


@dataclass
class PrintPage:
    """One page's map: its grid, and for a tile the window of the poster it shows."""

    grid: PrintGrid
    first_stage: int  # 1-based, of the journey's stages
    last_stage: int
    stage_count: int
    lanes: tuple[int, int, int] | None = None  # first, last (1-based) and count, when a page shows some lanes
    window: Rect | None = None
    tile: Tile | None = None

    @property
    def mark(self) -> str:
        """Where the page is in the map: "Stages 5–8 of 8", "Tile 2 of 6: row 1, column 2"."""
        if self.tile is not None:
            tile = self.tile
            return f"Tile {tile.number} of {tile.count}: row {tile.row + 1}, column {tile.column + 1}"
        if self.first_stage == 1 and self.last_stage == self.stage_count and self.lanes is None:
            return ""
        stages = (
            f"Stage {self.first_stage}"
            if self.first_stage == self.last_stage
            else f"Stages {self.first_stage}–{self.last_stage}"
        )
        if self.lanes is None:
            return f"{stages} of {self.stage_count}"
        first, last, count = self.lanes
        return f"{stages} of {self.stage_count}, lanes {first}–{last} of {count}"


@dataclass
class PrintPlan:
    zoom: float
    pages: list[PrintPage]

    @property
    def scale(self) -> float:
        """Points per map unit."""
        return points_per_unit(self.zoom)

    @property
    def title_points(self) -> float:
        return typography.CARD_TITLE * self.scale


def plan_print(
    journey: Journey,
    index: CellIndex,
    area: tuple[float, float],
    fit: Fit = "readable",
    metrics: PrintMetrics = PRINT_METRICS,
) -> PrintPlan:
    """The pages of ``journey``'s map for a map area of ``area`` (width, height) in points."""
    layout = MapLayout(journey, index, metrics)
    if not journey.stages:
        empty = layout.grid([], [LaneSlice(lane.id) for lane in journey.lanes])
        return PrintPlan(READABLE_ZOOM, [PrintPage(empty, 0, 0, 0)])
    if fit == "tile":
        return _tiles(layout, area)
    if fit == "page":
        return _one_page(layout, area)
    return _readable(layout, area)


def _units(area: tuple[float, float], zoom: float) -> tuple[float, float]:
    scale = points_per_unit(zoom)
    return area[0] / scale, area[1] / scale


def _whole_lanes(layout: MapLayout) -> list[LaneSlice]:
    return [LaneSlice(lane.id) for lane in layout.journey.lanes]


def _groups(stage_ids: Sequence[str], count: int) -> list[list[str]]:
    """``stage_ids`` in ``count`` runs whose lengths differ by one at most."""
    size, extra = divmod(len(stage_ids), count)
    groups, start = [], 0
    for number in range(count):
        end = start + size + (1 if number < extra else 0)
        groups.append(list(stage_ids[start:end]))
        start = end
    return groups


def _fits(
    layout: MapLayout, groups: list[list[str]], area: tuple[float, float], zoom: float, plain: bool = False
) -> bool:
    width, height = _units(area, zoom)
    lanes = _whole_lanes(layout)
    return all(layout.fits(layout.columns(group, width), lanes, height, plain) for group in groups)


def _largest_zoom(fits: Callable[[float], bool], low: float, high: float) -> float:
    """The largest zoom in [low, high] that ``fits`` (``low`` fits), to a fraction of a percent."""
    if fits(high):
        return high
    for _ in range(14):
        middle = math.sqrt(low * high)
        if fits(middle):
            low = middle
        else:
            high = middle
    return low


def _readable(layout: MapLayout, area: tuple[float, float]) -> PrintPlan:
    stage_ids = [stage.id for stage in layout.journey.stages]
    for count in range(1, len(stage_ids) + 1):
        groups = _groups(stage_ids, count)
        if _fits(layout, groups, area, READABLE_ZOOM):

            def fits(zoom: float, groups: list[list[str]] = groups) -> bool:
                return _fits(layout, groups, area, zoom)

            zoom = _largest_zoom(fits, READABLE_ZOOM, LARGEST_ZOOM)
            return PrintPlan(zoom, _pages(layout, groups, area, zoom))
    return _taller_than_a_page(layout, area)


def _pages(layout: MapLayout, groups: list[list[str]], area: tuple[float, float], zoom: float) -> list[PrintPage]:
    width, _ = _units(area, zoom)
    numbers = {stage.id: number for number, stage in enumerate(layout.journey.stages, 1)}
    total = len(numbers)
    lanes = _whole_lanes(layout)
    return [
        PrintPage(layout.grid(layout.columns(group, width), lanes), numbers[group[0]], numbers[group[-1]], total)
        for group in groups
    ]


def _taller_than_a_page(layout: MapLayout, area: tuple[float, float]) -> PrintPlan:
    """Some stage does not fit on a page even alone: stages in groups, each group's lanes continued
    over as many pages as it needs. The number of groups is the one giving the fewest pages."""
    zoom = READABLE_ZOOM
    width, height = _units(area, zoom)
    stage_ids = [stage.id for stage in layout.journey.stages]
    best: list[tuple[list[Column], list[list[LaneSlice]]]] | None = None
    candidates = sorted({*range(1, min(len(stage_ids), 12) + 1), len(stage_ids)})
    for count in candidates:
        plan = []
        for group in _groups(stage_ids, count):
            columns = layout.columns(group, width)
            plan.append((columns, _vertical_pages(layout, columns, height - layout.metrics.grid_top)))
        if best is None or sum(len(pages) for _, pages in plan) < sum(len(pages) for _, pages in best):
            best = plan
    assert best is not None
    numbers = {stage.id: number for number, stage in enumerate(layout.journey.stages, 1)}
    pages = []
    for columns, vertical in best:
        first, last = numbers[columns[0].stage_id], numbers[columns[-1].stage_id]
        lane_numbers = {lane.id: number for number, lane in enumerate(layout.journey.lanes, 1)}
        for pieces in vertical:
            shown = (lane_numbers[pieces[0].lane_id], lane_numbers[pieces[-1].lane_id], len(lane_numbers))
            pages.append(PrintPage(layout.grid(columns, pieces), first, last, len(numbers), lanes=shown))
    return PrintPlan(zoom, pages)


def _vertical_pages(layout: MapLayout, columns: list[Column], room: float) -> list[list[LaneSlice]]:
    """The lanes (cut between rows of cards where one is taller than ``room``) packed into pages."""
    pieces: list[tuple[LaneSlice, float]] = []
    for lane in layout.journey.lanes:
        whole = LaneSlice(lane.id)
        height = layout.lane_height(columns, whole, False)
        if height <= room:
            pieces.append((whole, height))
            continue
        start, rows = 0, layout.rows(columns, lane.id, False)
        while start < rows:
            end = start + 1
            while (
                end < rows
                and layout.lane_height(columns, LaneSlice(lane.id, start, end + 1, start == 0), False) <= room
            ):
                end += 1
            piece = LaneSlice(lane.id, start, end, start == 0)
            pieces.append((piece, layout.lane_height(columns, piece, False)))
            start = end
    pages: list[list[LaneSlice]] = [[]]
    used = 0.0
    for piece, height in pieces:
        if pages[-1] and used + height > room + 0.01:
            pages.append([])
            used = 0.0
        pages[-1].append(piece)
        used += height
    return pages


def _one_page(layout: MapLayout, area: tuple[float, float]) -> PrintPlan:
    stage_ids = [stage.id for stage in layout.journey.stages]
    groups = [stage_ids]
    plain = not _fits(layout, groups, area, PLAIN_ZOOM)
    low = SMALLEST_ZOOM if plain else PLAIN_ZOOM
    high = PLAIN_ZOOM if plain else LARGEST_ZOOM
    zoom = _largest_zoom(lambda z: _fits(layout, groups, area, z, plain), low, high)
    width, _ = _units(area, zoom)
    numbers = len(stage_ids)
    grid = layout.grid(layout.columns(stage_ids, width), _whole_lanes(layout), plain)
    return PrintPlan(zoom, [PrintPage(grid, 1, numbers, numbers)])


def _tiles(layout: MapLayout, area: tuple[float, float]) -> PrintPlan:
    """The poster at the tile size, in windows of one page each, overlapping a little; each tile
    repeats the lane labels and the stage headers along its edges."""
    zoom = TILE_ZOOM
    grid = layout.grid(layout.natural_columns([stage.id for stage in layout.journey.stages]), _whole_lanes(layout))
    width, height = _units(area, zoom)
    m = layout.metrics
    window_w, window_h = width - m.grid_left, height - m.grid_top
    overlap = TILE_OVERLAP_POINTS / points_per_unit(zoom)
    content = grid.grid_rect()
    columns = max(1, math.ceil((content.width - overlap) / (window_w - overlap)))
    rows = max(1, math.ceil((content.height - overlap) / (window_h - overlap)))
    count = len(layout.journey.stages)
    pages = [
        PrintPage(
            grid,
            1,
            count,
            count,
            window=Rect(
                content.x + column * (window_w - overlap), content.y + row * (window_h - overlap), window_w, window_h
            ),
            tile=Tile(row, column, rows, columns),
        )
        for row in range(rows)
        for column in range(columns)
    ]
    return PrintPlan(zoom, pages)
