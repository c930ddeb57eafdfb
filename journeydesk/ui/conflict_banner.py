"""The bar above the map while the file holds unresolved merge conflicts: small, so that the window
loads without the Conflicts dock (:mod:`journeydesk.ui.conflicts`), which most files never need."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from journeydesk.style.icons import icon


def conflicts_text(count: int) -> str:
    return f"{count} conflict{'s' if count != 1 else ''} from a merge"


class ConflictBanner(QFrame):
    """Above the map while the file holds unresolved conflicts."""

    show_conflicts = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("conflictBanner")
        self.message = QLabel()
        self.message.setWordWrap(True)
        button = QPushButton("Show Conflicts")
        button.setIcon(icon("action-merge", "#7a2a1b"))
        button.clicked.connect(self.show_conflicts)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 7, 10, 7)
        row.addWidget(self.message, 1)
        row.addWidget(button)
        self.hide()

    def show_count(self, count: int) -> None:
        self.setVisible(count > 0)
        self.message.setText(
            f"<b>{conflicts_text(count)}.</b> The map shows our side of each; choose a side or edit it, "
            "then mark it resolved."
        )
