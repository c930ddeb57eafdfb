"""The raw baselines' writers: openpyxl and reportlab alone, importing nothing of JourneyDesk.

excel_speed.py and pdf_speed.py call them in their own process; run.py runs them as whole
processes, as the raw counterpart of a whole `journeydesk export` command:

    python raw_writers.py xlsx|pdf INPUT.pickle OUT

reads what to write from INPUT (made by the benchmark beforehand: the cells of the exported
workbook, or the cards' titles and the register rows) and writes OUT, flushed to disk as the
export's own file is.
"""

import io
import os
import pickle
import sys
from pathlib import Path

A3_LANDSCAPE = (1190.55, 841.89)  # reportlab's landscape(A3), in points
FONT = "DejaVuSans"


def xlsx(sheets: list[tuple[str, list[tuple]]]) -> bytes:
    """A workbook of exactly these cells: (row, column, value, font, fill, alignment, border,
    number format) per sheet, styles None where they are the default."""
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, cells in sheets:
        sheet = workbook.create_sheet(title)
        for row, column, value, font, fill, alignment, border, number_format in cells:
            cell = sheet.cell(row=row, column=column, value=value)
            for name, style in (("font", font), ("fill", fill), ("alignment", alignment), ("border", border)):
                if style is not None:
                    setattr(cell, name, style)
            if number_format != "General":
                cell.number_format = number_format
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def register_fonts(files: dict[str, str]) -> None:
    """The embedded fonts the export registers too (name -> TTF file)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, file in files.items():
        pdfmetrics.registerFont(TTFont(name, file))


def pdf(titles: list[str], rows: list[list[str]]) -> bytes:
    """A rectangle and the title of every card on a map page, then a rectangle and the cell texts
    of every register row on as many pages as they need (fonts registered beforehand)."""
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    width, height = A3_LANDSCAPE
    canvas = Canvas(buffer, pagesize=(width, height))
    columns = 100
    for number, title in enumerate(titles):
        x, y = 28 + (number % columns) * 11, height - 60 - (number // columns) * 7
        canvas.setFillColorRGB(1, 0.97, 0.82)
        canvas.rect(x, y, 10, 6, stroke=1, fill=1)
        canvas.setFillColorRGB(0.1, 0.1, 0.1)
        canvas.setFont(FONT, 0.6)
        canvas.drawString(x + 1, y + 4, title)
    canvas.showPage()
    y = height - 40
    for row in rows:
        if y < 40:
            canvas.showPage()
            y = height - 40
        canvas.setFillColorRGB(0.97, 0.97, 0.98)
        canvas.rect(28, y - 12, width - 56, 12, stroke=0, fill=1)
        canvas.setFillColorRGB(0.1, 0.1, 0.1)
        canvas.setFont(FONT, 8)
        for column, text in enumerate(row):
            canvas.drawString(32 + column * 120, y - 9, text)
        y -= 12
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def write(path: Path, data: bytes) -> None:
    with path.open("wb") as file:
        file.write(data)
        file.flush()
        os.fsync(file.fileno())


def main(arguments: list[str]) -> int:
    kind, source, target = arguments
    with open(source, "rb") as file:
        given = pickle.load(file)
    if kind == "xlsx":
        data = xlsx(given)
    else:
        register_fonts(given["fonts"])
        data = pdf(given["titles"], given["rows"])
    write(Path(target), data)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
