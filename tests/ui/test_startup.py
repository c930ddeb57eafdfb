"""What the app opens: the file asked for, the sample on first start, the last file afterwards."""

import os
import subprocess
import sys
from pathlib import Path

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from journeydesk.io import load_project, save_project
from journeydesk.ui.app import open_main_window
from journeydesk.ui.app_data import recovery_store
from journeydesk.ui.recovery_dialog import RecoveryDialog
from journeydesk.ui.settings import AppSettings
from journeydesk.ui.startup import initial_document
from tests.factories import small_project
from tests.io.test_locks_recovery_backup import dead_pid, write_fuzzed_lock_and_record
from tests.ui.conftest import answer_message_box


def test_first_start_opens_the_sample_and_later_starts_open_the_last_file(qapp, tmp_path: Path) -> None:
    settings = AppSettings()
    first = initial_document(None, False, settings)
    assert first.path is None and first.project.title.startswith("Northwind Bikes")
    saved = tmp_path / "mine.journey"
    save_project(small_project(), saved)
    settings.add_recent(saved)
    settings.mark_started()
    later = initial_document(None, False, settings)
    assert later.path == saved.resolve() and later.project == small_project()
    saved.unlink()
    assert initial_document(None, False, settings).path is None  # gone: back to the sample
    assert initial_document(saved, True, settings).project.title.startswith("Northwind Bikes")  # --demo


def test_a_broken_file_named_on_the_command_line_is_reported_and_changes_nothing(qtbot, tmp_path: Path, capsys) -> None:
    broken = tmp_path / "broken.journey"
    broken.write_text("{ not json")
    shown = answer_message_box("OK")
    window = open_main_window(broken, demo=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(shown))
    assert shown[0] == "Could not open “broken.journey”"
    assert "line 1, column 3" in shown[1]
    assert window.document.path is None  # started as if no file had been asked for
    assert broken.read_text() == "{ not json"
    assert "broken.journey: line 1, column 3" in capsys.readouterr().err


def test_a_good_file_named_on_the_command_line_opens_and_becomes_recent(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "map.journey"
    save_project(small_project(), path)
    window = open_main_window(path, demo=False)
    qtbot.addWidget(window)
    assert window.document.path == path
    assert load_project(path) == window.document.project
    assert AppSettings().recent_files() == [path.resolve()]
    assert window.windowTitle() == "map.journey[*] — JourneyDesk"


def test_the_window_opens_without_loading_the_exporters(tmp_path: Path) -> None:
    """openpyxl and reportlab cost a fifth of a second to import: they load on the first export."""
    probe = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from journeydesk.ui.app import open_main_window\n"
        "app = QApplication([])\n"
        "window = open_main_window(None, demo=True)\n"
        "window.show()\n"
        "app.processEvents()\n"
        "print(sorted({name.split('.')[0] for name in sys.modules} & {'openpyxl', 'reportlab'}))\n"
        "window.exchange\n"
        "print(sorted({name.split('.')[0] for name in sys.modules} & {'openpyxl', 'reportlab'}))\n"
    )
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=environment, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:2] == ["[]", "['openpyxl', 'reportlab']"]


def test_the_app_starts_whatever_locks_and_recovery_records_say(qtbot, tmp_path: Path) -> None:
    """100 fuzzed locks beside the file opened and recovery records: the real main window starts
    each time, read-only with the reason said or not, offering what can be recovered or not."""
    path = tmp_path / "map.journey"
    save_project(small_project(), path)
    store, ended = recovery_store(), dead_pid()
    offered = []

    def decide_later() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, RecoveryDialog):
            offered.append(len(dialog.rows))
            dialog.reject()
        elif isinstance(dialog, QMessageBox):
            dialog.reject()

    reasons = set()
    before = set(QApplication.topLevelWidgets())
    for seed in range(100):
        write_fuzzed_lock_and_record(path, store, seed, ended)
        timer = QTimer(interval=10, timeout=decide_later)
        timer.start()
        window = open_main_window(path, demo=False)
        window.show()
        qtbot.waitUntil(lambda window=window: window.isVisible() and window.view.isVisible())
        qtbot.wait(1)  # the recovery offer, if any, comes once the window is up
        timer.stop()
        assert window.document.path == path and window.document.project == small_project()
        reasons.add((window.document.read_only or "").split(":")[0].split(" has it open")[0])
        assert window.banner.isVisible() == (window.document.read_only is not None)
        window.close()
        shiboken6.delete(window)  # a closed window is kept alive by its own connections (and so are two panels
        for widget in set(QApplication.topLevelWidgets()) - before:  # it makes without a parent): delete them,
            shiboken6.delete(widget)  # or each start is slower than the last (the theme restyles every widget)
        for leftover in store.folder.iterdir():
            leftover.unlink()
    assert reasons >= {"", "someone may have it open"} and offered  # all kinds of outcome were exercised
