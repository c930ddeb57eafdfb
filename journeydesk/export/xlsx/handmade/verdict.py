"""Whether a sheet is a journey map: a score of what was found, and, below the bar, one line saying
what the sheet is instead, so that a budget or a persona sheet is refused rather than imported as
nonsense."""

from dataclasses import dataclass

from journeydesk.export.xlsx.grid import GridGuess, Matrix, is_number
from journeydesk.export.xlsx.handmade.persona import PairBlock
from journeydesk.model.journey import MAX_CARDS, MAX_LANES, MAX_STAGES

MIN_STAGES, MIN_LANES = 3, 2
MIN_COVERAGE = 0.5  # of the sheet's filled cells, the share the map (and what sits around it) explains
MAX_NUMBERS = 0.5  # of the grid's cells, the share that may be numbers (outside score lanes)
TABLE_SCORE = 80


@dataclass(frozen=True)
class Verdict:
    score: int  # 0..100: how sure the importer is that it found a journey map
    reason: str | None = None  # what it saw instead, when it would refuse; None to import

    @property
    def accepted(self) -> bool:
        return self.reason is None


def _listed(names: list[str], most: int = 4) -> str:
    shown = ", ".join(names[:most])
    return shown + (f" and {len(names) - most} more" if len(names) > most else "")


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")


def judge_grid(guess: GridGuess, explained: int, filled: int, journey_title: bool) -> Verdict:
    """Score a grid: a header of stage-like names, lanes beside it, most filled cells inside it, words
    of a journey map. Refuse below the bar, unless the person chose the header."""
    lanes = [lane for lane in guess.lanes if lane.label]
    stages, numeric_share = len(guess.stages), guess.numeric / guess.filled if guess.filled else 0.0
    coverage = min(1.0, explained / filled) if filled else 0.0
    evidence = guess.recognised + guess.stage_words / 2 + (2 if journey_title else 0)
    score = round(
        20 * min(stages, 4) / 4
        + 15 * min(len(lanes), 3) / 3
        + 25 * coverage
        + 15 * (1 - numeric_share) * (1 if guess.filled else 0)
        + 25 * min(1.0, evidence / 3)
    )
    too_large = _beyond_limits(stages, len(guess.lanes), guess.filled)
    if too_large:
        return Verdict(score, too_large)
    if guess.chosen:  # the person pointed at the map: import what is there, unless nothing is
        if stages < 2:
            return Verdict(score, f"only one stage name there ({_listed(guess.stages)})")
        return Verdict(score, None if guess.filled else "no filled cells beside the stage names there")
    if numeric_share > MAX_NUMBERS:
        reason = f"a table of numbers under the header {_listed(guess.stages)}, no journey map"
    elif stages < MIN_STAGES:
        reason = f"a header of only {_plural(stages, 'stage')} ({_listed(guess.stages)}), at least 3 are needed"
    elif len(lanes) < MIN_LANES:
        reason = f"{_plural(stages, 'stage')} ({_listed(guess.stages)}) but only {_plural(len(lanes), 'lane')}"
    elif coverage < MIN_COVERAGE:
        reason = (
            f"a grid of {_plural(stages, 'stage')} and {_plural(len(lanes), 'lane')} that holds only "
            f"{coverage:.0%} of the sheet's filled cells"
        )
    elif evidence == 0:
        reason = (
            f"a table with the header {_listed(guess.stages)} and rows {_listed([lane.name for lane in lanes])}, "
            "no stage or lane of a journey map recognised"
        )
    else:
        reason = None
    return Verdict(score, reason)


def is_plainly_a_map(guess: GridGuess) -> bool:
    """A further map on a sheet: enough stages and lanes, mostly text, and lanes it recognises."""
    lanes = sum(1 for lane in guess.lanes if lane.label)
    numbers = guess.numeric / guess.filled if guess.filled else 1.0
    return (
        len(guess.stages) >= MIN_STAGES
        and lanes >= MIN_LANES
        and guess.recognised >= 1
        and numbers <= MAX_NUMBERS
        and not _beyond_limits(len(guess.stages), len(guess.lanes), guess.filled)
    )


def _beyond_limits(stages: int, lanes: int, cells: int) -> str | None:
    """What a journey cannot hold: more stages, lanes or cards than its limits."""
    for count, most, what in ((stages, MAX_STAGES, "stage"), (lanes, MAX_LANES, "lane"), (cells, MAX_CARDS, "card")):
        if count > most:
            return f"{count} {what}s, more than the {most} a journey holds"
    return None


def judge_table(stages: int, rows: int) -> Verdict:
    return Verdict(min(100, TABLE_SCORE + rows), _beyond_limits(stages, 1, rows))


def describe(matrix: Matrix, blocks: list[PairBlock]) -> str:
    """What a sheet without a stage header holds, in a few words."""
    cells = [(row, column, text) for row, line in enumerate(matrix) for column, text in enumerate(line) if text]
    if not cells:
        return "an empty sheet"
    in_pairs = sum(len(block.cells) for block in blocks)
    if in_pairs >= 0.6 * len(cells):
        labels = [label for block in blocks for label, _ in block.pairs]
        whose = " of a persona" if any(block.is_persona for block in blocks) else ""
        return f"attribute/value pairs{whose} ({_listed(labels)}), no stage header found"
    rows = len({row for row, _, _ in cells})
    columns = len({column for _, column, _ in cells})
    if sum(1 for _, _, text in cells if is_number(text)) > 0.5 * len(cells):
        return f"a table of numbers ({rows} rows x {columns} columns), no stage header found"
    if columns == 1:
        return f"a list of {_plural(rows, 'text')} in one column, no stage header found"
    return f"{_plural(len(cells), 'filled cell')}, but no row of stage names with lane labels beside it"
