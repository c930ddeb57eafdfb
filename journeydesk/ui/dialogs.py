"""The questions JourneyDesk asks and the errors it reports, in one place."""

from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from journeydesk.formats import Format
from journeydesk.formats.registry import endings
from journeydesk.io.envelope import FILE_SUFFIX

FILE_FILTER = f"JourneyDesk maps (*{FILE_SUFFIX});;All files (*)"
ALL_FILES = "All files (*)"


class SaveAnswer(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class Dialogs:
    def __init__(self, parent: QWidget) -> None:
        self.parent = parent

    def ask_save_changes(self, name: str) -> SaveAnswer:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "Unsaved changes",
            f"Do you want to save the changes to “{name}”?",
            parent=self.parent,
        )
        box.setInformativeText("Your changes will be lost if you don't save them.")
        save = box.addButton("Save", QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton("Don't Save", QMessageBox.ButtonRole.DestructiveRole)
        box.addButton("Cancel", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save:
            return SaveAnswer.SAVE
        if clicked is discard:
            return SaveAnswer.DISCARD
        return SaveAnswer.CANCEL

    def confirm_revert(self, name: str) -> bool:
        answer = QMessageBox.question(
            self.parent,
            "Revert to saved",
            f"Throw away your changes to “{name}” and reload it from disk?",
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def choose(self, title: str, text: str, informative: str, answers: list[str]) -> str | None:
        """Ask with a button per answer (the first is the default); the answer clicked, or None for
        Cancel (always offered) or closing the box."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self.parent)
        box.setInformativeText(informative)
        buttons = [box.addButton(answer, QMessageBox.ButtonRole.AcceptRole) for answer in answers]
        box.addButton("Cancel", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(buttons[0])
        box.exec()
        return next(
            (answer for button, answer in zip(buttons, answers, strict=True) if button is box.clickedButton()), None
        )

    def notice(self, title: str, text: str, informative: str) -> None:
        """Something the person should know, that needs no decision."""
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=self.parent)
        box.setInformativeText(informative)
        box.exec()

    def error(self, title: str, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Critical, title, title, parent=self.parent)
        box.setInformativeText(message)
        box.exec()

    def open_path(self, folder: Path | None) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self.parent, "Open journey map", str(folder or ""), FILE_FILTER)
        return Path(name) if name else None

    def open_image_path(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self.parent, "Choose a photo", "", "Images (*.png *.jpg *.jpeg)")
        return Path(name) if name else None

    def open_import_path(self, formats: list[Format]) -> Path | None:
        """A file of any of ``formats`` to import (all of them offered at once, or one by one)."""
        every = " ".join(f"*{ending}" for ending in endings(formats))
        filters = [f"Maps from other tools ({every})", *(format_.file_filter for format_ in formats), ALL_FILES]
        name, _ = QFileDialog.getOpenFileName(self.parent, "Import a map", "", ";;".join(filters))
        return Path(name) if name else None

    def save_path(self, suggestion: Path, title: str = "Save journey map", filter_: str = FILE_FILTER) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self.parent, title, str(suggestion), filter_)
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(suggestion.suffix)
