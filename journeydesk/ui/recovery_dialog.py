"""After a crash: the unsaved work it left, offered back on the next start."""

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from journeydesk.document import JourneyDocument
from journeydesk.io import JourneyFileError, SaveError, save_project
from journeydesk.io.envelope import FILE_SUFFIX
from journeydesk.io.locks import read_only_reason
from journeydesk.io.recovery import Recovered, RecoveryStore
from journeydesk.ui.dialogs import Dialogs

if TYPE_CHECKING:
    from journeydesk.ui.main_window import MainWindow


class RecoveryDialog(QDialog):
    """Each recovered map with its time and where it was saved: restore it, save it elsewhere, or
    discard it. What is left undecided is offered again next time."""

    def __init__(self, records: list[Recovered], store: RecoveryStore, dialogs: Dialogs, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle("Recover unsaved work")
        self.store, self.dialogs = store, dialogs
        self.restored: Recovered | None = None
        heading = QLabel("JourneyDesk closed unexpectedly. This unsaved work was kept:")
        heading.setObjectName("dialogHeading")
        heading.setWordWrap(True)
        column = QVBoxLayout(self)
        column.addWidget(heading)
        self.rows: dict[str, QFrame] = {}
        for record in records:
            self.rows[record.key] = self._row(record)
            column.addWidget(self.rows[record.key])
        later = QDialogButtonBox()
        later.addButton("Decide Later", QDialogButtonBox.ButtonRole.RejectRole)
        later.rejected.connect(self.reject)
        column.addWidget(later)
        self.setMinimumWidth(660)

    def _row(self, record: Recovered) -> QFrame:
        row = QFrame()
        row.setFrameShape(QFrame.Shape.StyledPanel)
        where = str(record.original) if record.original else "never saved"
        label = QLabel(f"<b>{escape(record.title)}</b><br>Kept {record.describe_time()} · {escape(where)}")
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        line = QHBoxLayout(row)
        line.addWidget(label, 1)
        for text, act in (("Restore", self._restore), ("Save As…", self._save_as), ("Discard", self._discard)):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, chosen=record, act=act: act(chosen))
            line.addWidget(button)
        return row

    def _restore(self, record: Recovered) -> None:
        self.restored = record
        self.accept()

    def _save_as(self, record: Recovered) -> None:
        suggestion = record.original or self.store.folder.parent / f"{record.title}{FILE_SUFFIX}"
        path = self.dialogs.save_path(suggestion, "Save the recovered map")
        if path is None:
            return
        try:
            save_project(self.store.load(record), path)
        except (JourneyFileError, SaveError) as exc:
            self.dialogs.error("Could not save the recovered map", str(exc))
            return
        self._done_with(record)

    def _discard(self, record: Recovered) -> None:
        answer = self.dialogs.choose(
            "Discard recovered work",
            f"Discard the recovered copy of “{record.title}”?",
            "This cannot be undone.",
            ["Discard"],
        )
        if answer == "Discard":
            self._done_with(record)

    def _done_with(self, record: Recovered) -> None:
        self.store.discard(record.key)
        self.rows.pop(record.key).hide()
        if not self.rows:
            self.reject()


def offer_recovery(window: "MainWindow") -> None:
    """On start: if a crash left unsaved work, offer it; a restored map opens unsaved, where it was."""
    store = window.autosaver.store
    records = store.left_by_crashes()
    if not records:
        return
    dialog = RecoveryDialog(records, store, window.dialogs, window)
    if not dialog.exec() or dialog.restored is None:
        return
    record = dialog.restored
    try:
        project = store.load(record)
    except JourneyFileError as exc:
        window.dialogs.error("Could not restore the recovered map", str(exc))
        return
    if not window.files.maybe_save():
        return
    document = JourneyDocument(project, record.original)
    document.read_only = read_only_reason(record.original) if record.original else None
    document.mark_unsaved()
    window.set_document(document, recovery_key=record.key)
