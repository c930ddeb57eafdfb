"""Remote changes to the Doc, turned into operations on the local project.

A remote update touches some objects (:func:`touched`, from the Doc's events). Each touched object
is read from the Doc as every peer shows it (:class:`~journeydesk.collab.view.DocView`), and
:func:`reconcile` applies the operations that make the local project match, through the apply
function it is given (the document's), checking each one. What hangs on a removed object (the
cards of a stage, the actions linked to a pain point, the journeys a persona walks) is read too, so
that the repairs every peer makes alike are made here as well.

An update that brings an object the format refuses is refused whole: nothing is applied, and the
objects it touched stay *unsettled*: they are read again with every later update (so the map
follows once the Doc is valid again, for instance after the host rewrote them), and while still
invalid they keep their local version without stopping later updates.
"""

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from pycrdt import ArrayEvent, MapEvent, TextEvent
from pydantic import BaseModel

from journeydesk.collab.mapping import JOURNEY_PARTS, Key
from journeydesk.collab.view import DocView, Invalid
from journeydesk.document.diff import Located, converge
from journeydesk.document.objects import ORIGIN_FIELD, TYPES
from journeydesk.document.operations import Operation, OperationError
from journeydesk.document.state import ProjectState
from journeydesk.model.journey import MAX_CARDS, MAX_LANES, MAX_STAGES

Event = MapEvent | TextEvent | ArrayEvent
WHOLE = "*"  # in a touched key's id place for a journey: the journey and everything in it
MAX_OBJECTS = MAX_CARDS + MAX_STAGES + MAX_LANES  # what one journey can hold: no update touches more


@dataclass
class Reconciled:
    operations: list[Operation] = field(default_factory=list)  # applied
    refused: list[Invalid] = field(default_factory=list)  # why the update was refused (nothing applied)
    failure: str = ""  # an operation did not fit (nothing applied)
    unsettled: set[Key] = field(default_factory=set)  # to read again with the next update
    waiting: dict[str, set[Key]] = field(default_factory=dict)  # see DocView.waiting; kept for the next


def touched(root: str, events: Iterable[Event]) -> set[Key]:
    """The objects a transaction changed under the root Map ``root``, from its deep events.
    A journey whose whole Map came or went is ``("journey", None, id)`` plus ``(WHOLE, None, id)``."""
    keys: set[Key] = set()
    for event in events:
        # pycrdt fills each event's __slots__ (path, keys) at run time without declaring them
        path = [str(part) for part in event.path]  # type: ignore[union-attr]  # see above
        changed = [str(key) for key in event.keys] if isinstance(event, MapEvent) else []  # type: ignore[attr-defined]  # see above
        if root == "project":
            keys.add(("project", None, ""))
        elif root in ("personas", "conflicts"):
            name = root[:-1]
            keys.update((name, None, object_id) for object_id in (path[:1] or changed))
        elif root == "journeys":
            keys.update(_journey_keys(path, changed))
    return keys


def _journey_keys(path: list[str], changed: list[str]) -> Iterator[Key]:
    if not path:
        for journey_id in changed:
            yield ("journey", None, journey_id)
            yield (WHOLE, None, journey_id)
        return
    journey_id = path[0]
    if len(path) == 1:
        yield ("journey", None, journey_id)
        if any(key in JOURNEY_PARTS for key in changed):
            yield (WHOLE, None, journey_id)
        return
    if path[1] not in JOURNEY_PARTS:  # a field of the journey itself (its name, its dismissed list)
        yield ("journey", None, journey_id)
        return
    name = path[1][:-1]
    for object_id in path[2:3] or changed:
        yield (name, journey_id, object_id)


def reconcile(
    state: ProjectState,
    view: DocView,
    keys: set[Key],
    unsettled: set[Key],
    apply_one: Callable[[Operation], Operation],
    waiting: dict[str, set[Key]] | None = None,
) -> Reconciled:
    """Apply to ``state``'s project, through ``apply_one``, what the Doc now holds for the objects
    ``keys`` name (and the ``unsettled`` ones, and those ``waiting`` for any of them); all or
    nothing."""
    fresh = {_named(state, key) for key in keys}
    if len(fresh) > MAX_OBJECTS:
        refusal = Invalid(
            ("project", None, state.project.id), f"an update of {len(fresh):,} objects is more than a map holds"
        )
        return Reconciled(refused=[refusal], unsettled=set(unsettled), waiting=dict(waiting or {}))
    waiting = {target: set(found) for target, found in (waiting or {}).items()}
    scope = _expand_whole(state, view, fresh | unsettled)
    scope |= {other for key in scope for other in waiting.pop(key[2], ())}
    scope = _scope(state, view, scope)
    wanted: dict[str, Located | None] = {}
    invalid: list[Invalid] = []
    for key in scope:
        found = _wanted(state, view, key)
        if isinstance(found, Invalid):
            invalid.append(found)
        elif wanted.get(key[2]) is None:  # an id gone from one place and found in another is there
            wanted[key[2]] = found
    for target, keys_waiting in view.waiting.items():
        waiting.setdefault(target, set()).update(keys_waiting)
    refused = [item for item in invalid if item.key in fresh and item.key not in unsettled]
    if refused:
        return Reconciled(refused=refused, unsettled=unsettled | scope, waiting=waiting)
    inverses: list[Operation] = []

    def run(operation: Operation) -> Operation:
        inverse = apply_one(operation)
        inverses.append(inverse)
        return inverse

    try:
        operations = converge(state, _Overlay(state, wanted), run, scope={key[2] for key in scope})
    except OperationError as exc:
        for inverse in reversed(inverses):
            apply_one(inverse)
        return Reconciled(failure=str(exc), unsettled=unsettled | scope, waiting=waiting)
    return Reconciled(operations=operations, unsettled={item.key for item in invalid}, waiting=waiting)


def _named(state: ProjectState, key: Key) -> Key:
    return ("project", None, state.project.id) if key[0] == "project" else key


def _expand_whole(state: ProjectState, view: DocView, keys: set[Key]) -> set[Key]:
    """A journey that came or went as a whole: everything it holds, here and in the Doc."""
    result = {key for key in keys if key[0] != WHOLE}
    for _, _, journey_id in (key for key in keys if key[0] == WHOLE):
        result.add(("journey", None, journey_id))
        if journey_id in state.indexes:
            journey = state.journey(journey_id)
            result.update((part[:-1], journey_id, item.id) for part in JOURNEY_PARTS for item in getattr(journey, part))
        remote = view.journey_with_parts(journey_id)
        if isinstance(remote, BaseModel):
            result.update((part[:-1], journey_id, item.id) for part in JOURNEY_PARTS for item in getattr(remote, part))
    return result


def _scope(state: ProjectState, view: DocView, keys: set[Key]) -> set[Key]:
    """``keys`` and, until nothing is added, what depends on any of them that goes or changes its
    nature here: what names it, the cards of a stage or lane, a derived journey's copies."""
    scope = set(keys)
    pending = list(keys)
    while pending:
        key = pending.pop()
        for other in _dependants(state, view, key):
            if other not in scope:
                scope.add(other)
                pending.append(other)
    return scope


def _dependants(state: ProjectState, view: DocView, key: Key) -> Iterator[Key]:
    name, journey_id, object_id = key
    kind = TYPES[name]
    here = state.get(kind, journey_id, object_id)
    if here is None:
        return
    there = view.get(key)
    if isinstance(there, Invalid):
        return
    gone = there is None
    if gone or getattr(there, "kind", None) != getattr(here, "kind", None):
        for other_type, other_journey, other_id, _ in state.referrers(object_id):
            yield (other_type, other_journey, other_id)
    if gone and name in ("stage", "lane"):
        index = state.index(str(journey_id))
        cards = index.cards_in_stage(object_id) if name == "stage" else index.cards_in_lane(object_id)
        yield from (("card", journey_id, card.id) for card in cards)
    if name == "journey" and (gone or getattr(there, "based_on", None) != here.based_on):
        for part in ("stages", "cards"):
            for item in getattr(here, part):
                for other_type, other_journey, other_id, _ in state.referrers(item.id):
                    yield (other_type, other_journey, other_id)
                if getattr(item, ORIGIN_FIELD) is not None:
                    yield (part[:-1], object_id, item.id)


def _wanted(state: ProjectState, view: DocView, key: Key) -> Located | Invalid | None:
    """The object as the Doc has it (a journey new here: with all it holds), or None when it is gone."""
    name, journey_id, object_id = key
    if name == "journey" and state.where(object_id) is None:
        found: Any = view.journey_with_parts(object_id)
    else:
        found = view.get(key)
    if found is None or isinstance(found, Invalid):
        return found
    return Located(TYPES[name], journey_id, found)


class _Overlay(Mapping[str, Located]):
    """What the project should be: ``wanted`` for the objects compared (None: gone), and every other
    object as it is here."""

    def __init__(self, state: ProjectState, wanted: dict[str, Located | None]) -> None:
        self._state, self._wanted = state, wanted

    def __getitem__(self, object_id: str) -> Located:
        if object_id in self._wanted:
            found = self._wanted[object_id]
            if found is None:
                raise KeyError(object_id)
            return found
        where = self._state.where(object_id)
        if where is None:
            raise KeyError(object_id)
        kind = TYPES[where[0]]
        return Located(kind, where[1], self._state.get(kind, where[1], object_id))

    def __iter__(self) -> Iterator[str]:
        return (object_id for object_id, found in self._wanted.items() if found is not None)

    def __len__(self) -> int:
        return sum(1 for found in self._wanted.values() if found is not None)
