"""File > Export (Excel, PDF, PNG, SVG) and File > Import Excel Workbook.

Loaded on the first export or import, with openpyxl and reportlab behind it, so that the app starts
without them. A failure is reported in a dialog and writes nothing.
"""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QInputDialog

from journeydesk.canvas.image_export import export_png, export_svg
from journeydesk.document import JourneyDocument
from journeydesk.export.pdf import ExportCancelledError, export_pdf
from journeydesk.export.pdf.fonts import reader_font_note
from journeydesk.export.xlsx import WorkbookError, export_workbook
from journeydesk.export.xlsx.foreign import choose_sheet, sheet_grids
from journeydesk.export.xlsx.reader import is_journeydesk, open_workbook
from journeydesk.export.xlsx.roundtrip import read_journeydesk
from journeydesk.io import JourneyDeskError
from journeydesk.model.project import Project
from journeydesk.model.words import count
from journeydesk.ui.dialogs import IMAGE_FILTERS, PDF_FILTER, WORKBOOK_FILTER, Dialogs
from journeydesk.ui.file_ops import file_stem
from journeydesk.ui.import_preview import ImportPreview
from journeydesk.ui.pdf_export import PdfExportDialog, ProgressReporter

if TYPE_CHECKING:
    from journeydesk.ui.main_window import MainWindow


class Exchange:
    def __init__(self, window: "MainWindow", dialogs: Dialogs) -> None:
        self.window, self.dialogs = window, dialogs

    def export_excel(self) -> bool:
        document = self.window.document
        path = self._export_path(".xlsx", "Export Excel workbook", WORKBOOK_FILTER)
        if path is None:
            return False
        try:
            export_workbook(document.project, path)
        except JourneyDeskError as exc:
            self.dialogs.error(f"Could not export “{path.name}”", getattr(exc, "problem", str(exc)))
            return False
        self.window.statusBar().showMessage(f"Exported {path}", 5000)
        return True

    def export_pdf(self) -> bool:
        document, journey_id = self.window.document, self.window.scene.journey_id
        dialog = PdfExportDialog(document.project, journey_id, self.window)
        if not dialog.exec():
            return False
        path = self._export_path(".pdf", "Export PDF", PDF_FILTER)
        if path is None:
            return False
        progress = ProgressReporter(self.window, f"Writing {path.name}…")
        try:
            export_pdf(document.project, path, dialog.options(), progress)
        except ExportCancelledError:
            self.window.statusBar().showMessage("Export cancelled; nothing was written", 5000)
            return False
        except JourneyDeskError as exc:
            self.dialogs.error(f"Could not export “{path.name}”", getattr(exc, "problem", str(exc)))
            return False
        finally:
            progress.close()
        note = reader_font_note(document.project)
        self.window.statusBar().showMessage(
            f"Exported {path}" + (f". {note}." if note else ""), 15000 if note else 5000
        )
        return True

    def export_image(self, suffix: str) -> bool:
        """PNG (at a resolution the person chooses) or SVG of the journey shown."""
        dpi = 192
        if suffix == ".png":
            chosen, ok = QInputDialog.getInt(
                self.window, "Export PNG", "Resolution (dots per inch):", 192, 24, 1200, 24
            )
            if not ok:
                return False
            dpi = chosen
        path = self._export_path(suffix, f"Export {suffix[1:].upper()}", IMAGE_FILTERS[suffix])
        if path is None:
            return False
        try:
            if suffix == ".png":
                export_png(self.window.document.project, path, self.window.scene.journey_id, dpi)
            else:
                export_svg(self.window.document.project, path, self.window.scene.journey_id)
        except JourneyDeskError as exc:
            self.dialogs.error(f"Could not export “{path.name}”", getattr(exc, "problem", str(exc)))
            return False
        self.window.statusBar().showMessage(f"Exported {path}", 5000)
        return True

    def _export_path(self, suffix: str, title: str, filter_: str) -> Path | None:
        document = self.window.document
        stem = document.path.stem if document.path else file_stem(document.project.title)
        folder = document.path.parent if document.path else Path.home()
        return self.dialogs.save_path(folder / f"{stem}{suffix}", title, filter_)

    def import_excel(self, path: Path | None = None) -> bool:
        """Import a workbook as a new, unsaved document: ours directly, a hand-made one after a preview."""
        path = path or self.dialogs.open_workbook_path()
        if path is None:
            return False
        try:
            project = self._read_workbook(path)
        except WorkbookError as exc:
            self.dialogs.error(f"Could not import “{path.name}”", exc.problem)
            return False
        if project is None or not self.window.files.maybe_save():
            return False
        self.window.set_document(JourneyDocument(project))
        cards = sum(len(journey.cards) for journey in project.journeys)
        self.window.statusBar().showMessage(f"Imported {count(cards, 'card')} from {path.name}", 5000)
        return True

    def _read_workbook(self, path: Path) -> Project | None:
        workbook = open_workbook(path)
        try:
            if is_journeydesk(workbook):
                return read_journeydesk(workbook, path)
            grids = sheet_grids(workbook)
            try:
                chosen = choose_sheet(grids, path)
            except WorkbookError:
                chosen = next((grid for grid in grids if any(any(row) for row in grid.texts)), None)
                if chosen is None:
                    raise
            preview = ImportPreview(grids, chosen, self.window)
            return preview.project() if preview.exec() else None
        finally:
            workbook.close()
