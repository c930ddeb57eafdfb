"""The project as a PowerPoint deck of native, editable shapes, charts and tables (python-pptx)."""

from pathlib import Path

from journeydesk.export.pptx.deck import pptx_bytes
from journeydesk.export.progress import Progress
from journeydesk.io.atomic import atomic_write
from journeydesk.model.project import Project
from journeydesk.model.subset import project_subset


def export_pptx(
    project: Project, path: str | Path, journey_ids: list[str] | None = None, progress: Progress | None = None
) -> None:
    """Write the deck atomically; on failure or cancel the target is untouched."""
    atomic_write(path, pptx_bytes(project_subset(project, journey_ids), progress))


__all__ = ["export_pptx", "pptx_bytes"]
