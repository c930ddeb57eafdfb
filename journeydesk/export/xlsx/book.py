"""An open workbook: read-only cells streamed within the extent its XML was found to hold."""

import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from openpyxl.workbook.workbook import Workbook

from journeydesk.export.xlsx.errors import WorkbookError
from journeydesk.export.xlsx.escapes import unescape
from journeydesk.export.xlsx.scan import SheetScan

# openpyxl warns on stderr of what it leaves out of a workbook (data validation, unknown parts):
# nothing a person importing a map needs to read.
warnings.filterwarnings("ignore", category=UserWarning, module="openpyxl")


@dataclass
class Book:
    """The workbook, opened read-only by openpyxl, and what :mod:`scan` found in each sheet."""

    source: Path
    workbook: Workbook
    sheets: dict[str, SheetScan]

    @property
    def sheetnames(self) -> list[str]:
        return list(self.workbook.sheetnames)

    def scan(self, title: str) -> SheetScan:
        return self.sheets.get(title) or SheetScan(title, "")

    def rows(self, title: str, min_row: int = 1, max_col: int | None = None) -> Iterator[tuple[Any, ...]]:
        """The sheet's values row by row, as wide as its widest row (or ``max_col``), texts with their
        escapes read; a sheet openpyxl cannot read is one :class:`WorkbookError`."""
        scan = self.scan(title)
        if scan.rows < min_row or not scan.columns:
            return
        sheet = self.workbook[title]
        try:
            for row in sheet.iter_rows(
                min_row=min_row, max_row=scan.rows, max_col=max_col or scan.columns, values_only=True
            ):
                yield tuple(unescape(value) if isinstance(value, str) else value for value in row)
        except Exception as exc:  # openpyxl raises many kinds for a damaged sheet
            raise WorkbookError(self.source, f"sheet “{title}” is damaged ({first_line(exc)})") from None

    def close(self) -> None:
        self.workbook.close()

    def __enter__(self) -> "Book":
        return self

    def __exit__(self, *_: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()


def first_line(exc: BaseException) -> str:
    """What went wrong, in one line: openpyxl wraps the cause in a message of several."""
    cause = exc.__cause__ or exc
    text = " ".join(str(cause).split())
    return f"{type(cause).__name__}: {text[:200]}" if text else type(cause).__name__
