"""Editing a title or name in place, over the item on the canvas. Enter commits, Escape cancels."""

from PySide6.QtCore import QEvent, QRect, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFont, QKeyEvent
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QWidget

from journeydesk.layout.theme import Theme


class InlineEditor(QPlainTextEdit):
    committed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget, text: str, font: QFont, rect: QRect, max_length: int, theme: Theme) -> None:
        super().__init__(parent)
        self.max_length = max_length
        self._done = False
        self.setFont(font)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setStyleSheet(
            f"QPlainTextEdit {{ background: {theme.grid_fill}; border: 2px solid {theme.selection}; border-radius: 4px;"
            f" padding: 2px; color: {theme.text}; selection-background-color: {theme.selection}; }}"
        )
        self.setPlainText(text)
        self.selectAll()
        self.setGeometry(rect)
        self.show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def text(self) -> str:
        return " ".join(self.toPlainText().split())[: self.max_length]

    def commit(self) -> None:
        if not self._done:
            self._done = True
            self.committed.emit(self.text())
            self.deleteLater()

    def cancel(self) -> None:
        if not self._done:
            self._done = True
            self.cancelled.emit()
            self.deleteLater()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and event.key() == Qt.Key.Key_Escape:  # type: ignore[attr-defined]  # a ShortcutOverride event is a QKeyEvent
            event.accept()  # Escape cancels the edit, even where a window shortcut (leaving focus mode) uses it
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.commit()
        elif event.key() == Qt.Key.Key_Escape:
            self.cancel()
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        super().focusOutEvent(event)
        self.commit()
