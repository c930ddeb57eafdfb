"""Help: the keyboard shortcuts and the About box."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMenuBar,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeydesk import __version__
from journeydesk.style.theming import current

MAP_KEYS = [
    ("Arrow keys", "Go to the neighbouring card or cell"),
    ("Alt+arrow keys", "Move the selected cards"),
    ("Enter", "Edit the selected card's title or the selected header's name"),
    ("Escape", "Cancel editing or dragging; clear the selection"),
    ("Ctrl+click, Shift+click", "Add to or remove from the selection"),
    ("Double-click an empty cell", "Add a card there"),
    ("Ctrl+mouse wheel", "Zoom around the pointer"),
    ("Space+drag, middle button drag", "Pan"),
]
Section = tuple[str, list[tuple[str, str]]]  # a heading, and its rows of keys and what they do

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


def typed_keys(action: QAction) -> str:
    """The action's shortcuts a keyboard has keys for, as the platform writes them ("Ctrl+Shift+Z,
    Ctrl+Y"); dedicated keys of some keyboards (Undo, Zoom In, F13 and up) are left out."""
    sequences = [
        sequence.toString(QKeySequence.SequenceFormat.NativeText)
        for sequence in action.shortcuts()
        if sequence.count() == 1 and sequence[0].key().value < Qt.Key.Key_F13.value  # type: ignore[index]  # [] exists at run time, not in the stub
    ]
    return ", ".join(sequences)


def shortcut_sections(menu_bar: QMenuBar) -> list[Section]:
    """Every shortcut of the menus, a section per menu in their order, then the keys of the map and
    of the workshop tools (capture bar, vote, presenter)."""
    sections: list[Section] = []
    for menu_action in menu_bar.actions():
        menu = menu_action.menu()
        if menu is None:
            continue
        rows = []
        for action in _actions_of(menu_action):
            shown = typed_keys(action)
            if shown:
                rows.append((shown, action.statusTip() or action.text().replace("&", "")))
        if rows:
            sections.append((menu_action.text().replace("&", ""), rows))
    return [*sections, ("On the map", MAP_KEYS), ("In the workshop tools", WORKSHOP_KEYS)]


def _actions_of(menu_action: QAction) -> list[QAction]:
    """A menu's actions, those of its submenus included."""
    menu = menu_action.menu()
    if not isinstance(menu, QMenu):
        return [menu_action]
    return [leaf for action in menu.actions() for leaf in _actions_of(action)]


def show_shortcuts(parent: QWidget, menu_bar: QMenuBar) -> None:
    sections = shortcut_sections(menu_bar)
    rows = sum(len(entries) + 1 for _, entries in sections)
    dialog = QDialog(parent)
    dialog.setWindowTitle("Keyboard shortcuts")
    dialog.setObjectName("shortcutsDialog")
    dialog.resize(780, 720)
    table = QTableWidget(rows, 2)
    table.setObjectName("shortcutsTable")
    table.setHorizontalHeaderLabels(["Keys", "What they do"])
    table.verticalHeader().hide()
    table.setShowGrid(False)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setWordWrap(False)
    table.setStyleSheet("QTableWidget::item { padding: 0 10px; }")
    table.verticalHeader().setDefaultSectionSize(25)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    heading_font, keys_font = QFont(table.font()), QFont(table.font())
    heading_font.setBold(True)
    keys_font.setWeight(QFont.Weight.DemiBold)
    row = 0
    for title, entries in sections:
        heading = QTableWidgetItem(title)
        heading.setFont(heading_font)
        heading.setBackground(QColor(current().chrome.alternate))
        table.setItem(row, 0, heading)
        table.setSpan(row, 0, 1, 2)
        row += 1
        for keys, meaning in entries:
            keys_item = QTableWidgetItem(keys)
            keys_item.setFont(keys_font)
            table.setItem(row, 0, keys_item)
            table.setItem(row, 1, QTableWidgetItem(meaning))
            row += 1
    table.resizeColumnToContents(0)
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
