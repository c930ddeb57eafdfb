"""The Excel workbook: a client-ready export, read back without loss; hand-made maps imported."""

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from journeydesk.formats.format import ExportRequest, Format, Option, OptionValue

if TYPE_CHECKING:
    from journeydesk.model.project import Project


def export(project: "Project", path: Path, request: ExportRequest) -> None:
    from journeydesk.export.xlsx import export_workbook

    export_workbook(project, path, request.journey_ids)


def import_(path: Path, options: Mapping[str, OptionValue]) -> "Project":
    from journeydesk.export.xlsx import import_workbook

    sheet = options.get("sheet")
    return import_workbook(path, str(sheet) if sheet else None)


FORMAT = Format(
    key="xlsx",
    name="Excel workbook",
    extensions=(".xlsx",),
    description="A workbook to hand over: the map, every card in a filterable table, registers of pain points "
    "and actions",
    export=export,
    import_=import_,
    import_options=(Option("sheet", "Sheet", "the sheet with the map (default: the most filled-in one)", ""),),
    menu_text="&Excel Workbook…",
)
