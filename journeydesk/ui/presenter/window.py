"""The presenter window: full screen, the whole journey first (Home), then a stage at a time.

Right, Down, Page Down and Space go on; Left, Up, Page Up and Backspace go back; End goes to the last
stage; Escape or F5 leaves. Double-click a card to edit it (an undoable step, Ctrl+Z undoes it here
too); click a stage on the whole-journey page to open it. The countdown shows here as well.
"""

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QScreen,
)
from PySide6.QtWidgets import QWidget

from journeydesk.canvas.scene import MapScene
from journeydesk.document import ChangeSet, JourneyDocument, Ref
from journeydesk.document.edits import Edits
from journeydesk.model.journey import Journey
from journeydesk.style.theming import current
from journeydesk.ui.presenter.card_dialog import CardDialog
from journeydesk.ui.presenter.overview_slide import OverviewSlide
from journeydesk.ui.presenter.stage_slide import StageSlide
from journeydesk.ui.presenter.text import draw_block, sized
from journeydesk.ui.workshop.timer import WorkshopTimer
from journeydesk.ui.workshop.timer_overlay import TimerOverlay

OVERVIEW = -1
NEXT_KEYS = {Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space}
BACK_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace}
HINT = "→ next   ← back   Home whole journey   Double-click a card to edit   Esc leave"


class PresenterWindow(QWidget):
    closed = Signal()

    def __init__(self, document: JourneyDocument, edits: Edits, journey_id: str, timer: WorkshopTimer) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.document, self.edits, self.journey_id = document, edits, journey_id
        self.page = OVERVIEW
        self.setWindowTitle(f"{document.journey(journey_id).name} — presenting")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.timer_overlay = TimerOverlay(self, timer, scale=1.5)
        document.changed.connect(self._on_changed)

    @property
    def journey(self) -> Journey:
        return self.document.journey(self.journey_id)

    def start(self, page: int, screen: QScreen) -> None:
        self.go(page)
        self.setScreen(screen)
        self.setGeometry(screen.geometry())  # the whole screen even where no window manager makes it so
        self.showFullScreen()
        self.activateWindow()
        self.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    # Moving

    def go(self, page: int) -> None:
        self.page = max(OVERVIEW, min(page, len(self.journey.stages) - 1))
        self.update()

    def slide(self) -> StageSlide | OverviewSlide:
        size, theme, base = QSizeF(self.size()), current(), self.font()
        journey = self.journey
        if self.page == OVERVIEW:
            persona = self.document.project.persona(journey.persona_id).name if journey.persona_id else None
            return OverviewSlide(journey, persona, size, base, theme)
        stage = journey.stages[self.page]
        index = self.document.index(self.journey_id)
        lanes = [(lane, cards) for lane in journey.lanes if (cards := index.cards_in((stage.id, lane.id)))]
        return StageSlide(journey, self.page, lanes, size, base, theme)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        key = event.key()
        if key in NEXT_KEYS:
            self.go(self.page + 1)
        elif key in BACK_KEYS:
            self.go(self.page - 1)
        elif key == Qt.Key.Key_Home:
            self.go(OVERVIEW)
        elif key == Qt.Key.Key_End:
            self.go(len(self.journey.stages) - 1)
        elif key in (Qt.Key.Key_Escape, Qt.Key.Key_F5):
            self.close()
        elif event.matches(QKeySequence.StandardKey.Undo):
            self.document.undo_stack.undo()
        elif event.matches(QKeySequence.StandardKey.Redo):
            self.document.undo_stack.redo()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        slide = self.slide()
        if isinstance(slide, OverviewSlide) and event.button() == Qt.MouseButton.LeftButton:
            number = slide.stage_at(event.position())
            if number is not None:
                self.go(number)
                return
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        slide = self.slide()
        tile = slide.tile_at(event.position()) if isinstance(slide, StageSlide) else None
        if tile is None:
            super().mouseDoubleClickEvent(event)
            return
        self.edit_card(tile.card.id)

    def edit_card(self, card_id: str) -> None:
        CardDialog(self.document, self.edits, Ref.card(self.journey_id, card_id), self).exec()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    # Following the document

    def _on_changed(self, changes: ChangeSet) -> None:
        if self.journey_id not in {journey.id for journey in self.document.project.journeys}:
            self.close()
            return
        self.go(self.page)  # stages may have gone

    # Painting

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        theme = current()
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(theme.chrome.window))
        slide = self.slide()
        slide.paint(painter)
        self._paint_footer(painter, slide.unit)

    def _paint_footer(self, painter: QPainter, unit: float) -> None:
        theme = current()
        count = len(self.journey.stages)
        radius = unit * 0.22
        y = self.height() - unit * 1.1
        for number in range(OVERVIEW, count):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(theme.chrome.accent if number == self.page else theme.chrome.border))
            painter.drawEllipse(QPointF(unit * 1.6 + (number + 1) * radius * 3.2, y), radius, radius)
        painter.setPen(QColor(theme.chrome.muted))
        hint_font = sized(self.font(), unit * 0.5)
        draw_block(
            painter, HINT, hint_font, QRectF(self.rect()).adjusted(self.width() * 0.45, y - unit * 0.45, 0, 0), 1
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self.document.changed.disconnect(self._on_changed)
        self.closed.emit()
        super().closeEvent(event)


def present(
    document: JourneyDocument, edits: Edits, scene: MapScene, timer: WorkshopTimer, window_screen: QScreen
) -> PresenterWindow:
    """Open the presenter on the journey shown, at the stage in hand (else the whole journey), on
    another screen than the window's when there is one: the projector."""
    ref = scene.selected_ref()
    stage_id = ref.id if ref is not None and ref.kind == "stage" else (scene.current_cell or (None,))[0]
    stage_ids = [stage.id for stage in scene.journey.stages]
    page = stage_ids.index(stage_id) if stage_id in stage_ids else OVERVIEW
    screen = next((screen for screen in QGuiApplication.screens() if screen != window_screen), window_screen)
    presenter = PresenterWindow(document, edits, scene.journey_id, timer)
    presenter.start(page, screen)
    return presenter
