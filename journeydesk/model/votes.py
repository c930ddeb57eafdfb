"""Dot votes: rounds in which the people of a workshop each spend a few dots on the cards that matter most.

A round keeps one ballot per participant, in turn order (on one laptop they vote one after another),
and whose turn it is. Rounds are values: every change below returns a new round and leaves the old
one as it was, so an undo step can keep it.
"""

from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import count
from typing import Annotated, ClassVar

from pydantic import Field, StrictBool, StrictInt, model_validator

from journeydesk.model.base import Model
from journeydesk.model.cards import Card
from journeydesk.model.enums import CardKind, VoteTargets
from journeydesk.model.integrity import integrity_error
from journeydesk.model.types import Id, Name, OrderKey

DEFAULT_DOTS = 3
MAX_DOTS = 20
MAX_PARTICIPANTS = 100
MAX_MINUTES = 120

TARGET_KINDS: dict[VoteTargets, frozenset[CardKind]] = {
    VoteTargets.PAIN_POINTS: frozenset({CardKind.PAIN_POINT}),
    VoteTargets.IMPROVEMENTS: frozenset({CardKind.IMPROVEMENT}),
    VoteTargets.ANY: frozenset(CardKind),
}


class VoteError(ValueError):
    """A dot that cannot be placed or taken back; the message says why, to the person voting."""


class Ballot(Model):
    participant: Name = Field("", description="Who voted; empty in an anonymous round")
    dots: Annotated[
        list[Id], Field(fail_fast=True, max_length=MAX_DOTS, description="A card's id, once per dot put on it")
    ] = []


class VoteRound(Model):
    id: Id
    order: OrderKey = ""
    name: Name
    targets: VoteTargets = VoteTargets.PAIN_POINTS
    dots_per_participant: Annotated[StrictInt, Field(ge=1, le=MAX_DOTS)] = DEFAULT_DOTS
    one_dot_per_card: StrictBool = False
    time_limit_minutes: Annotated[StrictInt, Field(ge=1, le=MAX_MINUTES)] | None = None
    ballots: Annotated[list[Ballot], Field(fail_fast=True, min_length=1, max_length=MAX_PARTICIPANTS)]
    turn: Annotated[
        StrictInt, Field(ge=0, description="The ballot whose turn it is; the number of ballots once all have voted")
    ] = 0
    closed: StrictBool = Field(False, description="The vote has ended and its results count")

    id_prefix: ClassVar[str] = "vote"

    @model_validator(mode="after")
    def _ballots_keep_the_rules(self) -> "VoteRound":
        if self.turn > len(self.ballots):
            raise integrity_error("turn", f"there are only {len(self.ballots)} participants")
        names = [ballot.participant for ballot in self.ballots]
        if any(names) and not all(names):
            raise integrity_error("ballots", "participants are either all named or all anonymous")
        named = [name for name in names if name]
        if len(set(named)) != len(named):
            twice = next(name for name in named if named.count(name) > 1)
            raise integrity_error("ballots", f"'{twice}' takes part twice")
        for number, ballot in enumerate(self.ballots):
            if len(ballot.dots) > self.dots_per_participant:
                raise integrity_error(
                    f"ballots[{number}].dots", f"more dots than the {self.dots_per_participant} each participant has"
                )
            if self.one_dot_per_card and len(set(ballot.dots)) != len(ballot.dots):
                raise integrity_error(f"ballots[{number}].dots", "a card has two dots in a one-dot-per-card vote")
        return self

    # Questions

    @property
    def anonymous(self) -> bool:
        return not self.ballots[0].participant

    @property
    def everyone_voted(self) -> bool:
        return self.turn >= len(self.ballots)

    @property
    def current(self) -> Ballot | None:
        """The ballot of the participant whose turn it is, while the vote runs."""
        return None if self.closed or self.everyone_voted else self.ballots[self.turn]

    def participant_label(self, number: int) -> str:
        return self.ballots[number].participant or f"Participant {number + 1}"

    def accepts(self, card: Card) -> bool:
        return card.kind in TARGET_KINDS[self.targets]

    def dots_left(self) -> int:
        current = self.current
        return 0 if current is None else self.dots_per_participant - len(current.dots)

    def tally(self) -> Counter[str]:
        """Dots per card id, over every ballot."""
        return Counter(dot for ballot in self.ballots for dot in ballot.dots)

    def voters(self, card_id: str) -> list[tuple[str, int]]:
        """Who put dots on the card, and how many (named rounds only: anonymous ones keep no names)."""
        if self.anonymous:
            return []
        return [(ballot.participant, ballot.dots.count(card_id)) for ballot in self.ballots if card_id in ballot.dots]

    # Changes, each a new round

    def cast(self, card: Card) -> "VoteRound":
        """The round with a dot of the current participant on ``card``."""
        current = self.current
        if current is None:
            raise VoteError("the vote is not running")
        if not self.accepts(card):
            raise VoteError(f"this vote is on {self.targets.label.lower()}, not on {card.kind.label.lower()}s")
        if not self.dots_left():
            raise VoteError("no dots left: take one back, or hand over")
        if self.one_dot_per_card and card.id in current.dots:
            raise VoteError("one dot per card in this vote")
        return self._with_current([*current.dots, card.id])

    def take_back(self, card_id: str) -> "VoteRound":
        """The round with one of the current participant's dots on ``card_id`` taken back."""
        current = self.current
        if current is None or card_id not in current.dots:
            raise VoteError("there is no dot of yours on that card")
        dots = list(current.dots)
        del dots[len(dots) - 1 - dots[::-1].index(card_id)]
        return self._with_current(dots)

    def next_turn(self) -> "VoteRound":
        return self.model_copy(update={"turn": min(self.turn + 1, len(self.ballots))})

    def with_participant(self, name: str = "") -> "VoteRound":
        """One more participant, voting after the others (named in a named round)."""
        if len(self.ballots) >= MAX_PARTICIPANTS:
            raise VoteError(f"a vote has at most {MAX_PARTICIPANTS} participants")
        name = name.strip() if not self.anonymous else ""
        if not self.anonymous and (not name or name in {ballot.participant for ballot in self.ballots}):
            raise VoteError("give the new participant a name nobody else in this vote has")
        return self.model_copy(update={"ballots": [*self.ballots, Ballot(participant=name)]})

    def ended(self) -> "VoteRound":
        return self.model_copy(update={"closed": True})

    def reopened(self) -> "VoteRound":
        return self.model_copy(update={"closed": False})

    def cleared(self) -> "VoteRound":
        """Every dot taken back: the vote starts again from the first participant."""
        ballots = [Ballot(participant=ballot.participant) for ballot in self.ballots]
        return self.model_copy(update={"ballots": ballots, "turn": 0, "closed": False})

    def without_cards(self, card_ids: set[str]) -> "VoteRound":
        ballots = [
            ballot.model_copy(update={"dots": [dot for dot in ballot.dots if dot not in card_ids]})
            for ballot in self.ballots
        ]
        return self.model_copy(update={"ballots": ballots})

    def _with_current(self, dots: list[str]) -> "VoteRound":
        ballots = list(self.ballots)
        ballots[self.turn] = ballots[self.turn].model_copy(update={"dots": dots})
        return self.model_copy(update={"ballots": ballots})


def new_round(
    round_id: str,
    name: str,
    participants: Sequence[str] | int,
    targets: VoteTargets = VoteTargets.PAIN_POINTS,
    dots: int = DEFAULT_DOTS,
    one_dot_per_card: bool = False,
    time_limit_minutes: int | None = None,
) -> VoteRound:
    """A round about to start; ``participants`` are names in turn order, or how many vote anonymously."""
    names = [""] * participants if isinstance(participants, int) else [name.strip() for name in participants]
    return VoteRound.model_validate(
        {
            "id": round_id,
            "name": name,
            "targets": targets,
            "dots_per_participant": dots,
            "one_dot_per_card": one_dot_per_card,
            "time_limit_minutes": time_limit_minutes,
            "ballots": [{"participant": participant} for participant in names],
        }
    )


def next_round_name(rounds: Sequence[VoteRound]) -> str:
    taken = {vote.name for vote in rounds}
    return next(f"Vote {number}" for number in count(len(rounds) + 1) if f"Vote {number}" not in taken)


def running_round(rounds: Iterable[VoteRound]) -> VoteRound | None:
    """The round not yet ended, if any (there is at most one at a time)."""
    return next((vote for vote in rounds if not vote.closed), None)


def votes_by_card(rounds: Iterable[VoteRound]) -> Counter[str]:
    """Dots per card over every ended round: what registers, sheets and the priority matrix show.
    A round still running counts only once it ends, so nobody sees its tally early."""
    total: Counter[str] = Counter()
    for vote in rounds:
        if vote.closed:
            total.update(vote.tally())
    return total


def dots_shown(rounds: Sequence[VoteRound]) -> tuple[Counter[str], bool]:
    """The dots the map shows on its cards, per card, and whether they are one participant's own: while
    a vote runs, only the dots of the participant whose turn it is (the tally stays hidden); when none
    runs, every ended vote's."""
    running = running_round(rounds)
    if running is None:
        return votes_by_card(rounds), False
    current = running.current
    return Counter(current.dots if current is not None else ()), True


def ranking(vote: VoteRound, cards: Iterable[Card]) -> list[tuple[Card, int]]:
    """The cards with dots, most first; ties keep the order of ``cards`` (the map's)."""
    tally = vote.tally()
    voted = [(card, tally[card.id]) for card in cards if tally[card.id]]
    return sorted(voted, key=lambda pair: -pair[1])
