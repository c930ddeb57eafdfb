"""The map without the mouse: insert, navigate, move, edit, delete with keys alone."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from journeydesk.document import Ref
from journeydesk.model import CardKind, LaneKind
from tests.factories import small_project


def keys(qtbot, widget, *sequence) -> None:
    for key in sequence:
        if isinstance(key, str):
            QTest.keyClicks(widget, key)
        else:
            qtbot.keyClick(widget, *key) if isinstance(key, tuple) else qtbot.keyClick(widget, key)


def test_build_cards_with_the_keyboard_alone(qtbot, open_window) -> None:
    window = open_window(small_project())
    view, scene = window.view, window.scene
    view.setFocus()
    # arrow keys pick the current cell: first press selects the first cell, then go right and down
    keys(qtbot, view, Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Down)
    assert scene.current_cell == ("s2", "l-pain") or scene.selected_card_ids() == ["c-pain"]
    # Ctrl+4 inserts a pain point after the selection and opens its title for typing
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    editor = view.editor
    assert editor is not None
    QTest.keyClicks(editor, "Hidden fees")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    new_id = scene.selected_card_ids()[0]
    card = scene.index.card(new_id)
    assert (card.kind, card.title, card.stage_id, card.lane_id) == (CardKind.PAIN_POINT, "Hidden fees", "s2", "l-pain")
    # Add + Edit Title are two undo steps
    assert window.document.undo_stack.count() == 2
    assert window.document.undo_stack.undoText() == "Edit Title"


def test_escape_cancels_in_place_editing(qtbot, open_window) -> None:
    window = open_window(small_project())
    window.scene.select_cards(["c-touch"])
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F2)
    editor = window.view.editor
    assert editor is not None and editor.toPlainText() == "Ad"
    QTest.keyClicks(editor, "Something else")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert window.scene.index.card("c-touch").title == "Ad"
    assert window.document.undo_stack.count() == 0


def test_enter_edits_a_stage_name_in_place(qtbot, open_window) -> None:
    window = open_window(small_project())
    window.scene.select_ref(Ref.stage("j1", "s1"))
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    editor = window.view.editor
    assert editor is not None
    editor.selectAll()
    QTest.keyClicks(editor, "Discover & compare")
    qtbot.keyClick(editor, Qt.Key.Key_Enter)
    assert window.scene.journey.stages[0].name == "Discover & compare"
    assert window.document.undo_stack.undoText() == "Rename Stage"
    assert window.scene.stage_headers["s1"].stage.name == "Discover & compare"


def test_arrows_walk_cards_and_alt_arrows_move_them_in_one_merged_step(qtbot, open_window) -> None:
    window = open_window(small_project())
    scene, view = window.scene, window.view
    scene.select_cards(["c-touch"])
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert scene.selected_card_ids() == ["c-note"]
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert scene.selected_card_ids() == ["c-touch"]
    # Alt+Down moves the touchpoint below the note, Alt+Right to the next stage
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [card.id for card in scene.index.cards_in(("s1", "l-touch"))] == ["c-note", "c-touch"]
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert scene.index.card("c-touch").stage_id == "s2"
    assert scene.selected_card_ids() == ["c-touch"]
    stack = window.document.undo_stack
    assert stack.count() == 1
    stack.undo()
    assert scene.journey == small_project().journeys[0]


def test_delete_key_removes_the_selection_as_one_step(qtbot, open_window) -> None:
    window = open_window(small_project())
    scene = window.scene
    scene.select_cards(["c-touch", "c-pain", "c-note"])
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert [card.id for card in scene.journey.cards] == ["c-act"]
    assert scene.index.card("c-act").addresses == []
    assert set(scene.card_items) == {"c-act"}
    stack = window.document.undo_stack
    assert (stack.count(), stack.undoText()) == (1, "Delete 3 Cards")
    window.actions_.undo.trigger()
    assert scene.journey == small_project().journeys[0]
    assert set(scene.card_items) == {"c-touch", "c-pain", "c-act", "c-note"}


def test_delete_key_in_a_text_field_deletes_text_not_cards(qtbot, open_window) -> None:
    window = open_window(small_project())
    window.scene.select_cards(["c-touch"])
    title = window.inspector.forms["card"].title
    title.setFocus()
    title.moveCursor(title.textCursor().MoveOperation.Start)
    qtbot.keyClick(title, Qt.Key.Key_Delete)
    assert window.scene.index.card("c-touch").title == "d"
    assert "c-touch" in window.scene.card_items


def test_insert_stage_and_lane_after_the_current_ones(qtbot, open_window) -> None:
    window = open_window(small_project())
    window.scene.select_cards(["c-touch"])
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert [stage.name for stage in window.scene.journey.stages] == ["Discover", "New stage", "Buy"]
    editor = window.view.editor
    assert editor is not None
    QTest.keyClicks(editor, "Compare")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert window.scene.journey.stages[1].name == "Compare"
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    lanes = window.scene.journey.lanes
    assert lanes[0].kind is LaneKind.TOUCHPOINTS and lanes[1].name == "New lane"
