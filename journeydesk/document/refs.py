"""References to the objects of a project that can be edited field by field."""

from dataclasses import dataclass
from typing import Literal

RefKind = Literal["project", "journey", "persona", "stage", "lane", "card"]


@dataclass(frozen=True)
class Ref:
    kind: RefKind
    journey_id: str | None = None
    id: str | None = None

    @classmethod
    def project(cls) -> "Ref":
        return cls("project")

    @classmethod
    def journey(cls, journey_id: str) -> "Ref":
        return cls("journey", journey_id, journey_id)

    @classmethod
    def persona(cls, persona_id: str) -> "Ref":
        return cls("persona", None, persona_id)

    @classmethod
    def stage(cls, journey_id: str, stage_id: str) -> "Ref":
        return cls("stage", journey_id, stage_id)

    @classmethod
    def lane(cls, journey_id: str, lane_id: str) -> "Ref":
        return cls("lane", journey_id, lane_id)

    @classmethod
    def card(cls, journey_id: str, card_id: str) -> "Ref":
        return cls("card", journey_id, card_id)
