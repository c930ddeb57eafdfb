"""Starting the desktop app."""

import sys
from pathlib import Path

from journeydesk.io import JourneyFileError, load_project
from journeydesk.model import Project
from journeydesk.templates import SAMPLE, new_project
from journeydesk.ui.platform_check import window_system_problem

APP_NAME = "JourneyDesk"


def run_app(path: Path | None, demo: bool = False) -> int:
    problem = window_system_problem()
    if problem:
        print(f"journeydesk: cannot start the app: {problem}", file=sys.stderr)
        return 1
    try:
        project = load_project(path) if path is not None else new_project(SAMPLE)
    except JourneyFileError as exc:
        print(f"journeydesk: {exc}", file=sys.stderr)
        return 1
    return _show(project, path)


def _show(project: Project, path: Path | None) -> int:
    from PySide6.QtWidgets import QApplication

    from journeydesk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    window = MainWindow(project, path)
    window.show()
    return app.exec()
