"""Share > Start Live Session and Share > Join Live Session: the two dialogs."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journeydesk.collab import invite as invites
from journeydesk.collab.invite import Invite, InviteError
from journeydesk.collab.relay import RelayError
from journeydesk.collab.session import LiveSession
from journeydesk.ui.qr import qr_pixmap

START_HINT = (
    "Everyone who has the link can edit this map with you, live, from their own JourneyDesk: on this "
    "computer's network, with no account and nothing in anyone's cloud. The file stays yours: what the "
    "room does is saved when you save."
)
JOIN_HINT = "Paste the link the host shared. Your copy of the map follows the room until you leave."
MAX_NAME = 60

StartSession = Callable[[str, Invite | None], LiveSession]
JoinSession = Callable[[Invite, str], LiveSession]


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("dialogHeading")
    return label


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label


def _buttons(action: str, act: Callable[[], None], cancel: Callable[[], None]) -> tuple[QDialogButtonBox, QPushButton]:
    """The dialog's action button (which does not close it by itself) and Cancel."""
    buttons = QDialogButtonBox()
    button = buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(act)
    buttons.rejected.connect(cancel)
    return buttons, button


def _problem() -> QLabel:
    label = QLabel()
    label.setObjectName("problem")
    label.setWordWrap(True)
    label.hide()
    return label


class StartSessionDialog(QDialog):
    """Name and where to host; then the join link to hand round, with a copy button and a QR code."""

    def __init__(self, name: str, team_relay: str, start: StartSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Start Live Session")
        self.setMinimumWidth(640)
        self._start = start
        self.session: LiveSession | None = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self._ask_page(name, team_relay))
        self.pages.addWidget(self._link_page())
        column = QVBoxLayout(self)
        column.addWidget(self.pages)

    def _ask_page(self, name: str, team_relay: str) -> QWidget:
        page = QWidget()
        self.name = QLineEdit(name)
        self.name.setMaxLength(MAX_NAME)
        self.here = QRadioButton("On this computer: people on the same network join it")
        self.team = QRadioButton("On a team relay:")
        self.relay_address = QLineEdit(team_relay)
        self.relay_address.setPlaceholderText("ws://server:8765/?token=…  (from `journeydesk relay`)")
        where = QButtonGroup(page)
        for button in (self.here, self.team):
            where.addButton(button)
        (self.team if team_relay else self.here).setChecked(True)
        self.relay_address.setEnabled(bool(team_relay))
        self.team.toggled.connect(self.relay_address.setEnabled)
        self.relay_address.textEdited.connect(lambda: self.team.setChecked(True))
        self.problem = _problem()
        form = QFormLayout()
        form.addRow("Your name", self.name)
        form.addRow("Host it", self.here)
        form.addRow("", self.team)
        form.addRow("", self.relay_address)
        buttons, self.start_button = _buttons("Start Session", self._start_session, self.reject)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        column.addWidget(_heading("Start a live session"))
        column.addWidget(_hint(START_HINT))
        column.addLayout(form)
        column.addWidget(self.problem)
        column.addStretch(1)
        column.addWidget(buttons)
        return page

    def _link_page(self) -> QWidget:
        page = QWidget()
        self.link = QLineEdit()
        self.link.setReadOnly(True)
        self.link.setObjectName("joinLink")
        self.copy_button = QPushButton("Copy")
        self.copy_button.clicked.connect(self._copy)
        self.copied = QLabel("Copied")
        self.copied.setObjectName("hint")
        self.copied.hide()
        row = QHBoxLayout()
        row.addWidget(self.link, 1)
        row.addWidget(self.copy_button)
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        buttons = QDialogButtonBox()
        buttons.addButton("Done", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        column.addWidget(_heading("The session is live"))
        column.addWidget(
            _hint(
                "Send this link to the people who should join (chat, e-mail, or the QR code on the "
                "projector). Anyone with it can edit the map until you end the session."
            )
        )
        column.addLayout(row)
        column.addWidget(self.copied)
        column.addWidget(self.qr, 1)
        column.addWidget(buttons)
        return page

    def _start_session(self) -> None:
        name = self.name.text().strip()
        if not name:
            self._say("Give a name: it is what the others see next to your changes.")
            return
        team_relay = None
        if self.team.isChecked():
            try:
                team_relay = invites.parse(self.relay_address.text(), room_required=False)
            except InviteError as exc:
                self._say(f"The team relay's address: {exc}.")
                return
        try:
            self.session = self._start(name, team_relay)
        except RelayError as exc:
            self._say(f"The session could not start: {exc}.")
            return
        self.link.setText(self.session.invite.url)
        self.qr.setPixmap(qr_pixmap(self.session.invite.url, 220))
        self.pages.setCurrentIndex(1)
        self.link.setCursorPosition(len(self.link.text()))
        self.link.home(True)  # all of it selected, its beginning in sight
        self.copy_button.setFocus()

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.link.text())
        self.copied.show()

    def _say(self, problem: str) -> None:
        self.problem.setText(problem)
        self.problem.show()


class JoinSessionDialog(QDialog):
    """A pasted link and a name; closes when the room's map has arrived."""

    def __init__(self, name: str, join: JoinSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Join Live Session")
        self.setMinimumWidth(520)
        self._join = join
        self.session: LiveSession | None = None
        self.document: object | None = None
        self.link = QLineEdit()
        self.link.setPlaceholderText("ws://192.168.1.20:8765/journeydesk-…?token=…")
        pasted = QGuiApplication.clipboard().text().strip()
        if pasted.startswith(("ws://", "wss://")):
            self.link.setText(pasted)
        self.name = QLineEdit(name)
        self.name.setMaxLength(MAX_NAME)
        self.problem = _problem()
        form = QFormLayout()
        form.addRow("Join link", self.link)
        form.addRow("Your name", self.name)
        buttons, self.join_button = _buttons("Join", self._join_session, self.reject)
        column = QVBoxLayout(self)
        column.setSpacing(10)
        column.addWidget(_heading("Join a live session"))
        column.addWidget(_hint(JOIN_HINT))
        column.addLayout(form)
        column.addWidget(self.problem)
        column.addWidget(buttons)

    def _join_session(self) -> None:
        name = self.name.text().strip()
        if not name:
            self._say("Give a name: it is what the others see next to your changes.")
            return
        try:
            invite = invites.parse(self.link.text())
        except InviteError as exc:
            self._say(f"{str(exc)[:1].upper()}{str(exc)[1:]}.")
            return
        self.join_button.setEnabled(False)
        self._say("Connecting…")
        session = self.session = self._join(invite, name)
        session.map_arrived.connect(self._arrived)
        session.ended.connect(self._failed)

    def _arrived(self, document: object) -> None:
        self.document = document
        self.accept()

    def _failed(self, why: str) -> None:
        self.session = None
        self.join_button.setEnabled(True)
        self._say(why)

    def reject(self) -> None:
        if self.session is not None and self.document is None:
            self.session.leave()
            self.session = None
        super().reject()

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
