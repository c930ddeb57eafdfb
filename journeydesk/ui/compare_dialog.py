"""Comparing two versions of a map in the app, in the same words as ``journeydesk diff``: another
file, the version in git's last commit, or the file as someone else changed it on disk."""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from journeydesk.document import Ref
from journeydesk.document.describe import describe
from journeydesk.document.diff import compare
from journeydesk.io import JourneyDeskError, load_project, loads
from journeydesk.model.project import Project
from journeydesk.style.icons import icon
from journeydesk.ui.tree_items import children, top_level_items
from journeydesk.vcs.git import committed_version, repository_root

if TYPE_CHECKING:
    from journeydesk.ui.main_window import MainWindow

LAST_COMMIT = "Last Commit (HEAD)"
ANOTHER_FILE = "Another File…"


class CompareDialog(QDialog):
    """What changed from ``old`` to ``new``, grouped by journey; double-click a line to find it."""

    object_activated = Signal(object)  # Ref of an object that exists in the open map

    def __init__(self, old: Project, new: Project, old_name: str, new_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Compare {old_name} with {new_name}")
        self.resize(760, 560)
        changes = compare(old, new)
        sections = describe(old, new, changes)
        heading = QLabel(f"From {old_name} to {new_name}")
        heading.setObjectName("dialogHeading")
        count = len(changes)
        self.summary = QLabel(
            f"{count} change{'s' if count != 1 else ''}. Double-click one to find it on the map."
            if count
            else "The two versions hold the same map."
        )
        self.summary.setObjectName("hint")
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        for section in sections:
            parent_item = QTreeWidgetItem([section.title or "Project and personas"])
            parent_item.setIcon(0, icon("insert-stage" if section.title else "action-help"))
            font = parent_item.font(0)
            font.setBold(True)
            parent_item.setFont(0, font)
            self.tree.addTopLevelItem(parent_item)
            for line, target in zip(section.lines, section.targets, strict=True):
                child = QTreeWidgetItem([line])
                child.setData(0, Qt.ItemDataRole.UserRole, target)
                child.setToolTip(0, line)
                parent_item.addChild(child)
            parent_item.setExpanded(True)
        self.tree.itemDoubleClicked.connect(self._activated)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        column = QVBoxLayout(self)
        column.addWidget(heading)
        column.addWidget(self.summary)
        column.addWidget(self.tree, 1)
        column.addWidget(buttons)

    def lines(self) -> list[str]:
        return [line.text(0) for section in top_level_items(self.tree) for line in children(section)]

    def _activated(self, item: QTreeWidgetItem) -> None:
        target = item.data(0, Qt.ItemDataRole.UserRole)
        if not target:
            return
        kind, journey_id, object_id = target
        if kind in ("stage", "lane", "card"):
            self.object_activated.emit(Ref(kind, journey_id, object_id))
        elif kind == "journey":
            self.object_activated.emit(Ref.journey(object_id))


def compare_with(window: "MainWindow") -> CompareDialog | None:
    """File > Compare With…: another file, or the last commit when the file is in a git repository."""
    document = window.document
    answers = [ANOTHER_FILE]
    if document.path is not None and repository_root(document.path.parent) is not None:
        answers.insert(0, LAST_COMMIT)
    answer = window.dialogs.choose(
        "Compare with…",
        f"Compare “{window.files.display_name()}” with which version?",
        "The comparison lists what is different in the open map, grouped by journey.",
        answers,
    )
    if answer is None:
        return None
    try:
        if answer == LAST_COMMIT:
            assert document.path is not None
            other, name = loads(committed_version(document.path), f"{document.path.name} at HEAD"), "the last commit"
        else:
            path = window.dialogs.open_path(document.path.parent if document.path else None)
            if path is None:
                return None
            other, name = load_project(path), f"“{Path(path).name}”"
    except JourneyDeskError as exc:
        window.dialogs.error("Could not compare", str(exc))
        return None
    return show_comparison(window, other, document.project, name, "the open map")


def show_comparison(window: "MainWindow", old: Project, new: Project, old_name: str, new_name: str) -> CompareDialog:
    dialog = CompareDialog(old, new, old_name, new_name, window)
    dialog.object_activated.connect(window.show_object)
    dialog.exec()
    return dialog
