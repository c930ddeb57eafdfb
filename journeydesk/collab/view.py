"""The project a Doc holds, read object by object, checked against the models and repaired.

Peers edit at the same time, so the Doc can hold combinations nobody made: a card added to a stage
someone else deleted, an action linked to a pain point someone else removed. Every peer repairs
these by the same rules, from the Doc alone, so all of them show the same map:

- a card whose stage or lane is gone is not shown (the deletion wins);
- a link to a pain point that is gone (or is no pain point any more) is dropped;
- a journey's persona, base or overlaid journey that is gone is forgotten; so is the origin of a
  stage or card that is no longer in the base journey;
- an action linked twice to one pain point (two people at once) is linked once.

An object whose own data breaks the format (a severity of "high", a title of a megabyte, a card
of no known kind) is :class:`Invalid`: the update that brought it is refused, not repaired.
"""

from dataclasses import dataclass
from typing import Any

from pycrdt import Doc, Map
from pydantic import BaseModel, ValidationError

from journeydesk.collab import mapping
from journeydesk.collab.mapping import JOURNEY_PARTS, Key
from journeydesk.document.objects import LINK_FIELD, ORIGIN_FIELD, TYPES, ObjectType
from journeydesk.io.migrations import SCHEMA_VERSION
from journeydesk.model.cards import CARD_CLASSES, Card, PainPointCard
from journeydesk.model.conflicts import Conflict
from journeydesk.model.enums import CardKind
from journeydesk.model.journey import Journey, Lane, Stage
from journeydesk.model.order import sort_key
from journeydesk.model.project import Persona, Project
from journeydesk.model.votes import VoteRound

MODEL_CLASSES: dict[str, type[BaseModel]] = {
    "project": Project,
    "persona": Persona,
    "journey": Journey,
    "stage": Stage,
    "lane": Lane,
    "vote": VoteRound,
    "conflict": Conflict,
}
_PLACEHOLDER_JOURNEY = {"id": "journey-placeholder", "name": ""}


@dataclass(frozen=True)
class Invalid:
    """An object whose data the format refuses; ``reason`` says where and why."""

    key: Key
    reason: str


class SessionMapError(ValueError):
    """The Doc holds no project that can be opened (not a JourneyDesk map, or not a valid one)."""


class NoMapYetError(SessionMapError):
    """The Doc is empty: the host's map has not arrived."""


class DocView:
    """Reads objects from ``doc``; each one read once per view (make a new view after the Doc changes)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._cache: dict[Key, BaseModel | Invalid | None] = {}
        # Objects shown repaired (or not at all) for want of another, by the id they want: updates
        # can arrive in any order, so when that id turns up they must be read again.
        self.waiting: dict[str, set[Key]] = {}
        self._read_at_once: dict[tuple[str, str | None], dict[str, Any]] = {}  # whole collections, read

    def get(self, key: Key) -> BaseModel | Invalid | None:
        """The object as every peer shows it: a model (with its references repaired), None when the
        Doc has no such object (or it is not shown, see above), or :class:`Invalid`. A journey comes
        without its stages, lanes and cards."""
        if key not in self._cache:
            self._cache[key] = self._read(key)
        return self._cache[key]

    def exists(self, key: Key) -> bool:
        return isinstance(self.get(key), BaseModel)

    def journey_with_parts(self, journey_id: str) -> Journey | Invalid | None:
        """A journey with all its stages, lanes and cards (those not shown left out)."""
        journey = self.get(("journey", None, journey_id))
        if not isinstance(journey, Journey):
            return journey if isinstance(journey, Invalid) else None
        ymap = mapping.object_map(self.doc, TYPES["journey"], None, journey_id)
        assert ymap is not None
        parts: dict[str, list[Any]] = {}
        for part in JOURNEY_PARTS:
            holder = ymap.get(part)
            everything = mapping.read_collection(holder) if isinstance(holder, Map) else {}
            self._read_at_once[(part[:-1], journey_id)] = everything  # one call instead of one per field
            found = [self.get((part[:-1], journey_id, object_id)) for object_id in everything]
            bad = next((item for item in found if isinstance(item, Invalid)), None)
            if bad is not None:
                return bad
            parts[part] = sorted((item for item in found if item is not None), key=sort_key)
        try:  # checked as a whole too, which also puts the cards in map order as a loaded file has them
            return Journey.model_validate({**journey.__dict__, **parts})
        except ValidationError as exc:
            return Invalid(("journey", None, journey_id), _first_error(exc))

    def project(self) -> Project:
        """The whole project, for a peer joining the session. Raises :class:`SessionMapError`."""
        meta = self.doc.get("meta", type=Map)
        if not len(meta):
            raise NoMapYetError("the session holds no map yet")
        if meta.get("format") != "journeydesk":
            raise SessionMapError("the session holds something other than a JourneyDesk map")
        version = mapping.plain(meta.get("schema_version"))
        if isinstance(version, int) and version > SCHEMA_VERSION:
            raise SessionMapError(
                f"the session's map is in a newer format (version {version}, this JourneyDesk reads up to "
                f"{SCHEMA_VERSION}): update JourneyDesk to join"
            )
        project = self.get(("project", None, str(meta.get("project_id", ""))))
        if not isinstance(project, Project):
            raise SessionMapError(_why(project, "the session's project"))
        parts: dict[str, list[Any]] = {}
        for name in ("persona", "conflict", "journey"):
            kind = TYPES[name]
            found = [
                self.journey_with_parts(object_id) if name == "journey" else self.get((name, None, object_id))
                for object_id in self.doc.get(kind.collection, type=Map)
            ]
            bad = next((item for item in found if isinstance(item, Invalid)), None)
            if bad is not None:
                raise SessionMapError(_why(bad, f"a {name}"))
            parts[kind.collection] = sorted((item for item in found if item is not None), key=kind.sort)
        if not parts["journeys"]:
            raise SessionMapError("the session's map has no journey")
        try:
            return Project.model_validate({**project.model_dump(exclude=set(parts)), **parts})
        except ValidationError as exc:
            raise SessionMapError(f"the session's map is not valid: {exc.errors()[0]['msg']}") from None

    # Reading one object

    def _read(self, key: Key) -> BaseModel | Invalid | None:
        name, journey_id, object_id = key
        kind = TYPES[name]
        if kind.in_journey and not self.exists(("journey", None, str(journey_id))):
            return None  # gone with its journey
        data = self._data(kind, journey_id, object_id)
        if not isinstance(data, dict):
            return None if data is None else Invalid(key, "not an object")
        if kind.name != "project" and data.get("id") != object_id:
            return Invalid(key, "its id differs from its key")
        try:
            item = _validate(kind, data)
        except ValidationError as exc:
            return Invalid(key, _first_error(exc))
        except ValueError as exc:
            return Invalid(key, str(exc))
        return self._repaired(kind, journey_id, item)

    def _data(self, kind: ObjectType, journey_id: str | None, object_id: str) -> Any:
        """An object's fields as plain data; None when the Doc has no such object, and whatever it
        holds in its place when that is not a Map of fields."""
        collection = self._read_at_once.get((kind.name, journey_id))
        if collection is not None:
            return collection.get(object_id)
        ymap = mapping.object_map(self.doc, kind, journey_id, object_id)
        if ymap is not None:
            return mapping.read_fields(ymap, skip=kind.children)
        holder = mapping.collection(self.doc, kind, journey_id)
        return holder.get(object_id) if holder is not None else None

    def _repaired(self, kind: ObjectType, journey_id: str | None, item: Any) -> BaseModel | None:
        """``item`` with dangling references dropped; None for a card whose cell is gone. What it
        waits for is noted in :attr:`waiting`."""
        key: Key = (kind.name, journey_id, item.id)
        fixes: dict[str, Any] = {}
        if kind.name == "card":
            journey = str(journey_id)
            cell = [("stage", item.stage_id), ("lane", item.lane_id)]
            absent = [target for name, target in cell if not self.exists((name, journey, target))]
            if absent:
                self._wait(key, absent)
                return None
            addresses = getattr(item, LINK_FIELD, None)
            if addresses:
                kept = [target for target in addresses if self._is_pain_point(journey, target)]
                if kept != addresses:
                    fixes[LINK_FIELD] = kept
                    self._wait(key, [target for target in addresses if target not in kept])
        if kind.name == "vote":
            journey = str(journey_id)
            gone = sorted(
                {dot for ballot in item.ballots for dot in ballot.dots if not self.exists(("card", journey, dot))}
            )
            if gone:  # a dot on a card someone removed meanwhile
                fixes["ballots"] = [
                    ballot.model_copy(update={"dots": [dot for dot in ballot.dots if dot not in gone]})
                    for ballot in item.ballots
                ]
                self._wait(key, gone)
        origin = getattr(item, ORIGIN_FIELD, None)
        if origin is not None and not self._origin_exists(kind, journey_id, origin):
            fixes[ORIGIN_FIELD] = None
            self._wait(key, [origin])
        if kind.name == "journey":
            if item.persona_id is not None and not self.exists(("persona", None, item.persona_id)):
                fixes["persona_id"] = None
                self._wait(key, [item.persona_id])
            for name in ("based_on", "overlay_journey_id"):
                other = getattr(item, name)
                if other is not None and (other == item.id or not self.exists(("journey", None, other))):
                    fixes[name] = None
                    self._wait(key, [other])
        return item.model_copy(update=fixes) if fixes else item

    def _wait(self, key: Key, targets: list[str]) -> None:
        for target in targets:
            self.waiting.setdefault(target, set()).add(key)

    def _is_pain_point(self, journey_id: str, card_id: str) -> bool:
        card = self.get(("card", journey_id, card_id))
        return isinstance(card, PainPointCard)

    def _origin_exists(self, kind: ObjectType, journey_id: str | None, origin: str) -> bool:
        """A stage's or card's origin is one of its kind in the journey its journey is based on."""
        journey = self.get(("journey", None, str(journey_id)))
        base = getattr(journey, "based_on", None)
        return base is not None and self.exists((kind.name, base, origin))


def _validate(kind: ObjectType, data: dict[str, Any]) -> BaseModel:
    """One object from its fields as read; fields its kind does not have are left out (a card made
    another kind while someone edited a field of the old kind keeps that field in the Doc)."""
    if kind.name == "card":
        try:
            model: type[BaseModel] = CARD_CLASSES[CardKind(str(data.get("kind")))]
        except ValueError:
            raise ValueError(f"kind: no card kind {data.get('kind')!r}") from None
    else:
        model = MODEL_CLASSES[kind.name]
    known = {name: _linked_once(name, value) for name, value in data.items() if name in model.model_fields}
    if kind.name == "project":
        checked = Project.model_validate({**known, "journeys": [_PLACEHOLDER_JOURNEY], "personas": [], "conflicts": []})
        return checked.model_copy(update={"journeys": []})
    if kind.name == "journey":
        return Journey.model_validate({**known, **{part: [] for part in JOURNEY_PARTS}})
    item: Card | BaseModel = kind.adapter.validate_python(known)
    return item


def _linked_once(name: str, value: Any) -> Any:
    """Links each once: two peers may link the same pain point at once."""
    if name == LINK_FIELD and isinstance(value, list):
        return list(dict.fromkeys(value)) if all(isinstance(item, str) for item in value) else value
    return value


def _first_error(exc: ValidationError) -> str:
    error = exc.errors()[0]
    place = ".".join(str(part) for part in error["loc"])
    return f"{place}: {error['msg']}" if place else error["msg"]


def _why(found: Any, what: str) -> str:
    if isinstance(found, Invalid):
        return f"{what} is not valid ({found.key[0]} {found.key[2]}: {found.reason})"
    return f"{what} is missing"
