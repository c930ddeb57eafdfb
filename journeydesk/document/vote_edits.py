"""The steps of a dot vote, each one undoable: start, place and take back dots, hand over, end,
reopen, clear and delete a round.

A round is an object of the journey with an id (see :mod:`journeydesk.document.objects`): starting
one adds it, every later step sets the fields it changes, deleting removes it. Deleting a card takes
its dots back in the same step (:func:`journeydesk.document.plans.removal`).

Step texts never name a card or a participant: the History dock is on the shared screen while the
tally is meant to stay hidden.
"""

from collections.abc import Callable

from journeydesk.document import plans
from journeydesk.document.apply import dump
from journeydesk.document.map_edits import MapEdits
from journeydesk.document.operations import Add, Remove, set_fields
from journeydesk.model.votes import VoteError, VoteRound, running_round


class VoteEdits(MapEdits):
    def running_vote(self, journey_id: str) -> VoteRound | None:
        return running_round(self.document.journey(journey_id).votes)

    def start_vote(self, journey_id: str, vote: VoteRound) -> None:
        rounds = self.document.journey(journey_id).votes
        if running_round(rounds) is not None:
            raise VoteError("a vote is already running: end it first")
        order, room = plans.column_key("vote", journey_id, rounds, len(rounds))
        self.push([*room, Add("vote", journey_id, dump(vote.model_copy(update={"order": order})))], "Start Vote")

    def cast_dot(self, journey_id: str, card_id: str) -> None:
        """A dot of the participant whose turn it is; :class:`VoteError` says why not."""
        card = self.document.index(journey_id).card(card_id)
        self._change_running(journey_id, lambda vote: vote.cast(card), "Place Dot")

    def take_back_dot(self, journey_id: str, card_id: str) -> None:
        self._change_running(journey_id, lambda vote: vote.take_back(card_id), "Take Back Dot")

    def next_participant(self, journey_id: str) -> None:
        self._change_running(journey_id, VoteRound.next_turn, "Next Participant")

    def add_participant(self, journey_id: str, name: str = "") -> None:
        self._change_running(journey_id, lambda vote: vote.with_participant(name), "Add Participant")

    def end_vote(self, journey_id: str) -> None:
        self._change_running(journey_id, VoteRound.ended, "End Vote")

    def reopen_vote(self, journey_id: str, vote_id: str) -> None:
        self._change_ended(journey_id, vote_id, VoteRound.reopened, "Reopen Vote")

    def clear_vote(self, journey_id: str, vote_id: str) -> None:
        """Take back every dot of the round and run it again from its first participant."""
        self._change_ended(journey_id, vote_id, VoteRound.cleared, "Clear Vote")

    def delete_vote(self, journey_id: str, vote_id: str) -> None:
        if any(vote.id == vote_id for vote in self.document.journey(journey_id).votes):
            self.push([Remove("vote", journey_id, vote_id)], "Delete Vote")

    def _change_running(self, journey_id: str, change: Callable[[VoteRound], VoteRound], text: str) -> None:
        running = self.running_vote(journey_id)
        if running is None:
            raise VoteError("no vote is running")
        self._replace(journey_id, running, change(running), text)

    def _change_ended(self, journey_id: str, vote_id: str, change: Callable[[VoteRound], VoteRound], text: str) -> None:
        running = self.running_vote(journey_id)
        if running is not None and running.id != vote_id:
            raise VoteError(f"“{running.name}” is running: end it first")
        vote = next(vote for vote in self.document.journey(journey_id).votes if vote.id == vote_id)
        self._replace(journey_id, vote, change(vote), text)

    def _replace(self, journey_id: str, vote: VoteRound, changed: VoteRound, text: str) -> None:
        """Set the fields the step changed (a dot: the ballots; handing over: the turn)."""
        values = {
            name: getattr(changed, name)
            for name in type(vote).model_fields
            if getattr(vote, name) != getattr(changed, name)
        }
        if values:
            self.push([set_fields("vote", journey_id, vote.id, values)], text)
