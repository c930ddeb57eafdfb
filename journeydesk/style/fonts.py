"""The fonts of the map, derived from the application's font so they follow the platform."""

from functools import cache

from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QApplication


def _base() -> QFont:
    app = QApplication.instance()
    return QFont(app.font()) if isinstance(app, QApplication) else QFont()


@cache
def font(role: str) -> QFont:
    """``card_title``, ``card_caption``, ``stage_name``, ``stage_number``, ``lane_name``, ``lane_kind``."""
    sizes = {
        "card_title": (9.0, QFont.Weight.Normal),
        "card_caption": (7.0, QFont.Weight.Bold),
        "card_footer": (7.5, QFont.Weight.Normal),
        "stage_name": (10.5, QFont.Weight.Bold),
        "stage_number": (8.5, QFont.Weight.Bold),
        "lane_name": (9.5, QFont.Weight.DemiBold),
        "lane_kind": (7.0, QFont.Weight.Normal),
    }
    size, weight = sizes[role]
    result = _base()
    result.setPointSizeF(size)
    result.setWeight(weight)
    if role == "card_caption":
        result.setCapitalization(QFont.Capitalization.AllUppercase)
        result.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 106)
    return result


@cache
def metrics(role: str) -> QFontMetricsF:
    return QFontMetricsF(font(role))
