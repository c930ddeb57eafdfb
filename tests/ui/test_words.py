"""The words the window shows: counts with proper plurals, and names a person would give."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from journeydesk.ui.comparison import ComparisonDialog
from tests.factories import small_project


def tab_names(window) -> list[str]:
    return [window.journey_tabs.tabText(number) for number in range(window.journey_tabs.count())]


def test_the_status_bar_counts_in_words(qtbot, open_window) -> None:
    window = open_window(small_project())
    assert window.count_label.text() == "2 stages · 3 lanes · 4 cards"
    window.edits.delete_cards("j1", ["c-touch", "c-pain", "c-act"])
    assert window.count_label.text() == "2 stages · 3 lanes · 1 card"
    window.edits.delete_column("j1", "stages", "s2")
    window.edits.delete_column("j1", "lanes", "l-act")
    window.edits.delete_column("j1", "lanes", "l-pain")
    assert window.count_label.text() == "1 stage · 1 lane · 1 card"


def test_future_states_and_new_journeys_get_names_of_their_own(qtbot, open_window) -> None:
    project = small_project()
    project.journeys[0].name = "Current state"
    window = open_window(project)
    window.actions_.future_state.trigger()
    window.journey_tabs.setCurrentIndex(0)
    window.actions_.future_state.trigger()
    assert tab_names(window) == ["Current state", "Future state 2", "Future state"]
    window.actions_.new_journey.trigger()
    window.actions_.new_journey.trigger()
    assert sorted(tab_names(window))[-2:] == ["New journey", "New journey 2"]
    assert len(set(tab_names(window))) == len(tab_names(window))


def test_the_comparison_says_1_pain_point(qtbot, open_window) -> None:
    window = open_window(small_project())
    window.actions_.future_state.trigger()
    seen: list[str] = []

    def read() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ComparisonDialog):
            QTimer.singleShot(20, read)
            return
        seen.append(dialog.summary.text())
        dialog.reject()

    QTimer.singleShot(0, read)
    window.actions_.compare.trigger()
    assert seen == [
        "Of 1 pain point, the future state resolves 0 and eases 0. Solid line: current state; dashed: future state."
    ]
