"""A project being edited: the project, an index of every object by id, and who refers to whom.

:class:`ProjectState` holds what applying an operation needs to be quick on a 10,000-card map (cards
by cell, objects by id, references by target) and collects what each change touched, for whoever
shows the project. It knows no Qt: the document wraps one, and diff and merge use one directly.
"""

import bisect
from typing import Any

from pydantic import BaseModel

from journeydesk.document.changes import ChangeSet
from journeydesk.document.objects import IN_JOURNEY, TYPES, ObjectType
from journeydesk.model.cards import Card
from journeydesk.model.cells import CellIndex
from journeydesk.model.journey import Journey
from journeydesk.model.project import Project

Where = tuple[str, str | None]  # (type, journey id)
Referrer = tuple[str, str | None, str, str]  # (type, journey id, id, field)


class ProjectState:
    def __init__(self, project: Project) -> None:
        self.project = project
        self.changes = ChangeSet()
        self.indexes: dict[str, CellIndex] = {}
        self._where: dict[str, Where] = {project.id: ("project", None)}
        self._referrers: dict[str, set[Referrer]] = {}
        for name in ("persona", "conflict"):
            for item in self.collection(TYPES[name], None):
                self._note(TYPES[name], None, item)
        for journey in project.journeys:
            self._note_journey(journey)

    # Queries

    def journey(self, journey_id: str) -> Journey:
        return self.indexes[journey_id].journey

    def index(self, journey_id: str) -> CellIndex:
        return self.indexes[journey_id]

    def where(self, object_id: str) -> Where | None:
        return self._where.get(object_id)

    def collection(self, kind: ObjectType, journey_id: str | None) -> list[Any]:
        owner = self.journey(journey_id) if kind.in_journey and journey_id is not None else self.project
        return getattr(owner, kind.collection)

    def get(self, kind: ObjectType, journey_id: str | None, object_id: str) -> Any:
        """The object, or None when there is no such object there."""
        if self._where.get(object_id) != (kind.name, journey_id if kind.in_journey else None):
            return None
        if kind.name == "project":
            return self.project
        if kind.name == "journey":
            return self.journey(object_id)
        if kind.name == "card":
            return self.index(str(journey_id)).card(object_id)
        return next(item for item in self.collection(kind, journey_id) if item.id == object_id)

    def referrers(self, object_id: str) -> set[Referrer]:
        """Who names ``object_id`` in a reference field (links, origins, persona, base journey)."""
        return set(self._referrers.get(object_id, ()))

    def has_id(self, object_id: str) -> bool:
        return object_id in self._where

    # Primitives: each keeps the indexes right and notes the change

    def insert(self, kind: ObjectType, journey_id: str | None, item: Any) -> None:
        if kind.name == "card":
            self.index(str(journey_id)).insert(item)
        else:
            items = self.collection(kind, journey_id)
            items.insert(bisect.bisect(items, kind.sort(item), key=kind.sort), item)
        if kind.name == "journey":
            self._note_journey(item)
        else:
            self._note(kind, journey_id, item)
        self._changed(kind, journey_id, item.id, "added")

    def remove(self, kind: ObjectType, journey_id: str | None, object_id: str) -> Any:
        item: Any
        if kind.name == "card":
            item = self.index(str(journey_id)).remove(object_id)
        else:
            items = self.collection(kind, journey_id)
            item = items.pop(next(number for number, other in enumerate(items) if other.id == object_id))
        if kind.name == "journey":
            self._forget_journey(item)
        else:
            self._forget(kind, journey_id, item)
        self._changed(kind, journey_id, object_id, "removed", item)
        return item

    def move(self, kind: ObjectType, journey_id: str | None, object_id: str, place: dict[str, str]) -> None:
        if kind.name == "card":
            index = self.index(str(journey_id))
            card = index.card(object_id)
            left = (card.stage_id, card.lane_id)
            index.move(
                object_id, place.get("stage_id", card.stage_id), place.get("lane_id", card.lane_id), place["order"]
            )
            self.changes.journey(str(journey_id)).card_removed(object_id, left)
            self.changes.journey(str(journey_id)).card_added(object_id)
            return
        item = self.remove(kind, journey_id, object_id)
        item.order = place["order"]
        self.insert(kind, journey_id, item)
        if kind.name in ("stage", "lane"):
            self.index(str(journey_id)).rearrange()

    def set_values(self, kind: ObjectType, journey_id: str | None, item: BaseModel, values: dict[str, Any]) -> None:
        """Set fields of ``item`` to values already checked against its model."""
        self._forget(kind, journey_id, item)
        for name, value in values.items():
            setattr(item, name, value)
        self._note(kind, journey_id, item)
        self._changed(kind, journey_id, item.id, "changed")  # type: ignore[attr-defined]  # every object of the map has an id

    def replace_card(self, journey_id: str, card: Card) -> Card:
        """Put ``card`` in the place of the card with its id (a change of kind)."""
        kind = TYPES["card"]
        old = self.index(journey_id).card(card.id)
        self._forget(kind, journey_id, old)
        self.index(journey_id).replace(card)
        self._note(kind, journey_id, card)
        self._changed(kind, journey_id, card.id, "changed")
        return old

    def take_changes(self) -> ChangeSet:
        changes, self.changes = self.changes, ChangeSet()
        return changes

    # Bookkeeping

    def _note_journey(self, journey: Journey) -> None:
        self.indexes[journey.id] = CellIndex(journey)
        self._note(TYPES["journey"], None, journey)
        for kind in IN_JOURNEY:  # in bulk: a journey may hold 10,000 cards
            items = getattr(journey, kind.collection)
            place, where, fields = (kind.name, journey.id), self._where, tuple(kind.references)
            for item in items:
                where[item.id] = place
                values = item.__dict__
                for field in fields:
                    if values.get(field):
                        self._note_references(kind, journey.id, item)
                        break

    def _forget_journey(self, journey: Journey) -> None:
        for kind in IN_JOURNEY:
            for item in getattr(journey, kind.collection):
                self._forget(kind, journey.id, item)
        self._forget(TYPES["journey"], None, journey)
        del self.indexes[journey.id]

    def _note(self, kind: ObjectType, journey_id: str | None, item: Any) -> None:
        self._where[item.id] = (kind.name, journey_id if kind.in_journey else None)
        self._note_references(kind, journey_id, item)

    def _note_references(self, kind: ObjectType, journey_id: str | None, item: Any) -> None:
        for name in kind.references:
            for target in kind.targets(item, name):
                self._referrers.setdefault(target, set()).add((kind.name, journey_id, item.id, name))

    def _forget(self, kind: ObjectType, journey_id: str | None, item: Any) -> None:
        self._where.pop(item.id, None)
        for name in kind.references:
            for target in kind.targets(item, name):
                referrers = self._referrers.get(target)
                if referrers is not None:
                    referrers.discard((kind.name, journey_id, item.id, name))
                    if not referrers:
                        del self._referrers[target]

    def _changed(self, kind: ObjectType, journey_id: str | None, object_id: str, how: str, item: Any = None) -> None:
        changes = self.changes
        if kind.name == "card":
            journey = changes.journey(str(journey_id))
            if how == "added":
                journey.card_added(object_id)
            elif how == "removed":
                journey.card_removed(object_id, (item.stage_id, item.lane_id))
            else:
                journey.changed.add(object_id)
        elif kind.name == "vote":
            changes.votes.add(str(journey_id))
        elif kind.in_journey:
            changes.journey(str(journey_id)).structure = True
        else:
            changes.project = True
            if kind.name == "journey":
                changes.journey(object_id).structure = True
