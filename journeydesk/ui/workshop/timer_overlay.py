"""The countdown, large over the map: minutes and seconds, pause, a minute more, stop; red and
flashing at zero."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from journeydesk.ui.workshop.overlay import Floating
from journeydesk.ui.workshop.timer import WorkshopTimer, clock_text

FLASHES = 12  # half-second steps of flashing at zero
CALM, ALERT, ALERT_DIM = "rgba(31, 36, 48, 232)", "rgba(179, 38, 30, 240)", "rgba(120, 24, 18, 240)"


class TimerOverlay(Floating):
    def __init__(self, host: QWidget, timer: WorkshopTimer, scale: float = 1.0) -> None:
        super().__init__(host)
        self.timer = timer
        self.scale = scale
        self.setObjectName("timerOverlay")
        self.digits = QLabel()
        self.digits.setObjectName("timerDigits")
        self.digits.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status = QLabel()
        self.status.setObjectName("timerStatus")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pause_button = self._button("Pause", "Pause or resume the countdown", timer.toggle_pause)
        self.more_button = self._button("+1 min", "One more minute", lambda: timer.add())
        self.stop_button = self._button("Stop", "Stop the countdown and hide it", timer.stop)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        for button in (self.pause_button, self.more_button, self.stop_button):
            buttons.addWidget(button)
        column = QVBoxLayout(self)
        column.setContentsMargins(round(18 * scale), round(10 * scale), round(18 * scale), round(12 * scale))
        column.setSpacing(round(2 * scale))
        column.addWidget(self.digits)
        column.addWidget(self.status)
        column.addLayout(buttons)
        self._flashes = 0
        self._flash = QTimer(self)
        self._flash.setInterval(500)
        self._flash.timeout.connect(self._flash_step)
        timer.changed.connect(self.refresh)
        timer.finished.connect(self._alert)
        self._style(CALM)
        self.refresh()

    def _button(self, text: str, tip: str, slot) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setObjectName("timerButton")
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.clicked.connect(slot)
        return button

    def refresh(self) -> None:
        timer = self.timer
        self.setVisible(timer.active)
        if not timer.active:
            self._flash.stop()
            return
        self.digits.setText(clock_text(timer.remaining()))
        if timer.expired:
            self.status.setText("Time's up")
        elif timer.paused:
            self.status.setText("Paused")
        else:
            self.status.setText(f"of {clock_text(timer.total)}")
        self.pause_button.setText("Resume" if timer.paused else "Pause")
        self.pause_button.setEnabled(not timer.expired)
        if not timer.expired:
            self._flash.stop()
            self._style(CALM)
        self.place()

    @property
    def alerting(self) -> bool:
        return self.timer.expired

    def _alert(self) -> None:
        self._flashes = 0
        self._style(ALERT)
        self._flash.start()

    def _flash_step(self) -> None:
        self._flashes += 1
        self._style(ALERT_DIM if self._flashes % 2 else ALERT)
        if self._flashes >= FLASHES:
            self._flash.stop()
            self._style(ALERT)

    def _style(self, background: str) -> None:
        s = self.scale
        self.setStyleSheet(
            f"QWidget#timerOverlay {{ background: {background}; border-radius: {round(14 * s)}px; }}"
            f"QLabel#timerDigits {{ color: #ffffff; font-size: {round(40 * s)}pt; font-weight: 700; }}"
            f"QLabel#timerStatus {{ color: #e6e9ef; font-size: {round(11 * s)}pt; }}"
            "QToolButton#timerButton { color: #ffffff; background: rgba(255, 255, 255, 36); border: none;"
            f" border-radius: 5px; padding: {round(3 * s)}px {round(8 * s)}px; font-size: {round(9 * s)}pt; }}"
            "QToolButton#timerButton:hover { background: rgba(255, 255, 255, 70); }"
            "QToolButton#timerButton:disabled { color: rgba(255, 255, 255, 110); }"
        )
