"""File > Export (every format of the registry) and File > Import.

Loaded on the first export or import, so that the app starts without the exporters' libraries. The
registry says what each format asks (its options) and does; an Excel workbook made by hand is
imported after a preview. A failure is reported in a dialog and writes nothing.
"""

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from journeydesk.document import JourneyDocument
from journeydesk.export.progress import ExportCancelledError
from journeydesk.export.xlsx import WorkbookError
from journeydesk.export.xlsx.foreign import choose_sheet, persona_sheets, sheet_readings
from journeydesk.export.xlsx.reader import is_journeydesk, open_workbook
from journeydesk.export.xlsx.roundtrip import read_journeydesk
from journeydesk.formats import ExportRequest, Format, exporters, format_for, importers
from journeydesk.formats.registry import endings
from journeydesk.io import JourneyDeskError
from journeydesk.model.project import Project
from journeydesk.model.words import count
from journeydesk.ui.dialogs import ALL_FILES, Dialogs
from journeydesk.ui.export_options import ExportOptionsDialog, needs_dialog
from journeydesk.ui.file_ops import file_stem
from journeydesk.ui.import_preview import ImportPreview
from journeydesk.ui.pdf_export import PdfExportDialog
from journeydesk.ui.progress import ProgressReporter

if TYPE_CHECKING:
    from journeydesk.ui.main_window import MainWindow

WORKBOOK = "xlsx"  # a hand-made workbook is imported after a preview


def problem(error: JourneyDeskError) -> str:
    """What went wrong, for a dialog that already names the file: where in it, and what."""
    place = getattr(error, "place", "")
    what = getattr(error, "problem", str(error))
    return f"{place}: {what}" if place else what


class Exchange:
    def __init__(self, window: "MainWindow", dialogs: Dialogs) -> None:
        self.window, self.dialogs = window, dialogs

    def export(self, key: str) -> bool:
        """Ask for the format's options and a file name, then export with a progress bar."""
        format_ = next(format_ for format_ in exporters() if format_.key == key)
        assert format_.export is not None
        request = self._request(format_)
        if request is None:
            return False
        path = self._export_path(format_)
        if path is None:
            return False
        progress = ProgressReporter(self.window, f"Writing {path.name}…")
        try:
            note = format_.export(self.window.document.project, path, replace(request, progress=progress))
        except ExportCancelledError:
            self.window.statusBar().showMessage("Export cancelled; nothing was written", 5000)
            return False
        except JourneyDeskError as exc:
            self.dialogs.error(f"Could not export “{path.name}”", problem(exc))
            return False
        finally:
            progress.close()
        self.window.statusBar().showMessage(
            f"Exported {path}" + (f". {note}." if note else ""), 15000 if note else 5000
        )
        return True

    def _request(self, format_: Format) -> ExportRequest | None:
        """What to export: asked in the format's dialog when it has something to ask; None if cancelled."""
        project, journey_id = self.window.document.project, self.window.scene.journey_id
        if format_.key == "pdf":
            pdf = PdfExportDialog(project, journey_id, self.window)
            return pdf.request() if pdf.exec() else None
        if not needs_dialog(format_, project):
            return ExportRequest([journey_id] if format_.one_journey else None, format_.export_defaults())
        dialog = ExportOptionsDialog(format_, project, journey_id, self.window)
        return dialog.request() if dialog.exec() else None

    def _export_path(self, format_: Format) -> Path | None:
        document = self.window.document
        stem = document.path.stem if document.path else file_stem(document.project.title)
        folder = document.path.parent if document.path else Path.home()
        suggestion = folder / f"{stem}{format_.extensions[0]}"
        return self.dialogs.save_path(suggestion, f"Export {format_.name}", f"{format_.file_filter};;{ALL_FILES}")

    def import_file(self, path: Path | None = None) -> bool:
        """Import a file of another tool as a new, unsaved document."""
        formats = importers()
        path = path or self.dialogs.open_import_path(formats)
        if path is None:
            return False
        format_ = format_for(path, formats)
        try:
            if format_ is None:
                raise WorkbookError(path, f"JourneyDesk imports {', '.join(endings(formats))} files")
            if format_.key == WORKBOOK:
                project = self._read_workbook(path)
            else:
                assert format_.import_ is not None
                project = format_.import_(path, format_.import_defaults())
        except JourneyDeskError as exc:
            self.dialogs.error(f"Could not import “{path.name}”", problem(exc))
            return False
        if project is None or not self.window.files.maybe_save():
            return False
        self.window.set_document(JourneyDocument(project))
        cards = sum(len(journey.cards) for journey in project.journeys)
        self.window.statusBar().showMessage(f"Imported {count(cards, 'card')} from {path.name}", 5000)
        return True

    def _read_workbook(self, path: Path) -> Project | None:
        """Our own workbook as it is; a hand-made one after the preview, also when the importer would
        refuse it, so that the person can point at the stage names."""
        with open_workbook(path) as book:
            if is_journeydesk(book):
                return read_journeydesk(book)
            readings = sheet_readings(book)
        try:
            chosen = choose_sheet(readings, path)
        except WorkbookError:
            filled = [reading for reading in readings if not reading.is_empty and not reading.unread]
            if not filled:
                raise
            chosen = max(filled, key=lambda reading: reading.verdict.score)
        preview = ImportPreview(readings, chosen, persona_sheets(readings, chosen), path, self.window)
        return preview.project() if preview.exec() else None  # a WorkbookError is reported by the caller
