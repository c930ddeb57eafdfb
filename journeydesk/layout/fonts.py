"""The map's typeface, measured without Qt: DejaVu Sans, read from the shipped TrueType files.

Every surface draws the map in DejaVu Sans and takes its line breaks from :mod:`journeydesk.layout.text`,
which measures with these widths, so the canvas, the PDF and every later surface break lines in the
same places. Only the two tables that give widths are read (``cmap``: character to glyph, ``hmtx``:
glyph to advance), in a few milliseconds, where a general font library would cost the start-up far
more. Characters the font lacks (Chinese, Japanese, Korean, emoji) count as one em: the CJK fonts
the PDF falls back to are set one em wide, so a line never comes out longer than measured.
"""

import struct
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from journeydesk.resources import resource_path


class FontStyle(StrEnum):
    REGULAR = "regular"
    BOLD = "bold"
    OBLIQUE = "oblique"


FONT_FILES = {
    FontStyle.REGULAR: "DejaVuSans.ttf",
    FontStyle.BOLD: "DejaVuSans-Bold.ttf",
    FontStyle.OBLIQUE: "DejaVuSans-Oblique.ttf",
}
LEADING = 1.22  # line height as a multiple of the font size


class Widths(dict[int, float]):
    """Advance widths in ems by code point; one em for a character the font lacks."""

    def __missing__(self, code: int) -> float:
        return 1.0


@dataclass(frozen=True)
class FontMetrics:
    """Advance widths in ems by character, and the font's ascent and descent in ems."""

    widths: Widths
    ascent: float
    descent: float

    def width(self, text: str, size: float) -> float:
        return sum(map(self.widths.__getitem__, map(ord, text))) * size


def _tables(data: bytes) -> dict[bytes, int]:
    count = struct.unpack_from(">H", data, 4)[0]
    return {data[12 + 16 * n : 16 + 16 * n]: struct.unpack_from(">I", data, 20 + 16 * n)[0] for n in range(count)}


def _glyphs_by_char(data: bytes, cmap: int) -> dict[int, int]:
    """The Unicode full-repertoire subtable (platform 3, encoding 10, format 12)."""
    count = struct.unpack_from(">H", data, cmap + 2)[0]
    for number in range(count):
        platform, encoding, offset = struct.unpack_from(">HHI", data, cmap + 4 + 8 * number)
        table = cmap + offset
        if (platform, encoding) == (3, 10) and struct.unpack_from(">H", data, table)[0] == 12:
            groups = struct.unpack_from(">I", data, table + 12)[0]
            result: dict[int, int] = {}
            for group in range(groups):
                first, last, glyph = struct.unpack_from(">III", data, table + 16 + 12 * group)
                result.update(zip(range(first, last + 1), range(glyph, glyph + last - first + 1), strict=True))
            return result
    raise ValueError("the font has no Unicode (3, 10) character map")


@cache
def font_metrics(style: FontStyle) -> FontMetrics:
    data = resource_path("fonts", FONT_FILES[style]).read_bytes()
    tables = _tables(data)
    units_per_em = struct.unpack_from(">H", data, tables[b"head"] + 18)[0]
    ascent, descent = struct.unpack_from(">hh", data, tables[b"hhea"] + 4)
    metric_count = struct.unpack_from(">H", data, tables[b"hhea"] + 34)[0]
    hmtx = tables[b"hmtx"]
    advances = struct.unpack_from(f">{metric_count * 2}H", data, hmtx)[::2]
    last = advances[-1]
    widths = Widths(
        (char, (advances[glyph] if glyph < metric_count else last) / units_per_em)
        for char, glyph in _glyphs_by_char(data, tables[b"cmap"]).items()
        if glyph
    )
    return FontMetrics(widths, ascent / units_per_em, -descent / units_per_em)


def text_width(text: str, style: FontStyle, size: float) -> float:
    return font_metrics(style).width(text, size)


def line_height(size: float) -> float:
    return size * LEADING


def baseline_offset(size: float) -> float:
    """From the top of a line to its baseline: the glyphs' box centred in the line."""
    metrics = font_metrics(FontStyle.REGULAR)
    return (line_height(size) - (metrics.ascent + metrics.descent) * size) / 2 + metrics.ascent * size
