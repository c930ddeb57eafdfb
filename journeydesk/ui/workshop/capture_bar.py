"""The capture bar (Ctrl+Enter): type a line, Enter makes it a card in the current cell and the bar
stays open for the next one. Tab and Shift+Tab walk the cells as a spreadsheet does (along a lane,
then on to the next); a prefix chooses the kind; pasted lines become a card each."""

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QToolButton

from journeydesk.canvas.grid_items import qrect
from journeydesk.canvas.scene import MapScene
from journeydesk.model import defaults
from journeydesk.model.cells import Cell
from journeydesk.model.enums import CardKind
from journeydesk.model.types import TITLE_MAX
from journeydesk.style.icons import pixmap
from journeydesk.style.theming import current

PREFIXES = {"! ": CardKind.PAIN_POINT, "+ ": CardKind.IMPROVEMENT, "? ": CardKind.NOTE}
MAX_LINES = 200


def parse_line(line: str, default: CardKind) -> tuple[CardKind, str]:
    """The kind a captured line asks for (by its prefix, else the lane's) and its title."""
    text = line.strip()
    for prefix, kind in PREFIXES.items():
        if (text + " ").startswith(prefix):
            return kind, text[len(prefix) :].strip()[:TITLE_MAX]
    return default, text[:TITLE_MAX]


def step_cell(stage_ids: Sequence[str], lane_ids: Sequence[str], cell: Cell, step: int) -> Cell:
    """The next (``step`` 1) or previous (-1) cell in reading order: along the lane, then the next lane."""
    width = len(stage_ids)
    position = lane_ids.index(cell[1]) * width + stage_ids.index(cell[0])
    position = (position + step) % (width * len(lane_ids))
    return stage_ids[position % width], lane_ids[position // width]


class CaptureLine(QLineEdit):
    """A line edit that hands Tab, Shift+Tab, Escape and multi-line pastes to the bar."""

    step = Signal(int)
    closed = Signal()
    lines_pasted = Signal(list)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and event.key() == Qt.Key.Key_Escape:  # type: ignore[attr-defined]  # a ShortcutOverride event is a QKeyEvent
            event.accept()  # the bar closes, even in focus mode where Escape also leaves the mode
            return True
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Backtab or (
                event.key() == Qt.Key.Key_Tab and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            ):
                self.step.emit(-1)
                return True
            if event.key() == Qt.Key.Key_Tab:
                self.step.emit(1)
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key.Key_Escape:
            self.closed.emit()
        elif event.matches(QKeySequence.StandardKey.Paste) and self._paste_lines():
            return
        else:
            super().keyPressEvent(event)

    def _paste_lines(self) -> bool:
        text = QGuiApplication.clipboard().text()
        lines = [line for line in text.splitlines() if line.strip()]
        if len(lines) < 2:
            return False
        self.lines_pasted.emit(lines[:MAX_LINES])
        return True


class CaptureBar(QFrame):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("workshopBar")
        self.scene: MapScene | None = None
        self.cell_label = QLabel()
        self.cell_label.setObjectName("barTitle")
        self.kind_icon = QLabel()
        self.kind_label = QLabel()
        self.kind_label.setObjectName("hint")
        self.line = CaptureLine()
        self.line.setPlaceholderText("Type a card, Enter adds it · “! ” pain point · “+ ” action · “? ” note")
        self.line.setClearButtonEnabled(True)
        self.line.returnPressed.connect(self.add_line)
        self.line.textChanged.connect(lambda _: self._show_kind())
        self.line.step.connect(self.step)
        self.line.closed.connect(self.close_bar)
        self.line.lines_pasted.connect(self.add_lines)
        self.feedback = QLabel()
        self.feedback.setObjectName("hint")
        close = QToolButton()
        close.setText("Done")
        close.setToolTip("Close the capture bar (Escape)")
        close.clicked.connect(self.close_bar)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 7, 10, 7)
        row.setSpacing(10)
        row.addWidget(self.cell_label)
        row.addWidget(self.line, 1)
        row.addWidget(self.kind_icon)
        row.addWidget(self.kind_label)
        row.addWidget(self.feedback)
        row.addWidget(close)
        self.hide()

    def bind(self, scene: MapScene) -> None:
        if self.scene is not None:
            self.scene.current_cell_changed.disconnect(self._show_cell)
        self.scene = scene
        scene.current_cell_changed.connect(self._show_cell)
        self._show_cell()

    # Opening and closing

    def open_bar(self) -> None:
        scene = self.scene
        if scene is None:
            return
        if scene.current_cell is None:
            place = scene.insertion_cell()
            if place is not None:
                scene.set_current_cell(place[0])
        self.feedback.clear()
        self.show()
        self._show_cell()
        self.line.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def close_bar(self) -> None:
        self.hide()
        if self.scene is not None and self.scene.views():
            self.scene.views()[0].setFocus(Qt.FocusReason.OtherFocusReason)

    # Adding

    def add_line(self) -> None:
        if self.add_lines([self.line.text()]):
            self.line.clear()

    def add_lines(self, lines: list[str]) -> bool:
        """A card per non-empty line in the current cell, as one step; False when there is nowhere to add."""
        scene, cell = self.scene, self.scene.current_cell if self.scene else None
        if scene is None or cell is None:
            self.feedback.setText("Add a stage and a lane first")
            return False
        default = defaults.card_kind_for(scene.journey.lane(cell[1]))
        cards = [(kind, title) for kind, title in (parse_line(line, default) for line in lines) if title]
        if not cards:
            return False
        placed = [(defaults.new_card(kind, cell[0], cell[1], title), None) for kind, title in cards]
        scene.edits.insert_cards(scene.journey_id, placed, "Add")
        last = scene.card_items.get(placed[-1][0].id)
        if last is not None:
            scene.reveal_requested.emit(last.sceneBoundingRect())
        self.feedback.setText(f"{len(cards)} added" if len(cards) > 1 else "Added")
        return True

    # Moving

    def step(self, direction: int) -> None:
        scene = self.scene
        if scene is None or scene.current_cell is None:
            return
        journey = scene.journey
        stage_ids, lane_ids = [stage.id for stage in journey.stages], [lane.id for lane in journey.lanes]
        cell = step_cell(stage_ids, lane_ids, scene.current_cell, direction)
        scene.set_current_cell(cell)
        if scene.grid is not None:
            scene.reveal_requested.emit(qrect(scene.grid.cell_rect(cell)))
        self.feedback.clear()

    # Showing where and what

    def _show_cell(self, *_: object) -> None:
        scene = self.scene
        cell = scene.current_cell if scene else None
        if scene is None or cell is None:
            self.cell_label.setText("No cell chosen")
        else:
            journey = scene.journey
            self.cell_label.setText(f"{journey.stage(cell[0]).name} › {journey.lane(cell[1]).name}")
        self._show_kind()

    def _show_kind(self) -> None:
        scene = self.scene
        cell = scene.current_cell if scene else None
        if scene is None or cell is None:
            self.kind_icon.clear()
            self.kind_label.clear()
            return
        kind, _ = parse_line(self.line.text(), defaults.card_kind_for(scene.journey.lane(cell[1])))
        mark = current().kinds[kind]
        self.kind_icon.setPixmap(pixmap(mark.icon, mark.color, 18, self.devicePixelRatioF()))
        self.kind_label.setText(kind.label)
