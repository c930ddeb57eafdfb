"""The pages of the PDF as a flow of blocks, top to bottom in the page's frame: a block that does not
fit in the room left is split there (a table between rows, text between lines) or moved to the next
page. The same fonts, line breaks and CJK fallback as the map set every text.

reportlab's platypus does this in general; importing it compiles its markup parser's expressions,
a twentieth of a second of every export for features the registers never use.
"""

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from journeydesk.export.pdf import fonts
from journeydesk.export.pdf.colors import rl
from journeydesk.export.pdf.face_painter import FONT_NAMES
from journeydesk.layout.fonts import baseline_offset, line_height
from journeydesk.layout.text import wrap

FONT_STYLES = {name: style for style, name in FONT_NAMES.items()}  # the layout's measures of each PDF font


class Block:
    """Something placed in the flow. :meth:`wrap` measures it for the room offered and sets
    ``width`` and ``height``; :meth:`draw` paints it on ``canv`` with its bottom-left corner at (0, 0)."""

    space_before = 0.0  # dropped at the top of a page; the space after the block above counts towards it
    space_after = 0.0

    def __init__(self) -> None:
        self.width = self.height = 0.0
        self.canv: Canvas

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        raise NotImplementedError

    def split(self, available_width: float, available_height: float, at_top: bool) -> list["Block"]:
        """The block in parts whose first fits ``available_height``; [] when it cannot be split there
        (``at_top``: the room is a whole page, so waiting for the next one would not help)."""
        return []

    def draw(self) -> None:
        raise NotImplementedError

    def draw_on(self, canvas: Canvas, x: float, y: float) -> None:
        canvas.saveState()
        canvas.translate(x, y)
        self.canv = canvas
        self.draw()
        canvas.restoreState()


class PageBreak(Block):
    """What follows starts on a new page (unless nothing is on this one yet)."""


class Spacer(Block):
    def __init__(self, height: float) -> None:
        super().__init__()
        self.space = height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = available_width, self.space
        return self.width, self.height

    def draw(self) -> None:
        pass


@dataclass(frozen=True)
class TextStyle:
    font: str  # a name of :mod:`fonts`
    size: float
    leading: float  # from one baseline to the next
    color: str
    space_before: float = 0.0
    space_after: float = 0.0


class TextBlock(Block):
    """User text as typed, broken into lines across the frame; line breaks are kept. No text takes no
    room; a page never ends with the first line of several alone (it moves on with the rest)."""

    def __init__(self, text: str, style: TextStyle, lines: list[str] | None = None) -> None:
        super().__init__()
        self.text, self.style, self.lines = text, style, lines
        self.space_before, self.space_after = style.space_before, style.space_after

    def _lines(self, width: float) -> list[str]:
        if self.lines is None:
            self.lines = wrap(self.text, FONT_STYLES[self.style.font], self.style.size, width)
        return self.lines

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = available_width, len(self._lines(available_width)) * self.style.leading
        return self.width, self.height

    def split(self, available_width: float, available_height: float, at_top: bool) -> list[Block]:
        lines = self._lines(available_width)
        fitting = int(available_height // self.style.leading)
        if fitting < 1 or fitting >= len(lines) or (fitting == 1 and not at_top):
            return []
        return [TextBlock(self.text, self.style, lines[:fitting]), TextBlock(self.text, self.style, lines[fitting:])]

    def draw(self) -> None:
        style = self.style
        first = self.height - (style.leading - line_height(style.size)) / 2 - baseline_offset(style.size)
        placed = [(0.0, first - number * style.leading, line) for number, line in enumerate(self.lines or []) if line]
        self.canv.setFillColor(rl(style.color))
        fonts.draw_many(self.canv, placed, style.size, style.font)


def flow(canvas: Canvas, story: Iterable[Block], frame: tuple[float, float, float, float]) -> None:
    """Place ``story`` in the ``frame`` (x, y, width, height, in points) of page after page."""
    x, y, width, height = frame
    waiting = deque(story)
    room, at_top, after = height, True, 0.0
    while waiting:
        block = waiting.popleft()
        if isinstance(block, PageBreak):
            if not at_top:
                canvas.showPage()
                room, at_top = height, True
            continue
        before = 0.0 if at_top else max(0.0, block.space_before - after)  # the larger of the two spaces
        _, block_height = block.wrap(width, room - before)
        if block_height <= room - before + 0.01:
            block.draw_on(canvas, x, y + room - before - block_height)
            after = block.space_after
            room -= before + block_height + after
            at_top = False
            continue
        parts = block.split(width, room - before, at_top)
        if parts:
            waiting.extendleft(reversed(parts))
        elif at_top:  # taller than a page and cannot be split: printed from the top, cut at the frame
            canvas.saveState()
            edge = canvas.beginPath()
            edge.rect(x, y, width, height)
            canvas.clipPath(edge, stroke=0, fill=0)
            block.draw_on(canvas, x, y + room - block_height)
            canvas.restoreState()
            room, at_top = 0.0, False
        else:
            canvas.showPage()
            room, at_top = height, True
            waiting.appendleft(block)
    if not at_top:
        canvas.showPage()
