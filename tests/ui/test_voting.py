"""Dot voting through the real window: a whole vote with three named participants taking turns on one
laptop, clicking cards on the map; the tally hidden until the end; the counts in the file, the
registers and the workbook; undo; a time limit on a fake clock; anonymous votes; the Votes dock and
the priority matrix sorting and filtering by votes."""

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from journeydesk.document import Ref
from journeydesk.export.xlsx import export_workbook
from journeydesk.io import save_project
from journeydesk.model import CardKind
from journeydesk.model.registers import pain_point_register
from journeydesk.ui.workshop.vote_results import ResultsDialog
from journeydesk.ui.workshop.vote_setup import VoteSetupDialog
from tests.export.xlsx_helpers import calamine_sheet
from tests.ui.conftest import card_center, viewport_point


def start_vote(qtbot, window, names: str = "", anonymous: int = 0, targets: int = 0, minutes: int = 0) -> None:
    """Workshop > Start Vote…, filled in as a person would, then Start Vote."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, VoteSetupDialog):
            QTimer.singleShot(20, fill)
            return
        dialog.targets.setCurrentIndex(targets)
        if anonymous:
            tick(qtbot, dialog.anonymous)
            dialog.count.setValue(anonymous)
        else:
            dialog.names.setPlainText(names)
        if minutes:
            tick(qtbot, dialog.limited)
            dialog.minutes.setValue(minutes)
        if not dialog.start_button.isEnabled():  # fail the test's later checks rather than hang
            dialog.reject()
            return
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill)
    workshop = next(menu for menu in window.menuBar().actions() if menu.text() == "&Workshop").menu()
    next(action for action in workshop.actions() if action.text() == "&Start Vote…").trigger()


def tick(qtbot, button) -> None:
    """Click a check box or radio button on its box, as a person does."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def answer_input(text: str) -> None:
    """Type ``text`` into the input dialog that opens next and press OK."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, answer)
            return
        dialog.setTextValue(text)
        dialog.accept()

    QTimer.singleShot(0, answer)


def click_card(qtbot, window, card_id: str) -> None:
    view = window.view
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=viewport_point(view, card_center(window.scene, card_id))
    )


def cards_of(window, kind: CardKind) -> list[str]:
    return [card.id for card in window.scene.journey.cards if card.kind is kind]


def results(window) -> ResultsDialog:
    dialog = window.voting.results
    assert isinstance(dialog, ResultsDialog) and dialog.isVisible()
    return dialog


def test_three_named_participants_vote_in_turns_and_the_tally_shows_only_at_the_end(
    qtbot, window, tmp_path: Path
) -> None:
    bar, panel = window.vote_bar, window.votes
    pains = cards_of(window, CardKind.PAIN_POINT)
    titles = {card.id: card.title for card in window.scene.journey.cards}
    start_vote(qtbot, window, names="Ana\nBen\nCem")
    assert bar.isVisible() and "Ana" in bar.turn.text() and "3 left" in bar.turn.text()
    assert not window.actions_.start_vote.isEnabled() and window.actions_.end_vote.isEnabled()

    # Ana: two dots on one pain point, one on another; a fourth is refused, and so is a touchpoint
    for card_id in (pains[0], pains[0], pains[1]):
        click_card(qtbot, window, card_id)
    assert "0 left" in bar.turn.text()
    click_card(qtbot, window, pains[2])
    assert bar.message.text() == "No dots left: take one back, or hand over"
    click_card(qtbot, window, cards_of(window, CardKind.TOUCHPOINT)[0])
    assert bar.message.text() == "This vote is on pain points, not on touchpoints"
    assert {chip.property("card_id") for chip in bar.chip_buttons()} == {pains[0], pains[1]}
    # nobody sees a tally while the vote runs: not the dock, the registers or the priorities
    assert panel.hidden.isVisible() and not panel.list.isVisible()
    assert "1 of 3" not in panel.hidden.text() and "0 of 3 have had their turn" in panel.hidden.text()
    assert all(entry.votes == 0 for entry in pain_point_register(window.document.project))
    qtbot.mouseClick(bar.next_button, Qt.MouseButton.LeftButton)

    # Ben starts with a clean slate, takes one dot back by its chip
    assert "Ben" in bar.turn.text() and bar.chip_buttons() == []
    click_card(qtbot, window, pains[1])
    click_card(qtbot, window, pains[2])
    chip = next(chip for chip in bar.chip_buttons() if chip.property("card_id") == pains[2])
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    click_card(qtbot, window, pains[1])
    assert bar.next_button.text() == "Done, next: Cem"
    qtbot.mouseClick(bar.next_button, Qt.MouseButton.LeftButton)

    # Cem, then the end
    click_card(qtbot, window, pains[1])
    click_card(qtbot, window, pains[3])
    assert bar.next_button.text() == "Done"
    qtbot.mouseClick(bar.next_button, Qt.MouseButton.LeftButton)
    assert bar.turn.text() == "Everyone has voted." and bar.end_button.text() == "End Vote and Show Results"
    qtbot.mouseClick(bar.end_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible()
    expected = [(titles[pains[1]], 4), (titles[pains[0]], 2), (titles[pains[3]], 1)]
    assert results(window).list.ranked() == expected
    assert panel.list.isVisible() and panel.list.ranked() == expected
    top = panel.list.topLevelItem(0)
    assert [(top.child(n).text(1), top.child(n).text(2)) for n in range(top.childCount())] == [
        ("Ana", "1"),
        ("Ben", "2"),
        ("Cem", "1"),
    ]

    # the counts in the file, with who voted where
    path = tmp_path / "voted.journey"
    save_project(window.document.project, path)
    (saved,) = json.loads(path.read_text())["project"]["journeys"][0]["votes"]
    assert [ballot["participant"] for ballot in saved["ballots"]] == ["Ana", "Ben", "Cem"]
    assert saved["ballots"][1]["dots"] == [pains[1], pains[1]] and saved["closed"] is True
    # in the registers and the workbook, read back by an independent reader
    register = {entry.pain.id: entry.votes for entry in pain_point_register(window.document.project)}
    assert (register[pains[1]], register[pains[0]], register[pains[3]], register[pains[2]]) == (4, 2, 1, 0)
    workbook = tmp_path / "voted.xlsx"
    export_workbook(window.document.project, workbook)
    sheet = calamine_sheet(workbook, "Pain points")
    votes_by_title = {row[sheet[0].index("Pain point")]: row[sheet[0].index("Votes")] for row in sheet[1:]}
    assert votes_by_title[titles[pains[1]]] == 4 and votes_by_title[titles[pains[2]]] == 0
    cards = calamine_sheet(workbook, "Cards")
    assert {row[-1]: row[cards[0].index("Votes")] for row in cards[1:]}[pains[0]] == 2


def test_a_vote_is_undone_step_by_step_and_redone(qtbot, window) -> None:
    before = window.document.project.model_dump()
    pains = cards_of(window, CardKind.PAIN_POINT)
    start_vote(qtbot, window, names="Ana\nBen")
    click_card(qtbot, window, pains[0])
    qtbot.mouseClick(window.vote_bar.next_button, Qt.MouseButton.LeftButton)
    click_card(qtbot, window, pains[1])
    qtbot.mouseClick(window.vote_bar.end_button, Qt.MouseButton.LeftButton)
    results(window).close()
    after = window.document.project.model_dump()
    assert window.actions_.undo.text() == "&Undo End Vote"
    window.actions_.undo.trigger()
    assert window.vote_bar.isVisible() and "Ben" in window.vote_bar.turn.text()  # running again
    assert window.votes.hidden.isVisible()  # and its tally hidden again
    while window.document.undo_stack.canUndo():
        window.actions_.undo.trigger()
    assert window.document.project.model_dump() == before and not window.vote_bar.isVisible()
    assert window.votes.about.text() == "No votes on this journey yet."
    while window.document.undo_stack.canRedo():
        window.actions_.redo.trigger()
    assert window.document.project.model_dump() == after


def test_reopen_clear_and_delete_from_the_votes_dock(qtbot, window) -> None:
    pains = cards_of(window, CardKind.PAIN_POINT)
    panel = window.votes
    window.docks.dock("votes").raise_()
    start_vote(qtbot, window, names="Ana")
    click_card(qtbot, window, pains[0])
    qtbot.mouseClick(window.vote_bar.end_button, Qt.MouseButton.LeftButton)
    results(window).close()
    qtbot.mouseClick(panel.reopen, Qt.MouseButton.LeftButton)  # ended too early: Ana goes on
    bar = window.vote_bar
    assert bar.isVisible() and "Ana" in bar.turn.text() and "2 left" in bar.turn.text()
    click_card(qtbot, window, pains[1])
    qtbot.mouseClick(bar.next_button, Qt.MouseButton.LeftButton)
    assert bar.turn.text() == "Everyone has voted." and bar.join_button.isVisible()
    answer_input("Dana")  # a late participant joins
    qtbot.mouseClick(bar.join_button, Qt.MouseButton.LeftButton)
    assert "Dana" in bar.turn.text()
    click_card(qtbot, window, pains[1])
    qtbot.mouseClick(bar.end_button, Qt.MouseButton.LeftButton)
    results(window).close()
    titles = {card_id: window.scene.index.card(card_id).title for card_id in pains}
    assert panel.list.ranked() == [(titles[pains[1]], 2), (titles[pains[0]], 1)]
    qtbot.mouseClick(panel.clear, Qt.MouseButton.LeftButton)  # a fresh start of the same vote
    assert window.vote_bar.isVisible() and "3 left" in window.vote_bar.turn.text()
    qtbot.mouseClick(window.vote_bar.end_button, Qt.MouseButton.LeftButton)
    results(window).close()
    qtbot.mouseClick(panel.delete, Qt.MouseButton.LeftButton)
    assert window.scene.journey.votes == []
    window.actions_.undo.trigger()
    assert [vote.name for vote in window.scene.journey.votes] == ["Vote 1"]


def test_an_anonymous_vote_with_a_time_limit_ends_when_the_time_is_up(qtbot, window) -> None:
    class Clock:
        now = 0.0

        def __call__(self) -> float:
            return self.now

    clock = Clock()
    window.timer.clock = clock
    actions = cards_of(window, CardKind.IMPROVEMENT)
    start_vote(qtbot, window, anonymous=2, targets=1, minutes=2)
    assert window.timer_overlay.isVisible() and window.timer_overlay.digits.text() == "2:00"
    assert "Participant 1" in window.vote_bar.turn.text()
    click_card(qtbot, window, actions[0])
    qtbot.mouseClick(window.vote_bar.next_button, Qt.MouseButton.LeftButton)
    assert "Participant 2" in window.vote_bar.turn.text()
    click_card(qtbot, window, actions[0])
    clock.now = 120.0
    window.timer.tick()
    assert not window.vote_bar.isVisible()
    dialog = results(window)
    assert dialog.windowTitle().startswith("Time is up.")
    assert dialog.list.ranked() == [(window.scene.index.card(actions[0]).title, 2)]
    assert dialog.list.topLevelItem(0).childCount() == 0  # anonymous: nobody's name is kept
    (vote,) = window.scene.journey.votes
    assert [ballot.participant for ballot in vote.ballots] == ["", ""]


def test_the_priority_matrix_sorts_and_filters_by_votes(qtbot, window) -> None:
    actions = cards_of(window, CardKind.IMPROVEMENT)
    start_vote(qtbot, window, names="Ana\nBen", targets=1)
    for card_id in (actions[2], actions[2], actions[4]):
        click_card(qtbot, window, card_id)
    qtbot.mouseClick(window.vote_bar.next_button, Qt.MouseButton.LeftButton)
    for card_id in (actions[2], actions[0]):
        click_card(qtbot, window, card_id)
    qtbot.mouseClick(window.vote_bar.end_button, Qt.MouseButton.LeftButton)
    results(window).close()
    panel = window.priorities
    window.docks.dock("priorities").raise_()
    panel.views.setCurrentWidget(panel.list)
    listed = panel.list.action_ids()
    assert listed[0] == actions[2] and set(listed[1:3]) == {actions[0], actions[4]}  # most votes first
    header = panel.list.header()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=section_centre(header, 1))
    assert panel.list.action_ids()[-1] == actions[2]  # the header sorts the other way
    panel.minimum_votes.setCurrentIndex(panel.minimum_votes.findData(2))
    assert [action.id for action in panel.visible_actions()] == [actions[2]]
    panel.views.setCurrentWidget(panel.matrix_page)
    panel.matrix.repaint()
    assert [placed.action.id for placed in panel.matrix.placed] == [actions[2]]
    panel.minimum_votes.setCurrentIndex(0)
    assert len(panel.visible_actions()) == len(actions)


def section_centre(header, section: int) -> QPoint:
    return QPoint(header.sectionViewportPosition(section) + header.sectionSize(section) // 2, header.height() // 2)


@pytest.mark.parametrize("names", ["Ana\nAna", ""])
def test_the_setup_dialog_refuses_names_given_twice_or_none(qtbot, window, names: str) -> None:
    dialog = VoteSetupDialog(window.scene.journey, window)
    qtbot.addWidget(dialog)
    dialog.names.setPlainText(names)
    assert not dialog.start_button.isEnabled()
    assert ("twice" if names else "names") in dialog.problem.text()
    dialog.names.setPlainText("Ana\nBen")
    assert dialog.start_button.isEnabled()


def test_dots_on_many_cards_never_make_the_window_wider(qtbot, window) -> None:
    pains = cards_of(window, CardKind.PAIN_POINT)
    for card_id in pains[:3]:  # long titles, as workshops write them
        title = f"{card_id}: a long pain point title " * 3
        window.edits.set_fields(Ref.card(window.scene.journey_id, card_id), {"title": title}, "Edit Title")
    start_vote(qtbot, window, names="Ana\nBen")
    narrowest = window.minimumSizeHint().width()
    for card_id in pains[:3]:
        click_card(qtbot, window, card_id)
    bar = window.vote_bar
    assert len(bar.chip_buttons()) == 3
    qtbot.waitUntil(lambda: all(chip.isVisibleTo(bar) for chip in bar.chip_buttons()))
    assert window.minimumSizeHint().width() <= narrowest
    assert bar.chip_row.width() < sum(chip.sizeHint().width() for chip in bar.chip_buttons())  # it scrolls
