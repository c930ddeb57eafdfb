"""Local edits into the Doc: after each step of the document, the objects it touched are written.

A :class:`~journeydesk.document.changes.ChangeSet` names what one step changed (cards by id, a
journey's stages and lanes as a whole, the project's own objects as a whole); each of those objects
is written as it now is, changing only the fields that differ (see :func:`mapping.write_fields`).
Undo and redo are steps like any other, so they travel too.
"""

from collections.abc import Iterable
from typing import Any

from pycrdt import Doc, Map

from journeydesk.collab import mapping
from journeydesk.collab.mapping import Key
from journeydesk.document.apply import dump
from journeydesk.document.changes import ChangeSet
from journeydesk.document.objects import TYPES, ObjectType
from journeydesk.document.state import ProjectState


def mirror(doc: Doc, state: ProjectState, changes: ChangeSet, origin: object) -> None:
    """Write what ``changes`` touched, as ``state`` now has it, in one transaction tagged ``origin``."""
    with doc.transaction(origin=origin):
        if changes.project:
            _write_project_level(doc, state)
        for journey_id, journey_changes in changes.journeys.items():
            if journey_id not in state.indexes:
                continue  # removed: the project-level write took it out
            if mapping.object_map(doc, TYPES["journey"], None, journey_id) is None:
                mapping.write_object(doc, TYPES["journey"], None, dump(state.journey(journey_id)))
                continue
            journey = state.journey(journey_id)
            if journey_changes.structure:
                mapping.write_object(doc, TYPES["journey"], None, _own_fields(journey))
                for name in ("stage", "lane"):
                    kind = TYPES[name]
                    items = (dump(item) for item in getattr(journey, kind.collection))
                    mapping.sync_collection(doc, kind, journey_id, items)
            index = state.index(journey_id)
            for card_id in journey_changes.touched_cards:
                card = index.get(card_id)
                if card is None:
                    mapping.delete_object(doc, TYPES["card"], journey_id, card_id)
                else:
                    mapping.write_object(doc, TYPES["card"], journey_id, dump(card))
        for name, journey_ids in (("vote", changes.votes), ("comment", changes.comments)):
            for journey_id in journey_ids:
                _write_part(doc, state, TYPES[name], journey_id)


def _write_part(doc: Doc, state: ProjectState, kind: ObjectType, journey_id: str) -> None:
    """A journey's votes or comment threads, as a whole (a step changes few of them)."""
    if journey_id in state.indexes and mapping.object_map(doc, TYPES["journey"], None, journey_id) is not None:
        items = (dump(item) for item in getattr(state.journey(journey_id), kind.collection))
        mapping.sync_collection(doc, kind, journey_id, items)


def heal(doc: Doc, state: ProjectState, keys: Iterable[Key], origin: object) -> None:
    """Write the local version of each object (or its absence) over what the Doc holds: what the
    host does with an update it refused, so that every peer comes back to a valid map."""
    with doc.transaction(origin=origin):
        for name, journey_id, object_id in keys:
            kind = TYPES[name]
            item = state.get(kind, journey_id, object_id)
            if item is None:
                mapping.delete_object(doc, kind, journey_id, object_id)
            elif name in ("journey", "project") and mapping.object_map(doc, kind, None, object_id) is not None:
                mapping.write_object(doc, kind, None, _own_fields(item))
            else:
                mapping.write_object(doc, kind, journey_id, dump(item))


def _write_project_level(doc: Doc, state: ProjectState) -> None:
    project = state.project
    mapping.write_object(doc, TYPES["project"], None, _own_fields(project))
    for name in ("persona", "conflict"):
        kind = TYPES[name]
        mapping.sync_collection(doc, kind, None, (dump(item) for item in getattr(project, kind.collection)))
    journeys = doc.get("journeys", type=Map)
    present = {journey.id for journey in project.journeys}
    for journey_id in [key for key in journeys if key not in present]:
        del journeys[journey_id]
    for journey in project.journeys:
        if mapping.object_map(doc, TYPES["journey"], None, journey.id) is None:
            mapping.write_object(doc, TYPES["journey"], None, dump(journey))
        else:
            mapping.write_object(doc, TYPES["journey"], None, _own_fields(journey))


def _own_fields(item: Any) -> dict[str, Any]:
    """An object's JSON form without the collections it holds (a journey's stages, lanes, cards)."""
    kind = TYPES["journey" if hasattr(item, "stages") else "project"]
    return item.model_dump(mode="json", exclude=set(kind.children))
