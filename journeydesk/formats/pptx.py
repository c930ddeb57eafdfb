"""A PowerPoint deck of native shapes, charts and tables, to present the map and edit it in a meeting."""

from pathlib import Path
from typing import TYPE_CHECKING

from journeydesk.formats.format import ExportRequest, Format

if TYPE_CHECKING:
    from journeydesk.model.project import Project


def export(project: "Project", path: Path, request: ExportRequest) -> None:
    from journeydesk.export.pptx import export_pptx

    export_pptx(project, path, list(request.journey_ids) if request.journey_ids else None, request.progress)


FORMAT = Format(
    key="pptx",
    name="PowerPoint",
    extensions=(".pptx",),
    description="A deck of editable slides: the map as shapes, the emotion curve and priorities as charts, "
    "the personas and registers",
    export=export,
    menu_text="Power&Point…",
)
