"""Text laid out in a box of a given width: wrapped at word boundaries, at most some lines, the last
one ending in an ellipsis when the text goes on."""

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QTextLayout


def wrapped(text: str, font: QFont, width: float, max_lines: int) -> list[str]:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    lines: list[str] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()].strip())
    layout.endLayout()
    if len(lines) > max_lines:
        rest = " ".join(lines[max_lines - 1 :])
        elided = QFontMetricsF(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)
        lines = [*lines[: max_lines - 1], elided]
    return [line for line in lines if line]


def line_height(font: QFont) -> float:
    return QFontMetricsF(font).lineSpacing()


def block_height(text: str, font: QFont, width: float, max_lines: int) -> float:
    return len(wrapped(text, font, width, max_lines)) * line_height(font)


def draw_block(painter: QPainter, text: str, font: QFont, rect: QRectF, max_lines: int) -> float:
    """Draw the wrapped text from the top of ``rect``; returns the height it took."""
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    y = rect.top() + metrics.ascent()
    lines = wrapped(text, font, rect.width(), max_lines)
    for line in lines:
        painter.drawText(QPointF(rect.left(), y), line)
        y += metrics.lineSpacing()
    return len(lines) * metrics.lineSpacing()


def sized(base: QFont, pixels: float, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont(base)
    font.setPixelSize(max(8, round(pixels)))
    font.setBold(bold)
    font.setItalic(italic)
    return font
