"""The kinds of object a project is made of, in one table that operations, diff and merge read.

Each row says where the objects live, which fields place them, which fields refer to other objects,
and which list fields merge as sets. Adding a kind of object (a comment thread, say) is a row here,
not code in each of operations, diff and merge.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from pydantic import BaseModel, TypeAdapter

from journeydesk.model.cards import Card
from journeydesk.model.comments import CommentThread
from journeydesk.model.conflicts import Conflict
from journeydesk.model.journey import Journey, Lane, Stage
from journeydesk.model.order import sort_key
from journeydesk.model.project import Persona, Project
from journeydesk.model.votes import VoteRound


def _by_id(item: Any) -> tuple[str, str]:
    return ("", item.id)


@dataclass(frozen=True)
class ObjectType:
    name: str  # as operations and conflicts spell it: "card"
    noun: str  # as people read it: "Card"
    collection: str  # the list that holds them: on the journey for in_journey types, else on the project
    model: Any  # the class (or union) an object's data must be
    in_journey: bool = False
    placement: tuple[str, ...] = ("order",)  # what a move changes
    references: Mapping[str, str] = field(default_factory=dict)  # field -> the type it names
    nested: Mapping[str, str] = field(default_factory=dict)  # a reference field of objects -> their field of ids
    set_fields: frozenset[str] = frozenset()  # lists merged as sets (order: ours, then theirs' additions)
    children: tuple[str, ...] = ()  # collections of other types it holds
    owner: str | None = None  # a field naming what the object is about, in its journey; it goes when that goes
    sort: Callable[[Any], tuple[str, str]] = sort_key  # the order of the collection

    @property
    def naming(self) -> tuple[str, ...]:
        """Every field that names another object: its references and its owner."""
        return (*self.references, self.owner) if self.owner else tuple(self.references)

    @cached_property
    def adapter(self) -> TypeAdapter:
        """Validates an object's data; built when first used, as the model classes are."""
        return TypeAdapter(self.model)

    def fields(self, obj: BaseModel) -> list[str]:
        """The fields of ``obj`` that a change of fields may set: not its id, place or children."""
        return [
            name
            for name in type(obj).model_fields
            if name != "id" and name not in self.placement and name not in self.children
        ]

    def targets(self, item: BaseModel, name: str) -> list[str]:
        """The ids reference field ``name`` of ``item`` names (read from ``__dict__``: a field another
        card kind lacks would take pydantic's slow path)."""
        value = item.__dict__.get(name)
        if value is None:
            return []
        inner = self.nested.get(name)
        if inner is not None:
            return [str(target) for element in value for target in getattr(element, inner)]
        return [str(target) for target in value] if isinstance(value, list) else [str(value)]

    def without(self, item: BaseModel, name: str, gone: set[str]) -> Any:
        """Field ``name`` of ``item`` naming none of ``gone`` (the ids of objects going away)."""
        value = getattr(item, name)
        inner = self.nested.get(name)
        if inner is not None:
            return [
                element.model_copy(update={inner: [t for t in getattr(element, inner) if t not in gone]})
                for element in value
            ]
        if isinstance(value, list):
            return [target for target in value if target not in gone]
        return None if value in gone else value


PROJECT = ObjectType(
    "project",
    "Project",
    "",
    Project,
    placement=(),
    children=("personas", "journeys", "conflicts"),
)
PERSONA = ObjectType("persona", "Persona", "personas", Persona, set_fields=frozenset({"goals", "frustrations"}))
JOURNEY = ObjectType(
    "journey",
    "Journey",
    "journeys",
    Journey,
    references={"persona_id": "persona", "based_on": "journey", "overlay_journey_id": "journey"},
    set_fields=frozenset({"dismissed"}),
    children=("stages", "lanes", "cards", "votes", "comments"),
)
STAGE = ObjectType("stage", "Stage", "stages", Stage, in_journey=True, references={"origin_id": "stage"})
LANE = ObjectType("lane", "Lane", "lanes", Lane, in_journey=True)
CARD = ObjectType(
    "card",
    "Card",
    "cards",
    Card,
    in_journey=True,
    placement=("stage_id", "lane_id", "order"),
    references={"origin_id": "card", "addresses": "card"},
    set_fields=frozenset({"addresses", "tags"}),
)
VOTE = ObjectType(
    "vote",
    "Vote",
    "votes",
    VoteRound,
    in_journey=True,
    references={"ballots": "card"},
    nested={"ballots": "dots"},
)
COMMENT = ObjectType(
    "comment",
    "Comment",
    "comments",
    CommentThread,
    in_journey=True,
    owner="target",
    set_fields=frozenset({"replies"}),
)
# What a thread may be about, besides the journey itself.
COMMENT_TARGETS = ("card", "stage")
CONFLICT = ObjectType("conflict", "Conflict", "conflicts", Conflict, placement=(), sort=_by_id)

# In the order objects must exist for others to refer to them.
TYPES: dict[str, ObjectType] = {
    kind.name: kind for kind in (PROJECT, PERSONA, JOURNEY, STAGE, LANE, CARD, VOTE, COMMENT, CONFLICT)
}
# The types a journey holds, in the order they are made.
IN_JOURNEY: tuple[ObjectType, ...] = tuple(kind for kind in TYPES.values() if kind.in_journey)
# Where an object's ``origin_id`` points: into the journey its own journey is based on.
ORIGIN_FIELD = "origin_id"
# Which references are links a person makes (undone by Unlink), not facts of the object.
LINK_FIELD = "addresses"
