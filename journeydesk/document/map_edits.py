"""Edits of one journey's map: cards, stages, lanes and fields, each one undoable step.

Each builds its operations (with those for dependants, such as the links to a pain point being
deleted) and pushes them as one command with a text that names it.
"""

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from journeydesk.document import plans
from journeydesk.document.apply import dump
from journeydesk.document.commands import OperationsCommand
from journeydesk.document.document import Column, JourneyDocument
from journeydesk.document.operations import Add, Move, Operation, set_fields
from journeydesk.document.refs import Ref
from journeydesk.model import defaults
from journeydesk.model.base import Model
from journeydesk.model.cards import Card
from journeydesk.model.enums import CardKind, LaneKind
from journeydesk.model.ids import new_id


def title_case(label: str) -> str:
    return " ".join(word[:1].upper() + word[1:] for word in label.split())


def cards_text(verb: str, cards: Sequence[Card]) -> str:
    """``Move Card``, ``Delete Pain Point``, ``Move 3 Cards``."""
    if len(cards) == 1:
        return f"{verb} {title_case(cards[0].kind.label)}"
    return f"{verb} {len(cards)} Cards"


def checked_values(target: Model, values: dict[str, Any]) -> dict[str, Any]:
    """The values as the model's field types make them (an enum from its text, say).

    Raises :class:`pydantic.ValidationError` for a value the field refuses: views offer only valid
    values, so that is a bug to surface, not a state to store.
    """
    probe = target.model_copy()
    validator = type(target).__pydantic_validator__
    for name, value in values.items():
        validator.validate_assignment(probe, name, value)
    return {name: getattr(probe, name) for name in values}


@dataclass(frozen=True)
class CardMove:
    """Put a card into (stage, lane) at ``cell_index``, counted after every moving card has left."""

    card_id: str
    stage_id: str
    lane_id: str
    cell_index: int | None = None


class MapEdits:
    def __init__(self, document: JourneyDocument) -> None:
        self.document = document

    def push(self, operations: Sequence[Operation], text: str, merge_key: Hashable = None) -> None:
        """One undoable step; raises what made it impossible (nothing is changed then)."""
        if not operations:
            return
        command = OperationsCommand(self.document, operations, text, merge_key)
        self.document.undo_stack.push(command)
        if command.error is not None:
            raise command.error

    # Cards

    def add_card(
        self,
        journey_id: str,
        kind: CardKind,
        stage_id: str,
        lane_id: str,
        cell_index: int | None = None,
        title: str = "",
    ) -> str:
        card = defaults.new_card(kind, stage_id, lane_id, title)
        self.insert_cards(journey_id, [(card, cell_index)], "Add", f"Add {title_case(kind.label)}")
        return card.id

    def insert_cards(
        self, journey_id: str, placed: Sequence[tuple[Card, int | None]], verb: str, text: str | None = None
    ) -> None:
        """Insert new cards (already carrying their stage and lane) as one step, e.g. a paste; each
        ``cell_index`` counts the cards placed before it."""
        if not placed:
            return
        plan = plans.CellPlan(journey_id, self.document.index(journey_id))
        additions: list[Operation] = []
        for card, cell_index in placed:
            card.order = plan.put((card.stage_id, card.lane_id), cell_index, card.id)
            additions.append(Add("card", journey_id, dump(card)))
        self.push([*plan.operations, *additions], text or cards_text(verb, [card for card, _ in placed]))

    def duplicate_cards(self, journey_id: str, card_ids: Sequence[str]) -> list[str]:
        """Copies under new ids, each right after its original. Returns the new ids."""
        index = self.document.index(journey_id)
        plan = plans.CellPlan(journey_id, index)
        copies: list[Card] = []
        for card_id in self.in_map_order(journey_id, card_ids):
            original = index.card(card_id)
            copy = original.model_copy(deep=True, update={"id": new_id("card")})
            cell = (copy.stage_id, copy.lane_id)
            copy.order = plan.put(cell, plan.position_after(cell, card_id), copy.id)
            copies.append(copy)
        if copies:
            additions = [Add("card", journey_id, dump(copy)) for copy in copies]
            self.push([*plan.operations, *additions], cards_text("Duplicate", copies))
        return [copy.id for copy in copies]

    def delete_cards(self, journey_id: str, card_ids: Iterable[str], verb: str = "Delete") -> None:
        index = self.document.index(journey_id)
        cards = [index.card(card_id) for card_id in self.in_map_order(journey_id, card_ids)]
        if cards:
            operations = plans.removal(self.document.state, "card", journey_id, [card.id for card in cards])
            self.push(operations, cards_text(verb, cards))

    def move_cards(
        self,
        journey_id: str,
        card_ids: Sequence[str],
        stage_id: str,
        lane_id: str,
        cell_index: int,
        merge_key: Hashable = None,
    ) -> None:
        """Move cards into one cell, one after another from ``cell_index`` (counted without them)."""
        ordered = self.in_map_order(journey_id, card_ids)
        moves = [CardMove(card_id, stage_id, lane_id, cell_index + offset) for offset, card_id in enumerate(ordered)]
        self.move_each(journey_id, moves, merge_key)

    def move_each(self, journey_id: str, moves: Sequence[CardMove], merge_key: Hashable = None) -> None:
        index = self.document.index(journey_id)
        if not moves or all(self._already_there(index, move) for move in moves):
            return
        plan = plans.CellPlan(journey_id, index)
        cards = [index.card(move.card_id) for move in moves]
        for card in cards:
            plan.take_out(card)
        operations: list[Operation] = []
        for move in moves:
            key = plan.put((move.stage_id, move.lane_id), move.cell_index, move.card_id)
            operations.append(Move("card", journey_id, move.card_id, key, move.stage_id, move.lane_id))
        self.push([*plan.operations, *operations], cards_text("Move", cards), merge_key)

    def change_card_kind(self, journey_id: str, card_id: str, kind: CardKind) -> None:
        card = self.document.index(journey_id).card(card_id)
        if card.kind is not kind:
            operations = plans.kind_change(self.document.state, journey_id, card, kind)
            self.push(operations, f"Make {title_case(kind.label)}")

    # Fields

    def set_fields(self, ref: Ref, values: dict[str, Any], text: str, merge: bool = False) -> None:
        """Change fields of one object; with ``merge``, typing in one field is one undo step."""
        target = self.document.resolve(ref)
        values = checked_values(target, values)
        changed = {name: value for name, value in values.items() if getattr(target, name) != value}
        if not changed:
            return
        operations: list[Operation] = []
        if "addresses" in changed:
            wanted = changed.pop("addresses")
            operations += plans.link_changes(str(ref.journey_id), str(ref.id), target.addresses, wanted)  # type: ignore[attr-defined]  # only an improvement action has addresses to change
        if changed:
            journey_id = ref.journey_id if ref.kind in ("stage", "lane", "card") else None
            operations.append(set_fields(ref.kind, journey_id, str(ref.id or self.document.project.id), changed))
        key = ("set", ref, tuple(values), self.document.edit_session) if merge else None
        self.push(operations, text, key)

    # Stages and lanes

    def add_stage(self, journey_id: str, index: int, name: str = "New stage") -> str:
        stages = self.document.journey(journey_id).stages
        stage = defaults.new_stage(stages[max(0, index - 1) : index + 1], name)
        return self._add_column(journey_id, "stages", index, stage, "Add Stage")

    def add_lane(self, journey_id: str, index: int, kind: LaneKind = LaneKind.CUSTOM) -> str:
        return self._add_column(journey_id, "lanes", index, defaults.new_lane(kind), "Add Lane")

    def _add_column(self, journey_id: str, column: Column, index: int, item: Any, text: str) -> str:
        noun = column[:-1]
        item.order, room = plans.column_key(noun, journey_id, getattr(self.document.journey(journey_id), column), index)
        self.push([*room, Add(noun, journey_id, dump(item))], text)
        return item.id

    def move_column(self, journey_id: str, column: Column, from_index: int, to_index: int) -> None:
        if from_index == to_index:
            return
        noun = column[:-1]
        items = getattr(self.document.journey(journey_id), column)
        moving = items[from_index]
        key, room = plans.column_key(noun, journey_id, items, to_index, moving.id)
        self.push([*room, Move(noun, journey_id, moving.id, key)], f"Move {title_case(noun)}")

    def delete_column(self, journey_id: str, column: Column, item_id: str) -> None:
        """Delete a stage or lane with all its cards, as one step."""
        noun = column[:-1]
        self.push(plans.removal(self.document.state, noun, journey_id, [item_id]), f"Delete {title_case(noun)}")

    # Helpers

    def in_map_order(self, journey_id: str, card_ids: Iterable[str]) -> list[str]:
        """The ids sorted as the map shows them: by stage, then lane, then position in the cell."""
        journey = self.document.journey(journey_id)
        index = self.document.index(journey_id)
        stage_order = {stage.id: i for i, stage in enumerate(journey.stages)}
        lane_order = {lane.id: i for i, lane in enumerate(journey.lanes)}
        wanted = [card_id for card_id in dict.fromkeys(card_ids) if card_id in index]

        def key(card_id: str) -> tuple[int, int, int]:
            card = index.card(card_id)
            return stage_order[card.stage_id], lane_order[card.lane_id], index.cell_index(card_id)

        return sorted(wanted, key=key)

    @staticmethod
    def _already_there(index: Any, move: CardMove) -> bool:
        card = index.card(move.card_id)
        return (card.stage_id, card.lane_id) == (move.stage_id, move.lane_id) and (
            move.cell_index is None or index.cell_index(move.card_id) == move.cell_index
        )
