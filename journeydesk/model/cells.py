"""Cards by cell, kept in step with a journey's flat card list.

A journey stores its cards in one list; the order of the cards of one stage x lane cell is their
order in that list. Editing wants the opposite view: the cards of a cell, in order, and a card's
place in its cell. :class:`CellIndex` keeps both views consistent through a few primitives that the
editor's undoable commands are built from. Each primitive returns what is needed to undo it exactly.
"""

from collections.abc import Iterator
from dataclasses import dataclass

from journeydesk.model.cards import Card
from journeydesk.model.journey import Journey

Cell = tuple[str, str]  # (stage id, lane id)


@dataclass(frozen=True)
class CardPlace:
    """Where a card was: its cell, its position in the cell and in the journey's flat list."""

    stage_id: str
    lane_id: str
    cell_index: int
    list_index: int

    @property
    def cell(self) -> Cell:
        return (self.stage_id, self.lane_id)


class CellIndex:
    def __init__(self, journey: Journey) -> None:
        self.journey = journey
        self._cells: dict[Cell, list[Card]] = {}
        self._by_id: dict[str, Card] = {}
        for card in journey.cards:
            self._cells.setdefault((card.stage_id, card.lane_id), []).append(card)
            self._by_id[card.id] = card

    # Queries

    def card(self, card_id: str) -> Card:
        return self._by_id[card_id]

    def __contains__(self, card_id: object) -> bool:
        return card_id in self._by_id

    def __len__(self) -> int:
        return len(self._by_id)

    def cards_in(self, cell: Cell) -> list[Card]:
        """The cell's cards in order (a copy)."""
        return list(self._cells.get(cell, ()))

    def count(self, cell: Cell) -> int:
        return len(self._cells.get(cell, ()))

    def counts(self) -> dict[Cell, int]:
        return {cell: len(cards) for cell, cards in self._cells.items() if cards}

    def cell_index(self, card_id: str) -> int:
        card = self._by_id[card_id]
        return _index_by_identity(self._cells[(card.stage_id, card.lane_id)], card)

    def place(self, card_id: str) -> CardPlace:
        card = self._by_id[card_id]
        return CardPlace(card.stage_id, card.lane_id, self.cell_index(card_id), self._list_index(card))

    def cards_in_stage(self, stage_id: str) -> Iterator[Card]:
        return (card for (stage, _), cards in self._cells.items() if stage == stage_id for card in cards)

    def cards_in_lane(self, lane_id: str) -> Iterator[Card]:
        return (card for (_, lane), cards in self._cells.items() if lane == lane_id for card in cards)

    # Primitives

    def insert(self, card: Card, cell_index: int | None = None) -> CardPlace:
        """Put ``card`` into its cell (``card.stage_id``, ``card.lane_id``) at ``cell_index`` (default: last)."""
        if card.id in self._by_id:
            raise ValueError(f"card id {card.id!r} is already in the journey")
        cell = (card.stage_id, card.lane_id)
        siblings = self._cells.setdefault(cell, [])
        cell_index = len(siblings) if cell_index is None else max(0, min(cell_index, len(siblings)))
        list_index = self._list_position_for(siblings, cell_index)
        self.journey.cards.insert(list_index, card)
        siblings.insert(cell_index, card)
        self._by_id[card.id] = card
        return CardPlace(card.stage_id, card.lane_id, cell_index, list_index)

    def restore(self, card: Card, place: CardPlace) -> None:
        """Undo a removal: put ``card`` back exactly where :meth:`remove` found it."""
        card.stage_id, card.lane_id = place.stage_id, place.lane_id
        self.journey.cards.insert(place.list_index, card)
        self._cells.setdefault(place.cell, []).insert(place.cell_index, card)
        self._by_id[card.id] = card

    def remove(self, card_id: str) -> tuple[Card, CardPlace]:
        card = self._by_id.pop(card_id)
        cell = (card.stage_id, card.lane_id)
        siblings = self._cells[cell]
        cell_index = _index_by_identity(siblings, card)
        list_index = self._list_index(card)
        del siblings[cell_index]
        if not siblings:
            del self._cells[cell]
        del self.journey.cards[list_index]
        return card, CardPlace(card.stage_id, card.lane_id, cell_index, list_index)

    def move(self, card_id: str, stage_id: str, lane_id: str, cell_index: int | None = None) -> CardPlace:
        """Move a card to another cell or position; returns where it was, for :meth:`move_back`."""
        card, before = self.remove(card_id)
        card.stage_id, card.lane_id = stage_id, lane_id
        self.insert(card, cell_index)
        return before

    def move_back(self, card_id: str, before: CardPlace) -> None:
        card, _ = self.remove(card_id)
        self.restore(card, before)

    def replace(self, new: Card) -> Card:
        """Swap the card with ``new.id`` for ``new`` in the same place (a change of kind); returns the old one."""
        old = self._by_id[new.id]
        new.stage_id, new.lane_id = old.stage_id, old.lane_id
        siblings = self._cells[(old.stage_id, old.lane_id)]
        siblings[_index_by_identity(siblings, old)] = new
        self.journey.cards[self._list_index(old)] = new
        self._by_id[new.id] = new
        return old

    # Helpers

    def _list_index(self, card: Card) -> int:
        return _index_by_identity(self.journey.cards, card)

    def _list_position_for(self, siblings: list[Card], cell_index: int) -> int:
        """Where in the flat list a card must go to be at ``cell_index`` among ``siblings``."""
        if cell_index < len(siblings):
            return self._list_index(siblings[cell_index])
        if siblings:
            return self._list_index(siblings[-1]) + 1
        return len(self.journey.cards)


def _index_by_identity(items: list[Card], target: Card) -> int:
    """``items.index(target)`` by identity: model equality compares every field, far too slow here."""
    for index, item in enumerate(items):
        if item is target:
            return index
    raise ValueError("card not found")
