"""Commands on cards: insert, remove, move, replace (a change of kind)."""

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtGui import QUndoCommand

from journeydesk.document.commands.base import DocumentCommand
from journeydesk.document.document import JourneyDocument
from journeydesk.model.cards import Card
from journeydesk.model.cells import CardPlace

MOVE_MERGE_ID = 2


class InsertCard(DocumentCommand):
    def __init__(
        self, document: JourneyDocument, journey_id: str, card: Card, cell_index: int | None = None, text: str = ""
    ) -> None:
        super().__init__(document, text)
        self.journey_id, self.card, self.cell_index = journey_id, card, cell_index

    def apply(self) -> None:
        self.document.insert_card(self.journey_id, self.card, self.cell_index)

    def revert(self) -> None:
        self.document.remove_card(self.journey_id, self.card.id)


class RemoveCard(DocumentCommand):
    """Removes a card and remembers exactly where it was."""

    def __init__(self, document: JourneyDocument, journey_id: str, card_id: str, text: str = "") -> None:
        super().__init__(document, text)
        self.journey_id, self.card_id = journey_id, card_id
        self.removed: tuple[Card, CardPlace] | None = None

    def apply(self) -> None:
        self.removed = self.document.remove_card(self.journey_id, self.card_id)

    def revert(self) -> None:
        assert self.removed is not None
        self.document.restore_card(self.journey_id, *self.removed)


@dataclass(frozen=True)
class CardMove:
    """Put a card into (stage, lane) at ``cell_index``, counted after every moving card has left."""

    card_id: str
    stage_id: str
    lane_id: str
    cell_index: int | None = None


class MoveCards(DocumentCommand):
    """Moves one or more cards in one step. Keyboard moves carry a ``merge_key`` and merge."""

    def __init__(
        self, document: JourneyDocument, journey_id: str, moves: Sequence[CardMove], text: str, merge_key: object = None
    ) -> None:
        super().__init__(document, text)
        self.journey_id = journey_id
        self.merge_key = merge_key
        self.steps: list[list[CardMove]] = [list(moves)]
        self.undo_records: list[list[tuple[Card, CardPlace]]] = []

    def apply(self) -> None:
        self.undo_records = [self._apply_step(step) for step in self.steps]

    def revert(self) -> None:
        for removed in reversed(self.undo_records):
            for card, _ in reversed(removed):
                self.document.remove_card(self.journey_id, card.id)
            for card, place in reversed(removed):
                self.document.restore_card(self.journey_id, card, place)

    def _apply_step(self, step: list[CardMove]) -> list[tuple[Card, CardPlace]]:
        removed = [self.document.remove_card(self.journey_id, move.card_id) for move in step]
        for (card, _), move in zip(removed, step, strict=True):
            card.stage_id, card.lane_id = move.stage_id, move.lane_id
            self.document.insert_card(self.journey_id, card, move.cell_index)
        return removed

    def id(self) -> int:
        return MOVE_MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt's name)
        if not isinstance(other, MoveCards) or other.merge_key != self.merge_key:
            return False
        if other.journey_id != self.journey_id:
            return False
        self.steps.extend(other.steps)
        self.undo_records.extend(other.undo_records)
        return True


class ReplaceCard(DocumentCommand):
    """Swap a card for another object with the same id and place: a change of kind."""

    def __init__(self, document: JourneyDocument, journey_id: str, card: Card, text: str = "") -> None:
        super().__init__(document, text)
        self.journey_id, self.card = journey_id, card
        self.previous: Card | None = None

    def apply(self) -> None:
        self.previous = self.document.replace_card(self.journey_id, self.card)

    def revert(self) -> None:
        assert self.previous is not None
        self.document.replace_card(self.journey_id, self.previous)
