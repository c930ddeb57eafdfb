"""The journey's band above the stages: who walks it (persona) and in which situation (scenario)."""

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeydesk.canvas.detail import smallest_readable
from journeydesk.canvas.face_painter import paint_face
from journeydesk.layout.face import Face
from journeydesk.layout.face_band import band_face
from journeydesk.layout.geometry import Rect
from journeydesk.layout.theme import LIGHT, Theme
from journeydesk.model.journey import Journey
from journeydesk.model.project import Persona


class JourneyBandItem(QGraphicsItem):
    def __init__(self, editing: bool = True) -> None:
        """With ``editing`` False, a picture's band: what the journey has, without prompts for what
        it lacks (a journey without a persona gives the whole band to its scenario)."""
        super().__init__()
        self.editing = editing
        self._rect = QRectF()
        self.journey: Journey | None = None
        self.persona: Persona | None = None
        self.theme = LIGHT
        self._face: Face = []
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_content(self, rect: QRectF, journey: Journey, persona: Persona | None) -> None:
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect
        self.journey, self.persona = journey, persona
        area = Rect(rect.x(), rect.y(), rect.width(), rect.height())
        self._face = band_face(area, journey, persona, self.theme, self.editing)
        self.update()

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        if self.journey is not None:
            self.set_content(self._rect, self.journey, self.persona)

    @property
    def face(self) -> Face:
        return self._face

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        detail = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        paint_face(painter, self._face, editing=self.editing, min_size=smallest_readable(detail))
