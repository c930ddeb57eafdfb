"""The project: personas and the journeys they walk."""

from collections.abc import Iterator
from typing import Annotated, ClassVar

from pydantic import BaseModel, Field, StrictStr, model_validator

from journeydesk.model.base import Model
from journeydesk.model.integrity import integrity_error
from journeydesk.model.journey import Journey
from journeydesk.model.types import LIST_MAX, Color, Id, Name, Text, Title

ListItem = Annotated[StrictStr, Field(max_length=1000)]


class Persona(Model):
    id: Id
    name: Name
    role: Name = ""
    goals: Annotated[list[ListItem], Field(max_length=LIST_MAX)] = []
    frustrations: Annotated[list[ListItem], Field(max_length=LIST_MAX)] = []
    quote: Text = ""
    color: Color = "#7a5cc4"

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

    id_prefix: ClassVar[str] = "project"

    @model_validator(mode="after")
    def _ids_unique_and_personas_resolve(self) -> "Project":
        seen: dict[str, str] = {}
        for location, obj in self.walk():
            obj_id = obj.id  # type: ignore[attr-defined]
            if obj_id in seen:
                raise integrity_error(
                    f"{location}.id".lstrip("."), f"id '{obj_id}' is already used by {seen[obj_id] or 'the project'}"
                )
            seen[obj_id] = location
        persona_ids = {persona.id for persona in self.personas}
        for index, journey in enumerate(self.journeys):
            if journey.persona_id is not None and journey.persona_id not in persona_ids:
                raise integrity_error(f"journeys[{index}].persona_id", f"no persona with id '{journey.persona_id}'")
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

    def persona(self, persona_id: str) -> Persona:
        return next(persona for persona in self.personas if persona.id == persona_id)

    def journey(self, journey_id: str) -> Journey:
        return next(journey for journey in self.journeys if journey.id == journey_id)
