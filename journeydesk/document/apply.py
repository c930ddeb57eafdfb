"""Applying an operation to a project: check that it fits, change the project, return the inverse.

Every check happens before anything changes, so an operation that does not fit raises
:class:`OperationError` and leaves the project as it was; one that fits leaves a valid project (the
same rules as the file format: references resolve, a removed object is no longer named anywhere).
"""

from typing import Any

from pydantic import BaseModel, ValidationError

from journeydesk.document.objects import CARD, COMMENT_TARGETS, JOURNEY, LINK_FIELD, ORIGIN_FIELD, TYPES, ObjectType
from journeydesk.document.operations import Add, Link, Move, Operation, OperationError, Remove, SetFields, Unlink
from journeydesk.document.state import ProjectState
from journeydesk.model.cards import CARD_CLASSES, ImprovementCard
from journeydesk.model.enums import CardKind
from journeydesk.model.order import is_order_key
from journeydesk.model.project import Project


def apply(state: ProjectState, operation: Operation) -> Operation:
    """Apply ``operation`` to ``state``; returns the operation that undoes it exactly."""
    match operation:
        case Add():
            return _add(state, operation)
        case Remove():
            return _remove(state, operation)
        case Move():
            return _move(state, operation)
        case SetFields():
            return _set(state, operation)
        case Link():
            return _link(state, operation)
        case Unlink():
            return _unlink(state, operation)
    raise OperationError(f"not an operation: {operation!r}")


def apply_to_project(project: Project, operation: Operation) -> Operation:
    """Apply one operation to a bare project (no document); returns its inverse."""
    return apply(ProjectState(project), operation)


def dump(item: BaseModel) -> dict[str, Any]:
    """An object's data as an :class:`Add` carries it."""
    return item.model_dump(mode="json")


# Add and remove


def _add(state: ProjectState, operation: Add) -> Operation:
    kind = _kind(operation.type)
    journey_id = _journey_of(state, kind, operation.journey_id)
    if kind.name == "project":
        raise OperationError("the project itself cannot be added")
    try:
        item = kind.adapter.validate_python(operation.data)
    except ValidationError as exc:
        raise OperationError(f"{kind.noun.lower()} data: {_first_error(exc)}") from None
    ids = [item.id, *_inner_ids(item)]
    taken = next((object_id for object_id in ids if state.has_id(object_id)), None)
    if taken is not None or len(set(ids)) != len(ids):
        raise OperationError(f"id {taken or item.id!r} is already used in the project")
    if "order" in kind.placement and not is_order_key(item.order):
        raise OperationError(f"{kind.noun.lower()} {item.id!r} has no order key")
    _check_references(state, kind, journey_id, item)
    if kind is JOURNEY:
        for stage_or_card in [*item.stages, *item.cards]:
            _check_origin(state, item, stage_or_card)
    elif kind.in_journey:
        _check_cell(state, kind, journey_id, item)
        _check_origin(state, state.journey(str(journey_id)), item)
    state.insert(kind, journey_id, item)
    return Remove(kind.name, journey_id, item.id)


def _remove(state: ProjectState, operation: Remove) -> Operation:
    kind = _kind(operation.type)
    journey_id = _journey_of(state, kind, operation.journey_id)
    item = _find(state, kind, journey_id, operation.id)
    if kind.name == "project":
        raise OperationError("the project itself cannot be removed")
    if kind is JOURNEY and len(state.project.journeys) < 2:
        raise OperationError("a project keeps at least one journey")
    inside = {item.id, *_inner_ids(item)}
    outside = [ref for ref in state.referrers(item.id) if ref[2] not in inside]
    if outside:
        other_type, _, other_id, field = sorted(outside)[0]
        raise OperationError(f"{kind.name} {item.id!r} is still named by {other_type} {other_id!r} ({field})")
    if kind.name in ("stage", "lane"):
        index = state.index(str(journey_id))
        cards = index.cards_in_stage(item.id) if kind.name == "stage" else index.cards_in_lane(item.id)
        if next(cards, None) is not None:
            raise OperationError(f"{kind.name} {item.id!r} still holds cards")
    data = dump(item)
    state.remove(kind, journey_id, item.id)
    return Add(kind.name, journey_id, data)


# Move


def _move(state: ProjectState, operation: Move) -> Operation:
    kind = _kind(operation.type)
    journey_id = _journey_of(state, kind, operation.journey_id)
    item = _find(state, kind, journey_id, operation.id)
    if "order" not in kind.placement:
        raise OperationError(f"a {kind.name} has no place to move to")
    if not is_order_key(operation.order):
        raise OperationError(f"{operation.order!r} is not an order key")
    place = {"order": operation.order}
    if kind is CARD:
        place["stage_id"] = operation.stage_id or item.stage_id
        place["lane_id"] = operation.lane_id or item.lane_id
        journey = state.journey(str(journey_id))
        if not any(stage.id == place["stage_id"] for stage in journey.stages):
            raise OperationError(f"no stage {place['stage_id']!r} in journey {journey_id!r}")
        if not any(lane.id == place["lane_id"] for lane in journey.lanes):
            raise OperationError(f"no lane {place['lane_id']!r} in journey {journey_id!r}")
    elif operation.stage_id is not None or operation.lane_id is not None:
        raise OperationError("only cards move between cells")
    before = {name: getattr(item, name) for name in place}
    state.move(kind, journey_id, item.id, place)
    return Move(kind.name, journey_id, item.id, **before)


# Set fields


def _set(state: ProjectState, operation: SetFields) -> Operation:
    kind = _kind(operation.type)
    journey_id = _journey_of(state, kind, operation.journey_id)
    item = _find(state, kind, journey_id, operation.id)
    values = dict(operation.values)
    if not values:
        raise OperationError("no fields to set")
    if kind is CARD and "kind" in values and values["kind"] != item.kind.value:
        return _change_card_kind(state, str(journey_id), item, values)
    allowed = kind.fields(item)
    wrong = next((name for name in values if name not in allowed or name == LINK_FIELD), None)
    if wrong is not None:
        raise OperationError(
            f"{kind.name} has no field {wrong!r} to set" + (" (use link)" if wrong == LINK_FIELD else "")
        )
    probe = _probe(kind, item, values)
    checked = {name: getattr(probe, name) for name in values}
    _check_references(state, kind, journey_id, probe)
    if kind is JOURNEY:
        for stage_or_card in [*probe.stages, *probe.cards]:
            _check_origin(state, probe, stage_or_card)
    elif ORIGIN_FIELD in checked:
        _check_origin(state, state.journey(str(journey_id)), probe)
    previous = item.model_dump(mode="json", include=set(values))
    state.set_values(kind, journey_id, item, checked)
    return SetFields(kind.name, journey_id, item.id, previous)


def _probe(kind: ObjectType, item: Any, values: dict[str, Any]) -> Any:
    """A copy of ``item`` with ``values`` set, checked by its model. Fields are set one at a time (a
    journey is not copied with its cards); where the rules tie fields together (a vote's turn to its
    ballots) and a step in between breaks them, the whole object is checked at once."""
    probe = item.model_copy()
    validator = type(item).__pydantic_validator__
    try:
        for name, value in values.items():
            validator.validate_assignment(probe, name, value)
    except ValidationError as exc:
        if kind.children or len(values) < 2:
            raise OperationError(f"{kind.name} {item.id!r}: {_first_error(exc)}") from None
        try:
            probe = kind.adapter.validate_python({**dump(item), **values})
        except ValidationError as whole:
            raise OperationError(f"{kind.name} {item.id!r}: {_first_error(whole)}") from None
    return probe


def _change_card_kind(state: ProjectState, journey_id: str, card: Any, values: dict[str, Any]) -> Operation:
    """A card of another kind in the same place; fields the new kind lacks come back with the inverse."""
    if isinstance(card, ImprovementCard) and card.addresses:
        raise OperationError(f"card {card.id!r} still addresses pain points: unlink them first")
    if card.kind is CardKind.PAIN_POINT and any(ref[3] == LINK_FIELD for ref in state.referrers(card.id)):
        raise OperationError(f"pain point {card.id!r} is still addressed by actions: unlink them first")
    data = dump(card)
    try:
        new_kind = CardKind(values["kind"])
    except ValueError:
        raise OperationError(f"card {card.id!r}: no card kind {values['kind']!r}") from None
    common = {name: data[name] for name in CARD_CLASSES[new_kind].model_fields if name in data and name != "kind"}
    try:
        replacement = CARD.adapter.validate_python({**common, **values})
    except ValidationError as exc:
        raise OperationError(f"card {card.id!r}: {_first_error(exc)}") from None
    _check_references(state, CARD, journey_id, replacement)
    _check_origin(state, state.journey(journey_id), replacement)
    state.replace_card(journey_id, replacement)
    lost = {name: value for name, value in data.items() if name not in type(replacement).model_fields}
    previous = {name: data[name] for name in values if name in data}
    return SetFields("card", journey_id, card.id, {**previous, **lost, "kind": data["kind"]})


# Links


def _link(state: ProjectState, operation: Link) -> Operation:
    action, pain_point = _link_ends(state, operation.journey_id, operation.action_id, operation.pain_point_id)
    if pain_point.id in action.addresses:
        raise OperationError(f"{action.id!r} already addresses {pain_point.id!r}")
    addresses = list(action.addresses)
    position = addresses.index(operation.before) if operation.before in addresses else len(addresses)
    addresses.insert(position, pain_point.id)
    state.set_values(CARD, operation.journey_id, action, {LINK_FIELD: addresses})
    return Unlink(operation.journey_id, action.id, pain_point.id)


def _unlink(state: ProjectState, operation: Unlink) -> Operation:
    action, pain_point = _link_ends(state, operation.journey_id, operation.action_id, operation.pain_point_id)
    if pain_point.id not in action.addresses:
        raise OperationError(f"{action.id!r} does not address {pain_point.id!r}")
    addresses = list(action.addresses)
    position = addresses.index(pain_point.id)
    after = addresses[position + 1] if position + 1 < len(addresses) else None
    del addresses[position]
    state.set_values(CARD, operation.journey_id, action, {LINK_FIELD: addresses})
    return Link(operation.journey_id, action.id, pain_point.id, after)


def _link_ends(state: ProjectState, journey_id: str, action_id: str, pain_point_id: str) -> tuple[Any, Any]:
    if journey_id not in state.indexes:
        raise OperationError(f"no journey {journey_id!r}")
    index = state.index(journey_id)
    action, pain_point = index.get(action_id), index.get(pain_point_id)
    if not isinstance(action, ImprovementCard):
        raise OperationError(f"no improvement action {action_id!r} in journey {journey_id!r}")
    if pain_point is None or pain_point.kind is not CardKind.PAIN_POINT:
        raise OperationError(f"no pain point {pain_point_id!r} in journey {journey_id!r}")
    return action, pain_point


# Checks


def _kind(name: str) -> ObjectType:
    kind = TYPES.get(name)
    if kind is None:
        raise OperationError(f"no object type {name!r}")
    return kind


def _journey_of(state: ProjectState, kind: ObjectType, journey_id: str | None) -> str | None:
    if not kind.in_journey:
        return None
    if journey_id is None or journey_id not in state.indexes:
        raise OperationError(f"no journey {journey_id!r}")
    return journey_id


def _find(state: ProjectState, kind: ObjectType, journey_id: str | None, object_id: str) -> Any:
    item = state.get(kind, journey_id, object_id)
    if item is None:
        where = f" in journey {journey_id!r}" if journey_id else ""
        raise OperationError(f"no {kind.name} {object_id!r}{where}")
    return item


def _inner_ids(item: Any) -> list[str]:
    """Ids of what an object holds: a journey's stages, lanes, cards and votes."""
    return [child.id for name in JOURNEY.children for child in getattr(item, name, [])]


def _check_references(state: ProjectState, kind: ObjectType, journey_id: str | None, item: Any) -> None:
    """Every persona, journey, pain point and card ``item`` names must exist (origins: see _check_origin);
    what a comment thread is about must be a card or stage of its journey, or the journey."""
    if kind.owner is not None:
        target = getattr(item, kind.owner)
        if target != journey_id and state.where(target) not in {(name, journey_id) for name in COMMENT_TARGETS}:
            raise OperationError(f"{kind.name} {item.id!r}: no card or stage {target!r} in journey {journey_id!r}")
    for name, target_type in kind.references.items():
        if name == ORIGIN_FIELD:
            continue
        where = (target_type, journey_id if TYPES[target_type].in_journey else None)
        for target in kind.targets(item, name):
            if name == LINK_FIELD:
                other = state.index(str(journey_id)).get(target)
                if other is None or other.kind is not CardKind.PAIN_POINT:
                    raise OperationError(f"no pain point {target!r} for {item.id!r} to address")
            elif state.where(target) != where or target == item.id:
                raise OperationError(f"{kind.name} {item.id!r}: no {target_type} {target!r} for {name}")


def _check_cell(state: ProjectState, kind: ObjectType, journey_id: str | None, item: Any) -> None:
    if kind is not CARD:
        return
    if state.where(item.stage_id) != ("stage", journey_id):
        raise OperationError(f"no stage {item.stage_id!r} in journey {journey_id!r}")
    if state.where(item.lane_id) != ("lane", journey_id):
        raise OperationError(f"no lane {item.lane_id!r} in journey {journey_id!r}")


def _check_origin(state: ProjectState, journey: Any, item: Any) -> None:
    """A stage's or card's origin must be one of the same type in the journey its journey is based on."""
    origin = getattr(item, ORIGIN_FIELD, None)
    if origin is None:
        return
    expected = "card" if hasattr(item, "stage_id") else "stage"
    if journey.based_on is None or state.where(origin) != (expected, journey.based_on):
        raise OperationError(f"{expected} {item.id!r}: no {expected} {origin!r} in the journey it is based on")


def _first_error(exc: ValidationError) -> str:
    error = exc.errors()[0]
    place = ".".join(str(part) for part in error["loc"])
    return f"{place}: {error['msg']}" if place else error["msg"]
