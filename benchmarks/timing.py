"""Timing shared by the benchmark scripts: medians of runs taken turn about with their baseline."""

import argparse
import statistics
import time
from collections.abc import Callable

from make_journey import make_project

from journeydesk.model.project import Project


def seconds(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def paired_medians(ours: Callable[[], object], raw: Callable[[], object], runs: int) -> tuple[float, float]:
    """The median seconds of ``ours`` and of ``raw``, run turn about so that a slow spell of a noisy
    machine falls on both alike."""
    mine, base = [], []
    for _ in range(runs):
        mine.append(seconds(ours))
        base.append(seconds(raw))
    return statistics.median(mine), statistics.median(base)


Measure = Callable[[Project, int], tuple[float, float, str]]  # median seconds ours, raw; what was written


def compare_from_command_line(description: str, measure: Measure, labels: tuple[str, str], target: float) -> int:
    """The main() of a single-comparison script: --cards and --runs, then its few lines."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    options = parser.parse_args()
    ours, raw, written = measure(make_project(options.cards, 8, 1), options.runs)
    print(ratio_report(f"{options.cards} cards: {written}", *labels, ours, raw, target))
    return 0


def ratio_report(title: str, ours_label: str, raw_label: str, ours: float, raw: float, target: float) -> str:
    """The few lines a single-comparison script prints."""
    width = max(len(ours_label), len(raw_label)) + 4
    return "\n".join(
        [
            title,
            f"{'':<{width}}{'median s':>10}",
            f"{ours_label:<{width}}{ours:>10.3f}",
            f"{raw_label:<{width}}{raw:>10.3f}",
            f"ratio {ours / raw:.2f} (target at most {target})",
        ]
    )
