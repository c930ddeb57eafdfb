"""Comments in the window: the name comments are signed with (set in Preferences, asked on first use),
the key and the map's context menu that comment on the selection, and the Comments dock they open.
"""

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from journeydesk.canvas.scene import MapScene
from journeydesk.canvas.view import MapView
from journeydesk.ui.settings import AppSettings

if TYPE_CHECKING:
    from journeydesk.ui.comments_panel import CommentsPanel

AUTHOR_PROMPT = "Your name, as your comments are signed:"
PREFERENCES_WIDTH = 420  # room for a full name and the hint on two lines


def ask_author(parent: QWidget, settings: AppSettings) -> str | None:
    """The comment author's name; asked for (and kept) the first time. None: the person cancelled."""
    name = settings.comment_author()
    if name:
        return name
    text, given = QInputDialog.getText(parent, "Your name", AUTHOR_PROMPT, QLineEdit.EchoMode.Normal, "")
    if not given or not text.strip():
        return None
    settings.set_comment_author(text)
    return settings.comment_author()


class PreferencesDialog(QDialog):
    """Edit > Preferences: what JourneyDesk should know about the person using it."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self.settings = settings
        self.author = QLineEdit(settings.comment_author())
        self.author.setObjectName("commentAuthor")
        self.author.setPlaceholderText("e.g. Ana Lima")
        self.author.setMaxLength(100)
        hint = QLabel("Comments you write are signed with this name; others can @mention it.")
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow("Your &name:", self.author)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.setContentsMargins(18, 16, 18, 14)
        column.setSpacing(10)
        column.addLayout(form)
        column.addWidget(hint)
        column.addWidget(buttons)
        self.setMinimumWidth(PREFERENCES_WIDTH)

    def accept(self) -> None:
        self.settings.set_comment_author(self.author.text())
        super().accept()


class Commenting:
    """Ties the comment action, the map's context menu and the Comments dock together."""

    def __init__(
        self,
        window: QWidget,
        settings: AppSettings,
        panel: Callable[[], "CommentsPanel"],  # built when first needed
        comment_action: QAction,
        view: MapView,
        open_dock: Callable[[], None],
    ) -> None:
        self.window, self.settings, self.panel, self.view = window, settings, panel, view
        self.open_dock = open_dock
        self.scene: MapScene | None = None
        self.comment_action = comment_action
        comment_action.triggered.connect(self.comment_on_selection)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._context_menu)

    def follow(self, scene: MapScene) -> None:
        self.scene = scene

    def author(self) -> str | None:
        return ask_author(self.window, self.settings)

    def comment_on_selection(self) -> None:
        """A new thread on the selected card or stage (on the journey when neither is selected)."""
        if self.scene is None:
            return
        ref = self.scene.selected_ref()
        target = str(ref.id) if ref is not None and ref.kind in ("card", "stage") else self.scene.journey_id
        self.open_dock()
        self.panel().start_comment(target)

    def _context_menu(self, point: QPoint) -> None:
        """Right-click on a card or stage header: it is selected, and the menu offers to comment on it."""
        scene, view = self.scene, self.view
        if scene is None:
            return
        item = view.itemAt(point)
        while item is not None and scene.ref_of(item) is None:
            item = item.parentItem()
        if item is not None and not item.isSelected():
            scene.select([item])
        ref = scene.selected_ref()
        menu = QMenu(view)
        menu.addAction(self.comment_action)
        threads = [t for t in scene.journey.comments if ref is not None and t.target == ref.id]
        if threads:
            show = menu.addAction(f"Show Comments ({len(threads)})")
            show.triggered.connect(lambda: self._show_threads(threads[-1].id))
        menu.exec(view.viewport().mapToGlobal(point))

    def _show_threads(self, thread_id: str) -> None:
        self.open_dock()
        panel = self.panel()
        panel.show_resolved.setChecked(True)
        panel.select_thread(thread_id)


def preferences(window: QWidget, settings: AppSettings) -> None:
    PreferencesDialog(settings, window).exec()
