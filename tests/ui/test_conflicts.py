"""A merged file with conflicts, opened in the real window: the bar, the Conflicts dock, choosing a
side as one undoable step, the object found on the map, and the health check listing what is left."""

from pathlib import Path

from PySide6.QtCore import Qt

from journeydesk.document import plans
from journeydesk.document.apply import apply
from journeydesk.document.merge import merge
from journeydesk.document.operations import SetFields
from journeydesk.document.state import ProjectState
from journeydesk.io import dumps, load_project, loads, save_project
from journeydesk.ui.compare_dialog import CompareDialog
from tests.factories import small_project


def merged_with_conflicts(tmp_path: Path) -> Path:
    """Two people edited one map: severity and a stage name both ways; one deleted a note the other edited."""
    base = small_project()
    ours, theirs = loads(dumps(base)), loads(dumps(base))
    for side, severity, name, note in ((ours, 5, "Look around", "Seen on a bus"), (theirs, 1, "Browse", None)):
        state = ProjectState(side)
        apply(state, SetFields("card", "j1", "c-pain", {"severity": severity}))
        apply(state, SetFields("stage", "j1", "s1", {"name": name}))
        if note is not None:
            apply(state, SetFields("card", "j1", "c-note", {"title": note}))
        else:
            for operation in plans.removal(state, "card", "j1", ["c-note"]):
                apply(state, operation)
    path = tmp_path / "merged.journey"
    save_project(merge(base, ours, theirs).project, path)
    return path


def click_item(qtbot, panel, text: str) -> None:
    items = panel.list.findItems(text, Qt.MatchFlag.MatchStartsWith)
    assert items, [panel.list.item(row).text() for row in range(panel.list.count())]
    rect = panel.list.visualItemRect(items[0])
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_file_with_conflicts_opens_with_the_bar_and_the_dock(qtbot, open_window, tmp_path) -> None:
    path = merged_with_conflicts(tmp_path)
    window = open_window(load_project(path), path)
    assert window.conflict_banner.isVisible()
    assert "3 conflicts from a merge" in window.conflict_banner.message.text()
    panel = window.conflicts
    assert panel.isVisible()
    assert panel.list.count() == 3
    click_item(qtbot, panel, "Pain point “Slow checkout” · severity")
    assert [box.value.text() for box in panel.sides.values()] == ["4", "5", "1"]
    assert window.scene.selected_card_ids() == ["c-pain"]  # the map shows which card it is about


def test_choosing_theirs_is_one_undoable_step(qtbot, open_window, tmp_path) -> None:
    path = merged_with_conflicts(tmp_path)
    window = open_window(load_project(path), path)
    panel = window.conflicts
    click_item(qtbot, panel, "Pain point “Slow checkout” · severity")
    qtbot.mouseClick(panel.sides["theirs"].button, Qt.MouseButton.LeftButton)
    assert window.document.index("j1").card("c-pain").severity == 1
    assert panel.list.count() == 2
    assert "2 conflicts from a merge" in window.conflict_banner.message.text()
    assert window.document.undo_stack.undoText() == "Resolve Conflict (Use Theirs)"
    window.actions_.undo.trigger()
    assert window.document.index("j1").card("c-pain").severity == 5
    assert len(window.document.project.conflicts) == 3 and panel.list.count() == 3


def test_a_deleted_object_can_be_deleted_after_all_and_editing_then_marking_resolved_works(
    qtbot, open_window, tmp_path
) -> None:
    path = merged_with_conflicts(tmp_path)
    window = open_window(load_project(path), path)
    panel = window.conflicts
    click_item(qtbot, panel, "Note “Seen on a bus”")
    assert panel.sides["theirs"].value.text() == "Deleted"
    qtbot.mouseClick(panel.sides["theirs"].button, Qt.MouseButton.LeftButton)
    assert "c-note" not in window.document.index("j1")
    click_item(qtbot, panel, "Stage “Look around”")
    assert window.scene.selected_ref().kind == "stage"
    window.edits.set_fields(window.scene.selected_ref(), {"name": "Explore"}, "Rename Stage")  # edited by hand
    qtbot.mouseClick(panel.resolved, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.sides["ours"].button, Qt.MouseButton.LeftButton)  # the last one: keep ours
    assert window.document.project.conflicts == []
    assert not window.conflict_banner.isVisible()
    assert panel.summary.text() == "No merge conflicts: everything merged."
    window.files.save()
    assert load_project(path).conflicts == [] and load_project(path).journeys[0].stages[0].name == "Explore"


def test_the_health_check_lists_unresolved_conflicts_and_opens_them(qtbot, open_window, tmp_path) -> None:
    path = merged_with_conflicts(tmp_path)
    window = open_window(load_project(path), path)
    health = window.health
    texts = [health.list.item(row).text() for row in range(health.list.count())]
    assert texts[0] == "Resolve merge conflicts (3)"
    assert any(text.startswith("Pain point “Slow checkout”: severity") for text in texts)
    item = next(
        health.list.item(row) for row in range(health.list.count()) if "severity" in health.list.item(row).text()
    )
    rect = health.list.visualItemRect(item)
    qtbot.mouseClick(health.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.conflicts.current().field == "severity"
    assert window.scene.selected_card_ids() == ["c-pain"]


def test_compare_with_another_file_lists_the_changes_and_finds_them(qtbot, open_window, tmp_path, monkeypatch) -> None:
    other = tmp_path / "other.journey"
    project = small_project()
    project.journeys[0].stages[1].name = "Pay"
    save_project(project, other)
    window = open_window(small_project(), tmp_path / "mine.journey")
    monkeypatch.setattr(window.dialogs, "open_path", lambda folder: other)
    from tests.ui.conftest import answer_message_box

    answer_message_box("Another File…")
    seen: list[CompareDialog] = []

    def look() -> None:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, CompareDialog):
            QTimer.singleShot(20, look)
            return
        seen.append(dialog)
        item = dialog.tree.topLevelItem(0).child(0)
        dialog.tree.itemDoubleClicked.emit(item, 0)
        dialog.accept()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, look)
    window.actions_.compare_with.trigger()
    assert seen[0].lines() == ["Stage “Pay”: renamed to “Buy”"]
    assert window.scene.selected_ref().id == "s2"
