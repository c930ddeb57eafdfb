"""What changed between two versions of a project, matched by id.

:func:`compare` lists the changes object by object (added, removed, moved, fields changed), which is
what people read (see :mod:`journeydesk.document.describe`); :func:`diff` gives the operations that
turn the old version into the new one, in an order in which each one fits.
"""

from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from journeydesk.document import plans
from journeydesk.document.apply import apply, dump
from journeydesk.document.objects import CARD, IN_JOURNEY, JOURNEY, LINK_FIELD, ORIGIN_FIELD, TYPES, ObjectType
from journeydesk.document.operations import Add, Link, Move, Operation, SetFields, Unlink
from journeydesk.document.state import ProjectState
from journeydesk.model.cards import ImprovementCard
from journeydesk.model.project import Project

Key = tuple[str, str | None]  # (type, journey id): where an id lives


@dataclass(frozen=True)
class Located:
    kind: ObjectType
    journey_id: str | None
    item: Any

    @property
    def key(self) -> Key:
        return (self.kind.name, self.journey_id)


@dataclass
class Change:
    """One object's change. ``fields`` maps each changed field to (old, new); ``moved`` is set when
    its place changed (a card's cell or its position, another object's position)."""

    kind: ObjectType
    journey_id: str | None
    id: str
    how: str  # "added", "removed" or "changed"
    old: Any = None
    new: Any = None
    fields: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    moved: bool = False


def objects(project: Project) -> dict[str, Located]:
    """Every object of the project by id, with its type and journey."""
    found = {project.id: Located(TYPES["project"], None, project)}
    for name in ("persona", "conflict"):
        found.update({item.id: Located(TYPES[name], None, item) for item in getattr(project, TYPES[name].collection)})
    for journey in project.journeys:
        found[journey.id] = Located(JOURNEY, None, journey)
        for kind in IN_JOURNEY:
            found.update({item.id: Located(kind, journey.id, item) for item in getattr(journey, kind.collection)})
    return found


def field_changes(kind: ObjectType, old: Any, new: Any) -> dict[str, tuple[Any, Any]]:
    """The fields (not place or children) whose values differ, as (old, new)."""
    if kind.children:
        own = [name for name in type(new).model_fields if name not in kind.children]
        if all(getattr(old, name) == getattr(new, name) for name in own):
            return {}
    elif old.__dict__ == new.__dict__:
        return {}
    names = dict.fromkeys([*type(old).model_fields, *type(new).model_fields])
    skipped = {"id", *kind.placement, *kind.children}
    return {
        name: (getattr(old, name, None), getattr(new, name, None))
        for name in names
        if name not in skipped and getattr(old, name, None) != getattr(new, name, None)
    }


def placement(kind: ObjectType, item: Any) -> tuple[Any, ...]:
    return tuple(getattr(item, name) for name in kind.placement)


def compare(old: Project, new: Project) -> list[Change]:
    """Every object added, removed or changed from ``old`` to ``new``, in map order of ``new``."""
    before, after = objects(old), objects(new)
    if old.id != new.id:  # two different projects: still compared as one
        before[new.id] = before.pop(old.id)
    changes: list[Change] = []
    for object_id, now in after.items():
        was = before.get(object_id)
        if was is None or was.key != now.key:
            changes.append(Change(now.kind, now.journey_id, object_id, "added", new=now.item))
            continue
        fields = field_changes(now.kind, was.item, now.item)
        moved = placement(now.kind, was.item) != placement(now.kind, now.item)
        if fields or moved:
            changes.append(Change(now.kind, now.journey_id, object_id, "changed", was.item, now.item, fields, moved))
    for object_id, gone in before.items():
        kept = after.get(object_id)
        if kept is None or kept.key != gone.key:
            changes.append(Change(gone.kind, gone.journey_id, object_id, "removed", old=gone.item))
    return changes


def diff(old: Project, new: Project) -> list[Operation]:
    """Operations that turn ``old`` into ``new``. ``old`` is changed while they are worked out
    (each is applied, to be sure it fits) and given back exactly as it was."""
    state = ProjectState(old)
    undo: list[Operation] = []

    def run_one(operation: Operation) -> Operation:
        inverse = apply(state, operation)
        undo.append(inverse)
        return inverse

    try:
        return converge(state, objects(new), run_one)
    finally:
        for operation in reversed(undo):
            apply(state, operation)


def converge(
    state: ProjectState,
    target: Mapping[str, Located],
    run_one: Callable[[Operation], Operation],
    scope: Collection[str] | None = None,
) -> list[Operation]:
    """Make ``state``'s project what ``target`` describes, one operation at a time through ``run_one``
    (which applies it); returns the operations. With a ``scope``, only the objects with those ids
    are compared: ``target`` then holds the wanted version of each of them (absent: removed), and
    answers for any other id with that object as it is (a live session's remote change)."""
    operations: list[Operation] = []

    def run(batch: list[Operation]) -> None:
        for operation in batch:
            run_one(operation)
            operations.append(operation)

    def present() -> Iterator[Located]:
        if scope is None:
            yield from objects(state.project).values()
            return
        for object_id in list(scope):
            where = state.where(object_id)
            if where is not None:
                item = state.get(TYPES[where[0]], where[1], object_id)
                yield Located(TYPES[where[0]], where[1], item)

    _rehomed(state, target, present, run)
    run(_unlinks(state, target))
    for name in ("persona", "journey", "stage", "lane", "card", "vote", "conflict"):
        run(_additions(state, target, TYPES[name]))
    run(_moves(target, present))
    for phase in ("release", "set", "origins"):
        run(_sets(target, present, phase))
    run(_links(state, target))
    _removals(state, target, present, run)
    return operations


# The phases of diff, each worked out against the state the earlier ones left


Present = Callable[[], Iterator[Located]]  # the objects of the project compared, as they are now


def _rehomed(
    state: ProjectState, target: Mapping[str, Located], present: Present, run: Callable[[list[Operation]], None]
) -> None:
    """Ids that changed type or journey are removed first (and added back in their new place)."""
    for located in list(present()):
        wanted = target.get(located.item.id)
        if wanted is not None and wanted.key != located.key and state.has_id(located.item.id):
            run(plans.removal(state, located.kind.name, located.journey_id, [located.item.id]))


def _unlinks(state: ProjectState, target: Mapping[str, Located]) -> list[Operation]:
    operations: list[Operation] = []
    for journey in state.project.journeys:
        for action in journey.improvements():
            wanted = target.get(action.id)
            kept = getattr(wanted.item, LINK_FIELD, []) if wanted and wanted.key == ("card", journey.id) else None
            for pain_point_id in action.addresses:
                still = target.get(pain_point_id)
                if kept is None:  # the action goes: unlink only pain points that stay and stop being one
                    if (
                        still is not None
                        and still.key == ("card", journey.id)
                        and still.item.kind.value == "pain_point"
                    ):
                        continue
                elif pain_point_id in kept:
                    continue
                operations.append(Unlink(journey.id, action.id, pain_point_id))
            if kept is not None and [item for item in action.addresses if item in kept] != [
                item for item in kept if item in action.addresses
            ]:  # the order of the links changed: take them all down, they go up again in order
                operations += [Unlink(journey.id, action.id, item) for item in action.addresses if item in kept]
    return operations


def _additions(state: ProjectState, target: Mapping[str, Located], kind: ObjectType) -> list[Operation]:
    operations: list[Operation] = []
    for object_id, wanted in target.items():
        if wanted.kind is not kind or state.has_id(object_id):
            continue
        data = dump(wanted.item)
        if kind is JOURNEY:
            _strip_journey_references(state, data)
        else:
            _strip_references(state, kind, wanted.journey_id, data)
        operations.append(Add(kind.name, wanted.journey_id, data))
    return operations


def _strip_references(state: ProjectState, kind: ObjectType, journey_id: str | None, data: dict[str, Any]) -> None:
    """Leave out references to objects not there yet; the set and link phases put them in."""
    for name, target_type in kind.references.items():
        value = data.get(name)
        if name == LINK_FIELD and value:
            data[name] = []
        elif name == ORIGIN_FIELD and value is not None:
            base = state.journey(str(journey_id)).based_on if journey_id in state.indexes else None
            if base is None or state.where(value) != (target_type, base):
                data[name] = None
        elif value is not None and not isinstance(value, list) and state.where(value) != (target_type, None):
            data[name] = None


def _strip_journey_references(state: ProjectState, data: dict[str, Any]) -> None:
    _strip_references(state, JOURNEY, None, data)
    base = data.get("based_on")
    for name in ("stages", "cards"):
        for item in data[name]:
            origin = item.get(ORIGIN_FIELD)
            if origin is not None and (base is None or state.where(origin) != (name[:-1], base)):
                item[ORIGIN_FIELD] = None


def _moves(target: Mapping[str, Located], present: Present) -> list[Operation]:
    operations: list[Operation] = []
    for located in present():
        wanted = target.get(located.item.id)
        kind = located.kind
        if wanted is None or not kind.placement or placement(kind, located.item) == placement(kind, wanted.item):
            continue
        item = wanted.item
        cell = (item.stage_id, item.lane_id) if kind is CARD else (None, None)
        operations.append(Move(kind.name, located.journey_id, item.id, item.order, *cell))
    return operations


def _sets(target: Mapping[str, Located], present: Present, phase: str) -> list[Operation]:
    """``release``: origins that change are cleared; ``set``: every other field; ``origins``: the new
    origins, once the base journeys are what they will be."""
    operations: list[Operation] = []
    for located in present():
        wanted = target.get(located.item.id)
        if wanted is None:
            continue
        changed = field_changes(located.kind, located.item, wanted.item)
        changed.pop(LINK_FIELD, None)
        origin = changed.pop(ORIGIN_FIELD, None)
        if phase == "release":
            changed = {ORIGIN_FIELD: (origin[0], None)} if origin and origin[0] is not None else {}
        elif phase == "origins":
            changed = {ORIGIN_FIELD: origin} if origin and origin[1] is not None else {}
        if not changed:
            continue
        values = _dump_fields(wanted.item, changed) if phase != "release" else {ORIGIN_FIELD: None}
        if located.kind is CARD and "kind" in values:  # another kind: all of its fields at once
            values = {name: value for name, value in dump(wanted.item).items() if name not in ("id", *CARD.placement)}
            values.pop(LINK_FIELD, None)
            values[ORIGIN_FIELD] = located.item.origin_id
        operations.append(SetFields(located.kind.name, located.journey_id, located.item.id, values))
    return operations


def _dump_fields(item: Any, names: dict[str, Any]) -> dict[str, Any]:
    return item.model_dump(mode="json", include=set(names))


def _links(state: ProjectState, target: Mapping[str, Located]) -> list[Operation]:
    operations: list[Operation] = []
    for object_id, wanted in target.items():
        if not isinstance(wanted.item, ImprovementCard) or not wanted.item.addresses:
            continue
        held = state.index(str(wanted.journey_id)).card(object_id)
        current = list(held.addresses) if isinstance(held, ImprovementCard) else []
        order = wanted.item.addresses
        for position, pain_point_id in enumerate(order):
            if pain_point_id in current:
                continue
            before = next((other for other in order[position + 1 :] if other in current), None)
            operations.append(Link(str(wanted.journey_id), object_id, pain_point_id, before))
            current.insert(current.index(before) if before else len(current), pain_point_id)
    return operations


def _removals(
    state: ProjectState, target: Mapping[str, Located], present: Present, run: Callable[[list[Operation]], None]
) -> None:
    gone: dict[Key, list[str]] = {}
    for located in present():
        if located.item.id not in target and located.kind.name != "project":
            gone.setdefault(located.key, []).append(located.item.id)
    for (name, journey_id), ids in sorted(gone.items(), key=lambda item: _REMOVAL_ORDER[item[0][0]]):
        if journey_id is not None and journey_id not in state.indexes:
            continue  # went with its journey
        run(plans.removal(state, name, journey_id, [object_id for object_id in ids if state.has_id(object_id)]))


_REMOVAL_ORDER = {"conflict": 0, "vote": 0, "card": 1, "stage": 2, "lane": 2, "journey": 3, "persona": 4}
