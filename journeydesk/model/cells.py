"""Cards by cell, kept in step with a journey's flat card list.

A journey stores its cards in one list, in map order: grouped by cell, the cells by stage then lane,
each cell's cards by ``(order, id)`` (see :mod:`journeydesk.model.order`). Editing wants the other
view too: the cards of a cell, in order, and a card's place in its cell. :class:`CellIndex` keeps
both consistent through a few primitives; a card's place is its cell and its order key, never a
list position, so a card put back where it was lands exactly there.
"""

import bisect
from collections.abc import Iterator

from journeydesk.model.cards import Card
from journeydesk.model.journey import Journey
from journeydesk.model.order import sort_key

Cell = tuple[str, str]  # (stage id, lane id)


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

    def get(self, card_id: str) -> Card | None:
        return self._by_id.get(card_id)

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

    def cards_in_stage(self, stage_id: str) -> Iterator[Card]:
        return (card for (stage, _), cards in self._cells.items() if stage == stage_id for card in cards)

    def cards_in_lane(self, lane_id: str) -> Iterator[Card]:
        return (card for (_, lane), cards in self._cells.items() if lane == lane_id for card in cards)

    # Primitives

    def insert(self, card: Card) -> None:
        """Put ``card`` into its cell (``card.stage_id``, ``card.lane_id``), in ``(order, id)`` order."""
        if card.id in self._by_id:
            raise ValueError(f"card id {card.id!r} is already in the journey")
        siblings = self._cells.setdefault((card.stage_id, card.lane_id), [])
        cell_index = bisect.bisect(siblings, sort_key(card), key=sort_key)
        self.journey.cards.insert(self._list_position_for(card, siblings, cell_index), card)
        siblings.insert(cell_index, card)
        self._by_id[card.id] = card

    def remove(self, card_id: str) -> Card:
        card = self._by_id.pop(card_id)
        cell = (card.stage_id, card.lane_id)
        siblings = self._cells[cell]
        del siblings[_index_by_identity(siblings, card)]
        if not siblings:
            del self._cells[cell]
        del self.journey.cards[_index_by_identity(self.journey.cards, card)]
        return card

    def move(self, card_id: str, stage_id: str, lane_id: str, order: str) -> None:
        """Move a card to a cell and a place in it (an order key)."""
        card = self.remove(card_id)
        card.stage_id, card.lane_id, card.order = stage_id, lane_id, order
        self.insert(card)

    def replace(self, new: Card) -> Card:
        """Swap the card with ``new.id`` for ``new`` in the same place (a change of kind); returns the old one."""
        old = self._by_id[new.id]
        new.stage_id, new.lane_id, new.order = old.stage_id, old.lane_id, old.order
        siblings = self._cells[(old.stage_id, old.lane_id)]
        siblings[_index_by_identity(siblings, old)] = new
        self.journey.cards[_index_by_identity(self.journey.cards, old)] = new
        self._by_id[new.id] = new
        return old

    def rearrange(self) -> None:
        """Stages or lanes were reordered: put the flat list back in map order (cells keep theirs)."""
        stage_at = {stage.id: number for number, stage in enumerate(self.journey.stages)}
        lane_at = {lane.id: number for number, lane in enumerate(self.journey.lanes)}
        self.journey.cards.sort(key=lambda card: (stage_at[card.stage_id], lane_at[card.lane_id]))

    # Helpers

    def _list_position_for(self, card: Card, siblings: list[Card], cell_index: int) -> int:
        """Where in the flat list a card must go to be at ``cell_index`` among ``siblings``."""
        cards = self.journey.cards
        if cell_index < len(siblings):
            return _index_by_identity(cards, siblings[cell_index])
        if siblings:
            return _index_by_identity(cards, siblings[-1]) + 1
        stage_at = {stage.id: number for number, stage in enumerate(self.journey.stages)}
        lane_at = {lane.id: number for number, lane in enumerate(self.journey.lanes)}
        cell = (stage_at[card.stage_id], lane_at[card.lane_id])
        return bisect.bisect(cards, cell, key=lambda other: (stage_at[other.stage_id], lane_at[other.lane_id]))


def _index_by_identity(items: list[Card], target: Card) -> int:
    """``items.index(target)`` by identity: model equality compares every field, far too slow here."""
    for index, item in enumerate(items):
        if item is target:
            return index
    raise ValueError("card not found")
