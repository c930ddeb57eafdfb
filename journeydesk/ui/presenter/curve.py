"""The emotion curve in small, with one stage's point shown large: where the room is in the journey."""

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen

from journeydesk.layout.emotion import SCORE_LABELS
from journeydesk.layout.theme import Theme
from journeydesk.model.emotions import stage_emotions
from journeydesk.model.journey import Journey


def feeling_text(score: float | None) -> str:
    if score is None:
        return "No feeling recorded yet"
    return f"{SCORE_LABELS[round(score)]} ({score:+.1f})".replace("+0.0", "0.0")


def paint_curve(
    painter: QPainter, rect: QRectF, journey: Journey, stage_id: str | None, theme: Theme, font: QFont
) -> None:
    """The stages' moods from left to right over ``rect`` (+2 at the top); ``stage_id``'s point large."""
    moods = stage_emotions(journey)
    stages = journey.stages
    if not stages:
        return
    step = rect.width() / len(stages)
    chrome = theme.chrome
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(chrome.border), 1, Qt.PenStyle.DashLine))
    middle = rect.center().y()
    painter.drawLine(QPointF(rect.left(), middle), QPointF(rect.right(), middle))
    points = [
        (stage.id, QPointF(rect.left() + (number + 0.5) * step, middle - mood / 2 * rect.height() / 2), mood)
        for number, stage in enumerate(stages)
        if (mood := moods[stage.id]) is not None
    ]
    if points:
        path = QPainterPath(points[0][1])
        for _, point, _ in points[1:]:
            path.lineTo(point)
        painter.setPen(QPen(QColor(chrome.muted), max(1.5, rect.height() / 40)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
    radius = max(3.0, rect.height() / 22)
    for point_stage, point, mood in points:
        large = point_stage == stage_id
        painter.setPen(QPen(QColor(chrome.window), 2))
        painter.setBrush(QColor(theme.emotion[round(mood)]))
        painter.drawEllipse(point, radius * (2.2 if large else 1), radius * (2.2 if large else 1))
    painter.setFont(font)
    painter.setPen(QColor(chrome.text))
    current = moods.get(stage_id) if stage_id else None
    if stage_id is not None:
        painter.drawText(
            QRectF(rect.left(), rect.bottom() + 4, rect.width(), font.pixelSize() * 1.6),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            f"Feeling: {feeling_text(current)}",
        )
    painter.restore()
