"""The import benchmark runs and prints its figures (a smoke run: no times are asserted)."""

import subprocess
import sys

from tests.conftest import REPO


def test_the_import_benchmark_runs_and_prints_the_ratio() -> None:
    result = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "import_speed.py"), "--cells", "300", "--runs", "1"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "raw openpyxl read" in result.stdout and "ratio" in result.stdout
    assert "cards" in result.stdout.splitlines()[0]
