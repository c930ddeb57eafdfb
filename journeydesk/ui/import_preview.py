"""Importing a hand-made Excel map: a preview of what was found, with the stage row (or column) and
the lane kinds open to correction before anything is imported."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeydesk.export.xlsx.foreign import SheetGrid, build_project, regrid
from journeydesk.export.xlsx.grid import GridGuess, Orientation, cells_of
from journeydesk.model.enums import LaneKind
from journeydesk.model.project import Project
from journeydesk.model.words import count
from journeydesk.style.icons import icon


class ImportPreview(QDialog):
    def __init__(self, grids: list[SheetGrid], chosen: SheetGrid, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import a journey map from Excel")
        self.resize(760, 600)
        self.grids = grids
        self.grid = chosen
        self.guess: GridGuess | None = chosen.guess
        self.sheet = QComboBox()
        for grid in grids:
            self.sheet.addItem(grid.name)
        self.sheet.setCurrentIndex(grids.index(chosen))
        self.in_row = QRadioButton("in a row")
        self.in_column = QRadioButton("in a column")
        self.position = QSpinBox()
        self.position.setRange(1, 10_000)
        layout_row = QHBoxLayout()
        for widget in (self.in_row, self.in_column, QLabel("number"), self.position):
            layout_row.addWidget(widget)
        layout_row.addStretch()
        self.stages = QLabel()
        self.stages.setWordWrap(True)
        self.lanes = QTableWidget(0, 3)
        self.lanes.setHorizontalHeaderLabels(["Lane", "Kind", "Cards"])
        self.lanes.horizontalHeader().setStretchLastSection(False)
        self.lanes.setColumnWidth(0, 300)
        self.lanes.setColumnWidth(1, 240)
        self.summary = QLabel()
        self.summary.setObjectName("hint")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton("Import", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow("Sheet", self.sheet)
        form.addRow("Stage names are", layout_row)
        form.addRow("Stages found", self.stages)
        heading = QLabel("Check what JourneyDesk found, and correct it if needed")
        heading.setObjectName("dialogHeading")
        column = QVBoxLayout(self)
        column.addWidget(heading)
        column.addLayout(form)
        column.addWidget(self.lanes, 1)
        column.addWidget(self.summary)
        column.addWidget(self.buttons)
        self.sheet.currentIndexChanged.connect(self._sheet_changed)
        self.in_row.toggled.connect(self._layout_changed)
        self.position.valueChanged.connect(self._layout_changed)
        self._show(self.guess)

    def _sheet_changed(self, index: int) -> None:
        self.grid = self.grids[index]
        self._show(self.grid.guess)

    def _layout_changed(self) -> None:
        orientation: Orientation = "rows" if self.in_row.isChecked() else "columns"
        self.guess = regrid(self.grid, orientation, self.position.value() - 1)
        self._show(self.guess, keep_controls=True)

    def _show(self, guess: GridGuess | None, keep_controls: bool = False) -> None:
        self.guess = guess
        if not keep_controls and guess is not None:
            for widget in (self.in_row, self.in_column, self.position):
                widget.blockSignals(True)
            self.in_row.setChecked(guess.orientation == "rows")
            self.in_column.setChecked(guess.orientation == "columns")
            self.position.setValue(guess.header + 1)
            for widget in (self.in_row, self.in_column, self.position):
                widget.blockSignals(False)
        self.import_button.setEnabled(guess is not None)
        self.lanes.setRowCount(0)
        if guess is None:
            self.stages.setText("No stage names here. Choose the row or column that holds them.")
            self.summary.setText("")
            return
        self.stages.setText("  →  ".join(guess.stages))
        counts = [0] * len(guess.lanes)
        for _, lane_index, _ in cells_of(self.grid.texts, guess, self.grid.merged):
            counts[lane_index] += 1
        self.lanes.setRowCount(len(guess.lanes))
        for row, (name, kind) in enumerate(zip(guess.lanes, guess.kinds, strict=True)):
            self.lanes.setItem(row, 0, QTableWidgetItem(name))
            combo = QComboBox()
            for option in LaneKind:
                combo.addItem(icon(f"lane-{option.value}"), option.label)
            combo.setCurrentIndex(list(LaneKind).index(kind))
            self.lanes.setCellWidget(row, 1, combo)
            cards = QTableWidgetItem(str(counts[row]))
            cards.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.lanes.setItem(row, 2, cards)
        self.summary.setText(
            f"{count(len(guess.stages), 'stage')}, {count(len(guess.lanes), 'lane')}, {count(sum(counts), 'card')} "
            f"(empty cells and placeholders such as “TBD” are left out)."
        )

    def kinds(self) -> list[LaneKind]:
        kinds = list(LaneKind)
        return [kinds[self.lanes.cellWidget(row, 1).currentIndex()] for row in range(self.lanes.rowCount())]

    def set_kind(self, row: int, kind: LaneKind) -> None:
        self.lanes.cellWidget(row, 1).setCurrentIndex(list(LaneKind).index(kind))

    def project(self) -> Project:
        assert self.guess is not None
        return build_project(self.grid, self.guess, self.kinds())
