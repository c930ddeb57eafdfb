"""The Excel workbook: a client-ready export, its lossless import, and import of hand-made maps."""

from journeydesk.export.xlsx.errors import WorkbookError
from journeydesk.export.xlsx.reader import import_workbook
from journeydesk.export.xlsx.writer import export_workbook, workbook_bytes

__all__ = ["WorkbookError", "export_workbook", "import_workbook", "workbook_bytes"]
