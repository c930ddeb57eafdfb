"""Starting the desktop app."""

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from journeydesk.ui.platform_check import window_system_problem

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from journeydesk.ui.crash_guard import CrashGuard
    from journeydesk.ui.first_frame import FirstFrame
    from journeydesk.ui.main_window import MainWindow

APP_NAME = "JourneyDesk"
BUILD_UNPAINTED_AFTER_MS = 500


def run_app(path: Path | None, demo: bool = False) -> int:
    problem = window_system_problem()
    if problem:
        print(f"journeydesk: cannot start the app: {problem}", file=sys.stderr)
        return 1
    launch = start(path, demo)
    launch.showing.show()
    try:
        return launch.app.exec()
    finally:
        launch.guard.stand_down()  # what goes wrong while the app winds down is logged, with no window to hold it open


def start(path: Path | None, demo: bool) -> "Launch":
    """The application and its crash guard, with the window to show first: the recorded first frame
    when one fits this start (:mod:`journeydesk.ui.first_frame`), else the main window."""
    from PySide6.QtWidgets import QApplication

    from journeydesk.ui import crash_guard

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    crash_guard.start_logging()
    launch = Launch(app, path, demo)
    launch.guard = crash_guard.install(launch.keep_unsaved_work)
    launch.begin()
    return launch


class Launch:
    """One start of the app: what the person sees first, and the main window once it is built."""

    def __init__(self, app: "QApplication", path: Path | None, demo: bool) -> None:
        self.app, self.path, self.demo = app, path, demo
        self.guard: CrashGuard
        self.window: MainWindow | None = None
        self.first_frame: FirstFrame | None = None

    def begin(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        from journeydesk.ui.first_frame import FirstFrame, recorded_first_frame
        from journeydesk.ui.settings import AppSettings
        from journeydesk.ui.startup import starting_file

        settings = AppSettings()
        kept = recorded_first_frame(starting_file(self.path, self.demo, settings), settings)
        if kept is None:
            self.window = open_main_window(self.path, self.demo)
            return
        # Lambdas, not bound methods: PySide holds a plain object's bound method weakly, and would call
        # it on whatever object came to occupy its memory once a caller dropped the Launch.
        self.first_frame = FirstFrame(*kept, settings.window_layout()[0])
        self.first_frame.painted.connect(lambda: self._build_behind(), Qt.ConnectionType.QueuedConnection)
        self.first_frame.closed.connect(lambda: self._give_up())
        # A window started minimised, or on another desktop, is not painted: build it all the same.
        QTimer.singleShot(BUILD_UNPAINTED_AFTER_MS, self.first_frame, lambda: self._build_behind())

    @property
    def showing(self) -> "QWidget":
        """The window on screen now."""
        shown = self.first_frame or self.window
        assert shown is not None
        return shown

    @property
    def ready(self) -> bool:
        """The main window is on screen, and the first frame, if any, gone."""
        return self.window is not None and self.first_frame is None and self.window.isVisible()

    def _build_behind(self) -> None:
        """The main window, built once the first frame is on screen, shown under it; the first frame
        stays on top for two turns of the event loop, while the map takes the zoom and scroll it starts
        with and the docks their sizes, then goes."""
        from PySide6.QtCore import Qt, QTimer

        first = self.first_frame
        if first is None or self.window is not None:
            return
        try:
            window = self.window = open_main_window(self.path, self.demo)
        except BaseException:
            first.close()  # no picture left on screen that nothing will replace; the crash guard reports
            raise
        if self.first_frame is None:  # closed by the person while the window was built
            window.close()
            return
        window.setGeometry(first.geometry())
        window.setWindowState(first.windowState())
        window.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)  # the first frame keeps the focus
        window.show()
        window.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, False)
        first.raise_()
        QTimer.singleShot(0, window, lambda: QTimer.singleShot(0, window, lambda: self._hand_over()))

    def _hand_over(self) -> None:
        first, window = self.first_frame, self.window
        if first is None or window is None:
            return
        window.repaint()
        first.hide()
        first.deleteLater()
        self.first_frame = None
        window.raise_()
        window.activateWindow()

    def _give_up(self) -> None:
        """The person closed the first frame: the app ends there, with the main window if it was
        built meanwhile (its build holds the event loop, so the close can come after it)."""
        self.first_frame = None
        if self.window is not None:
            self.window.close()

    def keep_unsaved_work(self) -> int:
        """For the crash guard: the recovery copies written now."""
        return self.window.autosaver.keep_now(wait=True) if self.window else 0


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
    window = MainWindow(document, settings, sample=opening.path is None)
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
