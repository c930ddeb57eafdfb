"""The main window: for now, the journey's stages in order."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QVBoxLayout, QWidget

from journeydesk.model import Project


class MainWindow(QMainWindow):
    def __init__(self, project: Project, path: Path | None) -> None:
        super().__init__()
        self.project = project
        self.setWindowTitle(f"{path.name if path else project.title} — JourneyDesk")
        central = QWidget()
        column = QVBoxLayout(central)
        for journey in project.journeys:
            column.addWidget(QLabel(journey.name))
            row = QHBoxLayout()
            for index, stage in enumerate(journey.stages, 1):
                chip = QLabel(f"{index}. {stage.name}")
                chip.setTextFormat(Qt.TextFormat.PlainText)
                chip.setStyleSheet(f"background:{stage.color};color:white;padding:8px 14px;border-radius:4px")
                row.addWidget(chip)
            row.addStretch()
            column.addLayout(row)
        column.addStretch()
        self.setCentralWidget(central)
        self.resize(1100, 320)
