"""Reading a workbook: checked before it is opened, then read as ours or as a hand-made map.

Every XML part is streamed through :mod:`scan` first (sizes, counts, ranges, no DTD), so openpyxl,
in read-only mode, only ever reads a workbook known to be small enough.
"""

import warnings
import zipfile
from pathlib import Path

from openpyxl import load_workbook

from journeydesk.export.xlsx.book import Book, first_line
from journeydesk.export.xlsx.columns import DATA_SHEET
from journeydesk.export.xlsx.errors import WorkbookError
from journeydesk.export.xlsx.foreign import read_foreign
from journeydesk.export.xlsx.handmade.reading import Layout
from journeydesk.export.xlsx.roundtrip import read_journeydesk
from journeydesk.export.xlsx.scan import scan_workbook
from journeydesk.model.project import Project
from journeydesk.model.types import TITLE_MAX

MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_UNPACKED_BYTES = 600 * 1024 * 1024
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted .xlsx files and old .xls files


def import_workbook(
    path: str | Path, sheet: str | None = None, layout: Layout | None = None, title: str | None = None
) -> Project:
    """A project from a workbook; anything wrong raises :class:`WorkbookError` with one clear line.

    For a hand-made map, ``sheet`` and ``layout`` say where the map is when the importer should not
    look for it; ``title`` replaces the title found."""
    path = Path(path)
    with open_workbook(path) as book:
        if is_journeydesk(book):
            project = read_journeydesk(book)
            if title:
                project.title = title[:TITLE_MAX]
            return project
        return read_foreign(book, path, sheet, layout or Layout(), title)


def is_journeydesk(book: Book) -> bool:
    """Whether JourneyDesk wrote the workbook (and can read it back without loss)."""
    return DATA_SHEET in book.sheetnames


def open_workbook(path: Path) -> Book:
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
            if unpacked > MAX_UNPACKED_BYTES:
                raise WorkbookError(path, f"the workbook unpacks to {unpacked / 2**20:.0f} MB; at most 600 MB")
            sheets = scan_workbook(path, archive)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError):
        raise WorkbookError(path, "the workbook is damaged (not a readable zip archive)") from None
    try:
        with warnings.catch_warnings():  # openpyxl warns of what it leaves out (data validation, odd parts)
            warnings.simplefilter("ignore")
            workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for damaged parts
        raise WorkbookError(path, f"the workbook is damaged ({first_line(exc)})") from None
    return Book(path, workbook, sheets)
