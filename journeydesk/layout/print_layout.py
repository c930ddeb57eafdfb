"""The map laid out for paper instead of shrunk from the screen.

Stage columns widen to fill the page's width, cards in a cell sit side by side where the column has
room for them, every card is as tall as its text and every lane as tall as its cards. The emotion lane
gives the curve a band of its own, with the lane's cards below it, so nothing overprints.

A :class:`PrintGrid` is one page's map, in map units from the map's top-left corner on the page; it
answers what the faces ask (:class:`journeydesk.layout.map_geometry.MapGeometry`).
"""

from collections.abc import Sequence
from dataclasses import dataclass, field

from journeydesk.layout import typography
from journeydesk.layout.emotion import TOP_MARGIN
from journeydesk.layout.face_card import content_height
from journeydesk.layout.face_headers import LANE_NAME_TOP, LANE_TEXT_LEFT
from journeydesk.layout.fonts import FontStyle, line_height
from journeydesk.layout.geometry import Rect
from journeydesk.layout.text import count_lines
from journeydesk.model.cards import Card
from journeydesk.model.cells import CellIndex
from journeydesk.model.enums import LaneKind
from journeydesk.model.journey import Journey


@dataclass(frozen=True)
class PrintMetrics:
    lane_label_width: float = 170.0
    stage_header_height: float = 42.0
    header_gap: float = 6.0
    cell_padding: float = 6.0
    card_gap: float = 6.0
    min_card_width: float = 190.0  # cards are set side by side only at this width or more
    tile_card_width: float = 230.0  # a card's width on a wall poster
    curve_height: float = 88.0
    empty_lane_height: float = 40.0
    max_title_lines: int = 14
    plain_card_height: float = 30.0  # a card printed too small to read: its body and one line

    @property
    def grid_left(self) -> float:
        return self.lane_label_width + self.header_gap

    @property
    def grid_top(self) -> float:
        return self.stage_header_height + self.header_gap


PRINT_METRICS = PrintMetrics()


@dataclass(frozen=True)
class LaneSlice:
    """The part of a lane a page shows: all of it, or some rows of its cards when it is taller than a page."""

    lane_id: str
    first_row: int = 0
    end_row: int | None = None  # None: to the last row
    with_curve: bool = True


@dataclass
class Column:
    """A stage's column: how many cards side by side, and how wide."""

    stage_id: str
    width: float
    columns: int
    card_width: float


@dataclass
class CellRows:
    """A cell's cards in rows, with each row's height."""

    rows: list[list[Card]]
    heights: list[float]


@dataclass
class PrintGrid:
    stage_ids: tuple[str, ...]
    lane_ids: tuple[str, ...]
    stage_edges: tuple[float, ...]
    lane_edges: tuple[float, ...]
    metrics: PrintMetrics
    cards: dict[str, Rect] = field(default_factory=dict)
    curves: dict[str, Rect] = field(default_factory=dict)
    plain: bool = False

    @property
    def width(self) -> float:
        return self.stage_edges[-1]

    @property
    def height(self) -> float:
        return self.lane_edges[-1]

    def stage_header_rect(self, stage_id: str) -> Rect:
        index = self.stage_ids.index(stage_id)
        left, right = self.stage_edges[index], self.stage_edges[index + 1]
        return Rect(left, 0, right - left, self.metrics.stage_header_height)

    def lane_header_rect(self, lane_id: str) -> Rect:
        index = self.lane_ids.index(lane_id)
        top, bottom = self.lane_edges[index], self.lane_edges[index + 1]
        return Rect(0, top, self.metrics.lane_label_width, bottom - top)

    def lane_rect(self, lane_id: str) -> Rect:
        index = self.lane_ids.index(lane_id)
        top, bottom = self.lane_edges[index], self.lane_edges[index + 1]
        return Rect(self.stage_edges[0], top, self.width - self.stage_edges[0], bottom - top)

    def grid_rect(self) -> Rect:
        left, top = self.stage_edges[0], self.lane_edges[0]
        return Rect(left, top, self.width - left, self.height - top)

    def rect_of_card(self, card_id: str) -> Rect | None:
        return self.cards.get(card_id)

    def curve_area(self, lane_id: str) -> Rect:
        return self.curves.get(lane_id, self.lane_rect(lane_id))


class MapLayout:
    """Lays out groups of a journey's stages at a given width; remembers card heights by width."""

    def __init__(self, journey: Journey, index: CellIndex, metrics: PrintMetrics = PRINT_METRICS) -> None:
        self.journey, self.index, self.metrics = journey, index, metrics
        self.lanes = {lane.id: lane for lane in journey.lanes}
        self._heights: dict[tuple[str, int], float] = {}
        self._cells: dict[tuple[str, int, float, str, bool], CellRows] = {}

    def card_height(self, card: Card, width: float, plain: bool) -> float:
        if plain:
            return self.metrics.plain_card_height
        key = (card.id, round(width))
        height = self._heights.get(key)
        if height is None:
            height = self._heights[key] = content_height(card, width, self.metrics.max_title_lines)
        return height

    def fullest(self, stage_id: str) -> int:
        return max((self.index.count((stage_id, lane.id)) for lane in self.journey.lanes), default=0)

    # Columns

    def columns(self, stage_ids: Sequence[str], width: float) -> list[Column]:
        """Equal stage columns filling ``width`` (the map's, lane labels included)."""
        m = self.metrics
        each = (width - m.grid_left) / max(1, len(stage_ids))
        return [self._column(stage_id, each) for stage_id in stage_ids]

    def natural_columns(self, stage_ids: Sequence[str]) -> list[Column]:
        """Columns as wide as their cards need at the poster's card width (for tiles)."""
        m = self.metrics
        result = []
        for stage_id in stage_ids:
            count = self.fullest(stage_id)
            across = 1 if count <= 4 else min(4, -(-count // 4))
            result.append(
                self._column(stage_id, 2 * m.cell_padding + across * m.tile_card_width + (across - 1) * m.card_gap)
            )
        return result

    def _column(self, stage_id: str, width: float) -> Column:
        m = self.metrics
        inner = width - 2 * m.cell_padding
        fits = max(1, int((inner + m.card_gap) // (m.min_card_width + m.card_gap)))
        across = max(1, min(fits, self.fullest(stage_id)))
        return Column(stage_id, width, across, (inner - (across - 1) * m.card_gap) / across)

    # Rows

    def cell_rows(self, column: Column, lane_id: str, plain: bool) -> CellRows:
        """The cell's cards in rows of the column's width, and each row's height (remembered: planning
        pages asks for the same cells many times)."""
        key = (column.stage_id, column.columns, column.card_width, lane_id, plain)
        found = self._cells.get(key)
        if found is None:
            cards = self.index.cards_in((column.stage_id, lane_id))
            rows = [cards[start : start + column.columns] for start in range(0, len(cards), column.columns)]
            if plain:  # every card one line: no need to measure them
                heights = [self.metrics.plain_card_height] * len(rows)
            else:
                heights = [max(self.card_height(card, column.card_width, False) for card in row) for row in rows]
            found = self._cells[key] = CellRows(rows, heights)
        return found

    def lane_height(self, columns: Sequence[Column], piece: LaneSlice, plain: bool) -> float:
        m = self.metrics
        tallest = 0.0
        for column in columns:
            heights = self.cell_rows(column, piece.lane_id, plain).heights[piece.first_row : piece.end_row]
            if heights:
                tallest = max(tallest, sum(heights) + (len(heights) - 1) * m.card_gap)
        curve = m.curve_height + self.curve_top(piece.lane_id) if self._has_curve(piece) else 0.0
        cards = curve + tallest + 2 * m.cell_padding if tallest else curve or m.empty_lane_height
        return max(cards, self.label_height(piece.lane_id))

    def label_height(self, lane_id: str) -> float:
        """The height the lane's label needs: its name, bold, up to three lines."""
        return LANE_NAME_TOP + self._name_lines(lane_id) * line_height(typography.LANE_NAME) + 8

    def _name_lines(self, lane_id: str) -> int:
        name_width = self.metrics.lane_label_width - LANE_TEXT_LEFT - 10
        return min(3, count_lines(self.lanes[lane_id].name, FontStyle.BOLD, typography.LANE_NAME, name_width))

    def rows(self, columns: Sequence[Column], lane_id: str, plain: bool) -> int:
        return max((len(self.cell_rows(column, lane_id, plain).rows) for column in columns), default=0)

    def _has_curve(self, piece: LaneSlice) -> bool:
        return piece.with_curve and self.lanes[piece.lane_id].kind is LaneKind.EMOTIONS

    def curve_top(self, lane_id: str) -> float:
        """How far below the lane's top the curve's band starts: the scale's labels begin below the
        lane's name, beside which they would otherwise print."""
        return max(
            0.0, LANE_NAME_TOP + self._name_lines(lane_id) * line_height(typography.LANE_NAME) + 6 - (TOP_MARGIN - 8)
        )

    def fits(self, columns: Sequence[Column], pieces: Sequence[LaneSlice], room: float, plain: bool = False) -> bool:
        """Whether the lanes fit in a height of ``room``. Measuring stops at the first lane past it: a
        large map that cannot fit is told after a lane or two, its other cards never measured."""
        used = self.metrics.grid_top
        for piece in pieces:
            used += self.lane_height(columns, piece, plain)
            if used > room:
                return False
        return True

    # The grid of one page

    def grid(self, columns: Sequence[Column], pieces: Sequence[LaneSlice], plain: bool = False) -> PrintGrid:
        m = self.metrics
        stage_edges = [m.grid_left]
        for column in columns:
            stage_edges.append(stage_edges[-1] + column.width)
        lane_edges = [m.grid_top]
        for piece in pieces:
            lane_edges.append(lane_edges[-1] + self.lane_height(columns, piece, plain))
        grid = PrintGrid(
            tuple(column.stage_id for column in columns),
            tuple(piece.lane_id for piece in pieces),
            tuple(stage_edges),
            tuple(lane_edges),
            m,
            plain=plain,
        )
        for piece, lane_top in zip(pieces, lane_edges, strict=False):
            top = lane_top
            if self._has_curve(piece):
                top += self.curve_top(piece.lane_id)
                grid.curves[piece.lane_id] = Rect(
                    grid.stage_edges[0], top, grid.width - grid.stage_edges[0], m.curve_height
                )
                top += m.curve_height
            for column, left in zip(columns, stage_edges, strict=False):
                self._place(grid, column, piece, Rect(left, top, column.width, 0), plain)
        return grid

    def _place(self, grid: PrintGrid, column: Column, piece: LaneSlice, corner: Rect, plain: bool) -> None:
        m = self.metrics
        cells = self.cell_rows(column, piece.lane_id, plain)
        y = corner.y + m.cell_padding
        for row, height in zip(
            cells.rows[piece.first_row : piece.end_row], cells.heights[piece.first_row : piece.end_row], strict=True
        ):
            for number, card in enumerate(row):
                x = corner.x + m.cell_padding + number * (column.card_width + m.card_gap)
                grid.cards[card.id] = Rect(x, y, column.card_width, height)
            y += height + m.card_gap
