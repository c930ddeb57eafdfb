"""The PDF deliverable: map pages (one page per journey, or tiles at a readable size), then persona
pages, the pain-point register, the improvement backlog and the health check."""

import datetime as dt
import io
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from reportlab.lib.pagesizes import A1, A2, A3, A4, landscape, letter
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate

from journeydesk.export.pdf import fonts
from journeydesk.export.pdf.colors import rl
from journeydesk.export.pdf.map_painter import MapPainter
from journeydesk.export.pdf.registers import register_pages
from journeydesk.export.pdf.text_fit import ellipsize
from journeydesk.io.atomic import atomic_write
from journeydesk.io.errors import JourneyDeskError
from journeydesk.layout import METRICS, compute_grid, theme
from journeydesk.layout.geometry import Point, Rect
from journeydesk.layout.grid import GridLayout
from journeydesk.model.cells import CellIndex
from journeydesk.model.enums import CardKind
from journeydesk.model.journey import Journey
from journeydesk.model.project import Project
from journeydesk.model.subset import project_subset

PAGE_SIZES = {"A4": A4, "A3": A3, "A2": A2, "A1": A1, "Letter": letter, "Tabloid": (792.0, 1224.0)}
Fit = Literal["page", "tile"]
MARGIN = 28.0
TITLE_HEIGHT = 46.0
LEGEND_HEIGHT = 30.0
TILE_SCALE = 0.8  # map units to points when tiling: card titles print at about 7 points
TILE_OVERLAP = 18.0  # points each tile repeats of its neighbours
Progress = Callable[[int, int], bool]  # (done, total) -> False to cancel


class ExportCancelledError(JourneyDeskError):
    """The person cancelled a long export; nothing was written."""


@dataclass(frozen=True)
class PdfOptions:
    page_size: str = "A3"
    fit: Fit = "page"
    journey_ids: Sequence[str] | None = None


def export_pdf(
    project: Project,
    path: str | Path,
    options: PdfOptions = PdfOptions(),
    progress: Progress | None = None,
    today: dt.date | None = None,
) -> None:
    """Write the PDF atomically; on failure or cancel the target is untouched."""
    atomic_write(path, pdf_bytes(project, options, progress, today))


@dataclass
class Plan:
    """What one journey's map pages show: the grid, the scale, and the window of each page."""

    journey: Journey
    index: CellIndex
    grid: GridLayout
    scale: float
    windows: list[tuple[Rect, int, int]]  # the map window, the tile's row and column
    rows: int = 1
    columns: int = 1


def plan_journey(journey: Journey, area: tuple[float, float], fit: Fit) -> Plan:
    index = CellIndex(journey)
    grid = compute_grid(journey.stages, journey.lanes, index.counts(), METRICS)
    width, height = area
    if fit == "page":
        scale = min(width / grid.width, height / grid.height)
        return Plan(journey, index, grid, scale, [(grid.bounds, 0, 0)])
    metrics, scale = grid.metrics, TILE_SCALE
    head_w, head_h = metrics.lane_header_width, metrics.stage_header_height + metrics.grid_gap
    window_w, window_h = width / scale - head_w, height / scale - head_h
    overlap = TILE_OVERLAP / scale
    content = grid.grid_rect()
    columns = max(1, math.ceil((content.width - overlap) / (window_w - overlap)))
    rows = max(1, math.ceil((content.height - overlap) / (window_h - overlap)))
    windows = [
        (
            Rect(content.x + column * (window_w - overlap), content.y + row * (window_h - overlap), window_w, window_h),
            row,
            column,
        )
        for row in range(rows)
        for column in range(columns)
    ]
    return Plan(journey, index, grid, scale, windows, rows, columns)


class MapPage(Flowable):
    """One page of a journey's map: a title block, the map (or a tile of it), a legend."""

    def __init__(
        self, project: Project, plan: Plan, tile: int, today: dt.date, progress: Callable[[int], None]
    ) -> None:
        super().__init__()
        self.project, self.plan, self.tile, self.today, self.progress = project, plan, tile, today, progress

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = available_width, available_height
        return available_width, available_height

    def draw(self) -> None:
        canvas: Canvas = self.canv
        plan = self.plan
        window, row, column = plan.windows[self.tile]
        self.draw_title(canvas, plan.journey, row, column)
        top = self.height - TITLE_HEIGHT
        map_height = self.height - TITLE_HEIGHT - LEGEND_HEIGHT
        if len(plan.windows) == 1:
            used_w, used_h = plan.grid.width * plan.scale, plan.grid.height * plan.scale
            origin = Point((self.width - used_w) / 2, top - (map_height - used_h) / 2)
            MapPainter(
                canvas, self.project, plan.journey, plan.index, plan.grid, plan.scale, origin, window, self.progress
            ).draw_map()
        else:
            self.draw_tile(canvas, window, top)
        self.draw_legend(canvas)

    def draw_tile(self, canvas: Canvas, window: Rect, top: float) -> None:
        """A window of the grid, with the stage and lane headers repeated along its edges."""
        plan, metrics, scale = self.plan, self.plan.grid.metrics, self.plan.scale
        head_w, head_h = metrics.lane_header_width * scale, (metrics.stage_header_height + metrics.grid_gap) * scale
        content = MapPainter(
            canvas,
            self.project,
            plan.journey,
            plan.index,
            plan.grid,
            scale,
            Point(head_w, top - head_h),
            window,
            self.progress,
        )
        canvas.saveState()
        content.clip_to_window()
        content.draw_grid()
        content.draw_links()
        content.draw_cards()
        content.draw_emotion_curve()
        canvas.restoreState()
        stage_strip = Rect(window.x, metrics.stage_header_top, window.width, metrics.stage_header_height)
        stages = MapPainter(
            canvas, self.project, plan.journey, plan.index, plan.grid, scale, Point(head_w, top), stage_strip
        )
        canvas.saveState()
        stages.clip_to_window()
        stages.draw_stage_headers()
        canvas.restoreState()
        lane_strip = Rect(0, window.y, metrics.lane_header_width, window.height)
        lanes = MapPainter(
            canvas, self.project, plan.journey, plan.index, plan.grid, scale, Point(0, top - head_h), lane_strip
        )
        canvas.saveState()
        lanes.clip_to_window()
        lanes.draw_lane_headers()
        canvas.restoreState()
        self.draw_crop_marks(canvas, head_w, top - head_h, window.width * scale, window.height * scale)

    def draw_crop_marks(self, canvas: Canvas, x: float, top: float, width: float, height: float) -> None:
        """Marks at the corners of the tile, for trimming and joining the printed pages."""
        canvas.setStrokeColor(theme.MUTED_TEXT)
        canvas.setLineWidth(0.4)
        mark = 8.0
        for cx, cy in ((x, top), (x + width, top), (x, top - height), (x + width, top - height)):
            canvas.line(cx - mark, cy, cx + mark, cy)
            canvas.line(cx, cy - mark, cx, cy + mark)

    def draw_title(self, canvas: Canvas, journey: Journey, row: int, column: int) -> None:
        project, plan = self.project, self.plan
        y = self.height - 16
        facts = [f"Version {project.version}", self.today.isoformat(), project.author, project.organisation]
        if len(plan.windows) > 1:
            facts.insert(0, f"Tile {self.tile + 1} of {len(plan.windows)}: row {row + 1}, column {column + 1}")
        facts_text = "  ·  ".join(fact for fact in facts if fact)
        facts_width = fonts.width(facts_text, 8)
        canvas.setFillColor(theme.TEXT)
        title_room = self.width - facts_width - 24
        fonts.draw(canvas, 0, y, ellipsize(project.title, 15, title_room, fonts.BOLD), 15, fonts.BOLD)
        persona = project.persona(journey.persona_id) if journey.persona_id else None
        line = journey.heading()
        if persona is not None:
            line += f" · Persona: {persona.name}" + (f", {persona.role}" if persona.role else "")
        canvas.setFillColor("#3a4150")
        fonts.draw(canvas, 0, y - 17, ellipsize(line, 9.5, self.width * 0.72), 9.5)
        canvas.setFillColor(theme.MUTED_TEXT)
        fonts.draw(canvas, self.width - facts_width, y, facts_text, 8)
        if len(plan.windows) > 1:
            self.draw_tile_map(canvas, row, column, y - 34)

    def draw_tile_map(self, canvas: Canvas, row: int, column: int, bottom: float) -> None:
        """A small grid of the tiles, this one filled: where the page goes in the whole map."""
        plan = self.plan
        cell = 6.0
        left = self.width - plan.columns * (cell + 1)
        for r in range(plan.rows):
            for c in range(plan.columns):
                canvas.setFillColor(theme.SELECTION if (r, c) == (row, column) else "#dfe3e9")
                canvas.rect(
                    left + c * (cell + 1),
                    bottom + (plan.rows - 1 - r) * (cell + 1) - (plan.rows - 1) * 7,
                    cell,
                    cell,
                    stroke=0,
                    fill=1,
                )

    def draw_legend(self, canvas: Canvas) -> None:
        """What the colours, icons and badges mean, along the bottom of the page."""
        y, x = 8.0, 0.0
        canvas.setFont(fonts.REGULAR, 7.5)
        for kind in CardKind:
            style = theme.CARD_STYLES[kind]
            canvas.setFillColor(style.fill)
            canvas.setStrokeColor(theme.CARD_BORDER)
            canvas.roundRect(x, y - 2, 18, 11, 2, stroke=1, fill=1)
            canvas.setFillColor(style.accent)
            canvas.rect(x, y - 2, 3, 11, stroke=0, fill=1)
            canvas.setFillColor(theme.TEXT)
            fonts.draw(canvas, x + 23, y + 1, kind.label, 7.5)
            x += 33 + fonts.width(kind.label, 7.5)
        x += 6
        canvas.setFillColor(theme.TEXT)
        fonts.draw(canvas, x, y + 1, "Severity", 7.5)
        x += fonts.width("Severity", 7.5) + 6
        for number, color in enumerate(theme.SEVERITY_COLORS, 1):
            canvas.setFillColor(color)
            canvas.circle(x + 3, y + 3.5, 3, stroke=0, fill=1)
            canvas.setFillColor(theme.MUTED_TEXT)
            fonts.draw(canvas, x + 8, y + 1, str(number), 7)
            x += 18
        x += 10
        canvas.setFillColor(theme.TEXT)
        fonts.draw(canvas, x, y + 1, "Emotion", 7.5)
        x += fonts.width("Emotion", 7.5) + 6
        for score, color in theme.EMOTION_COLORS.items():
            canvas.setFillColor(color)
            canvas.circle(x + 3.5, y + 3.5, 3.5, stroke=0, fill=1)
            canvas.setFillColor(theme.MUTED_TEXT)
            label = f"{score:+d}" if score else "0"
            fonts.draw(canvas, x + 9, y + 1, label, 7)
            x += 14 + fonts.width(label, 7) + 4
        x += 10
        canvas.setStrokeColor(theme.CARD_STYLES[CardKind.IMPROVEMENT].accent)
        canvas.setLineWidth(1.3)
        canvas.line(x, y + 3.5, x + 18, y + 3.5)
        canvas.setFillColor(theme.TEXT)
        fonts.draw(canvas, x + 23, y + 1, "An action addresses a pain point", 7.5)


class NumberedCanvas(Canvas):
    """A canvas that knows the page count when it finishes, for "Page 3 of 12", and reads "#rrggbb"
    colours through a cache (reportlab would parse the text on every call)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def setFillColor(self, color: Any, alpha: float | None = None) -> None:  # noqa: N802 (reportlab's name)
        super().setFillColor(rl(color) if isinstance(color, str) else color, alpha)

    def setStrokeColor(self, color: Any, alpha: float | None = None) -> None:  # noqa: N802 (reportlab's name)
        super().setStrokeColor(rl(color) if isinstance(color, str) else color, alpha)

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, 1):
            self.__dict__.update(state)
            self.setFont(fonts.REGULAR, 7.5)
            self.setFillColor(theme.MUTED_TEXT)
            label = f"Page {number} of {total}"
            width, _ = self._pagesize
            self.drawString(width - MARGIN - fonts.width(label, 7.5), 14, label)
            super().showPage()
        super().save()


def pdf_bytes(
    project: Project, options: PdfOptions = PdfOptions(), progress: Progress | None = None, today: dt.date | None = None
) -> bytes:
    fonts.register()
    if options.page_size not in PAGE_SIZES:
        raise ValueError(f"unknown page size {options.page_size!r}; choose one of {', '.join(PAGE_SIZES)}")
    exported = project_subset(project, options.journey_ids)
    today = today or dt.date.today()
    page = landscape(PAGE_SIZES[options.page_size])
    frame_w, frame_h = page[0] - 2 * MARGIN, page[1] - 2 * MARGIN
    area = (frame_w, frame_h - TITLE_HEIGHT - LEGEND_HEIGHT)
    plans = [plan_journey(journey, area, options.fit) for journey in exported.journeys]
    total = sum(len(plan.journey.cards) * len(plan.windows) for plan in plans) or 1
    done = 0

    def advance(count: int) -> None:
        nonlocal done
        done += count
        if progress is not None and not progress(min(done, total), total):
            raise ExportCancelledError("the export was cancelled; nothing was written")

    story: list[Flowable] = []
    for plan in plans:
        for tile in range(len(plan.windows)):
            story += [MapPage(exported, plan, tile, today, advance), PageBreak()]
    story += register_pages(exported)
    buffer = io.BytesIO()
    document = BaseDocTemplate(
        buffer,
        pagesize=page,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=f"{project.title}",
        author=project.author or "JourneyDesk",
        subject="Customer journey map",
        creator="JourneyDesk",
        keywords=["customer journey map", *(journey.name for journey in exported.journeys)],
        initialFontName=fonts.REGULAR,  # reportlab's page preamble would name Helvetica, never embedded
    )
    document.addPageTemplates(
        [
            PageTemplate(
                id="page",
                frames=[
                    Frame(
                        MARGIN, MARGIN, frame_w, frame_h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0
                    )
                ],
            )
        ]
    )
    document.build(story, canvasmaker=NumberedCanvas)
    if progress is not None:
        progress(total, total)
    return buffer.getvalue()
