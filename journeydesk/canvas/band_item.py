"""The journey's band above the stages: who walks it (persona) and in which situation (scenario)."""

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeydesk.canvas.text import elide, wrap
from journeydesk.layout import theme
from journeydesk.model.enums import JourneyState
from journeydesk.model.journey import Journey
from journeydesk.model.project import Persona
from journeydesk.style.fonts import font, metrics

AVATAR = 60.0


@cache
def photo_image(data: bytes) -> QImage:
    """The persona's photo as an image (cached by its bytes); a null image if it cannot be decoded."""
    return QImage.fromData(QByteArray(data))


def initials(name: str) -> str:
    words = [word for word in name.split() if word[:1].isalpha()]
    return "".join(word[0] for word in words[:2]).upper() or "?"


def paint_avatar(painter: QPainter, rect: QRectF, persona: Persona) -> None:
    """The persona's photo in a circle, or their initials on their colour."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    circle = QPainterPath()
    circle.addEllipse(rect)
    image = photo_image(persona.photo.image_bytes()) if persona.photo else QImage()
    if not image.isNull():
        painter.setClipPath(circle)
        side = min(image.width(), image.height())
        source = QRectF((image.width() - side) / 2, (image.height() - side) / 2, side, side)
        painter.drawImage(rect, image, source)
        painter.setClipping(False)
    else:
        painter.fillPath(circle, QColor(persona.color))
        label = QFont(font("stage_name"))
        label.setPointSizeF(rect.height() * 0.3)
        painter.setFont(label)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, initials(persona.name))
    painter.setPen(QPen(QColor(persona.color), 2.5))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(rect.adjusted(1, 1, -1, -1))
    painter.restore()


class JourneyBandItem(QGraphicsItem):
    def __init__(self, editing: bool = True) -> None:
        """With ``editing`` False, a picture's band: what the journey has, without prompts for what
        it lacks (a journey without a persona gives the whole band to its scenario)."""
        super().__init__()
        self.editing = editing
        self._rect = QRectF()
        self.journey: Journey | None = None
        self.persona: Persona | None = None
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_content(self, rect: QRectF, journey: Journey, persona: Persona | None) -> None:
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect
        self.journey, self.persona = journey, persona
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        journey = self.journey
        if journey is None:
            return
        rect = self._rect.adjusted(0, 8, 0, -10)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(theme.GRID_LINE), 1))
        painter.setBrush(QColor(theme.GRID_FILL))
        painter.drawRoundedRect(rect, 8, 8)
        left = rect.left() + 14
        if self.persona is None and not self.editing:
            scenario_width = min(rect.right() - left - 14, 640.0)
            self._paint_scenario(painter, journey, QRectF(left, rect.top() + 8, scenario_width, rect.height() - 16))
            return
        persona_width = min(520.0, rect.width() * 0.45)
        if self.persona is not None:
            avatar = QRectF(left, rect.center().y() - AVATAR / 2, AVATAR, AVATAR)
            paint_avatar(painter, avatar, self.persona)
            self._paint_persona(
                painter, QRectF(avatar.right() + 14, rect.top() + 8, persona_width - AVATAR - 28, rect.height() - 16)
            )
        else:
            painter.setFont(font("card_title"))
            painter.setPen(QColor(theme.MUTED_TEXT))
            painter.drawText(
                QRectF(left, rect.top(), persona_width - 28, rect.height()),
                Qt.AlignmentFlag.AlignVCenter,
                "No persona yet: choose one for this journey in the inspector, with nothing selected.",
            )
        divider = left + persona_width
        painter.setPen(QPen(QColor(theme.GRID_LINE), 1))
        painter.drawLine(divider, rect.top() + 12, divider, rect.bottom() - 12)
        scenario_width = min(rect.right() - divider - 30, 640.0)
        self._paint_scenario(painter, journey, QRectF(divider + 16, rect.top() + 8, scenario_width, rect.height() - 16))

    def _paint_persona(self, painter: QPainter, area: QRectF) -> None:
        persona = self.persona
        assert persona is not None
        name_font, caption_font, text_font = font("stage_name"), font("card_footer"), QFont(font("card_title"))
        text_font.setItalic(True)
        painter.setFont(name_font)
        painter.setPen(QColor(theme.TEXT))
        name_height = metrics("stage_name").height()
        painter.drawText(
            QRectF(area.left(), area.top(), area.width(), name_height),
            Qt.AlignmentFlag.AlignVCenter,
            elide(persona.name, name_font, area.width()),
        )
        top = area.top() + name_height
        if persona.role:
            painter.setFont(caption_font)
            painter.setPen(QColor(theme.MUTED_TEXT))
            painter.drawText(
                QRectF(area.left(), top, area.width(), 16),
                Qt.AlignmentFlag.AlignVCenter,
                elide(persona.role, caption_font, area.width()),
            )
            top += 17
        if persona.quote:
            painter.setFont(text_font)
            painter.setPen(QColor(theme.TEXT))
            quote = persona.quote.strip().strip('“”"')
            lines = wrap(f"“{quote}”", text_font, area.width(), 2)
            line_height = metrics("card_title").lineSpacing()
            for number, line in enumerate(lines):
                painter.drawText(
                    QRectF(area.left(), top + number * line_height, area.width(), line_height),
                    Qt.AlignmentFlag.AlignVCenter,
                    line,
                )

    def _paint_scenario(self, painter: QPainter, journey: Journey, area: QRectF) -> None:
        title_font = font("stage_name")
        painter.setFont(title_font)
        painter.setPen(QColor(theme.TEXT))
        title_height = metrics("stage_name").height()
        badge = journey.state.label
        badge_width = metrics("card_caption").horizontalAdvance(badge) + 16
        title = elide(journey.name, title_font, area.width() - badge_width - 10)
        title_width = metrics("stage_name").horizontalAdvance(title)
        painter.drawText(
            QRectF(area.left(), area.top(), title_width + 2, title_height), Qt.AlignmentFlag.AlignVCenter, title
        )
        pill = QRectF(area.left() + title_width + 10, area.top() + 1, badge_width, title_height - 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#2e9a5e" if journey.state is JourneyState.FUTURE else "#5f6b7a"))
        painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        painter.setFont(font("card_caption"))
        painter.setPen(QColor("#ffffff"))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, badge)
        if not journey.scenario and not self.editing:
            return
        painter.setFont(font("card_title"))
        line_height = metrics("card_title").lineSpacing()
        text = journey.scenario or "Describe the scenario: who does what, in which situation."
        painter.setPen(QColor(theme.TEXT if journey.scenario else theme.MUTED_TEXT))
        room = max(1, int((area.height() - title_height) // line_height))
        lines = wrap(text, font("card_title"), area.width(), room)
        for number, line in enumerate(lines):
            painter.drawText(
                QRectF(area.left(), area.top() + title_height + 2 + number * line_height, area.width(), line_height),
                Qt.AlignmentFlag.AlignVCenter,
                line,
            )
