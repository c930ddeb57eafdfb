"""The Excel workbook: a client-ready export, its lossless import, and import of hand-made maps.

Each half loads when first asked for: an export does not load the importer's readers of hand-made
maps (a tenth of a second), nor an import the writer.
"""

from typing import TYPE_CHECKING, Any

from journeydesk.export.xlsx.errors import WorkbookError

if TYPE_CHECKING:
    from journeydesk.export.xlsx.reader import import_workbook
    from journeydesk.export.xlsx.writer import export_workbook, workbook_bytes

__all__ = ["WorkbookError", "export_workbook", "import_workbook", "workbook_bytes"]


def __getattr__(name: str) -> Any:
    if name in ("export_workbook", "workbook_bytes"):
        from journeydesk.export.xlsx import writer

        return getattr(writer, name)
    if name == "import_workbook":
        from journeydesk.export.xlsx.reader import import_workbook

        return import_workbook
    raise AttributeError(name)
