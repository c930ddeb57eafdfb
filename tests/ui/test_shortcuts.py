"""Every shortcut the README and Help > Keyboard Shortcuts list, pressed as a person presses it: a key
event on the real main window with the map focused (never a call to the action), then what it did
to the model, the undo stack, the view, the clipboard or the file on disk."""

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from journeydesk.document import Ref
from journeydesk.io import load_project, save_project
from journeydesk.io.fragment import FRAGMENT_MIME_TYPE
from journeydesk.model import CardKind
from journeydesk.ui.actions import Actions
from journeydesk.ui.help_dialogs import MAP_KEYS, typed_keys
from journeydesk.ui.main_window import MainWindow
from journeydesk.ui.pdf_export import PdfExportDialog
from journeydesk.ui.template_gallery import TemplateGallery
from tests.conftest import REPO
from tests.factories import small_project
from tests.ui.conftest import card_center, cell_point, viewport_point

Check = Callable[[QtBot, MainWindow, QKeySequence, Path], None]  # the last: a folder for files


def press(qtbot: QtBot, window: MainWindow, sequence: QKeySequence | str, focus: QWidget | None = None) -> None:
    """The keys, on the window as the window system delivers them, with the map (or ``focus``) focused."""
    (focus or window.view).setFocus()
    combination = QKeySequence(sequence)[0]
    QTest.keyClick(window.windowHandle(), combination.key(), combination.keyboardModifiers())


def on_next_dialog(handle: Callable[[QWidget], None]) -> list[QWidget]:
    """Hand the next modal dialog to ``handle``, which answers it; returns the dialogs seen. A dialog
    still open a few seconds later is closed, so that a test fails rather than waits for ever."""
    seen: list[QWidget] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, look)
            return
        seen.append(dialog)
        handle(dialog)
        QTimer.singleShot(5000, dialog, lambda: dialog.isVisible() and dialog.reject())  # type: ignore[attr-defined]

    QTimer.singleShot(0, look)
    return seen


def choose_file(path: Path) -> Callable[[QWidget], None]:
    """Give the file dialog the file's path and accept it, as typing it and pressing Enter does."""

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        dialog.findChild(QLineEdit, "fileNameEdit").setText(str(path))
        dialog.accept()

    return answer


def reject(dialog: QWidget) -> None:
    dialog.reject()  # type: ignore[attr-defined]


def help_rows(qtbot: QtBot, window: MainWindow) -> list[tuple[str, str]]:
    """Press F1 and read Help > Keyboard Shortcuts: (keys, what they do), headings left out."""
    rows: list[tuple[str, str]] = []

    def read(dialog: QWidget) -> None:
        table = dialog.findChild(QTableWidget, "shortcutsTable")
        for row in range(table.rowCount()):
            if table.columnSpan(row, 0) == 1:
                rows.append((table.item(row, 0).text(), table.item(row, 1).text()))
        dialog.reject()  # type: ignore[attr-defined]

    seen = on_next_dialog(read)
    press(qtbot, window, "F1")
    assert seen and seen[0].windowTitle() == "Keyboard shortcuts"
    return rows


def undo_count(window: MainWindow) -> int:
    return window.document.undo_stack.index()


# What each action's keys must do


def check_new(qtbot, window, keys, folder) -> None:
    seen = on_next_dialog(reject)
    press(qtbot, window, keys)
    assert [type(dialog) for dialog in seen] == [TemplateGallery]


def check_open(qtbot, window, keys, folder) -> None:
    path = folder / "other.journey"
    other = small_project()
    other.title = "Opened with the keyboard"
    save_project(other, path)
    on_next_dialog(choose_file(path))
    press(qtbot, window, keys)
    assert window.document.path == path and window.document.project.title == "Opened with the keyboard"


def check_save(qtbot, window, keys, folder) -> None:
    path = folder / "saved.journey"
    save_project(window.document.project, path)
    window.files.reload(path)
    window.edits.add_card(window.scene.journey_id, CardKind.NOTE, "s1", "l-touch", title="Saved by keys")
    press(qtbot, window, keys)
    assert not window.document.is_modified
    assert load_project(path) == window.document.project


def check_save_as(qtbot, window, keys, folder) -> None:
    path = folder / f"as-{len(list(folder.iterdir()))}.journey"
    on_next_dialog(choose_file(path))
    press(qtbot, window, keys)
    assert window.document.path == path and load_project(path) == window.document.project


def check_export_pdf(qtbot, window, keys, folder) -> None:
    seen = on_next_dialog(reject)
    press(qtbot, window, keys)
    assert [type(dialog) for dialog in seen] == [PdfExportDialog]


def check_quit(qtbot, window, keys, folder) -> None:
    press(qtbot, window, keys)
    assert not window.isVisible()
    window.show()  # for the next binding


def check_undo(qtbot, window, keys, folder) -> None:
    window.edits.add_card(window.scene.journey_id, CardKind.NOTE, "s1", "l-touch", title="Undo me")
    before = undo_count(window)
    press(qtbot, window, keys)
    assert undo_count(window) == before - 1 and window.document.project == small_project()


def check_redo(qtbot, window, keys, folder) -> None:
    window.edits.add_card(window.scene.journey_id, CardKind.NOTE, "s1", "l-touch", title="Redo me")
    window.document.undo_stack.undo()
    press(qtbot, window, keys)
    assert [card.title for card in window.scene.index.cards_in(("s1", "l-touch"))][-1] == "Redo me"
    window.document.undo_stack.undo()


def check_cut(qtbot, window, keys, folder) -> None:
    window.scene.select_cards(["c-note"])
    press(qtbot, window, keys)
    assert "c-note" not in window.scene.index
    assert QGuiApplication.clipboard().mimeData().hasFormat(FRAGMENT_MIME_TYPE)
    window.document.undo_stack.undo()


def check_copy(qtbot, window, keys, folder) -> None:
    QGuiApplication.clipboard().clear()
    window.scene.select_cards(["c-pain"])
    press(qtbot, window, keys)
    assert QGuiApplication.clipboard().text() == "Slow checkout"
    assert window.document.project == small_project()


def check_paste(qtbot, window, keys, folder) -> None:
    window.scene.select_cards(["c-pain"])
    window.actions_.copy.trigger()  # what is pasted; the paste itself is the key press
    count = len(window.scene.journey.cards)
    press(qtbot, window, keys)
    assert len(window.scene.journey.cards) == count + 1 and window.document.undo_stack.undoText() == "Paste Pain Point"
    window.document.undo_stack.undo()


def check_duplicate(qtbot, window, keys, folder) -> None:
    window.scene.select_cards(["c-touch"])
    press(qtbot, window, keys)
    assert window.document.undo_stack.undoText() == "Duplicate Touchpoint"
    [copy] = window.scene.selected_card_ids()
    assert copy != "c-touch" and window.scene.index.card(copy).title == "Ad"
    window.document.undo_stack.undo()


def check_delete(qtbot, window, keys, folder) -> None:
    window.scene.select_cards(["c-touch"])
    press(qtbot, window, keys)
    assert "c-touch" not in window.scene.index and window.document.undo_stack.undoText() == "Delete Touchpoint"
    window.document.undo_stack.undo()


def check_select_all(qtbot, window, keys, folder) -> None:
    window.scene.clearSelection()
    press(qtbot, window, keys)
    assert sorted(window.scene.selected_card_ids()) == sorted(card.id for card in window.scene.journey.cards)


def check_edit_in_place(qtbot, window, keys, folder) -> None:
    window.scene.select_cards(["c-pain"])
    press(qtbot, window, keys)
    editor = window.view.editor
    assert editor is not None and editor.toPlainText() == "Slow checkout"
    qtbot.keyClick(editor, Qt.Key.Key_Escape)


def check_zoom_in(qtbot, window, keys, folder) -> None:
    window.view.set_zoom(1.0)
    press(qtbot, window, keys)
    assert window.view.zoom == pytest.approx(1.25) and window.zoom_label.text() == "Zoom 125%"


def check_zoom_out(qtbot, window, keys, folder) -> None:
    window.view.set_zoom(1.0)
    press(qtbot, window, keys)
    assert window.view.zoom == pytest.approx(0.8)


def check_actual_size(qtbot, window, keys, folder) -> None:
    window.view.set_zoom(0.5)
    press(qtbot, window, keys)
    assert window.view.zoom == pytest.approx(1.0)


def check_zoom_to_fit(qtbot, window, keys, folder) -> None:
    window.view.set_zoom(4.0)
    press(qtbot, window, keys)
    assert window.view.zoom < 4.0
    visible = window.view.visible_scene_rect()
    assert visible.contains(window.scene.map_rect())


def check_shortcuts(qtbot, window, keys, folder) -> None:
    seen = on_next_dialog(reject)
    press(qtbot, window, keys)
    assert [dialog.windowTitle() for dialog in seen] == ["Keyboard shortcuts"]


def check_insert(entry_name: str, expected: Callable[[MainWindow], bool]) -> Check:
    def check(qtbot, window, keys, folder) -> None:
        window.scene.select_cards(["c-touch"])
        press(qtbot, window, keys)
        assert window.view.editor is not None, entry_name  # the new item's name is open for typing
        assert expected(window), entry_name
        qtbot.keyClick(window.view.editor, Qt.Key.Key_Escape)
        window.document.undo_stack.undo()

    return check


def new_card_of(kind: CardKind) -> Callable[[MainWindow], bool]:
    return lambda window: window.scene.index.card(window.scene.selected_card_ids()[0]).kind is kind


CHECKS: dict[str, Check] = {
    "new": check_new,
    "open": check_open,
    "save": check_save,
    "save_as": check_save_as,
    "export:pdf": check_export_pdf,
    "quit": check_quit,
    "undo": check_undo,
    "redo": check_redo,
    "cut": check_cut,
    "copy": check_copy,
    "paste": check_paste,
    "duplicate": check_duplicate,
    "delete": check_delete,
    "select_all": check_select_all,
    "edit_in_place": check_edit_in_place,
    "zoom_in": check_zoom_in,
    "zoom_out": check_zoom_out,
    "actual_size": check_actual_size,
    "zoom_to_fit": check_zoom_to_fit,
    "shortcuts": check_shortcuts,
    "insert:stage": check_insert("stage", lambda w: [s.name for s in w.scene.journey.stages][1] == "New stage"),
    "insert:lane": check_insert("lane", lambda w: [lane.name for lane in w.scene.journey.lanes][1] == "New lane"),
    "insert:touchpoint": check_insert("touchpoint", new_card_of(CardKind.TOUCHPOINT)),
    "insert:pain_point": check_insert("pain point", new_card_of(CardKind.PAIN_POINT)),
    "insert:improvement": check_insert("improvement action", new_card_of(CardKind.IMPROVEMENT)),
    "insert:note": check_insert("note", new_card_of(CardKind.NOTE)),
}


def named_actions(actions: Actions) -> dict[str, object]:
    named = {name: getattr(actions, name) for name in vars(actions) if name not in ("insert", "export")}
    named |= {f"insert:{entry.value}": action for entry, action in actions.insert.items()}
    named |= {f"export:{key}": action for key, action in actions.export.items()}
    return named


@pytest.fixture
def shortcut_window(open_window) -> MainWindow:
    return open_window(small_project())


def test_every_action_with_keys_has_its_check(shortcut_window) -> None:
    with_keys = {name for name, action in named_actions(shortcut_window.actions_).items() if typed_keys(action)}
    assert with_keys == set(CHECKS)


@pytest.mark.parametrize("name", sorted(CHECKS))
def test_each_binding_of_an_action_does_its_work(qtbot, shortcut_window, tmp_path: Path, name: str) -> None:
    window = shortcut_window
    action = named_actions(window.actions_)[name]
    bindings = typed_keys(action).split(", ")
    assert bindings and all(bindings)
    for keys in bindings:
        CHECKS[name](qtbot, window, QKeySequence(keys), tmp_path)


def test_undo_and_redo_are_in_the_edit_menu_with_their_keys(shortcut_window) -> None:
    edit_menu = next(
        action.menu() for action in shortcut_window.menuBar().actions() if action.text().replace("&", "") == "Edit"
    )
    undo, redo = edit_menu.actions()[:2]
    assert undo.shortcut() == QKeySequence.keyBindings(QKeySequence.StandardKey.Undo)[0]
    assert {"Ctrl+Z"} <= set(typed_keys(undo).split(", "))
    assert {"Ctrl+Shift+Z", "Ctrl+Y"} <= set(typed_keys(redo).split(", "))


def test_a_text_field_being_edited_keeps_its_own_undo(qtbot, shortcut_window) -> None:
    window = shortcut_window
    earlier = window.edits.add_card("j1", CardKind.NOTE, "s2", "l-touch", title="An earlier step")
    window.scene.select_cards(["c-touch"])
    title = window.inspector.forms["card"].title
    title.setFocus()
    title.moveCursor(title.textCursor().MoveOperation.End)
    QTest.keyClicks(title, " campaign")
    assert window.scene.index.card("c-touch").title == "Ad campaign"
    press(qtbot, window, "Ctrl+Z", focus=title)
    assert title.toPlainText() == "Ad"  # the field undid its typing (and the map follows the field)
    assert window.scene.index.card("c-touch").title == "Ad"
    assert earlier in window.scene.index  # the document's earlier step was left alone
    # the in-place editor on the map keeps its own undo too
    window.scene.select_cards(["c-pain"])
    press(qtbot, window, "F2")
    editor = window.view.editor
    QTest.keyClicks(editor, "Fast")
    press(qtbot, window, "Ctrl+Z", focus=editor)
    assert editor.toPlainText() == "Slow checkout" and earlier in window.scene.index
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    # with the map focused again, the same key undoes the document's last step
    press(qtbot, window, "Ctrl+Z")
    assert earlier not in window.scene.index


# The keys of the map itself (no menu action)


def check_arrows(qtbot, window) -> None:
    window.scene.select_cards(["c-touch"])
    press(qtbot, window, "Down")
    assert window.scene.selected_card_ids() == ["c-note"]
    press(qtbot, window, "Right")
    assert window.scene.current_cell == ("s2", "l-touch")


def check_alt_arrows(qtbot, window) -> None:
    window.scene.select_cards(["c-touch"])
    press(qtbot, window, "Alt+Right")
    assert window.scene.index.card("c-touch").stage_id == "s2"
    assert window.document.undo_stack.undoText() == "Move Touchpoint"


def check_enter(qtbot, window) -> None:
    window.scene.select_ref(Ref.stage("j1", "s2"))
    press(qtbot, window, "Return")
    assert window.view.editor is not None and window.view.editor.toPlainText() == "Buy"
    qtbot.keyClick(window.view.editor, Qt.Key.Key_Escape)


def check_escape(qtbot, window) -> None:
    window.scene.select_cards(["c-touch"])
    press(qtbot, window, "F2")
    editor = window.view.editor
    QTest.keyClicks(editor, "Gone")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert window.scene.index.card("c-touch").title == "Ad"
    press(qtbot, window, "Escape")
    assert window.scene.selectedItems() == []


def click_card(qtbot, window, card_id: str, modifier: Qt.KeyboardModifier) -> None:
    point = viewport_point(window.view, card_center(window.scene, card_id))
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, modifier, point)


def check_modified_clicks(qtbot, window) -> None:
    click_card(qtbot, window, "c-touch", Qt.KeyboardModifier.NoModifier)
    click_card(qtbot, window, "c-pain", Qt.KeyboardModifier.ControlModifier)
    click_card(qtbot, window, "c-act", Qt.KeyboardModifier.ShiftModifier)
    assert sorted(window.scene.selected_card_ids()) == ["c-act", "c-pain", "c-touch"]
    click_card(qtbot, window, "c-pain", Qt.KeyboardModifier.ControlModifier)
    assert sorted(window.scene.selected_card_ids()) == ["c-act", "c-touch"]


def check_double_click(qtbot, window) -> None:
    point = viewport_point(window.view, cell_point(window.scene, "s1", "l-act"))
    qtbot.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    [card] = window.scene.index.cards_in(("s1", "l-act"))
    assert card.kind is CardKind.IMPROVEMENT and window.view.editor is not None
    qtbot.keyClick(window.view.editor, Qt.Key.Key_Escape)


def check_ctrl_wheel(qtbot, window) -> None:
    from PySide6.QtGui import QWheelEvent

    viewport = window.view.viewport()
    centre = QPointF(viewport.rect().center())
    wheel = QWheelEvent(
        centre,
        QPointF(viewport.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, wheel)
    assert window.view.zoom == pytest.approx(1.2)


def check_pan(qtbot, window) -> None:
    view, viewport = window.view, window.view.viewport()
    window.view.set_zoom(3.0)
    bars = view.horizontalScrollBar(), view.verticalScrollBar()
    for bar in bars:
        bar.setValue((bar.minimum() + bar.maximum()) // 2)
    start = viewport.rect().center()
    for pan in ("space", "middle"):
        before = [bar.value() for bar in bars]
        if pan == "space":
            QTest.keyPress(view, Qt.Key.Key_Space)
            qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
            qtbot.mouseMove(viewport, start + QPoint(60, 40))
            qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start + QPoint(60, 40))
            QTest.keyRelease(view, Qt.Key.Key_Space)
        else:
            qtbot.mousePress(viewport, Qt.MouseButton.MiddleButton, pos=start)
            qtbot.mouseMove(viewport, start + QPoint(60, 40))
            qtbot.mouseRelease(viewport, Qt.MouseButton.MiddleButton, pos=start + QPoint(60, 40))
        after = [bar.value() for bar in bars]
        assert after[0] < before[0] and after[1] < before[1], pan
    assert window.document.undo_stack.count() == 0  # panning moved nothing


MAP_CHECKS: dict[str, Callable[[QtBot, MainWindow], None]] = {
    "Arrow keys": check_arrows,
    "Alt+arrow keys": check_alt_arrows,
    "Enter": check_enter,
    "Escape": check_escape,
    "Ctrl+click, Shift+click": check_modified_clicks,
    "Double-click an empty cell": check_double_click,
    "Ctrl+mouse wheel": check_ctrl_wheel,
    "Space+drag, middle button drag": check_pan,
}


def test_every_key_of_the_map_has_its_check() -> None:
    assert [keys for keys, _ in MAP_KEYS] == list(MAP_CHECKS)


@pytest.mark.parametrize("keys", list(MAP_CHECKS))
def test_the_keys_of_the_map(qtbot, shortcut_window, keys: str) -> None:
    MAP_CHECKS[keys](qtbot, shortcut_window)


# What the README and the Help dialog list


def readme_shortcuts() -> list[tuple[str, str]]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Keyboard shortcuts", 1)[1].split("\n#", 1)[0]
    rows = re.findall(r"^\| ([^|]+?) \| ([^|]+?) \|$", section, re.MULTILINE)
    return [(keys, meaning) for keys, meaning in rows if keys not in ("keys", "---")]


def test_help_lists_every_action_key_and_every_key_of_the_map(qtbot, shortcut_window) -> None:
    window = shortcut_window
    rows = help_rows(qtbot, window)
    listed = {keys for keys, _ in rows}
    for name, action in named_actions(window.actions_).items():
        if name in CHECKS:
            assert typed_keys(action) in listed, name
    assert {keys for keys, _ in MAP_KEYS} <= listed
    meanings = dict((meaning, keys) for keys, meaning in rows)
    assert meanings["Undo the last change"].startswith("Ctrl+Z")
    assert {"Ctrl+Shift+Z", "Ctrl+Y"} <= set(meanings["Redo the change last undone"].split(", "))


def test_every_key_the_readme_lists_is_one_the_help_lists_and_this_test_presses(qtbot, shortcut_window) -> None:
    help_keys = {part for keys, _ in help_rows(qtbot, shortcut_window) for part in keys.split(", ")}
    documented = readme_shortcuts()
    assert len(documented) >= 25
    for keys, _ in documented:
        for part in keys.split(", "):
            assert part in help_keys, part
