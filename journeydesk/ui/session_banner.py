"""The bar above the map while a live session is in trouble or over: what happened, and what now."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

RECONNECTING = (
    "The connection to the live session was lost ({why}). Keep working: your changes stay here and merge "
    "with everyone's as soon as it is back. Reconnecting…"
)
ENDED = "{why} This copy of the map stays open and is yours: use Save As to keep it."


class SessionBanner(QFrame):
    leave = Signal()
    save_as = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("sessionBanner")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.leave_button = QPushButton("Leave Session")
        self.save_button = QPushButton("Save As…")
        close = QPushButton("Dismiss")
        self.leave_button.clicked.connect(self.leave)
        self.save_button.clicked.connect(self.save_as)
        close.clicked.connect(self.hide)
        self._close = close
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 7, 10, 7)
        row.addWidget(self.message, 1)
        for button in (self.leave_button, self.save_button, close):
            row.addWidget(button)
        self.hide()

    def show_reconnecting(self, why: str) -> None:
        self.message.setText(RECONNECTING.format(why=why))
        self._show_buttons(leave=True)

    def show_ended(self, why: str, offer_save: bool) -> None:
        self.message.setText(ENDED.format(why=why) if offer_save else why)
        self._show_buttons(save=offer_save, dismiss=True)

    def _show_buttons(self, leave: bool = False, save: bool = False, dismiss: bool = False) -> None:
        self.leave_button.setVisible(leave)
        self.save_button.setVisible(save)
        self._close.setVisible(dismiss)
        self.show()
