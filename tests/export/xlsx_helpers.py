"""Reading exported workbooks back with independent readers, and building hand-made ones."""

import csv
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import Workbook
from python_calamine import CalamineWorkbook


def calamine_sheet(path: Path, name: str) -> list[list[object]]:
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_name(name).to_python()


def libreoffice_convert(path: Path, out: Path, target: str) -> subprocess.CompletedProcess[str]:
    """Convert ``path`` with LibreOffice headless (``target`` as --convert-to takes it) into ``out``."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.fail("LibreOffice is needed (Debian: libreoffice-calc-nogui); .ci/run installs it")
    out.mkdir(parents=True, exist_ok=True)
    profile = out / "profile"
    result = subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            str(out),
            str(path),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    return result


def libreoffice_pdf(path: Path, out: Path) -> Path:
    """The workbook as LibreOffice prints it, every sheet, to PDF."""
    result = libreoffice_convert(path, out, "pdf")
    printed = out / f"{path.stem}.pdf"
    assert printed.exists(), f"LibreOffice wrote nothing: {result.stdout} {result.stderr}"
    return printed


def libreoffice_csvs(path: Path, out: Path) -> dict[str, list[list[str]]]:
    """Every sheet as UTF-8 CSV, converted by LibreOffice headless."""
    result = libreoffice_convert(
        path, out, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
    )
    sheets = {}
    for file in out.glob(f"{path.stem}-*.csv"):
        with file.open(encoding="utf-8", newline="") as stream:
            sheets[file.stem.removeprefix(f"{path.stem}-")] = list(csv.reader(stream))
    assert sheets, f"LibreOffice wrote nothing: {result.stdout} {result.stderr}"
    return sheets


def hand_made(
    path: Path,
    rows: list[list[object]],
    merges: list[str] = (),
    title: str = "Map",
    extra_sheets: dict[str, list[list[object]]] | None = None,
) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    for area in merges:
        sheet.merge_cells(area)
    for name, extra_rows in (extra_sheets or {}).items():
        extra = workbook.create_sheet(name)
        for row in extra_rows:
            extra.append(row)
    workbook.save(path)
    return path
