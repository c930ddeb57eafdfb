"""One stage for the room: its name, its goal, the curve's point, and its cards lane by lane in large
type, shrunk only as far as it takes for everything to fit the screen."""

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSizeF
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from journeydesk.layout.theme import Theme
from journeydesk.model.cards import Card
from journeydesk.model.journey import Journey, Lane
from journeydesk.style.icons import paint_icon
from journeydesk.ui.presenter.curve import paint_curve
from journeydesk.ui.presenter.facts import card_facts
from journeydesk.ui.presenter.text import block_height, draw_block, line_height, sized

SCALES = (1.0, 0.9, 0.8, 0.7, 0.62, 0.55, 0.5, 0.45, 0.4)
TITLE_LINES = 3
TILE_WIDTH_UNITS = 11  # a tile is about this many units of its type wide


@dataclass(frozen=True)
class Tile:
    card: Card
    rect: QRectF


@dataclass(frozen=True)
class LaneRow:
    lane: Lane
    label: QRectF  # where its name goes, above its tiles


def _balanced_split(heights: list[float], columns: int) -> list[tuple[int, int]]:
    """Lanes in order into ``columns`` runs (one or two) whose tallest is as short as it can be."""
    if columns == 1 or len(heights) < 2:
        return [(0, len(heights))]
    best = min(range(1, len(heights)), key=lambda k: max(sum(heights[:k]), sum(heights[k:])))
    return [(0, best), (best, len(heights))]


class StageSlide:
    def __init__(
        self,
        journey: Journey,
        number: int,
        lanes: list[tuple[Lane, list[Card]]],
        size: QSizeF,
        base: QFont,
        theme: Theme,
    ) -> None:
        self.journey, self.number, self.stage = journey, number, journey.stages[number]
        self.lanes, self.size, self.base, self.theme = lanes, size, base, theme
        self.unit = min(size.height(), size.width() * 9 / 16) / 30
        self.margin = self.unit * 1.6
        u = self.unit
        self.kicker_font = sized(base, u * 0.62, bold=True)
        self.name_font = sized(base, u * 2.1, bold=True)
        self.goal_font = sized(base, u * 0.95, italic=True)
        self.curve_font = sized(base, u * 0.7)
        self.header_height = self._header_height()
        self.body = QRectF(
            self.margin,
            self.margin + self.header_height + u,
            size.width() - 2 * self.margin,
            size.height() - 2 * self.margin - self.header_height - u * 2.2,
        )
        self.tiles: list[Tile] = []
        self.rows: list[LaneRow] = []
        self.scale = SCALES[-1]
        wide = self.body.width() > self.unit * 40 and len(self.lanes) > 1
        layouts = [(scale, columns) for scale in SCALES for columns in ((2, 1) if wide else (1,))]
        for scale, columns in layouts:  # the largest type that fits, in two columns of lanes if it can
            self.scale = scale
            if self._layout(scale, columns) <= self.body.height():
                break

    # Layout

    def _header_height(self) -> float:
        width = self.size.width() * 0.6
        goal = block_height(self.stage.goal, self.goal_font, width, 2) if self.stage.goal.strip() else 0
        return line_height(self.kicker_font) + line_height(self.name_font) + goal

    def _fonts(self, scale: float) -> tuple[QFont, QFont, QFont, QFont]:
        u = self.unit * scale
        return (
            sized(self.base, u * 1.05),
            sized(self.base, u * 0.58, bold=True),
            sized(self.base, u * 0.7),
            sized(self.base, u * 0.62, bold=True),
        )

    def _layout(self, scale: float, columns: int) -> float:
        """Place the lanes in newspaper columns and their tiles two abreast at ``scale``; returns the
        height of the tallest column."""
        title_font, caption_font, facts_font, lane_font = self._fonts(scale)
        u = self.unit * scale
        gap, column_gap = u * 0.5, self.unit * 1.2
        column_width = (self.body.width() - column_gap * (columns - 1)) / columns
        across = max(2, int((column_width + gap) / (u * TILE_WIDTH_UNITS)))  # smaller type, more abreast
        tile_width = (column_width - gap * (across - 1)) / across
        inner = tile_width - u * 1.3

        def tile_height(card: Card) -> float:
            return (
                u * 0.9
                + line_height(caption_font)
                + block_height(card.title or "(untitled)", title_font, inner, TITLE_LINES)
                + (line_height(facts_font) if card_facts(card) else 0)
            )

        blocks = []  # per lane: its rows of (card, height) and the block's height
        for lane, cards in self.lanes:
            rows = [
                [(card, tile_height(card)) for card in cards[first : first + across]]
                for first in range(0, len(cards), across)
            ]
            height = line_height(lane_font) + sum(max(h for _, h in row) + gap for row in rows) + u * 0.6
            blocks.append((lane, rows, height))
        split = _balanced_split([height for _, _, height in blocks], columns)
        self.tiles, self.rows = [], []
        tallest = 0.0
        for column, (start, end) in enumerate(split):
            x = self.body.left() + column * (column_width + column_gap)
            y = self.body.top()
            for lane, rows, _height in blocks[start:end]:
                self.rows.append(LaneRow(lane, QRectF(x, y, column_width, line_height(lane_font))))
                y += line_height(lane_font)
                for row in rows:
                    row_height = max(h for _, h in row)
                    for number, (card, _) in enumerate(row):
                        self.tiles.append(
                            Tile(card, QRectF(x + number * (tile_width + gap), y, tile_width, row_height))
                        )
                    y += row_height + gap
                y += u * 0.6
            tallest = max(tallest, y - self.body.top() - u * 0.6)
        return tallest

    def shown_tiles(self) -> list[Tile]:
        """The tiles that fit the screen: all of them, unless even the smallest type cannot hold them."""
        return [tile for tile in self.tiles if tile.rect.bottom() <= self.body.bottom() + self.unit]

    def tile_at(self, point: QPointF) -> Tile | None:
        return next((tile for tile in self.shown_tiles() if tile.rect.contains(point)), None)

    # Painting

    def paint(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self._paint_header(painter)
        if not self.tiles:
            painter.setPen(QColor(self.theme.chrome.muted))
            draw_block(painter, "Nothing on this stage yet.", self.goal_font, self.body, 1)
            return
        self._paint_lanes(painter)
        self._paint_more(painter)

    def _paint_header(self, painter: QPainter) -> None:
        chrome, u, m = self.theme.chrome, self.unit, self.margin
        painter.fillRect(QRectF(m, m, u * 0.35, self.header_height), QColor(self.stage.color))
        left = m + u * 0.9
        width = self.size.width() * 0.6
        painter.setPen(QColor(chrome.muted))
        y = m + draw_block(
            painter,
            f"STAGE {self.number + 1} OF {len(self.journey.stages)} · {self.journey.name.upper()}",
            self.kicker_font,
            QRectF(left, m, width, 100),
            1,
        )
        painter.setPen(QColor(chrome.text))
        y += draw_block(painter, self.stage.name, self.name_font, QRectF(left, y, width, 1000), 1)
        if self.stage.goal.strip():
            painter.setPen(QColor(chrome.muted))
            draw_block(painter, self.stage.goal, self.goal_font, QRectF(left, y, width, 1000), 2)
        curve = QRectF(
            self.size.width() * 0.68, m + u * 0.4, self.size.width() * 0.32 - m, self.header_height - u * 1.6
        )
        paint_curve(painter, curve, self.journey, self.stage.id, self.theme, self.curve_font)

    def _paint_more(self, painter: QPainter) -> None:
        hidden = len(self.tiles) - len(self.shown_tiles())
        if hidden:
            painter.setPen(QColor(self.theme.chrome.muted))
            note = f"+ {hidden} more card{'s' * (hidden != 1)} on this stage: see them on the map"
            draw_block(
                painter,
                note,
                self.curve_font,
                QRectF(self.body.left(), self.body.bottom() + self.unit * 0.1, self.body.width(), 99),
                1,
            )

    def _paint_lanes(self, painter: QPainter) -> None:
        title_font, caption_font, facts_font, lane_font = self._fonts(self.scale)
        chrome, u = self.theme.chrome, self.unit * self.scale
        painter.setPen(QColor(chrome.muted))
        for row in self.rows:
            draw_block(painter, row.lane.name.upper(), lane_font, row.label, 1)
        for tile in self.shown_tiles():
            card, rect = tile.card, tile.rect
            colors, mark = self.theme.cards[card.kind], self.theme.kinds[card.kind]
            painter.setPen(QPen(QColor(chrome.border), 1))
            painter.setBrush(QColor(colors.fill))
            painter.drawRoundedRect(rect, u * 0.3, u * 0.3)
            painter.fillRect(
                QRectF(rect.left(), rect.top() + u * 0.15, u * 0.22, rect.height() - u * 0.3), QColor(mark.color)
            )
            left, inner = rect.left() + u * 0.8, rect.width() - u * 1.3
            y = rect.top() + u * 0.45
            icon_size = line_height(caption_font)
            paint_icon(painter, mark.icon, QRectF(left, y, icon_size, icon_size), mark.color)
            painter.setPen(QColor(colors.label))
            draw_block(painter, card.kind.label.upper(), caption_font, QRectF(left + icon_size * 1.3, y, inner, 100), 1)
            y += line_height(caption_font)
            painter.setPen(QColor(self.theme.text))
            y += draw_block(painter, card.title or "(untitled)", title_font, QRectF(left, y, inner, 1000), TITLE_LINES)
            facts = card_facts(card)
            if facts:
                painter.setPen(QColor(colors.label))
                draw_block(painter, facts, facts_font, QRectF(left, y, inner, 100), 1)
