"""Mermaid's ``journey`` diagram: a text that renders in Markdown on code hosts and in wikis."""

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from journeydesk.formats.format import ExportRequest, Format, OptionValue, first_journey

if TYPE_CHECKING:
    from journeydesk.model.project import Project


def export(project: "Project", path: Path, request: ExportRequest) -> None:
    from journeydesk.export.mermaid import export_mermaid

    export_mermaid(project, path, first_journey(project, request))


def import_(path: Path, options: Mapping[str, OptionValue]) -> "Project":
    from journeydesk.export.mermaid import import_mermaid

    return import_mermaid(path)


FORMAT = Format(
    key="mermaid",
    name="Mermaid journey diagram",
    extensions=(".mmd", ".mermaid"),
    description="The journey shown as a Mermaid diagram: its stages, touchpoints and feelings, as text",
    export=export,
    import_=import_,
    one_journey=True,
    menu_text="&Mermaid Diagram…",
)
