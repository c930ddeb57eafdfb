"""The export and import benchmarks run and print their figures (a smoke run: no times are asserted)."""

import subprocess
import sys

import pytest

from tests.conftest import REPO


@pytest.mark.parametrize(
    ("script", "size", "baseline"),
    [
        ("excel_speed.py", ["--cards", "200"], "raw openpyxl, same cells"),
        ("pdf_speed.py", ["--cards", "300"], "raw reportlab, same shapes/strings"),
        ("html_speed.py", ["--cards", "300"], "raw SVG strings, same elements"),
        ("pptx_speed.py", ["--cards", "300"], "raw python-pptx, same shapes/tables"),
        ("import_speed.py", ["--cells", "300"], "raw openpyxl read"),
    ],
)
def test_a_benchmark_runs_and_prints_the_ratio(script: str, size: list[str], baseline: str) -> None:
    result = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / script), *size, "--runs", "1"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert baseline in result.stdout and "ratio" in result.stdout
