"""Every shortcut the README and Help > Keyboard Shortcuts list, pressed as a person presses it: a key
event on the real main window with the map focused (never a call to the action), then what it did
to the model, the undo stack, the view, the clipboard or the file on disk."""

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMenu, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from journeydesk.document import Ref
from journeydesk.io import load_project, save_project
from journeydesk.io.fragment import FRAGMENT_MIME_TYPE
from journeydesk.model import CardKind
from journeydesk.ui.help_dialogs import MAP_KEYS, WORKSHOP_KEYS, typed_keys
from journeydesk.ui.main_window import MainWindow
from journeydesk.ui.pdf_export import PdfExportDialog
from journeydesk.ui.presenter.card_dialog import CardDialog
from journeydesk.ui.presenter.window import OVERVIEW, PresenterWindow
from journeydesk.ui.settings import AppSettings
from journeydesk.ui.template_gallery import TemplateGallery
from tests.conftest import REPO
from tests.factories import small_project
from tests.ui.conftest import card_center, cell_point, viewport_point
from tests.ui.test_voting import click_card as click_to_vote
from tests.ui.test_voting import start_vote

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


def check_focus_mode(qtbot, window, keys, folder) -> None:
    press(qtbot, window, keys)
    qtbot.waitUntil(window.isFullScreen)
    assert window.focus_mode.active and window.actions_.focus_mode.isChecked()
    assert not window.toolbar.isVisible() and not window.menuBar().isVisible()
    press(qtbot, window, keys)  # the same key leaves
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert not window.focus_mode.active and window.toolbar.isVisible() and window.menuBar().isVisible()


def check_leave_focus_mode(qtbot, window, keys, folder) -> None:
    press(qtbot, window, "F11")
    qtbot.waitUntil(window.isFullScreen)
    press(qtbot, window, keys)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert not window.focus_mode.active and window.toolbar.isVisible()


def open_presenter(qtbot, window: MainWindow, keys: QKeySequence | str = "F5") -> PresenterWindow:
    press(qtbot, window, keys)
    presenter = window.presenter
    assert isinstance(presenter, PresenterWindow)
    qtbot.waitUntil(lambda: presenter.isFullScreen() and presenter.isActiveWindow())
    return presenter


def press_on(presenter: PresenterWindow, keys: str) -> None:
    combination = QKeySequence(keys)[0]
    QTest.keyClick(presenter.windowHandle(), combination.key(), combination.keyboardModifiers())


def check_present(qtbot, window, keys, folder) -> None:
    presenter = open_presenter(qtbot, window, keys)
    assert presenter.page == OVERVIEW
    press_on(presenter, keys.toString())  # the same key leaves
    qtbot.waitUntil(lambda: window.presenter is None)


def check_capture(qtbot, window, keys, folder) -> None:
    window.scene.set_current_cell(("s2", "l-touch"))
    press(qtbot, window, keys)
    bar = window.capture
    qtbot.waitUntil(bar.line.hasFocus)
    QTest.keyClicks(bar.line, "Typed in the bar")
    QTest.keyClick(bar.line, Qt.Key.Key_Return)
    assert [card.title for card in window.scene.index.cards_in(("s2", "l-touch"))] == ["Typed in the bar"]
    QTest.keyClick(bar.line, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    window.document.undo_stack.undo()


def check_comment(qtbot, window, keys, folder) -> None:
    AppSettings().set_comment_author("Ana")
    window.scene.select_cards(["c-pain"])
    press(qtbot, window, keys)
    composer = window.comments.composer
    qtbot.waitUntil(composer.hasFocus)
    QTest.keyClicks(composer, "Too slow?")
    QTest.keyClick(composer, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    (thread,) = window.document.journey(window.scene.journey_id).comments
    assert (thread.target, thread.author, thread.text) == ("c-pain", "Ana", "Too slow?")
    window.document.undo_stack.undo()


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
    "comment": check_comment,
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
    "focus_mode": check_focus_mode,
    "leave_focus_mode": check_leave_focus_mode,
    "present": check_present,
    "capture": check_capture,
}


def named_actions(window: MainWindow) -> dict[str, QAction]:
    """Every action of the window's menus by name; those of a family (insert, export, timer, themes) as
    "family:key", and the Share menu's as "share:..."."""
    named: dict[str, QAction] = {}
    for name, value in vars(window.actions_).items():
        if isinstance(value, dict):
            named |= {f"{name}:{getattr(key, 'value', key)}": action for key, action in value.items()}
        else:
            named[name] = value
    sharing = window.sharing
    named |= {
        "share:start": sharing.start_action,
        "share:join": sharing.join_action,
        "share:copy_link": sharing.copy_action,
        "share:leave": sharing.leave_action,
    }
    return named


def menu_actions(menu: QMenu) -> list[QAction]:
    """A menu's actions, those of its submenus included."""
    found = []
    for action in menu.actions():
        found += menu_actions(action.menu()) if action.menu() is not None else [action]
    return found


def test_every_action_with_keys_has_its_check(shortcut_window) -> None:
    named = named_actions(shortcut_window)
    with_keys = {name for name, action in named.items() if typed_keys(action)}
    assert with_keys == set(CHECKS)
    menus = [action.menu() for action in shortcut_window.menuBar().actions() if action.menu() is not None]
    in_menus = [action for menu in menus for action in menu_actions(menu) if not action.isSeparator()]
    assert {name for name, action in named.items() if action in in_menus} >= {"share:start", "share:join"}
    unnamed = [action.text() for action in in_menus if typed_keys(action) and action not in named.values()]
    assert unnamed == []  # every key in the menus is pressed by a check here


@pytest.fixture
def shortcut_window(open_window) -> MainWindow:
    return open_window(small_project())


@pytest.mark.parametrize("name", sorted(CHECKS))
def test_each_binding_of_an_action_does_its_work(qtbot, shortcut_window, tmp_path: Path, name: str) -> None:
    window = shortcut_window
    action = named_actions(window)[name]
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


def test_a_text_field_with_nothing_of_its_own_to_undo_lets_the_map_undo(qtbot, shortcut_window) -> None:
    window = shortcut_window
    earlier = window.edits.add_card("j1", CardKind.NOTE, "s2", "l-touch", title="An earlier step")
    window.scene.select_cards(["c-touch"])
    form = window.inspector.forms["card"]
    press(qtbot, window, "Ctrl+Z", focus=form.title)  # clicked into, nothing typed yet
    assert earlier not in window.scene.index and form.title.hasFocus()
    press(qtbot, window, "Ctrl+Shift+Z", focus=form.title)
    assert earlier in window.scene.index


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


# The keys of the workshop tools: the capture bar, a vote, the presenter


def capture_bar(qtbot, window: MainWindow, cell: tuple[str, str] = ("s1", "l-pain")) -> QLineEdit:
    """Ctrl+Enter on the map's ``cell``: the capture bar's line, focused."""
    window.scene.set_current_cell(cell)
    press(qtbot, window, "Ctrl+Return")
    line = window.capture.line
    qtbot.waitUntil(line.hasFocus)
    return line


def type_into(qtbot, window: MainWindow, line: QLineEdit, text: str) -> None:
    QTest.keyClicks(line, text)
    press(qtbot, window, "Return", focus=line)


def titles_in(window: MainWindow, cell: tuple[str, str]) -> list[tuple[CardKind, str]]:
    return [(card.kind, card.title) for card in window.scene.index.cards_in(cell)]


def check_capture_enter(qtbot, window) -> None:
    line = capture_bar(qtbot, window)
    type_into(qtbot, window, line, "Form asks twice")
    type_into(qtbot, window, line, "Card declined")
    assert [title for _, title in titles_in(window, ("s1", "l-pain"))] == ["Form asks twice", "Card declined"]
    assert window.capture.isVisible() and line.text() == "" and line.hasFocus()


def check_capture_tab(qtbot, window) -> None:
    line = capture_bar(qtbot, window)
    press(qtbot, window, "Tab", focus=line)
    assert window.scene.current_cell == ("s2", "l-pain")
    press(qtbot, window, "Tab", focus=line)
    assert window.scene.current_cell == ("s1", "l-act")  # past the lane's end: on to the next lane
    press(qtbot, window, "Shift+Tab", focus=line)
    assert window.scene.current_cell == ("s2", "l-pain") and line.hasFocus()


def check_capture_prefixes(qtbot, window) -> None:
    line = capture_bar(qtbot, window, ("s1", "l-touch"))
    for text in ("! Ad hides the price", "+ Show the price", "? Which ad", "Poster"):
        type_into(qtbot, window, line, text)
    assert titles_in(window, ("s1", "l-touch"))[2:] == [
        (CardKind.PAIN_POINT, "Ad hides the price"),
        (CardKind.IMPROVEMENT, "Show the price"),
        (CardKind.NOTE, "Which ad"),
        (CardKind.TOUCHPOINT, "Poster"),  # no prefix: the lane's own kind
    ]


def check_capture_escape(qtbot, window) -> None:
    line = capture_bar(qtbot, window)
    QTest.keyClicks(line, "Not added")
    press(qtbot, window, "Escape", focus=line)
    assert not window.capture.isVisible() and titles_in(window, ("s1", "l-pain")) == []


def check_vote_click(qtbot, window) -> None:
    start_vote(qtbot, window, names="Ana\nBen", targets=2)  # on any cards
    qtbot.waitUntil(window.vote_bar.isVisible)
    click_to_vote(qtbot, window, "c-touch")
    click_to_vote(qtbot, window, "c-touch")
    assert [chip.property("card_id") for chip in window.vote_bar.chip_buttons()] == ["c-touch"]
    assert window.scene.card_items["c-touch"].badges[0].label == "●● you"
    qtbot.mouseClick(window.vote_bar.chip_buttons()[0], Qt.MouseButton.LeftButton)  # takes one back
    assert window.scene.card_items["c-touch"].badges[0].label == "● you"


def presenter_on(qtbot, window: MainWindow) -> PresenterWindow:
    window.scene.clearSelection()
    return open_presenter(qtbot, window)


def check_presenter_next(qtbot, window) -> None:
    presenter = presenter_on(qtbot, window)
    for keys in ("Right", "Down", "PgDown", "Space"):
        press_on(presenter, "Home")
        press_on(presenter, keys)
        assert presenter.page == 0, keys
        press_on(presenter, keys)
        assert presenter.page == 1, keys
    press_on(presenter, "Escape")


def check_presenter_previous(qtbot, window) -> None:
    presenter = presenter_on(qtbot, window)
    for keys in ("Left", "Up", "PgUp", "Backspace"):
        press_on(presenter, "End")
        press_on(presenter, keys)
        assert presenter.page == 0, keys
        press_on(presenter, keys)
        assert presenter.page == OVERVIEW, keys
    press_on(presenter, "Escape")


def check_presenter_home_end(qtbot, window) -> None:
    presenter = presenter_on(qtbot, window)
    press_on(presenter, "End")
    assert presenter.page == len(window.scene.journey.stages) - 1
    press_on(presenter, "Home")
    assert presenter.page == OVERVIEW
    press_on(presenter, "Escape")


def check_presenter_double_click(qtbot, window) -> None:
    presenter = presenter_on(qtbot, window)
    press_on(presenter, "End")  # the stage of the pain point
    tile = next(tile for tile in presenter.slide().tiles if tile.card.id == "c-pain")

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, CardDialog)
        dialog.form.title.selectAll()
        QTest.keyClicks(dialog.form.title, "Checkout is slow")
        dialog.accept()  # type: ignore[attr-defined]

    seen = on_next_dialog(edit)
    qtbot.mouseDClick(presenter, Qt.MouseButton.LeftButton, pos=tile.rect.center().toPoint())
    assert seen and window.scene.index.card("c-pain").title == "Checkout is slow"
    press_on(presenter, "Escape")


def check_presenter_leave(qtbot, window) -> None:
    for keys in ("Escape", "F5"):
        presenter = presenter_on(qtbot, window)
        press_on(presenter, keys)
        qtbot.waitUntil(lambda: window.presenter is None and window.isActiveWindow())


WORKSHOP_CHECKS: dict[str, Callable[[QtBot, MainWindow], None]] = {
    "Enter (capture bar)": check_capture_enter,
    "Tab, Shift+Tab (capture bar)": check_capture_tab,
    "! , + , ? before a line": check_capture_prefixes,
    "Escape (capture bar)": check_capture_escape,
    "Click a card during a vote": check_vote_click,
    "Right, Down, Page Down, Space (presenter)": check_presenter_next,
    "Left, Up, Page Up, Backspace (presenter)": check_presenter_previous,
    "Home, End (presenter)": check_presenter_home_end,
    "Double-click a card (presenter)": check_presenter_double_click,
    "Escape or F5 (presenter)": check_presenter_leave,
}


TOOL_CHECKS = MAP_CHECKS | WORKSHOP_CHECKS


def test_every_key_of_the_map_and_the_workshop_tools_has_its_check() -> None:
    assert [keys for keys, _ in MAP_KEYS] == list(MAP_CHECKS)
    assert [keys for keys, _ in WORKSHOP_KEYS] == list(WORKSHOP_CHECKS)


@pytest.mark.parametrize("keys", list(TOOL_CHECKS))
def test_the_keys_of_the_map_and_the_workshop_tools(qtbot, shortcut_window, keys: str) -> None:
    TOOL_CHECKS[keys](qtbot, shortcut_window)


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
    for name, action in named_actions(window).items():
        if name in CHECKS:
            assert typed_keys(action) in listed, name
    assert {keys for keys, _ in MAP_KEYS + WORKSHOP_KEYS} <= listed
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
