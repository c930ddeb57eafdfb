"""The first frame: a start on the file the app last showed paints that window at once, from a
recording, and the main window takes its place, looking the same, once it is built."""

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QPoint, QPointF, QSize, Qt
from PySide6.QtGui import QImage, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from journeydesk.canvas.view import EMPTY_HINT
from journeydesk.io import load_project, save_project
from journeydesk.ui import app
from journeydesk.ui.app import Launch, open_main_window
from journeydesk.ui.app_data import first_frame_folder
from journeydesk.ui.first_frame import PICTURE, RECORD, recorded_first_frame
from journeydesk.ui.main_window import MainWindow
from journeydesk.ui.settings import AppSettings
from tests.factories import small_project
from tests.ui.test_docks_first_open import open_dock

SIZE = QSize(780, 700)


@pytest.fixture
def last_file(qtbot: QtBot, tmp_path: Path) -> Path:
    """A saved map the app was last left on: its picture kept for the next start."""
    path = tmp_path / "map.journey"
    save_project(small_project(), path)
    left_on(qtbot, path)
    return path


def left_on(qtbot: QtBot, path: Path, work: Callable[[MainWindow], object] = lambda window: None) -> MainWindow:
    """The app run on ``path``, ``work`` done in it without changing the map, and closed, as a person
    leaves it: the window recorded as it closed."""
    window = closes(qtbot, open_main_window(path, demo=False))
    window.resize(SIZE)
    window.show()
    qtbot.waitUntil(lambda: window.warmed_up)  # settled
    work(window)
    window.close()
    # The docks make the window taller than the test screen, to which restoring its geometry would
    # shrink the next one: the next start takes the recorded size instead, as after a crash.
    AppSettings().store.remove("window/geometry")
    return window


def launched(qtbot: QtBot, path: Path | None, demo: bool = False) -> Launch:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    launch = Launch(app, path, demo)
    launch.begin()
    if launch.window is not None:  # built at once; else when the first frame is shown
        closes(qtbot, launch.window)
    return launch


def built_behind(qtbot: QtBot, launch: Launch) -> MainWindow:
    qtbot.waitUntil(lambda: launch.ready)
    assert launch.window is not None
    return closes(qtbot, launch.window)


def closes(qtbot: QtBot, window: MainWindow) -> MainWindow:
    """Closed when the test ends, without asking to save."""
    qtbot.addWidget(window, before_close_func=lambda w: w.document.undo_stack.setClean())
    return window


def differing_share(first: QImage, second: QImage) -> float:
    """The share of pixels that differ between two pictures of the same size, compared on a grid."""
    assert first.size() == second.size()
    points = [(x, y) for x in range(0, first.width(), 3) for y in range(0, first.height(), 3)]
    return sum(first.pixel(x, y) != second.pixel(x, y) for x, y in points) / len(points)


def hover(widget: QWidget, point: QPoint) -> None:
    """The pointer moved onto ``point`` of ``widget``. QTest.mouseMove moves the screen's cursor, and
    the move then goes to whichever window is on top there, which may be one an earlier test left."""
    position = QPointF(point)
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        position,
        QPointF(widget.mapToGlobal(point)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, move)


def looked_around(window: MainWindow) -> None:
    """A card clicked (selected, its cell current, the status bar on its hint), the map zoomed in
    and scrolled to its far corner."""
    card = window.scene.journey.cards[-1]
    window.view.centerOn(window.scene.card_items[card.id])
    point = window.view.mapFromScene(window.scene.card_items[card.id].sceneBoundingRect().center())
    hover(window.view.viewport(), point)
    QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.scene.selected_card_ids() == [card.id] and window.hint_label.text() != EMPTY_HINT
    window.view.set_zoom(2.5)
    window.view.horizontalScrollBar().setValue(window.view.horizontalScrollBar().maximum())
    window.view.verticalScrollBar().setValue(window.view.verticalScrollBar().maximum())


def test_a_start_on_the_last_file_shows_it_at_once_and_the_editor_takes_its_place(qtbot: QtBot, tmp_path) -> None:
    path = tmp_path / "map.journey"
    save_project(small_project(), path)
    left_on(qtbot, path, looked_around)  # the picture is of the window as a start shows it
    assert (first_frame_folder() / PICTURE).stat().st_size > 1000

    launch = launched(qtbot, None)  # the last file, as a plain `journeydesk` opens it
    first = launch.first_frame
    assert first is not None and launch.window is None
    assert first.fits() and first.windowTitle() == "map.journey[*] — JourneyDesk"  # the window as it closed
    first.show()
    shown = first.grab().toImage()  # painted from the recording: the editor is built after this
    window = built_behind(qtbot, launch)
    assert launch.showing is window and launch.first_frame is None
    assert not shiboken6.isValid(first) or not first.isVisible()  # gone
    assert window.document.path == path.resolve() and window.document.project == load_project(path)
    assert window.size() == first.size()
    built = window.grab().toImage().scaled(shown.size())
    assert differing_share(shown, built) < 0.02  # the map did not move or change under the person's eyes

    dock = open_dock(qtbot, window, "comments")  # the docks work as after any start
    assert dock.isVisible()
    window.scene.select_cards([window.scene.journey.cards[0].id])
    qtbot.keyClicks(window.inspector.forms["card"].title, " again")
    assert window.document.is_modified


def test_a_frame_is_shown_only_for_the_file_and_theme_it_was_recorded_for(
    qtbot: QtBot, last_file: Path, tmp_path
) -> None:
    path = last_file
    settings = AppSettings()
    assert recorded_first_frame(path, settings) is not None
    assert recorded_first_frame(None, settings) is None  # the sample
    assert recorded_first_frame(tmp_path / "other.journey", settings) is None

    project = small_project()
    project.title = "Changed elsewhere"
    save_project(project, path)  # saved by another program since
    assert recorded_first_frame(path, settings) is None
    launch = launched(qtbot, path)
    assert launch.first_frame is None and launch.window is not None  # built at once, as on a first start
    assert launch.window.document.project.title == "Changed elsewhere"

    left_on(qtbot, path)
    assert recorded_first_frame(path, settings) is not None
    settings.set_theme(settings.theme().__class__("dark"))
    assert recorded_first_frame(path, settings) is None


def test_a_window_of_another_size_shows_its_plain_background_until_the_editor_is_built(
    qtbot: QtBot, last_file: Path
) -> None:
    path = last_file
    launch = launched(qtbot, path)
    first = launch.first_frame
    assert first is not None
    first.resize(SIZE - QSize(100, 0))  # the screen changed, say
    first.show()
    shown = first.grab().toImage()
    assert len({shown.pixel(x, y) for x in range(0, shown.width(), 7) for y in range(0, shown.height(), 7)}) == 1
    assert built_behind(qtbot, launch).size() == SIZE - QSize(100, 0)


def test_unsaved_changes_and_other_documents_are_never_recorded(qtbot: QtBot, last_file: Path, open_window) -> None:
    path = last_file  # a picture kept from the last close, removed by any close that keeps none
    window = closes(qtbot, open_main_window(path, demo=False))
    window.show()
    qtbot.waitExposed(window)
    assert (first_frame_folder() / PICTURE).exists() and not window.warmed_up
    window.keep_first_frame()  # not settled yet: its first frames show the map before it is zoomed
    assert not (first_frame_folder() / PICTURE).exists()
    qtbot.waitUntil(lambda: window.warmed_up)
    window.edits.add_stage(window.scene.journey_id, 0, "Unsaved")
    window.keep_first_frame()
    assert not (first_frame_folder() / PICTURE).exists()
    untitled = open_window(small_project())  # neither a file nor the sample
    qtbot.waitUntil(lambda: untitled.warmed_up)
    untitled.keep_first_frame()
    assert not (first_frame_folder() / PICTURE).exists()

    demo = closes(qtbot, open_main_window(None, demo=True))
    demo.show()
    qtbot.waitUntil(lambda: demo.warmed_up)
    demo.close()
    assert recorded_first_frame(None, AppSettings()) is not None  # the sample, untouched


def test_a_damaged_recording_is_passed_over(qtbot: QtBot, last_file: Path) -> None:
    path = last_file
    picture = first_frame_folder() / PICTURE
    picture.write_bytes(picture.read_bytes()[:500] + os.urandom(2000))
    launch = launched(qtbot, path)
    assert launch.first_frame is None and launch.window is not None

    left_on(qtbot, path)
    assert recorded_first_frame(path, AppSettings()) is not None
    record = json.loads(QImage(os.fspath(picture)).text(RECORD))
    wrong_records = [
        *(json.dumps({**record, field: wrong}) for field, wrong in WRONG_FIELDS),
        json.dumps({**record, "extra": 1}),
        json.dumps([record]),
        "not json \x00",
        "",
    ]
    for wrong in wrong_records:
        with_record(picture, wrong)
        assert recorded_first_frame(path, AppSettings()) is None, wrong


WRONG_FIELDS = (("width", "wide"), ("height", -1), ("ratio", None), ("title", 7), ("ratio", 1e9), ("key", 3))


def with_record(picture: Path, record: str) -> None:
    """The picture written again with ``record`` as its record."""
    image = QImage(os.fspath(picture))
    image.setText(RECORD, record)
    assert image.save(os.fspath(picture), "PNG")


def test_closing_the_first_frame_ends_the_start(qtbot: QtBot, last_file: Path, monkeypatch) -> None:
    path = last_file
    launch = launched(qtbot, path)
    first = launch.first_frame
    assert first is not None
    first.show()
    first.grab()
    first.close()  # before the queued build runs
    qtbot.wait(50)
    assert launch.window is None and not first.isVisible()

    launch = launched(qtbot, path)
    later = launch.first_frame
    assert later is not None

    def built_then_closed(path: Path | None, demo: bool) -> MainWindow:
        """The build holds the event loop: the person's close is handled once it is done."""
        window = closes(qtbot, open_main_window(path, demo))
        later.close()
        return window

    monkeypatch.setattr(app, "open_main_window", built_then_closed)
    later.show()
    later.grab()
    qtbot.waitUntil(lambda: launch.window is not None)
    qtbot.wait(50)
    assert launch.window is not None and not launch.window.isVisible() and not later.isVisible()


def test_a_first_frame_never_painted_still_gives_way_to_the_main_window(qtbot: QtBot, last_file: Path) -> None:
    path = last_file
    launch = launched(qtbot, path)
    assert launch.first_frame is not None  # never shown: started minimised, say
    window = built_behind(qtbot, launch)
    assert window.isVisible() and window.document.path == path


def test_a_main_window_that_cannot_be_built_takes_the_first_frame_with_it(
    qtbot: QtBot, last_file: Path, monkeypatch
) -> None:
    path = last_file
    launch = launched(qtbot, path)
    first = launch.first_frame
    assert first is not None

    def broken(path: Path | None, demo: bool) -> MainWindow:
        raise RuntimeError("the window could not be built")

    monkeypatch.setattr(app, "open_main_window", broken)
    with qtbot.capture_exceptions() as raised:
        first.show()
        first.grab()
        qtbot.waitUntil(lambda: bool(raised))
    assert str(raised[0][1]) == "the window could not be built"
    assert not first.isVisible() and launch.first_frame is None and launch.window is None


def test_the_first_frame_is_painted_before_the_model_or_the_canvas_load(qtbot: QtBot, last_file: Path) -> None:
    path = last_file
    probe = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from journeydesk.ui.app import Launch\n"
        "heavy = lambda: sorted(n for n in sys.modules if n.split('.')[0] == 'pydantic'"
        " or n.startswith(('journeydesk.model', 'journeydesk.canvas', 'journeydesk.document')))\n"
        "app = QApplication([])\n"
        "launch = Launch(app, Path(sys.argv[1]), False)\n"
        "launch.begin()\n"
        "launch.showing.show()\n"
        "launch.showing.grab()\n"
        "print(launch.first_frame is not None, heavy())\n"
        "while launch.window is None:\n"
        "    app.processEvents()\n"
        "print(bool(heavy()))\n"
    )
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", probe, str(path)],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:2] == ["True []", "True"]
