"""Fonts for the PDF: DejaVu Sans, embedded, for every script it covers; Adobe's CID fonts for Chinese,
Japanese and Korean. Text is split into runs, each in a font that has its characters, so any
language prints (and extracts) as typed."""

import unicodedata
from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from journeydesk.resources import resource_path

REGULAR, BOLD, OBLIQUE = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"
CHINESE, JAPANESE, KOREAN = "STSong-Light", "HeiseiKakuGo-W5", "HYGothic-Medium"

Run = tuple[str, str]  # (font name, text)


@cache
def register() -> None:
    """Register the fonts once per process."""
    for name, file in ((REGULAR, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf"), (OBLIQUE, "DejaVuSans-Oblique.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file))))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=OBLIQUE, boldItalic=BOLD)
    for name in (CHINESE, JAPANESE, KOREAN):
        pdfmetrics.registerFont(UnicodeCIDFont(name))


@cache
def _covered() -> frozenset[int]:
    register()
    font = pdfmetrics.getFont(REGULAR)
    return frozenset(font.face.charToGlyph)


def _asian_font(char: str, text: str) -> str | None:
    code = ord(char)
    if 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F:
        return KOREAN
    if 0x3040 <= code <= 0x30FF:
        return JAPANESE
    if unicodedata.category(char) == "Lo" and (
        0x3400 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0x3000 <= code <= 0x303F or 0xFF00 <= code <= 0xFFEF
    ):
        # Han characters: Japanese when the text also has kana, Korean with hangul, else Chinese
        if any(0x3040 <= ord(other) <= 0x30FF for other in text):
            return JAPANESE
        if any(0xAC00 <= ord(other) <= 0xD7AF for other in text):
            return KOREAN
        return CHINESE
    return None


def runs(text: str, font: str = REGULAR) -> list[Run]:
    """The text in runs of one font each: ``font`` where DejaVu has the glyph, a CJK font where needed."""
    if text.isascii():  # DejaVu has every printable ASCII character: the common case, fast
        return [(font, text)] if text else []
    covered = _covered()
    if all(ord(char) in covered for char in text):
        return [(font, text)]
    result: list[Run] = []
    for char in text:
        chosen = font if ord(char) in covered else (_asian_font(char, text) or font)
        if result and result[-1][0] == chosen:
            result[-1] = (chosen, result[-1][1] + char)
        else:
            result.append((chosen, char))
    return result


def width(text: str, size: float, font: str = REGULAR) -> float:
    register()  # measuring needs the fonts as much as drawing does, whatever ran first in this process
    return sum(pdfmetrics.stringWidth(part, name, size) for name, part in runs(text, font))


def draw(canvas: Canvas, x: float, y: float, text: str, size: float, font: str = REGULAR) -> None:
    """Draw ``text`` with its baseline at (x, y) in PDF coordinates."""
    parts = runs(text, font)
    if len(parts) == 1:
        canvas.setFont(parts[0][0], size)
        canvas.drawString(x, y, parts[0][1])
        return
    line = canvas.beginText(x, y)
    for name, part in parts:
        line.setFont(name, size)
        line.textOut(part)
    canvas.drawText(line)


def draw_many(canvas: Canvas, lines: list[tuple[float, float, str]], size: float, font: str = REGULAR) -> None:
    """Draw many lines (x, baseline y, text) as one text object: far cheaper than one per line.

    The last run of a line is drawn with textLine, which unlike textOut does not measure the text to
    move the cursor on: the next line sets its own origin anyway.
    """
    if not lines:
        return
    text = canvas.beginText()
    current = ""
    for x, y, line in lines:
        text.setTextOrigin(x, y)
        parts = runs(line, font)
        for number, (name, part) in enumerate(parts, 1):
            if name != current:
                text.setFont(name, size)
                current = name
            if number < len(parts):
                text.textOut(part)
            else:
                text.textLine(part)
    canvas.drawText(text)


def draw_centred(canvas: Canvas, x: float, y: float, text: str, size: float, font: str = REGULAR) -> None:
    draw(canvas, x - width(text, size, font) / 2, y, text, size, font)
