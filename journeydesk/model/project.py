"""The project: personas and the journeys they walk."""

from collections.abc import Iterator
from typing import Annotated, ClassVar

from pydantic import BaseModel, Field, StrictStr, model_validator

from journeydesk.model.base import Model
from journeydesk.model.conflicts import MAX_CONFLICTS, Conflict
from journeydesk.model.integrity import integrity_error
from journeydesk.model.journey import Journey
from journeydesk.model.order import in_order, rekey
from journeydesk.model.photo import Photo
from journeydesk.model.types import LIST_MAX, Color, Id, Name, OrderKey, Text, Title

ListItem = Annotated[StrictStr, Field(max_length=1000)]


class Persona(Model):
    id: Id
    order: OrderKey = ""
    name: Name
    role: Name = ""
    goals: Annotated[list[ListItem], Field(max_length=LIST_MAX)] = []
    frustrations: Annotated[list[ListItem], Field(max_length=LIST_MAX)] = []
    quote: Text = ""
    about: Text = Field("", description="Background: age, situation, habits and other details")
    color: Color = "#7a5cc4"
    photo: Photo | None = None

    id_prefix: ClassVar[str] = "persona"


class Project(Model):
    id: Id
    title: Title
    author: Name = ""
    organisation: Name = ""
    version: Annotated[str, Field(max_length=40, description="The deliverable's version, e.g. 1.0")] = "1.0"
    description: Text = ""
    personas: Annotated[list[Persona], Field(max_length=LIST_MAX)] = []
    journeys: Annotated[list[Journey], Field(min_length=1, max_length=LIST_MAX)]
    conflicts: Annotated[
        list[Conflict], Field(max_length=MAX_CONFLICTS, description="What a merge left undecided, by id")
    ] = []

    id_prefix: ClassVar[str] = "project"

    @model_validator(mode="after")
    def _references_resolve(self) -> "Project":
        ids = [self.id, *(persona.id for persona in self.personas)]
        for journey in self.journeys:
            ids += [journey.id, *(stage.id for stage in journey.stages), *(lane.id for lane in journey.lanes)]
            ids += [card.id for card in journey.cards]
            ids += [vote.id for vote in journey.votes]
        if len(set(ids)) != len(ids):  # rare: walk again to say which and where
            seen: dict[str, str] = {}
            for location, obj in self.walk():
                obj_id = obj.id  # type: ignore[attr-defined]  # walk() yields models that all carry an id
                if obj_id in seen:
                    raise integrity_error(
                        f"{location}.id".lstrip("."),
                        f"id '{obj_id}' is already used by {seen[obj_id] or 'the project'}",
                    )
                seen[obj_id] = location
        persona_ids = {persona.id for persona in self.personas}
        journeys = {journey.id: journey for journey in self.journeys}
        for index, journey in enumerate(self.journeys):
            place = f"journeys[{index}]"
            if journey.persona_id is not None and journey.persona_id not in persona_ids:
                raise integrity_error(f"{place}.persona_id", f"no persona with id '{journey.persona_id}'")
            for field in ("based_on", "overlay_journey_id"):
                other = getattr(journey, field)
                if other is not None and (other not in journeys or other == journey.id):
                    raise integrity_error(f"{place}.{field}", f"no other journey with id '{other}'")
            _check_origins(place, journey, journeys.get(journey.based_on) if journey.based_on else None)
        for items in (self.personas, self.journeys):
            if not in_order(items):
                rekey(items)
        if any(first.id >= second.id for first, second in zip(self.conflicts, self.conflicts[1:], strict=False)):
            self.conflicts = sorted({conflict.id: conflict for conflict in self.conflicts}.values(), key=_by_id)
        return self

    def walk(self) -> Iterator[tuple[str, BaseModel]]:
        """Every object that has an id, with its path in the file (``journeys[0].cards[3]``)."""
        yield "", self
        for p, persona in enumerate(self.personas):
            yield f"personas[{p}]", persona
        for j, journey in enumerate(self.journeys):
            yield f"journeys[{j}]", journey
            for s, stage in enumerate(journey.stages):
                yield f"journeys[{j}].stages[{s}]", stage
            for lane_index, lane in enumerate(journey.lanes):
                yield f"journeys[{j}].lanes[{lane_index}]", lane
            for c, card in enumerate(journey.cards):
                yield f"journeys[{j}].cards[{c}]", card
            for v, vote in enumerate(journey.votes):
                yield f"journeys[{j}].votes[{v}]", vote

    def persona(self, persona_id: str) -> Persona:
        return next(persona for persona in self.personas if persona.id == persona_id)

    def journey(self, journey_id: str) -> Journey:
        return next(journey for journey in self.journeys if journey.id == journey_id)


def _by_id(conflict: Conflict) -> str:
    return conflict.id


def _check_origins(place: str, journey: Journey, base: Journey | None) -> None:
    """A derived journey's stages and cards may name what they were copied from, in its base only."""
    for collection, items in (("stages", journey.stages), ("cards", journey.cards)):
        known = {item.id for item in getattr(base, collection)} if base is not None else set()
        for index, item in enumerate(items):
            if item.origin_id is not None and item.origin_id not in known:
                where = "the journey it is based on" if base is not None else "a base journey (it has none)"
                raise integrity_error(
                    f"{place}.{collection}[{index}].origin_id",
                    f"no {collection[:-1]} with id '{item.origin_id}' in {where}",
                )
