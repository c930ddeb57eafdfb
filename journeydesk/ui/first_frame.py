"""The first frame: the window as it looked when last left on the file the app now opens, painted
the moment the app starts, while the editor is built behind it.

The window is recorded as a picture of its pixels when it closes on a saved file or on the untouched
sample, put back as a start shows it (see ``MainWindow.keep_first_frame``); any other close removes
the picture. It is used only for the same file (path, size and modification time), the same
versions of the app and Qt, the same theme and screen resolution; anything else starts without it,
as the first start of a file does. A window restored at another size shows its plain background
until the main window takes its place.
(Qt's vector record of paint commands, QPicture, would scale, but it loses each widget's clipping
when a whole window is rendered into it: the map spilled over the docks.) This module loads nothing
but Qt and the settings: the model, pydantic and the canvas load after the frame is on screen.
"""

import contextlib
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Signal, qVersion
from PySide6.QtGui import QCloseEvent, QGuiApplication, QIcon, QImage, QImageReader, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from journeydesk import __version__
from journeydesk.resources import resource_path
from journeydesk.ui.app_data import first_frame_folder
from journeydesk.ui.settings import AppSettings

PICTURE = "window.png"
RECORD = "JourneyDeskFirstFrame"  # the PNG text chunk holding the Record (no spaces: Qt reads such keys wrong)
PNG_QUALITY = 80  # Qt maps it to light compression: a tenth of the size, and read in about 10 ms


@dataclass(frozen=True)
class Record:
    """What a recorded frame is good for: the start it fits, and the window it was taken from."""

    key: str
    width: int
    height: int
    ratio: float  # device pixels per pixel
    title: str

    def sound(self) -> bool:
        """Each field of the kind written: the file is the app's own, but a disk can damage it."""
        sizes = (self.width, self.height)
        return (
            isinstance(self.key, str)
            and isinstance(self.title, str)
            and all(type(size) is int and 0 < size < 100_000 for size in sizes)
            and type(self.ratio) in (int, float)
            and 0 < self.ratio < 100
        )


def frame_key(file: Path | None, settings: AppSettings) -> str | None:
    """What must be the same for a frame to be replayed; None for a file that cannot be read."""
    if file is None:
        identity = "the sample"
    else:
        try:
            status = file.stat()
        except OSError:
            return None
        identity = f"{file.resolve()} {status.st_size} {status.st_mtime_ns}"
    screen = QGuiApplication.primaryScreen()
    dpi = screen.logicalDotsPerInch() if screen else 0
    theme = settings.theme_as_stored()
    if theme in ("", "system"):  # the platform's light or dark
        theme = f"system {QGuiApplication.styleHints().colorScheme().name}"
    key = f"{__version__} Qt {qVersion()} theme {theme} {dpi:g} dpi: {identity}"
    return " ".join(key.split())  # as the PNG's text chunk keeps it: Qt reads its runs of spaces as one


def record_first_frame(window: QWidget, file: Path | None, settings: AppSettings) -> None:
    """Keep ``window`` as painted now, as the first frame of the next start on ``file`` (None: the
    sample). Best effort: a frame that cannot be written leaves none, and the next start builds the
    window first, as always."""
    from journeydesk.io.atomic import atomic_write
    from journeydesk.io.errors import SaveError

    key = frame_key(file, settings)
    if key is None:
        forget_first_frame()
        return
    picture = window.grab().toImage()
    size = window.size()
    facts = Record(key, size.width(), size.height(), picture.devicePixelRatio(), window.windowTitle())
    picture.setText(RECORD, json.dumps(asdict(facts)))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    picture.save(buffer, "PNG", PNG_QUALITY)  # type: ignore[call-overload]  # the stub says bytes; PySide takes only str
    folder = first_frame_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        atomic_write(folder / PICTURE, bytes(buffer.data().data()))
    except (OSError, SaveError):
        forget_first_frame()


def forget_first_frame() -> None:
    """No first frame for the next start (best effort: a picture that cannot be removed is still
    checked against its file when read)."""
    with contextlib.suppress(OSError):
        (first_frame_folder() / PICTURE).unlink(missing_ok=True)


def recorded_first_frame(file: Path | None, settings: AppSettings) -> tuple[Record, QImage] | None:
    """The frame kept for a start on ``file``, if one fits it: its record is read from the PNG's
    header, and its pixels only when the record fits."""
    reader = QImageReader(os.fspath(first_frame_folder() / PICTURE), QByteArray(b"png"))
    try:
        facts = Record(**json.loads(reader.text(RECORD)))
    except (ValueError, TypeError, RecursionError):  # no such file, no record, or not one of ours
        return None
    if not facts.sound() or facts.key != frame_key(file, settings):
        return None
    picture = reader.read()
    expected = QSize(round(facts.width * facts.ratio), round(facts.height * facts.ratio))
    if picture.isNull() or picture.size() != expected:
        return None
    picture.setDevicePixelRatio(facts.ratio)
    return facts, picture


class FirstFrame(QWidget):
    """A window that shows the recorded frame while the editor is built, then gives way to it."""

    painted = Signal()  # the first time: the person sees the map
    closed = Signal()  # by the person, before the editor was ready

    def __init__(self, facts: Record, picture: QImage, geometry: QByteArray | None) -> None:
        super().__init__()
        self.facts = facts
        self.picture = picture
        self._shown = False
        self.setWindowTitle(facts.title)
        self.setWindowIcon(QIcon(os.fspath(resource_path("icons", "app.svg"))))
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(facts.width, facts.height)

    def fits(self) -> bool:
        same_size = self.size() == QSize(self.facts.width, self.facts.height)
        return same_size and self.devicePixelRatioF() == self.facts.ratio

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        """The picture; the window's plain background where the window is not the size it was
        recorded at, or on a screen of another resolution."""
        painter = QPainter(self)
        if self.fits():
            painter.drawImage(0, 0, self.picture)
        else:
            painter.fillRect(self.rect(), self.palette().window())
        painter.end()
        if not self._shown:
            self._shown = True
            self.painted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        """Only the person closes it: the editor taking over hides it."""
        self.closed.emit()
        event.accept()
