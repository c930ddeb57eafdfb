"""The raw baselines' writers: openpyxl and reportlab alone, importing nothing of JourneyDesk.

excel_speed.py and pdf_speed.py call them in their own process; run.py runs them as whole
processes, as the raw counterpart of a whole `journeydesk export` command:

    python raw_writers.py xlsx|pdf|html|pptx INPUT.pickle OUT

reads what to write from INPUT (made by the benchmark beforehand: the cells of the exported
workbook, the shapes and texts of the PDF's map pages, or the cards' titles; and the register
rows) and writes OUT, flushed to disk as the export's own file is.
"""

import io
import os
import pickle
import sys
from html import escape
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


def pdf(pages: list[list[tuple]], rows: list[list[str]]) -> bytes:
    """Every shape and line of text of the map pages, one reportlab call each, then a rectangle and
    the cell texts of every register row on as many pages as they need (fonts registered beforehand).

    A map page's shapes come in page coordinates, colours as RGB: ("rect", x, y, w, h, radius, fill,
    stroke, line width), ("ellipse", x, y, rx, ry, fill, stroke, line width), ("path", ops, fill,
    stroke, line width) with ops ("M"|"L", x, y), ("C", x1, y1, x2, y2, x, y) or ("Z",), and
    ("text", x, y, font, size, colour, text)."""
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    width, height = A3_LANDSCAPE
    canvas = Canvas(buffer, pagesize=(width, height))
    for page in pages:
        for shape in page:
            draw_shape(canvas, shape)
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


def draw_shape(canvas, shape: tuple) -> None:
    kind = shape[0]
    if kind == "text":
        _, x, y, font, size, colour, text = shape
        canvas.setFillColorRGB(*colour)
        canvas.setFont(font, size)
        canvas.drawString(x, y, text)
        return
    fill, stroke, line_width = shape[-3:]
    if fill:
        canvas.setFillColorRGB(*fill)
    if stroke:
        canvas.setStrokeColorRGB(*stroke)
        canvas.setLineWidth(line_width)
    paint = {"stroke": 1 if stroke else 0, "fill": 1 if fill else 0}
    if kind == "rect":
        x, y, w, h, radius = shape[1:6]
        if radius:
            canvas.roundRect(x, y, w, h, radius, **paint)
        else:
            canvas.rect(x, y, w, h, **paint)
    elif kind == "ellipse":
        x, y, rx, ry = shape[1:5]
        canvas.ellipse(x - rx, y - ry, x + rx, y + ry, **paint)
    else:
        path = canvas.beginPath()
        for op in shape[1]:
            if op[0] == "M":
                path.moveTo(*op[1:])
            elif op[0] == "L":
                path.lineTo(*op[1:])
            elif op[0] == "C":
                path.curveTo(*op[1:])
            else:
                path.close()
        canvas.drawPath(path, **paint)


def html(cards: list[tuple[str, str, int]], rest: int, rows: list[list[str]]) -> bytes:
    """The same amount of SVG as plain strings: for every card (id, title, elements) as many elements
    as the page draws for it, alternately rectangles and texts holding its escaped title, on a grid;
    ``rest`` rectangles for the lanes, headers, links and curve; a table row of escaped cells for
    every register row."""
    parts = ['<!DOCTYPE html><html><body><svg xmlns="http://www.w3.org/2000/svg">']
    for number, (card_id, card_title, elements) in enumerate(cards):
        x, y = (number % 100) * 210.0, (number // 100) * 96.0
        title = escape(card_title, quote=False)
        parts.append(f'<g class="card" data-card="{card_id}">')
        for element in range(elements):
            if element % 2:
                parts.append(f'<text x="{x + 12:.1f}" y="{y + 14 * element:.1f}" font-size="12.0">{title}</text>')
            else:
                parts.append(
                    f'<rect x="{x + element:.1f}" y="{y:.1f}" width="196.0" height="86.0" rx="6.0" '
                    'fill="#ffffff" stroke="#d5dae1" stroke-width="1"/>'
                )
        parts.append("</g>")
    parts += [f'<rect x="{n:.1f}" y="0.0" width="10.0" height="10.0" fill="#f5f6f8"/>' for n in range(rest)]
    parts.append("</svg><table>")
    for row in rows:
        parts.append("<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>")
    parts.append("</table></body></html>")
    return "".join(parts).encode("utf-8")


CARDS_PER_SLIDE = 40
ROWS_PER_SLIDE = 15


def pptx(titles: list[str], rows: list[list[str]]) -> bytes:
    """With python-pptx's own calls, a rectangle and a text box holding the title of every card (forty
    cards to a slide), then the register rows as native tables (fifteen rows to a slide)."""
    from pptx import Presentation
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.util import Pt

    deck = Presentation()
    deck.slide_width, deck.slide_height = Pt(960), Pt(540)
    blank = deck.slide_layouts[6]
    slide = None
    for number, title in enumerate(titles):
        if number % CARDS_PER_SLIDE == 0:
            slide = deck.slides.add_slide(blank)
        x, y = 30 + (number % 8) * 112, 70 + (number % CARDS_PER_SLIDE // 8) * 90
        slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Pt(x), Pt(y), Pt(104), Pt(80))
        slide.shapes.add_textbox(Pt(x + 4), Pt(y + 4), Pt(96), Pt(20)).text_frame.text = title
    for start in range(0, len(rows), ROWS_PER_SLIDE):
        page = rows[start : start + ROWS_PER_SLIDE]
        columns = max(len(row) for row in page)
        table = deck.slides.add_slide(blank).shapes.add_table(len(page), columns, Pt(30), Pt(70), Pt(900), Pt(400))
        for r, row in enumerate(page):
            for c, text in enumerate(row):
                table.table.cell(r, c).text = text
    buffer = io.BytesIO()
    deck.save(buffer)
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
    elif kind == "pdf":
        register_fonts(given["fonts"])
        data = pdf(given["pages"], given["rows"])
    elif kind == "html":
        data = html(given["cards"], given["rest"], given["rows"])
    elif kind == "pptx":
        data = pptx(given["titles"], given["rows"])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    write(Path(target), data)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
