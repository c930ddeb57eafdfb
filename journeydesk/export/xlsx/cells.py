"""Writing cells safely and fast.

Every text a person typed is written as text: openpyxl would store a string starting with ``=`` as
a formula and ``#N/A`` as an error, so a card titled ``=HYPERLINK(...)`` would become a live link in
a client's workbook. Characters XML cannot hold (control characters, U+FFFE) and carriage returns
are written as OOXML's ``_xHHHH_`` escapes, as Excel writes them, so they come back on import.
"""

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.worksheet import Worksheet

from journeydesk.export.xlsx.escapes import escape
from journeydesk.export.xml_text import printable
from journeydesk.layout import theme

FONT = "Calibri"
THIN = Side(style="thin", color="D5DAE1")
GRID_BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def fill(color: str) -> PatternFill:
    return PatternFill("solid", start_color=color.lstrip("#").upper(), end_color=color.lstrip("#").upper())


def font(size: float = 10, bold: bool = False, color: str = theme.TEXT, italic: bool = False) -> Font:
    return Font(name=FONT, size=size, bold=bold, italic=italic, color=color.lstrip("#").upper())


def put(sheet: Worksheet, row: int, column: int, value: object) -> Cell:
    """Write a value; text always stays text (never a formula or an error code)."""
    if isinstance(value, str):
        value = escape(value)
    cell = sheet.cell(row=row, column=column, value=value)
    if isinstance(value, str):
        cell.data_type = "s"
    return cell


def sheet_title(name: str, taken: set[str]) -> str:
    """A valid, unique sheet name (at most 31 characters, none of ``[]:*?/\\``)."""
    cleaned = "".join(" " if char in "[]:*?/\\" else char for char in printable(name)).strip().strip("'") or "Sheet"
    if len(cleaned) > 31:
        cleaned = cleaned[:30].rstrip() + "…"
    title, number = cleaned, 2
    while title.casefold() in {existing.casefold() for existing in taken}:
        suffix = f" ({number})"
        title, number = cleaned[: 31 - len(suffix)] + suffix, number + 1
    taken.add(title)
    return title
