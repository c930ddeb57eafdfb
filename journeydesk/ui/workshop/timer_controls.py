"""Workshop > Timer: the presets, pause, a minute more, stop, and the sound at zero."""

from journeydesk.ui.actions import Actions
from journeydesk.ui.settings import AppSettings
from journeydesk.ui.workshop.chime import Chime
from journeydesk.ui.workshop.timer import MINUTE, WorkshopTimer


def connect_timer(timer: WorkshopTimer, actions: Actions, settings: AppSettings, chime: Chime) -> None:
    for minutes, action in actions.timer.items():
        action.triggered.connect(lambda _=False, m=minutes: timer.start(m * MINUTE))
    actions.timer_pause.triggered.connect(timer.toggle_pause)
    actions.timer_add_minute.triggered.connect(lambda: timer.add())
    actions.timer_stop.triggered.connect(timer.stop)
    actions.timer_sound.setChecked(settings.timer_sound())
    actions.timer_sound.toggled.connect(settings.set_timer_sound)

    def follow() -> None:
        actions.timer_pause.setEnabled(timer.active and not timer.expired)
        actions.timer_pause.setText("&Resume Timer" if timer.paused else "&Pause Timer")
        actions.timer_add_minute.setEnabled(timer.active)
        actions.timer_stop.setEnabled(timer.active)

    def finished() -> None:
        if actions.timer_sound.isChecked():
            chime.play()

    timer.changed.connect(follow)
    timer.finished.connect(finished)
