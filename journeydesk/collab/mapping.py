"""A project as Yjs types in a pycrdt ``Doc``: where every object and field lives.

The Doc's root types:

- ``meta``: Map with ``format`` ("journeydesk"), ``schema_version`` and ``project_id``, so that any
  Yjs client can tell what the room holds;
- ``project``: Map of the project's own fields (title, author, organisation, version, description);
- ``personas``: Map, persona id -> Map of that persona's fields;
- ``journeys``: Map, journey id -> Map of the journey's fields plus four Maps keyed by id,
  ``stages``, ``lanes``, ``cards`` and ``votes``, each id -> Map of that object's fields;
- ``conflicts``: Map, conflict id -> Map of the fields of a conflict a merge left.

In an object's Map every field of the file format is one key, spelt as in the file:

- text people type (titles, names, descriptions, goals, guidance, scenarios, quotes, roles, a
  persona's background) is a ``Text``: two people typing in one field both keep their letters;
- lists that merge as sets (tags, the pain points an action addresses, a persona's goals and
  frustrations, a journey's dismissed findings) are an ``Array``: two people adding both stay;
- every other field is a plain value (text, number, true/false, null, such as a severity, impact or
  effort not rated yet; a photo or a conflict's values a JSON object; a vote's ballots a JSON list,
  since its rules tie them to its turn), and the last writer wins;
- ``order`` is the object's fractional order key (see :mod:`journeydesk.model.order`): siblings
  stand in ``(order, id)`` order, so two objects inserted at one place at once both stay, in an
  order every peer agrees on. A card's cell is its ``stage_id`` and ``lane_id``.

Nesting follows ownership: a journey's stages, lanes, cards and votes live inside it, so they go with it.
Numbers come back from Yjs as floats; :func:`plain` makes whole ones integers again. Writing changes
only what differs, and text by the shortest splice, so that concurrent edits of other fields and
other parts of a text survive.
"""

import json
from collections.abc import Iterable, Mapping
from typing import Any

from pycrdt import Array, Doc, Map, Text

from journeydesk.document.objects import TYPES, ObjectType
from journeydesk.io.envelope import FORMAT_TAG
from journeydesk.io.migrations import SCHEMA_VERSION
from journeydesk.model.project import Project

ROOTS = ("meta", "project", "personas", "journeys", "conflicts")
TEXT_FIELDS = frozenset({"title", "name", "role", "description", "goal", "guidance", "scenario", "quote", "about"})
ARRAY_FIELDS = frozenset(name for kind in TYPES.values() for name in kind.set_fields)
JOURNEY_PARTS = TYPES["journey"].children  # stages, lanes, cards, votes
Key = tuple[str, str | None, str]  # (type, journey id, id): an object of the project


def roots(doc: Doc) -> dict[str, Map]:
    """The Doc's root Maps (made on first use, like every Yjs root type)."""
    return {name: doc.get(name, type=Map) for name in ROOTS}


def collection(doc: Doc, kind: ObjectType, journey_id: str | None) -> Map | None:
    """The Map holding objects of ``kind`` (in journey ``journey_id``), or None when there is none."""
    if kind.name == "project":
        return None
    if not kind.in_journey:
        return doc.get(kind.collection, type=Map)
    journey = _child(doc.get("journeys", type=Map), str(journey_id))
    return _child(journey, kind.collection) if journey is not None else None


def object_map(doc: Doc, kind: ObjectType, journey_id: str | None, object_id: str) -> Map | None:
    """The Map of one object's fields, or None when the Doc has no such object (or not as a Map)."""
    if kind.name == "project":
        return doc.get("project", type=Map)
    holder = collection(doc, kind, journey_id)
    return _child(holder, object_id) if holder is not None else None


def _child(ymap: Map, key: str) -> Map | None:
    value = ymap.get(key)
    return value if isinstance(value, Map) else None


# Reading


def plain(value: Any) -> Any:
    """A value read from the Doc as the models take it: Text as str, Arrays as lists, whole floats as int."""
    if isinstance(value, Text):
        return str(value)
    if isinstance(value, Array | Map):
        return plain(value.to_py())
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, list):
        return [plain(item) for item in value]
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    return value


def read_fields(ymap: Map, skip: Iterable[str] = ()) -> dict[str, Any]:
    """An object's fields as plain data (``skip``: keys left out, such as a journey's parts)."""
    skipped = set(skip)
    return {key: plain(value) for key, value in ymap.items() if key not in skipped}


def read_collection(holder: Map) -> dict[str, Any]:
    """Every object of a collection (a journey's cards...) as plain data, by id, at once: through
    Yjs's own JSON, a tenth of the time of reading field by field."""
    return plain(json.loads(str(holder)))


# Writing


def seed(doc: Doc, project: Project, origin: object) -> None:
    """Put the whole project into an empty Doc, in one transaction."""
    data = project.model_dump(mode="json")
    with doc.transaction(origin=origin):
        root = roots(doc)
        root["meta"].update({"format": FORMAT_TAG, "schema_version": SCHEMA_VERSION, "project_id": project.id})
        write_fields(root["project"], {name: data[name] for name in data if name not in TYPES["project"].children})
        for name in ("persona", "conflict"):
            kind = TYPES[name]
            for item in data[kind.collection]:
                write_object(doc, kind, None, item)
        for journey in data["journeys"]:
            write_object(doc, TYPES["journey"], None, journey)


def write_object(doc: Doc, kind: ObjectType, journey_id: str | None, data: Mapping[str, Any]) -> None:
    """Make the Doc's copy of one object equal to ``data`` (its JSON form); a journey's ``data`` may
    hold its stages, lanes and cards, which are then written too. Call inside a transaction."""
    if kind.name == "project":
        write_fields(doc.get("project", type=Map), {name: data[name] for name in data if name not in kind.children})
        return
    holder = collection(doc, kind, journey_id)
    if holder is None:
        return  # its journey is gone from the Doc: the object went with it
    target = _child(holder, data["id"])
    if target is None:
        target = holder[data["id"]] = Map()
    fields = {name: value for name, value in data.items() if name not in JOURNEY_PARTS or kind.name != "journey"}
    write_fields(target, fields)
    if kind.name == "journey":
        for part in JOURNEY_PARTS:
            if _child(target, part) is None:
                target[part] = Map()
        for part in (part for part in JOURNEY_PARTS if part in data):
            part_kind = TYPES[part[:-1]]
            for item in data[part]:
                write_object(doc, part_kind, data["id"], item)


def delete_object(doc: Doc, kind: ObjectType, journey_id: str | None, object_id: str) -> None:
    holder = collection(doc, kind, journey_id)
    if holder is not None and object_id in holder:
        del holder[object_id]


def sync_collection(doc: Doc, kind: ObjectType, journey_id: str | None, items: Iterable[Mapping[str, Any]]) -> None:
    """Make a whole collection (personas, a journey's stages...) equal to ``items``."""
    holder = collection(doc, kind, journey_id)
    if holder is None:
        return
    wanted = {item["id"]: item for item in items}
    for object_id in [key for key in holder.keys() if key not in wanted]:  # noqa: SIM118 (Map.__iter__ is mistyped)
        del holder[object_id]
    for item in wanted.values():
        write_object(doc, kind, journey_id, item)


def write_fields(ymap: Map, data: Mapping[str, Any]) -> None:
    """Set the keys of ``ymap`` to ``data``, changing only what differs; keys ``data`` lacks go
    (a card that became another kind drops the fields it no longer has)."""
    for key in [key for key in ymap.keys() if key not in data and key not in JOURNEY_PARTS]:  # noqa: SIM118
        del ymap[key]
    for key, value in data.items():
        current = ymap.get(key)
        if key in TEXT_FIELDS and isinstance(value, str):
            if isinstance(current, Text):
                splice(current, str(current), value)
            else:
                ymap[key] = Text(value)
        elif key in ARRAY_FIELDS and isinstance(value, list):
            if isinstance(current, Array):
                _write_array(current, value)
            else:
                ymap[key] = Array(list(value))
        elif key not in ymap or plain(current) != value:
            ymap[key] = value


def splice(text: Text, old: str, new: str) -> None:
    """Turn ``text`` (now ``old``) into ``new`` by replacing only the part between their common
    beginning and end, so that someone typing elsewhere in it keeps their letters. Yjs counts
    positions in UTF-8 bytes."""
    if old == new:
        return
    start = 0
    limit = min(len(old), len(new))
    while start < limit and old[start] == new[start]:
        start += 1
    end = 0
    while end < limit - start and old[len(old) - 1 - end] == new[len(new) - 1 - end]:
        end += 1
    at = len(old[:start].encode())
    removed = len(old[start : len(old) - end].encode())
    if removed:
        del text[at : at + removed]
    inserted = new[start : len(new) - end]
    if inserted:
        text.insert(at, inserted)


def _write_array(array: Array, wanted: list[Any]) -> None:
    """Items no longer wanted go, new ones go in at their place; the rest stay as they are."""
    current = [plain(item) for item in array.to_py() or []]
    for position in reversed([number for number, item in enumerate(current) if item not in wanted]):
        del array[position]
    kept = [item for item in current if item in wanted]
    if kept != [item for item in wanted if item in kept]:  # reordered: written again as a whole
        array.clear()
        array.extend(list(wanted))
        return
    for position, item in enumerate(wanted):
        if item not in kept:
            array.insert(position, item)
            kept.insert(position, item)
