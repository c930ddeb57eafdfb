"""A long export's progress in a dialog with a Cancel button."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget


class ProgressReporter:
    """Feeds an exporter's progress to a dialog; returns False once the person has cancelled."""

    def __init__(self, parent: QWidget, label: str) -> None:
        self.dialog = QProgressDialog(label, "Cancel", 0, 100, parent)
        self.dialog.setWindowTitle("Exporting")
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)

    def __call__(self, done: int, total: int) -> bool:
        self.dialog.setMaximum(total)
        self.dialog.setValue(done)
        QApplication.processEvents()
        return not self.dialog.wasCanceled()

    def close(self) -> None:
        self.dialog.reset()
        self.dialog.close()
