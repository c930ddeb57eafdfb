"""The PDF deliverable: map pages laid out for the paper, then personas, registers and the health check."""

from pathlib import Path
from typing import TYPE_CHECKING

from journeydesk.formats.format import ExportRequest, Format, Option

if TYPE_CHECKING:
    from journeydesk.model.project import Project

PAPER = {name: name for name in ("A4", "A3", "A2", "A1", "Letter", "Tabloid")}  # export.pdf.PAGE_SIZES
FITS = {  # journeydesk.layout.print_pages.FITS, without loading the layout
    "readable": "Readable: fill the page, continue on more pages",
    "page": "The whole map on one page",
    "tile": "A wall poster in tiles",
}


def export(project: "Project", path: Path, request: ExportRequest) -> str | None:
    from journeydesk.export.pdf import PdfOptions, export_pdf

    options = PdfOptions(
        page_size=str(request.options.get("page_size", "A3")),
        fit=request.options.get("fit", "readable"),  # type: ignore[arg-type]  # the option was checked against the fit choices
        journey_ids=request.journey_ids,
        comments=bool(request.options.get("comments", False)),
    )
    return export_pdf(project, path, options, request.progress)


FORMAT = Format(
    key="pdf",
    name="PDF",
    extensions=(".pdf",),
    description="The map as a print-ready PDF, with registers and the health check",
    export=export,
    export_options=(
        Option("page_size", "Paper (landscape)", "the paper (default A3)", "A3", choices=PAPER),
        Option(
            "fit",
            "Map",
            "readable (fill the page at 7 pt or more, continuing on further pages; the default), "
            "page (the whole map on one page, at any size) or tile (a wall poster in tiles)",
            "readable",
            choices=FITS,
        ),
        Option("comments", "Add the comments as an appendix", "an appendix with the comment threads", False),
    ),
    menu_text="&PDF…",
    shortcut="Ctrl+P",
)
