"""Reading a workbook: checked before it is opened, then read as ours or as a hand-made map.

openpyxl parses the XML with defusedxml when it is installed (it is a dependency), which stops
entity-expansion bombs; the checks here stop the rest before any sheet is parsed.
"""

import zipfile
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook

from journeydesk.export.xlsx.columns import DATA_SHEET
from journeydesk.export.xlsx.errors import WorkbookError
from journeydesk.export.xlsx.foreign import read_foreign
from journeydesk.export.xlsx.handmade.reading import Layout
from journeydesk.export.xlsx.roundtrip import read_journeydesk
from journeydesk.model.project import Project
from journeydesk.model.types import TITLE_MAX

MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_UNPACKED_BYTES = 600 * 1024 * 1024
MAX_ROWS, MAX_COLUMNS = 200_000, 2_000
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted .xlsx files and old .xls files


def import_workbook(
    path: str | Path, sheet: str | None = None, layout: Layout | None = None, title: str | None = None
) -> Project:
    """A project from a workbook; anything wrong raises :class:`WorkbookError` with one clear line.

    For a hand-made map, ``sheet`` and ``layout`` say where the map is when the importer should not
    look for it; ``title`` replaces the title found."""
    path = Path(path)
    workbook = open_workbook(path)
    try:
        if is_journeydesk(workbook):
            project = read_journeydesk(workbook, path)
            if title:
                project.title = title[:TITLE_MAX]
            return project
        return read_foreign(workbook, path, sheet, layout or Layout(), title)
    finally:
        workbook.close()


def is_journeydesk(workbook: Workbook) -> bool:
    """Whether JourneyDesk wrote the workbook (and can read it back without loss)."""
    return DATA_SHEET in workbook.sheetnames


def open_workbook(path: Path) -> Workbook:
    try:
        size = path.stat().st_size
        with path.open("rb") as stream:
            head = stream.read(8)
    except FileNotFoundError:
        raise WorkbookError(path, "no such file") from None
    except IsADirectoryError:
        raise WorkbookError(path, "this is a folder, not a file") from None
    except OSError as exc:
        raise WorkbookError(path, f"cannot read it: {exc.strerror or exc}") from None
    if size == 0:
        raise WorkbookError(path, "the file is empty")
    if size > MAX_FILE_BYTES:
        raise WorkbookError(path, f"the workbook is too large ({size / 2**20:.0f} MB; at most 100 MB)")
    if head == OLE_SIGNATURE:
        raise WorkbookError(
            path, "the workbook is encrypted or in the old .xls format; save it as an unprotected .xlsx workbook"
        )
    if not zipfile.is_zipfile(path):
        raise WorkbookError(path, "not an Excel workbook (.xlsx)")
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(entry.file_size for entry in archive.infolist())
            if "xl/workbook.xml" not in archive.namelist():
                raise WorkbookError(path, "not an Excel workbook (.xlsx): it is another kind of zip file")
    except zipfile.BadZipFile:
        raise WorkbookError(path, "the workbook is damaged (not a readable zip archive)") from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise WorkbookError(path, f"the workbook unpacks to {unpacked / 2**20:.0f} MB; at most 600 MB")
    try:
        workbook = load_workbook(path, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for damaged parts
        raise WorkbookError(path, f"the workbook is damaged ({type(exc).__name__}: {exc})") from None
    for worksheet in workbook.worksheets:
        if worksheet.max_row > MAX_ROWS or worksheet.max_column > MAX_COLUMNS:
            workbook.close()
            raise WorkbookError(
                path,
                f"sheet “{worksheet.title}” is too large ({worksheet.max_row} rows x {worksheet.max_column} columns)",
            )
    return workbook
