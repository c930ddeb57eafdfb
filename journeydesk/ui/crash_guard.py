"""What happens when something goes wrong that nobody foresaw: instead of the app vanishing, the
details go to a log file (rotated, in the app-data folder), the open work is kept as a recovery copy,
and the person sees a short message and can carry on or save."""

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from types import TracebackType

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from journeydesk.ui.app_data import log_file

log = logging.getLogger("journeydesk")
LOG_BYTES, LOG_FILES = 1_000_000, 3


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


class _Messenger(QObject):
    """Lives in the main thread, so an error in any thread is told there."""

    tell = Signal(str, bool)


def install(keep_work: Callable[[], None]) -> None:
    """Catch every uncaught exception, in the main thread (including Qt's slots) and in others."""
    messenger = _Messenger(QApplication.instance())
    messenger.tell.connect(_tell)

    def on_exception(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        log.error("uncaught exception\n%s", "".join(traceback.format_exception(kind, error, trace)))
        summary = str(error).splitlines()[0] if str(error) else kind.__name__
        messenger.tell.emit(summary[:200], _try(keep_work))

    sys.excepthook = on_exception
    threading.excepthook = lambda args: on_exception(args.exc_type, args.exc_value, args.exc_traceback)


def _try(keep_work: Callable[[], None]) -> bool:
    try:
        keep_work()
    except Exception:
        log.exception("could not keep a recovery copy after the error")
        return False
    return True


def _tell(summary: str, kept: bool) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Critical, "Something went wrong", "Something went wrong", parent=QApplication.activeWindow()
    )
    work = (
        "Your work is safe: a recovery copy was kept."
        if kept
        else "A recovery copy could not be kept: save your work now."
    )
    box.setInformativeText(f"{summary}\n\n{work} You can carry on; the details are in {log_file()}.")
    box.exec()
