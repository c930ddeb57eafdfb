"""The palette: things to drag onto the map (or click, to insert at the current cell)."""

from PySide6.QtCore import QPoint, QSize, Qt, Signal
from PySide6.QtGui import QDrag, QMouseEvent
from PySide6.QtWidgets import QApplication, QGridLayout, QToolButton, QWidget

from journeydesk.canvas.palette_mime import PaletteEntry, palette_mime
from journeydesk.layout import theme
from journeydesk.style.icons import icon, pixmap

ENTRY_COLORS = {entry: theme.CARD_STYLES[entry.card_kind].accent for entry in PaletteEntry if entry.card_kind}
ENTRY_COLORS |= {PaletteEntry.STAGE: "#5b7bd5", PaletteEntry.LANE: "#5f6b7a"}
SHORTCUT_NUMBERS = {entry: number for number, entry in enumerate(PaletteEntry, 1)}
SHORT_LABELS = {PaletteEntry.IMPROVEMENT: "Action"}  # fits the narrow column; the tooltip says it in full


class PaletteButton(QToolButton):
    """Click to insert; press and drag to drop it where it should go."""

    def __init__(self, entry: PaletteEntry) -> None:
        super().__init__()
        self.entry = entry
        self._press: QPoint | None = None
        self.setObjectName("paletteButton")
        self.setIcon(icon(entry.icon_name, ENTRY_COLORS[entry]))
        self.setIconSize(QSize(20, 20))
        self.setText(SHORT_LABELS.get(entry, entry.label))
        self.setToolTip(f"{entry.label}: drag onto the map, or click to insert (Ctrl+{SHORTCUT_NUMBERS[entry]})")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setSizePolicy(self.sizePolicy().Policy.Expanding, self.sizePolicy().Policy.Fixed)
        self.setCursor(Qt.CursorShape.OpenHandCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if (
            self._press is not None
            and (event.position().toPoint() - self._press).manhattanLength() >= QApplication.startDragDistance()
        ):
            self._press = None
            self.setDown(False)
            drag = QDrag(self)
            drag.setMimeData(palette_mime(self.entry))
            drag.setPixmap(pixmap(self.entry.icon_name, ENTRY_COLORS[self.entry], 32, self.devicePixelRatioF()))
            drag.exec(Qt.DropAction.CopyAction)
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        self._press = None
        super().mouseReleaseEvent(event)


class Palette(QWidget):
    """Three rows of two entries, so the palette takes little room beside the map."""

    activated = Signal(object)  # PaletteEntry

    def __init__(self) -> None:
        super().__init__()
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 8, 8, 8)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(6)
        self.buttons: dict[PaletteEntry, PaletteButton] = {}
        for number, entry in enumerate(PaletteEntry):
            button = self.buttons[entry] = PaletteButton(entry)
            button.clicked.connect(lambda _=False, e=entry: self.activated.emit(e))
            grid.addWidget(button, number // 2, number % 2)
        grid.setRowStretch(len(PaletteEntry) // 2, 1)
        self.setToolTip("Drag onto the map, or click to insert at the current cell")
