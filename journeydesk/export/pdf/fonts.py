"""Fonts for the PDF, every one embedded: DejaVu Sans (shipped) for every script it covers, and for
Chinese, Japanese and Korean a TrueType font of the system's that has them (on Debian or Ubuntu,
fonts-wqy-microhei), found when first needed. Text is split into runs, each in a font that has its
characters, so any language prints (and extracts) as typed.

Without such a font, CJK text falls back to Adobe's standard CID fonts, which are not embedded: the
PDF reader must supply them. :func:`reader_font_note` says so, for the person exporting.
"""

import os
import unicodedata
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from weakref import WeakKeyDictionary

from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFError, TTFont
from reportlab.pdfgen.canvas import Canvas

from journeydesk.resources import resource_path

REGULAR, BOLD, OBLIQUE = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"
CHINESE, JAPANESE, KOREAN = "STSong-Light", "HeiseiKakuGo-W5", "HYGothic-Medium"
READER_FONTS = frozenset((CHINESE, JAPANESE, KOREAN))  # Adobe's CID fonts: the reader supplies them
CJK_FONT_VARIABLE = "JOURNEYDESK_CJK_FONT"  # a font file to use first, for systems that keep theirs elsewhere
CJK_FONT_FILES = (  # TrueType outlines (reportlab embeds no others), where systems install them
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",  # Debian, Ubuntu: fonts-wqy-microhei
    "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",  # Fedora
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",  # Debian, Ubuntu: fonts-wqy-zenhei
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",  # Debian, Ubuntu: fonts-droid-fallback
    "/usr/share/fonts/google-droid-sans-fonts/DroidSansFallbackFull.ttf",  # Fedora
    "/Library/Fonts/Arial Unicode.ttf",  # macOS
    "C:/Windows/Fonts/msyh.ttc",  # Windows: Microsoft YaHei (Chinese, Japanese kana)
    "C:/Windows/Fonts/malgun.ttf",  # Windows: Malgun Gothic (Korean)
)
CJK_INSTALL_HINT = "fonts-wqy-microhei on Debian or Ubuntu"

Run = tuple[str, str]  # (font name, text)
Shown = tuple[str, str]  # (a font resource of the PDF, its text shown: "(...) Tj")


@cache
def register() -> None:
    """Register the fonts once per process."""
    for name, file in ((REGULAR, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf"), (OBLIQUE, "DejaVuSans-Oblique.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file))))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=OBLIQUE, boldItalic=BOLD)
    for name in (CHINESE, JAPANESE, KOREAN):
        pdfmetrics.registerFont(UnicodeCIDFont(name))


@cache
def cjk_fonts() -> tuple[tuple[str, frozenset[int]], ...]:
    """The embeddable fonts found for Chinese, Japanese and Korean, registered, with the characters
    each has; the first that has a character draws it."""
    found = []
    wanted = os.environ.get(CJK_FONT_VARIABLE)
    for number, file in enumerate([*([wanted] if wanted else []), *CJK_FONT_FILES]):
        if not Path(file).is_file():
            continue
        name = f"JourneyDeskCJK{number}"
        try:
            font = TTFont(name, file, subfontIndex=0)
        except (TTFError, OSError, ValueError):  # not TrueType (CFF outlines), damaged, unreadable
            continue
        pdfmetrics.registerFont(font)
        found.append((name, frozenset(font.face.charToGlyph)))
    return tuple(found)


@cache
def _covered() -> frozenset[int]:
    register()
    font = pdfmetrics.getFont(REGULAR)
    return frozenset(font.face.charToGlyph)


@cache
def _covered_characters() -> frozenset[str]:
    return frozenset(map(chr, _covered()))


def _embeddable_font(code: int) -> str | None:
    return next((name for name, covered in cjk_fonts() if code in covered), None)


def _asian_font(char: str, text: str) -> str | None:
    code = ord(char)
    if 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F:
        return KOREAN
    if 0x3040 <= code <= 0x30FF:
        return JAPANESE
    han = unicodedata.category(char) == "Lo" and (0x3400 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF)
    if han or 0x3000 <= code <= 0x303F or 0xFF00 <= code <= 0xFFEF:  # with CJK punctuation and full-width forms
        # Japanese when the text also has kana, Korean with hangul, else Chinese
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
    if _covered_characters().issuperset(text):
        return [(font, text)]
    covered = _covered()
    result: list[Run] = []
    for char in text:
        code = ord(char)
        chosen = font if code in covered else (_embeddable_font(code) or _asian_font(char, text) or font)
        if result and result[-1][0] == chosen:
            result[-1] = (chosen, result[-1][1] + char)
        else:
            result.append((chosen, char))
    return result


def width(text: str, size: float, font: str = REGULAR) -> float:
    register()  # measuring needs the fonts as much as drawing does, whatever ran first in this process
    return sum(pdfmetrics.stringWidth(part, name, size) for name, part in runs(text, font))


def draw_many(canvas: Canvas, lines: list[tuple[float, float, str]], size: float, font: str = REGULAR) -> None:
    """Draw many lines (x, baseline y, text) as one text object: far cheaper than one per line.

    The operators are written here, as reportlab's ttfonts module describes for text set by hand: its
    text object would format, look up, split and escape every line again, which is most of the time
    a register's thousands of rows take. Each line is placed by its own text matrix, and what shows
    a line is remembered for the document: titles and cells repeat by the thousand.
    """
    if not lines:
        return
    doc = canvas._doc  # the document the fonts' subsets belong to (reportlab has no accessor)
    remembered = _SHOWN.setdefault(doc, {})
    operators = ["BT"]
    font_size = f" {fp_str(size)} Tf"
    current = ""
    for x, y, line in lines:
        operators.append(f"1 0 0 1 {fp_str(x, y)} Tm")
        shown = remembered.get((font, line))
        if shown is None:
            shown = remembered[font, line] = [
                item for name, part in runs(line, font) for item in _shown(name, part, doc)
            ]
        for resource, operator in shown:
            if resource != current:
                operators.append(resource + font_size)
                current = resource
            operators.append(operator)
    operators.append("ET")
    canvas.drawText(_Operators(" ".join(operators)))


_SHOWN: WeakKeyDictionary[object, dict[tuple[str, str], list[Shown]]] = WeakKeyDictionary()  # per document


def _shown(name: str, text: str, doc: object) -> list[Shown]:
    """The text's operators in the document: each subset's font resource and its show operator."""
    face = pdfmetrics.getFont(name)
    if isinstance(face, TTFont):
        return [
            (face.getSubsetInternalName(subset, doc), f"({escapePDF(codes)}) Tj")
            for subset, codes in face.splitString(text, doc)
        ]
    return [(doc.getInternalFontName(name), f"({face.formatForPdf(text)}) Tj")]  # type: ignore[attr-defined]  # a reader's CID font, named in the document


class _Operators:
    """Text operators ready for :meth:`Canvas.drawText`, which takes anything with ``getCode``."""

    def __init__(self, code: str) -> None:
        self.code = code

    def getCode(self) -> str:  # noqa: N802 (reportlab's name)
        return self.code


def reader_font_note(fonts_named: Iterable[str]) -> str | None:
    """What to tell the person when a PDF naming ``fonts_named`` sets some text in fonts it does not
    embed (no font with its characters was found on this computer); None when all is in."""
    if not READER_FONTS.intersection(fonts_named):
        return None
    return (
        "Chinese, Japanese or Korean text is set in the PDF reader's own fonts, not embedded: install a font "
        f"that has them ({CJK_INSTALL_HINT}) or name one in {CJK_FONT_VARIABLE}"
    )
