"""Widgets that float over the map (or the presenter) in a corner, keeping their place as it resizes."""

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QWidget

MARGIN = 20


class Floating(QWidget):
    """A widget kept at the top right (or top centre) of its host, above what the host shows. It can
    be dragged elsewhere when it covers something; it keeps that distance from the right edge."""

    def __init__(self, host: QWidget, centred: bool = False) -> None:
        super().__init__(host)
        self.host, self.centred = host, centred
        self.offset = QPoint(MARGIN, MARGIN)  # from the host's top right corner (or top centre)
        self._grab: QPoint | None = None
        host.installEventFilter(self)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.host and event.type() == QEvent.Type.Resize:
            self.place()
        return False

    def place(self) -> None:
        self.adjustSize()
        host = self.host.rect()
        free = host.width() - self.width()
        x = max(0, min(free // 2 if self.centred else free - self.offset.x(), free))
        y = max(0, min(self.offset.y(), host.height() - self.height()))
        self.move(QPoint(x, y))
        self.raise_()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if event.button() == Qt.MouseButton.LeftButton and not self.centred:
            self._grab = event.position().toPoint()
            self.setCursor(Qt.CursorShape.ClosedHandCursor)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if self._grab is not None:
            top_left = self.mapToParent(event.position().toPoint() - self._grab)
            self.offset = QPoint(self.host.width() - top_left.x() - self.width(), top_left.y())
            self.place()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        self._grab = None
        self.unsetCursor()


class Toast(Floating):
    """A short message at the top of the map that goes away on its own."""

    def __init__(self, host: QWidget) -> None:
        super().__init__(host, centred=True)
        self.setObjectName("toast")
        self.label = QLabel(self)
        self.label.setObjectName("toastText")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet(
            "QWidget#toast { background: rgba(31, 36, 48, 225); border-radius: 10px; }"
            "QLabel#toastText { color: #ffffff; font-size: 12pt; padding: 10px 18px; }"
        )
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_message(self, text: str, milliseconds: int = 2800) -> None:
        self.label.setText(text)
        self.label.adjustSize()
        self.resize(self.label.size())
        self.place()
        self.show()
        self._timer.start(milliseconds)

    def place(self) -> None:
        self.resize(self.label.sizeHint())
        super().place()
