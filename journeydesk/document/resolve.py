"""Resolving a merge conflict: the operations that give the object the chosen side's value, and
take the conflict off the project's list; one undoable step for the person who chooses."""

from typing import Any, Literal

from journeydesk.document import plans
from journeydesk.document.apply import dump
from journeydesk.document.objects import CARD, LINK_FIELD, ORIGIN_FIELD, TYPES
from journeydesk.document.operations import Add, Move, Operation, OperationError, Remove, SetFields
from journeydesk.document.state import ProjectState
from journeydesk.model.conflicts import Conflict, ConflictKind

Side = Literal["base", "ours", "theirs"]


def resolution(state: ProjectState, conflict: Conflict, side: Side | None) -> list[Operation]:
    """Operations that take ``side``'s value (None: keep the map as it is, e.g. after editing it by
    hand) and mark the conflict resolved. Raises OperationError when that value cannot be had any
    more (its object was deleted since, say)."""
    done = Remove("conflict", None, conflict.id)
    if side is None:
        return [done]
    value = getattr(conflict, side)
    kind = TYPES.get(conflict.object_type)
    if kind is None:
        raise OperationError(f"no object type {conflict.object_type!r}")
    journey_id = conflict.journey_id if kind.in_journey else None
    item = state.get(kind, journey_id, conflict.object_id)
    if conflict.kind is ConflictKind.DELETED:
        return [*_presence(state, conflict, item, value), done]
    if item is None:
        raise OperationError(f"{conflict.label} no longer exists; restore it first (Undo), or mark this resolved")
    if conflict.kind is ConflictKind.MOVED:
        if value is None or all(getattr(item, name) == value.get(name) for name in kind.placement):
            return [done]
        return [Move(kind.name, journey_id, item.id, **value), done]
    return [*_field(state, conflict, item, value), done]


def _field(state: ProjectState, conflict: Conflict, item: Any, value: Any) -> list[Operation]:
    name, journey_id = conflict.field, conflict.journey_id
    if name == "kind" and isinstance(value, dict):  # a change of kind: the whole card as that side had it
        return _become(state, str(journey_id), item, value)
    if name == LINK_FIELD:
        wanted = [target for target in value or [] if _is_pain_point(state, str(journey_id), target)]
        return plans.link_changes(str(journey_id), item.id, item.addresses, wanted)
    if item.model_dump(mode="json", include={name}).get(name) == value:
        return []
    kind = TYPES[conflict.object_type]
    return [SetFields(kind.name, journey_id if kind.in_journey else None, item.id, {name: value})]


def _become(state: ProjectState, journey_id: str, card: Any, data: dict[str, Any]) -> list[Operation]:
    """The card as ``data`` has it: its kind and every field, links undone and made again."""
    current = dump(card)
    operations: list[Operation] = []
    if data.get("kind") != current["kind"]:
        operations += plans.kind_change(state, journey_id, card, type(card.kind)(data["kind"]))[:-1]
    values = {
        name: value
        for name, value in data.items()
        if name not in ("id", LINK_FIELD, *CARD.placement) and current.get(name) != value
    }
    if values:
        operations.append(SetFields("card", journey_id, card.id, values))
    wanted = [target for target in data.get(LINK_FIELD, []) if _is_pain_point(state, journey_id, target)]
    if wanted:
        operations += plans.link_changes(journey_id, card.id, [], wanted)
    return operations


def _presence(state: ProjectState, conflict: Conflict, item: Any, value: Any) -> list[Operation]:
    """Deleted on one side: remove it (with what depends on it), or bring it back as ``value``."""
    kind = TYPES[conflict.object_type]
    journey_id = conflict.journey_id if kind.in_journey else None
    if value is None:
        return plans.removal(state, kind.name, journey_id, [item.id]) if item is not None else []
    if item is not None:
        return (
            []
            if dump(item) == {key: val for key, val in value.items() if key != "cards"}
            else _overwrite(state, conflict, item, value)
        )
    if kind.in_journey and journey_id not in state.indexes:
        raise OperationError(f"the journey of {conflict.label} is gone; restore it first")
    data = {key: val for key, val in value.items() if key != "cards"}
    _drop_missing_references(state, kind.name, journey_id, data)
    if kind is CARD and not (state.has_id(data["stage_id"]) and state.has_id(data["lane_id"])):
        raise OperationError(f"the stage or lane of {conflict.label} is gone; restore it first")
    operations: list[Operation] = [Add(kind.name, journey_id, data)]
    for held in value.get("cards", []):  # a stage or lane brings back the cards it held there
        other = held["lane_id"] if kind.name == "stage" else held["stage_id"]
        if not state.has_id(held["id"]) and state.has_id(other):
            card = dict(held)
            _drop_missing_references(state, "card", journey_id, card)
            operations.append(Add("card", journey_id, card))
    return operations


def _overwrite(state: ProjectState, conflict: Conflict, item: Any, value: dict[str, Any]) -> list[Operation]:
    kind = TYPES[conflict.object_type]
    journey_id = conflict.journey_id if kind.in_journey else None
    if kind is CARD:
        operations = _become(state, str(journey_id), item, value)
        place = {name: value[name] for name in kind.placement}
        if any(getattr(item, name) != place[name] for name in kind.placement):
            operations.append(Move("card", journey_id, item.id, **place))
        return operations
    current = dump(item)
    values = {
        name: val
        for name, val in value.items()
        if name not in ("id", "cards", *kind.placement, *kind.children) and current.get(name) != val
    }
    return [SetFields(kind.name, journey_id, item.id, values)] if values else []


def _drop_missing_references(state: ProjectState, type_name: str, journey_id: str | None, data: dict[str, Any]) -> None:
    """Links and origins to objects deleted in the meantime are left out of what comes back."""
    if LINK_FIELD in data:
        data[LINK_FIELD] = [target for target in data[LINK_FIELD] if _is_pain_point(state, str(journey_id), target)]
    origin = data.get(ORIGIN_FIELD)
    if origin is not None and journey_id is not None:
        base = state.journey(journey_id).based_on
        if base is None or state.where(origin) != (type_name, base):
            data[ORIGIN_FIELD] = None
    for name in ("persona_id", "based_on", "overlay_journey_id"):
        if data.get(name) is not None and not state.has_id(data[name]):
            data[name] = None


def _is_pain_point(state: ProjectState, journey_id: str, card_id: str) -> bool:
    card = state.index(journey_id).get(card_id) if journey_id in state.indexes else None
    return card is not None and card.kind.value == "pain_point"
