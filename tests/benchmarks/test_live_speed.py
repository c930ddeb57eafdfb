"""The live-session benchmark runs on loopback and prints its figures (a smoke run: no times are asserted)."""

import os
import subprocess
import sys

from tests.conftest import REPO


def test_the_live_session_benchmark_runs_and_prints_both_figures_against_raw_pycrdt() -> None:
    result = subprocess.run(
        [
            sys.executable,
            str(REPO / "benchmarks" / "live_speed.py"),
            *("--edit-cards", "200", "--join-cards", "500", "--runs", "3"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "remote edit applied and painted, 200 cards" in result.stdout
    assert "joining a session, 500 cards" in result.stdout
    assert result.stdout.count("raw pycrdt, same sync") == 2 and result.stdout.count("ratio") == 2
