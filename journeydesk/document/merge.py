"""Three-way merge of two versions of a project that share a base, object by object and field by field.

Changes to different objects or different fields all merge; cards both sides add to one cell are all
kept, ordered by their order keys (ties by id); a field set to the same value on both sides is no
conflict. Where the sides disagree (one field changed differently, an object changed on one side and
deleted on the other, an object moved to two places), the result keeps *our* value and records a
:class:`~journeydesk.model.conflicts.Conflict` with the base's, ours and theirs.

Containers come first: a journey, stage or lane counts as changed on a side when anything in it
changed there, so deleting a stage on one side while the other edits a card in it is a conflict on
the stage, which is kept with all our cards. The result is always a valid project: a change that
would leave a reference dangling (a link to a pain point the other side deleted) is undone, keeping
ours, and recorded as a conflict too.
"""

from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError
from pydantic_core import to_jsonable_python

from journeydesk.document.apply import dump
from journeydesk.document.diff import Located, field_changes, objects, placement
from journeydesk.document.objects import CARD, COMMENT_TARGETS, JOURNEY, LINK_FIELD, ORIGIN_FIELD, TYPES, ObjectType
from journeydesk.model.cards import CARD_CLASSES
from journeydesk.model.conflicts import Conflict, ConflictKind, conflict_id
from journeydesk.model.enums import CardKind
from journeydesk.model.order import sort_key
from journeydesk.model.project import Project
from journeydesk.model.words import shortened

MISSING: Any = object()
_RANK = {name: number for number, name in enumerate(TYPES)}
_CONTAINERS = ("journey", "stage", "lane")


@dataclass
class MergeResult:
    project: Project
    conflicts: list[Conflict] = field(default_factory=list)  # the ones this merge found

    @property
    def clean(self) -> bool:
        return not self.conflicts


def merge(base: Project | None, ours: Project, theirs: Project) -> MergeResult:
    """``base`` None: the two sides share no ancestor (both added the file); all they agree on merges."""
    return _Merge(base, ours, theirs).run()


class _Merge:
    def __init__(self, base: Project | None, ours: Project, theirs: Project) -> None:
        self.base = objects(base) if base is not None else {}
        self.ours, self.theirs = objects(ours), objects(theirs)
        if theirs.id != ours.id:  # two different projects: ours is the one
            self.theirs = {key: value for key, value in self.theirs.items() if key != theirs.id}
            self.theirs[ours.id] = self.ours[ours.id]
        self.result: dict[str, Located] = {}
        self.found: dict[str, Conflict] = {}
        self.touched = (_touched_containers(self.base, self.ours), _touched_containers(self.base, self.theirs))

    def run(self) -> MergeResult:
        every = {**self.base, **self.theirs, **self.ours}
        for object_id in sorted(every, key=lambda key: _RANK[every[key].kind.name]):
            merged = self._object(object_id)
            if merged is not None:
                self.result[object_id] = merged
        self._settle_references()
        return MergeResult(self._assemble(), sorted(self.found.values(), key=lambda conflict: conflict.id))

    # One object

    def _object(self, object_id: str) -> Located | None:
        base, ours, theirs = (side.get(object_id) for side in (self.base, self.ours, self.theirs))
        if ours is not None and theirs is not None and ours.key != theirs.key:
            return ours  # the id names different things on each side: ours stays
        if base is not None and (ours is None) != (theirs is None):
            kept = ours or theirs
            assert kept is not None
            container = self._container_decided(base)
            if container is False:
                return None  # went with its journey, stage or lane
            if container is True:  # the side that deleted its container has no say about it
                return kept
            if not self._changed(base, kept, 0 if ours is not None else 1):
                return None
            self._conflict(ConflictKind.DELETED, kept, "", *self._snapshots(object_id))
            return ours
        if ours is None or theirs is None:
            return ours or theirs  # added on one side (or deleted on both)
        return self._fields(base, ours, theirs)

    def _container_decided(self, base: Located) -> bool | None:
        """For an object one side deleted: True when that side deleted its container and the merge
        kept the container, False when the container is gone, None when it is not about a container."""
        containers = [str(base.journey_id)] if base.kind.in_journey else []
        if base.kind is CARD:
            containers += [base.item.stage_id, base.item.lane_id]
        gone = [container for container in containers if container not in self.ours or container not in self.theirs]
        if not gone:
            return None
        return all(container in self.result for container in gone)

    def _changed(self, base: Located, now: Located, side: int) -> bool:
        """Whether ``now`` differs from ``base``; for a container, whether anything in it does."""
        return (
            base.key != now.key
            or placement(base.kind, base.item) != placement(now.kind, now.item)
            or bool(field_changes(base.kind, base.item, now.item))
            or base.item.id in self.touched[side]
        )

    def _fields(self, base: Located | None, ours: Located, theirs: Located) -> Located:
        kind = ours.kind
        if _same(kind, ours.item, theirs.item):
            return ours
        if base is not None and _same(kind, base.item, theirs.item):
            return ours
        if base is not None and _same(kind, base.item, ours.item):
            return theirs
        values: dict[str, Any] = {}
        for name in dict.fromkeys([*type(ours.item).model_fields, *type(theirs.item).model_fields]):
            if name in kind.children or name in kind.placement:
                continue
            mine, other = getattr(ours.item, name, MISSING), getattr(theirs.item, name, MISSING)
            was = getattr(base.item, name, MISSING) if base is not None else MISSING
            if name in kind.set_fields:
                values[name] = _merged_set(was, mine, other)
            else:
                values[name] = self._value(ours, name, was, mine, other)
        values.update(self._place(base, ours, theirs))
        if kind is CARD:
            return Located(kind, ours.journey_id, self._card(base, ours, theirs, values))
        values.update({name: [] for name in kind.children})
        merged = type(ours.item).model_construct(**values)
        if not kind.children and not _valid(kind, merged):  # fields that hold only together (a vote's)
            for name in kind.fields(ours.item):
                mine, other = getattr(ours.item, name), getattr(theirs.item, name)
                if mine != other:
                    was = getattr(base.item, name) if base is not None else None
                    self._conflict(ConflictKind.CHANGED, ours, name, _json(was), _json(mine), _json(other))
            place = {name: values[name] for name in kind.placement}
            return Located(kind, ours.journey_id, ours.item.model_copy(update=place))
        return Located(kind, ours.journey_id, merged)

    def _value(self, ours: Located, name: str, was: Any, mine: Any, other: Any) -> Any:
        if mine is MISSING or other is MISSING:  # a field of one card kind only: the kind decides (see _card)
            return other if mine is MISSING else mine
        if other in (mine, was):
            return mine
        if mine == was:
            return other
        self._conflict(ConflictKind.CHANGED, ours, name, _json(was), _json(mine), _json(other))
        return mine

    def _place(self, base: Located | None, ours: Located, theirs: Located) -> dict[str, Any]:
        kind = ours.kind
        was = placement(kind, base.item) if base is not None else None
        mine, other = placement(kind, ours.item), placement(kind, theirs.item)
        if mine != other and mine == was:
            mine = other
        elif other not in (mine, was):
            self._conflict(
                ConflictKind.MOVED, ours, "", _place_data(kind, was), _place_data(kind, mine), _place_data(kind, other)
            )
        return dict(zip(kind.placement, mine, strict=True))

    def _card(self, base: Located | None, ours: Located, theirs: Located, values: dict[str, Any]) -> Any:
        """The merged card. One whose kind a side changed loses the other kind's fields: if the other
        side changed one of those, that is a conflict on the kind, and the card keeps our kind."""
        kind = values["kind"]
        lost = [
            name
            for name, value in values.items()
            if name not in CARD_CLASSES[kind].model_fields
            and value is not MISSING
            and (base is None or value != getattr(base.item, name, MISSING))
        ]
        if lost:  # one side changed the kind, the other a field that kind drops
            self._conflict(ConflictKind.CHANGED, ours, "kind", _data(base), _data(ours), _data(theirs))
            kind = values["kind"] = ours.item.kind
        source = ours.item if kind is ours.item.kind else theirs.item
        card_class = CARD_CLASSES[kind]
        data = {
            name: values[name] if values.get(name, MISSING) is not MISSING else getattr(source, name)
            for name in card_class.model_fields
        }
        if kind is not CardKind.IMPROVEMENT:
            data.pop(LINK_FIELD, None)
        if card_class is type(ours.item):
            return card_class.model_construct(**data)
        return CARD.adapter.validate_python(data)

    # References that would dangle

    def _settle_references(self) -> None:
        """Until nothing dangles: keep what ours still has and needs, else undo their change."""
        unsettled = True
        while unsettled:
            unsettled = False
            for object_id in list(self.result):
                if object_id in self.result and self._settle(self.result[object_id]):
                    unsettled = True

    def _settle(self, located: Located) -> bool:
        kind, item = located.kind, located.item
        journey_id = located.journey_id
        if kind.in_journey and not self._exists(str(journey_id), ("journey", None)):
            return self._missing(located, ("journey", None), str(journey_id), None)
        if kind is CARD:
            for name in ("stage_id", "lane_id"):
                target, where = getattr(item, name), (name[:-3], journey_id)
                if not self._exists(target, where):
                    return self._missing(located, where, target, None)
            for target in getattr(item, LINK_FIELD, []):
                if not self._exists(target, ("card", journey_id), pain_point=True):
                    return self._missing(located, ("card", journey_id), target, LINK_FIELD)
        if kind.owner is not None:
            target = getattr(item, kind.owner)
            if target != journey_id and not any(self._exists(target, (name, journey_id)) for name in COMMENT_TARGETS):
                known = next((side[target] for side in (self.ours, self.theirs, self.base) if target in side), None)
                return self._missing(located, known.key if known is not None else ("card", journey_id), target, None)
        for name in kind.nested:
            where = (kind.references[name], journey_id)
            for target in kind.targets(item, name):
                if not self._exists(target, where):
                    return self._missing(located, where, target, name)
        for name, target_type in kind.references.items():
            target = getattr(item, name, None)
            if target is None or isinstance(target, list):
                continue
            where = (target_type, self._base_of(journey_id) if name == ORIGIN_FIELD else None)
            if (name == ORIGIN_FIELD and where[1] is None) or target == item.id or not self._exists(target, where):
                return self._missing(located, where, target, name)
        return False

    def _missing(self, located: Located, where: tuple[str, str | None], target: str, name: str | None) -> bool:
        """``located`` names ``target``, which the merge left out. If ours has it there, bring it back
        (a conflict: they deleted it); else undo what named it, keeping ours (a conflict too)."""
        mine = self.ours.get(target)
        if mine is not None and mine.key == where and target not in self.result:
            self._restore(mine)
            return True
        object_id = located.item.id
        base, ours, theirs = (side.get(object_id) for side in (self.base, self.ours, self.theirs))
        if name is None:  # it lives in what is gone: ours has it elsewhere, or not at all
            if ours is not None and ours.key == located.key and ours.item is not located.item:
                self.result[object_id] = ours
                self._conflict(ConflictKind.MOVED, located, "", *(_place_of(side) for side in (base, ours, theirs)))
            else:
                del self.result[object_id]
                self._conflict(ConflictKind.DELETED, located, "", _data(base), None, _data(theirs))
            return True
        value = getattr(located.item, name)
        if name == LINK_FIELD or name in located.kind.nested:
            fixed: Any = located.kind.without(located.item, name, {target})
        else:
            mine_value = getattr(ours.item, name, None) if ours is not None else None
            fixed = mine_value if mine_value != value else None
        self._conflict(
            ConflictKind.CHANGED,
            located,
            name,
            *(_json(getattr(side.item, name, None)) if side is not None else None for side in (base, ours, theirs)),
        )
        self.result[object_id] = Located(
            located.kind, located.journey_id, located.item.model_copy(update={name: fixed})
        )
        return True

    def _restore(self, mine: Located) -> None:
        """Bring back ours' object that they deleted, with what ours holds in it that went with it."""
        self.result[mine.item.id] = mine
        self._conflict(ConflictKind.DELETED, mine, "", *self._snapshots(mine.item.id))
        if mine.kind.name not in _CONTAINERS:
            return
        for object_id, located in self.ours.items():
            inside = located.journey_id == mine.item.id or (
                located.kind is CARD and mine.item.id in (located.item.stage_id, located.item.lane_id)
            )
            if inside and object_id not in self.result and object_id not in self.theirs:
                self.result[object_id] = located

    def _snapshots(self, object_id: str) -> tuple[Any, Any, Any]:
        """The object as base, ours and theirs have it (None where deleted); a stage or lane with the
        cards it holds there, so that choosing a side can bring them back too."""
        shots = []
        for side in (self.base, self.ours, self.theirs):
            located = side.get(object_id)
            data = _data(located)
            if located is not None and located.kind.name in ("stage", "lane"):
                field_name = f"{located.kind.name}_id"
                data["cards"] = [
                    dump(other.item)
                    for other in side.values()
                    if other.kind is CARD and getattr(other.item, field_name) == object_id
                ]
            shots.append(data)
        return shots[0], shots[1], shots[2]

    def _exists(self, object_id: str, where: tuple[str, str | None], pain_point: bool = False) -> bool:
        located = self.result.get(object_id)
        if located is None or located.key != where:
            return False
        return not pain_point or located.item.kind is CardKind.PAIN_POINT

    def _base_of(self, journey_id: str | None) -> str | None:
        journey = self.result.get(str(journey_id))
        return journey.item.based_on if journey is not None else None

    # The result

    def _assemble(self) -> Project:
        by_place: dict[tuple[str, str | None], list[Any]] = {}
        for located in self.result.values():
            by_place.setdefault(located.key, []).append(located.item)
        journeys = []
        for journey in sorted(by_place.get(("journey", None), []), key=sort_key):
            children = {
                name: sorted(by_place.get((name[:-1], journey.id), []), key=sort_key) for name in JOURNEY.children
            }
            stage_at = {stage.id: number for number, stage in enumerate(children["stages"])}
            lane_at = {lane.id: number for number, lane in enumerate(children["lanes"])}
            children["cards"].sort(key=lambda card: (stage_at[card.stage_id], lane_at[card.lane_id]))
            journeys.append(journey.model_copy(update=children))
        conflicts = {item.id: item for item in by_place.get(("conflict", None), [])}
        conflicts.update(self.found)
        project = by_place[("project", None)][0]
        return project.model_copy(
            update={
                "personas": sorted(by_place.get(("persona", None), []), key=sort_key),
                "journeys": journeys,
                "conflicts": sorted(conflicts.values(), key=lambda conflict: conflict.id),
            }
        )

    def _conflict(self, kind: ConflictKind, located: Located, name: str, base: Any, ours: Any, theirs: Any) -> None:
        item = located.item
        conflict = Conflict(
            id=conflict_id(located.kind.name, item.id, name),
            kind=kind,
            object_type=located.kind.name,
            journey_id=located.journey_id if located.kind.in_journey else None,
            object_id=item.id,
            field=name,
            label=self._label(located),
            where=self._where(located),
            base=base,
            ours=ours,
            theirs=theirs,
        )
        self.found[conflict.id] = conflict

    def _label(self, located: Located) -> str:
        item = located.item
        if located.kind is CARD:
            return f"{item.kind.label} “{shortened(item.title or 'untitled')}”"
        if located.kind.name == "project":
            return "The project"
        return f"{located.kind.noun} “{shortened(str(getattr(item, 'name', item.id)))}”"

    def _where(self, located: Located) -> str:
        if not located.kind.in_journey:
            return ""
        names = [self._name(str(located.journey_id))]
        if located.kind is CARD:
            names.append(f"{self._name(located.item.stage_id)} / {self._name(located.item.lane_id)}")
        return " › ".join(names)

    def _name(self, object_id: str) -> str:
        for side in (self.result, self.ours, self.theirs, self.base):
            if object_id in side:
                return shortened(str(getattr(side[object_id].item, "name", object_id)))
        return "?"


def _touched_containers(base: dict[str, Located], side: dict[str, Located]) -> set[str]:
    """Journeys, stages and lanes in which the side added, removed, moved or changed something."""
    touched: set[str] = set()
    for object_id in {*base, *side}:
        was, now = base.get(object_id), side.get(object_id)
        if was is not None and now is not None and was.key == now.key and _same(was.kind, was.item, now.item):
            continue  # the same fields and place (a container's own; what it holds is counted apart)
        for located in (was, now):
            if located is None or not located.kind.in_journey:
                continue
            touched.add(str(located.journey_id))
            if located.kind is CARD:
                touched.update((located.item.stage_id, located.item.lane_id))
    return touched


def _same(kind: ObjectType, one: Any, other: Any) -> bool:
    if not kind.children:
        return one.__dict__ == other.__dict__
    return all(
        getattr(one, name) == getattr(other, name) for name in type(one).model_fields if name not in kind.children
    ) and type(one) is type(other)


def _valid(kind: ObjectType, item: Any) -> bool:
    try:
        kind.adapter.validate_python(dump(item))
    except ValidationError:
        return False
    return True


def _merged_set(was: Any, mine: Any, other: Any) -> Any:
    """Ours, less what theirs removed, plus what theirs added (in their order)."""
    if mine is MISSING or other is MISSING:
        return mine if other is MISSING else other
    before = [] if was is MISSING or was is None else was
    kept = [item for item in mine if item in other or item not in before]
    return kept + [item for item in other if item not in before and item not in kept]


def _place_data(kind: ObjectType, place: tuple[Any, ...] | None) -> Any:
    return None if place is None else dict(zip(kind.placement, place, strict=True))


def _place_of(located: Located | None) -> Any:
    return None if located is None else _place_data(located.kind, placement(located.kind, located.item))


def _data(located: Located | None) -> Any:
    return dump(located.item) if located is not None else None


def _json(value: Any) -> Any:
    return None if value is MISSING else to_jsonable_python(value)
