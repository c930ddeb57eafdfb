"""What JourneyDesk remembers between runs: window layout, recent files, the last file."""

import getpass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

if TYPE_CHECKING:  # the theme's module loads the model, which the first frame does without
    from journeydesk.layout.theme import ThemeName

MAX_RECENT = 10
ORGANISATION = APPLICATION = "JourneyDesk"


def _login_name() -> str:
    try:
        return getpass.getuser().capitalize()
    except (OSError, KeyError):  # no login name (a container, a service account)
        return "Guest"


def qsettings() -> QSettings:
    """The settings store: an INI file in the user's config folder (tests point it elsewhere)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)


class AppSettings:
    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store or qsettings()

    # Files

    def recent_files(self) -> list[Path]:
        value = self.store.value("files/recent", [])
        names = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        return [Path(name) for name in names if name]

    def add_recent(self, path: Path) -> None:
        path = path.resolve()
        files = [path, *[item for item in self.recent_files() if item != path]][:MAX_RECENT]
        self.store.setValue("files/recent", [str(item) for item in files])
        self.store.setValue("files/last", str(path))

    def remove_recent(self, path: Path) -> None:
        self.store.setValue("files/recent", [str(item) for item in self.recent_files() if item != path])

    def clear_recent(self) -> None:
        self.store.setValue("files/recent", [])

    def last_file(self) -> Path | None:
        value = self.store.value("files/last", "")
        return Path(value) if isinstance(value, str) and value else None

    def forget_last_file(self) -> None:
        self.store.setValue("files/last", "")

    def is_first_start(self) -> bool:
        return not self.store.value("app/started", False, type=bool)

    def mark_started(self) -> None:
        self.store.setValue("app/started", True)

    def keep_backups(self) -> bool:
        return bool(self.store.value("files/keep_backups", True, type=bool))

    def set_keep_backups(self, keep: bool) -> None:
        self.store.setValue("files/keep_backups", keep)

    # Comments

    def comment_author(self) -> str:
        """The name comments are signed with; empty until given in Preferences or on first use."""
        return str(self.store.value("comments/author", "")).strip()

    def set_comment_author(self, name: str) -> None:
        self.store.setValue("comments/author", " ".join(name.split()))

    # Live sessions

    def session_name(self) -> str:
        """The name others see in a live session (the login name until one is given)."""
        return str(self.store.value("session/name", "")) or _login_name()

    def set_session_name(self, name: str) -> None:
        self.store.setValue("session/name", name)

    def team_relay(self) -> str:
        return str(self.store.value("session/team_relay", ""))

    def set_team_relay(self, address: str) -> None:
        self.store.setValue("session/team_relay", address)

    # View

    def show_links(self) -> bool:
        return bool(self.store.value("view/show_links", True, type=bool))

    def set_show_links(self, visible: bool) -> None:
        self.store.setValue("view/show_links", visible)

    def timer_sound(self) -> bool:
        return bool(self.store.value("workshop/timer_sound", True, type=bool))

    def set_timer_sound(self, on: bool) -> None:
        self.store.setValue("workshop/timer_sound", on)

    def theme_as_stored(self) -> str:
        value = self.store.value("view/theme", "")
        return value if isinstance(value, str) else ""

    def theme(self) -> "ThemeName":
        from journeydesk.layout.theme import ThemeName

        value = self.theme_as_stored()
        return ThemeName(value) if value in set(ThemeName) else ThemeName.SYSTEM

    def set_theme(self, name: "ThemeName") -> None:
        self.store.setValue("view/theme", name.value)

    # Window

    def window_layout(self) -> tuple[QByteArray | None, QByteArray | None]:
        geometry, state = self.store.value("window/geometry"), self.store.value("window/state")
        return (
            geometry if isinstance(geometry, QByteArray) else None,
            state if isinstance(state, QByteArray) else None,
        )

    def save_window_layout(self, geometry: QByteArray, state: QByteArray) -> None:
        self.store.setValue("window/geometry", geometry)
        self.store.setValue("window/state", state)

    def sync(self) -> None:
        self.store.sync()
