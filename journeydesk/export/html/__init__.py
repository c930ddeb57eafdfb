"""The project as one self-contained HTML page: the maps drawn as inline SVG from the face, with the
personas, registers and health check, for anyone with a browser."""

import datetime as dt
from pathlib import Path

from journeydesk.export.html.page import html_page
from journeydesk.export.progress import Progress
from journeydesk.heap import collection_paused
from journeydesk.io.atomic import atomic_write
from journeydesk.model.project import Project
from journeydesk.model.subset import project_subset


def html_bytes(
    project: Project,
    journey_ids: list[str] | None = None,
    progress: Progress | None = None,
    today: dt.date | None = None,
) -> bytes:
    with collection_paused():  # the faces of a large map are many objects that all live on until written
        return html_page(project_subset(project, journey_ids), progress, today).encode("utf-8")


def export_html(
    project: Project, path: str | Path, journey_ids: list[str] | None = None, progress: Progress | None = None
) -> None:
    """Write the page atomically; on failure or cancel the target is untouched."""
    atomic_write(path, html_bytes(project, journey_ids, progress))


__all__ = ["export_html", "html_bytes"]
