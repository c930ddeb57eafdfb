"""How fast the editor follows an edit and paints a frame on a large map.

    python benchmarks/canvas_speed.py [--cards 10000] [--runs 20]

Moves cards between stages and undoes each move, timing document + scene (the model, the undo
stack, the relayout of the touched cells); then paints full frames at 100%, 25% and zoomed to fit.
Figures are medians, compared with the 16.7 ms a 60 Hz frame allows.
"""

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_journey import make_project
from PySide6.QtWidgets import QApplication

from journeydesk.canvas.scene import MapScene
from journeydesk.canvas.view import MapView
from journeydesk.document import JourneyDocument
from journeydesk.document.edits import Edits

FRAME_BUDGET_MS = 1000 / 60
VIEWPORT = (1600, 1000)


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=20)
    options = parser.parse_args()

    app = QApplication.instance() or QApplication([])
    document = JourneyDocument(make_project(options.cards, 8, 1))
    edits = Edits(document)
    start = time.perf_counter()
    scene = MapScene(document, edits)
    view = MapView(scene)
    view.resize(*VIEWPORT)
    view.show()
    app.processEvents()
    open_seconds = time.perf_counter() - start

    journey = scene.journey
    moves, undos = [], []
    step = max(1, len(journey.cards) // options.runs)
    for run in range(options.runs):
        card = journey.cards[(run * step) % len(journey.cards)]
        stage_index = next(i for i, stage in enumerate(journey.stages) if stage.id == card.stage_id)
        target = journey.stages[(stage_index + 1) % len(journey.stages)].id
        moves.append(timed(lambda c=card, t=target: edits.move_cards(scene.journey_id, [c.id], t, c.lane_id, 0)))
        undos.append(timed(document.undo_stack.undo))

    def frame() -> None:
        view.viewport().repaint()  # a real, synchronous paint of the whole viewport

    frames: dict[str, float] = {}
    for label, zoom in (("frame at 100%", 1.0), ("frame at 25%", 0.25), ("frame, whole map", None)):
        if zoom is None:
            view.zoom_to_fit()
        else:
            view.set_zoom(zoom)
        app.processEvents()
        frame()  # the first frame after a zoom change fills caches
        frames[label] = median_ms([timed(frame) for _ in range(5)])

    rows = [
        ("open (scene + view)", open_seconds * 1000),
        ("move a card", median_ms(moves)),
        ("undo the move", median_ms(undos)),
        *frames.items(),
    ]
    print(f"{options.cards} cards, {len(journey.stages)} stages, viewport {VIEWPORT[0]}x{VIEWPORT[1]}")
    print(f"{'operation':<24}{'median ms':>12}{'x 16.7 ms':>12}")
    for label, milliseconds in rows:
        print(f"{label:<24}{milliseconds:>12.2f}{milliseconds / FRAME_BUDGET_MS:>12.2f}")
    print(f"worst move {max(moves) * 1000:.2f} ms, worst undo {max(undos) * 1000:.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
