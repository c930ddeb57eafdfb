"""Edits of one journey's map: cards, stages, lanes and fields, each one undoable step.

Each builds its commands (with parts for dependants, such as the links to a pain point being
deleted) and pushes them as one step with a text that names it.
"""

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtGui import QUndoCommand

from journeydesk.document.commands import (
    InsertCard,
    InsertColumn,
    Macro,
    MoveCards,
    MoveColumn,
    RemoveCard,
    RemoveColumn,
    ReplaceCard,
    SetFields,
    SetVotes,
)
from journeydesk.document.commands.cards import CardMove
from journeydesk.document.document import Column, JourneyDocument
from journeydesk.document.refs import Ref
from journeydesk.model import defaults
from journeydesk.model.base import Model
from journeydesk.model.cards import CARD_CLASSES, Card, CardBase
from journeydesk.model.enums import CardKind, LaneKind
from journeydesk.model.ids import new_id

_COMMON_CARD_FIELDS = tuple(CardBase.model_fields)


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


class MapEdits:
    def __init__(self, document: JourneyDocument) -> None:
        self.document = document

    def push(self, command: QUndoCommand) -> None:
        self.document.undo_stack.push(command)

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
        self.push(InsertCard(self.document, journey_id, card, cell_index, f"Add {title_case(kind.label)}"))
        return card.id

    def insert_cards(self, journey_id: str, placed: Sequence[tuple[Card, int | None]], verb: str) -> None:
        """Insert new cards (already carrying their stage and lane) as one step, e.g. a paste."""
        if not placed:
            return
        macro = Macro(self.document, cards_text(verb, [card for card, _ in placed]))
        for card, cell_index in placed:
            macro.add(InsertCard(self.document, journey_id, card, cell_index))
        self.push(macro)

    def duplicate_cards(self, journey_id: str, card_ids: Sequence[str]) -> list[str]:
        """Copies under new ids, each right after its original. Returns the new ids."""
        index = self.document.index(journey_id)
        placed = []
        for card_id in self.in_map_order(journey_id, card_ids):
            copy = index.card(card_id).model_copy(deep=True, update={"id": new_id("card")})
            placed.append((copy, index.cell_index(card_id) + 1))
        # Insert from the last so each "after the original" index stays right.
        self.insert_cards(journey_id, list(reversed(placed)), "Duplicate")
        return [card.id for card, _ in placed]

    def delete_cards(self, journey_id: str, card_ids: Iterable[str], verb: str = "Delete") -> None:
        index = self.document.index(journey_id)
        cards = [index.card(card_id) for card_id in self.in_map_order(journey_id, card_ids)]
        if not cards:
            return
        macro = Macro(self.document, cards_text(verb, cards))
        self._delete_cards_into(macro, journey_id, cards)
        self.push(macro)

    def move_cards(
        self,
        journey_id: str,
        card_ids: Sequence[str],
        stage_id: str,
        lane_id: str,
        cell_index: int,
        merge_key: object = None,
    ) -> None:
        """Move cards into one cell, one after another from ``cell_index`` (counted without them)."""
        ordered = self.in_map_order(journey_id, card_ids)
        moves = [CardMove(card_id, stage_id, lane_id, cell_index + offset) for offset, card_id in enumerate(ordered)]
        self.move_each(journey_id, moves, merge_key)

    def move_each(self, journey_id: str, moves: Sequence[CardMove], merge_key: object = None) -> None:
        index = self.document.index(journey_id)
        if not moves or all(self._already_there(index, move) for move in moves):
            return
        cards = [index.card(move.card_id) for move in moves]
        self.push(MoveCards(self.document, journey_id, moves, cards_text("Move", cards), merge_key))

    def change_card_kind(self, journey_id: str, card_id: str, kind: CardKind) -> None:
        card = self.document.index(journey_id).card(card_id)
        if card.kind is kind:
            return
        common = {name: getattr(card, name) for name in _COMMON_CARD_FIELDS if name != "kind"}
        replacement = CARD_CLASSES[kind](**common)
        macro = Macro(self.document, f"Make {title_case(kind.label)}")
        if card.kind is CardKind.PAIN_POINT:
            self._unlink_into(macro, journey_id, {card.id})
        macro.add(ReplaceCard(self.document, journey_id, replacement))  # type: ignore[arg-type]
        self.push(macro)

    # Fields

    def set_fields(self, ref: Ref, values: dict[str, Any], text: str, merge: bool = False) -> None:
        """Change fields of one object; with ``merge``, typing in one field is one undo step."""
        target = self.document.resolve(ref)
        values = checked_values(target, values)
        if all(getattr(target, name) == value for name, value in values.items()):
            return
        self.push(SetFields(self.document, ref, values, text, mergeable=merge))

    # Stages and lanes

    def add_stage(self, journey_id: str, index: int, name: str = "New stage") -> str:
        stages = self.document.journey(journey_id).stages
        neighbours = stages[max(0, index - 1) : index + 1]
        stage = defaults.new_stage(neighbours, name)
        self.push(InsertColumn(self.document, journey_id, "stages", index, stage, "Add Stage"))
        return stage.id

    def add_lane(self, journey_id: str, index: int, kind: LaneKind = LaneKind.CUSTOM) -> str:
        lane = defaults.new_lane(kind)
        self.push(InsertColumn(self.document, journey_id, "lanes", index, lane, "Add Lane"))
        return lane.id

    def move_column(self, journey_id: str, column: Column, from_index: int, to_index: int) -> None:
        if from_index == to_index:
            return
        noun = "Stage" if column == "stages" else "Lane"
        self.push(MoveColumn(self.document, journey_id, column, from_index, to_index, f"Move {noun}"))

    def delete_column(self, journey_id: str, column: Column, item_id: str) -> None:
        """Delete a stage or lane with all its cards, as one step."""
        index = self.document.index(journey_id)
        cards = list(index.cards_in_stage(item_id) if column == "stages" else index.cards_in_lane(item_id))
        noun = "Stage" if column == "stages" else "Lane"
        macro = Macro(self.document, f"Delete {noun}")
        self._delete_cards_into(macro, journey_id, cards)
        if column == "stages":
            self.forget_origins_into(macro, journey_id, {item_id})
        macro.add(RemoveColumn(self.document, journey_id, column, item_id))
        self.push(macro)

    # Helpers

    def _delete_cards_into(self, macro: Macro, journey_id: str, cards: Sequence[Card]) -> None:
        """Removal of cards, after removing the links to any pain point among them and the origin
        of their copies in journeys derived from this one."""
        pain_point_ids = {card.id for card in cards if card.kind is CardKind.PAIN_POINT}
        deleted = {card.id for card in cards}
        self._unlink_into(macro, journey_id, pain_point_ids, skip=deleted)
        self.forget_origins_into(macro, journey_id, deleted)
        self._forget_dots_into(macro, journey_id, deleted)
        for card in cards:
            macro.add(RemoveCard(self.document, journey_id, card.id))

    def forget_origins_into(self, macro: Macro, journey_id: str, removed_ids: set[str]) -> None:
        """Stages and cards of derived journeys that were copied from ``removed_ids`` lose their origin."""
        for derived in self.document.project.journeys:
            if derived.based_on != journey_id:
                continue
            for kind, items in (("stage", derived.stages), ("card", derived.cards)):
                for item in items:
                    if item.origin_id in removed_ids:
                        macro.add(
                            SetFields(
                                self.document,
                                Ref(kind, derived.id, item.id),  # type: ignore[arg-type]
                                {"origin_id": None},
                                "Forget Origin",
                            )
                        )

    def _forget_dots_into(self, macro: Macro, journey_id: str, card_ids: set[str]) -> None:
        """The dots on cards being deleted go with them."""
        rounds = self.document.journey(journey_id).votes
        if any(card_ids.intersection(vote.tally()) for vote in rounds):
            kept = [vote.without_cards(card_ids) for vote in rounds]
            macro.add(SetVotes(self.document, journey_id, kept, "Remove Dots"))

    def _unlink_into(
        self, macro: Macro, journey_id: str, pain_point_ids: set[str], skip: set[str] | None = None
    ) -> None:
        if not pain_point_ids:
            return
        for action in self.document.journey(journey_id).improvements():
            if (skip and action.id in skip) or not pain_point_ids.intersection(action.addresses):
                continue
            kept = [target for target in action.addresses if target not in pain_point_ids]
            macro.add(SetFields(self.document, Ref.card(journey_id, action.id), {"addresses": kept}, "Unlink"))

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
