"""Help: the keyboard shortcuts and the About box."""

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeydesk import __version__
from journeydesk.ui.actions import Actions

CANVAS_KEYS = [
    ("Arrow keys", "Go to the neighbouring card or cell"),
    ("Alt+arrow keys", "Move the selected cards"),
    ("Enter", "Edit the selected card's title or the selected header's name"),
    ("Escape", "Cancel editing or dragging; clear the selection"),
    ("Ctrl+click or Shift+click", "Add to or remove from the selection"),
    ("Double-click an empty cell", "Add a card there"),
    ("Ctrl+mouse wheel", "Zoom around the pointer"),
    ("Space+drag, middle button drag", "Pan"),
]


def show_shortcuts(parent: QWidget, actions: Actions) -> None:
    rows = [
        (action.shortcut().toString(), action.text().replace("&", "").rstrip("…"))
        for action in actions.all()
        if not action.shortcut().isEmpty()
    ]
    rows += CANVAS_KEYS
    dialog = QDialog(parent)
    dialog.setWindowTitle("Keyboard shortcuts")
    dialog.resize(560, 620)
    table = QTableWidget(len(rows), 2)
    table.setHorizontalHeaderLabels(["Keys", "What they do"])
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    for number, (keys, meaning) in enumerate(rows):
        table.setItem(number, 0, QTableWidgetItem(keys))
        table.setItem(number, 1, QTableWidgetItem(meaning))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    column = QVBoxLayout(dialog)
    column.addWidget(table)
    column.addWidget(buttons)
    dialog.exec()


def show_about(parent: QWidget) -> None:
    QMessageBox.about(
        parent,
        "About JourneyDesk",
        f"<h3>JourneyDesk {__version__}</h3>"
        "<p>Customer journey maps on the desktop: stages, lanes, touchpoints, pain points and the "
        "improvement actions that answer them, in an open <code>.journey</code> file format.</p>"
        "<p>Released under the MIT licence.</p>",
    )
