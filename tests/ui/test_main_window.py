"""The main window shows the opened journey."""

from PySide6.QtWidgets import QLabel

from journeydesk.templates import new_project
from journeydesk.ui.main_window import MainWindow


def test_window_shows_the_sample_journey_stages_in_order(qtbot) -> None:
    project = new_project("sample")
    window = MainWindow(project, None)
    qtbot.addWidget(window)
    window.show()
    texts = [label.text() for label in window.findChildren(QLabel)]
    assert texts[0] == project.journeys[0].name
    assert texts[1:] == [
        "1. Awareness",
        "2. Interest",
        "3. Consideration",
        "4. Purchase",
        "5. Retention",
        "6. Advocacy",
    ]
    assert window.windowTitle() == "Northwind Bikes: e-bike purchase journey — JourneyDesk"
