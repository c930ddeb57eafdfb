"""Operations for what a person means: "put these cards here", "delete this stage with what hangs
on it". Built against the project as it is, in an order in which each one fits; no Qt, so the undo
commands, conflict resolution and live sessions share them.
"""

from collections.abc import Iterable, Sequence
from typing import Any

from journeydesk.document.objects import LINK_FIELD, ORIGIN_FIELD, TYPES
from journeydesk.document.operations import Link, Move, Operation, Remove, SetFields, Unlink, set_fields
from journeydesk.document.state import ProjectState
from journeydesk.model.cards import Card
from journeydesk.model.cells import Cell, CellIndex
from journeydesk.model.enums import CardKind
from journeydesk.model.order import place_keys

Entry = tuple[str, str]  # (order key, id)


class CellPlan:
    """Each cell's cards as the operations planned so far will leave them: where the next card goes
    and which key it gets, for several cards placed in one step (a paste, a move of a selection)."""

    def __init__(self, journey_id: str, index: CellIndex) -> None:
        self.journey_id, self.index = journey_id, index
        self._cells: dict[Cell, list[Entry]] = {}
        self.operations: list[Operation] = []  # the moves that make room, to run first

    def entries(self, cell: Cell) -> list[Entry]:
        if cell not in self._cells:
            self._cells[cell] = [(card.order, card.id) for card in self.index.cards_in(cell)]
        return self._cells[cell]

    def take_out(self, card: Card) -> None:
        entries = self.entries((card.stage_id, card.lane_id))
        entries[:] = [entry for entry in entries if entry[1] != card.id]

    def position_after(self, cell: Cell, card_id: str) -> int:
        return next(number + 1 for number, (_, other) in enumerate(self.entries(cell)) if other == card_id)

    def put(self, cell: Cell, position: int | None, card_id: str) -> str:
        """The key for ``card_id`` at ``position`` in ``cell`` (None: last); the plan then holds it there."""
        entries = self.entries(cell)
        position = len(entries) if position is None else max(0, min(position, len(entries)))
        (key,), moved = place_keys([order for order, _ in entries], position)
        for number, new_key in moved.items():
            other = entries[number][1]
            entries[number] = (new_key, other)
            self.operations.append(Move("card", self.journey_id, other, new_key, *cell))
        entries.insert(position, (key, card_id))
        return key


def column_key(
    type_name: str, journey_id: str | None, items: Sequence[Any], position: int, moving_id: str | None = None
) -> tuple[str, list[Operation]]:
    """The key for a stage, lane, journey or persona at ``position`` among ``items`` (counted without
    ``moving_id``), and the moves of neighbours that make room when their keys leave none."""
    others = [item for item in items if item.id != moving_id]
    position = max(0, min(position, len(others)))
    (key,), moved = place_keys([item.order for item in others], position)
    return key, [Move(type_name, journey_id, others[number].id, new_key) for number, new_key in moved.items()]


def removal(state: ProjectState, type_name: str, journey_id: str | None, object_ids: Iterable[str]) -> list[Operation]:
    """Remove objects with what depends on them, each step fitting: a stage's or lane's cards go
    first; links to a removed pain point are undone; dots on a removed card are taken back; comment
    threads on a removed card or stage go with it; copies in
    derived journeys forget their origin; journeys named as base, overlay or persona are forgotten by
    those naming them."""
    doomed: list[tuple[str, str | None, str]] = []
    for object_id in dict.fromkeys(object_ids):
        doomed += _with_contents(state, type_name, journey_id, object_id)
    doomed += _owned(state, doomed)
    going = {object_id for _, _, object_id in doomed}
    releases: dict[tuple[str, str, str], list[Operation]] = {}
    for _, _, object_id in doomed:
        for other_type, other_journey, other_id, field in sorted(state.referrers(object_id)):
            if other_id in going:
                continue
            if field == LINK_FIELD:
                releases[(other_id, field, object_id)] = [Unlink(str(other_journey), other_id, object_id)]
            elif field == "based_on":
                releases[(other_id, field, "")] = _forget_base(state, other_id)
            else:
                releases[(other_id, field, "")] = [_release(state, other_type, other_journey, other_id, field, going)]
    operations = [operation for group in releases.values() for operation in group]
    return operations + _removals_in_order(state, doomed)


def _removals_in_order(state: ProjectState, doomed: list[tuple[str, str | None, str]]) -> list[Operation]:
    """Each object after everything doomed that names it: actions before their pain points, cards
    before their stage or lane, derived journeys before their base; a cycle of names is cut by
    forgetting one. Comment threads go first of all."""
    rank = {"comment": -1, "card": 0, "stage": 1, "lane": 1}
    pending = sorted(doomed, key=lambda item: (rank.get(item[0], 2), not _is_action(state, *item)))
    operations: list[Operation] = []
    while pending:
        ids = {object_id for _, _, object_id in pending}
        ready = next(
            (
                item
                for item in pending
                if not any(other != item[2] and other in ids for _, _, other, _ in state.referrers(item[2]))
            ),
            None,
        )
        if ready is None:  # they name each other: the first one's namers forget it
            ready = pending[0]
            for other_type, other_journey, other_id, field in sorted(state.referrers(ready[2])):
                if field == "based_on":
                    operations += _forget_base(state, other_id)
                elif field == LINK_FIELD:
                    operations.append(Unlink(str(other_journey), other_id, ready[2]))
                else:
                    operations.append(_release(state, other_type, other_journey, other_id, field, {ready[2]}))
        pending.remove(ready)
        operations.append(Remove(*ready))
    return operations


def _release(
    state: ProjectState, type_name: str, journey_id: str | None, object_id: str, field: str, gone: set[str]
) -> Operation:
    """The object stops naming ``gone`` in ``field``: an origin or persona is forgotten, a dot taken back."""
    kind = TYPES[type_name]
    item = state.get(kind, journey_id, object_id)
    return set_fields(type_name, journey_id, object_id, {field: kind.without(item, field, gone)})


def link_changes(journey_id: str, action_id: str, current: Sequence[str], wanted: Sequence[str]) -> list[Operation]:
    """Links and unlinks that turn an action's ``current`` pain points into ``wanted`` (in its order)."""
    operations: list[Operation] = [
        Unlink(journey_id, action_id, target) for target in current if target not in set(wanted)
    ]
    kept = [target for target in current if target in set(wanted)]
    for target in wanted:
        if target not in kept:
            operations.append(Link(journey_id, action_id, target))
    return operations


def kind_change(state: ProjectState, journey_id: str, card: Card, kind: CardKind) -> list[Operation]:
    """Make ``card`` another kind: links that would no longer hold are undone first."""
    operations: list[Operation] = []
    if card.kind is CardKind.PAIN_POINT:
        operations += [
            Unlink(journey_id, other_id, card.id)
            for _, _, other_id, field in sorted(state.referrers(card.id))
            if field == LINK_FIELD
        ]
    for target in getattr(card, LINK_FIELD, []):
        operations.append(Unlink(journey_id, card.id, target))
    return [*operations, SetFields("card", journey_id, card.id, {"kind": kind.value})]


def _with_contents(
    state: ProjectState, type_name: str, journey_id: str | None, object_id: str
) -> list[tuple[str, str | None, str]]:
    """The object and, for a stage or lane, its cards (a journey takes all it holds with it)."""
    found: list[tuple[str, str | None, str]] = [(type_name, journey_id, object_id)]
    if type_name in ("stage", "lane"):
        index = state.index(str(journey_id))
        cards = index.cards_in_stage(object_id) if type_name == "stage" else index.cards_in_lane(object_id)
        found += [("card", journey_id, card.id) for card in cards]
    return found


def _owned(state: ProjectState, doomed: list[tuple[str, str | None, str]]) -> list[tuple[str, str | None, str]]:
    """What is about the doomed objects (comment threads on a card or stage) and goes with them."""
    going = {object_id for _, _, object_id in doomed}
    return [
        (other_type, other_journey, other_id)
        for _, _, object_id in doomed
        for other_type, other_journey, other_id, field in sorted(state.referrers(object_id))
        if field == TYPES[other_type].owner and other_id not in going
    ]


def _forget_base(state: ProjectState, journey_id: str) -> list[Operation]:
    """A derived journey forgets its base: origins first, then the base itself."""
    journey = state.journey(journey_id)
    operations: list[Operation] = [
        SetFields(name, journey_id, item.id, {ORIGIN_FIELD: None})
        for name in ("stage", "card")
        for item in getattr(journey, name + "s")
        if item.origin_id is not None
    ]
    return [*operations, SetFields("journey", None, journey_id, {"based_on": None})]


def _is_action(state: ProjectState, kind: str, journey_id: str | None, object_id: str) -> bool:
    if kind != "card":
        return False
    return state.index(str(journey_id)).card(object_id).kind is CardKind.IMPROVEMENT
