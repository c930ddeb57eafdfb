"""Fitting text into a box: wrap at word boundaries, and end with an ellipsis when it does not fit."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption


def wrap(text: str, font: QFont, width: float, max_lines: int) -> list[str]:
    """At most ``max_lines`` lines no wider than ``width``; the last one elided if text remains."""
    text = " ".join(text.split())
    if not text or max_lines <= 0:
        return []
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    lines: list[str] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        start, length = line.textStart(), line.textLength()
        if len(lines) == max_lines - 1:
            rest = text[start:]
            lines.append(QFontMetricsF(font).elidedText(rest, Qt.TextElideMode.ElideRight, width))
            break
        lines.append(text[start : start + length].rstrip())
    layout.endLayout()
    return lines


def elide(text: str, font: QFont, width: float) -> str:
    return QFontMetricsF(font).elidedText(" ".join(text.split()), Qt.TextElideMode.ElideRight, width)
