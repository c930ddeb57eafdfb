"""Current versus future state: both emotion curves over the current stages, and what became of
each current pain point."""

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeydesk.layout import theme
from journeydesk.layout.emotion import SCORES, EmotionScale, matching_stages, smooth_path
from journeydesk.layout.geometry import Point, Rect
from journeydesk.model.emotions import stage_emotions
from journeydesk.model.enums import CardKind
from journeydesk.model.future import PainPointOutcome, outcome_summary, pain_point_outcomes
from journeydesk.model.journey import Journey
from journeydesk.model.ratings import rating_text
from journeydesk.style.theming import current


def curve_colors() -> tuple[str, str]:
    """The current state's curve in the text colour, the future's in the improvement colour."""
    shown = current()
    return shown.chrome.text, shown.kinds[CardKind.IMPROVEMENT].color


class CurvesChart(QWidget):
    """The two journeys' stage moods over the current journey's stages."""

    def __init__(self, current: Journey, future: Journey) -> None:
        super().__init__()
        self.current, self.future = current, future
        self.setMinimumHeight(220)

    def series(self) -> tuple[list[tuple[int, float]], list[tuple[int, float]]]:
        """(stage number, score) for the current and the future journey."""
        mine, theirs = stage_emotions(self.current), stage_emotions(self.future)
        matches = matching_stages(self.current, self.future)
        current, future = [], []
        for number, stage in enumerate(self.current.stages):
            if mine[stage.id] is not None:
                current.append((number, mine[stage.id]))
            other = matches.get(stage.id)
            if other is not None and theirs.get(other) is not None:
                future.append((number, theirs[other]))
        return current, future  # type: ignore[return-value]  # the emotions kept were checked not None

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        plot = QRectF(70, 10, self.width() - 90, self.height() - 44)
        scale = EmotionScale(Rect(plot.left(), plot.top() - 22, plot.width(), plot.height() + 40))
        stages = self.current.stages
        step = plot.width() / max(1, len(stages))
        small = painter.font()
        small.setPointSizeF(7.5)
        painter.setFont(small)
        chrome = current().chrome
        for score in SCORES:
            y = scale.y(score)
            painter.setPen(QPen(QColor(chrome.border), 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(QColor(theme.EMOTION_COLORS[score]))
            painter.drawText(
                QRectF(0, y - 8, plot.left() - 8, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{score:+d}" if score else "0",
            )
        painter.setPen(QColor(chrome.muted))
        for number, stage in enumerate(stages):
            painter.drawText(
                QRectF(plot.left() + number * step, plot.bottom() + 8, step, 16),
                Qt.AlignmentFlag.AlignCenter,
                stage.name,
            )
        now, later = self.series()
        now_color, later_color = curve_colors()
        for points, color, style in (
            (now, now_color, Qt.PenStyle.SolidLine),
            (later, later_color, Qt.PenStyle.DashLine),
        ):
            curve = [Point(plot.left() + (number + 0.5) * step, scale.y(score)) for number, score in points]
            path = QPainterPath()
            segments = smooth_path(curve)
            if curve:
                path.moveTo(curve[0].x, curve[0].y)
            for _, first, second, end in segments:
                path.cubicTo(first.x, first.y, second.x, second.y, end.x, end.y)
            painter.setPen(QPen(QColor(color), 2.6, style, Qt.PenCapStyle.RoundCap))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            painter.setBrush(QColor(color))
            for point in curve:
                painter.drawEllipse(QPointF(point.x, point.y), 4, 4)


def outcome_table(outcomes: list[PainPointOutcome], stage_names: dict[str, str]) -> QTableWidget:
    table = QTableWidget(len(outcomes), 4)
    table.setHorizontalHeaderLabels(["Pain point", "Stage", "Severity", "In the future state"])
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in (1, 2, 3):
        table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    for row, outcome in enumerate(outcomes):
        pain = outcome.pain_point
        cells = [pain.title, stage_names.get(pain.stage_id, ""), rating_text(pain.severity), outcome.label]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column == 3:
                better = outcome.resolved or "Eased" in text
                item.setForeground(QColor(curve_colors()[1] if better else current().chrome.muted))
            table.setItem(row, column, item)
    return table


class ComparisonDialog(QDialog):
    def __init__(self, current: Journey, future: Journey, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Compare: {current.name} → {future.name}")
        self.resize(820, 620)
        self.outcomes = pain_point_outcomes(current, future)
        heading = QLabel(f"{current.name}  →  {future.name}")
        heading.setObjectName("dialogHeading")
        self.summary = QLabel(f"{outcome_summary(self.outcomes)} Solid line: current state; dashed: future state.")
        self.summary.setWordWrap(True)
        self.chart = CurvesChart(current, future)
        self.table = outcome_table(self.outcomes, {stage.id: stage.name for stage in current.stages})
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(heading)
        column.addWidget(self.summary)
        column.addWidget(self.chart)
        column.addWidget(self.table, 1)
        column.addWidget(buttons)
