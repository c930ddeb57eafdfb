"""Measurements that need a fresh process, run by benchmarks/run.py; each prints one JSON line.

probes.py startup app|bare
    wall-clock time (time.time()) once the first window is shown and painted: the app as the
    journeydesk command starts it (on the sample journey), or a bare QApplication + QMainWindow;
    for the app also whether that was the first frame recorded as the start before closed, the time
    once the main window has taken its place (painted, ready to edit), then, after a second of
    idling, the seconds of the first edit and of the first open of each dock, each with the same
    done again; then the edits are undone and the window closed
probes.py open app FILE
    the app started, then FILE opened as File > Open does, until the map's first frame is painted:
    seconds, peak memory, and the view's zoom and viewport size
probes.py open raw FILE BOXES ZOOM WIDTH HEIGHT
    the baseline: json.load of FILE, a raw scene of the rectangles in BOXES (a JSON list) with the
    cards' titles, shown at ZOOM in a WIDTH x HEIGHT viewport until painted; seconds and peak memory
"""

import contextlib
import json
import os
import resource
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from journeydesk.ui.main_window import MainWindow

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
WINDOW = (1600, 1000)
PERSON_ACTS_AFTER_S = 1.0  # the least time between a window appearing and a person's first click


def peak_mb() -> float:
    """This process's peak resident memory. Linux's ru_maxrss counts the parent's memory at the fork
    before this program started, so the kernel's high-water mark of this program is read instead."""
    with contextlib.suppress(OSError, StopIteration):
        status = Path("/proc/self/status").read_text().splitlines()
        return int(next(line.split()[1] for line in status if line.startswith("VmHWM:"))) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def startup(kind: str) -> dict:
    if kind == "bare":
        from PySide6.QtWidgets import QApplication, QMainWindow

        app = QApplication([])
        window: QMainWindow = QMainWindow()
    else:  # as `journeydesk --demo` starts, up to its event loop
        from journeydesk.ui.app import start
        from journeydesk.ui.platform_check import window_system_problem

        assert window_system_problem() is None
        launch = start(None, demo=True)
        app, window = launch.app, launch.showing
    window.resize(*WINDOW)
    window.show()
    app.processEvents()
    window.repaint()
    shown = time.time()
    if kind == "bare":
        return {"shown": shown}
    first_frame = launch.first_frame is not None and launch.first_frame.fits()  # the map, not a blank window
    deadline = time.perf_counter() + 60
    while not launch.ready:  # the main window built behind the first frame, painted, and in its place
        if time.perf_counter() > deadline:
            raise TimeoutError("the main window did not take the first frame's place within a minute")
        app.processEvents()
    editable = time.time()
    built = launch.window
    assert built is not None
    idle(app, PERSON_ACTS_AFTER_S)
    result = {
        "shown": shown,
        "first frame": first_frame,
        "editable": editable,
        "first edit": first_edit(app, built),
        "first open": first_opens(app, built),
    }
    built.document.undo_stack.setIndex(0)  # the edits undone, the window closed as a person quits: the
    built.close()  # first frame of the next start is recorded
    launch.guard.stand_down()  # as the app does when its event loop ends: nobody is left to answer a message
    return result


def idle(app: "QApplication", seconds: float) -> None:
    """The event loop running with nothing to do, as it does while a person looks at the window."""
    until = time.perf_counter() + seconds
    while time.perf_counter() < until:
        app.processEvents()
        time.sleep(0.005)


def first_edit(app: "QApplication", window: "MainWindow") -> list[float]:
    """Seconds for the first edit after start-up, as a person makes it, and for the same edit again:
    a card selected (the inspector shows its form), its title changed, window painted."""
    from journeydesk.document import Ref

    scene = window.scene
    seconds = []
    for number, card in enumerate(scene.journey.cards[:2]):
        start = time.perf_counter()
        scene.select_cards([card.id])
        app.processEvents()
        window.edits.set_fields(Ref("card", scene.journey_id, card.id), {"title": f"Title {number}"}, "Edit title")
        app.processEvents()
        window.repaint()
        seconds.append(time.perf_counter() - start)
    return seconds


def first_opens(app: "QApplication", window: "MainWindow") -> dict[str, list[float]]:
    """Seconds to open each dock by its View menu toggle (raised and painted) for the first time after
    start-up, and again after closing it."""
    seconds: dict[str, list[float]] = {}
    for name, dock in window.docks.docks.items():
        seconds[name] = []
        for _ in range(2):
            start = time.perf_counter()
            if not dock.isVisible():
                dock.toggleViewAction().trigger()
            dock.raise_()
            app.processEvents()
            window.repaint()
            seconds[name].append(time.perf_counter() - start)
            dock.toggleViewAction().trigger()  # closed, for the second open
            app.processEvents()
    return seconds


def open_app(path: Path) -> dict:
    from PySide6.QtWidgets import QApplication

    from journeydesk.ui.app import open_main_window

    app = QApplication([])
    window = open_main_window(None, demo=True)
    window.resize(*WINDOW)
    window.show()
    app.processEvents()
    start = time.perf_counter()
    assert window.files.open(path)
    app.processEvents()
    window.view.viewport().repaint()
    seconds = time.perf_counter() - start
    viewport = window.view.viewport().size()
    return {
        "seconds": seconds,
        "peak_mb": peak_mb(),
        "zoom": window.view.zoom,
        "viewport": [viewport.width(), viewport.height()],
    }


def open_raw(path: Path, boxes_path: Path, zoom: float, width: int, height: int) -> dict:
    from PySide6.QtWidgets import QApplication
    from raw_scene import build_scene, look_at, make_view, titles_of

    app = QApplication([])
    boxes = json.loads(boxes_path.read_text())
    view = make_view(width, height)
    view.show()
    view.resize(width + view.width() - view.viewport().width(), height + view.height() - view.viewport().height())
    app.processEvents()
    start = time.perf_counter()
    with path.open("rb") as file:
        document = json.load(file)
    scene = build_scene(boxes, titles_of(document))
    view.setScene(scene)
    look_at(view, zoom, width / zoom / 2, height / zoom / 2)  # the top-left corner, as the app opens a map
    app.processEvents()
    view.viewport().repaint()
    return {"seconds": time.perf_counter() - start, "peak_mb": peak_mb()}


def main(arguments: list[str]) -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    match arguments:
        case ["startup", kind]:
            result = startup(kind)
        case ["open", "app", path]:
            result = open_app(Path(path))
        case ["open", "raw", path, boxes, zoom, width, height]:
            result = open_raw(Path(path), Path(boxes), float(zoom), int(width), int(height))
        case _:
            print(__doc__, file=sys.stderr)
            return 2
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
