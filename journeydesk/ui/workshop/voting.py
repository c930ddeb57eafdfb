"""Dot votes in the window: the setup dialog, the turn bar, a click on a card as a dot, the time
limit on the workshop timer, the results when a vote ends, and the Votes dock's requests.

Every change is an undoable edit (:mod:`journeydesk.document.vote_edits`); the bar and the dock
show what the document holds, so undo and redo move them too."""

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QInputDialog, QWidget

from journeydesk.canvas.scene import MapScene
from journeydesk.document import ChangeSet, JourneyDocument
from journeydesk.document.edits import Edits
from journeydesk.model.votes import VoteError, running_round
from journeydesk.ui.workshop.timer import MINUTE, WorkshopTimer
from journeydesk.ui.workshop.vote_bar import VoteBar

if TYPE_CHECKING:
    from journeydesk.ui.workshop.vote_results import ResultsDialog, VotesPanel


class Voting(QObject):
    def __init__(
        self,
        window: QWidget,
        bar: VoteBar,
        timer: WorkshopTimer,
        start: QAction,
        end: QAction,
    ) -> None:
        super().__init__(window)
        self.window, self.bar, self.timer = window, bar, timer
        self.panel: VotesPanel | None = None  # the Votes dock's, once it is built (attach_panel)
        self.start_action, self.end_action = start, end
        self.document: JourneyDocument | None = None
        self.edits: Edits | None = None
        self.scene: MapScene | None = None
        self.timed_vote: str | None = None  # the vote whose time limit the timer counts down
        self.results: ResultsDialog | None = None
        start.triggered.connect(lambda: self.start_vote())
        end.triggered.connect(lambda: self.end_vote())
        bar.take_back.connect(lambda card_id: self._step(lambda e, j: e.take_back_dot(j, card_id)))
        bar.next_participant.connect(lambda: self._step(lambda e, j: e.next_participant(j)))
        bar.add_participant.connect(self.add_participant)
        bar.end_vote.connect(lambda: self.end_vote())
        timer.finished.connect(self._time_up)

    def attach_panel(self, panel: "VotesPanel") -> None:
        """The Votes dock's panel, built when the dock is first shown: it lists this map's votes."""
        self.panel = panel
        panel.start_requested.connect(lambda: self.start_vote())
        panel.reopen_requested.connect(lambda vote_id: self._step(lambda e, j: e.reopen_vote(j, vote_id)))
        panel.clear_requested.connect(lambda vote_id: self._step(lambda e, j: e.clear_vote(j, vote_id)))
        panel.delete_requested.connect(lambda vote_id: self._step(lambda e, j: e.delete_vote(j, vote_id)))
        panel.card_clicked.connect(lambda card_id: self.scene.select_cards([card_id]) if self.scene else None)
        self.refresh()

    def bind(self, document: JourneyDocument, edits: Edits, scene: MapScene) -> None:
        if self.document is not None:
            self.document.changed.disconnect(self._on_changed)
        self.document, self.edits, self.scene = document, edits, scene
        document.changed.connect(self._on_changed)
        scene.card_clicked.connect(self.cast)
        scene.journey_shown.connect(lambda _: self.refresh())
        self.refresh()

    # Following the document

    def _on_changed(self, changes: ChangeSet) -> None:
        shown = self.scene.journey_id if self.scene is not None else None
        if shown in changes.votes or shown in changes.journeys or changes.project:  # titles show in the lists
            self.refresh()

    def refresh(self) -> None:
        if self.scene is None:
            return
        journey = self.scene.journey
        running = running_round(journey.votes)
        self.bar.show_vote(running, self.scene.index)
        if self.panel is not None:
            self.panel.show_journey(journey)
        self.start_action.setEnabled(running is None)
        self.end_action.setEnabled(running is not None)

    # Steps

    def start_vote(self) -> None:
        if self.scene is None or self.edits is None:
            return
        from journeydesk.ui.workshop.vote_setup import VoteSetupDialog

        dialog = VoteSetupDialog(self.scene.journey, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        vote = dialog.vote()
        self.edits.start_vote(self.scene.journey_id, vote)
        if self.panel is not None:
            self.panel.select_vote(vote.id)
        if vote.time_limit_minutes:
            self.timed_vote = vote.id
            self.timer.start(vote.time_limit_minutes * MINUTE)

    def cast(self, card_id: str) -> None:
        """A click on a card while a vote runs: a dot of the participant whose turn it is."""
        if self.scene is None or running_round(self.scene.journey.votes) is None:
            return
        self._step(lambda edits, journey_id: edits.cast_dot(journey_id, card_id))

    def add_participant(self) -> None:
        running = running_round(self.scene.journey.votes) if self.scene else None
        if running is None:
            return
        name = ""
        if not running.anonymous:
            name, chosen = QInputDialog.getText(self.window, "Add a participant", "Name of the next participant:")
            if not chosen or not name.strip():
                return
        self._step(lambda edits, journey_id: edits.add_participant(journey_id, name))

    def end_vote(self, reason: str = "") -> None:
        if self.scene is None or self.edits is None:
            return
        running = running_round(self.scene.journey.votes)
        if running is None:
            return
        self.edits.end_vote(self.scene.journey_id)
        if self.timed_vote == running.id:
            self.timed_vote = None
            if not reason:
                self.timer.stop()
        ended = next(vote for vote in self.scene.journey.votes if vote.id == running.id)
        if self.panel is not None:
            self.panel.select_vote(ended.id)
        from journeydesk.ui.workshop.vote_results import ResultsDialog

        self.results = ResultsDialog(ended, self.scene.journey, self.window)
        if reason:
            self.results.setWindowTitle(f"{reason} {self.results.windowTitle()}")
        self.results.show()

    def _time_up(self) -> None:
        running = running_round(self.scene.journey.votes) if self.scene else None
        if running is not None and running.id == self.timed_vote:
            self.end_vote("Time is up.")

    def _step(self, step: Callable[[Edits, str], None]) -> None:
        if self.edits is None or self.scene is None:
            return
        try:
            step(self.edits, self.scene.journey_id)
        except VoteError as refused:
            self.bar.say(str(refused)[:1].upper() + str(refused)[1:])
