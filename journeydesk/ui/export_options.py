"""The export dialog every format gets from its registry entry: which journeys, and its options."""

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journeydesk.formats import ExportRequest, Format, Option
from journeydesk.formats.format import OptionValue
from journeydesk.model.project import Project

OptionField = QComboBox | QSpinBox | QCheckBox


def needs_dialog(format_: Format, project: Project) -> bool:
    """Whether there is anything to ask: options, or a choice of journeys."""
    return bool(format_.export_options) or (not format_.one_journey and len(project.journeys) > 1)


def journey_choice(project: Project, journey_id: str) -> QComboBox:
    """Every journey, or only the one shown."""
    choice = QComboBox()
    choice.addItem("Every journey")
    choice.addItem(f"Only “{project.journey(journey_id).name}”")
    return choice


class ExportOptionsDialog(QDialog):
    def __init__(self, format_: Format, project: Project, journey_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Export {format_.name}")
        self.format, self.journey_id = format_, journey_id
        about = QLabel(f"{format_.description}.")
        about.setObjectName("hint")
        about.setWordWrap(True)
        form = QFormLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(10)
        self.journeys: QComboBox | None = None
        if not format_.one_journey and len(project.journeys) > 1:
            self.journeys = journey_choice(project, journey_id)
            form.addRow("Journeys", self.journeys)
        elif format_.one_journey:
            form.addRow("Journey", QLabel(f"“{project.journey(journey_id).name}”, the one shown"))
        self.fields = {option.name: _field(option) for option in format_.export_options}
        for option in format_.export_options:
            form.addRow(option.label, self.fields[option.name])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton("Export…", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.setContentsMargins(18, 16, 18, 14)
        column.setSpacing(14)
        column.addWidget(about)
        column.addLayout(form)
        column.addStretch(1)
        column.addWidget(buttons)
        self.setMinimumWidth(420)

    def request(self) -> ExportRequest:
        if self.format.one_journey or (self.journeys is not None and self.journeys.currentIndex() == 1):
            journey_ids: list[str] | None = [self.journey_id]
        else:
            journey_ids = None
        return ExportRequest(journey_ids, {name: _value(field) for name, field in self.fields.items()})


def _field(option: Option) -> OptionField:
    if option.choices:
        combo = QComboBox()
        for value, label in option.choices.items():
            combo.addItem(label, value)
        combo.setCurrentIndex(list(option.choices).index(str(option.default)))
        return combo
    if isinstance(option.default, bool):
        box = QCheckBox()
        box.setChecked(option.default)
        return box
    spin = QSpinBox()
    spin.setRange(option.minimum or 0, option.maximum or 1_000_000)
    spin.setValue(int(option.default))
    return spin


def _value(field: OptionField) -> OptionValue:
    if isinstance(field, QComboBox):
        return str(field.currentData())
    if isinstance(field, QCheckBox):
        return field.isChecked()
    return field.value()
