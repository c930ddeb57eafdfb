"""One self-contained web page: the maps to zoom, pan and search, with the registers, for any browser."""

from pathlib import Path
from typing import TYPE_CHECKING

from journeydesk.formats.format import ExportRequest, Format

if TYPE_CHECKING:
    from journeydesk.model.project import Project


def export(project: "Project", path: Path, request: ExportRequest) -> None:
    from journeydesk.export.html import export_html

    export_html(project, path, list(request.journey_ids) if request.journey_ids else None, request.progress)


FORMAT = Format(
    key="html",
    name="Web page",
    extensions=(".html", ".htm"),
    description="One file any browser opens, offline: the maps to zoom, pan and search, the personas and registers",
    export=export,
    menu_text="&Web Page (HTML)…",
)
