"""Editing a card while presenting: the inspector's card form in a dialog over the presenter, each
change an undoable step like any other."""

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from journeydesk.document import ChangeSet, JourneyDocument, Ref
from journeydesk.document.edits import Edits
from journeydesk.ui.inspector.card_form import CardForm


class CardDialog(QDialog):
    def __init__(self, document: JourneyDocument, edits: Edits, ref: Ref, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setWindowTitle("Edit card")
        self.resize(560, 620)
        heading = QLabel("Edit card")
        heading.setObjectName("dialogHeading")
        self.form = CardForm()
        self.form.bind(document, edits, ref)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        column = QVBoxLayout(self)
        column.addWidget(heading)
        column.addWidget(self.form, 1)
        column.addWidget(buttons)
        document.changed.connect(self._on_changed)
        self.finished.connect(lambda _: document.changed.disconnect(self._on_changed))

    def _on_changed(self, changes: ChangeSet) -> None:
        ref = self.form.ref
        if ref is not None and self.document.exists(ref):
            self.form.refresh()
        else:  # the card was deleted (an undo, say): nothing left to edit
            self.reject()
