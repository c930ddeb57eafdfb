"""The measures of a journey map, in map units. Shared by the canvas and the exporters."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Metrics:
    band_height: float = 92  # the journey's band above the stages: persona and scenario
    lane_header_width: float = 184
    stage_header_height: float = 60
    grid_gap: float = 6  # between the headers and the grid
    card_width: float = 196
    card_height: float = 86
    card_gap: float = 10
    cell_padding: float = 12
    curve_band_height: float = 150  # the emotion curve's band: the whole of an emotion lane without cards
    # A stage keeps one column of cards while its fullest cell holds at most this many;
    # beyond that its cells flow into several columns, so huge maps stay roughly square.
    single_column_limit: int = 6

    @property
    def slot_width(self) -> float:
        return self.card_width + self.card_gap

    @property
    def slot_height(self) -> float:
        return self.card_height + self.card_gap

    @property
    def grid_left(self) -> float:
        return self.lane_header_width + self.grid_gap

    @property
    def stage_header_top(self) -> float:
        return self.band_height

    @property
    def grid_top(self) -> float:
        return self.band_height + self.stage_header_height + self.grid_gap


METRICS = Metrics()
