"""What happens when something goes wrong that nobody foresaw: instead of the app vanishing, the
details go to a log file (rotated, in the app-data folder), the open work is kept as a recovery copy,
and the person sees a short message, saying only what is true, and can carry on or save."""

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from types import TracebackType

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from journeydesk.ui.app_data import log_file, recovery_store

log = logging.getLogger("journeydesk")
LOG_BYTES, LOG_FILES = 1_000_000, 3

KeepWork = Callable[[], int]  # writes a recovery copy of each document with unsaved work; how many it wrote
Report = Callable[[BaseException, str], None]  # the error and what became of the work, in words


def start_logging() -> None:
    """Log to the app-data folder, a few files of a megabyte kept in turn."""
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(
            path, maxBytes=LOG_BYTES, backupCount=LOG_FILES, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()  # no log folder: stderr still says it
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)


class CrashGuard(QObject):
    """Catches every uncaught exception, in the main thread (including Qt's slots) and in others: logs
    it, then, in the main thread, keeps the work and reports both (by default in a message box)."""

    caught = Signal(object)  # BaseException, from whichever thread raised it

    def __init__(self, keep_work: KeepWork, report: Report | None = None) -> None:
        super().__init__(QApplication.instance())
        self.keep_work, self.report = keep_work, report or show_message
        self.active = True
        self.caught.connect(self._handle)

    def install(self) -> "CrashGuard":
        sys.excepthook = self.on_exception
        threading.excepthook = self._on_thread_exception
        return self

    def _on_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        error = args.exc_value if args.exc_value is not None else RuntimeError(args.exc_type.__name__)
        self.on_exception(type(error), error, args.exc_traceback)

    def stand_down(self) -> None:
        """The app has ended and nobody is there to read a message: log only from now on."""
        self.active = False

    def on_exception(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        log.error("uncaught exception\n%s", "".join(traceback.format_exception(kind, error, trace)))
        if self.active:
            self.caught.emit(error)

    def _handle(self, error: BaseException) -> None:
        self.report(error, _keep(self.keep_work))


def install(keep_work: KeepWork, report: Report | None = None) -> CrashGuard:
    """Guard the app from now on (see :class:`CrashGuard`)."""
    return CrashGuard(keep_work, report).install()


def _keep(keep_work: KeepWork) -> str:
    """Keep the work and say what became of it."""
    try:
        written = keep_work()
    except Exception:
        log.exception("could not keep a recovery copy after the error")
        return "A recovery copy of your unsaved work could not be kept: save your work now."
    if written:
        return f"Your unsaved work was kept as a recovery copy in {recovery_store().folder}."
    return "You had no unsaved changes."


def summary(error: BaseException) -> str:
    """The error's first line, short enough for a message."""
    text = str(error).splitlines()[0] if str(error).strip() else type(error).__name__
    return text[:200]


def show_message(error: BaseException, kept: str) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Critical, "Something went wrong", "Something went wrong", parent=QApplication.activeWindow()
    )
    box.setInformativeText(f"{summary(error)}\n\n{kept} You can carry on; the details are in {log_file()}.")
    box.exec()
