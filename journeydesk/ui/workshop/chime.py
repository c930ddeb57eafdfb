"""The sound at the end of a countdown: a soft two-note chime, made once as a WAV file and played by
the platform's own player, without a sound library (the system bell where there is no player)."""

import math
import shutil
import struct
import sys
import wave
from pathlib import Path

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QApplication

RATE = 44_100
NOTES = ((659.25, 0.0), (987.77, 0.18))  # E5, then B5: (frequency, start in seconds)
LENGTH = 1.1  # seconds
PLAYERS = ("pw-play", "paplay", "aplay")  # PipeWire, PulseAudio, ALSA


def chime_samples() -> list[int]:
    """16-bit mono samples: each note a sine with a soft attack and a long decay."""
    samples = []
    for number in range(int(RATE * LENGTH)):
        t = number / RATE
        value = 0.0
        for frequency, start in NOTES:
            if t >= start:
                local = t - start
                envelope = min(1.0, local / 0.01) * math.exp(-3.2 * local)
                value += 0.32 * envelope * math.sin(2 * math.pi * frequency * local)
        samples.append(round(max(-1.0, min(1.0, value)) * 32_000))
    return samples


def write_chime(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as sound:
        sound.setnchannels(1)
        sound.setsampwidth(2)
        sound.setframerate(RATE)
        sound.writeframes(struct.pack(f"<{int(RATE * LENGTH)}h", *chime_samples()))
    return path


class Chime:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.plays = 0

    def play(self) -> None:
        """Play the chime without waiting for it; the bell if the file or a player is missing."""
        self.plays += 1
        try:
            if not self.path.exists():
                write_chime(self.path)
        except OSError:
            QApplication.beep()
            return
        if sys.platform == "win32":
            import winsound

            winsound.PlaySound(str(self.path), winsound.SND_FILENAME | winsound.SND_ASYNC)
            return
        player = player_command()
        if player is None or not QProcess.startDetached(player, [str(self.path)])[0]:
            QApplication.beep()


def player_command() -> str | None:
    if sys.platform == "darwin":
        return shutil.which("afplay")
    return next((found for found in map(shutil.which, PLAYERS) if found), None)
