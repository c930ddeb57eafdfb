"""The canvas benchmark runs and prints its table (a smoke run: no times are asserted)."""

import os
import subprocess
import sys

from tests.conftest import REPO


def test_canvas_benchmark_runs_and_prints_every_operation() -> None:
    result = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "canvas_speed.py"), "--cards", "300", "--runs", "3"],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    for operation in ("move a card", "undo the move", "frame at 100%", "frame at 25%", "frame, whole map"):
        assert operation in result.stdout
