"""Stages, lanes and the journey that orders them and holds the cards."""

from collections.abc import Iterator
from typing import Annotated, ClassVar

from pydantic import Field, StrictStr, model_validator

from journeydesk.model.base import Model
from journeydesk.model.cards import Card, ImprovementCard, PainPointCard
from journeydesk.model.comments import MAX_THREADS, CommentThread
from journeydesk.model.enums import CardKind, JourneyState, LaneKind
from journeydesk.model.integrity import integrity_error
from journeydesk.model.order import arrange_cards, in_order, rekey
from journeydesk.model.types import LIST_MAX, Color, Emotion, Id, Name, OrderKey, Text
from journeydesk.model.votes import VoteRound

MAX_STAGES = 200
MAX_LANES = 100
MAX_CARDS = 200_000

FindingKey = Annotated[StrictStr, Field(min_length=1, max_length=200)]


class Stage(Model):
    id: Id
    order: OrderKey = ""
    name: Name
    color: Color = "#5b7bd5"
    goal: Text = Field("", description="What the customer wants to achieve in this stage")
    guidance: Text = Field("", description="Hints for the team: touchpoints and questions to consider")
    emotion: Emotion | None = Field(None, description="How the customer feels here when no touchpoint says")
    origin_id: Id | None = Field(None, description="In a derived journey: the stage of its base this copies")

    id_prefix: ClassVar[str] = "stage"


class Lane(Model):
    id: Id
    order: OrderKey = ""
    name: Name
    kind: LaneKind = LaneKind.CUSTOM
    description: Text = Field("", description="What the lane holds, e.g. the full label of an imported map")

    id_prefix: ClassVar[str] = "lane"


class Journey(Model):
    id: Id
    order: OrderKey = ""
    name: Name
    persona_id: Id | None = None
    scenario: Text = ""
    state: JourneyState = JourneyState.CURRENT
    based_on: Id | None = Field(None, description="The journey this one was derived from, e.g. as its future state")
    overlay_journey_id: Id | None = Field(None, description="Another journey whose emotion curve is drawn here too")
    dismissed: Annotated[
        list[FindingKey], Field(fail_fast=True, max_length=10_000, description="Health-check findings set aside")
    ] = []
    stages: Annotated[list[Stage], Field(fail_fast=True, max_length=MAX_STAGES)] = []
    lanes: Annotated[list[Lane], Field(fail_fast=True, max_length=MAX_LANES)] = []
    cards: Annotated[
        list[Card], Field(fail_fast=True, max_length=MAX_CARDS, description="Cards in a cell keep list order")
    ] = []
    votes: Annotated[
        list[VoteRound], Field(fail_fast=True, max_length=LIST_MAX, description="Dot votes on the cards, in order")
    ] = []
    comments: Annotated[
        list[CommentThread],
        Field(fail_fast=True, max_length=MAX_THREADS, description="Comment threads on its cards, stages and itself"),
    ] = []

    id_prefix: ClassVar[str] = "journey"

    @model_validator(mode="after")
    def _references_resolve(self) -> "Journey":
        stage_ids = {stage.id for stage in self.stages}
        lane_ids = {lane.id for lane in self.lanes}
        pain_point_ids = {card.id for card in self.cards if card.kind is CardKind.PAIN_POINT}
        voted = {dot for vote in self.votes for ballot in vote.ballots for dot in ballot.dots}
        card_ids = {card.id for card in self.cards} if voted else set()
        cells_known = {card.stage_id for card in self.cards} <= stage_ids and {
            card.lane_id for card in self.cards
        } <= lane_ids
        links = [card.addresses for card in self.cards if isinstance(card, ImprovementCard) and card.addresses]
        links_known = all(len(set(targets)) == len(targets) and pain_point_ids.issuperset(targets) for targets in links)
        if cells_known and links_known and voted <= card_ids:  # the usual case, checked in bulk; else say where
            self._check_comment_targets(stage_ids)
            return self._arranged()
        for index, card in enumerate(self.cards):
            place = f"cards[{index}]"
            if card.stage_id not in stage_ids:
                raise integrity_error(f"{place}.stage_id", f"no stage with id '{card.stage_id}' in this journey")
            if card.lane_id not in lane_ids:
                raise integrity_error(f"{place}.lane_id", f"no lane with id '{card.lane_id}' in this journey")
            if isinstance(card, ImprovementCard):
                seen: set[str] = set()
                for link, target in enumerate(card.addresses):
                    if target not in pain_point_ids:
                        raise integrity_error(
                            f"{place}.addresses[{link}]", f"no pain point with id '{target}' in this journey"
                        )
                    if target in seen:
                        raise integrity_error(f"{place}.addresses[{link}]", f"'{target}' is listed twice")
                    seen.add(target)
        for number, vote in enumerate(self.votes):
            for ballot_number, ballot in enumerate(vote.ballots):
                for dot_number, dot in enumerate(ballot.dots):
                    if dot not in card_ids:
                        raise integrity_error(
                            f"votes[{number}].ballots[{ballot_number}].dots[{dot_number}]",
                            f"no card with id '{dot}' in this journey",
                        )
        self._check_comment_targets(stage_ids)
        return self._arranged()

    def _check_comment_targets(self, stage_ids: set[str]) -> None:
        """A thread is about a card or a stage of this journey, or the journey itself."""
        if not self.comments:
            return
        known = {self.id, *stage_ids, *(card.id for card in self.cards)}
        for number, thread in enumerate(self.comments):
            if thread.target not in known:
                raise integrity_error(
                    f"comments[{number}].target", f"no card or stage with id '{thread.target}' in this journey"
                )

    def _arranged(self) -> "Journey":
        """Stages, lanes, votes and cards in order, each with a key that says so (given where missing)."""
        for items in (self.stages, self.lanes, self.votes, self.comments):
            if not in_order(items):
                rekey(items)
        arrange_cards(self.cards, [stage.id for stage in self.stages], [lane.id for lane in self.lanes])
        return self

    # Queries. Linear scans are fine for the file layer; the editor keeps its own indexes.

    def stage(self, stage_id: str) -> Stage:
        return next(stage for stage in self.stages if stage.id == stage_id)

    def lane(self, lane_id: str) -> Lane:
        return next(lane for lane in self.lanes if lane.id == lane_id)

    def target_label(self, target: str) -> str:
        """What a comment thread is about, as people name it: Pain point “Slow checkout”, Stage
        “Buy”, The journey."""
        if target == self.id:
            return "The journey"
        stage = next((stage for stage in self.stages if stage.id == target), None)
        if stage is not None:
            return f"Stage “{stage.name}”"
        card = next((card for card in self.cards if card.id == target), None)
        return f"{card.kind.label} “{card.title or 'untitled'}”" if card is not None else target

    def cards_in_cell(self, stage_id: str, lane_id: str) -> list[Card]:
        return [card for card in self.cards if card.stage_id == stage_id and card.lane_id == lane_id]

    def heading(self) -> str:
        """The name, and the state where the name does not say it already: "Onboarding · Current
        state", but "Buying a bike (current state)"."""
        state = self.state.label
        return self.name if state.casefold() in self.name.casefold() else f"{self.name} · {state}"

    def pain_points(self) -> Iterator[PainPointCard]:
        return (card for card in self.cards if isinstance(card, PainPointCard))

    def improvements(self) -> Iterator[ImprovementCard]:
        return (card for card in self.cards if isinstance(card, ImprovementCard))

    def actions_by_pain_point(self) -> dict[str, list[ImprovementCard]]:
        """The improvement actions addressing each pain point (by its id), in map order; a pain
        point nobody addresses is absent."""
        addressing: dict[str, list[ImprovementCard]] = {}
        for action in self.improvements():
            for pain_id in action.addresses:
                addressing.setdefault(pain_id, []).append(action)
        return addressing
