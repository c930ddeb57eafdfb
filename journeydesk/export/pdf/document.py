"""The PDF deliverable: map pages (laid out for the paper: readable, one page, or tiles), then persona
pages, the pain-point register, the improvement backlog and the health check; the comments when asked."""

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A1, A2, A3, A4, landscape, letter
from reportlab.pdfgen.canvas import Canvas

from journeydesk.export.pdf import fonts
from journeydesk.export.pdf.colors import rl
from journeydesk.export.pdf.comments import comment_pages
from journeydesk.export.pdf.flow import Block, PageBreak, flow
from journeydesk.export.pdf.map_pages import MapPage, plan_journey
from journeydesk.export.pdf.registers import register_pages
from journeydesk.export.progress import Progress, report
from journeydesk.heap import collection_paused
from journeydesk.io.atomic import atomic_write
from journeydesk.layout import theme
from journeydesk.layout.print_pages import Fit
from journeydesk.model.project import Project
from journeydesk.model.subset import project_subset

PAGE_SIZES = {"A4": A4, "A3": A3, "A2": A2, "A1": A1, "Letter": letter, "Tabloid": (792.0, 1224.0)}
MARGIN = 24.0


@dataclass(frozen=True)
class PdfOptions:
    page_size: str = "A3"
    fit: Fit = "readable"
    journey_ids: Sequence[str] | None = None
    comments: bool = False  # an appendix with the comment threads


def export_pdf(
    project: Project,
    path: str | Path,
    options: PdfOptions = PdfOptions(),
    progress: Progress | None = None,
    today: dt.date | None = None,
) -> str | None:
    """Write the PDF atomically; on failure or cancel the target is untouched. Returns what to tell
    the person when some text could not be embedded (:func:`fonts.reader_font_note`)."""
    data, fonts_named = _rendered(project, options, progress, today)
    atomic_write(path, data)
    return fonts.reader_font_note(fonts_named)


def frame_size(page_size: str) -> tuple[float, float]:
    """The printable frame of a landscape page, in points."""
    width, height = landscape(PAGE_SIZES[page_size])
    return width - 2 * MARGIN, height - 2 * MARGIN


class NumberedCanvas(Canvas):
    """A canvas that knows the page count when it finishes, for "Page 3 of 12", and reads "#rrggbb"
    colours through a cache (reportlab would parse the text on every call). Once saved, it knows the
    fonts its pages name."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self.fonts_named: frozenset[str] = frozenset()

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
        self.fonts_named = frozenset(self._doc.fontMapping)
        super().save()


def pdf_bytes(
    project: Project, options: PdfOptions = PdfOptions(), progress: Progress | None = None, today: dt.date | None = None
) -> bytes:
    return _rendered(project, options, progress, today)[0]


@collection_paused()  # the faces of a large map are many objects that all live on until written
def _rendered(
    project: Project, options: PdfOptions, progress: Progress | None, today: dt.date | None
) -> tuple[bytes, frozenset[str]]:
    """The PDF, and the fonts it names."""
    fonts.register()
    if options.page_size not in PAGE_SIZES:
        raise ValueError(f"unknown page size {options.page_size!r}; choose one of {', '.join(PAGE_SIZES)}")
    exported = project_subset(project, options.journey_ids)
    today = today or dt.date.today()
    page = landscape(PAGE_SIZES[options.page_size])
    frame_w, frame_h = frame_size(options.page_size)
    plans = [plan_journey(journey, (frame_w, frame_h), options.fit) for journey in exported.journeys]
    total = sum(len(planned.plan.pages) for planned in plans) or 1
    done = 0

    def advance() -> None:
        """A map page is drawn."""
        nonlocal done
        done += 1
        report(progress, done, total)

    story: list[Block] = []
    for planned in plans:
        for map_page in planned.plan.pages:
            story += [MapPage(exported, planned, map_page, today, advance), PageBreak()]
    story += register_pages(exported)
    if options.comments and any(journey.comments for journey in exported.journeys):
        story += [PageBreak(), *comment_pages(exported)]
    buffer = io.BytesIO()
    canvas = NumberedCanvas(
        buffer,
        pagesize=page,
        initialFontName=fonts.REGULAR,  # reportlab's page preamble would name Helvetica, never embedded
    )
    canvas.setTitle(project.title)
    canvas.setAuthor(project.author or "JourneyDesk")
    canvas.setSubject("Customer journey map")
    canvas.setCreator("JourneyDesk")
    canvas.setKeywords(["customer journey map", *(journey.name for journey in exported.journeys)])
    flow(canvas, story, (MARGIN, MARGIN, frame_w, frame_h))
    canvas.save()
    if progress is not None:
        progress(total, total)
    return buffer.getvalue(), canvas.fonts_named
