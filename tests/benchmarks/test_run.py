"""The benchmark suite runs at 1,000 cards and prints its whole table (a smoke run: no times are asserted)."""

import os
import subprocess
import sys

from tests.conftest import REPO

OPERATIONS = [
    "start-up to map painted",
    "start-up to map editable",
    "first edit / again",
    "open personas / again",
    "open history / again",
    "open to first frame",
    "peak memory, map open",
    "frame at 100%",
    "frame at 25%",
    "frame, whole map",
    "move a card",
    "undo the move",
    "load (parse + validate)",
    "save",
    "Excel export",
    "PDF export",
    "Excel export, command",
    "PDF export, command",
    "HTML export, command",
    "PowerPoint export, command",
]


def test_the_suite_runs_and_prints_every_operation_with_its_baseline_and_ratio() -> None:
    result = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "run.py"), "--cards", "1000", "--runs", "1"],
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "cores" in lines[0]  # the machine is named
    assert lines[1].split() == ["cards", "operation", "ours", "raw", "unit", "ratio", "target", "met"]
    for operation in OPERATIONS:
        row = next(line for line in lines if operation in line)
        figures = row.replace(operation, "").split()
        assert float(figures[1]) > 0 and float(figures[2]) > 0 and float(figures[4]) > 0, row


def test_wrong_sizes_are_refused_with_a_usage_message() -> None:
    result = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "run.py"), "--cards", "1000,lots"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2 and "whole numbers separated by commas" in result.stderr
