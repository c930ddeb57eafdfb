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

WORKSHOP_KEYS = [
    ("Enter (capture bar)", "Add the line as a card in the current cell; the bar stays open"),
    ("Tab, Shift+Tab (capture bar)", "Next or previous cell: along the lane, then the next lane"),
    ("! , + , ? before a line", "Make it a pain point, an improvement action or a note"),
    ("Escape (capture bar)", "Close the capture bar"),
    ("Click a card during a vote", "Put a dot on it (click its chip in the vote bar to take it back)"),
    ("Right, Down, Page Down, Space (presenter)", "Next stage"),
    ("Left, Up, Page Up, Backspace (presenter)", "Previous stage"),
    ("Home, End (presenter)", "The whole journey; the last stage"),
    ("Double-click a card (presenter)", "Edit it"),
    ("Escape or F5 (presenter)", "Leave the presenter"),
]


def show_shortcuts(parent: QWidget, actions: Actions) -> None:
    rows = [
        (action.shortcut().toString(), action.text().replace("&", "").rstrip("…"))
        for action in actions.all()
        if not action.shortcut().isEmpty()
    ]
    rows += CANVAS_KEYS + WORKSHOP_KEYS
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
