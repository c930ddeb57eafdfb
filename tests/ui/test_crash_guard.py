"""The crash guard: an error nobody foresaw is logged, the work kept, and the person told only what is
true about their work (a copy was written, there was nothing unsaved, or the copy failed)."""

import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from journeydesk.io import load_project
from journeydesk.model import CardKind
from journeydesk.ui import crash_guard
from journeydesk.ui.app_data import log_file, recovery_store
from journeydesk.ui.main_window import MainWindow
from tests.factories import small_project
from tests.ui.conftest import answer_message_box

pytestmark = pytest.mark.qt_no_exception_capture


@pytest.fixture
def guarded(monkeypatch: pytest.MonkeyPatch) -> Callable[[MainWindow], crash_guard.CrashGuard]:
    """Install the guard as the app does, for one window; the hooks go back after the test."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    logger = logging.getLogger("journeydesk")
    monkeypatch.setattr(logger, "handlers", [])
    crash_guard.start_logging()

    def install(window: MainWindow) -> crash_guard.CrashGuard:
        return crash_guard.install(lambda: int(window.autosaver.keep_now(wait=True)))

    return install


def broken_slot() -> None:
    raise ValueError("the layout went wrong")


def fail_and_read_message(qtbot, fail: Callable[[], None] = lambda: QTimer.singleShot(0, broken_slot)) -> str:
    shown = answer_message_box("OK")
    fail()
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=5000)
    assert shown[0] == "Something went wrong"
    return shown[1]


def recovery_copies() -> list[Path]:
    folder = recovery_store().folder
    return sorted(folder.glob("*.journey")) if folder.exists() else []


def test_unsaved_work_is_kept_and_the_message_says_where(qtbot, open_window, guarded) -> None:
    window = open_window(small_project())
    guarded(window)
    window.edits.add_card("j1", CardKind.NOTE, "s1", "l-touch", title="Unsaved idea")
    message = fail_and_read_message(qtbot)
    [copy] = recovery_copies()
    assert load_project(copy) == window.document.project
    assert message == (
        f"the layout went wrong\n\nYour unsaved work was kept as a recovery copy in {recovery_store().folder}. "
        f"You can carry on; the details are in {log_file()}."
    )
    for handler in logging.getLogger("journeydesk").handlers:
        handler.flush()
    assert "ValueError: the layout went wrong" in log_file().read_text() and "Traceback" in log_file().read_text()


def test_with_nothing_unsaved_the_message_claims_no_copy(qtbot, open_window, guarded) -> None:
    window = open_window(small_project())
    guarded(window)
    message = fail_and_read_message(qtbot)
    assert "You had no unsaved changes." in message
    assert "recovery copy" not in message
    assert recovery_copies() == []


def test_a_copy_that_cannot_be_written_is_reported_as_such(qtbot, open_window, guarded) -> None:
    window = open_window(small_project())
    guarded(window)
    folder = recovery_store().folder
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("a file where the recovery folder should be")
    window.edits.add_card("j1", CardKind.NOTE, "s1", "l-touch", title="Unsaved idea")
    message = fail_and_read_message(qtbot)
    assert "A recovery copy of your unsaved work could not be kept: save your work now." in message
    assert "was kept" not in message


def test_an_error_in_another_thread_is_handled_in_the_main_one(qtbot, open_window, guarded, monkeypatch) -> None:
    window = open_window(small_project())
    guarded(window)
    window.edits.add_card("j1", CardKind.NOTE, "s1", "l-touch", title="Unsaved idea")
    keeping_threads: list[threading.Thread] = []
    keep = window.autosaver.keep_now

    def keep_and_note_the_thread(wait: bool = False) -> bool:
        keeping_threads.append(threading.current_thread())
        return keep(wait)

    monkeypatch.setattr(window.autosaver, "keep_now", keep_and_note_the_thread)
    message = fail_and_read_message(qtbot, lambda: threading.Thread(target=broken_slot).start())
    assert "kept as a recovery copy" in message and len(recovery_copies()) == 1
    assert keeping_threads == [threading.main_thread()]


def test_once_the_app_has_ended_errors_are_logged_without_a_message(qtbot, guarded) -> None:
    reported: list[BaseException] = []
    guard = crash_guard.install(lambda: 0, lambda error, kept: reported.append(error))
    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: len(reported) == 1, timeout=5000)
    guard.stand_down()
    QTimer.singleShot(0, broken_slot)
    qtbot.wait(50)
    assert len(reported) == 1
    for handler in logging.getLogger("journeydesk").handlers:
        handler.flush()
    assert log_file().read_text().count("ValueError: the layout went wrong") == 2
