"""The bar above the map that says the open file is read-only, why, and what can be done."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from journeydesk.document import JourneyDocument


class ReadOnlyBanner(QFrame):
    edit_anyway = Signal()
    save_as = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("readOnlyBanner")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.anyway = QPushButton("Edit Anyway")
        self.anyway.setToolTip("Open it for writing as well: whoever has it open may then overwrite your changes")
        save_as = QPushButton("Save As…")
        self.anyway.clicked.connect(self.edit_anyway)
        save_as.clicked.connect(self.save_as)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 7, 10, 7)
        row.addWidget(self.message, 1)
        row.addWidget(self.anyway)
        row.addWidget(save_as)
        self.hide()

    def show_for(self, document: JourneyDocument) -> None:
        reason = document.read_only
        self.setVisible(reason is not None)
        if reason is None or document.path is None:
            return
        self.message.setText(
            f"“{document.path.name}” is open read-only: {reason}. You can still change it and save your "
            "changes under another name."
        )
        self.anyway.setVisible(reason != "the file is read-only")
