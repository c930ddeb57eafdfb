"""Files in the window: save and reopen, the unsaved-changes prompt, drops, revert, recent files, New."""

import gc
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QTimer, QUrl
from PySide6.QtWidgets import QApplication

from journeydesk.io import dumps, load_project, save_project
from journeydesk.model import CardKind
from journeydesk.ui.settings import AppSettings
from journeydesk.ui.template_gallery import TemplateGallery
from tests.factories import small_project
from tests.ui.conftest import answer_message_box, cell_point, drop_mime


def edit_something(window) -> None:
    scene = window.scene
    stage, lane = scene.journey.stages[0].id, scene.journey.lanes[0].id
    window.edits.add_card(scene.journey_id, CardKind.NOTE, stage, lane, title="Unsaved idea")


def test_save_as_then_reopen_gives_an_equal_project(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    edit_something(window)
    assert window.isWindowModified()
    target = tmp_path / "sample.journey"
    monkeypatch.setattr(window.dialogs, "save_path", lambda suggestion: target)
    window.actions_.save.trigger()
    assert not window.isWindowModified()
    assert window.windowTitle() == "sample.journey[*] — JourneyDesk"
    assert load_project(target) == window.document.project
    assert target.read_bytes() == dumps(window.document.project)
    assert AppSettings().recent_files()[0] == target.resolve()
    # the clean state follows saving: undo makes it modified, redo clean again
    window.actions_.undo.trigger()
    assert window.isWindowModified()
    window.actions_.redo.trigger()
    assert not window.isWindowModified()
    # reopen it in the window
    window.files.open(target)
    assert window.document.project == load_project(target)


@pytest.mark.parametrize("answer", ["Save", "Don't Save", "Cancel"])
def test_unsaved_changes_prompt_before_open(qtbot, open_window, tmp_path: Path, answer: str) -> None:
    current = tmp_path / "current.journey"
    save_project(small_project(), current)
    other = tmp_path / "other.journey"
    other_project = small_project()
    other_project.title = "Other"
    save_project(other_project, other)
    window = open_window(load_project(current), current)
    edit_something(window)
    edited = window.document.project.model_copy(deep=True)

    shown = answer_message_box(answer)
    window.files.open(other)

    assert shown[0] == "Do you want to save the changes to “current.journey”?"
    if answer == "Cancel":
        assert window.document.path == current and window.isWindowModified()
        assert load_project(current) == small_project()
    else:
        assert window.document.path == other and window.document.project.title == "Other"
        assert load_project(current) == (edited if answer == "Save" else small_project())


@pytest.mark.parametrize("answer", ["Save", "Don't Save"])
def test_opening_the_file_being_edited_shows_what_is_on_disk_after_the_answer(
    qtbot, open_window, tmp_path: Path, answer: str
) -> None:
    """File > Open of the very file open here, with unsaved changes: saved first, the window shows the
    saved version, not the one read before the question (which a later save would write back)."""
    path = tmp_path / "map.journey"
    save_project(small_project(), path)
    window = open_window(load_project(path), path)
    edit_something(window)
    edited = window.document.project.model_copy(deep=True)
    answer_message_box(answer)
    assert window.files.open(path)
    on_disk = load_project(path)
    assert window.document.project == on_disk and not window.isWindowModified()
    assert on_disk == (edited if answer == "Save" else small_project())


def test_close_with_unsaved_changes_asks_and_cancel_keeps_the_window(qtbot, window) -> None:
    edit_something(window)
    answer_message_box("Cancel")
    window.close()
    assert window.isVisible()
    answer_message_box("Don't Save")
    window.close()
    assert not window.isVisible()


def test_dropping_a_journey_file_opens_it(qtbot, window, tmp_path: Path) -> None:
    path = tmp_path / "dropped.journey"
    save_project(small_project(), path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    assert drop_mime(window.view, mime, cell_point(window.scene, *_first_cell(window)))
    assert window.document.path == path
    assert window.document.project == small_project()


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("notes.txt", b"Shopping list", "not a JourneyDesk file (it is not JSON)"),
        (
            "broken.journey",
            b'{"format": "journeydesk", "schema_version": 1, "project": {"id": "x"}}',
            "project.title: required field is missing",
        ),
    ],
)
def test_dropping_a_wrong_file_shows_an_error_and_changes_nothing(
    qtbot, window, tmp_path: Path, name: str, content: bytes, expected: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    edit_something(window)
    before = dumps(window.document.project)
    document = window.document
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    shown = answer_message_box("OK")  # the file is refused before any question about unsaved changes
    drop_mime(window.view, mime, cell_point(window.scene, *_first_cell(window)))
    qtbot.waitUntil(lambda: bool(shown))
    assert shown[0] == f"Could not open “{name}”"
    assert expected in shown[1]
    assert window.document is document
    assert dumps(window.document.project) == before
    assert path.read_bytes() == content


def test_save_failure_keeps_the_document_modified(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    edit_something(window)
    monkeypatch.setattr(window.dialogs, "save_path", lambda suggestion: tmp_path / "missing" / "map.journey")
    shown = answer_message_box("OK")
    assert not window.files.save()
    assert shown[0] == "Could not save “map.journey”"
    assert "does not exist" in shown[1]
    assert window.isWindowModified() and window.document.path is None


def test_revert_reloads_from_disk(qtbot, open_window, tmp_path: Path) -> None:
    path = tmp_path / "map.journey"
    save_project(small_project(), path)
    window = open_window(load_project(path), path)
    edit_something(window)
    answer_message_box("Discard")
    window.actions_.revert.trigger()
    assert window.document.project == small_project()
    assert not window.isWindowModified()


def test_recent_files_menu_opens_a_recent_file(qtbot, window, tmp_path: Path) -> None:
    path = tmp_path / "recent.journey"
    save_project(small_project(), path)
    window.settings.add_recent(path)
    window.update_recent_menu()
    actions = window.recent_menu.actions()
    assert actions[0].text().endswith("recent.journey")
    actions[0].trigger()
    assert window.document.path == path


def test_window_layout_persists_between_runs(qtbot, open_window) -> None:
    first = open_window()
    first.docks.dock("history").hide()
    first.resize(1111, 777)
    first.close()
    second = open_window()
    assert not second.docks.dock("history").isVisible()
    assert second.docks.dock("inspector").isVisible()


def test_new_from_the_template_gallery(qtbot, window) -> None:
    def choose() -> None:
        gallery = QApplication.activeModalWidget()
        if not isinstance(gallery, TemplateGallery):
            QTimer.singleShot(20, choose)
            return
        gallery.list.setCurrentRow(3)  # seven-step
        gallery.title.setText("Gym membership")
        gallery.accept()

    QTimer.singleShot(0, choose)
    assert window.files.new()
    journey = window.document.project.journeys[0]
    assert window.document.project.title == "Gym membership"
    assert [stage.name for stage in journey.stages][4] == "Post-Purchase Experience"
    assert window.document.path is None and not window.isWindowModified()
    assert set(window.scene.stage_headers) == {stage.id for stage in journey.stages}


def _first_cell(window) -> tuple[str, str]:
    journey = window.scene.journey
    return journey.stages[0].id, journey.lanes[0].id


def test_opening_a_map_holds_the_cycle_collector_until_it_is_shown_then_settles(qtbot, window, tmp_path) -> None:
    """The collector would walk the whole new map during its first frames; it waits, then runs once
    and sets the open map aside."""
    path = tmp_path / "map.journey"
    save_project(small_project(), path)
    qtbot.waitUntil(gc.isenabled, timeout=3000)  # the window's own opening has settled
    assert window.files.open(path)
    assert not gc.isenabled()
    window.view.viewport().repaint()
    qtbot.waitUntil(gc.isenabled, timeout=3000)
    assert gc.get_freeze_count() > 0
    assert window.document.path == path
