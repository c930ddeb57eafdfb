"""New, Open, Save, Save As, Revert and the unsaved-changes prompt.

A failure anywhere (a broken file, a read-only folder) is reported in a dialog and changes nothing:
the open document stays as it was.
"""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QInputDialog

from journeydesk.canvas.image_export import export_png, export_svg
from journeydesk.document import JourneyDocument
from journeydesk.export.pdf import ExportCancelledError, export_pdf
from journeydesk.export.xlsx import WorkbookError, export_workbook
from journeydesk.export.xlsx.foreign import choose_sheet, sheet_grids
from journeydesk.export.xlsx.reader import is_journeydesk, open_workbook
from journeydesk.export.xlsx.roundtrip import read_journeydesk
from journeydesk.io import JourneyDeskError, JourneyFileError, SaveError, load_project, save_project
from journeydesk.io.envelope import FILE_SUFFIX
from journeydesk.model.project import Project
from journeydesk.templates import new_project
from journeydesk.ui.dialogs import IMAGE_FILTERS, PDF_FILTER, WORKBOOK_FILTER, Dialogs, SaveAnswer
from journeydesk.ui.import_preview import ImportPreview
from journeydesk.ui.pdf_export import PdfExportDialog, ProgressReporter
from journeydesk.ui.settings import AppSettings
from journeydesk.ui.template_gallery import TemplateGallery

if TYPE_CHECKING:
    from journeydesk.ui.main_window import MainWindow


class FileOps:
    def __init__(self, window: "MainWindow", settings: AppSettings, dialogs: Dialogs) -> None:
        self.window, self.settings, self.dialogs = window, settings, dialogs

    @property
    def document(self) -> JourneyDocument:
        return self.window.document

    def display_name(self) -> str:
        document = self.document
        return document.path.name if document.path else (document.project.title or "Untitled")

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; False means the person cancelled."""
        if not self.document.is_modified:
            return True
        answer = self.dialogs.ask_save_changes(self.display_name())
        if answer is SaveAnswer.SAVE:
            return self.save()
        return answer is SaveAnswer.DISCARD

    def new(self) -> bool:
        if not self.maybe_save():
            return False
        gallery = TemplateGallery(self.window)
        if not gallery.exec():
            return False
        key, title = gallery.chosen()
        self.window.set_document(JourneyDocument(new_project(key, title)))
        return True

    def open(self, path: Path | None = None) -> bool:
        """Open a file (asking which when ``path`` is None). A file that cannot be read is reported
        before anything else happens; then the unsaved-changes prompt, then the switch."""
        if path is None:
            folder = self.document.path.parent if self.document.path else None
            path = self.dialogs.open_path(folder)
            if path is None:
                return False
        project = self._read(path)
        if project is None or not self.maybe_save():
            return False
        self._show(project, path)
        return True

    def reload(self, path: Path) -> bool:
        """Open ``path`` without asking about the current document (the caller has)."""
        project = self._read(path)
        if project is None:
            return False
        self._show(project, path)
        return True

    def _read(self, path: Path) -> Project | None:
        try:
            return load_project(path)
        except JourneyFileError as exc:
            self.dialogs.error(f"Could not open “{path.name}”", str(exc))
            if not path.exists():
                self.settings.remove_recent(path.resolve())
                self.window.update_recent_menu()
            return None

    def _show(self, project: Project, path: Path) -> None:
        self.window.set_document(JourneyDocument(project, path))
        self.settings.add_recent(path)
        self.window.update_recent_menu()

    def save(self) -> bool:
        path = self.document.path
        if path is None:
            return self.save_as()
        return self._write(path)

    def save_as(self) -> bool:
        document = self.document
        suggestion = document.path or Path.home() / f"{_file_stem(document.project.title)}{FILE_SUFFIX}"
        path = self.dialogs.save_path(suggestion)
        return self._write(path) if path is not None else False

    def revert(self) -> bool:
        path = self.document.path
        if path is None:
            return False
        if self.document.is_modified and not self.dialogs.confirm_revert(self.display_name()):
            return False
        return self.reload(path)

    def export_excel(self) -> bool:
        document = self.document
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
        document, journey_id = self.document, self.window.scene.journey_id
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
        self.window.statusBar().showMessage(f"Exported {path}", 5000)
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
                export_png(self.document.project, path, self.window.scene.journey_id, dpi)
            else:
                export_svg(self.document.project, path, self.window.scene.journey_id)
        except JourneyDeskError as exc:
            self.dialogs.error(f"Could not export “{path.name}”", getattr(exc, "problem", str(exc)))
            return False
        self.window.statusBar().showMessage(f"Exported {path}", 5000)
        return True

    def _export_path(self, suffix: str, title: str, filter_: str) -> Path | None:
        document = self.document
        stem = document.path.stem if document.path else _file_stem(document.project.title)
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
        if project is None or not self.maybe_save():
            return False
        self.window.set_document(JourneyDocument(project))
        cards = sum(len(journey.cards) for journey in project.journeys)
        self.window.statusBar().showMessage(f"Imported {cards} cards from {path.name}", 5000)
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

    def _write(self, path: Path) -> bool:
        try:
            save_project(self.document.project, path)
        except SaveError as exc:
            self.dialogs.error(f"Could not save “{path.name}”", exc.problem)
            return False
        self.document.mark_saved(path)
        self.settings.add_recent(path)
        self.window.update_recent_menu()
        self.window.statusBar().showMessage(f"Saved {path}", 4000)
        return True


def _file_stem(title: str) -> str:
    cleaned = "".join(char if char.isalnum() or char in " -_" else " " for char in title).strip()
    return " ".join(cleaned.split())[:80] or "Untitled journey map"
