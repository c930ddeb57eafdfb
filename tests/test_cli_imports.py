"""The command line answers without Qt, and loads only the exporter it writes with: each command runs
as `python -m journeydesk` in a fresh process, which says at exit which modules it had loaded."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from journeydesk.io import save_project
from tests.factories import small_project

HEAVY = ("PySide6", "shiboken6", "openpyxl", "reportlab", "pptx", "pycrdt", "websockets", "fontTools")
REPORT = (
    "import atexit, json, runpy, sys\n"
    "atexit.register(lambda: print('LOADED ' + json.dumps(sorted(sys.modules)), file=sys.stderr))\n"
    "sys.argv = ['journeydesk', *sys.argv[1:]]\n"
    "runpy.run_module('journeydesk', run_name='__main__')\n"
)


def loaded(*arguments: str) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    """The command's result, and the top packages of JourneyDesk's heavy dependencies it loaded, with
    the JourneyDesk modules it loaded."""
    result = subprocess.run([sys.executable, "-c", REPORT, *arguments], capture_output=True, text=True, timeout=120)
    line = next(line for line in result.stderr.splitlines() if line.startswith("LOADED "))
    modules = json.loads(line.removeprefix("LOADED "))
    return result, {name for name in modules if name.split(".")[0] in HEAVY or name.startswith("journeydesk.")}


def heavy(modules: set[str]) -> set[str]:
    return {name.split(".")[0] for name in modules if name.split(".")[0] in HEAVY}


@pytest.mark.parametrize("arguments", [["--version"], ["--help"], ["validate", "--help"]])
def test_version_and_help_load_neither_qt_nor_an_exporter(arguments: list[str]) -> None:
    result, modules = loaded(*arguments)
    assert result.returncode == 0, result.stderr
    assert "journeydesk" in result.stdout
    assert heavy(modules) == set()


def test_validate_loads_neither_qt_nor_an_exporter(tmp_path: Path) -> None:
    good, bad = tmp_path / "good.journey", tmp_path / "bad.journey"
    save_project(small_project(), good)
    bad.write_text('{"format": "journeydesk", "schema_version": 1, "project": {"title": 3}}')
    result, modules = loaded("validate", str(good), str(bad))
    assert result.returncode == 1
    assert f"{good}: valid" in result.stdout
    assert f"{bad}:" in result.stderr and "Traceback" not in result.stderr
    assert heavy(modules) == set()
    assert not any(name.startswith("journeydesk.export") for name in modules)


def test_an_excel_export_loads_openpyxl_and_the_writer_only(tmp_path: Path) -> None:
    source, workbook = tmp_path / "map.journey", tmp_path / "map.xlsx"
    save_project(small_project(), source)
    result, modules = loaded("export", str(source), "-o", str(workbook))
    assert result.returncode == 0, result.stderr
    assert workbook.read_bytes()[:2] == b"PK"
    assert heavy(modules) == {"openpyxl"}
    assert "journeydesk.export.xlsx.writer" in modules
    assert not any(name.startswith("journeydesk.export.xlsx.handmade") for name in modules)  # the importer's
