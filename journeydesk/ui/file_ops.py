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
from journeydesk.io.locks import read_only_reason
from journeydesk.model.project import Project
from journeydesk.templates import new_project
from journeydesk.ui.dialogs import Dialogs, SaveAnswer
from journeydesk.ui.settings import AppSettings

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
        from journeydesk.ui.template_gallery import TemplateGallery

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
        if self.document.path is not None and self.document.path.resolve() == path.resolve():
            project = self._read(path)  # the file open here, maybe saved just now: what is on disk now
            if project is None:
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
        document = JourneyDocument(project, path)
        document.read_only = read_only_reason(path)
        self.window.set_document(document)
        self.settings.add_recent(path)
        self.window.update_recent_menu()

    def save(self) -> bool:
        path = self.document.path
        if path is None or self.document.read_only:
            return self.save_as()
        return self._write(path)

    def edit_anyway(self) -> None:
        """Open the read-only file for writing after all (its lock becomes ours)."""
        self.document.read_only = None
        self.window.safety.take(self.document.path, lock=True)
        self.window.banner.show_for(self.document)

    # Someone else's changes

    def changed_on_disk(self) -> None:
        """The open file was changed by someone else: reload it, keep ours (save as), or compare first."""
        path = self.document.path
        if path is None:
            return
        lose = " (your unsaved changes here are lost)" if self.document.is_modified else ""
        while True:
            answer = self.dialogs.choose(
                "Changed on disk",
                f"“{path.name}” was changed on disk, by someone else or another program.",
                f"Reload it to see that version{lose}, or keep yours and save it under another name.",
                ["Reload", "Keep Mine…", "Compare…"],
            )
            if answer != "Compare…":
                break
            self._compare_with_disk(path)
        if answer == "Reload":
            self.reload(path)
        elif answer == "Keep Mine…":
            self.save_as()

    def _compare_with_disk(self, path: Path) -> None:
        try:
            theirs = load_project(path)
        except JourneyFileError as exc:
            self.dialogs.error(f"Could not read “{path.name}”", str(exc))
            return
        from journeydesk.ui.compare_dialog import show_comparison

        show_comparison(self.window, self.document.project, theirs, "the open map", "the version on disk")

    def vanished(self) -> None:
        """The open file was deleted or moved: the map stays open, unsaved, and can be saved again."""
        path = self.document.path
        if path is None:
            return
        self.document.mark_unsaved()
        answer = self.dialogs.choose(
            "File deleted or moved",
            f"“{path.name}” was deleted or moved away.",
            "The map is still open here. Save it again where it was, or somewhere else.",
            ["Save Again", "Save As…"],
        )
        if answer == "Save Again":
            self._write(path)
        elif answer == "Save As…":
            self.save_as()

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
        if path == self.document.path and path.exists() and self.window.safety.changed_since_read():
            answer = self.dialogs.choose(
                "Changed on disk",
                f"“{path.name}” was changed by someone else since you opened it.",
                "Saving here replaces their changes with yours.",
                ["Save As…", "Replace Theirs"],
            )
            if answer is None:
                return False
            if answer == "Save As…":
                return self.save_as()
        try:
            note = save_project(self.document.project, path, keep_backup=self.settings.keep_backups())
        except SaveError as exc:
            self.dialogs.error(f"Could not save “{path.name}”", exc.problem)
            return False
        if note:  # once: the file saved is a file of its own from now on
            self.dialogs.notice("Saved", f"“{path.name}” was saved.", f"Note: {note}.")
        self.window.safety.saved(path)
        self.document.mark_saved(path)
        self.settings.add_recent(path)
        self.window.update_recent_menu()
        self.window.statusBar().showMessage(f"Saved {path}", 4000)
        return True


def file_stem(title: str) -> str:
    cleaned = "".join(char if char.isalnum() or char in " -_" else " " for char in title).strip()
    return " ".join(cleaned.split())[:80] or "Untitled journey map"
