"""PNG and SVG pictures of one journey's map, drawn by the canvas itself so they match the screen."""

import os
from pathlib import Path
from typing import TYPE_CHECKING

from journeydesk.formats.format import ExportRequest, Format, Option, first_journey

if TYPE_CHECKING:
    from journeydesk.model.project import Project


def _application() -> object:
    """The canvas draws with Qt: a window-less application is enough (the command line has none).
    The caller keeps it while it draws."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["journeydesk"])


def export_png(project: "Project", path: Path, request: ExportRequest) -> None:
    _app = _application()
    from journeydesk.canvas.image_export import export_png as write_png

    write_png(project, path, first_journey(project, request), int(request.options.get("dpi", 192)))


def export_svg(project: "Project", path: Path, request: ExportRequest) -> None:
    _app = _application()
    from journeydesk.canvas.image_export import export_svg as write_svg

    write_svg(project, path, first_journey(project, request))


PNG = Format(
    key="png",
    name="PNG image",
    extensions=(".png",),
    description="A picture of the map shown, at the resolution you choose",
    export=export_png,
    export_options=(
        Option("dpi", "Resolution (dots per inch)", "the resolution (default 192)", 192, minimum=24, maximum=1200),
    ),
    one_journey=True,
    menu_text="PN&G Image…",
)

SVG = Format(
    key="svg",
    name="SVG image",
    extensions=(".svg",),
    description="A vector picture of the map shown",
    export=export_svg,
    one_journey=True,
    menu_text="&SVG Image…",
)
