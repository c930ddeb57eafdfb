"""The map's typeface in Qt: DejaVu Sans from resources/fonts, as the layout measures it.

Faces give text sizes in map units. The painter draws every run with one reference font per style
scaled to its size, so text lands where the layout measured it at any zoom and on any device,
without Qt's hinting or kerning moving glyphs (the PDF has neither).
"""

from functools import cache

from PySide6.QtGui import QFont, QFontDatabase

from journeydesk.layout import typography
from journeydesk.layout.fonts import FONT_FILES, FontStyle
from journeydesk.layout.units import POINTS_PER_UNIT
from journeydesk.resources import resource_path

REFERENCE_PIXELS = 100  # the size the reference fonts are made at; runs scale it to theirs


@cache
def family() -> str:
    """Load the shipped DejaVu Sans files once; the family name Qt knows them by."""
    names = [
        QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(resource_path("fonts", file))))
        for file in FONT_FILES.values()
    ]
    return next((found[0] for found in names if found), "DejaVu Sans")


@cache
def face_font(style: FontStyle) -> QFont:
    result = QFont(family())
    result.setPixelSize(REFERENCE_PIXELS)
    result.setBold(style is FontStyle.BOLD)
    result.setItalic(style is FontStyle.OBLIQUE)
    result.setKerning(False)
    result.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return result


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
