"""Importing a hand-made Excel map: a preview of what was found (stages, lanes and their kinds, the
title and the persona), how sure the importer is, and why it would refuse; the stage row (or
column), the lane labels, the title and the lane kinds are open to correction first."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeydesk.export.xlsx.foreign import project_from
from journeydesk.export.xlsx.grid import Orientation, cells_of, column_name, column_number
from journeydesk.export.xlsx.handmade.building import default_title
from journeydesk.export.xlsx.handmade.keywords import Role, RowUse
from journeydesk.export.xlsx.handmade.persona import PersonaDraft
from journeydesk.export.xlsx.handmade.reading import Layout, SheetReading, read_sheet
from journeydesk.layout import theme
from journeydesk.model.enums import CardKind, LaneKind
from journeydesk.model.project import Project
from journeydesk.model.types import TITLE_MAX
from journeydesk.model.words import count
from journeydesk.style.icons import icon

ROLES: list[Role] = [*LaneKind, RowUse.CHANNELS, RowUse.PERSONA, RowUse.LEAVE_OUT]
SURE_COLOR = theme.CARD_STYLES[CardKind.IMPROVEMENT].label
REFUSED_COLOR = theme.CARD_STYLES[CardKind.PAIN_POINT].label


# What each column of a table of touchpoints becomes.
TABLE_COLUMNS = {
    "touchpoint": "Touchpoints",
    "stage": "The stage of each touchpoint",
    "channel": "The channel of each touchpoint",
    "score": "The emotion of each touchpoint",
    "description": "The description of each touchpoint",
    "pain": "Pain points",
    "idea": "Improvement actions",
    "owner": "The owner of each action",
}


class PositionBox(QSpinBox):
    """A row number, or a column letter, as the spreadsheet shows it; the value counts from 1."""

    def __init__(self) -> None:
        super().__init__()
        self.letters = False
        self.setRange(1, 10_000)
        self.setMinimumWidth(72)

    def show_letters(self, letters: bool) -> None:
        self.letters = letters
        self.lineEdit().setText(self.textFromValue(self.value()))

    def textFromValue(self, value: int) -> str:  # noqa: N802 (Qt's name)
        return column_name(value) if self.letters else str(value)

    def valueFromText(self, text: str) -> int:  # noqa: N802 (Qt's name)
        number = column_number(text) if self.letters else (int(text) if text.strip().isdigit() else None)
        return number if number is not None else self.value()

    # PySide6 takes the state alone; its stub gives C++'s out-parameters as a tuple
    def validate(self, text: str, position: int) -> QValidator.State:  # type: ignore[override]  # see above
        cleaned = text.strip()
        if not cleaned:
            return QValidator.State.Intermediate
        valid = column_number(cleaned) is not None if self.letters else cleaned.isdigit()
        return QValidator.State.Acceptable if valid else QValidator.State.Invalid


class ImportPreview(QDialog):
    def __init__(
        self,
        readings: list[SheetReading],
        chosen: SheetReading,
        personas: list[PersonaDraft] | None = None,
        source: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import a journey map from Excel")
        self.resize(820, 680)
        self.readings, self.reading = readings, chosen
        self.personas = personas or []
        self.source = source or Path(chosen.name)
        self.fallback_title = source.stem if source else ""
        self.sheet = QComboBox()
        for reading in readings:
            self.sheet.addItem(reading.name)
        self.sheet.setCurrentIndex(readings.index(chosen))
        self.in_row = QRadioButton("in row")
        self.in_column = QRadioButton("in column")
        self.position = PositionBox()
        self.labels = PositionBox()
        self.labels_word = QLabel()
        self.title = QLineEdit()
        self.title.setMaxLength(TITLE_MAX)
        self.title.setPlaceholderText("The map's title")
        self.persona = QLabel()
        self.persona.setWordWrap(True)
        self.stages = QLabel()
        self.stages.setWordWrap(True)
        self.lanes = QTableWidget(0, 3)
        self.lanes.setHorizontalHeaderLabels(["Lane", "Kind", "Filled cells"])
        self.lanes.verticalHeader().hide()
        self.lanes.setColumnWidth(0, 330)
        self.lanes.setColumnWidth(1, 250)
        self.lanes.horizontalHeader().setStretchLastSection(True)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)
        self.summary = QLabel()
        self.summary.setObjectName("hint")
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton("Import", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self.sheet.currentIndexChanged.connect(self._sheet_changed)
        self.in_row.toggled.connect(lambda _checked: self._reread(keep_labels=False))
        self.position.valueChanged.connect(lambda _value: self._reread(keep_labels=False))
        self.labels.valueChanged.connect(lambda _value: self._reread(keep_labels=True))
        self._show(chosen)

    def _lay_out(self) -> None:
        where = QHBoxLayout()
        for widget in (self.in_row, self.in_column, self.position):
            where.addWidget(widget)
        where.addSpacing(18)
        where.addWidget(self.labels_word)
        where.addWidget(self.labels)
        where.addStretch()
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow("Sheet", self.sheet)
        form.addRow("Stage names are", where)
        form.addRow("Title", self.title)
        form.addRow("Persona", self.persona)
        form.addRow("Stages found", self.stages)
        heading = QLabel("Check what JourneyDesk found, and correct it if needed")
        heading.setObjectName("dialogHeading")
        column = QVBoxLayout(self)
        column.setSpacing(10)
        column.addWidget(heading)
        column.addLayout(form)
        column.addWidget(self.lanes, 1)
        column.addWidget(self.verdict)
        column.addWidget(self.summary)
        column.addWidget(self.buttons)

    # Reading again as the person corrects

    def _sheet_changed(self, index: int) -> None:
        self.title.setModified(False)  # another sheet shows its own title
        self._show(self.readings[index])

    def _reread(self, keep_labels: bool) -> None:
        if self.reading.unread:
            return  # a sheet too large for a map was not read: its verdict says so, whatever the layout
        orientation: Orientation = "rows" if self.in_row.isChecked() else "columns"
        layout = Layout(orientation, self.position.value() - 1, self.labels.value() - 1 if keep_labels else None)
        current = self.reading
        self._show(read_sheet(current.name, current.texts, current.merged, layout), keep_controls=True)

    def _show(self, reading: SheetReading, keep_controls: bool = False) -> None:
        self.reading = reading
        grid = reading.grid
        if not keep_controls or grid is not None:
            self._set_controls(reading)
        if not self.title.isModified():
            self.title.setText(default_title(reading, self.fallback_title))
        persona = reading.persona
        self.persona.setText(
            f"{persona.name or 'Unnamed'}" + (f", {persona.role}" if persona and persona.role else "")
            if persona
            else "None named on this sheet"
        )
        self._show_verdict(reading)
        self.lanes.setRowCount(0)
        self.lanes.setHorizontalHeaderLabels(
            ["Column", "Becomes", "Filled cells"] if reading.table else ["Lane", "Kind", "Filled cells"]
        )
        if grid is None and reading.table is None:
            self.stages.setText("No stage names here. Choose the row or column that holds them.")
            self.summary.setText("")
            return
        if reading.table is not None:
            self._show_table(reading)
            return
        assert grid is not None
        self.stages.setText("  →  ".join(grid.stages))
        counts = [0] * len(grid.lanes)
        for _, lane_index, _ in cells_of(reading.texts, grid, reading.merged):
            counts[lane_index] += 1
        self.lanes.setRowCount(len(grid.lanes))
        for row, (lane, filled) in enumerate(zip(grid.lanes, counts, strict=True)):
            name = QTableWidgetItem(lane.name or "(no label)")
            name.setToolTip(lane.description or lane.label)
            self.lanes.setItem(row, 0, name)
            self.lanes.setCellWidget(row, 1, self._role_box(lane.role))
            number = QTableWidgetItem(str(filled))
            number.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.lanes.setItem(row, 2, number)
        others = ""
        if reading.others:
            names = ", ".join(f"“{other.heading}”" for other in reading.others if other.heading)
            more = len(reading.others)
            others = (
                f" Also on this sheet: {count(more, 'more map')}{f' ({names})' if names else ''}, "
                f"imported as {'journeys' if more > 1 else 'a journey'} of {'their' if more > 1 else 'its'} own."
            )
        self.summary.setText(
            f"{count(len(grid.stages), 'stage')}, {count(len(grid.lanes), 'row')}, "
            f"{count(sum(counts), 'filled cell')}. Empty cells and placeholders such as “TBD” are left out; "
            "ratings stay unset unless a cell gives them." + others
        )

    def _set_controls(self, reading: SheetReading) -> None:
        grid = reading.grid
        widgets = (self.in_row, self.in_column, self.position, self.labels)
        for widget in widgets:
            widget.blockSignals(True)
        rows = grid is None or grid.orientation == "rows"
        self.in_row.setChecked(rows)
        self.in_column.setChecked(not rows)
        self.position.show_letters(not rows)
        self.labels.show_letters(rows)
        self.labels_word.setText("Lane labels in column" if rows else "Lane labels in row")
        if grid is not None:
            self.position.setValue(grid.header + 1)
            self.labels.setValue(grid.label + 1)
        elif reading.table is not None:
            self.position.setValue(reading.table.header + 1)
        for widget in widgets:
            widget.blockSignals(False)

    def _show_verdict(self, reading: SheetReading) -> None:
        verdict = reading.verdict
        if verdict.accepted:
            what = "a table of touchpoints" if reading.table is not None else "a journey map"
            text = f"This reads as {what}: {verdict.score} of 100."
        else:
            text = (
                f"Not a journey map as it stands ({verdict.score} of 100): {verdict.reason}. "
                "Choose the row or column of the stage names above to import it anyway."
            )
        self.verdict.setText(text)
        color = SURE_COLOR if verdict.accepted else REFUSED_COLOR
        self.verdict.setStyleSheet(f"QLabel {{ color: {color}; font-weight: 600; }}")
        self.import_button.setEnabled(verdict.accepted)

    def _show_table(self, reading: SheetReading) -> None:
        """A table of touchpoints: what each of its columns becomes."""
        table = reading.table
        assert table is not None
        self.stages.setText("  →  ".join(table.stages))
        header = reading.texts[table.header]
        self.lanes.setRowCount(len(table.columns))
        for row, (column, index) in enumerate(table.columns.items()):
            filled = sum(1 for line in table.rows if table.cell(reading.texts, line, column))
            cells = [header[index], TABLE_COLUMNS.get(column, "Read with the touchpoint"), str(filled)]
            for position, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if position == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.lanes.setItem(row, position, item)
        self.summary.setText(
            f"{len(table.rows)} touchpoints in {len(table.stages)} stages, one row each. To read the sheet as a "
            "grid of stages and lanes instead, choose the row or column of its stage names."
        )

    def _role_box(self, role: Role) -> QComboBox:
        box = QComboBox()
        for option in ROLES:
            if isinstance(option, LaneKind):
                box.addItem(icon(f"lane-{option.value}"), option.label)
            else:
                box.addItem(option.label)
        box.setCurrentIndex(ROLES.index(role))
        return box

    # What the person decided

    def roles(self) -> list[Role]:
        return [ROLES[self._role_box_at(row).currentIndex()] for row in range(self.lanes.rowCount())]

    def set_role(self, row: int, role: Role) -> None:
        self._role_box_at(row).setCurrentIndex(ROLES.index(role))

    def _role_box_at(self, row: int) -> QComboBox:
        box = self.lanes.cellWidget(row, 1)
        assert isinstance(box, QComboBox)
        return box

    def project(self) -> Project:
        """The project as corrected; raises :class:`WorkbookError` for what a journey cannot hold."""
        roles = self.roles() if self.reading.grid is not None else None
        return project_from(self.reading, self.source, self.personas, roles, self.title.text().strip() or None)
