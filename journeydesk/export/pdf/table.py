"""A fast table for the registers: plain lines of text drawn straight on the canvas.

reportlab's Table of Paragraphs parses every cell as markup and measures it several times; the
registers of a 10,000-card map have thousands of rows. Here each cell is wrapped once with the
same fonts (and CJK fallback) as the map, drawn as text (so markup in user text prints as typed),
and the table splits across pages with its header repeated. The pieces of a split table share the
wrapped rows, so splitting page after page costs nothing.
"""

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate

from journeydesk.export.pdf import fonts
from journeydesk.export.pdf.colors import rl
from journeydesk.export.pdf.flow import Block
from journeydesk.layout import theme
from journeydesk.layout.fonts import FontStyle
from journeydesk.layout.text import wrap as wrap_text

SIZE = 8.0
LEADING = 10.0
PAD = 4.0
HEADER_FILL = "#3a4150"
Lines = list[list[str]]  # one list of lines per cell


@dataclass
class Rows:
    """The wrapped rows of a whole table, with the running total of their heights."""

    header: Lines
    cells: list[Lines]
    bottoms: list[float]  # bottoms[i]: the height of rows 0..i together

    def span(self, start: int, end: int) -> float:
        return self.bottoms[end - 1] - (self.bottoms[start - 1] if start else 0.0) if end > start else 0.0


def _rows(header: Lines, cells: list[Lines]) -> Rows:
    return Rows(header, cells, list(accumulate(_height(row) for row in cells)))


def _height(lines: Lines) -> float:
    return max(len(cell) for cell in lines) * LEADING + 2 * PAD


def wrap(text: str, size: float, width: float, style: FontStyle = FontStyle.REGULAR) -> list[str]:
    """The lines of ``text``; short text is kept whole without measuring (no glyph is wider than its
    size), which spares most of a register's thousands of cells."""
    if len(text) * size <= width:
        return [" ".join(text.split())] if text.strip() else []
    return wrap_text(text, style, size, width)


def _cell_lines(text: str, width: float) -> list[str]:
    lines = [line for paragraph in text.split("\n") for line in (wrap(paragraph, SIZE, width - 2 * PAD) or [""])]
    return lines or [""]


def _column_widths(headers: Sequence[str], weights: Sequence[float], total: float) -> list[float]:
    """Share ``total`` by ``weights``, but never so narrow that a header word breaks: a column that
    would be takes its header's width and the others share what is left."""
    least = [max(fonts.width(word, SIZE, fonts.BOLD) for word in header.split()) + 2 * PAD + 1 for header in headers]
    widths = [total * weight / sum(weights) for weight in weights]
    pinned = [width < minimum for width, minimum in zip(widths, least, strict=True)]
    if not any(pinned):
        return widths
    free = total - sum(minimum for minimum, pin in zip(least, pinned, strict=True) if pin)
    free_weight = sum(weight for weight, pin in zip(weights, pinned, strict=True) if not pin)
    return [
        minimum if pin else free * weight / free_weight
        for weight, minimum, pin in zip(weights, least, pinned, strict=True)
    ]


class RegisterTable(Block):
    """A table as wide as the frame it lands in: its columns share that width by ``weights``."""

    def __init__(self, headers: Sequence[str], rows: Sequence[Sequence[str]], weights: Sequence[float]) -> None:
        super().__init__()
        self.headers, self.texts, self.weights = list(headers), [list(row) for row in rows], list(weights)
        self.widths: list[float] = []
        self.rows = Rows([], [], [])
        self.start, self.end = 0, len(rows)

    def _lay_out(self, available_width: float) -> None:
        """Wrap every cell once, for the first width offered; the pieces of a split share the result."""
        if self.widths:
            return
        self.widths = _column_widths(self.headers, self.weights, available_width)
        header = [
            wrap(text, SIZE, width - 2 * PAD, FontStyle.BOLD) or [""]
            for text, width in zip(self.headers, self.widths, strict=True)
        ]
        cells = [[_cell_lines(cell, width) for cell, width in zip(row, self.widths, strict=True)] for row in self.texts]
        self.rows = _rows(header, cells)

    def _part(self, start: int, end: int, rows: Rows | None = None) -> "RegisterTable":
        part = RegisterTable.__new__(RegisterTable)
        Block.__init__(part)
        part.headers, part.texts, part.weights = self.headers, self.texts, self.weights
        part.widths, part.rows, part.start, part.end = self.widths, rows or self.rows, start, end
        return part

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._lay_out(available_width)
        self.width = sum(self.widths)
        self.height = _height(self.rows.header) + self.rows.span(self.start, self.end)
        return self.width, self.height

    def split(self, available_width: float, available_height: float, at_top: bool) -> list[Block]:
        self._lay_out(available_width)
        room = available_height - _height(self.rows.header)
        before = self.rows.bottoms[self.start - 1] if self.start else 0.0
        taken = bisect_right(self.rows.bottoms, before + room, self.start, self.end) - self.start
        if taken == 0:
            return self._split_row(room, at_top)
        if self.start + taken >= self.end:
            return []
        return [self._part(self.start, self.start + taken), self._part(self.start + taken, self.end)]

    def _split_row(self, room: float, at_top: bool) -> list[Block]:
        """The first row does not fit in the room left. Lower on a page, the table moves on to the
        next one; only a row taller than a whole page is cut, continuing on the next."""
        fitting = int((room - 2 * PAD) // LEADING)
        if fitting < 1 or not at_top:
            return []
        row = self.rows.cells[self.start]
        head = [cell[:fitting] or [""] for cell in row]
        tail = [cell[fitting:] or [""] for cell in row]
        first = _rows(self.rows.header, [head])
        rest = _rows(self.rows.header, [tail, *self.rows.cells[self.start + 1 : self.end]])
        return [self._part(0, 1, first), self._part(0, len(rest.cells), rest)]

    def draw(self) -> None:
        """The header band, every other row striped (all stripes one path), then all the text at once."""
        canvas = self.canv
        header = _height(self.rows.header)
        canvas.setFillColor(rl(HEADER_FILL))
        canvas.rect(0, self.height - header, self.width, header, stroke=0, fill=1)
        canvas.setFillColor(rl(theme.GRID_STRIPE))
        stripes = canvas.beginPath()
        body: list[tuple[float, float, str]] = []
        top = self.height - header
        for number in range(self.start, self.end):
            cells = self.rows.cells[number]
            height = _height(cells)
            if number % 2:
                stripes.rect(0, top - height, self.width, height)
            body += self._placed(cells, top)
            top -= height
        canvas.drawPath(stripes, stroke=0, fill=1)
        canvas.setFillColor(rl("#ffffff"))
        fonts.draw_many(canvas, self._placed(self.rows.header, self.height), SIZE, fonts.BOLD)
        canvas.setFillColor(rl(theme.TEXT))
        fonts.draw_many(canvas, body, SIZE, fonts.REGULAR)
        canvas.setStrokeColor(rl(theme.GRID_LINE))
        canvas.setLineWidth(0.4)
        canvas.rect(0, 0, self.width, self.height, stroke=1, fill=0)

    def _placed(self, cells: Lines, top: float) -> list[tuple[float, float, str]]:
        """Where each line of a row's cells goes: (x, baseline y, text)."""
        placed = []
        x = 0.0
        for cell, width in zip(cells, self.widths, strict=True):
            placed += [
                (x + PAD, top - PAD - SIZE - number * LEADING + 1.5, line) for number, line in enumerate(cell) if line
            ]
            x += width
        return placed
