"""Cards: the items placed in a stage x lane cell. One class per kind, told apart by ``kind``."""

import datetime as dt
import re
from typing import Annotated, ClassVar, Literal

from pydantic import Field, StrictStr, field_validator

from journeydesk.model.base import Model
from journeydesk.model.enums import ActionStatus, CardKind, Channel
from journeydesk.model.types import LIST_MAX, Emotion, Id, OrderKey, Rating, Tag, Text, Title

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)


class CardBase(Model):
    id: Id
    kind: CardKind
    stage_id: Id
    lane_id: Id
    order: OrderKey = ""
    title: Title = ""
    description: Text = ""
    tags: Annotated[list[Tag], Field(fail_fast=True, max_length=LIST_MAX)] = []
    origin_id: Id | None = Field(None, description="In a derived journey: the card of its base this copies")

    id_prefix: ClassVar[str] = "card"


class TouchpointCard(CardBase):
    kind: Literal[CardKind.TOUCHPOINT] = CardKind.TOUCHPOINT
    channel: Channel | None = None
    custom_channel: Annotated[StrictStr, Field(max_length=60)] = ""
    emotion: Emotion | None = None

    @property
    def channel_label(self) -> str:
        """What the card shows as its channel: the custom name when the channel is custom."""
        if self.channel is Channel.CUSTOM:
            return self.custom_channel or Channel.CUSTOM.label
        return self.channel.label if self.channel else ""


class PainPointCard(CardBase):
    kind: Literal[CardKind.PAIN_POINT] = CardKind.PAIN_POINT
    severity: Rating | None = Field(3, description="None: not rated (the source gave no severity)")


class ImprovementCard(CardBase):
    kind: Literal[CardKind.IMPROVEMENT] = CardKind.IMPROVEMENT
    impact: Rating | None = Field(3, description="None: not rated")
    effort: Rating | None = Field(3, description="None: not rated")
    owner: Annotated[StrictStr, Field(max_length=100)] = ""
    status: ActionStatus = ActionStatus.IDEA
    due: dt.date | None = None
    addresses: Annotated[
        list[Id], Field(fail_fast=True, max_length=1000, description="Ids of the pain points it addresses")
    ] = []

    @field_validator("due", mode="before")
    @classmethod
    def _due_is_iso_text(cls, value: object) -> object:
        """A due date is written as ``YYYY-MM-DD``: numbers are not dates, and a date and time is not
        taken for a date (its time would be lost without a word)."""
        if isinstance(value, dt.datetime) or (isinstance(value, str) and not _ISO_DATE.fullmatch(value)):
            raise ValueError(f"{str(value)[:40]!r} is not a date written as YYYY-MM-DD")
        if isinstance(value, int | float) and not isinstance(value, bool):
            raise ValueError("a date must be written as YYYY-MM-DD")
        return value


class NoteCard(CardBase):
    kind: Literal[CardKind.NOTE] = CardKind.NOTE


Card = Annotated[TouchpointCard | PainPointCard | ImprovementCard | NoteCard, Field(discriminator="kind")]

CARD_CLASSES: dict[CardKind, type[CardBase]] = {
    CardKind.TOUCHPOINT: TouchpointCard,
    CardKind.PAIN_POINT: PainPointCard,
    CardKind.IMPROVEMENT: ImprovementCard,
    CardKind.NOTE: NoteCard,
}
