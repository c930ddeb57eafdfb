"""Replacing a journey's dot votes: one command for every step of a vote (rounds are values)."""

from journeydesk.document.commands.base import DocumentCommand
from journeydesk.document.document import JourneyDocument
from journeydesk.model.votes import VoteRound


class SetVotes(DocumentCommand):
    def __init__(self, document: JourneyDocument, journey_id: str, rounds: list[VoteRound], text: str = "") -> None:
        super().__init__(document, text)
        self.journey_id, self.rounds = journey_id, rounds
        self.previous: list[VoteRound] | None = None

    def apply(self) -> None:
        self.previous = self.document.set_votes(self.journey_id, self.rounds)

    def revert(self) -> None:
        assert self.previous is not None
        self.document.set_votes(self.journey_id, self.previous)
