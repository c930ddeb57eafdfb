"""The map's typeface in Qt: DejaVu Sans from resources/fonts, as the layout measures it.

Faces give text sizes in map units. The painter draws every run with one reference font per style
scaled to its size, so text lands where the layout measured it at any zoom and on any device,
without Qt's hinting or kerning moving glyphs (the PDF has neither).
"""

from functools import cache

from PySide6.QtGui import QFont, QFontDatabase, QFontMetricsF

from journeydesk.layout import typography
from journeydesk.layout.fonts import FONT_FILES, FontStyle, text_width
from journeydesk.layout.units import POINTS_PER_UNIT
from journeydesk.resources import resource_path

REFERENCE_PIXELS = 100  # the size the reference fonts are made at; runs scale it to theirs
FAMILY = "DejaVu Sans"
SAMPLE = "Journey map: Müşteri, Служба, Εξυπηρέτηση 0123456789"


@cache
def family() -> str:
    """The family Qt draws the map in: the installed DejaVu Sans when its widths are the layout's
    (most Linux systems have it; using it spares the fifth of a second that loading fonts costs at
    start-up), else the shipped files, loaded once."""
    if QFontDatabase.hasFamily(FAMILY) and all(_agrees(FAMILY, style) for style in FontStyle):
        return FAMILY
    names = [
        QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(resource_path("fonts", file))))
        for file in FONT_FILES.values()
    ]
    return next((found[0] for found in names if found), FAMILY)


def _agrees(name: str, style: FontStyle) -> bool:
    """Whether the family's widths are the layout's (to Qt's rounding: a 64th of a pixel a glyph)."""
    measured = QFontMetricsF(_reference(name, style)).horizontalAdvance(SAMPLE)
    return abs(measured - text_width(SAMPLE, style, REFERENCE_PIXELS)) < len(SAMPLE) / 64


def _reference(name: str, style: FontStyle) -> QFont:
    result = QFont(name)
    result.setPixelSize(REFERENCE_PIXELS)
    result.setBold(style is FontStyle.BOLD)
    result.setItalic(style is FontStyle.OBLIQUE)
    result.setKerning(False)
    result.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return result


@cache
def face_font(style: FontStyle) -> QFont:
    return _reference(family(), style)


def font(role: str) -> QFont:
    """The font of a card's title (``card_title``) or a stage's name (``stage_name``) at zoom 1, for
    editing it in place."""
    size, style = {
        "card_title": (typography.CARD_TITLE, FontStyle.REGULAR),
        "stage_name": (typography.STAGE_NAME, FontStyle.BOLD),
    }[role]
    result = QFont(face_font(style))
    result.setPointSizeF(size * POINTS_PER_UNIT)
    return result
