"""The diff and merge benchmark runs and prints its figures (a smoke run: no times are asserted)."""

import subprocess
import sys

from tests.conftest import REPO


def test_the_merge_benchmark_runs_and_prints_each_figure_against_json_load() -> None:
    result = subprocess.run(
        [
            sys.executable,
            str(REPO / "benchmarks" / "merge_speed.py"),
            "--cards",
            "400",
            "--changes",
            "20",
            "--runs",
            "1",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    for label in ("json.load of the three files", "diff A B (in words)", "diff --json", "merge BASE OURS THEIRS"):
        assert label in result.stdout
    assert "target under 1 s" in result.stdout
