"""The Conflicts dock: each merge conflict's base, ours and theirs, resolved as one undoable step, and
its object found on the map. The bar above the map is :mod:`journeydesk.ui.conflict_banner`."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from journeydesk.document import ChangeSet, JourneyDocument, Ref
from journeydesk.document.describe import CONFLICT_KINDS, conflict_value
from journeydesk.document.edits import Edits
from journeydesk.document.operations import OperationError
from journeydesk.document.resolve import Side
from journeydesk.model.conflicts import Conflict
from journeydesk.style.icons import icon
from journeydesk.ui.conflict_banner import conflicts_text

SIDES: tuple[tuple[Side, str, str], ...] = (
    ("base", "Base", "Use Base"),
    ("ours", "Ours (on the map)", "Keep Ours"),
    ("theirs", "Theirs", "Use Theirs"),
)


def conflict_ref(conflict: Conflict) -> Ref | None:
    """What to select on the map for a conflict (None: nothing to show there)."""
    if conflict.object_type in ("stage", "lane", "card") and conflict.journey_id:
        return Ref(conflict.object_type, conflict.journey_id, conflict.object_id)  # type: ignore[arg-type]  # the kind was checked just above
    if conflict.object_type == "journey":
        return Ref.journey(conflict.object_id)
    return None


class SideBox(QFrame):
    """One side of a conflict: its title, its value, and a button to take it."""

    chosen = Signal(str)

    def __init__(self, side: Side, title: str, button_text: str) -> None:
        super().__init__()
        self.side = side
        self.setObjectName("conflictSide")
        heading = QLabel(title)
        heading.setObjectName("conflictSideTitle")
        self.value = QLabel()
        self.value.setWordWrap(True)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.value.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.button = QPushButton(button_text)
        self.button.clicked.connect(lambda: self.chosen.emit(self.side))
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 8, 10, 8)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(3)
        grid.addWidget(heading, 0, 0)
        grid.addWidget(self.value, 1, 0)
        grid.addWidget(self.button, 0, 1, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        grid.setColumnStretch(0, 1)


class ConflictsPanel(QWidget):
    object_clicked = Signal(object)  # Ref to select and show on the map
    problem = Signal(str)  # a resolution that could not be made, in words

    def __init__(self) -> None:
        super().__init__()
        self.document: JourneyDocument | None = None
        self.edits: Edits | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setMinimumHeight(60)
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        self.list.itemClicked.connect(lambda _: self.find_on_map())
        self.title = QLabel()
        self.title.setObjectName("inspectorHeading")
        self.title.setWordWrap(True)
        self.what = QLabel()
        self.what.setObjectName("hint")
        self.what.setWordWrap(True)
        self.sides = {side: SideBox(side, title, text) for side, title, text in SIDES}
        for box in self.sides.values():
            box.chosen.connect(self.resolve)
        self.edit = QPushButton("Find on Map")
        self.edit.setToolTip("Select the object on the map, to change it in the inspector")
        self.edit.clicked.connect(self.find_on_map)
        self.resolved = QPushButton("Mark Resolved")
        self.resolved.setToolTip("Keep the map as it is now (after editing it yourself)")
        self.resolved.clicked.connect(lambda: self.resolve(None))
        self._build()

    def _build(self) -> None:
        detail = QWidget()
        boxes = QVBoxLayout()
        boxes.setSpacing(6)
        for box in self.sides.values():
            boxes.addWidget(box, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit)
        buttons.addStretch()
        buttons.addWidget(self.resolved)
        column = QVBoxLayout(detail)
        column.setContentsMargins(0, 6, 0, 0)
        column.setSpacing(6)
        column.addWidget(self.title)
        column.addWidget(self.what)
        column.addLayout(boxes)
        column.addLayout(buttons)
        column.addStretch()
        scroller = QScrollArea()
        scroller.setWidget(detail)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setMinimumHeight(80)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.list)
        split.addWidget(scroller)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        self.detail = detail
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)

    def bind(self, document: JourneyDocument, edits: Edits) -> None:
        if self.document is not None:
            self.document.changed.disconnect(self._on_changed)
        self.document, self.edits = document, edits
        document.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, changes: ChangeSet) -> None:
        self.refresh()

    @property
    def conflicts(self) -> list[Conflict]:
        return list(self.document.project.conflicts) if self.document is not None else []

    def refresh(self) -> None:
        current = self.current()
        conflicts = sorted(self.conflicts, key=lambda conflict: (conflict.where, conflict.label, conflict.field))
        self.summary.setText(
            f"{conflicts_text(len(conflicts))}. Choose a side for each, or edit the object and mark it resolved."
            if conflicts
            else "No merge conflicts: everything merged."
        )
        self.list.blockSignals(True)
        self.list.clear()
        for conflict in conflicts:
            field = f" · {conflict.field.replace('_', ' ')}" if conflict.field else ""
            item = QListWidgetItem(icon("action-merge", "#c4553b"), f"{conflict.label}{field}")
            item.setToolTip(f"{conflict.where}\n{CONFLICT_KINDS[conflict.kind.value]}".strip())
            item.setData(Qt.ItemDataRole.UserRole, conflict.id)
            self.list.addItem(item)
            if current is not None and conflict.id == current.id:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self._show_current()

    def current(self) -> Conflict | None:
        item = self.list.currentItem()
        wanted = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return next((conflict for conflict in self.conflicts if conflict.id == wanted), None)

    def select(self, conflict_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == conflict_id:
                self.list.setCurrentRow(row)

    def _show_current(self) -> None:
        conflict = self.current()
        self.detail.setVisible(conflict is not None)
        if conflict is None or self.document is None:
            return
        field = f": {conflict.field.replace('_', ' ')}" if conflict.field else ""
        self.title.setText(f"{conflict.label}{field}")
        self.what.setText(" · ".join(part for part in (conflict.where, CONFLICT_KINDS[conflict.kind.value]) if part))
        for side, box in self.sides.items():
            box.value.setText(conflict_value(conflict, side, self.document.project))
            box.setProperty("current", side == "ours")
            box.style().unpolish(box)
            box.style().polish(box)
        self.edit.setEnabled(conflict_ref(conflict) is not None)

    def resolve(self, side: Side | None) -> None:
        conflict = self.current()
        if conflict is None or self.edits is None:
            return
        try:
            self.edits.resolve_conflict(conflict.id, side)
        except OperationError as exc:
            self.problem.emit(str(exc))

    def find_on_map(self) -> None:
        conflict = self.current()
        ref = conflict_ref(conflict) if conflict is not None else None
        if ref is not None and self.document is not None and self.document.exists(ref):
            self.object_clicked.emit(ref)
