"""Cut, copy, paste and duplicate through the real clipboard: new ids, arrangement kept, one step each."""

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication

from journeydesk.document import Ref
from journeydesk.io.fragment import FRAGMENT_MIME_TYPE
from journeydesk.model import CardKind, Project
from tests.factories import small_project


def test_copy_and_paste_gives_new_ids_and_keeps_links(qtbot, open_window) -> None:
    window = open_window(small_project())
    scene = window.scene
    scene.select_cards(["c-pain", "c-act"])
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "Slow checkout\nOne-page checkout"
    # paste with the stage "Discover", lane "Touchpoints" current
    scene.clearSelection()
    scene.set_current_cell(("s1", "l-touch"))
    qtbot.keyClick(window.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    pasted = scene.selected_card_ids()
    assert len(pasted) == 2 and not set(pasted) & {"c-pain", "c-act"}
    pain, action = (scene.index.card(card_id) for card_id in sorted(pasted, key=lambda i: scene.index.card(i).kind))
    pain = next(scene.index.card(i) for i in pasted if scene.index.card(i).kind is CardKind.PAIN_POINT)
    action = next(scene.index.card(i) for i in pasted if scene.index.card(i).kind is CardKind.IMPROVEMENT)
    # the pain point lands in the current cell, the action one lane further down, as they were arranged
    assert (pain.stage_id, pain.lane_id) == ("s1", "l-touch")
    assert (action.stage_id, action.lane_id) == ("s1", "l-pain")
    assert action.addresses == [pain.id]  # the copy addresses the copied pain point
    assert window.document.undo_stack.undoText() == "Paste 2 Cards"
    window.actions_.undo.trigger()
    assert window.document.project == small_project()


def test_cut_removes_and_paste_brings_back(qtbot, open_window) -> None:
    window = open_window(small_project())
    scene = window.scene
    scene.select_cards(["c-note"])
    window.actions_.cut.trigger()
    assert "c-note" not in scene.index
    assert window.document.undo_stack.undoText() == "Cut Note"
    scene.set_current_cell(("s2", "l-touch"))
    window.actions_.paste.trigger()
    (pasted,) = scene.selected_card_ids()
    assert scene.index.card(pasted).title == "Seen on the train"
    assert scene.index.card(pasted).stage_id == "s2"


def test_pasting_lines_of_text_makes_one_card_each(qtbot, open_window) -> None:
    window = open_window(small_project())
    scene = window.scene
    QGuiApplication.clipboard().setText("Long queue\n\n  Card declined  \nNo receipt\n")
    scene.clearSelection()
    scene.set_current_cell(("s2", "l-pain"))
    window.actions_.paste.trigger()
    titles = [card.title for card in scene.index.cards_in(("s2", "l-pain"))]
    assert titles == ["Slow checkout", "Long queue", "Card declined", "No receipt"]
    assert all(card.kind is CardKind.PAIN_POINT for card in scene.index.cards_in(("s2", "l-pain")))


def test_pasting_broken_cards_says_so_and_changes_nothing(qtbot, open_window) -> None:
    from tests.ui.conftest import answer_message_box

    window = open_window(small_project())
    mime = QMimeData()
    mime.setData(FRAGMENT_MIME_TYPE, b'{"format": "journeydesk-cards", "schema_version": 1, "cards": [{"x": 1}]}')
    QGuiApplication.clipboard().setMimeData(mime)
    window.scene.set_current_cell(("s1", "l-touch"))
    shown = answer_message_box("OK")
    window.actions_.paste.trigger()
    assert shown[0] == "Could not paste"
    assert window.document.undo_stack.count() == 0


def test_duplicate_gives_new_ids_right_after_the_originals(qtbot, open_window) -> None:
    window = open_window(small_project())
    scene = window.scene
    scene.select_cards(["c-touch"])
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    cell = [card.id for card in scene.index.cards_in(("s1", "l-touch"))]
    assert cell[0] == "c-touch" and cell[2] == "c-note"
    copy = scene.index.card(cell[1])
    assert copy.id != "c-touch" and copy.title == "Ad" and copy.emotion == 1
    assert scene.selected_card_ids() == [copy.id]
    assert window.document.undo_stack.undoText() == "Duplicate Touchpoint"


def test_delete_a_selected_stage_header_deletes_the_stage(qtbot, open_window) -> None:
    window = open_window(small_project())
    window.scene.select_ref(Ref.stage("j1", "s2"))
    window.actions_.delete.trigger()
    assert [stage.id for stage in window.scene.journey.stages] == ["s1"]
    assert "s2" not in window.scene.stage_headers
    window.actions_.undo.trigger()
    assert window.document.project == small_project()


def test_a_card_keeps_its_origin_only_where_the_original_is_in_the_base(qtbot, open_window) -> None:
    """Copied from a future state, pasted into the current state or another future state: the copy
    no longer comes from a card of that journey's base, and the project stays valid."""
    window = open_window(small_project())
    window.actions_.future_state.trigger()  # "Current (future state)", based on j1
    future = window.scene.journey
    copied = next(card for card in future.cards if card.origin_id == "c-pain")
    window.scene.select_cards([copied.id])
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    [same_journey] = window.scene.selected_card_ids()
    assert window.scene.index.card(same_journey).origin_id == "c-pain"  # still a copy of its original
    window.journey_tabs.setCurrentIndex(0)
    window.scene.set_current_cell(("s2", "l-pain"))
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    [pasted] = window.scene.selected_card_ids()
    assert window.scene.index.card(pasted).origin_id is None
    Project.model_validate(window.document.project.model_dump(mode="json"))
