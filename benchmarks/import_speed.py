"""Import speed of a hand-made journey-map workbook against raw openpyxl reading the same workbook.

    python benchmarks/import_speed.py [--cells 5000] [--runs 3]

The workbook is made the way people make them: a merged title with the persona, stage names with
arrows between them, lane labels that are sentences, lanes of several rows, feelings as emoji and
words, pain points with a few ratings, a channel row, cells of a sentence or two. The baseline opens
it with openpyxl and reads every value and merged range: everything the import does before finding
the map. Target: the whole import of a 5,000-cell grid under 2 seconds.
"""

import argparse
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from openpyxl import Workbook, load_workbook
from timing import paired_medians

from journeydesk.export.xlsx import import_workbook

TARGET_SECONDS = 2.0
ROWS_PER_LANE = 25
LANES = [
    ("Doing: what does the customer do in this step, in their own words?", "doing"),
    ("Touchpoints", "touchpoint"),
    ("Marketing channel", "channel"),
    ("Thinking: what questions come up?", "thought"),
    ("Feeling (emoji + a short description of the mood)", "feeling"),
    ("Painpoints: what gets in the way, e.g. forms, waiting, handovers", "pain"),
    ("Opportunities: how could we make this step easier?", "idea"),
    ("Backstage / systems", "backstage"),
]
WORDS = [
    "form",
    "wait",
    "call",
    "queue",
    "staff",
    "price",
    "letter",
    "portal",
    "update",
    "account",
    "delivery",
    "fee",
    "manager",
    "app",
    "support",
]
FEELINGS = ["😀 Excited", "🙂 Curious", "😐 Neutral", "😕 Slightly confused", "😡 Very annoyed", "Relieved"]
CHANNELS = ["Website", "E-mail", "Phone", "Instagram", "In store", "App", "Letter"]


def sentence(rng: random.Random) -> str:
    words = rng.sample(WORDS, rng.randint(5, 10))
    return " ".join(words).capitalize() + "."


def cell_text(kind: str, rng: random.Random) -> str:
    if kind == "feeling":
        return rng.choice(FEELINGS)
    if kind == "channel":
        return rng.choice(CHANNELS)
    if kind == "pain" and rng.random() < 0.2:
        return sentence(rng) + rng.choice([" (high)", " (low)", " !!!"])
    if kind == "thought":
        return f"“{sentence(rng)}”"
    return sentence(rng) if rng.random() < 0.7 else sentence(rng) + "\n" + sentence(rng)


def make_workbook(path: Path, cells: int, seed: int = 1) -> tuple[int, int]:
    """A hand-made map of about ``cells`` filled cells; returns its stages and body rows."""
    rng = random.Random(seed)
    rows = ROWS_PER_LANE * len(LANES)
    filled_per_stage = rows - (ROWS_PER_LANE - 1)  # the channel row has one row, not a lane's height
    stages = max(3, round(cells / filled_per_stage))
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Journey"
    sheet.cell(1, 1, "Customer Journey Map – Frequent Traveller (persona)")
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=2 * stages)
    sheet.cell(3, 1, "Stage")
    for stage in range(stages):
        sheet.cell(3, 2 + 2 * stage, f"{stage + 1}. Step {stage + 1} of the journey")
        sheet.cell(3, 3 + 2 * stage, "→")
    row = 4
    for label, kind in LANES:
        sheet.cell(row, 1, label)
        sheet.merge_cells(start_row=row, start_column=1, end_row=row + ROWS_PER_LANE - 1, end_column=1)
        for offset in range(ROWS_PER_LANE):
            for stage in range(stages):
                if kind != "channel" or offset == 0:
                    sheet.cell(row + offset, 2 + 2 * stage, cell_text(kind, rng))
        row += ROWS_PER_LANE
    workbook.save(path)
    return stages, rows


def raw_read(path: Path) -> None:
    workbook = load_workbook(path, data_only=True)
    for sheet in workbook.worksheets:
        for values in sheet.iter_rows(values_only=True):
            for value in values:
                str(value)
        list(sheet.merged_cells.ranges)
    workbook.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cells", type=int, default=5_000)
    parser.add_argument("--runs", type=int, default=3)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "hand-made.xlsx"
        stages, rows = make_workbook(path, options.cells)
        size = path.stat().st_size
        project = import_workbook(path)
        cards = len(project.journeys[0].cards)
        ours, raw = paired_medians(lambda: import_workbook(path), lambda: raw_read(path), options.runs)
    verdict = "met" if ours < TARGET_SECONDS else "NOT met"
    print(f"hand-made grid of {stages} stages x {rows} rows, {size / 1024:.0f} KB: {cards} cards")
    print(f"{'':<22}{'median s':>10}")
    print(f"{'JourneyDesk import':<22}{ours:>10.3f}")
    print(f"{'raw openpyxl read':<22}{raw:>10.3f}")
    print(f"ratio {ours / raw:.2f}; the import takes {ours:.2f} s (target under {TARGET_SECONDS:.0f} s: {verdict})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
