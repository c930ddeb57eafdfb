"""Every wait a user has, timed against the raw cost of the libraries underneath, in one table.

    python benchmarks/run.py [--cards 1000,10000] [--runs 5]

For each size, a journey from make_journey.py (8 stages, seed 1) is written to a temporary file.
Each operation is run turn about with its baseline, several times, and the medians compared:

  start-up          `journeydesk --demo` to its map painted (the first frame recorded by the start
                    before), and to the main window built behind it, ready to edit, against a bare
                    QApplication + QMainWindow; then, after a second of idling, the first edit and
                    each dock's first open, against the same done again in that process
  open              File > Open to the map's first painted frame, against json.load plus a raw scene
                    (raw_scene.py) of one rectangle and text per card, painted once; each in a fresh process
  frame 100% / 25%  one full repaint of a 1600 x 1000 view, against the raw scene in the same view
  frame, whole map  the same, zoomed to show the whole map
  move, undo        moving a card to the next stage and undoing it (document + scene), against the 16.7 ms
                    a 60 Hz frame allows
  load, save        load_project / save_project, against json.loads / json.dumps of the same data (the
                    raw save written by the same atomic, fsynced write)
  Excel, PDF        the exports, against raw openpyxl and reportlab (excel_speed.py, pdf_speed.py)
  ..., command      `journeydesk export FILE -o OUT` as a whole process, against a whole process of
                    raw_writers.py writing the same cells, drawing the same shapes and strings, or
                    making the same SVG elements or slides (targets: 1.5x for Excel and PDF, 2x for
                    HTML and PowerPoint, as in process)
  HTML, PowerPoint  against the same SVG as plain strings and python-pptx's own calls (html_speed.py,
                    pptx_speed.py)
  memory            peak resident memory with the map open in the app, against the raw scene's process

The targets (the issue's, for 10,000 cards on 2 cores) are checked for sizes from 10,000 cards and
for start-up; smaller sizes show their figures and ratios only.
"""

import argparse
import contextlib
import gc
import json
import os
import pickle
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import excel_speed
import html_speed
import pdf_speed
import pptx_speed
import PySide6
from make_journey import make_project
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QGraphicsView
from raw_scene import build_scene, look_at, make_view
from reportlab.pdfbase import pdfmetrics
from timing import paired_medians, seconds

from journeydesk.canvas.scene import MapScene
from journeydesk.canvas.view import MapView
from journeydesk.document import JourneyDocument
from journeydesk.document.edits import Edits
from journeydesk.io import load_project, save_project
from journeydesk.io.atomic import atomic_write
from journeydesk.layout import METRICS, compute_grid
from journeydesk.model.cells import CellIndex
from journeydesk.model.project import Project

HERE = Path(__file__).resolve().parent
FRAME_MS = 1000 / 60
TARGETS_FROM = 10_000  # cards
STARTUP_TARGET = 2.0  # times the bare window
VIEWPORT = (1600, 1000)


@dataclass
class Row:
    """One line of the table: our figure, the baseline's, and the target for their ratio."""

    cards: str
    operation: str
    ours: float
    raw: float
    unit: str
    target: float | None  # the ratio to stay at or under
    also_under_ms: float | None = None  # and an absolute limit, for frames

    @property
    def ratio(self) -> float:
        return self.ours / self.raw

    @property
    def met(self) -> str:
        if self.target is None:
            return ""
        within = self.ratio <= self.target and (self.also_under_ms is None or self.ours <= self.also_under_ms)
        return "yes" if within else "NO"

    @property
    def target_text(self) -> str:
        if self.target is None:
            return ""
        limit = f", < {self.also_under_ms:.0f} ms" if self.also_under_ms else ""
        return f"<= {self.target:g}x{limit}"


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError, StopIteration):  # /proc/cpuinfo names the processor on Linux
        cpu = next(
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        )
    return (
        f"{cpu}, {os.cpu_count()} cores; Python {platform.python_version()}, "
        f"PySide6 {PySide6.__version__}, {platform.system()} (Qt platform {os.environ['QT_QPA_PLATFORM']})"
    )


def probe(*arguments: str, config: Path) -> dict:
    """Run probes.py in a fresh process with its own settings folder; its JSON answer.

    Compiled bytecode is kept (in a folder beside the settings), as it is for an installed app from
    its second start on, even where PYTHONDONTWRITEBYTECODE is set."""
    environment = {**os.environ, "XDG_CONFIG_HOME": str(config), "PYTHONPYCACHEPREFIX": str(config / "bytecode")}
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    result = subprocess.run(
        [sys.executable, str(HERE / "probes.py"), *arguments],
        capture_output=True,
        text=True,
        env=environment,
        timeout=600,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"probes.py {' '.join(arguments)} failed:\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def startup_rows(runs: int, config: Path) -> list[Row]:
    """Start-up to the first frame, and to the main window ready to edit, against the bare window;
    then the first edit and each dock's first open against the same done again in the same process:
    what start-up leaves for later must not land on them. The first start records the first frame
    that the others show (as a person's first start of a file does), and compiles the bytecode."""

    def spawn(kind: str) -> tuple[float, dict]:
        start = time.time()
        result = probe("startup", kind, config=config)
        return result["shown"] - start, {**result, "started": start}

    spawn("app"), spawn("bare")
    ours, bare, results = [], [], []
    for _ in range(runs):
        seconds, result = spawn("app")
        if not result["first frame"]:
            raise RuntimeError("the app started without the first frame the start before it recorded")
        ours.append(seconds)
        results.append(result)
        bare.append(spawn("bare")[0])

    def median_ms(values: list[float]) -> float:
        return statistics.median(values) * 1000

    editable = [result["editable"] - result["started"] for result in results]
    rows = [
        Row("any", "start-up to map painted", median_ms(ours), median_ms(bare), "ms", STARTUP_TARGET),
        Row("any", "start-up to map editable", median_ms(editable), median_ms(bare), "ms", None),
    ]
    edits = [result["first edit"] for result in results]
    rows.append(
        Row("any", "first edit / again", median_ms([e[0] for e in edits]), median_ms([e[1] for e in edits]), "ms", None)
    )
    for name in results[0]["first open"]:
        opens = [result["first open"][name] for result in results]
        rows.append(
            Row(
                "any",
                f"open {name} / again",
                median_ms([o[0] for o in opens]),
                median_ms([o[1] for o in opens]),
                "ms",
                None,
            )
        )
    return rows


def card_boxes(project: Project) -> list[tuple[float, float, float, float]]:
    """Where the map puts each card of the first journey, in file order: the raw scene's rectangles."""
    journey = project.journeys[0]
    index = CellIndex(journey)
    grid = compute_grid(journey.stages, journey.lanes, index.counts(), METRICS)
    boxes = []
    for card in journey.cards:
        rect = grid.card_rect((card.stage_id, card.lane_id), index.cell_index(card.id))
        boxes.append((rect.x, rect.y, rect.width, rect.height))
    return boxes


def open_and_memory_rows(label: str, path: Path, runs: int, config: Path) -> list[Row]:
    boxes = path.with_suffix(".boxes.json")
    boxes.write_text(json.dumps(card_boxes(load_project(path))))
    ours, raw = [], []
    for _ in range(runs):
        ours.append(probe("open", "app", str(path), config=config))
        first = ours[0]
        raw.append(
            probe("open", "raw", str(path), str(boxes), str(first["zoom"]), *map(str, first["viewport"]), config=config)
        )

    def median(results: list[dict], key: str) -> float:
        return statistics.median(result[key] for result in results)

    return [
        Row(label, "open to first frame", median(ours, "seconds") * 1000, median(raw, "seconds") * 1000, "ms", 1.5),
        Row(label, "peak memory, map open", median(ours, "peak_mb"), median(raw, "peak_mb"), "MB", 2.0),
    ]


def editor_rows(label: str, project: Project, runs: int) -> list[Row]:
    """Frames, and a move and its undo, on our canvas and on the raw scene, in views of the same size."""
    app = QApplication.instance() or QApplication([])
    document = JourneyDocument(project.model_copy(deep=True))
    edits = Edits(document)
    scene = MapScene(document, edits)
    view = MapView(scene)
    raw = make_view(*VIEWPORT)
    raw.setScene(build_scene(card_boxes(project), [card.title for card in project.journeys[0].cards]))
    for shown in (view, raw):
        shown.show()
        shown.resize(
            VIEWPORT[0] + shown.width() - shown.viewport().width(),
            VIEWPORT[1] + shown.height() - shown.viewport().height(),
        )
    app.processEvents()

    def frame(shown: QGraphicsView) -> Callable[[], None]:
        return lambda: shown.viewport().repaint()  # a real, synchronous paint of the whole viewport

    rows = []
    centre = scene.map_rect().center()
    view.zoom_to_fit()
    for name, zoom in (("frame at 100%", 1.0), ("frame at 25%", 0.25), ("frame, whole map", view.zoom)):
        view.set_zoom(zoom)
        view.centerOn(centre)
        look_at(raw, zoom, centre.x(), centre.y())
        app.processEvents()
        frame(view)()  # the first frame after a zoom change fills caches
        frame(raw)()
        ours, base = paired_medians(frame(view), frame(raw), runs)
        zoomed_out = zoom < 1
        rows.append(
            Row(
                label,
                name,
                ours * 1000,
                base * 1000,
                "ms",
                0.5 if zoomed_out else None,
                FRAME_MS if zoomed_out else None,
            )
        )

    journey = scene.journey
    moves, undos = [], []
    step = max(1, len(journey.cards) // (runs * 4))
    for run in range(runs * 4):
        card = journey.cards[(run * step) % len(journey.cards)]
        stage = next(number for number, stage in enumerate(journey.stages) if stage.id == card.stage_id)
        target = journey.stages[(stage + 1) % len(journey.stages)].id
        moves.append(seconds(lambda c=card, t=target: edits.move_cards(scene.journey_id, [c.id], t, c.lane_id, 0)))
        undos.append(seconds(document.undo_stack.undo))
    rows += [
        Row(label, "move a card", statistics.median(moves) * 1000, FRAME_MS, "ms", 1.0),
        Row(label, "undo the move", statistics.median(undos) * 1000, FRAME_MS, "ms", 1.0),
    ]
    for shown in (view, raw):
        shown.close()
        shown.deleteLater()
    scene.retire()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # as the event loop would: the next rows start clean
    gc.collect()
    return rows


def file_rows(label: str, path: Path, runs: int) -> list[Row]:
    project = load_project(path)
    data = path.read_bytes()
    document = json.loads(data)
    ours_path, raw_path = path.with_suffix(".saved.journey"), path.with_suffix(".raw.json")
    load = paired_medians(lambda: load_project(path), lambda: json.loads(path.read_bytes()), runs)
    save = paired_medians(
        lambda: save_project(project, ours_path),
        lambda: atomic_write(raw_path, json.dumps(document, indent=2, ensure_ascii=False).encode() + b"\n"),
        runs,
    )
    return [
        Row(label, "load (parse + validate)", load[0] * 1000, load[1] * 1000, "ms", 3.0),
        Row(label, "save", save[0] * 1000, save[1] * 1000, "ms", 2.0),
    ]


def export_rows(label: str, project: Project, runs: int) -> list[Row]:
    excel = excel_speed.measure(project, runs)
    pdf = pdf_speed.measure(project, runs)
    html = html_speed.measure(project, runs)
    pptx = pptx_speed.measure(project, runs)
    return [
        Row(label, "Excel export", excel[0] * 1000, excel[1] * 1000, "ms", excel_speed.TARGET),
        Row(label, "PDF export", pdf[0] * 1000, pdf[1] * 1000, "ms", pdf_speed.TARGET),
        Row(label, "HTML export", html[0] * 1000, html[1] * 1000, "ms", html_speed.TARGET),
        Row(label, "PowerPoint export", pptx[0] * 1000, pptx[1] * 1000, "ms", pptx_speed.TARGET),
    ]


def command(*arguments: str, config: Path) -> float:
    """Wall-clock seconds of a whole command in a fresh process (bytecode cached, as probe() has it)."""
    environment = {**os.environ, "XDG_CONFIG_HOME": str(config), "PYTHONPYCACHEPREFIX": str(config / "bytecode")}
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.perf_counter()
    result = subprocess.run([sys.executable, *arguments], capture_output=True, text=True, env=environment, check=False)
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(arguments)} failed:\n{result.stderr}")
    return seconds


def export_command_rows(label: str, path: Path, project: Project, runs: int, config: Path) -> list[Row]:
    """`journeydesk export` as a whole command against a whole raw process (raw_writers.py) writing
    the same cells, drawing the same shapes and strings, or formatting the same elements and
    shapes: start-up and loading included."""
    pdf_speed.fonts.register()
    titles = [card.title for journey in project.journeys for card in journey.cards]
    rows = pdf_speed.register_rows(project)
    inputs = {
        "xlsx": excel_speed.cells_of(excel_speed.workbook_bytes(project)),
        "pdf": {
            "fonts": {
                name: pdfmetrics.getFont(name).face.filename
                for name in (pdf_speed.fonts.REGULAR, pdf_speed.fonts.BOLD, pdf_speed.fonts.OBLIQUE)
            },
            "pages": pdf_speed.map_shapes(project),
            "rows": rows,
        },
        "html": html_speed.raw_inputs(project, html_speed.element_counts(project)),
        "pptx": {"titles": titles, "rows": rows},
    }
    comparisons = (  # the format, its ending, its options, and the target as a whole command
        ("Excel", "xlsx", [], 1.5),
        ("PDF", "pdf", ["--page-size", "A3", "--fit", "page"], 1.5),
        ("HTML", "html", [], html_speed.TARGET),
        ("PowerPoint", "pptx", [], pptx_speed.TARGET),
    )
    raw = str(HERE / "raw_writers.py")
    result = []
    for name, ending, options, target in comparisons:
        given, out = path.with_suffix(f".{ending}.pickle"), path.with_suffix(f".{ending}")
        given.write_bytes(pickle.dumps(inputs[ending]))
        ours = ["-m", "journeydesk", "export", str(path), "-o", str(out), *options]
        baseline = [raw, ending, str(given), str(out)]
        command(*ours, config=config)  # bytecode compiled and cached, files made
        command(*baseline, config=config)
        mine, base = [], []
        for _ in range(runs):
            mine.append(command(*ours, config=config))
            base.append(command(*baseline, config=config))
        medians = statistics.median(mine) * 1000, statistics.median(base) * 1000
        result.append(Row(label, f"{name} export, command", *medians, "ms", target))
    return result


def table(rows: list[Row]) -> str:
    lines = [
        f"{'cards':>6}  {'operation':<26}{'ours':>10}{'raw':>10}  {'unit':<4}{'ratio':>7}  {'target':<18}{'met':<3}"
    ]
    for row in rows:
        lines.append(
            f"{row.cards:>6}  {row.operation:<26}{row.ours:>10.1f}{row.raw:>10.1f}  {row.unit:<4}"
            f"{row.ratio:>7.2f}  {row.target_text:<18}{row.met}"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", default="1000,10000", help="journey sizes, comma-separated (default 1000,10000)")
    parser.add_argument("--runs", type=int, default=5, help="runs of each operation (default 5)")
    options = parser.parse_args()
    try:
        sizes = [int(size) for size in options.cards.split(",")]
    except ValueError:
        parser.error(f"--cards takes whole numbers separated by commas, not {options.cards!r}")
    if options.runs < 1 or any(size < 1 for size in sizes):
        parser.error("--runs and every size must be at least 1")

    print(machine())
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as folder:
        config = Path(folder) / "config"
        rows += startup_rows(options.runs, config)
        for size in sizes:
            project = make_project(size, 8, 1)
            path = Path(folder) / f"map-{size}.journey"
            save_project(project, path)
            label = f"{size:,}"
            measured = [
                *open_and_memory_rows(label, path, max(1, options.runs // 2 + 1), config),
                *editor_rows(label, project, options.runs),
                *file_rows(label, path, options.runs),
                *export_rows(label, project, max(1, options.runs // 2 + 1)),
                *export_command_rows(label, path, project, max(1, options.runs // 2 + 1), config),
            ]
            if size < TARGETS_FROM:  # the targets are set for large maps; smaller ones show their figures
                measured = [replace(row, target=None, also_under_ms=None) for row in measured]
            rows += measured
    print(table(rows))
    missed = [f"{row.cards} {row.operation}" for row in rows if row.met == "NO"]
    print(f"targets missed: {', '.join(missed)}" if missed else "every target met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
