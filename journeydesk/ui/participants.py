"""The Participants dock: who is in the live session, in their colours, and the join link."""

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from journeydesk.collab.session import Participant, Phase
from journeydesk.model.words import count

PHASES = {
    Phase.CONNECTING: "Connecting…",
    Phase.LIVE: "Live",
    Phase.RECONNECTING: "Reconnecting…",
    Phase.ENDED: "Session ended",
}
SWATCH = 14


def swatch(colour: str, size: int = SWATCH) -> QIcon:
    """A round dot in a participant's colour."""
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


class ParticipantsPanel(QWidget):
    copy_link = Signal()
    leave = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.status = QLabel()
        self.status.setObjectName("sessionStatus")
        self.people = QListWidget()
        self.people.setObjectName("participants")
        self.people.setIconSize(QSize(SWATCH, SWATCH))
        self.people.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.people.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.copy_button = QPushButton("Copy Join Link")
        self.leave_button = QPushButton("Leave Session")
        self.copy_button.clicked.connect(self.copy_link)
        self.leave_button.clicked.connect(self.leave)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.leave_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 8, 10, 10)
        column.setSpacing(8)
        column.addWidget(self.status)
        column.addWidget(self.people, 1)
        column.addLayout(buttons)

    def show_session(self, phase: Phase, participants: list[Participant], hosting: bool) -> None:
        people = count(len(participants), "person", "people")
        self.status.setText(f"{PHASES[phase]} · {people}" if phase is not Phase.ENDED else PHASES[phase])
        self.status.setProperty("phase", phase.value)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.leave_button.setText("End Session" if hosting else "Leave Session")
        self.leave_button.setEnabled(phase is not Phase.ENDED)
        self.copy_button.setEnabled(phase is not Phase.ENDED)
        self.people.clear()
        for person in participants:
            roles = [role for role, holds in (("you", person.you), ("host", person.host)) if holds]
            text = person.name + (f"  ({', '.join(roles)})" if roles else "")
            item = QListWidgetItem(swatch(person.colour), text)
            item.setData(Qt.ItemDataRole.UserRole, person.client_id)
            item.setToolTip(f"{person.name}: {len(person.selection)} selected" if person.selection else person.name)
            self.people.addItem(item)
