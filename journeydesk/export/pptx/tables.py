"""Registers as native PowerPoint tables, continued over as many slides as their rows need."""

from collections.abc import Sequence

from pptx.presentation import Presentation
from pptx.util import Pt

from journeydesk.export.pptx.drawing import printable
from journeydesk.export.pptx.slides import CONTENT_TOP, HEIGHT, MARGIN, WIDTH, rgb, style, titled_slide
from journeydesk.layout import theme
from journeydesk.layout.fonts import FontStyle
from journeydesk.layout.text import count_lines

SIZE = 9.0  # points
LINE = SIZE * 1.25
PADDING = 5.0  # around a cell's text, points
HEADER_FILL = "#1f2a44"


def row_height(cells: Sequence[str], widths: Sequence[float]) -> float:
    """How tall a row of ``cells`` in columns of ``widths`` (points) prints."""
    lines = max(
        count_lines(cell or " ", FontStyle.REGULAR, SIZE, max(width - 2 * PADDING, 10.0))
        for cell, width in zip(cells, widths, strict=True)
    )
    return max(1, lines) * LINE + 2 * PADDING


def table_slides(
    deck: Presentation, title: str, headers: Sequence[str], rows: list[list[str]], weights: Sequence[float]
) -> int:
    """Slides titled ``title`` (numbered when there are several) holding ``rows``; returns how many."""
    width = WIDTH - 2 * MARGIN
    widths = [width * weight / sum(weights) for weight in weights]
    room = HEIGHT - CONTENT_TOP - MARGIN
    pages: list[list[list[str]]] = [[]]
    used = row_height(headers, widths)
    for row in rows:
        height = row_height(row, widths)
        if pages[-1] and used + height > room:
            pages.append([])
            used = row_height(headers, widths)
        pages[-1].append(row)
        used += height
    for number, page in enumerate(pages, 1):
        shown = title if len(pages) == 1 else f"{title} ({number} of {len(pages)})"
        slide = titled_slide(deck, shown)
        shape = slide.shapes.add_table(
            len(page) + 1, len(headers), Pt(MARGIN), Pt(CONTENT_TOP), Pt(width), Pt(row_height(headers, widths))
        )
        table = shape.table
        for column, column_width in enumerate(widths):
            table.columns[column].width = Pt(column_width)
        for row_number, cells in enumerate([list(headers), *page]):
            table.rows[row_number].height = Pt(row_height(cells, widths))
            for column, value in enumerate(cells):
                cell = table.cell(row_number, column)
                cell.margin_left = cell.margin_right = cell.margin_top = cell.margin_bottom = Pt(PADDING)
                cell.text = printable(value)
                header = row_number == 0
                for paragraph in cell.text_frame.paragraphs:
                    for run in paragraph.runs:
                        style(run.font, SIZE, bold=header, colour=theme.LIGHT.on_band if header else theme.TEXT)
                cell.fill.solid()
                cell.fill.fore_color.rgb = rgb(HEADER_FILL if header else ("#ffffff" if row_number % 2 else "#f5f6f8"))
    return len(pages)
