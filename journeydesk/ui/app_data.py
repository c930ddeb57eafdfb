"""Where JourneyDesk keeps its own files: recovery copies and the log (the platform's app-data folder,
e.g. ~/.local/share/JourneyDesk/JourneyDesk on Linux)."""

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from journeydesk.io.recovery import RecoveryStore


def app_data_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location or Path.home() / ".journeydesk")


def recovery_store() -> RecoveryStore:
    return RecoveryStore(app_data_folder() / "recovery")


def log_file() -> Path:
    return app_data_folder() / "logs" / "journeydesk.log"
