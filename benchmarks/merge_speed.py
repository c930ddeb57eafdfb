"""Diff and three-way merge of two 10,000-card versions with 500 changes each, against json.load.

    python benchmarks/merge_speed.py [--cards 10000] [--changes 500] [--runs 3]

Each side makes its changes to cards of its own (titles, severities, moves within and between
cells, new cards and deleted ones), so the merge is clean and does the whole of its work. Timed, as
the commands do it, from the files on disk: ``diff`` reads two files and puts their changes into
words, ``diff --json`` works out the operations, ``merge`` reads three files, merges and writes the
result's bytes. The baseline is ``json.load`` of the three files. Target: each under 1 s.
"""

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_journey import make_project

from journeydesk.document import plans
from journeydesk.document.apply import apply, dump
from journeydesk.document.describe import describe
from journeydesk.document.diff import compare, diff
from journeydesk.document.merge import merge
from journeydesk.document.operations import Add, Move, Operation, SetFields
from journeydesk.document.state import ProjectState
from journeydesk.io import dumps, load_project, loads
from journeydesk.model import NoteCard
from journeydesk.model.project import Project

TARGET_S = 1.0


def changed(base: Project, cards: list[str], rng: random.Random, label: str) -> Project:
    """A copy of ``base`` with one change to each of ``cards``."""
    project = loads(dumps(base))
    state = ProjectState(project)
    journey = project.journeys[0]
    for number, card_id in enumerate(cards):
        card = state.index(journey.id).card(card_id)
        what = number % 5
        operations: list[Operation]
        if what == 0:
            operations = [SetFields("card", journey.id, card_id, {"title": f"{card.title} ({label})"})]
        elif what == 1:
            operations = [SetFields("card", journey.id, card_id, {"description": f"Seen by {label} {number}"})]
        elif what == 2:
            stage = rng.choice(journey.stages)
            plan = plans.CellPlan(journey.id, state.index(journey.id))
            plan.take_out(card)
            key = plan.put((stage.id, card.lane_id), 0, card_id)
            operations = [*plan.operations, Move("card", journey.id, card_id, key, stage.id, card.lane_id)]
        elif what == 3:
            new = NoteCard(
                id=f"{label}-{number}", stage_id=card.stage_id, lane_id=card.lane_id, title=f"{label} {number}"
            )
            plan = plans.CellPlan(journey.id, state.index(journey.id))
            new.order = plan.put((card.stage_id, card.lane_id), None, new.id)
            operations = [*plan.operations, Add("card", journey.id, dump(new))]
        else:
            operations = plans.removal(state, "card", journey.id, [card_id])
        for operation in operations:
            apply(state, operation)
    return project


def median_seconds(action, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument("--changes", type=int, default=500)
    parser.add_argument("--runs", type=int, default=3)
    options = parser.parse_args()
    rng = random.Random(1)
    base = make_project(options.cards, 8, 1)
    plain = [card.id for card in base.journeys[0].cards if card.kind.value not in ("pain_point", "improvement")]
    chosen = rng.sample(plain, min(len(plain), 2 * options.changes))
    ours = changed(base, chosen[: options.changes], rng, "ours")
    theirs = changed(base, chosen[options.changes :], rng, "theirs")
    with tempfile.TemporaryDirectory() as folder:
        paths = [Path(folder) / f"{name}.journey" for name in ("base", "ours", "theirs")]
        for path, project in zip(paths, (base, ours, theirs), strict=True):
            path.write_bytes(dumps(project))

        def raw() -> None:
            for path in paths:
                with path.open("rb") as stream:
                    json.load(stream)

        def words() -> None:
            old, new = load_project(paths[0]), load_project(paths[1])
            describe(old, new, compare(old, new))

        def operations() -> None:
            diff(load_project(paths[0]), load_project(paths[1]))

        def merged() -> None:
            result = merge(*(load_project(path) for path in paths))
            assert result.clean
            dumps(result.project)

        baseline = median_seconds(raw, options.runs)
        rows = [
            ("json.load of the three files", baseline),
            ("diff A B (in words)", median_seconds(words, options.runs)),
            ("diff --json A B (operations)", median_seconds(operations, options.runs)),
            ("merge BASE OURS THEIRS", median_seconds(merged, options.runs)),
        ]
    print(f"{options.cards} cards, {options.changes} changes on each side")
    print(f"{'':<32}{'median s':>10}{'ratio':>8}")
    for label, value in rows:
        print(f"{label:<32}{value:>10.3f}{value / baseline:>8.1f}")
    slowest = max(value for _, value in rows[1:])
    print(f"slowest {slowest:.3f} s (target under {TARGET_S:.0f} s: {'met' if slowest < TARGET_S else 'NOT met'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
