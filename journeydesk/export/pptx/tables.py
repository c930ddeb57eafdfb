"""Registers as native PowerPoint tables, continued over as many slides as their rows need."""

from collections.abc import Sequence

from lxml import etree
from pptx.oxml.ns import nsdecls
from pptx.presentation import Presentation
from pptx.util import Pt

from journeydesk.export.pptx.drawing import EMU_PER_POINT, TYPEFACE, xml_text
from journeydesk.export.pptx.slides import CONTENT_TOP, HEIGHT, MARGIN, WIDTH, titled_slide
from journeydesk.layout import theme
from journeydesk.layout.fonts import FontStyle
from journeydesk.layout.text import count_lines

SIZE = 9.0  # points
LINE = SIZE * 1.25
PADDING = 5.0  # around a cell's text, points


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
        shape = slide.shapes.add_table(1, len(headers), Pt(MARGIN), Pt(CONTENT_TOP), Pt(width), Pt(LINE))
        _fill_table(shape._element.graphic.graphicData.tbl, headers, page, widths)
    return len(pages)


def _fill_table(table: etree._Element, headers: Sequence[str], rows: list[list[str]], widths: list[float]) -> None:
    """Replace the table's grid and rows with ``headers`` and ``rows``, written as DrawingML in one step
    (cell by cell through python-pptx's objects, a long register takes many seconds)."""
    for child in table.xpath("a:tblGrid | a:tr"):
        table.remove(child)
    grid = "".join(f'<a:gridCol w="{round(width * EMU_PER_POINT)}"/>' for width in widths)
    body = [_row(list(headers), widths, theme.LIGHT.band, theme.LIGHT.on_band, bold=True)]
    body += [
        _row(cells, widths, theme.LIGHT.paper if number % 2 else theme.HEADER_FILL, theme.TEXT, bold=False)
        for number, cells in enumerate(rows)
    ]
    parsed = etree.fromstring(f"<a:tbl {nsdecls('a')}><a:tblGrid>{grid}</a:tblGrid>{''.join(body)}</a:tbl>")
    for child in list(parsed):
        table.append(child)


def _row(cells: list[str], widths: list[float], fill: str, colour: str, bold: bool) -> str:
    height = round(row_height(cells, widths) * EMU_PER_POINT)
    run = (
        f'<a:rPr lang="en-GB" sz="{round(SIZE * 100)}" b="{int(bold)}" dirty="0"><a:solidFill>'
        f'<a:srgbClr val="{colour[1:]}"/></a:solidFill><a:latin typeface="{TYPEFACE}"/>'
        f'<a:cs typeface="{TYPEFACE}"/></a:rPr>'
    )
    margin = round(PADDING * EMU_PER_POINT)
    properties = (
        f'<a:tcPr marL="{margin}" marR="{margin}" marT="{margin}" marB="{margin}">'
        f'<a:solidFill><a:srgbClr val="{fill[1:]}"/></a:solidFill></a:tcPr>'
    )
    parts = [f'<a:tr h="{height}">']
    for cell in cells:
        paragraphs = "".join(
            f"<a:p><a:r>{run}<a:t>{xml_text(line)}</a:t></a:r></a:p>" if line else "<a:p/>" for line in cell.split("\n")
        )
        parts.append(f"<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>{paragraphs}</a:txBody>{properties}</a:tc>")
    parts.append("</a:tr>")
    return "".join(parts)
