"""The deck's slides: 16:9, a title on every one (so outlines, screen readers and search see it), set in
the map's typeface and colours."""

import pptx
from pptx.dml.color import RGBColor
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.presentation import Presentation
from pptx.slide import Slide
from pptx.text.text import TextFrame
from pptx.util import Pt

from journeydesk.export.pptx.drawing import TYPEFACE
from journeydesk.layout import theme

WIDTH, HEIGHT = 960.0, 540.0  # points: 13.33 x 7.5 inches
MARGIN = 28.0
TITLE_TOP, TITLE_HEIGHT = 18.0, 44.0
CONTENT_TOP = TITLE_TOP + TITLE_HEIGHT + 12.0
TITLE_ONLY, TITLE_SLIDE = 5, 0  # layouts of python-pptx's default template


def rgb(hex_colour: str) -> RGBColor:
    return RGBColor.from_string(hex_colour[1:])


def new_deck() -> Presentation:
    deck = pptx.Presentation()
    deck.slide_width, deck.slide_height = Pt(WIDTH), Pt(HEIGHT)
    return deck


def titled_slide(deck: Presentation, title: str) -> Slide:
    """A slide with ``title`` across its top, left-aligned."""
    slide = deck.slides.add_slide(deck.slide_layouts[TITLE_ONLY])
    shape = slide.shapes.title
    shape.left, shape.top, shape.width, shape.height = (
        Pt(MARGIN),
        Pt(TITLE_TOP),
        Pt(WIDTH - 2 * MARGIN),
        Pt(TITLE_HEIGHT),
    )
    frame = shape.text_frame
    frame.word_wrap = True
    frame.vertical_anchor = MSO_ANCHOR.MIDDLE
    set_text(frame, title, 24, bold=True)
    frame.paragraphs[0].alignment = PP_ALIGN.LEFT
    return slide


def set_text(
    frame: TextFrame, text: str, size: float, bold: bool = False, italic: bool = False, colour: str = theme.TEXT
) -> None:
    """Replace the frame's text with ``text`` (a paragraph per line) in one style."""
    lines = text.split("\n") or [""]
    frame.text = lines[0]
    for line in lines[1:]:
        frame.add_paragraph().text = line
    for paragraph in frame.paragraphs:
        for run in paragraph.runs:
            style(run.font, size, bold, italic, colour)


def style(font: object, size: float, bold: bool = False, italic: bool = False, colour: str = theme.TEXT) -> None:
    font.name = TYPEFACE  # type: ignore[attr-defined]  # python-pptx's fonts are untyped
    font.size = Pt(size)  # type: ignore[attr-defined]  # python-pptx's fonts are untyped
    font.bold = bold  # type: ignore[attr-defined]  # python-pptx's fonts are untyped
    font.italic = italic  # type: ignore[attr-defined]  # python-pptx's fonts are untyped
    font.color.rgb = rgb(colour)  # type: ignore[attr-defined]  # python-pptx's fonts are untyped


def text_box(slide: Slide, left: float, top: float, width: float, height: float) -> TextFrame:
    box = slide.shapes.add_textbox(Pt(left), Pt(top), Pt(width), Pt(height))
    frame = box.text_frame
    frame.word_wrap = True
    return frame


def add_paragraph(
    frame: TextFrame, text: str, size: float, bold: bool = False, italic: bool = False, colour: str = theme.TEXT
) -> None:
    """A paragraph after the frame's others (its first, if the frame is empty)."""
    paragraph = frame.paragraphs[0] if not frame.text and len(frame.paragraphs) == 1 else frame.add_paragraph()
    run = paragraph.add_run()
    run.text = text
    style(run.font, size, bold, italic, colour)
    paragraph.space_after = Pt(size * 0.4)
