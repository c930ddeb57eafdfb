"""Where JourneyDesk keeps its own files: recovery copies and the log, in a JourneyDesk folder of the
platform's data folder (~/.local/share/JourneyDesk on Linux, ~/Library/Application Support/JourneyDesk
on macOS, AppData/Local/JourneyDesk on Windows), whatever the running program calls itself."""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths

if TYPE_CHECKING:  # recovery loads the file format, which the first frame does without
    from journeydesk.io.recovery import RecoveryStore


def app_data_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    return Path(location) / "JourneyDesk" if location else Path.home() / ".journeydesk"


def recovery_store() -> "RecoveryStore":
    from journeydesk.io.recovery import RecoveryStore

    return RecoveryStore(app_data_folder() / "recovery")


def first_frame_folder() -> Path:
    return app_data_folder() / "first-frame"


def log_file() -> Path:
    return app_data_folder() / "logs" / "journeydesk.log"
