"""Comments through the real window: click a card, press the key, type, post, reply, resolve, undo and
redo; the name asked once and kept; the dock's filters; a click on a thread finds its card; the marker
with the count of open threads on the card or stage, in the editor only."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from journeydesk.canvas.image_export import svg_bytes
from journeydesk.layout.face import Text, TextRole
from journeydesk.layout.face_card import COMMENT_MARK
from journeydesk.ui.commenting import PreferencesDialog
from journeydesk.ui.main_window import MainWindow
from journeydesk.ui.settings import AppSettings
from tests.ui.conftest import card_center, viewport_point
from tests.ui.test_shortcuts import on_next_dialog


def click_card(qtbot: QtBot, window: MainWindow, card_id: str) -> None:
    point = viewport_point(window.view, card_center(window.scene, card_id))
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.scene.selected_card_ids() == [card_id]


def press_comment_key(window: MainWindow) -> None:
    window.view.setFocus()
    combination = QKeySequence("Ctrl+Alt+M")[0]
    QTest.keyClick(window.windowHandle(), combination.key(), combination.keyboardModifiers())


def write(qtbot: QtBot, window: MainWindow, text: str) -> None:
    composer = window.comments.composer
    qtbot.keyClicks(composer, text)
    qtbot.keyClick(composer, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def badge_text(window: MainWindow, card_id: str) -> list[str]:
    return [badge.label for badge in window.scene.card_items[card_id].badges]


def test_commenting_replying_resolving_and_undoing_through_the_window(qtbot: QtBot, window: MainWindow) -> None:
    AppSettings().set_comment_author("Ana Lima")
    journey = window.scene.journey
    pain = next(journey.pain_points())
    click_card(qtbot, window, pain.id)
    press_comment_key(window)
    assert window.comments.isVisible() and "New comment on Pain point" in window.comments.target.text()
    assert window.comments.composer.hasFocus()
    write(qtbot, window, "Is this the worst one?")
    (thread,) = window.document.journey(journey.id).comments
    assert (thread.target, thread.author, thread.text, thread.resolved) == (
        pain.id,
        "Ana Lima",
        "Is this the worst one?",
        False,
    )
    assert thread.time.tzinfo is not None
    assert badge_text(window, pain.id)[0] == f"{COMMENT_MARK} 1"
    write(qtbot, window, "Yes, says @Ana Lima")
    assert [reply.text for reply in window.document.journey(journey.id).comments[0].replies] == ["Yes, says @Ana Lima"]
    qtbot.mouseClick(window.comments.resolve, Qt.MouseButton.LeftButton)
    assert window.document.journey(journey.id).comments[0].resolved
    assert not any(label.startswith(COMMENT_MARK) for label in badge_text(window, pain.id))
    stack = window.document.undo_stack
    steps = [stack.text(n) for n in range(stack.count())][-3:]
    about = steps[0].removeprefix("Comment on ")
    assert about.startswith(f"Pain point “{pain.title[:20]}") and len(about) <= 48
    assert steps[1:] == [f"Reply on {about}", f"Resolve Comment on {about}"]
    window.view.setFocus()
    stack.undo()
    assert not window.document.journey(journey.id).comments[0].resolved
    assert badge_text(window, pain.id)[0] == f"{COMMENT_MARK} 1"
    stack.undo()
    stack.undo()
    assert window.document.journey(journey.id).comments == [] and window.comments.list.count() == 0
    stack.redo()
    assert window.document.journey(journey.id).comments[0].text == "Is this the worst one?"
    assert window.comments.list.count() == 1


def test_deleting_the_card_takes_its_thread_in_one_step(qtbot: QtBot, window: MainWindow) -> None:
    AppSettings().set_comment_author("Ben")
    journey = window.scene.journey
    card = journey.cards[0]
    window.edits.add_comment(journey.id, card.id, "Ben", "Check the wording")
    click_card(qtbot, window, card.id)
    steps = window.document.undo_stack.count()
    QTest.keyClick(window.view, Qt.Key.Key_Delete)
    assert window.document.journey(journey.id).comments == []
    assert window.document.undo_stack.count() == steps + 1
    window.document.undo_stack.undo()
    assert window.document.journey(journey.id).comments[0].target == card.id


def test_the_name_is_asked_on_first_use_and_kept_in_preferences(qtbot: QtBot, window: MainWindow) -> None:
    assert AppSettings().comment_author() == ""
    card = window.scene.journey.cards[1]
    click_card(qtbot, window, card.id)
    press_comment_key(window)

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.findChild(QLineEdit).setText("  Cleo   Park ")
        dialog.accept()

    asked = on_next_dialog(answer)
    write(qtbot, window, "First!")
    assert len(asked) == 1
    assert window.document.journey(window.scene.journey_id).comments[0].author == "Cleo Park"
    assert AppSettings().comment_author() == "Cleo Park"
    write(qtbot, window, "No question this time")  # a reply: the name is known now
    assert window.document.journey(window.scene.journey_id).comments[0].replies[0].author == "Cleo Park"
    assert len(asked) == 1
    preferences = PreferencesDialog(AppSettings(), window)
    assert preferences.author.text() == "Cleo Park"
    preferences.author.setText("Cleo P.")
    preferences.accept()
    assert AppSettings().comment_author() == "Cleo P."


def test_the_dock_filters_by_author_mention_and_state_and_a_click_finds_the_card(
    qtbot: QtBot, window: MainWindow
) -> None:
    journey = window.scene.journey
    first, second, stage = journey.cards[0], journey.cards[-1], journey.stages[-1]
    edits = window.edits
    edits.add_comment(journey.id, first.id, "Ana", "Ask @Ben about this")
    ben = edits.add_comment(journey.id, second.id, "Ben", "Looks fine")
    done = edits.add_comment(journey.id, stage.id, "Ana", "Settled")
    edits.set_resolved(journey.id, done, True)
    panel = window.comments
    assert panel.list.count() == 2
    panel.show_resolved.setChecked(True)
    assert panel.list.count() == 3
    panel.by_author.setCurrentText("Ben")
    assert [panel.list.item(n).data(Qt.ItemDataRole.UserRole) for n in range(panel.list.count())] == [ben]
    panel.by_author.setCurrentIndex(0)
    panel.by_mention.setCurrentText("Ben")
    assert panel.list.count() == 1 and "Ask @Ben" in panel.list.item(0).text()
    panel.by_mention.setCurrentIndex(0)
    window.scene.clearSelection()
    window.view.centerOn(0, 0)
    panel.select_thread(ben)
    item = panel.list.currentItem()
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=panel.list.visualItemRect(item).center())
    assert window.scene.selected_card_ids() == [second.id]
    visible = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    assert visible.contains(card_center(window.scene, second.id))


def test_markers_stay_off_pictures_of_the_map(window: MainWindow) -> None:
    journey = window.scene.journey
    card = journey.cards[0]
    window.edits.add_comment(journey.id, card.id, "Ana", "A remark")
    assert badge_text(window, card.id)[0] == f"{COMMENT_MARK} 1"
    assert COMMENT_MARK not in svg_bytes(window.document.project, journey.id).decode()


def test_a_reply_is_in_view_once_posted(qtbot: QtBot, window: MainWindow) -> None:
    AppSettings().set_comment_author("Ana Lima")
    pain = next(window.scene.journey.pain_points())
    click_card(qtbot, window, pain.id)
    press_comment_key(window)
    write(qtbot, window, "Where does this hurt most?")
    for number in range(6):
        write(qtbot, window, f"Reply {number}: " + "a longer thought about the checkout " * 4)
    bar = window.comments.conversation.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == bar.maximum()


def test_a_stage_commented_on_shows_the_count_at_the_end_of_its_header(qtbot: QtBot, window: MainWindow) -> None:
    AppSettings().set_comment_author("Ana Lima")
    journey = window.scene.journey
    stage = journey.stages[2]
    header = window.scene.stage_headers[stage.id]
    point = viewport_point(window.view, header.sceneBoundingRect().center())
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    press_comment_key(window)
    write(qtbot, window, "Is this stage too long?")
    assert [thread.target for thread in window.document.journey(journey.id).comments] == [stage.id]
    assert [badge.label for badge in header.badges] == [f"{COMMENT_MARK} 1"]
    shown = [primitive for primitive in header.face if isinstance(primitive, Text)]
    name, mark = next(text for text in shown if text.role is TextRole.STAGE and text.text != "3"), shown[-1]
    assert mark.text == f"{COMMENT_MARK} 1" and name.text == stage.name  # on the top edge: the name keeps its room
    assert header.local_rect.y <= mark.box.y  # within the header, which stays in sight when the map scrolls
    glyphs = name.bounds
    assert mark.box.bottom <= glyphs.y + glyphs.height / 2 or mark.box.x >= glyphs.right  # clear of the name
    qtbot.mouseClick(window.comments.resolve, Qt.MouseButton.LeftButton)
    assert header.badges == ()
    assert not any(text.text.startswith(COMMENT_MARK) for text in header.face if isinstance(text, Text))
    window.document.undo_stack.undo()
    assert [badge.label for badge in header.badges] == [f"{COMMENT_MARK} 1"]


def test_the_composer_comes_into_sight_when_a_comment_is_started_on_a_short_screen(
    qtbot: QtBot, window: MainWindow
) -> None:
    AppSettings().set_comment_author("Ana Lima")
    window.resize(1100, 560)  # the Comments panel is taller than its dock: it scrolls
    card = window.scene.journey.cards[0]
    click_card(qtbot, window, card.id)
    press_comment_key(window)
    composer, viewport = window.comments.composer, window.comments.scroller.viewport()
    assert window.comments.scroller.verticalScrollBar().maximum() > 0

    def in_sight(widget: QWidget) -> bool:
        top_left = widget.mapTo(viewport, widget.rect().topLeft())
        bottom_right = widget.mapTo(viewport, widget.rect().bottomRight())
        return viewport.rect().contains(top_left) and viewport.rect().contains(bottom_right)

    qtbot.waitUntil(lambda: in_sight(composer) and in_sight(window.comments.send))
    assert composer.hasFocus()
