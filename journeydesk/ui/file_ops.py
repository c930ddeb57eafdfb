"""New, Open, Save, Save As, Revert and the unsaved-changes prompt (exports and imports are in
:mod:`journeydesk.ui.exchange`).

A failure anywhere (a broken file, a read-only folder) is reported in a dialog and changes nothing:
the open document stays as it was.
"""

from pathlib import Path
from typing import TYPE_CHECKING

from journeydesk.document import JourneyDocument
from journeydesk.io import JourneyFileError, SaveError, load_project, save_project
from journeydesk.io.envelope import FILE_SUFFIX
from journeydesk.model.project import Project
from journeydesk.templates import new_project
from journeydesk.ui.dialogs import Dialogs, SaveAnswer
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
        suggestion = document.path or Path.home() / f"{file_stem(document.project.title)}{FILE_SUFFIX}"
        path = self.dialogs.save_path(suggestion)
        return self._write(path) if path is not None else False

    def revert(self) -> bool:
        path = self.document.path
        if path is None:
            return False
        if self.document.is_modified and not self.dialogs.confirm_revert(self.display_name()):
            return False
        return self.reload(path)

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


def file_stem(title: str) -> str:
    cleaned = "".join(char if char.isalnum() or char in " -_" else " " for char in title).strip()
    return " ".join(cleaned.split())[:80] or "Untitled journey map"
