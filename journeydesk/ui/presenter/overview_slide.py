"""The whole journey on one screen (Home): every stage as a column with its goal and what it holds,
and the emotion curve across them. A click on a column opens that stage."""

from collections import Counter

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QPainter

from journeydesk.layout.theme import Theme
from journeydesk.model.enums import CardKind
from journeydesk.model.journey import Journey
from journeydesk.style.icons import paint_icon
from journeydesk.ui.presenter.curve import paint_curve
from journeydesk.ui.presenter.text import draw_block, line_height, sized

NOUNS = {  # one, several
    CardKind.TOUCHPOINT: ("touchpoint", "touchpoints"),
    CardKind.PAIN_POINT: ("pain point", "pain points"),
    CardKind.IMPROVEMENT: ("action", "actions"),
    CardKind.NOTE: ("note", "notes"),
}
LISTED = (CardKind.PAIN_POINT, CardKind.IMPROVEMENT, CardKind.TOUCHPOINT)  # titles shown, in this order


def subtitle(journey: Journey, persona_name: str | None) -> str:
    parts = [f"Walked by {persona_name}" if persona_name else "", journey.scenario.strip()]
    return " · ".join(part for part in parts if part)


class OverviewSlide:
    def __init__(self, journey: Journey, persona_name: str | None, size: QSizeF, base: QFont, theme: Theme) -> None:
        self.journey, self.persona_name, self.size, self.theme = journey, persona_name, size, theme
        self.unit = min(size.height(), size.width() * 9 / 16) / 30
        u = self.unit
        self.margin = u * 1.6
        self.title_font = sized(base, u * 1.7, bold=True)
        self.subtitle_font = sized(base, u * 0.8)
        self.stage_font = sized(base, u * 0.8, bold=True)
        self.goal_font = sized(base, u * 0.62, italic=True)
        self.count_font = sized(base, u * 0.66)
        self.item_font = sized(base, u * 0.6)
        top = self.margin + line_height(self.title_font) + line_height(self.subtitle_font) * 2 + u
        count = max(1, len(journey.stages))
        gap = u * 0.4
        width = (size.width() - 2 * self.margin - gap * (count - 1)) / count
        height = size.height() - top - self.margin - u * 1.4
        self.columns = [
            QRectF(self.margin + number * (width + gap), top, width, height) for number in range(len(journey.stages))
        ]
        self.header_height = line_height(self.stage_font) * 2.4
        self.curve = QRectF(self.margin, top + self.header_height + u * 0.9, size.width() - 2 * self.margin, u * 3)

    def stage_at(self, point: QPointF) -> int | None:
        return next((number for number, rect in enumerate(self.columns) if rect.contains(point)), None)

    def paint(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        chrome, u, m = self.theme.chrome, self.unit, self.margin
        painter.setPen(QColor(chrome.text))
        y = m + draw_block(painter, self.journey.name, self.title_font, QRectF(m, m, self.size.width() - 2 * m, 999), 1)
        painter.setPen(QColor(chrome.muted))
        text = subtitle(self.journey, self.persona_name)
        if text:
            draw_block(painter, text, self.subtitle_font, QRectF(m, y, self.size.width() - 2 * m, 999), 2)
        if not self.journey.stages:
            draw_block(painter, "This journey has no stages yet.", self.subtitle_font, QRectF(m, y + u * 3, 999, 99), 1)
            return
        for number, (stage, rect) in enumerate(zip(self.journey.stages, self.columns, strict=True)):
            self._paint_column(painter, number, stage.id, rect)
        paint_curve(painter, self.curve, self.journey, None, self.theme, self.count_font)

    def _paint_column(self, painter: QPainter, number: int, stage_id: str, rect: QRectF) -> None:
        chrome, u = self.theme.chrome, self.unit
        stage = self.journey.stages[number]
        header = QRectF(rect.left(), rect.top(), rect.width(), self.header_height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(chrome.base))
        painter.drawRoundedRect(rect, u * 0.3, u * 0.3)
        painter.setBrush(QColor(stage.color))
        painter.drawRoundedRect(header, u * 0.3, u * 0.3)
        painter.setPen(QColor("#ffffff"))
        draw_block(
            painter, f"{number + 1}  {stage.name}", self.stage_font, header.adjusted(u * 0.5, u * 0.35, -u * 0.5, 0), 2
        )
        left, width = rect.left() + u * 0.5, rect.width() - u
        y = self.curve.bottom() + u * 1.4  # the curve runs across every column above
        if stage.goal.strip():
            painter.setPen(QColor(chrome.muted))
            y += draw_block(painter, stage.goal, self.goal_font, QRectF(left, y, width, 999), 3) + u * 0.5
        cards = [card for card in self.journey.cards if card.stage_id == stage_id]
        counts = Counter(card.kind for card in cards)
        size = line_height(self.count_font)
        for kind in CardKind:
            if counts[kind]:
                mark = self.theme.kinds[kind]
                paint_icon(painter, mark.icon, QRectF(left, y, size, size), mark.color)
                painter.setPen(QColor(chrome.text))
                noun = NOUNS[kind][counts[kind] != 1]
                draw_block(
                    painter, f"{counts[kind]} {noun}", self.count_font, QRectF(left + size * 1.35, y, width, 99), 1
                )
                y += size * 1.3
        y += u * 0.4
        bottom = rect.bottom() - u * 0.5
        listed = [card for kind in LISTED for card in cards if card.kind is kind and card.title.strip()]
        for shown, card in enumerate(listed):
            if y + line_height(self.item_font) * 2 > bottom:
                painter.setPen(QColor(chrome.muted))
                draw_block(painter, f"+ {len(listed) - shown} more", self.item_font, QRectF(left, y, width, 99), 1)
                break
            mark = self.theme.kinds[card.kind]
            painter.setPen(QColor(mark.color))
            draw_block(painter, mark.glyph, self.item_font, QRectF(left, y, width, 99), 1)
            painter.setPen(QColor(chrome.text))
            y += draw_block(painter, card.title, self.item_font, QRectF(left + size, y, width - size, 999), 2)
            y += u * 0.25
