"""Starting the desktop app."""

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from journeydesk.ui.platform_check import window_system_problem

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from journeydesk.ui.crash_guard import CrashGuard
    from journeydesk.ui.main_window import MainWindow

APP_NAME = "JourneyDesk"


def run_app(path: Path | None, demo: bool = False) -> int:
    problem = window_system_problem()
    if problem:
        print(f"journeydesk: cannot start the app: {problem}", file=sys.stderr)
        return 1
    app, window, guard = start(path, demo)
    window.show()
    try:
        return app.exec()
    finally:
        guard.stand_down()  # what goes wrong while the app winds down is logged, with no window to hold it open


def start(path: Path | None, demo: bool) -> "tuple[QApplication, MainWindow, CrashGuard]":
    """The application, its crash guard and the main window, ready to show.

    The Qt-free core (models, file format, layout, templates) is imported before Qt: PySide6 reads
    the source of every module imported after it (its ``__feature__`` check), which for the core's
    modules is a tenth of the start-up spent for nothing."""
    from PySide6.QtWidgets import QApplication

    import journeydesk.document.apply
    import journeydesk.layout.face_map
    import journeydesk.templates  # noqa: F401 (imported for the reason above)
    from journeydesk.ui import crash_guard

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    crash_guard.start_logging()
    windows: list[MainWindow] = []
    guard = crash_guard.install(lambda: sum(window.autosaver.keep_now(wait=True) for window in windows))
    window = open_main_window(path, demo)
    windows.append(window)
    return app, window, guard


def open_main_window(path: Path | None, demo: bool) -> "MainWindow":
    """The main window on the document to start with; a file that cannot be opened is reported
    in a dialog (and on stderr) once the window is up."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from journeydesk.document import JourneyDocument
    from journeydesk.io.atomic import remove_orphans
    from journeydesk.io.locks import read_only_reason
    from journeydesk.ui.app_data import recovery_store
    from journeydesk.ui.main_window import MainWindow, settle_when_shown
    from journeydesk.ui.recovery_dialog import offer_recovery
    from journeydesk.ui.settings import AppSettings
    from journeydesk.ui.startup import initial_document

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    settings = AppSettings()  # the window applies the theme it names
    settle_when_shown()
    opening = initial_document(path, demo, settings)
    for folder in [recovery_store().folder, *([opening.path.parent] if opening.path else [])]:
        remove_orphans(folder)  # what saves killed half-way left there
    document = JourneyDocument(opening.project, opening.path)
    document.read_only = read_only_reason(opening.path) if opening.path else None
    window = MainWindow(document, settings)
    if opening.path is not None:
        settings.add_recent(opening.path)
        window.update_recent_menu()
    settings.mark_started()
    QTimer.singleShot(0, window.view.show_start)
    QTimer.singleShot(0, lambda: offer_recovery(window))
    error = opening.error
    if error is not None:
        print(f"journeydesk: {error}", file=sys.stderr)
        QTimer.singleShot(0, lambda: window.dialogs.error(f"Could not open “{Path(error.source).name}”", str(error)))
    return window
