"""The flow of the PDF's pages after the map: blocks placed top down, split or moved on at a page's end."""

import io

from reportlab.pdfgen.canvas import Canvas

from journeydesk.export.pdf import fonts
from journeydesk.export.pdf.flow import Block, PageBreak, TextBlock, TextStyle, flow

FRAME = (20.0, 20.0, 400.0, 300.0)  # x, y, width, height in points
BODY = TextStyle(fonts.REGULAR, 10, 12, "#000000")


class Tall(Block):
    """A block of a fixed height that notes the page and the height (from the frame's bottom) of its top."""

    def __init__(self, height: float, placed: list[tuple[int, float]], before: float = 0, after: float = 0) -> None:
        super().__init__()
        self.fixed, self.placed = height, placed
        self.space_before, self.space_after = before, after

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = available_width, self.fixed
        return self.width, self.height

    def draw_on(self, canvas: Canvas, x: float, y: float) -> None:
        self.placed.append((canvas.getPageNumber(), y + self.height - FRAME[1]))

    def draw(self) -> None:
        pass


def flowed(story: list[Block]) -> Canvas:
    fonts.register()
    canvas = Canvas(io.BytesIO(), pagesize=(440, 340))
    flow(canvas, story, FRAME)
    return canvas


def test_page_breaks_in_a_row_or_at_the_end_leave_no_blank_page() -> None:
    placed: list[tuple[int, float]] = []
    canvas = flowed([Tall(50, placed), PageBreak(), PageBreak(), Tall(50, placed), PageBreak()])
    assert placed == [(1, 300.0), (2, 300.0)]
    assert canvas.getPageNumber() == 3  # two pages ended, none begun after them


def test_the_space_between_two_blocks_is_the_larger_of_theirs_and_none_at_a_pages_top() -> None:
    placed: list[tuple[int, float]] = []
    flowed([Tall(50, placed, before=30, after=4), Tall(50, placed, before=10), Tall(50, placed, before=2)])
    assert placed == [(1, 300.0), (1, 240.0), (1, 188.0)]  # 300 - 50 - max(4, 10), then 240 - 50 - max(0, 2)


def test_a_block_that_does_not_fit_moves_to_the_next_page_and_one_taller_than_a_page_is_cut() -> None:
    placed: list[tuple[int, float]] = []
    flowed([Tall(200, placed), Tall(150, placed), Tall(500, placed), Tall(10, placed)])
    assert placed == [(1, 300.0), (2, 300.0), (3, 300.0), (4, 300.0)]


def test_text_is_split_between_lines_but_never_leaves_its_first_line_alone_at_a_pages_end() -> None:
    text = TextBlock("\n".join(f"Line {number}" for number in range(10)), BODY)
    assert text.wrap(400, 1000) == (400, 120)
    assert [part.lines for part in text.split(400, 30, at_top=False)] == [  # type: ignore[attr-defined]  # TextBlocks
        ["Line 0", "Line 1"],
        [f"Line {number}" for number in range(2, 10)],
    ]
    assert text.split(400, 13, at_top=False) == []  # room for one line only: the paragraph moves on whole
    first, _ = text.split(400, 13, at_top=True)  # a page holding one line: nothing better to wait for
    assert isinstance(first, TextBlock) and first.lines == ["Line 0"]


def test_no_text_takes_no_room() -> None:
    placed: list[tuple[int, float]] = []
    flowed([TextBlock("", BODY), Tall(50, placed)])
    assert TextBlock("  ", BODY).wrap(400, 300) == (400, 0)
    assert placed == [(1, 300.0)]
