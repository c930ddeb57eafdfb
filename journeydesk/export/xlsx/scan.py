"""Checking a workbook's XML, streamed from the zip, before openpyxl reads any of it.

A 2 KB workbook can declare a sheet of 17 billion cells, merge or link all of them, or expand an
entity a billion times; openpyxl would make an object per cell first and count afterwards. Every
XML part is read here with expat in small pieces, keeping counts only: no DTD (so no entities), a
known encoding, a bounded depth, bounded numbers of elements, cells, merged ranges and links, and
bounded texts. A workbook past a limit is refused with one line saying what was found and the
limit. What is kept is small: each sheet's extent (the cells actually found) and its merged ranges.
"""

import posixpath
import re
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO
from xml.parsers import expat

from journeydesk.export.xlsx.errors import WorkbookError
from journeydesk.export.xlsx.escapes import length

MAX_ROWS, MAX_COLUMNS = 200_000, 2_000  # a sheet's extent, declared or found
MAX_CELLS = 500_000  # in the whole workbook
MAX_ELEMENTS = 2_000_000  # XML elements in the whole workbook
# XML elements of a part outside its rows of cells and its shared strings: openpyxl holds them all at
# once (styles, a sheet's settings), and within one row or string.
MAX_BESIDE_ROWS = 300_000
MAX_IN_ROW = 100_000
MAX_DEPTH = 100  # XML elements inside one another
MAX_MERGED = 100_000  # merged ranges in the whole workbook
MAX_LINKS = 100_000  # hyperlinks in the whole workbook
MAX_CELL_TEXT = 32_767  # characters in a cell: Excel's own limit
MAX_TEXT_BYTES = 100 * 2**20  # all the texts of the workbook, as held in memory (up to 4 bytes a character)
MAX_OTHER_TEXT = 2**20  # characters of any other element's text
CHUNK = 1 << 16
WORKBOOK, RELATIONSHIPS = "xl/workbook.xml", "xl/_rels/workbook.xml.rels"

_REFERENCE = re.compile(r"\$?([A-Za-z]{1,3})\$?([0-9]{1,7})")
_TEXT_HOLDERS = {"si", "is", "v"}  # a shared string, an inline string, a cell's value
Area = tuple[int, int, int, int]  # first row, first column, last row, last column; from 1


@dataclass
class SheetScan:
    """What a sheet holds, as found in its XML."""

    name: str
    part: str
    rows: int = 0  # the last row and column holding a value
    columns: int = 0
    values: int = 0  # cells holding a value
    merged: list[Area] = field(default_factory=list)


@dataclass
class _Totals:
    elements: int = 0
    cells: int = 0
    merged: int = 0
    links: int = 0
    text_bytes: int = 0


def scan_workbook(path: Path, archive: zipfile.ZipFile) -> dict[str, SheetScan]:
    """Every XML part checked; the sheets by name (as the workbook names them)."""
    totals = _Totals()
    names = archive.namelist()
    sheets = _sheet_parts(path, archive, totals)
    for name in names:
        if name.lower().endswith((".xml", ".rels", ".vml")) and name not in (WORKBOOK, RELATIONSHIPS):
            _Scanner(path, name, sheets.get(name), totals).read(archive)
    return {sheet.name: sheet for sheet in sheets.values()}


def _sheet_parts(path: Path, archive: zipfile.ZipFile, totals: _Totals) -> dict[str, SheetScan]:
    """The worksheets' parts and names, from the workbook part and its relationships."""
    listed: list[tuple[str, str]] = []  # (name, relationship id)
    targets: dict[str, str] = {}

    def on_sheet(local: str, attributes: dict[str, str]) -> None:
        if local == "sheet":
            listed.append((_local_attribute(attributes, "name"), _local_attribute(attributes, "id")))
        elif local == "Relationship":
            targets[_local_attribute(attributes, "Id")] = _local_attribute(attributes, "Target")

    _Scanner(path, WORKBOOK, None, totals, on_sheet).read(archive)
    if RELATIONSHIPS in archive.namelist():
        _Scanner(path, RELATIONSHIPS, None, totals, on_sheet).read(archive)
    parts: dict[str, SheetScan] = {}
    for name, relationship in listed:
        target = targets.get(relationship, "")
        part = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
        parts[part] = SheetScan(name, part)
    return parts


def _local_attribute(attributes: dict[str, str], wanted: str) -> str:
    """An attribute by its name without a namespace prefix (``r:id`` is ``id``)."""
    for name, value in attributes.items():
        if name.rpartition(":")[2] == wanted:
            return value
    return ""


def cell_position(reference: str) -> tuple[int, int] | None:
    """``"B7"`` -> (7, 2); None when it is no cell reference."""
    match = _REFERENCE.fullmatch(reference.strip())
    if match is None:
        return None
    column = 0
    for letter in match.group(1).upper():
        column = column * 26 + ord(letter) - 64
    return int(match.group(2)), column


def area_of(reference: str) -> Area | None:
    """``"A1:C3"`` -> (1, 1, 3, 3); a single cell is an area too; None when it is neither."""
    first, _, last = reference.partition(":")
    start, end = cell_position(first), cell_position(last or first)
    if start is None or end is None:
        return None
    return min(start[0], end[0]), min(start[1], end[1]), max(start[0], end[0]), max(start[1], end[1])


class _Scanner:
    """One XML part read with expat, counted as it streams by."""

    def __init__(
        self,
        source: Path,
        part: str,
        sheet: SheetScan | None,
        totals: _Totals,
        on_start: Callable[[str, dict[str, str]], None] | None = None,
    ) -> None:
        self.source, self.part, self.sheet, self.totals, self.on_start = source, part, sheet, totals, on_start
        self.place = f"sheet “{sheet.name}”" if sheet else part
        self.depth = 0
        self.row = self.column = 0  # of the cell being read
        self.text: list[str] = []  # of the value being read, while one is
        self.holder_depth = 0  # the depth of the element that holds it
        self.other_text = 0  # characters of text outside any value, since the last element began
        self.cell_has_value = False
        self.links = 0
        self.row_depth = 0  # the depth of the row being read, while one is
        self.beside_rows = self.in_row = 0

    def refuse(self, problem: str) -> WorkbookError:
        return WorkbookError(self.source, f"{self.place}: {problem}")

    def read(self, archive: zipfile.ZipFile) -> None:
        parser = expat.ParserCreate()
        parser.buffer_text = True
        parser.buffer_size = CHUNK
        parser.StartDoctypeDeclHandler = self._doctype
        parser.EntityDeclHandler = self._entity
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        parser.CharacterDataHandler = self._characters
        try:
            with archive.open(self.part) as stream:
                self._feed(parser, stream)
        except expat.ExpatError as exc:
            problem = expat.ErrorString(exc.code) if exc.code else str(exc)
            raise self.refuse(f"the XML is damaged ({problem}, line {exc.lineno})") from None
        except LookupError as exc:
            raise self.refuse(f"the XML is in an unknown encoding ({exc})") from None
        except ValueError as exc:  # expat reads only single-byte encodings beside UTF-8 and UTF-16
            raise self.refuse(f"the XML is in an encoding JourneyDesk cannot read ({exc})") from None
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError) as exc:
            raise WorkbookError(self.source, f"the workbook is damaged ({self.part}: {exc})") from None

    def _feed(self, parser: "expat.XMLParserType", stream: IO[bytes]) -> None:
        while chunk := stream.read(CHUNK):
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
        if self.sheet is not None:
            self.totals.links += self.links
            if self.totals.links > MAX_LINKS:
                raise self.refuse(f"{self.totals.links:,} hyperlinks in the workbook; at most {MAX_LINKS:,}")

    def _doctype(self, *_: object) -> None:
        raise self.refuse("the XML declares a document type (DTD), which a workbook never needs; refused for safety")

    def _entity(self, *_: object) -> None:
        raise self.refuse("the XML declares entities, which a workbook never needs; refused for safety")

    def _start(self, name: str, attributes: dict[str, str]) -> None:
        totals = self.totals
        totals.elements += 1
        self.depth += 1
        if totals.elements > MAX_ELEMENTS:
            raise self.refuse(f"the workbook holds more than {MAX_ELEMENTS:,} XML elements; at most {MAX_ELEMENTS:,}")
        if self.depth > MAX_DEPTH:
            raise self.refuse(f"XML elements nested more than {MAX_DEPTH} deep; at most {MAX_DEPTH}")
        self.other_text = 0
        local = name.rpartition(":")[2]
        if self.on_start is not None:
            self.on_start(local, attributes)
        if local in _TEXT_HOLDERS and not self.holder_depth:
            self.holder_depth, self.text = self.depth, []
            if local != "si":
                self.cell_has_value = True
        if local in ("row", "si") and not self.row_depth:
            self.row_depth, self.in_row = self.depth, 0
        elif not self.row_depth:
            self.beside_rows += 1
            if self.beside_rows > MAX_BESIDE_ROWS:
                most = f"{MAX_BESIDE_ROWS:,}"
                raise self.refuse(f"more than {most} XML elements outside rows of cells and strings; at most {most}")
        else:
            self.in_row += 1
            if self.in_row > MAX_IN_ROW:
                where = f"row {self.row:,}" if self.sheet is not None else "a string"
                raise self.refuse(f"{where} holds more than {MAX_IN_ROW:,} XML elements; at most {MAX_IN_ROW:,}")
        if self.sheet is None:
            return
        if local == "c":
            self._cell(attributes.get("r"))
        elif local == "row":
            number = attributes.get("r")
            self.row = int(number) if number and number.isdigit() else self.row + 1
            self.column = 0
            self._within(self.row, 1, f"row {self.row:,}")
        elif local == "mergeCell":
            self._merged(attributes.get("ref", ""))
        elif local == "hyperlink":
            self.links += 1
        elif local == "dimension":
            area = area_of(attributes.get("ref", ""))
            if area is not None:
                self._within(area[2], area[3], f"its declared size ({_size(area[2], area[3])})")

    def _cell(self, reference: str | None) -> None:
        self.totals.cells += 1
        if self.totals.cells > MAX_CELLS:
            raise self.refuse(f"the workbook holds more than {MAX_CELLS:,} cells; at most {MAX_CELLS:,}")
        position = cell_position(reference) if reference else (self.row or 1, self.column + 1)
        if position is None:
            raise self.refuse(f"{reference!r} is no cell reference")
        self.row, self.column = position
        self._within(self.row, self.column, f"cell {_name(self.row, self.column)}")

    def _close_cell(self) -> None:
        """The cell just read counts for the sheet's extent if it holds a value."""
        if self.cell_has_value and self.sheet is not None:
            self.sheet.values += 1
            self.sheet.rows = max(self.sheet.rows, self.row)
            self.sheet.columns = max(self.sheet.columns, self.column)
        self.cell_has_value = False

    def _within(self, row: int, column: int, what: str) -> None:
        if row > MAX_ROWS or column > MAX_COLUMNS:
            raise self.refuse(f"{what} is beyond the {_size(MAX_ROWS, MAX_COLUMNS)} JourneyDesk reads")

    def _merged(self, reference: str) -> None:
        self.totals.merged += 1
        if self.totals.merged > MAX_MERGED:
            raise self.refuse(f"the workbook holds more than {MAX_MERGED:,} merged ranges; at most {MAX_MERGED:,}")
        area = area_of(reference)
        if area is not None and self.sheet is not None:
            self.sheet.merged.append(area)

    def _characters(self, text: str) -> None:
        if self.holder_depth:
            self.text.append(text)
            if sum(map(len, self.text)) > 7 * MAX_CELL_TEXT:  # more than any escapes could account for
                self._text_too_long(sum(map(len, self.text)))
            return
        self.other_text += len(text)
        if self.other_text > MAX_OTHER_TEXT:
            raise self.refuse(f"a text of more than {MAX_OTHER_TEXT:,} characters outside any cell")

    def _end(self, name: str) -> None:
        if self.depth == self.holder_depth:
            text = "".join(self.text)
            characters = length(text)
            if characters > MAX_CELL_TEXT:
                self._text_too_long(characters)
            self.totals.text_bytes += len(text) if text.isascii() else 4 * len(text)
            if self.totals.text_bytes > MAX_TEXT_BYTES:
                most = MAX_TEXT_BYTES // 2**20
                raise self.refuse(f"the workbook's texts take more than {most} MB; at most {most} MB")
            self.holder_depth, self.text = 0, []
        if self.depth == self.row_depth:
            self.row_depth = 0
        self.depth -= 1
        if self.cell_has_value and name.rpartition(":")[2] == "c":
            self._close_cell()

    def _text_too_long(self, characters: int) -> None:
        where = f"cell {_name(self.row, self.column)}: " if self.sheet is not None else ""
        raise self.refuse(f"{where}a text of {characters:,} characters; a cell holds at most {MAX_CELL_TEXT:,}")


def _size(rows: int, columns: int) -> str:
    return f"{rows:,} row{'s' if rows != 1 else ''} x {columns:,} column{'s' if columns != 1 else ''}"


def _name(row: int, column: int) -> str:
    letters = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return f"{letters}{row}"
