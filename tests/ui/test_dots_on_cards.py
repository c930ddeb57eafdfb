"""Dot counts drawn on the cards: during a turn only the current participant's own dots, marked as
theirs; the tally on every card once the vote has ended; undone with the vote; never in an export."""

from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from journeydesk.canvas.image_export import export_png
from journeydesk.layout.face import Text
from journeydesk.layout.theme import LIGHT, ThemeName, ink_on
from journeydesk.model import CardKind
from tests.ui.conftest import viewport_point
from tests.ui.test_voting import cards_of, click_card, results, start_vote


def badges(window) -> dict[str, str]:
    """The label pinned to each card that has one, as its face draws it."""
    shown = {}
    for card_id, item in window.scene.card_items.items():
        if item.badges:
            labels = [run.text for run in item.face if isinstance(run, Text) and run.text == item.badges[0].label]
            assert labels, card_id  # the face draws it
            shown[card_id] = labels[0]
    return shown


def badge_colour_on_screen(window, card_id: str) -> bool:
    """Whether the view shows the card's badge: its colour on the card's top edge, in its right half."""
    item, view = window.scene.card_items[card_id], window.view
    colour = QColor(item.badges[0].color)
    top_right = item.mapToScene(QPointF(item.body.width() - 20, 0))
    viewport_point(view, top_right)
    QApplication.processEvents()
    image = view.viewport().grab().toImage()
    for dx in range(-90, 12, 2):  # left of the card's rating, which it keeps clear of
        for dy in range(-6, 7, 2):
            found = image.pixelColor(view.mapFromScene(top_right + QPointF(dx, dy)))
            if all(abs(a - b) < 12 for a, b in zip(found.getRgb()[:3], colour.getRgb()[:3], strict=True)):
                return True
    return False


def test_a_participant_sees_only_their_own_dots_and_everyone_the_tally_at_the_end(qtbot, window) -> None:
    pains = cards_of(window, CardKind.PAIN_POINT)
    bar = window.vote_bar
    start_vote(qtbot, window, names="Ana\nBen\nCem")
    assert badges(window) == {}
    for card_id in (pains[0], pains[0], pains[1]):
        click_card(qtbot, window, card_id)
    assert badges(window) == {pains[0]: "●● you", pains[1]: "● you"}
    assert badge_colour_on_screen(window, pains[0])
    qtbot.mouseClick(bar.next_button, Qt.MouseButton.LeftButton)
    assert badges(window) == {}  # Ben does not see Ana's dots: the tally stays hidden
    for card_id in (pains[1], pains[1], pains[3]):
        click_card(qtbot, window, card_id)
    assert badges(window) == {pains[1]: "●● you", pains[3]: "● you"}
    qtbot.mouseClick(bar.next_button, Qt.MouseButton.LeftButton)
    click_card(qtbot, window, pains[1])
    qtbot.mouseClick(bar.next_button, Qt.MouseButton.LeftButton)
    assert badges(window) == {}  # everyone has voted, the vote has not ended
    qtbot.mouseClick(bar.end_button, Qt.MouseButton.LeftButton)
    results(window).close()
    assert badges(window) == {pains[0]: "● 2", pains[1]: "● 4", pains[3]: "● 1"}
    assert all(item.badges[0].color == LIGHT.votes for item in window.scene.card_items.values() if item.badges)
    assert badge_colour_on_screen(window, pains[1])

    window.actions_.undo.trigger()  # End Vote undone: the vote runs again, its tally hidden again
    assert badges(window) == {}
    window.actions_.redo.trigger()
    assert badges(window)[pains[1]] == "● 4"
    window.edits.delete_cards(window.scene.journey_id, [pains[1]])  # its dots go with it
    assert badges(window) == {pains[0]: "● 2", pains[3]: "● 1"}


def test_counts_follow_the_theme_and_stay_out_of_the_png(qtbot, window, tmp_path: Path) -> None:
    pains = cards_of(window, CardKind.PAIN_POINT)
    start_vote(qtbot, window, names="Ana")
    click_card(qtbot, window, pains[2])
    qtbot.mouseClick(window.vote_bar.end_button, Qt.MouseButton.LeftButton)
    results(window).close()
    window.actions_.themes[ThemeName.DARK].trigger()  # View > Theme > Dark
    (badge,) = window.scene.card_items[pains[2]].badges
    dark = window.themes.theme
    assert badge.color == dark.votes and badge.color != LIGHT.votes
    label = next(run for run in window.scene.card_items[pains[2]].face if isinstance(run, Text) and run.text == "● 1")
    assert label.color == ink_on(dark.votes)
    # the workbook and the registers carry the votes; a picture of the map is the map alone
    export_png(window.document.project, tmp_path / "voted.png", dpi=96)
    unvoted = window.document.project.model_copy(deep=True)
    unvoted.journeys[0].votes = []
    export_png(unvoted, tmp_path / "plain.png", dpi=96)
    assert QImage(str(tmp_path / "voted.png")) == QImage(str(tmp_path / "plain.png"))
