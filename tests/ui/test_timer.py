"""The facilitator's countdown, driven by a fake clock (nothing sleeps): presets, pause, a minute
more, stop, large over the map in every mode, and a visible and optional audible signal at zero."""

import os
import stat
import sys
import wave
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from journeydesk.ui.workshop.chime import LENGTH, RATE, Chime, write_chime
from journeydesk.ui.workshop.timer import WorkshopTimer


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float, timer: WorkshopTimer) -> None:
        self.now += seconds
        timer.tick()


@pytest.fixture
def clock(window) -> FakeClock:
    fake = FakeClock()
    window.timer.clock = fake
    return fake


def test_a_preset_counts_down_pauses_gets_a_minute_more_and_stops(qtbot, window, clock: FakeClock) -> None:
    overlay, timer, actions = window.timer_overlay, window.timer, window.actions_
    assert not overlay.isVisible()
    actions.timer[5].trigger()
    assert overlay.isVisible() and overlay.digits.text() == "5:00" and overlay.status.text() == "of 5:00"
    assert overlay.geometry().right() > window.view.width() - 40  # in the top right corner of the map
    clock.advance(61, timer)
    assert overlay.digits.text() == "3:59"
    qtbot.mouseClick(overlay.pause_button, Qt.MouseButton.LeftButton)
    assert overlay.status.text() == "Paused" and actions.timer_pause.text() == "&Resume Timer"
    clock.advance(300, timer)
    assert overlay.digits.text() == "3:59"  # no time passes while paused
    actions.timer_pause.trigger()
    clock.advance(9, timer)
    assert overlay.digits.text() == "3:50"
    qtbot.mouseClick(overlay.more_button, Qt.MouseButton.LeftButton)
    assert overlay.digits.text() == "4:50" and overlay.status.text() == "of 6:00"
    actions.timer_stop.trigger()
    assert not overlay.isVisible() and not actions.timer_stop.isEnabled()


def test_at_zero_the_overlay_turns_red_and_the_chime_plays_when_wanted(qtbot, window, clock: FakeClock) -> None:
    overlay, timer, actions = window.timer_overlay, window.timer, window.actions_
    assert actions.timer_sound.isChecked()  # on unless turned off
    actions.timer[2].trigger()
    clock.advance(119.5, timer)
    assert overlay.digits.text() == "0:01" and not overlay.alerting
    with qtbot.waitSignal(timer.finished, timeout=1000):
        clock.advance(0.5, timer)
    assert overlay.digits.text() == "0:00" and overlay.status.text() == "Time's up" and overlay.alerting
    assert "179, 38, 30" in overlay.styleSheet()  # red
    assert window.chime.plays == 1
    actions.timer_add_minute.trigger()  # more time after the end: it counts again
    assert overlay.digits.text() == "1:00" and not overlay.alerting
    actions.timer_sound.trigger()  # sound off, remembered
    assert not window.settings.timer_sound()
    clock.advance(60, timer)
    assert overlay.alerting and window.chime.plays == 1


def test_the_countdown_stays_over_the_map_in_focus_mode(qtbot, window, clock: FakeClock) -> None:
    window.actions_.timer[10].trigger()
    QTest.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen)
    qtbot.waitUntil(lambda: window.timer_overlay.geometry().right() > window.width() - 60)
    assert window.timer_overlay.isVisible() and window.timer_overlay.digits.text() == "10:00"
    QTest.keyClick(window.view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen())


def test_the_chime_is_a_real_sound_file(tmp_path: Path) -> None:
    path = write_chime(tmp_path / "chime.wav")
    with wave.open(str(path)) as sound:
        assert (sound.getnchannels(), sound.getsampwidth(), sound.getframerate()) == (1, 2, RATE)
        assert sound.getnframes() == int(RATE * LENGTH)
        frames = sound.readframes(sound.getnframes())
    samples = memoryview(frames).cast("h")
    assert max(samples) > 8000 and min(samples) < -8000  # loud enough to hear, not clipped silence
    assert abs(samples[-1]) < 1000  # it fades out


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the Linux players are looked up on PATH")
def test_the_chime_is_played_by_the_platform_player(qtbot, tmp_path: Path, monkeypatch) -> None:
    heard = tmp_path / "heard.txt"
    player = tmp_path / "bin" / "paplay"
    player.parent.mkdir()
    player.write_text(f'#!/bin/sh\necho "$1" > "{heard}"\n')
    player.chmod(player.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{player.parent}{os.pathsep}/usr/bin:/bin")
    chime = Chime(tmp_path / "sounds" / "chime.wav")
    chime.play()
    qtbot.waitUntil(heard.exists, timeout=5000)
    qtbot.waitUntil(lambda: heard.read_text().strip() != "", timeout=5000)
    assert heard.read_text().strip() == str(tmp_path / "sounds" / "chime.wav")
    assert (tmp_path / "sounds" / "chime.wav").stat().st_size > RATE


def test_the_countdown_can_be_dragged_aside_and_keeps_its_place(qtbot, window, clock: FakeClock) -> None:
    overlay = window.timer_overlay
    window.actions_.timer[5].trigger()
    before = overlay.geometry()
    grip = overlay.digits.geometry().center()
    qtbot.mousePress(overlay.digits, Qt.MouseButton.LeftButton, pos=overlay.digits.rect().center())
    QTest.mouseMove(overlay, grip + QPoint(-300, 200))
    qtbot.mouseRelease(overlay, Qt.MouseButton.LeftButton, pos=grip + QPoint(-300, 200))
    moved = overlay.geometry()
    assert (moved.x() - before.x(), moved.y() - before.y()) == (-300, 200)
    from_right = window.view.width() - moved.right()
    window.resize(window.width() - 100, window.height())  # it keeps its distance from the right edge
    qtbot.waitUntil(lambda: window.view.width() - overlay.geometry().right() == from_right)
    assert overlay.geometry().y() == moved.y()
