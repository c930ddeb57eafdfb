"""Web page, PowerPoint and Mermaid through the window: File > Export, File > Import, and a diagram
dropped on the window."""

from pathlib import Path

from pptx import Presentation
from PySide6.QtCore import QMimeData, QPointF, QTimer, QUrl
from PySide6.QtWidgets import QApplication, QComboBox

from journeydesk.model import JourneyState
from journeydesk.model.rekey import with_fresh_ids
from journeydesk.templates import new_project
from journeydesk.ui.export_options import ExportOptionsDialog
from tests.export.mermaid_grammar import parse
from tests.ui.conftest import answer_message_box, drop_mime

DIAGRAM = "journey\n  title Café visit\n  section Arrive\n    Find a table: 2: Zoë\n  section Order\n    Pay: 5: Zoë\n"


def test_export_a_web_page_from_the_file_menu(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "map.html"
    suggested: list[Path] = []
    monkeypatch.setattr(window.dialogs, "save_path", lambda suggestion, *args: suggested.append(suggestion) or target)
    export = next(action for action in window.export_menu.actions() if action.text() == "&Web Page (HTML)…")
    export.trigger()
    assert suggested[0].suffix == ".html"
    page = target.read_text(encoding="utf-8")
    assert window.document.project.title in page and page.count('class="card"') == len(
        window.document.project.journeys[0].cards
    )
    assert window.statusBar().currentMessage() == f"Exported {target}"


def test_export_one_journey_to_powerpoint_after_choosing_it(qtbot, open_window, tmp_path: Path, monkeypatch) -> None:
    project = new_project("sample")
    future = with_fresh_ids(project).journeys[0]
    future.name, future.state = "Future", JourneyState.FUTURE
    project.journeys.append(future)
    window = open_window(project)
    target = tmp_path / "deck.pptx"
    monkeypatch.setattr(window.dialogs, "save_path", lambda suggestion, *args: target)

    def only_this_journey() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ExportOptionsDialog):
            QTimer.singleShot(20, only_this_journey)
            return
        journeys = dialog.findChild(QComboBox)
        journeys.setCurrentIndex(1)
        dialog.accept()

    QTimer.singleShot(0, only_this_journey)
    window.actions_.export["pptx"].trigger()
    titles = [slide.shapes.title.text for slide in Presentation(str(target)).slides]
    assert any(title.startswith(project.journeys[0].name) for title in titles[1:])
    assert not any(title.startswith("Future") for title in titles)


def test_export_the_journey_shown_as_mermaid(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "map.mmd"
    monkeypatch.setattr(window.dialogs, "save_path", lambda suggestion, *args: target)
    window.actions_.export["mermaid"].trigger()
    journey = window.document.project.journeys[0]
    assert parse(target.read_text(encoding="utf-8")).sections == [stage.name for stage in journey.stages]


def test_import_a_mermaid_diagram_from_the_file_menu(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    source = tmp_path / "visit.mmd"
    source.write_text(DIAGRAM, encoding="utf-8")
    offered: list[list[str]] = []
    monkeypatch.setattr(
        window.dialogs, "open_import_path", lambda formats: offered.append([f.key for f in formats]) or source
    )
    window.actions_.import_.trigger()
    assert offered == [["xlsx", "mermaid"]]
    project = window.document.project
    assert project.title == "Café visit" and window.document.path is None
    assert [stage.name for stage in project.journeys[0].stages] == ["Arrive", "Order"]
    assert window.statusBar().currentMessage() == "Imported 2 cards from visit.mmd"


def test_a_diagram_dropped_on_the_window_is_imported(qtbot, window, tmp_path: Path) -> None:
    source = tmp_path / "dropped.mmd"
    source.write_text(DIAGRAM, encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(source))])
    assert drop_mime(window.view, mime, QPointF(400, 300))  # onto the map
    assert window.document.project.journeys[0].cards[0].title == "Find a table"
    assert window.document.path is None


def test_a_broken_diagram_is_reported_and_changes_nothing(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    source = tmp_path / "broken.mmd"
    source.write_text("journey\n  section A\n    Pay: lots\n", encoding="utf-8")
    before = window.document
    monkeypatch.setattr(window.dialogs, "open_import_path", lambda formats: source)
    shown = answer_message_box("OK")
    window.actions_.import_.trigger()
    assert shown == ["Could not import “broken.mmd”", "line 3: the score “lots” is not a number (1 to 5)"]
    assert window.document is before
